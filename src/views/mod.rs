//! The views, one component per file, grouped by what they draw: the article, the mission
//! cards, the timeline, the shell around them (banner, theme switch, Embed control, loading and
//! error messages), and the small pieces they share (source links, marked text, copy buttons).
//!
//! Components read [`crate::state`] through context and compute with [`crate::reading`]; they
//! make no browser calls while rendering, so that every view also renders to HTML natively.

pub mod app;
pub mod article;
pub mod brief;
pub mod common;
pub mod editor_notes;
pub mod missions;
pub mod shell;
pub mod timeline;

pub use app::App;
pub use brief::BriefView;
