//! Which paragraph or statement is selected. On its own page the selection lives in the URL
//! hash (`#para-<id>`, `#statement-<id>`), so that a link to it works from any sub-path and
//! inside an iframe, and the back button undoes it; a brief mounted into a host page keeps it
//! to itself and leaves the host's URL alone.

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::placement::Placement;

/// The prefix of a paragraph's element id; the rest is the paragraph's id in the data.
pub const PARAGRAPH_PREFIX: &str = "para-";

/// The prefix of a statement's element id; the rest is the statement's id in the data.
pub const STATEMENT_PREFIX: &str = "statement-";

/// Something a link can select: an article paragraph or a timeline statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// An article paragraph, by id.
    Paragraph(String),
    /// A statement, by id.
    Statement(String),
}

impl Target {
    /// Its element id, e.g. `para-p3` or `statement-anfimov-ready`.
    pub fn dom_id(&self) -> String {
        match self {
            Self::Paragraph(id) => format!("{PARAGRAPH_PREFIX}{id}"),
            Self::Statement(id) => format!("{STATEMENT_PREFIX}{id}"),
        }
    }

    /// The link to it on the brief's own page, e.g. `#para-p3`.
    pub fn href(&self) -> String {
        format!("#{}", self.dom_id())
    }

    /// What an element id or URL hash points at, if it points at a paragraph or statement.
    pub fn from_hash(hash: &str) -> Option<Self> {
        let id = hash.strip_prefix('#').unwrap_or(hash);
        let named = |prefix: &str| id.strip_prefix(prefix).filter(|rest| !rest.is_empty());
        named(PARAGRAPH_PREFIX)
            .map(|p| Self::Paragraph(p.into()))
            .or_else(|| named(STATEMENT_PREFIX).map(|s| Self::Statement(s.into())))
    }
}

/// Whether a click asks to open a link elsewhere (new tab or window) rather than follow it here.
pub fn opens_elsewhere(ev: &MouseEvent) -> bool {
    ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0
}

/// The selected paragraph or statement, shared by every view of one brief through context.
#[derive(Clone, Copy)]
pub struct Selection {
    target: RwSignal<Option<Target>>,
    placement: StoredValue<Placement>,
}

impl Selection {
    /// Nothing selected yet, for the brief placed as `placement`.
    pub fn new(placement: Placement) -> Self {
        Self {
            target: RwSignal::new(None),
            placement: StoredValue::new(placement),
        }
    }

    /// Selects `target`, and with `focus` moves keyboard and screen-reader focus to it (which
    /// scrolls it into view; targets have tabindex=-1 for this).
    pub fn select(&self, target: Target, focus: bool) {
        let id = target.dom_id();
        self.target.set(Some(target));
        if focus {
            if let Some(element) = self.placement.with_value(|p| p.element_by_id(&id)) {
                let _ = element.focus();
            }
        }
    }

    /// Follows a click on a link to `target` in this brief: selects it, and when the brief
    /// does not own the page's URL, keeps the host's URL as it was.
    pub fn follow(&self, ev: &MouseEvent, target: Target) {
        if opens_elsewhere(ev) {
            return;
        }
        if !self.placement.with_value(Placement::owns_url) {
            ev.prevent_default();
        }
        // On its own page the hash change selects too; selecting here also covers a repeated
        // click, which changes no hash.
        self.select(target, true);
    }

    /// Follows the page's current hash: selects what it names, or clears the selection when it
    /// names nothing (so Back to the plain page clears the highlight).
    pub fn follow_hash(&self, focus: bool) {
        let hash = window().location().hash().unwrap_or_default();
        match Target::from_hash(&hash) {
            Some(target) => self.select(target, focus),
            None => self.target.set(None),
        }
    }

    /// Whether paragraph `id` is selected.
    pub fn is_paragraph_selected(&self, id: &str) -> bool {
        self.target
            .with(|t| matches!(t, Some(Target::Paragraph(p)) if p == id))
    }

    /// Whether statement `id` is selected.
    pub fn is_statement_selected(&self, id: &str) -> bool {
        self.target
            .with(|t| matches!(t, Some(Target::Statement(s)) if s == id))
    }
}

/// The selection of the brief this component belongs to.
pub fn use_selection() -> Selection {
    expect_context::<Selection>()
}

/// In a brief mounted into a host page, follows in-brief links (`#editor-notes`, `#note-…`)
/// inside its shadow root instead of changing the host's URL.
pub fn follow_in_brief_link(ev: &MouseEvent, placement: &Placement) {
    if ev.default_prevented() || opens_elsewhere(ev) || placement.owns_url() {
        return;
    }
    let link = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("a[href^='#']").ok().flatten());
    let Some(id) = link
        .and_then(|a| a.get_attribute("href"))
        .map(|href| href[1..].to_string())
    else {
        return;
    };
    if let Some(element) = placement.element_by_id(&id) {
        ev.prevent_default();
        element.scroll_into_view();
        let _ = element.focus();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_link_round_trips_through_the_hash() {
        let target = Target::Paragraph("p3".into());
        assert_eq!(target.href(), "#para-p3");
        assert_eq!(Target::from_hash(&target.href()), Some(target));
    }

    #[test]
    fn a_statement_link_round_trips_through_the_hash() {
        let target = Target::Statement("anfimov-ready".into());
        assert_eq!(target.href(), "#statement-anfimov-ready");
        assert_eq!(Target::from_hash("statement-anfimov-ready"), Some(target));
    }

    #[test]
    fn other_hashes_select_nothing() {
        for hash in [
            "",
            "#",
            "#timeline",
            "#para-",
            "#statement-",
            "#note-1",
            "para",
        ] {
            assert_eq!(Target::from_hash(hash), None, "{hash}");
        }
    }
}
