use crate::lang::{t, use_lang};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

/// Shown for unknown paths and for resources the visitor may not see (which must look
/// exactly like resources that do not exist).
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::NOT_FOUND);
    }
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "common-not-found-title")/>
        <section class="card narrow">
            <h1>{t!(lang, "common-not-found-title")}</h1>
            <p>{t!(lang, "common-not-found-text")}</p>
            <A href="/" attr:class="button">{t!(lang, "common-go-home")}</A>
        </section>
    }
}
