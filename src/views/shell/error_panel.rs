use leptos::prelude::*;

use crate::data::parse::LoadError;

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
    let summary = match &error {
        LoadError::Invalid { file, problems } => format!(
            "{file} is not a sound brief: {} problem{} found.",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" }
        ),
        other => other.to_string(),
    };
    let advice = if retryable {
        "Nothing is wrong with the data itself as far as we know; the file did not arrive."
    } else {
        "The data file needs fixing by whoever edits this brief; trying again will not help."
    };
    view! {
        <section class="error-panel" role="alert" data-testid="load-error" aria-labelledby="error-heading">
            <h1 id="error-heading" tabindex="-1" node_ref=heading>"The brief could not be shown"</h1>
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
                        <p class="error-more">{format!("…and {more} more problems of the same kind or others.")}</p>
                    })}
                }
            })}
            <p class="error-advice">{advice}</p>
            {retryable.then(|| view! {
                <button type="button" class="retry" on:click=move |_| retry.run(())>"Retry"</button>
            })}
        </section>
    }
}
