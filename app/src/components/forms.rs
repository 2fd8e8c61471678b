//! Form pieces that show server-side validation beside each field and keep what the
//! user typed, with or without JavaScript.

use crate::error::AppError;
use crate::lang::{t, use_lang};
use leptos::prelude::*;

/// What the field shows: what the user typed before a failed submit, else `initial`.
fn typed_value(
    error: Signal<Option<AppError>>,
    name: &'static str,
    initial: MaybeProp<String>,
) -> Signal<String> {
    Signal::derive(move || {
        error
            .get()
            .and_then(|e| e.kept(name))
            .or_else(|| initial.get())
            .unwrap_or_default()
    })
}

/// A labelled input. Its error and its re-filled value come from the action's last error.
#[component]
pub fn Field(
    #[prop(into)] label: String,
    name: &'static str,
    #[prop(into)] error: Signal<Option<AppError>>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] maxlength: Option<usize>,
    #[prop(optional)] required: bool,
    #[prop(optional, into)] initial: MaybeProp<String>,
) -> impl IntoView {
    let id = format!("field-{name}");
    let message = move || error.get().and_then(|e| e.field(name));
    let value = typed_value(error, name, initial);
    let described = format!("{id}-hint {id}-error");
    view! {
        <div class="field" class:has-error=move || message().is_some()>
            <label for=id.clone()>{label}</label>
            <input
                id=id.clone()
                name=name
                type=kind
                value=move || if kind == "password" { String::new() } else { value.get() }
                autocomplete=autocomplete
                maxlength=maxlength
                required=required
                aria-invalid=move || message().is_some().then_some("true")
                aria-describedby=described
            />
            {hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{h}</p> })}
            <p class="field-error" id=format!("{id}-error") role="alert">{message}</p>
        </div>
    }
}

/// A multi-line variant of [`Field`].
#[component]
pub fn TextAreaField(
    #[prop(into)] label: String,
    name: &'static str,
    #[prop(into)] error: Signal<Option<AppError>>,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] initial: MaybeProp<String>,
    #[prop(default = 6)] rows: u32,
    /// The element id, where one page repeats the form (one per request): unique per form.
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| format!("field-{name}"));
    let message = move || error.get().and_then(|e| e.field(name));
    let value = typed_value(error, name, initial);
    let described = format!("{id}-hint {id}-error");
    view! {
        <div class="field" class:has-error=move || message().is_some()>
            <label for=id.clone()>{label}</label>
            // The child text is what the server renders (escaped there: the renderer writes
            // textarea children raw); `prop:value` keeps a re-rendered textarea in step once
            // the user has typed in it.
            <textarea id=id.clone() name=name rows=rows prop:value=move || value.get()
                aria-invalid=move || message().is_some().then_some("true") aria-describedby=described>
                {move || super::text::raw_text_child(value.get())}
            </textarea>
            {hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{h}</p> })}
            <p class="field-error" id=format!("{id}-error") role="alert">{message}</p>
        </div>
    }
}

/// The form-level message: the summary of field problems or a non-field error
/// (rate limit, server trouble with its reference).
#[component]
pub fn FormError(#[prop(into)] error: Signal<Option<AppError>>) -> impl IntoView {
    let lang = use_lang();
    move || {
        error.get().map(|e| {
            // Field problems are summarised here; a refusal of the whole form (an
            // expired link, nothing ticked) is its message.
            let text = e.message(lang);
            view! { <div class="alert alert-error" role="alert">{text}</div> }
        })
    }
}

/// Every field problem of `error`, as a list: for a button whose form holds no fields
/// (submitting a pitch checks fields that live in other forms on the page, such as
/// the deck), so the person still reads what to fix.
#[component]
pub fn FieldProblems(#[prop(into)] error: Signal<Option<AppError>>) -> impl IntoView {
    move || {
        let messages: Vec<String> = match error.get() {
            Some(AppError::Invalid { fields, .. }) => {
                fields.into_iter().map(|f| f.message).collect()
            }
            _ => Vec::new(),
        };
        (!messages.is_empty()).then(|| {
            view! {
                <ul class="field-error" role="alert">
                    {messages.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                </ul>
            }
        })
    }
}

/// The submit button, disabled while the request is in flight.
#[component]
pub fn Submit(#[prop(into)] label: String, #[prop(into)] pending: Signal<bool>) -> impl IntoView {
    let working = t!(use_lang(), "common-working");
    view! {
        <button type="submit" class="button primary" disabled=move || pending.get()>
            {move || if pending.get() { working.clone() } else { label.clone() }}
        </button>
    }
}

/// A labelled drop-down. `options` are `(value, label)`; the first may be `("", "Choose…")`.
#[component]
pub fn SelectField(
    #[prop(into)] label: String,
    name: &'static str,
    #[prop(into)] error: Signal<Option<AppError>>,
    options: Vec<(String, String)>,
    #[prop(optional, into)] initial: MaybeProp<String>,
    #[prop(optional, into)] hint: Option<String>,
) -> impl IntoView {
    let id = format!("field-{name}");
    let message = move || error.get().and_then(|e| e.field(name));
    let current = typed_value(error, name, initial);
    let described = format!("{id}-hint {id}-error");
    view! {
        <div class="field" class:has-error=move || message().is_some()>
            <label for=id.clone()>{label}</label>
            <select id=id.clone() name=name aria-invalid=move || message().is_some().then_some("true") aria-describedby=described>
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let v = value.clone();
                        view! { <option value=value selected=move || current.get() == v>{text}</option> }
                    })
                    .collect_view()}
            </select>
            {hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{h}</p> })}
            <p class="field-error" id=format!("{id}-error") role="alert">{message}</p>
        </div>
    }
}

/// A checkbox whose state survives a failed submission.
#[component]
pub fn CheckboxField(
    #[prop(into)] label: String,
    name: &'static str,
    #[prop(into)] error: Signal<Option<AppError>>,
    #[prop(optional, into)] initial: MaybeProp<bool>,
    #[prop(optional, into)] hint: Option<String>,
) -> impl IntoView {
    let id = format!("field-{name}");
    let checked = move || match error.get() {
        Some(e @ AppError::Invalid { .. }) => e.kept(name).is_some_and(|v| v == "on"),
        _ => initial.get().unwrap_or(false),
    };
    view! {
        <div class="field checkbox">
            <input id=id.clone() type="checkbox" name=name value="on" checked=checked
                aria-describedby=hint.is_some().then(|| format!("{id}-hint"))/>
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{h}</p> })}
        </div>
    }
}

/// Shows a resource: a loading line, its value, "not found", or the error with its reference.
pub fn loaded<T, V>(
    resource: Resource<Result<T, AppError>>,
    render: impl Fn(T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    V: IntoView + 'static,
{
    let lang = use_lang();
    view! {
        <Suspense fallback=move || view! { <p class="loading" aria-busy="true">{t!(lang, "common-loading")}</p> }>
            {move || resource.get().map(|result| match result {
                Ok(value) => render(value).into_any(),
                Err(AppError::NotFound) => view! { <crate::pages::not_found::NotFound/> }.into_any(),
                Err(AppError::Unauthenticated) => view! { <PleaseLogIn/> }.into_any(),
                Err(e) => view! { <div class="alert alert-error" role="alert">{e.message(lang)}</div> }.into_any(),
            })}
        </Suspense>
    }
}

/// What a page for members shows a visitor who is not signed in.
#[component]
pub fn PleaseLogIn() -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="card narrow">
            <h1>{t!(lang, "common-please-log-in")}</h1>
            <p>{t!(lang, "common-members-only")}</p>
            <a href="/login" class="button primary">{t!(lang, "nav-log-in")}</a>
        </section>
    }
}
