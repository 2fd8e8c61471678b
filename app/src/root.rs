use crate::components::layout::{provide_user_resource, Header};
use crate::pages::{
    agenda, auth, deals, home, investor, judging, live, meeting_staff, meetings, my_agenda, needs,
    not_found::NotFound, pipeline, reviews, rounds, showcase, staff, startups,
};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, HashedStylesheet, MetaTags, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    let lang = crate::lang::provide_request_lang();
    #[cfg(not(feature = "ssr"))]
    let lang = crate::lang::use_lang();
    view! {
        <!DOCTYPE html>
        <html lang=lang.tag()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <AutoReload options=options.clone()/>
                <HashedStylesheet options=options.clone() id="leptos"/>
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        // Every page title goes through this one formatter, which escapes it on the server.
        <Title formatter=crate::components::text::page_title/>
        <Router>
            <AppShell/>
        </Router>
    }
}

#[component]
fn AppShell() -> impl IntoView {
    let lang = crate::lang::use_lang();
    crate::route_state::compute_location_memos();
    provide_user_resource();
    view! {
        <Header/>
        <main id="main" class="main">
            <Routes fallback=|| view! { <NotFound/> }>
                <Route path=path!("/") view=home::Landing ssr=SsrMode::Async/>
                <Route path=path!("/login") view=auth::LogInPage ssr=SsrMode::Async/>
                <Route path=path!("/signup") view=auth::SignUpPage ssr=SsrMode::Async/>
                <Route path=path!("/forgot-password") view=auth::ForgotPasswordPage ssr=SsrMode::Async/>
                <Route path=path!("/reset-password") view=auth::ResetPasswordPage ssr=SsrMode::Async/>
                <Route path=path!("/verify-email") view=auth::VerifyEmailPage ssr=SsrMode::Async/>
                <Route path=path!("/invitation") view=auth::InvitationPage ssr=SsrMode::Async/>
                <Route path=path!("/founder") view=home::FounderHome ssr=SsrMode::Async/>
                <Route path=path!("/investor") view=home::InvestorHome ssr=SsrMode::Async/>
                <Route path=path!("/investor/profile") view=investor::InvestorProfilePage ssr=SsrMode::Async/>
                <Route path=path!("/investor/availability") view=agenda::JudgeAvailabilityPage ssr=SsrMode::Async/>
                <Route path=path!("/investor/reviews") view=reviews::ReviewQueuePage ssr=SsrMode::Async/>
                <Route path=path!("/investor/reviews/:id") view=reviews::ReviewPage ssr=SsrMode::Async/>
                <Route path=path!("/staff") view=staff::StaffHome ssr=SsrMode::Async/>
                <Route path=path!("/staff/editions") view=staff::EditionsPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/editions/new") view=staff::NewEditionPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/editions/:id") view=staff::EditEditionPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/invite") view=staff::InvitePage ssr=SsrMode::Async/>
                <Route path=path!("/staff/outbox") view=staff::OutboxPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/audit") view=staff::AuditLogPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/submissions") view=showcase::StaffSubmissionsPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/judging") view=judging::JudgingPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/judging/setup") view=judging::JudgingSetupPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/ranking") view=judging::RankingPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/ranking/confirm") view=judging::ConfirmDecisionPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/rounds") view=rounds::RoundsPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/schedule") view=rounds::SchedulePage ssr=SsrMode::Async/>
                <Route path=path!("/staff/meetings") view=meeting_staff::MeetingStaffPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/live/:id") view=live::RunOfShowPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/live/:id/board") view=live::BoardPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/live/:id/projector") view=live::ProjectorPage ssr=SsrMode::Async/>
                <Route path=path!("/judge/live") view=live::JudgeHomePage ssr=SsrMode::Async/>
                <Route path=path!("/judge/live/:id") view=live::JudgeLivePage ssr=SsrMode::Async/>
                <Route path=path!("/staff/reviews/:id") view=judging::SubmissionReviewsPage ssr=SsrMode::Async/>
                <Route path=path!("/startups/new") view=startups::NewStartupPage ssr=SsrMode::Async/>
                <Route path=path!("/startups/:id") view=startups::StartupPage ssr=SsrMode::Async/>
                <Route path=path!("/startups/:id/pitch") view=startups::PitchPage ssr=SsrMode::Async/>
                <Route path=path!("/startups/:id/pitch/withdraw") view=startups::WithdrawPitchPage ssr=SsrMode::Async/>
                <Route path=path!("/join-startup") view=startups::JoinStartupPage ssr=SsrMode::Async/>
                <Route path=path!("/showcase") view=showcase::ShowcasePageView ssr=SsrMode::Async/>
                <Route path=path!("/agenda") view=agenda::AgendaPage ssr=SsrMode::Async/>
                <Route path=path!("/agenda/mine") view=my_agenda::MyAgendaPage ssr=SsrMode::Async/>
                <Route path=path!("/meetings") view=meetings::MeetingsPageView ssr=SsrMode::Async/>
                <Route path=path!("/showcase/:id") view=showcase::PublicStartupView ssr=SsrMode::Async/>
                <Route path=path!("/pipeline") view=pipeline::PipelinePage ssr=SsrMode::Async/>
                <Route path=path!("/pipeline/:id") view=pipeline::PipelineCardPage ssr=SsrMode::Async/>
                <Route path=path!("/needs") view=needs::NeedsBoardPage ssr=SsrMode::Async/>
                <Route path=path!("/needs/:id") view=needs::NeedDetailPage ssr=SsrMode::Async/>
                <Route path=path!("/deals") view=deals::MyDealsPage ssr=SsrMode::Async/>
                <Route path=path!("/staff/deals") view=deals::StaffDealsPage ssr=SsrMode::Async/>
            </Routes>
        </main>
        <footer class="site-footer">
            <p>{crate::lang::t!(lang, "site-footer")}</p>
        </footer>
    }
}
