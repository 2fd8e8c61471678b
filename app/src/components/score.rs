//! A rubric criterion as big radio buttons (1 to its scale's top), its guidance and its
//! error read with the group: the pre-event review form and the judge's live phone page
//! share it.

use crate::error::AppError;
use crate::lang::{t, use_lang};
use domain::review::score_field;
use leptos::prelude::*;
use wire::CriterionView;

#[component]
pub fn CriterionInput(
    criterion: CriterionView,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> impl IntoView {
    let lang = use_lang();
    let field = score_field(&criterion.key);
    let field_for_error = field.clone();
    let message = Signal::derive(move || error.get().and_then(|e| e.field(&field_for_error)));
    let field_for_value = field.clone();
    let saved = criterion.score.map(|s| s.to_string()).unwrap_or_default();
    let current = Signal::derive(move || {
        error
            .get()
            .and_then(|e| e.kept(&field_for_value))
            .unwrap_or_else(|| saved.clone())
    });
    // Each anchored point says what it means on its button (title) and in a legend the
    // group is described by, so a screen reader hears it too.
    let meaning = {
        let anchors = criterion.anchors.clone();
        move |v: u8| {
            anchors
                .iter()
                .find(|a| a.point == v)
                .map(|a| a.meaning.clone())
        }
    };
    let has_anchors = !criterion.anchors.is_empty();
    view! {
        <fieldset class="criterion" class:has-error=move || message.get().is_some()>
            <legend>{criterion.name.clone()} <span class="muted">{t!(lang, "reviews-criterion-scale", weight = criterion.weight, max = criterion.scale_max)}</span></legend>
            {(!criterion.guidance.is_empty()).then(|| view! { <p class="hint" id=format!("{}-hint", criterion.key)>{criterion.guidance.clone()}</p> })}
            // The guidance and the error are read with the group, like any field's.
            <div class="scale" role="radiogroup" aria-label=criterion.name.clone()
                aria-describedby=format!("{key}-hint {key}-anchors {key}-error", key = criterion.key)
                aria-invalid=move || message.get().is_some().then_some("true")>
                {(1..=criterion.scale_max).map(|v| {
                    let id = format!("{}-{v}", criterion.key);
                    let value = v.to_string();
                    let is = value.clone();
                    view! {
                        <span class="scale-point">
                            <input type="radio" id=id.clone() name=field.clone() value=value checked=move || current.get() == is/>
                            <label for=id title=meaning(v)>{v}</label>
                        </span>
                    }
                }).collect_view()}
            </div>
            {has_anchors.then(|| view! {
                <dl class="anchors" id=format!("{}-anchors", criterion.key) aria-label=t!(lang, "reviews-anchors")>
                    {criterion.anchors.iter().map(|a| view! {
                        <div><dt>{a.point}</dt><dd>{a.meaning.clone()}</dd></div>
                    }).collect_view()}
                </dl>
            })}
            <p class="field-error" id=format!("{}-error", criterion.key) role="alert">{message}</p>
        </fieldset>
    }
    .into_any()
}
