use leptos::prelude::*;

use crate::components::use_brief;
use crate::selection::{paragraph_href, use_selection};

/// A link from a claim to the article paragraph it comes from; following it highlights the
/// paragraph and moves focus there.
#[component]
pub fn SourceLink(
    /// The paragraph id.
    #[prop(into)]
    paragraph: String,
) -> impl IntoView {
    let selection = use_selection();
    // Validation guarantees the paragraph exists; 0 would only show for unvalidated data.
    let number = use_brief().paragraph_number(&paragraph).unwrap_or(0);
    let href = paragraph_href(&paragraph);
    view! {
        <a
            class="source-link"
            href=href
            data-testid="source-link"
            // Following the hash scrolls natively; selecting here also covers a repeated click,
            // which changes no hash. A link opened in another tab or window leaves this one be.
            on:click=move |ev| {
                if !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0) {
                    selection.select(&paragraph);
                }
            }
        >
            <span class="visually-hidden">"Source: paragraph "</span>
            <span aria-hidden="true">"¶ "</span>
            {number}
        </a>
    }
}
