//! The data of a brief and its rules: the model as `data/brief.json` holds it, reading it with
//! errors that name their path, validation against the article's own words, and dates.
//!
//! Plain Rust: no Leptos, no web-sys. The editors' `validate-brief` command, the JSON Schema and
//! the page all use exactly this code.

pub mod check;
pub mod date;
pub mod draft;
pub mod format_chars;
pub mod model;
pub mod parse;
pub mod text;
pub mod validate;
