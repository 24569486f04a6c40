//! The reader's logic, in plain Rust and tested natively: search, filters, what each paragraph
//! feeds, the timeline's order and walking it with the keyboard, the links that carry a reader's state, and what a shared link
//! says about the brief.
//!
//! Depends only on [`crate::data`].

pub mod axis;
pub mod filter;
pub mod keys;
pub mod link;
pub mod provenance;
pub mod search;
pub mod share;
pub mod status;
pub mod timeline;
