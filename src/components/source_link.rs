use leptos::prelude::*;

use crate::components::{use_brief, use_placement};
use crate::selection::{use_selection, Target};

/// A link from a claim to the article paragraph it comes from: following it highlights the
/// paragraph and moves focus there, or, in a view without the article, opens the whole brief
/// at that paragraph in a new tab.
#[component]
pub fn SourceLink(
    /// The paragraph id.
    #[prop(into)]
    paragraph: String,
) -> impl IntoView {
    let selection = use_selection();
    let placement = use_placement();
    // Validation guarantees the paragraph exists; 0 would only show for unvalidated data.
    let number = use_brief().paragraph_number(&paragraph).unwrap_or(0);
    let target = Target::Paragraph(paragraph);
    let label = view! {
        <span aria-hidden="true">"¶ "</span>
        {number}
    };
    if placement.options.view.shows_article() {
        view! {
            <a
                class="source-link"
                href=target.href()
                data-testid="source-link"
                on:click=move |ev| selection.follow(&ev, target.clone())
            >
                <span class="visually-hidden">"Source: paragraph "</span>
                {label}
            </a>
        }
        .into_any()
    } else {
        view! {
            <a
                class="source-link"
                href=placement.full_brief_href(&target.dom_id())
                target="_blank"
                data-testid="source-link"
            >
                <span class="visually-hidden">"Source: paragraph "</span>
                {label}
                <span class="visually-hidden">" (opens the whole brief in a new tab)"</span>
            </a>
        }
        .into_any()
    }
}
