//! The reactive state of one brief: what the reader has chosen (kept in the URL hash on the
//! brief's own page), the colour theme, where the brief is placed, and its data file as a
//! Leptos resource; with the context hooks the views read them through.
//!
//! Depends on [`crate::reading`], [`crate::embed`] and [`crate::data`]; never on the views.

pub mod placement;
pub mod reader;
pub mod source;
pub mod theme;

pub use placement::{use_placement, Placement};
pub use reader::{use_reader_state, ReaderState};

use std::sync::Arc;

use crate::data::model::Brief;
use crate::reading::provenance::ParagraphUses;
use crate::words::Locale;

/// The loaded brief that every view of it reads (provided by `BriefView`).
pub fn use_brief() -> Arc<Brief> {
    leptos::prelude::expect_context::<Arc<Brief>>()
}

/// What the brief takes from each paragraph, in article order, computed once per brief
/// (provided by `BriefView`).
pub fn use_paragraph_uses() -> Arc<Vec<ParagraphUses>> {
    leptos::prelude::expect_context::<Arc<Vec<ParagraphUses>>>()
}

/// The language of the reader's words here: the brief's own, or the one the link or mount
/// element asks for (provided by `App`, then by `BriefView` once the brief's language is
/// known); English where nothing provides one.
pub fn use_locale() -> Locale {
    leptos::prelude::use_context::<Locale>().unwrap_or(Locale::en)
}
