//! The countdown of the phase on stage, run by the browser's clock from the seconds
//! left when the server made the page (so a client clock that is off does not matter).
//! Without JavaScript it shows the time left at page load.

use leptos::prelude::*;

fn mm_ss(seconds: i64) -> String {
    let s = seconds.abs();
    format!(
        "{}{:02}:{:02}",
        if seconds < 0 { "+" } else { "" },
        s / 60,
        s % 60
    )
}

#[island]
pub fn LiveCountdown(phase: String, remaining: i64, overrun: String) -> impl IntoView {
    let (left, set_left) = signal(remaining);
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| tick::start(remaining, set_left));
    #[cfg(not(feature = "hydrate"))]
    let _ = set_left;
    view! {
        <p class="live-clock" class:overrun=move || left.get() < 0 role="timer" aria-live="off">
            <span class="live-phase">{phase}</span> " "
            <span class="live-time">{move || mm_ss(left.get())}</span>
            {move || (left.get() < 0).then(|| view! { " " <span class="live-overrun">{overrun.clone()}</span> })}
        </p>
    }
}

#[cfg(feature = "hydrate")]
mod tick {
    use leptos::prelude::*;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    pub fn start(remaining: i64, set: WriteSignal<i64>) {
        let started = js_sys_now();
        let step = Closure::<dyn FnMut()>::new(move || {
            let elapsed = ((js_sys_now() - started) / 1000.0) as i64;
            set.set(remaining - elapsed);
        });
        if let Some(w) = web_sys::window() {
            let _ = w.set_interval_with_callback_and_timeout_and_arguments_0(
                step.as_ref().unchecked_ref(),
                250,
            );
        }
        step.forget();
    }

    fn js_sys_now() -> f64 {
        web_sys::window()
            .and_then(|w| w.performance())
            .map(|p| p.now())
            .unwrap_or_default()
    }
}
