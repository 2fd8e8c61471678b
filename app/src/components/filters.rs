//! Pieces of the GET filter forms above lists (track, order, what to show).

use leptos::prelude::*;

/// The `<option>`s of a filter `<select>`: `prompt` (the empty value, "everything")
/// first, then `all` as `(value, label)`, with `selected` chosen.
pub fn filter_options(
    selected: String,
    all: Vec<(String, String)>,
    prompt: String,
) -> impl IntoView {
    let none = selected.is_empty();
    view! {
        <option value="" selected=none>{prompt}</option>
        {all.into_iter().map(|(value, label)| {
            let is = value == selected;
            view! { <option value=value selected=is>{label}</option> }
        }).collect_view()}
    }
}
