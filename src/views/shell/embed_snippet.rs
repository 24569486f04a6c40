use leptos::prelude::*;

use crate::state::use_locale;
use crate::views::common::CopyButton;
use crate::words::words;

/// One piece of embed code, shown as text, with a Copy button that says whether it worked.
#[component]
pub fn EmbedSnippet(
    /// What kind of embed this is.
    title: &'static str,
    /// When to choose it.
    hint: &'static str,
    /// The code itself.
    #[prop(into)]
    code: Signal<String>,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="embed-snippet" data-testid="embed-snippet">
            <h3>{title}</h3>
            <p class="embed-hint">{hint}</p>
            <pre><code>{code}</code></pre>
            <p class="embed-actions">
                <CopyButton
                    label=words!(locale, copy_code)
                    name=words!(locale, copy_code_named, title).to_string()
                    text=code
                    copied=words!(locale, code_copied)
                />
            </p>
        </div>
    }
}
