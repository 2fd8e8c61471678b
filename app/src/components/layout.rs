use crate::api::auth::{who_am_i, LogOut};
use crate::components::forms::PleaseLogIn;
use crate::error::AppError;
use crate::lang::{t, use_lang, LanguageSwitcher};
use domain::account::Role;
use domain::lang::Lang;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;
use wire::CurrentUser;

/// The signed-in user, refetched on every navigation so log-in and log-out show at once.
#[derive(Clone, Copy)]
pub struct UserResource(pub Resource<Result<Option<CurrentUser>, AppError>>);

pub fn provide_user_resource() {
    let location = use_location();
    let resource = Resource::new(move || location.pathname.get(), |_| who_am_i());
    provide_context(UserResource(resource));
}

pub fn use_user() -> UserResource {
    expect_context::<UserResource>()
}

#[component]
pub fn Header() -> impl IntoView {
    let lang = use_lang();
    let user = use_user().0;
    let log_out = ServerAction::<LogOut>::new();
    view! {
        <header class="site-header">
            <a class="skip-link" href="#main">{t!(lang, "skip-to-content")}</a>
            <nav class="nav" aria-label=t!(lang, "nav-main")>
                <A href="/" attr:class="brand">{t!(lang, "site-name")}</A>
                // On a phone the links fold under a menu button that needs no JavaScript: a
                // `<details>` whose summary is the button. On wider screens its content is laid
                // out as today's bar (style/main.scss, `.nav-menu::details-content`).
                <details class="nav-menu">
                <summary class="nav-toggle">{t!(lang, "nav-menu")}</summary>
                <A href="/showcase" attr:class="nav-public">{t!(lang, "nav-showcase")}</A>
                <A href="/agenda" attr:class="nav-public">{t!(lang, "nav-agenda")}</A>
                <A href="/needs" attr:class="nav-public">{t!(lang, "nav-needs")}</A>
                <Transition fallback=|| ()>
                    {move || {
                        user.get().map(|result| match result.ok().flatten() {
                            Some(u) => {
                                let links = role_links(lang, &u.roles);
                                view! {
                                    <ul class="nav-links">
                                        {links
                                            .into_iter()
                                            // `exact`: "Staff" is not also marked current on every staff page.
                                            .map(|(href, label)| view! { <li><A href=href exact=true>{label}</A></li> })
                                            .collect_view()}
                                    </ul>
                                    <div class="nav-user">
                                        <span class="who" title=u.email.clone()>{u.display_name.clone()}</span>
                                        <ActionForm action=log_out attr:class="inline-form">
                                            <button type="submit" class="button link">{t!(lang, "nav-log-out")}</button>
                                        </ActionForm>
                                        <LanguageSwitcher/>
                                    </div>
                                }
                                    .into_any()
                            }
                            None => view! {
                                <div class="nav-user">
                                    <A href="/login">{t!(lang, "nav-log-in")}</A>
                                    <A href="/signup" attr:class="button primary small">{t!(lang, "nav-sign-up")}</A>
                                    <LanguageSwitcher/>
                                </div>
                            }
                                .into_any(),
                        })
                    }}
                </Transition>
                </details>
            </nav>
        </header>
    }
}

fn role_links(lang: Lang, roles: &[Role]) -> Vec<(&'static str, String)> {
    let mut links = Vec::new();
    if roles.contains(&Role::Founder) {
        links.push(("/founder", t!(lang, "nav-my-startups")));
    }
    if roles.contains(&Role::Investor) {
        links.push(("/investor", t!(lang, "nav-investor-desk")));
        links.push(("/investor/reviews", t!(lang, "nav-reviews")));
        links.push(("/judge/live", t!(lang, "nav-live-judging")));
    }
    if roles.contains(&Role::Founder) || roles.contains(&Role::Investor) {
        links.push(("/meetings", t!(lang, "nav-meetings")));
        links.push(("/agenda/mine", t!(lang, "nav-my-agenda")));
    }
    if roles.contains(&Role::Investor) {
        links.push(("/pipeline", t!(lang, "nav-pipeline")));
    }
    if roles.contains(&Role::Founder)
        || roles.contains(&Role::Investor)
        || roles.contains(&Role::Corporate)
    {
        links.push(("/deals", t!(lang, "nav-deals")));
    }
    if roles.contains(&Role::Staff) {
        links.push(("/staff", t!(lang, "nav-staff")));
        links.push(("/staff/invite", t!(lang, "nav-invite")));
        links.push(("/staff/submissions", t!(lang, "nav-submissions")));
        links.push(("/staff/judging", t!(lang, "nav-judging")));
        links.push(("/staff/ranking", t!(lang, "nav-ranking")));
        links.push(("/staff/schedule", t!(lang, "nav-schedule")));
        links.push(("/staff/meetings", t!(lang, "nav-meeting-staff")));
        links.push(("/staff/deals", t!(lang, "nav-deals-staff")));
        links.push(("/staff/editions", t!(lang, "nav-editions")));
        links.push(("/staff/outbox", t!(lang, "nav-outbox")));
        links.push(("/staff/audit", t!(lang, "nav-audit")));
    }
    links
}

/// Shows `children` to a signed-in user holding `role`. Anyone else sees the log-in
/// prompt or a not-found page; the server functions enforce the same rule themselves.
#[component]
pub fn RequireRole(role: Role, children: ChildrenFn) -> impl IntoView {
    let lang = use_lang();
    let user = use_user().0;
    let children = StoredValue::new(children);
    view! {
        <Suspense fallback=move || view! { <p class="loading" aria-busy="true">{t!(lang, "common-loading")}</p> }>
            {move || {
                user.get().map(|result| match result {
                    Ok(Some(u)) if u.has(role) => children.read_value()().into_any(),
                    Ok(Some(_)) => view! { <crate::pages::not_found::NotFound/> }.into_any(),
                    Ok(None) => view! { <PleaseLogIn/> }.into_any(),
                    Err(e) => view! { <div class="alert alert-error" role="alert">{e.message(lang)}</div> }.into_any(),
                })
            }}
        </Suspense>
    }
}
