use leptos::prelude::*;

use crate::reading::search::{marks, pieces};

/// Text with the selected statement's words and the reader's search matches marked (from
/// the second letter of a search, see [`marks`]).
#[component]
pub fn MarkedText(
    /// The words, rendered as text.
    text: String,
    /// The selected statement's words, when they stand in this text (tracked).
    #[prop(into)]
    quote: Signal<Option<String>>,
    /// The reader's search words, trimmed and folded once for the whole brief (tracked).
    #[prop(into)]
    query: Signal<String>,
) -> impl IntoView {
    move || {
        let quote = quote.get();
        let found = query.with(|q| marks(&text, q));
        let quote_range = quote
            .as_deref()
            .and_then(|q| text.find(q).map(|start| start..start + q.len()));
        if quote_range.is_none() && found.is_empty() {
            return text.clone().into_any();
        }
        pieces(&text, quote_range, &found)
            .into_iter()
            .map(|piece| {
                let words = piece.text.to_string();
                match (piece.quote, piece.found) {
                    (false, false) => words.into_any(),
                    (true, false) => view! { <mark class="quote-mark">{words}</mark> }.into_any(),
                    (false, true) => view! { <mark class="search-mark">{words}</mark> }.into_any(),
                    (true, true) => view! {
                        <mark class="quote-mark"><mark class="search-mark">{words}</mark></mark>
                    }
                    .into_any(),
                }
            })
            .collect_view()
            .into_any()
    }
}
