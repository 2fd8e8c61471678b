use crate::api::auth::{who_am_i, LogOut};
use crate::error::AppError;
use domain::account::Role;
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
    let user = use_user().0;
    let log_out = ServerAction::<LogOut>::new();
    view! {
        <header class="site-header">
            <a class="skip-link" href="#main">"Skip to content"</a>
            <nav class="nav" aria-label="Main">
                <A href="/" attr:class="brand">"Pitchline"</A>
                <A href="/showcase" attr:class="nav-public">"Showcase"</A>
                <Transition fallback=|| ()>
                    {move || {
                        user.get().map(|result| match result.ok().flatten() {
                            Some(u) => {
                                let links = role_links(&u.roles);
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
                                            <button type="submit" class="button link">"Log out"</button>
                                        </ActionForm>
                                    </div>
                                }
                                    .into_any()
                            }
                            None => view! {
                                <div class="nav-user">
                                    <A href="/login">"Log in"</A>
                                    <A href="/signup" attr:class="button primary small">"Sign up"</A>
                                </div>
                            }
                                .into_any(),
                        })
                    }}
                </Transition>
            </nav>
        </header>
    }
}

fn role_links(roles: &[Role]) -> Vec<(&'static str, &'static str)> {
    let mut links = Vec::new();
    if roles.contains(&Role::Founder) {
        links.push(("/founder", "My startups"));
    }
    if roles.contains(&Role::Investor) {
        links.push(("/investor", "Investor desk"));
        links.push(("/investor/reviews", "Reviews"));
    }
    if roles.contains(&Role::Staff) {
        links.push(("/staff", "Staff"));
        links.push(("/staff/invite", "Invite people"));
        links.push(("/staff/submissions", "Submissions"));
        links.push(("/staff/judging", "Judging"));
        links.push(("/staff/ranking", "Ranking"));
        links.push(("/staff/editions", "Editions"));
        links.push(("/staff/outbox", "Outbox"));
        links.push(("/staff/audit", "Audit log"));
    }
    links
}

/// Shows `children` to a signed-in user holding `role`. Anyone else sees the log-in
/// prompt or a not-found page; the server functions enforce the same rule themselves.
#[component]
pub fn RequireRole(role: Role, children: ChildrenFn) -> impl IntoView {
    let user = use_user().0;
    let children = StoredValue::new(children);
    view! {
        <Suspense fallback=|| view! { <p class="loading" aria-busy="true">"Loading…"</p> }>
            {move || {
                user.get().map(|result| match result {
                    Ok(Some(u)) if u.has(role) => children.read_value()().into_any(),
                    Ok(Some(_)) => view! { <crate::pages::not_found::NotFound/> }.into_any(),
                    Ok(None) => view! {
                        <section class="card narrow">
                            <h1>"Please log in"</h1>
                            <p>"This page is for signed-in members."</p>
                            <A href="/login" attr:class="button primary">"Log in"</A>
                        </section>
                    }
                        .into_any(),
                    Err(e) => view! { <div class="alert alert-error">{e.to_string()}</div> }.into_any(),
                })
            }}
        </Suspense>
    }
}
