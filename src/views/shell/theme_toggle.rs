use leptos::prelude::*;

use crate::embed::options::Theme;
use crate::state::theme::use_theme;

/// A "Dark mode" switch that starts from the system setting and remembers the reader's choice.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let theme = use_theme();
    let toggle = move |_| {
        let chosen = if theme.is_dark() {
            Theme::Light
        } else {
            Theme::Dark
        };
        theme.choose(chosen);
    };
    view! {
        <button type="button" class="theme-toggle" aria-pressed=move || theme.is_dark().to_string() on:click=toggle>
            "Dark mode"
        </button>
    }
}
