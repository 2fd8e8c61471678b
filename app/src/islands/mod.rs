//! The only components that reach the browser's WASM (`#[island]`): each small, with
//! serialisable props, inside a page that is otherwise server HTML. One file each.

pub mod live_board;
pub mod live_clock;
pub mod live_draft;
