//! Log-in, sign-up, password reset and invitation pages. Each form is an `ActionForm`
//! over a server function, so it also works as a plain HTML form without JavaScript.

use crate::api::auth::{
    invitation, AcceptInvitation, LogIn, RequestPasswordReset, ResetPassword, SignUp,
};
use crate::components::forms::{Field, FormError, Submit};
use crate::error::AppError;
use crate::notice::PageNotice;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

/// The last error of a server action, as a signal the form pieces read.
pub fn action_error<S>(action: ServerAction<S>) -> Signal<Option<AppError>>
where
    S: ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Clone + Send + Sync + 'static,
{
    Signal::derive(move || action.value().get().and_then(|r| r.err()))
}

fn query_param(name: &'static str) -> Signal<String> {
    let query = use_query_map();
    Signal::derive(move || query.read().get(name).unwrap_or_default())
}

#[component]
pub fn LogInPage() -> impl IntoView {
    let action = ServerAction::<LogIn>::new();
    let error = action_error(action);
    view! {
        <Title text="Log in"/>
        <section class="card narrow">
            <h1>"Log in"</h1>
            <PageNotice/>
            <FormError error/>
            <ActionForm action>
                <Field label="Email" name="email" kind="email" autocomplete="email" required=true error/>
                <Field label="Password" name="password" kind="password" autocomplete="current-password" required=true error/>
                <Submit label="Log in" pending=action.pending()/>
            </ActionForm>
            <p class="form-links">
                <A href="/forgot-password">"Forgot your password?"</A>
                " · New here? " <A href="/signup">"Sign up as a founder"</A>
            </p>
        </section>
    }
}

#[component]
pub fn SignUpPage() -> impl IntoView {
    let action = ServerAction::<SignUp>::new();
    let error = action_error(action);
    view! {
        <Title text="Sign up"/>
        <section class="card narrow">
            <h1>"Create your founder account"</h1>
            <p class="muted">"Investors and organisers join by invitation from the conference staff."</p>
            <FormError error/>
            <ActionForm action>
                <Field label="Your name" name="display_name" autocomplete="name" maxlength=100 required=true error/>
                <Field label="Email" name="email" kind="email" autocomplete="email" maxlength=254 required=true error/>
                <Field
                    label="Password"
                    name="password"
                    kind="password"
                    autocomplete="new-password"
                    hint="8 to 128 characters. A long passphrase is easiest to remember."
                    maxlength=128
                    required=true
                    error
                />
                <Submit label="Create account" pending=action.pending()/>
            </ActionForm>
            <p class="form-links">"Already registered? " <A href="/login">"Log in"</A></p>
        </section>
    }
}

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let action = ServerAction::<RequestPasswordReset>::new();
    let error = action_error(action);
    view! {
        <Title text="Reset your password"/>
        <section class="card narrow">
            <h1>"Reset your password"</h1>
            <PageNotice/>
            <FormError error/>
            <ActionForm action>
                <Field label="Email" name="email" kind="email" autocomplete="email" required=true error/>
                <Submit label="Email me a reset link" pending=action.pending()/>
            </ActionForm>
            <p class="form-links"><A href="/login">"Back to log in"</A></p>
        </section>
    }
}

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let action = ServerAction::<ResetPassword>::new();
    let error = action_error(action);
    let token = query_param("token");
    view! {
        <Title text="Choose a new password"/>
        <section class="card narrow">
            <h1>"Choose a new password"</h1>
            <FormError error/>
            <ActionForm action>
                <input type="hidden" name="token" value=token/>
                <Field
                    label="New password"
                    name="password"
                    kind="password"
                    autocomplete="new-password"
                    hint="8 to 128 characters."
                    maxlength=128
                    required=true
                    error
                />
                <Submit label="Save new password" pending=action.pending()/>
            </ActionForm>
            <p class="form-links"><A href="/forgot-password">"Request a new link"</A></p>
        </section>
    }
}

#[component]
pub fn InvitationPage() -> impl IntoView {
    let action = ServerAction::<AcceptInvitation>::new();
    let error = action_error(action);
    let token = query_param("token");
    let invite = Resource::new(move || token.get(), invitation);
    view! {
        <Title text="Accept your invitation"/>
        <section class="card narrow">
            <h1>"Join Pitchline"</h1>
            <Suspense fallback=|| view! { <p class="loading">"Checking your invitation…"</p> }>
                {move || invite.get().map(|r| match r {
                    Err(e) => view! {
                        <div class="alert alert-error" role="alert">{e.to_string()}</div>
                    }.into_any(),
                    Ok(view) => {
                        let existing = view.existing_account;
                        view! {
                            <p>
                                "You are invited as " <strong>{view.role.label()}</strong> " with "
                                <strong>{view.email.clone()}</strong> "."
                            </p>
                            <FormError error/>
                            <ActionForm action>
                                <input type="hidden" name="token" value=token/>
                                {if existing {
                                    view! {
                                        <input type="hidden" name="display_name" value=""/>
                                        <p>"You already have an account: confirm with its password to add this role."</p>
                                        <Field label="Your current password" name="password" kind="password" autocomplete="current-password" required=true error/>
                                    }.into_any()
                                } else {
                                    view! {
                                        <Field label="Your name" name="display_name" autocomplete="name" maxlength=100 required=true error/>
                                        <Field label="Choose a password" name="password" kind="password" autocomplete="new-password" hint="8 to 128 characters." maxlength=128 required=true error/>
                                    }.into_any()
                                }}
                                <Submit label="Accept and continue" pending=action.pending()/>
                            </ActionForm>
                        }.into_any()
                    }
                })}
            </Suspense>
        </section>
    }
}
