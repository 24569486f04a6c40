use leptos::prelude::*;

use crate::reading::link::Target;
use crate::reading::provenance::describe;
use crate::state::use_locale;
use crate::state::{use_brief, use_paragraph_uses, use_reader_state};
use crate::words::words;

/// The line under a paragraph that says what the brief takes from it; choosing it selects the
/// paragraph, which lights up those statements in the timeline and facts on the cards.
#[component]
pub fn ParagraphUses(
    /// The paragraph's position in the article.
    index: usize,
) -> impl IntoView {
    let brief = use_brief();
    let state = use_reader_state();
    let locale = use_locale();
    let what = describe(locale, &use_paragraph_uses()[index]);
    let number = index + 1;
    let target = Target::Paragraph(brief.article.paragraphs[index].id.clone());
    let href = {
        let target = target.clone();
        move || state.href(&target)
    };
    view! {
        <p class="paragraph-uses">
            <a href=href on:click=move |ev| state.follow(&ev, target.clone()) data-testid="paragraph-uses">
                <span class="visually-hidden">{words!(locale, uses_link_hidden, n = number).to_string()}</span>
                {words!(locale, in_this_brief, what).to_string()}
            </a>
        </p>
    }
}
