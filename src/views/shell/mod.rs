//! What surrounds a brief's parts: the banner with the theme switch and the Embed control, the
//! loading and error messages, and the live region that says what a selection lit up.

use crate::state::use_locale;
use crate::words::words;
use leptos::prelude::*;

mod draft_notice;
mod embed_panel;
mod embed_snippet;
mod error_panel;
mod loading_state;
mod selection_announcer;
mod theme_toggle;

pub use draft_notice::DraftNotice;
pub use embed_panel::EmbedPanel;
pub use embed_snippet::EmbedSnippet;
pub use error_panel::ErrorPanel;
pub use loading_state::LoadingState;
pub use selection_announcer::SelectionAnnouncer;
pub use theme_toggle::ThemeToggle;

/// The banner of the brief's own page: its name, links to its parts, the theme switch and the
/// Embed control.
#[component]
pub fn Banner(
    /// Whether the whole brief is shown (and so its parts can be linked to).
    all: bool,
) -> impl IntoView {
    let locale = use_locale();
    let nav = all.then(|| {
        view! {
            <nav aria-label=words!(locale, nav_label)>
                <a href="#article">{words!(locale, nav_article)}</a>
                <a href="#missions">{words!(locale, nav_missions)}</a>
                <a href="#timeline">{words!(locale, nav_timeline)}</a>
                <a href="#editor-notes">{words!(locale, editors_notes)}</a>
            </nav>
        }
    });
    view! {
        <header class="brief-banner">
            <p class="brand">{words!(locale, site_name)}</p>
            {nav}
            <ThemeToggle/>
            <EmbedPanel/>
        </header>
    }
}
