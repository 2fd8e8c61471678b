//! The server side of the web adapter (`ssr` only): the request context a server
//! function runs in, and the one place a backend error becomes what the user sees.
//! Everything else server-side lives in the `backend` crate, which knows no Leptos.

pub mod ctx;
pub mod error;
