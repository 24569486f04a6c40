//! What the reader has chosen — a selected paragraph, statement or quote, and the timeline's
//! filters — shared by every view of one brief. On its own page this state lives in the URL
//! hash ([`crate::url_state`]), so links restore it and the back button steps through it; a
//! brief mounted into a host page keeps it to itself and leaves the host's URL alone.

use std::sync::Arc;

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::filter::Filter;
use crate::model::{Brief, Statement};
use crate::placement::Placement;
use crate::url_state::UrlState;

/// The prefix of a paragraph's element id; the rest is the paragraph's id in the data.
pub const PARAGRAPH_PREFIX: &str = "para-";

/// The prefix of a statement's element id; the rest is the statement's id in the data.
pub const STATEMENT_PREFIX: &str = "statement-";

/// The prefix of a quote link: a statement's words shown in their paragraph.
pub const QUOTE_PREFIX: &str = "quote-";

/// Something a reader can select.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// An article paragraph, by id: it, and the statements and card facts from it, light up.
    Paragraph(String),
    /// A statement in the timeline, by id; its words light up in the article too.
    Statement(String),
    /// A statement's words inside their article paragraph, by the statement's id.
    Quote(String),
}

impl Target {
    /// Its id in links, e.g. `para-p3`, `statement-anfimov-principles`, `quote-…`. For a
    /// paragraph or statement this is also its element id.
    pub fn dom_id(&self) -> String {
        match self {
            Self::Paragraph(id) => format!("{PARAGRAPH_PREFIX}{id}"),
            Self::Statement(id) => format!("{STATEMENT_PREFIX}{id}"),
            Self::Quote(id) => format!("{QUOTE_PREFIX}{id}"),
        }
    }

    /// The link to it on the brief's own page, e.g. `#para-p3`.
    pub fn href(&self) -> String {
        format!("#{}", self.dom_id())
    }

    /// What a link id or URL hash points at, if anything.
    pub fn from_hash(hash: &str) -> Option<Self> {
        let id = hash.strip_prefix('#').unwrap_or(hash);
        let named = |prefix: &str| id.strip_prefix(prefix).filter(|rest| !rest.is_empty());
        named(PARAGRAPH_PREFIX)
            .map(|p| Self::Paragraph(p.into()))
            .or_else(|| named(STATEMENT_PREFIX).map(|s| Self::Statement(s.into())))
            .or_else(|| named(QUOTE_PREFIX).map(|s| Self::Quote(s.into())))
    }

    /// The element that takes focus when it is selected: the paragraph for a quote.
    pub fn focus_id(&self, brief: &Brief) -> Option<String> {
        match self {
            Self::Quote(id) => brief
                .statements
                .iter()
                .find(|s| s.id == *id)
                .map(|s| format!("{PARAGRAPH_PREFIX}{}", s.paragraph)),
            other => Some(other.dom_id()),
        }
    }
}

/// Whether a click asks to open a link elsewhere (new tab or window) rather than follow it here.
pub fn opens_elsewhere(ev: &MouseEvent) -> bool {
    ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0
}

/// How a change of state enters the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum History {
    /// A new entry: Back returns to the state before.
    Push,
    /// The current entry changes (while typing a search, for instance).
    Replace,
}

/// The reader's selection and filters for one brief, shared through context.
#[derive(Clone, Copy)]
pub struct ReaderState {
    target: RwSignal<Option<Target>>,
    filter: RwSignal<Filter>,
    placement: StoredValue<Placement>,
    brief: StoredValue<Arc<Brief>>,
}

impl ReaderState {
    /// Nothing selected or filtered yet, for `brief` placed as `placement`.
    pub fn new(brief: Arc<Brief>, placement: Placement) -> Self {
        Self {
            target: RwSignal::new(None),
            filter: RwSignal::new(Filter::default()),
            placement: StoredValue::new(placement),
            brief: StoredValue::new(brief),
        }
    }

    /// The current selection (tracked).
    pub fn target(&self) -> Option<Target> {
        self.target.get()
    }

    /// The current filters, without tracking (for event handlers).
    pub fn filter_untracked(&self) -> Filter {
        self.filter.get_untracked()
    }

    /// The filters, read through `f` (tracked).
    pub fn with_filter<T>(&self, f: impl FnOnce(&Filter) -> T) -> T {
        self.filter.with(f)
    }

    fn owns_url(&self) -> bool {
        self.placement.with_value(Placement::owns_url)
    }

    /// Selects `target`, and with `focus` moves keyboard and screen-reader focus to it (which
    /// scrolls it into view; targets have tabindex=-1 for this).
    pub fn select(&self, target: Option<Target>, focus: bool) {
        if focus {
            let id = target
                .as_ref()
                .and_then(|t| self.brief.with_value(|b| t.focus_id(b)));
            self.target.set(target);
            if let Some(element) =
                id.and_then(|id| self.placement.with_value(|p| p.element_by_id(&id)))
            {
                let _ = element.focus();
            }
        } else {
            self.target.set(target);
        }
    }

    /// The link to `target` that keeps the current filters (tracked, so links follow them).
    pub fn href(&self, target: &Target) -> String {
        UrlState {
            target: Some(target.clone()),
            filter: self.filter.get(),
        }
        .format()
    }

    /// An address that opens the whole brief on `target`, for sharing.
    pub fn share_url(&self, target: &Target) -> String {
        let base = self.placement.with_value(|p| p.base.clone());
        let base = if base.is_empty() {
            let href = window().location().href().unwrap_or_default();
            href.split('#').next().unwrap_or_default().to_string()
        } else {
            base
        };
        format!("{base}{}", target.href())
    }

    /// Follows a click on a link to `target` in this brief: selects it and moves focus there.
    /// On its own page the browser also records the link in the history; a mounted brief keeps
    /// the host's URL as it was.
    pub fn follow(&self, ev: &MouseEvent, target: Target) {
        if opens_elsewhere(ev) {
            return;
        }
        if !self.owns_url() {
            ev.prevent_default();
        }
        // Selecting here also covers a repeated click, which changes no hash.
        self.select(Some(target), true);
    }

    /// Goes to `target` as a link would, from the keyboard.
    pub fn go(&self, target: Target) {
        if self.owns_url() {
            let hash = self.href(&target);
            write_history(&hash, History::Push);
        }
        self.select(Some(target), true);
    }

    /// Takes the state from the page's hash (on opening, and on Back and Forward). Focus moves
    /// to a newly selected target only with `focus`.
    pub fn follow_url(&self, focus: bool) {
        let hash = window().location().hash().unwrap_or_default();
        let state = UrlState::parse(&hash);
        if self.filter.get_untracked() != state.filter {
            self.filter.set(state.filter);
        }
        if self.target.get_untracked() != state.target {
            self.select(state.target, focus);
        }
    }

    /// Changes the filters, recording them in the page's history when the brief owns the URL.
    pub fn set_filter(&self, filter: Filter, history: History) {
        if self.filter.get_untracked() == filter {
            return;
        }
        if self.owns_url() {
            let state = UrlState {
                target: self.target.get_untracked(),
                filter: filter.clone(),
            };
            write_history(&state.format(), history);
        }
        self.filter.set(filter);
    }

    /// Clears the selection (Escape), keeping the filters.
    pub fn clear_selection(&self) {
        if self.target.get_untracked().is_none() {
            return;
        }
        if self.owns_url() {
            let state = UrlState {
                target: None,
                filter: self.filter.get_untracked(),
            };
            write_history(&state.format(), History::Push);
        }
        self.target.set(None);
    }

    /// The selected statement, whether chosen in the timeline or as a quote (tracked).
    pub fn selected_statement(&self) -> Option<String> {
        self.target.with(|t| match t {
            Some(Target::Statement(id) | Target::Quote(id)) => Some(id.clone()),
            _ => None,
        })
    }

    /// Whether paragraph `id` is selected (tracked).
    pub fn is_paragraph_selected(&self, id: &str) -> bool {
        self.target
            .with(|t| matches!(t, Some(Target::Paragraph(p)) if p == id))
    }

    /// Whether `statement` is selected, in the timeline or as a quote (tracked).
    pub fn is_statement_selected(&self, statement: &Statement) -> bool {
        self.selected_statement().as_deref() == Some(statement.id.as_str())
    }

    /// The words of the selected statement when they stand in `paragraph` (tracked).
    pub fn quote_in(&self, paragraph: &str) -> Option<String> {
        let id = self.selected_statement()?;
        self.brief.with_value(|b| {
            b.statements
                .iter()
                .find(|s| s.id == id && s.paragraph == paragraph)
                .map(|s| s.text.clone())
        })
    }
}

/// Records `hash` as the page's address without reloading or scrolling; an empty state drops
/// the hash altogether.
fn write_history(hash: &str, history: History) {
    let location = window().location();
    let url = if hash == "#" {
        format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        )
    } else {
        hash.to_string()
    };
    if let Ok(h) = window().history() {
        let _ = match history {
            History::Push => h.push_state_with_url(&JsValue::NULL, "", Some(&url)),
            History::Replace => h.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
        };
    }
}

/// The reader state of the brief this component belongs to.
pub fn use_reader_state() -> ReaderState {
    expect_context::<ReaderState>()
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
    fn statement_and_quote_links_round_trip_through_the_hash() {
        for target in [
            Target::Statement("anfimov-principles".into()),
            Target::Quote("anfimov-principles".into()),
        ] {
            assert_eq!(Target::from_hash(&target.href()), Some(target));
        }
        assert_eq!(
            Target::Quote("x".into()).href(),
            "#quote-x",
            "a quote has its own link"
        );
    }

    #[test]
    fn other_hashes_select_nothing() {
        for hash in [
            "",
            "#",
            "#timeline",
            "#para-",
            "#statement-",
            "#quote-",
            "#note-1",
            "para",
        ] {
            assert_eq!(Target::from_hash(hash), None, "{hash}");
        }
    }
}
