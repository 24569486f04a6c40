use leptos::prelude::*;

use crate::embed::options::Theme;
use crate::state::theme::use_theme;
use crate::state::use_locale;
use crate::words::words;

/// A {words!(use_locale(), dark_mode)} switch that starts from the system setting and remembers the reader's choice.
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
            {words!(use_locale(), dark_mode)}
        </button>
    }
}
