//! Which article paragraph is selected, kept in the URL hash (`#para-<id>`) so that a link to a
//! paragraph works from any sub-path and inside an iframe, and the back button undoes it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The prefix of a paragraph's element id; the rest is the paragraph's id in the data.
pub const PARAGRAPH_PREFIX: &str = "para-";

/// The element id of a paragraph, e.g. `para-p3`.
pub fn paragraph_dom_id(paragraph: &str) -> String {
    format!("{PARAGRAPH_PREFIX}{paragraph}")
}

/// The link that leads to a paragraph, e.g. `#para-p3`.
pub fn paragraph_href(paragraph: &str) -> String {
    format!("#{}", paragraph_dom_id(paragraph))
}

/// The paragraph id a URL hash points at, if it points at a paragraph at all.
pub fn paragraph_from_hash(hash: &str) -> Option<&str> {
    hash.strip_prefix('#')
        .unwrap_or(hash)
        .strip_prefix(PARAGRAPH_PREFIX)
        .filter(|id| !id.is_empty())
}

/// The selected paragraph, shared by every view through context.
#[derive(Clone, Copy)]
pub struct Selection(pub RwSignal<Option<String>>);

impl Selection {
    /// Selects a paragraph and moves keyboard and screen-reader focus to it.
    pub fn select(&self, paragraph: &str) {
        self.0.set(Some(paragraph.to_string()));
        let element = document()
            .get_element_by_id(&paragraph_dom_id(paragraph))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            // Focus scrolls it into view too; the paragraph has tabindex=-1 for this.
            let _ = element.focus();
        }
    }

    /// Follows the page's current hash: selects the paragraph it names, or clears the
    /// selection when it names none (so Back to the plain page clears the highlight).
    pub fn follow_hash(&self) {
        let hash = window().location().hash().unwrap_or_default();
        match paragraph_from_hash(&hash) {
            Some(id) => self.select(id),
            None => self.0.set(None),
        }
    }

    /// Whether `paragraph` is the selected one.
    pub fn is_selected(&self, paragraph: &str) -> bool {
        self.0.with(|s| s.as_deref() == Some(paragraph))
    }
}

/// The selection of the brief this component belongs to.
pub fn use_selection() -> Selection {
    expect_context::<Selection>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_link_round_trips_through_the_hash() {
        assert_eq!(paragraph_href("p3"), "#para-p3");
        assert_eq!(paragraph_from_hash(&paragraph_href("p3")), Some("p3"));
    }

    #[test]
    fn other_hashes_select_nothing() {
        for hash in ["", "#", "#timeline", "#para-", "#statement-x", "para"] {
            assert_eq!(paragraph_from_hash(hash), None, "{hash}");
        }
    }
}
