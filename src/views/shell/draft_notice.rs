use leptos::prelude::*;

use crate::state::use_brief;
use crate::state::use_locale;
use crate::words::words;

/// Says, above everything else, that the brief is a draft whose guesses are not yet checked, and
/// how many there are; renders nothing for a finished brief.
#[component]
pub fn DraftNotice() -> impl IntoView {
    let brief = use_brief();
    let locale = use_locale();
    brief.draft.as_ref().map(|draft| {
        let guesses = draft.to_confirm.len();
        let left_out = draft.left_out.len();
        view! {
            <aside class="draft-notice" data-testid="draft-notice" aria-labelledby="draft-notice-title">
                <p id="draft-notice-title"><strong>{words!(locale, draft_title)}</strong></p>
                <p>
                    {words!(locale, draft_guesses, count = guesses).to_string()}" "
                    {words!(locale, draft_left_out, count = left_out).to_string()}" "
                    {words!(locale, draft_do_not_publish)}
                </p>
            </aside>
        }
    })
}
