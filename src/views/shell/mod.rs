//! What surrounds a brief's parts: the banner with the theme switch and the Embed control, the
//! loading and error messages, and the live region that says what a selection lit up.

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
    let nav = all.then(|| {
        view! {
            <nav aria-label="Views of the brief">
                <a href="#article">"Article"</a>
                <a href="#missions">"Missions"</a>
                <a href="#timeline">"Timeline"</a>
                <a href="#editor-notes">"Editor’s notes"</a>
            </nav>
        }
    });
    view! {
        <header class="brief-banner">
            <p class="brand">"Observer brief"</p>
            {nav}
            <ThemeToggle/>
            <EmbedPanel/>
        </header>
    }
}
