use leptos::prelude::*;

use crate::state::use_brief;

/// Says, above everything else, that the brief is a draft whose guesses are not yet checked, and
/// how many there are; renders nothing for a finished brief.
#[component]
pub fn DraftNotice() -> impl IntoView {
    let brief = use_brief();
    brief.draft.as_ref().map(|draft| {
        let guesses = draft.to_confirm.len();
        let left_out = draft.left_out.len();
        view! {
            <aside class="draft-notice" data-testid="draft-notice" aria-labelledby="draft-notice-title">
                <p id="draft-notice-title"><strong>"Draft: not checked by an editor"</strong></p>
                <p>
                    {guesses}" values here are guesses of the new-brief tool, each marked “unconfirmed draft value”; "
                    "lines of the text file left out of the article: "{left_out}". "
                    "Do not publish this brief until an editor has confirmed them."
                </p>
            </aside>
        }
    })
}
