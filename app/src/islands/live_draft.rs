//! Keeps a judge's typed live score if the network drops: every change is stored in
//! the browser (localStorage, per form) and put back when the page is opened again;
//! a submit while offline is held and sent when the connection returns. A criterion
//! marked in error loses its mark once a score is chosen for it, and the form's
//! "Please correct the highlighted fields" banner goes with the last one. Without
//! JavaScript the form is a plain form and none of this runs.

use leptos::prelude::*;

#[island]
pub fn KeepScoreDraft(form_id: String, offline: String) -> impl IntoView {
    let (note, set_note) = signal(String::new());
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| draft::attach(&form_id, offline.clone(), set_note));
    #[cfg(not(feature = "hydrate"))]
    let _ = (form_id, offline, set_note);
    // A clear warning, not a grey hint: the judge must know the score has not left yet.
    view! {
        <p class="alert alert-warn live-draft" role="status" hidden=move || note.get().is_empty()>
            <strong>{move || note.get()}</strong>
        </p>
    }
}

#[cfg(feature = "hydrate")]
mod draft {
    use leptos::prelude::*;
    use std::collections::BTreeMap;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    use web_sys::{HtmlFormElement, HtmlInputElement, HtmlTextAreaElement};

    fn key(form_id: &str) -> String {
        format!("pitchline-draft-{form_id}")
    }

    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }

    /// The form's typed values: the checked radio of each criterion and the comment.
    fn typed(form: &HtmlFormElement) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        if let Ok(list) = form.query_selector_all("input[type=radio]:checked, textarea") {
            for i in 0..list.length() {
                let Some(node) = list.item(i) else { continue };
                if let Some(input) = node.dyn_ref::<HtmlInputElement>() {
                    out.insert(input.name(), input.value());
                } else if let Some(area) = node.dyn_ref::<HtmlTextAreaElement>() {
                    out.insert(area.name(), area.value());
                }
            }
        }
        out
    }

    fn restore(form: &HtmlFormElement, saved: &BTreeMap<String, String>) {
        if let Ok(list) = form.query_selector_all("input[type=radio], textarea") {
            for i in 0..list.length() {
                let Some(node) = list.item(i) else { continue };
                if let Some(input) = node.dyn_ref::<HtmlInputElement>() {
                    if saved.get(&input.name()) == Some(&input.value()) {
                        input.set_checked(true);
                    }
                } else if let Some(area) = node.dyn_ref::<HtmlTextAreaElement>() {
                    if let Some(v) = saved.get(&area.name()) {
                        if area.value().is_empty() {
                            area.set_value(v);
                        }
                    }
                }
            }
        }
    }

    /// Takes the error mark off every criterion that now has a score; when one was taken
    /// off and no field of the form is marked any more, the banner above it goes too.
    fn clear_fixed(form: &HtmlFormElement) {
        let mut fixed = false;
        if let Ok(list) = form.query_selector_all("fieldset.criterion.has-error") {
            for i in 0..list.length() {
                let Some(set) = list
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                else {
                    continue;
                };
                if matches!(set.query_selector("input[type=radio]:checked"), Ok(Some(_))) {
                    let _ = set.class_list().remove_1("has-error");
                    if let Ok(Some(message)) = set.query_selector(".field-error") {
                        message.set_text_content(None);
                    }
                    if let Ok(Some(group)) = set.query_selector("[aria-invalid]") {
                        let _ = group.remove_attribute("aria-invalid");
                    }
                    fixed = true;
                }
            }
        }
        let still_marked = matches!(form.query_selector(".has-error"), Ok(Some(_)));
        if fixed && !still_marked {
            if let Some(banner) = form
                .parent_element()
                .and_then(|p| p.query_selector(":scope > .alert-error").ok().flatten())
            {
                banner.remove();
            }
        }
    }

    pub fn attach(form_id: &str, offline: String, note: WriteSignal<String>) {
        let Some(form) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(form_id))
            .and_then(|e| e.dyn_into::<HtmlFormElement>().ok())
        else {
            return;
        };
        let key = key(form_id);
        let Some(store) = storage() else { return };
        let saved_page = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default()
            .contains("notice=live_score_saved");
        if let Ok(Some(text)) = store.get_item(&key) {
            if let Ok(saved) = serde_json::from_str::<BTreeMap<String, String>>(&text) {
                restore(&form, &saved);
            }
        }
        if saved_page {
            // The score before this page was stored by the server: drafts are done.
            let _ = store.remove_item(&key);
        }
        clear_fixed(&form);
        let save = {
            let (form, store, key) = (form.clone(), store.clone(), key.clone());
            Closure::<dyn FnMut()>::new(move || {
                clear_fixed(&form);
                if let Ok(text) = serde_json::to_string(&typed(&form)) {
                    let _ = store.set_item(&key, &text);
                }
            })
        };
        let _ = form.add_event_listener_with_callback("change", save.as_ref().unchecked_ref());
        let _ = form.add_event_listener_with_callback("input", save.as_ref().unchecked_ref());
        save.forget();
        let hold = {
            let form = form.clone();
            Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
                let online = web_sys::window()
                    .map(|w| w.navigator().on_line())
                    .unwrap_or(true);
                if online {
                    return;
                }
                e.prevent_default();
                e.stop_immediate_propagation();
                note.set(offline.clone());
                let form = form.clone();
                let resend = Closure::once_into_js(move || {
                    let _ = form.request_submit();
                });
                if let Some(w) = web_sys::window() {
                    let _ = w.add_event_listener_with_callback("online", resend.unchecked_ref());
                }
            })
        };
        // Capture phase: before the form's own submit handler.
        let _ = form.add_event_listener_with_callback_and_bool(
            "submit",
            hold.as_ref().unchecked_ref(),
            true,
        );
        hold.forget();
    }
}
