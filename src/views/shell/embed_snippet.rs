use leptos::prelude::*;

use crate::views::common::CopyButton;

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
    view! {
        <div class="embed-snippet" data-testid="embed-snippet">
            <h3>{title}</h3>
            <p class="embed-hint">{hint}</p>
            <pre><code>{code}</code></pre>
            <p class="embed-actions">
                <CopyButton
                    label="Copy code"
                    name=format!("Copy code: {title}")
                    text=code
                    copied="Copied to the clipboard."
                />
            </p>
        </div>
    }
}
