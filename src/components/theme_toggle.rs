use leptos::prelude::*;

use crate::options::Theme;

/// Where the reader's choice of dark or light is remembered, on this device only.
pub const THEME_STORAGE_KEY: &str = "observer-brief-theme";

/// The colour theme of one brief, shared through context.
#[derive(Clone, Copy)]
pub struct ThemeChoice(pub RwSignal<Theme>);

/// The theme the reader chose on an earlier visit, if any.
pub fn remembered_theme() -> Option<Theme> {
    let storage = window().local_storage().ok().flatten()?;
    Theme::parse(&storage.get_item(THEME_STORAGE_KEY).ok().flatten()?)
}

/// Whether the reader's system asks for dark colours.
fn system_prefers_dark() -> bool {
    window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

/// A "Dark mode" switch that starts from the system setting and remembers the reader's choice.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    // App provides the theme; a brief view mounted on its own (in tests) gets a local one.
    let ThemeChoice(theme) =
        use_context::<ThemeChoice>().unwrap_or_else(|| ThemeChoice(RwSignal::new(Theme::Auto)));
    let dark = move || match theme.get() {
        Theme::Dark => true,
        Theme::Light => false,
        Theme::Auto => system_prefers_dark(),
    };
    let toggle = move |_| {
        let chosen = if dark() { Theme::Light } else { Theme::Dark };
        if let Some(storage) = window().local_storage().ok().flatten() {
            // Private windows may refuse storage; the switch still works for this visit.
            let _ = storage.set_item(THEME_STORAGE_KEY, chosen.key());
        }
        theme.set(chosen);
    };
    view! {
        <button type="button" class="theme-toggle" aria-pressed=move || dark().to_string() on:click=toggle>
            "Dark mode"
        </button>
    }
}
