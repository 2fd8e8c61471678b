//! Drag and drop on the pipeline board: a card (`data-card`) onto a stage's column
//! (`data-stage`). The move goes to the same server function as the card's "Move to"
//! form (`pipeline/move`), so the same rules decide; a saved move reloads the board, a
//! refused one says why. The island renders only its status line; the board stays
//! server HTML, and the form is the keyboard and no-JavaScript way.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The island's words, chosen on the server in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PipelineDragWords {
    pub moving: String,
    pub refused: String,
    pub failed: String,
}

#[island]
pub fn PipelineDrag(words: PipelineDragWords) -> impl IntoView {
    let status = RwSignal::new(None::<String>);
    let words = StoredValue::new(words);
    let send = move |card: String, stage: String| {
        status.set(Some(words.with_value(|w| w.moving.clone())));
        #[cfg(feature = "hydrate")]
        leptos::task::spawn_local(async move {
            match browser::post(&card, &stage).await {
                Ok(()) => browser::reload(),
                Err(Some(why)) => status.set(Some(format!(
                    "{} {why}",
                    words.with_value(|w| w.refused.clone())
                ))),
                Err(None) => status.set(Some(words.with_value(|w| w.failed.clone()))),
            }
        });
        #[cfg(not(feature = "hydrate"))]
        let _ = (card, stage);
    };
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| browser::listen(send));
    #[cfg(not(feature = "hydrate"))]
    let _ = send;
    view! {
        <div class="drag-status" role="status" aria-live="polite">
            {move || status.get().map(|s| view! { <p>{s}</p> })}
        </div>
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use wasm_bindgen::{closure::Closure, JsCast};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{DragEvent, Element, Event};

    fn at(ev: &Event, selector: &str) -> Option<Element> {
        ev.target()?
            .dyn_into::<Element>()
            .ok()?
            .closest(selector)
            .ok()?
    }

    /// One set of listeners on the document for every card and column (delegation).
    pub fn listen(send: impl Fn(String, String) + Copy + 'static) {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let on = |name: &str, f: Box<dyn FnMut(DragEvent)>| {
            let callback = Closure::wrap(f);
            let _ = doc.add_event_listener_with_callback(name, callback.as_ref().unchecked_ref());
            callback.forget();
        };
        on(
            "dragstart",
            Box::new(|ev: DragEvent| {
                let Some(card) = at(&ev, "[data-card]") else {
                    return;
                };
                if let Some(dt) = ev.data_transfer() {
                    let id = card.get_attribute("data-card").unwrap_or_default();
                    let _ = dt.set_data("text/plain", &id);
                    dt.set_effect_allowed("move");
                }
            }),
        );
        on(
            "dragover",
            Box::new(|ev: DragEvent| {
                if at(&ev, "[data-stage]").is_some() {
                    ev.prevent_default();
                }
            }),
        );
        on(
            "drop",
            Box::new(move |ev: DragEvent| {
                let Some(column) = at(&ev, "[data-stage]") else {
                    return;
                };
                ev.prevent_default();
                let card = ev
                    .data_transfer()
                    .and_then(|dt| dt.get_data("text/plain").ok())
                    .unwrap_or_default();
                if card.is_empty() {
                    return;
                }
                send(card, column.get_attribute("data-stage").unwrap_or_default());
            }),
        );
    }

    /// Posts the move as the move form would, asking for JSON: `Ok` once saved,
    /// `Err(Some(words))` when refused, `Err(None)` when it could not be sent.
    pub async fn post(card: &str, stage: &str) -> Result<(), Option<String>> {
        let window = web_sys::window().ok_or(None)?;
        let params = web_sys::UrlSearchParams::new().map_err(|_| None)?;
        params.append("card", card);
        params.append("stage", stage);
        params.append("back", "board");
        let headers = web_sys::Headers::new().map_err(|_| None)?;
        headers
            .set("Accept", "application/json")
            .map_err(|_| None)?;
        let init = web_sys::RequestInit::new();
        init.set_method("POST");
        init.set_headers(&headers);
        init.set_body(&params);
        let url = <crate::api::pipeline::MoveCard as server_fn::ServerFn>::PATH;
        let answer: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
            .await
            .map_err(|_| None)?
            .dyn_into()
            .map_err(|_| None)?;
        if answer.ok() {
            return Ok(());
        }
        let text = JsFuture::from(answer.text().map_err(|_| None)?)
            .await
            .ok()
            .and_then(|t| t.as_string())
            .ok_or(None)?;
        Err(crate::islands::schedule_drag::browser::refusal(&text))
    }

    pub fn reload() {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    }
}
