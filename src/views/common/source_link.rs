use leptos::prelude::*;

use crate::reading::link::Target;
use crate::state::use_locale;
use crate::state::{use_brief, use_placement, use_reader_state};
use crate::words::words;

/// A link from a claim to the article paragraph it comes from: following it highlights the
/// paragraph (and, for a statement, its exact words) and moves focus there, or, in a view
/// without the article, opens the whole brief at that paragraph in a new tab.
#[component]
pub fn SourceLink(
    /// The paragraph id.
    #[prop(into)]
    paragraph: String,
    /// The statement whose words to mark in the paragraph, when the link is a statement's.
    #[prop(optional)]
    statement: Option<String>,
) -> impl IntoView {
    let state = use_reader_state();
    let placement = use_placement();
    // Validation guarantees the paragraph exists; 0 would only show for unvalidated data.
    let number = use_brief().paragraph_number(&paragraph).unwrap_or(0);
    let locale = use_locale();
    let target = match statement {
        Some(id) => Target::Quote(id),
        None => Target::Paragraph(paragraph.clone()),
    };
    let label = view! {
        <span class="visually-hidden">{words!(locale, source_paragraph)}</span>
        <span aria-hidden="true">"¶ "</span>
        {number}
    };
    if !placement.options.view.shows_article() {
        return view! {
            <a
                class="source-link"
                href=placement.full_brief_href(&target.dom_id())
                target="_blank"
                data-testid="source-link"
            >
                {label}
                <span class="visually-hidden">{words!(locale, opens_whole_brief)}</span>
            </a>
        }
        .into_any();
    }
    let href = {
        let target = target.clone();
        move || state.href(&target)
    };
    view! {
        <a
            class="source-link"
            // A fact from the selected paragraph lights up with it.
            class:from-selected=move || state.is_paragraph_selected(&paragraph)
            href=href
            data-testid="source-link"
            on:click=move |ev| state.follow(&ev, target.clone())
        >
            {label}
        </a>
    }
    .into_any()
}
