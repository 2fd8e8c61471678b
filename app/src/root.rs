use crate::components::layout::{provide_user_resource, Header};
use crate::pages::{auth, home, not_found::NotFound, staff};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Stylesheet, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html lang="en">
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <AutoReload options=options.clone()/>
                <HydrationScripts options/>
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
        <Stylesheet id="leptos" href="/pkg/pitchline.css"/>
        <Title formatter=|title: String| {
            if title.is_empty() { "Pitchline".to_string() } else { format!("{title} · Pitchline") }
        }/>
        <Router>
            <AppShell/>
        </Router>
    }
}

#[component]
fn AppShell() -> impl IntoView {
    provide_user_resource();
    view! {
        <Header/>
        <main id="main" class="main">
            <Routes fallback=|| view! { <NotFound/> }>
                <Route path=path!("/") view=home::Landing/>
                <Route path=path!("/login") view=auth::LogInPage/>
                <Route path=path!("/signup") view=auth::SignUpPage/>
                <Route path=path!("/forgot-password") view=auth::ForgotPasswordPage/>
                <Route path=path!("/reset-password") view=auth::ResetPasswordPage/>
                <Route path=path!("/invitation") view=auth::InvitationPage/>
                <Route path=path!("/founder") view=home::FounderHome/>
                <Route path=path!("/investor") view=home::InvestorHome/>
                <Route path=path!("/staff") view=staff::StaffHome/>
                <Route path=path!("/staff/editions") view=staff::EditionsPage/>
                <Route path=path!("/staff/editions/new") view=staff::NewEditionPage/>
                <Route path=path!("/staff/editions/:id") view=staff::EditEditionPage/>
                <Route path=path!("/staff/invite") view=staff::InvitePage/>
                <Route path=path!("/staff/outbox") view=staff::OutboxPage/>
            </Routes>
        </main>
        <footer class="site-footer">
            <p>"Pitchline · the deal-flow manager of the Global Startup Investment Conference"</p>
        </footer>
    }
}
