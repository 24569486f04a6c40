use leptos::prelude::*;

use crate::data::parse::LoadError;
use crate::state::use_locale;
use crate::words::{load_error, words};

/// How many problems the panel lists before saying how many more there are.
const SHOWN_PROBLEMS: usize = 20;

/// Says which file failed and why, lists each problem with its path, and offers Retry where
/// trying again can help.
#[component]
pub fn ErrorPanel(
    /// What went wrong.
    error: LoadError,
    /// Called when the reader asks to try again.
    retry: Callback<()>,
    /// Move focus to the message once shown.
    #[prop(optional)]
    take_focus: bool,
) -> impl IntoView {
    let heading = NodeRef::<leptos::html::H1>::new();
    if take_focus {
        Effect::new(move |_| {
            if let Some(h) = heading.get() {
                let _ = h.focus();
            }
        });
    }
    let retryable = error.is_retryable();
    let problems = match &error {
        LoadError::Invalid { problems, .. } => problems.clone(),
        _ => Vec::new(),
    };
    let locale = use_locale();
    let summary = load_error(locale, &error);
    let advice = if retryable {
        words!(locale, error_advice_retry)
    } else if error.is_address_fault() {
        words!(locale, error_advice_address)
    } else {
        words!(locale, error_advice_fix)
    };
    view! {
        <section class="error-panel" role="alert" data-testid="load-error" aria-labelledby="error-heading">
            <h1 id="error-heading" tabindex="-1" node_ref=heading>{words!(locale, error_heading)}</h1>
            <p class="error-summary" data-testid="error-message">{summary}</p>
            {(!problems.is_empty()).then(|| {
                // A badly damaged file can have thousands of problems; the first ones show
                // where to start, and the validator command lists them all.
                let more = problems.len().saturating_sub(SHOWN_PROBLEMS);
                view! {
                    <ul class="error-problems">
                        {problems.into_iter().take(SHOWN_PROBLEMS).map(|p| view! {
                            <li><code>{p.path}</code>": "{p.message}</li>
                        }).collect_view()}
                    </ul>
                    {(more > 0).then(|| view! {
                        <p class="error-more">{words!(locale, error_more, count = more).to_string()}</p>
                    })}
                }
            })}
            <p class="error-advice">{advice}</p>
            {retryable.then(|| view! {
                <button type="button" class="retry" on:click=move |_| retry.run(())>{words!(locale, retry)}</button>
            })}
        </section>
    }
}
