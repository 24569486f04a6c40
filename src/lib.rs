//! observer-brief: one news report about election observation, as an article, mission cards
//! and a timeline of statements that all lead back to the sentence they came from.
//!
//! The folders, in the direction their dependencies point (see `docs/architecture.md`):
//! `host` (in the browser) and [`page`] (natively) → [`views`] → [`state`] → [`reading`] →
//! [`words`] (the reader's words in each language) → [`data`], with [`embed`] (what embedding
//! asks for) read by those above it; and `drafting` (natively, for `new-brief`) → [`data`].

// Rendering the whole brief to HTML natively (the pre-rendered page) nests view types deeper
// than the compiler's default limit allows.
#![recursion_limit = "256"]

pub mod data;
// Drafting a brief from an article's text, for the `new-brief` command; the page never drafts.
#[cfg(not(target_arch = "wasm32"))]
pub mod drafting;
pub mod embed;
// The browser side of mounting and framing; natively the views render to HTML instead.
#[cfg(target_arch = "wasm32")]
pub mod host;
pub mod page;
pub mod reading;
pub mod state;
pub mod views;
pub mod words;
