//! observer-brief: one news report about election observation, as an article, mission cards
//! and a timeline of statements that all lead back to the sentence they came from.
//!
//! The folders, in the direction their dependencies point (see `docs/architecture.md`):
//! [`host`] → [`views`] → [`state`] → [`reading`] → [`data`], with [`embed`] (what embedding
//! asks for) read by the three above it.

pub mod data;
pub mod embed;
pub mod host;
pub mod reading;
pub mod state;
pub mod views;
