//! Drag and drop on the staff schedule grid: a startup's card (`data-submission`) onto a
//! free cell (`data-drop`). The move goes to the same server function as the move form
//! (`schedule/place`), so the same checker decides: a move that would break a hard rule
//! is refused in words and nothing moves, with "Save anyway" to override it; a saved
//! move reloads the page. The island renders only its status line; the grid around it
//! stays server HTML, and the move form is the keyboard and no-JavaScript way.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The island's words, chosen on the server in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DragWords {
    pub refused: String,
    pub save_anyway: String,
    pub cancel: String,
    pub failed: String,
    pub moving: String,
}

/// One move: a pitch to `place` (`<session id>/<slot>`), keeping its lock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Move {
    pub submission: String,
    pub place: String,
    pub lock: bool,
}

#[island]
pub fn ScheduleDrag(edition: String, words: DragWords) -> impl IntoView {
    let status = RwSignal::new(None::<String>);
    let refused = RwSignal::new(None::<(String, Move)>);
    let words = StoredValue::new(words);
    let edition = StoredValue::new(edition);
    let send = move |m: Move, override_rules: bool| {
        refused.set(None);
        status.set(Some(words.with_value(|w| w.moving.clone())));
        #[cfg(feature = "hydrate")]
        leptos::task::spawn_local(async move {
            match browser::post(&edition.get_value(), &m, override_rules).await {
                Ok(to) => browser::go(&to),
                Err(Some(why)) => {
                    status.set(None);
                    refused.set(Some((why, m)));
                }
                Err(None) => status.set(Some(words.with_value(|w| w.failed.clone()))),
            }
        });
        #[cfg(not(feature = "hydrate"))]
        let _ = (m, override_rules, edition);
    };
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| browser::listen(send));
    view! {
        <div class="drag-status" role="status" aria-live="polite">
            {move || status.get().map(|s| view! { <p>{s}</p> })}
            {move || refused.get().map(|(why, m)| {
                let w = words.get_value();
                view! {
                    <div class="drag-refusal">
                        <p class="field-error">{w.refused} " " {why}</p>
                        <button type="button" class="button" on:click=move |_| send(m.clone(), true)>{w.save_anyway}</button>
                        " "
                        <button type="button" class="button link" on:click=move |_| refused.set(None)>{w.cancel}</button>
                    </div>
                }
            })}
        </div>
    }
}

#[cfg(feature = "hydrate")]
pub(crate) mod browser {
    use super::Move;
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{DragEvent, Element, Event};

    /// The element matching `selector` at or around where the event happened.
    fn at(ev: &Event, selector: &str) -> Option<Element> {
        ev.target()?
            .dyn_into::<Element>()
            .ok()?
            .closest(selector)
            .ok()?
    }

    fn body_class(add: bool) {
        if let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        {
            let list = body.class_list();
            let _ = if add {
                list.add_1("dragging")
            } else {
                list.remove_1("dragging")
            };
        }
    }

    /// One set of listeners on the document for every card and cell (delegation).
    pub fn listen(send: impl Fn(Move, bool) + Copy + 'static) {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let on = |name: &str, f: Box<dyn FnMut(DragEvent)>| {
            let callback = Closure::wrap(f);
            let _ = doc.add_event_listener_with_callback(name, callback.as_ref().unchecked_ref());
            // Listens as long as the page lives.
            callback.forget();
        };
        on(
            "dragstart",
            Box::new(|ev: DragEvent| {
                let Some(card) = at(&ev, "[data-submission]") else {
                    return;
                };
                let id = card.get_attribute("data-submission").unwrap_or_default();
                let locked = if card.has_attribute("data-locked") {
                    "1"
                } else {
                    ""
                };
                if let Some(dt) = ev.data_transfer() {
                    let _ = dt.set_data("text/plain", &format!("{id}|{locked}"));
                    dt.set_effect_allowed("move");
                }
                body_class(true);
            }),
        );
        on("dragend", Box::new(|_: DragEvent| body_class(false)));
        on(
            "dragover",
            Box::new(|ev: DragEvent| {
                if at(&ev, "[data-drop]").is_some() {
                    ev.prevent_default();
                    if let Some(dt) = ev.data_transfer() {
                        dt.set_drop_effect("move");
                    }
                }
            }),
        );
        on(
            "drop",
            Box::new(move |ev: DragEvent| {
                let Some(cell) = at(&ev, "[data-drop]") else {
                    return;
                };
                ev.prevent_default();
                body_class(false);
                let data = ev
                    .data_transfer()
                    .and_then(|dt| dt.get_data("text/plain").ok())
                    .unwrap_or_default();
                let Some((submission, locked)) = data.split_once('|') else {
                    return;
                };
                send(
                    Move {
                        submission: submission.to_string(),
                        place: cell.get_attribute("data-drop").unwrap_or_default(),
                        lock: locked == "1",
                    },
                    false,
                );
            }),
        );
    }

    /// Posts the move as the move form would, asking for JSON: `Ok(where to go)` once
    /// saved, `Err(Some(words))` when refused, `Err(None)` when it could not be sent.
    pub async fn post(
        edition: &str,
        m: &Move,
        override_rules: bool,
    ) -> Result<String, Option<String>> {
        let window = web_sys::window().ok_or(None)?;
        let params = web_sys::UrlSearchParams::new().map_err(|_| None)?;
        params.append("edition", edition);
        params.append("submission", &m.submission);
        params.append("place", &m.place);
        if m.lock {
            params.append("lock", "on");
        }
        if override_rules {
            params.append("override_rules", "on");
        }
        let headers = web_sys::Headers::new().map_err(|_| None)?;
        headers
            .set("Accept", "application/json")
            .map_err(|_| None)?;
        let init = web_sys::RequestInit::new();
        init.set_method("POST");
        init.set_headers(&headers);
        init.set_body(&params);
        let url = <crate::api::rounds::PlacePitch as server_fn::ServerFn>::PATH;
        let answer: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
            .await
            .map_err(|_| None)?
            .dyn_into()
            .map_err(|_| None)?;
        if answer.ok() {
            // The server function names the page (with its notice) to go to.
            return Ok(answer
                .headers()
                .get("Location")
                .ok()
                .flatten()
                .unwrap_or_else(|| window.location().href().unwrap_or_default()));
        }
        let text = JsFuture::from(answer.text().map_err(|_| None)?)
            .await
            .ok()
            .and_then(|t| t.as_string())
            .ok_or(None)?;
        Err(refusal(&text))
    }

    /// The words of an `AppError` answer: a refused form's field messages (the rules a
    /// move breaks, a taken slot), or a conflict's sentence.
    pub(crate) fn refusal(json: &str) -> Option<String> {
        let value = js_sys::JSON::parse(json).ok()?;
        let get = |v: &JsValue, key: &str| {
            js_sys::Reflect::get(v, &JsValue::from_str(key))
                .ok()
                .filter(|x| !x.is_undefined() && !x.is_null())
        };
        if let Some(conflict) = get(&value, "Conflict") {
            return conflict.as_string();
        }
        let invalid = get(&value, "Invalid")?;
        let fields: js_sys::Array = get(&invalid, "fields")?.dyn_into().ok()?;
        let texts: Vec<String> = fields
            .iter()
            .filter_map(|f| get(&f, "message")?.as_string())
            .collect();
        if texts.is_empty() {
            get(&invalid, "message")?
                .as_string()
                .filter(|m| !m.is_empty())
        } else {
            Some(texts.join(" "))
        }
    }

    pub fn go(to: &str) {
        if let Some(w) = web_sys::window() {
            let _ = w.location().assign(to);
        }
    }
}
