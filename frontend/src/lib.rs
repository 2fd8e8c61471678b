//! The WASM entry point: hydrates the page's islands (the rest stays server HTML).

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    // Links the app crate so its `#[island]` components are exported to the page.
    #[allow(unused_imports)]
    use app::*;
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
