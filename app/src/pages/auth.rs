//! Log-in, sign-up, password reset and invitation pages. Each form is an `ActionForm`
//! over a server function, so it also works as a plain HTML form without JavaScript.

use crate::api::auth::{
    invitation, AcceptInvitation, LogIn, RequestPasswordReset, ResetPassword, SignUp, VerifyEmail,
};
use crate::components::forms::{Field, FormError, Submit};
use crate::components::labels;
use crate::error::AppError;
use crate::lang::{t, use_lang};
use crate::notice::{Notice, PageNotice};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;

/// The last error of a server action, as a signal the form pieces read.
pub fn action_error<S>(action: ServerAction<S>) -> Signal<Option<AppError>>
where
    S: ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Clone + Send + Sync + 'static,
{
    Signal::derive(move || action.value().get().and_then(|r| r.err()))
}

fn query_param(name: &'static str) -> Signal<String> {
    let query = crate::route_state::query_map();
    Signal::derive(move || query.read().get(name).unwrap_or_default())
}

#[component]
pub fn LogInPage() -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<LogIn>::new();
    let error = action_error(action);
    view! {
        <Title text=t!(lang, "auth-log-in")/>
        <section class="card narrow">
            <h1>{t!(lang, "auth-log-in")}</h1>
            <PageNotice/>
            <FormError error/>
            <ActionForm action>
                <Field label=t!(lang, "auth-email") name="email" kind="email" autocomplete="email" required=true error/>
                <Field label=t!(lang, "auth-password") name="password" kind="password" autocomplete="current-password" required=true error/>
                <Submit label=t!(lang, "auth-log-in") pending=action.pending()/>
            </ActionForm>
            <p class="form-links">
                <A href="/forgot-password">{t!(lang, "auth-forgot")}</A>
                " · " {t!(lang, "auth-new-here")} " " <A href="/signup">{t!(lang, "auth-sign-up-founder")}</A>
            </p>
        </section>
    }
}

/// The address the sign-up link just went to, from this browser's own cookie.
fn sign_up_sent_to() -> Option<String> {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .and_then(|parts| crate::api::auth::sign_up_sent_to(&parts.headers))
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}

#[component]
pub fn SignUpPage() -> impl IntoView {
    let lang = use_lang();
    let notice = query_param(Notice::PARAM);
    if notice.get_untracked() == Notice::SignUpSent.code() {
        // The same answer whatever the address: no sign of whether it had an account.
        let sentence = match sign_up_sent_to() {
            Some(email) => t!(lang, "auth-check-inbox", email = email.as_str()),
            None => t!(lang, "auth-check-inbox-anywhere"),
        };
        return view! {
            <Title text=t!(lang, "auth-check-inbox-title")/>
            <section class="card narrow">
                <h1>{t!(lang, "auth-check-inbox-title")}</h1>
                <div class="alert alert-ok" role="status">{sentence}</div>
                <p class="muted">{t!(lang, "auth-check-inbox-more")}</p>
                <p class="form-links">{t!(lang, "auth-already-registered")} " " <A href="/login">{t!(lang, "auth-log-in")}</A></p>
            </section>
        }
        .into_any();
    }
    let action = ServerAction::<SignUp>::new();
    let error = action_error(action);
    view! {
        <Title text=t!(lang, "auth-sign-up-title")/>
        <section class="card narrow">
            <h1>{t!(lang, "auth-create-founder-account")}</h1>
            <p class="muted">{t!(lang, "auth-invitation-only")}</p>
            <FormError error/>
            <ActionForm action>
                <Field label=t!(lang, "auth-your-name") name="display_name" autocomplete="name" maxlength=100 required=true error/>
                <Field label=t!(lang, "auth-email") name="email" kind="email" autocomplete="email" maxlength=254 required=true error/>
                <Field
                    label=t!(lang, "auth-password")
                    name="password"
                    kind="password"
                    autocomplete="new-password"
                    hint=t!(lang, "auth-password-hint")
                    maxlength=128
                    required=true
                    error
                />
                <Submit label=t!(lang, "auth-create-account") pending=action.pending()/>
            </ActionForm>
            <p class="form-links">{t!(lang, "auth-already-registered")} " " <A href="/login">{t!(lang, "auth-log-in")}</A></p>
        </section>
    }
    .into_any()
}

/// Where a sign-up link lands: one button proves the address and logs the person in.
#[component]
pub fn VerifyEmailPage() -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<VerifyEmail>::new();
    let error = action_error(action);
    let token = query_param("token");
    view! {
        <Title text=t!(lang, "auth-verify-title")/>
        <section class="card narrow">
            <h1>{t!(lang, "auth-verify-title")}</h1>
            <FormError error/>
            <p>{t!(lang, "auth-verify-explain")}</p>
            <ActionForm action>
                <input type="hidden" name="token" value=token/>
                <Submit label=t!(lang, "auth-verify-button") pending=action.pending()/>
            </ActionForm>
        </section>
    }
}

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<RequestPasswordReset>::new();
    let error = action_error(action);
    view! {
        <Title text=t!(lang, "auth-reset-title")/>
        <section class="card narrow">
            <h1>{t!(lang, "auth-reset-title")}</h1>
            <PageNotice/>
            <FormError error/>
            <ActionForm action>
                <Field label=t!(lang, "auth-email") name="email" kind="email" autocomplete="email" required=true error/>
                <Submit label=t!(lang, "auth-email-reset-link") pending=action.pending()/>
            </ActionForm>
            <p class="form-links"><A href="/login">{t!(lang, "auth-back-to-log-in")}</A></p>
        </section>
    }
}

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<ResetPassword>::new();
    let error = action_error(action);
    let token = query_param("token");
    view! {
        <Title text=t!(lang, "auth-new-password-title")/>
        <section class="card narrow">
            <h1>{t!(lang, "auth-new-password-title")}</h1>
            <FormError error/>
            <ActionForm action>
                <input type="hidden" name="token" value=token/>
                <Field
                    label=t!(lang, "auth-new-password")
                    name="password"
                    kind="password"
                    autocomplete="new-password"
                    hint=t!(lang, "auth-password-hint-short")
                    maxlength=128
                    required=true
                    error
                />
                <Submit label=t!(lang, "auth-save-new-password") pending=action.pending()/>
            </ActionForm>
            <p class="form-links"><A href="/forgot-password">{t!(lang, "auth-request-new-link")}</A></p>
        </section>
    }
}

#[component]
pub fn InvitationPage() -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<AcceptInvitation>::new();
    let error = action_error(action);
    let token = query_param("token");
    let invite = Resource::new(move || token.get(), invitation);
    view! {
        <Title text=t!(lang, "auth-invitation-title")/>
        <section class="card narrow">
            <h1>{t!(lang, "auth-join")}</h1>
            <Suspense fallback=move || view! { <p class="loading">{t!(lang, "auth-checking-invitation")}</p> }>
                {move || invite.get().map(|r| match r {
                    Err(e) => view! {
                        <div class="alert alert-error" role="alert">{e.message(lang)}</div>
                    }.into_any(),
                    Ok(view) => {
                        let existing = view.existing_account;
                        view! {
                            <p>
                                {t!(lang, "auth-invited-as", role = labels::role(lang, view.role), email = view.email.as_str())}
                            </p>
                            <FormError error/>
                            <ActionForm action>
                                <input type="hidden" name="token" value=token/>
                                {if existing {
                                    view! {
                                        <input type="hidden" name="display_name" value=""/>
                                        <p>{t!(lang, "auth-existing-account")}</p>
                                        <Field label=t!(lang, "auth-current-password") name="password" kind="password" autocomplete="current-password" required=true error/>
                                    }.into_any()
                                } else {
                                    view! {
                                        <Field label=t!(lang, "auth-your-name") name="display_name" autocomplete="name" maxlength=100 required=true error/>
                                        <Field label=t!(lang, "auth-choose-password") name="password" kind="password" autocomplete="new-password" hint=t!(lang, "auth-password-hint-short") maxlength=128 required=true error/>
                                    }.into_any()
                                }}
                                <Submit label=t!(lang, "auth-accept-continue") pending=action.pending()/>
                            </ActionForm>
                        }.into_any()
                    }
                })}
            </Suspense>
        </section>
    }
}
