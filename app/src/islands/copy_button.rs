//! A button that copies a text (the personal calendar link) with the Clipboard API and
//! says so. Without JavaScript the button stays hidden and the text beside it stays
//! selectable.

use leptos::prelude::*;

#[island]
pub fn CopyButton(text: String, label: String, copied: String) -> impl IntoView {
    // Shown only once hydrated: a button that does nothing is worse than none.
    let ready = RwSignal::new(false);
    let done = RwSignal::new(false);
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| ready.set(true));
    let text = StoredValue::new(text);
    let copy = move |_| {
        #[cfg(feature = "hydrate")]
        leptos::task::spawn_local(async move {
            let Some(window) = web_sys::window() else {
                return;
            };
            let written = window.navigator().clipboard().write_text(&text.get_value());
            done.set(wasm_bindgen_futures::JsFuture::from(written).await.is_ok());
        });
        #[cfg(not(feature = "hydrate"))]
        let _ = (text, done);
    };
    view! {
        <button type="button" class="button" hidden=move || !ready.get() on:click=copy>{label}</button>
        <span class="copied" role="status">{move || done.get().then(|| copied.clone())}</span>
    }
}
