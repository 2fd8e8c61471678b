//! The only components that reach the browser's WASM (`#[island]`): small, with
//! serialisable props, inside pages that stay server HTML and work without them.
//! No `t!` here: the words come in as props, chosen on the server in the reader's
//! language, so the translations never reach the bundle. One file each.

pub mod copy_button;
pub mod live_board;
pub mod live_clock;
pub mod live_draft;
pub mod pipeline_drag;
pub mod schedule_drag;
