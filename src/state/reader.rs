//! What the reader has chosen — a selected paragraph, statement or quote, and the timeline's
//! filters — shared by every view of one brief. On its own page this state lives in the URL
//! hash ([`crate::reading::link`]), so links restore it and the back button steps through it;
//! a brief mounted into a host page keeps it to itself and leaves the host's URL alone.
//!
//! Each filter is its own signal, so that choosing a mission re-runs what depends on the
//! mission, not every paragraph's search marks.

use std::sync::Arc;

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::data::model::{Brief, StatementKind};
use crate::reading::filter::Filter;
use crate::reading::link::{Target, UrlState};
use crate::reading::search;
use crate::state::placement::Placement;

/// Whether a click asks to open a link elsewhere (new tab or window) rather than follow it here.
pub fn opens_elsewhere(ev: &MouseEvent) -> bool {
    ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() || ev.button() != 0
}

/// How many statements the timeline lists at a time; more come with "Show more", so that a
/// brief of thousands of statements stays quick to filter.
pub const LISTED_AT_FIRST: usize = 20;

/// How long typing must pause before the page's address takes the search typed: the browser
/// takes a few milliseconds to record an address, which a keystroke cannot spare.
const TYPING_PAUSE: std::time::Duration = std::time::Duration::from_millis(300);

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
    mission: RwSignal<Option<String>>,
    speaker: RwSignal<Option<String>>,
    kind: RwSignal<Option<StatementKind>>,
    query: RwSignal<String>,
    /// How many of the statements that pass the filters the reader asked to list; new filters
    /// start from the first page again.
    listed: RwSignal<usize>,
    /// The statement the timeline lists at least as far as: the one selected last, still
    /// listed once the selection is cleared, until the filters change.
    listed_through: RwSignal<Option<usize>>,
    /// The search words folded once ([`search::fold`]), for every text that marks them.
    folded_query: Memo<String>,
    /// The index of the selected statement (chosen in the timeline or as a quote).
    selected_statement: Memo<Option<usize>>,
    /// The same, for the entries that ask whether they are the one: a change of selection
    /// wakes the two entries it concerns, not every entry listed.
    statement_selection: StoredValue<Selector<Option<usize>>>,
    /// The id of the selected paragraph, likewise for the paragraphs and links that ask.
    paragraph_selection: StoredValue<Selector<Option<String>>>,
    placement: StoredValue<Arc<Placement>>,
    brief: StoredValue<Arc<Brief>>,
    /// While the pre-rendered page is being taken over, part by part, what the reader does
    /// waits here: a part not yet taken over must find the state it was rendered with.
    /// `None` once the brief is in place ([`ReaderState::put_in_place`]).
    held: StoredValue<Option<Vec<HeldAction>>>,
    /// An address that replaces the current one once typing pauses ([`TYPING_PAUSE`]), and
    /// the timer that will write it.
    unwritten: StoredValue<Option<(String, TimeoutHandle)>>,
}

/// Something the reader did while the page was being taken over, done once it is in place.
type HeldAction = Box<dyn FnOnce(&ReaderState) + Send + Sync>;

impl ReaderState {
    /// Nothing selected or filtered yet, for `brief` placed as `placement`.
    pub fn new(brief: Arc<Brief>, placement: Arc<Placement>) -> Self {
        let target = RwSignal::new(None::<Target>);
        let query = RwSignal::new(String::new());
        let brief = StoredValue::new(brief);
        let selected_statement = Memo::new(move |_| {
            target.with(|t| match t {
                Some(Target::Statement(id) | Target::Quote(id)) => {
                    brief.with_value(|b| b.statements.iter().position(|s| s.id == *id))
                }
                _ => None,
            })
        });
        let selected_paragraph = move || {
            target.with(|t| match t {
                Some(Target::Paragraph(id)) => Some(id.clone()),
                _ => None,
            })
        };
        Self {
            target,
            mission: RwSignal::new(None),
            speaker: RwSignal::new(None),
            kind: RwSignal::new(None),
            query,
            listed: RwSignal::new(LISTED_AT_FIRST),
            listed_through: RwSignal::new(None),
            folded_query: Memo::new(move |_| query.with(|q| search::fold(q.trim()))),
            selected_statement,
            statement_selection: StoredValue::new(Selector::new(move || selected_statement.get())),
            paragraph_selection: StoredValue::new(Selector::new(selected_paragraph)),
            placement: StoredValue::new(placement),
            brief,
            // Taking over the page (rather than rendering afresh, or at build time).
            held: StoredValue::new(
                Owner::current_shared_context()
                    .is_some_and(|context| context.during_hydration())
                    .then(Vec::new),
            ),
            unwritten: StoredValue::new(None),
        }
    }

    /// Records `hash` as the page's address: a new step of history at once, a change of the
    /// current step once typing pauses, so that a run of keystrokes writes one address.
    fn write_url(&self, hash: String, history: History) {
        match history {
            History::Push => {
                self.settle_url();
                write_history(&hash, History::Push);
            }
            History::Replace => {
                // This address takes the place of the one waiting.
                self.forget_unwritten_url();
                let unwritten = self.unwritten;
                let write = {
                    let hash = hash.clone();
                    move || {
                        // A brief removed meanwhile has let its state go: nothing to clear.
                        unwritten.try_update_value(|unwritten| *unwritten = None);
                        write_history(&hash, History::Replace);
                    }
                };
                match set_timeout_with_handle(write, TYPING_PAUSE) {
                    Ok(timer) => self.unwritten.set_value(Some((hash, timer))),
                    Err(_) => write_history(&hash, History::Replace),
                }
            }
        }
    }

    /// Writes at once the address that waits for typing to pause: what was typed belongs to
    /// the current step of history, before any new one.
    fn settle_url(&self) {
        if let Some(hash) = self.forget_unwritten_url() {
            write_history(&hash, History::Replace);
        }
    }

    /// Drops the address waiting for typing to pause, if any, and says what it was.
    fn forget_unwritten_url(&self) -> Option<String> {
        let (hash, timer) = self.unwritten.try_update_value(Option::take).flatten()?;
        timer.clear();
        Some(hash)
    }

    /// Whether the pre-rendered page is still being taken over, part by part.
    pub fn taking_over(&self) -> bool {
        self.held.with_value(Option::is_some)
    }

    /// Does `action` now, or once the brief is in place if the page is still being taken over.
    fn act(&self, action: impl FnOnce(&ReaderState) + Send + Sync + 'static) {
        if self.taking_over() {
            self.held
                .update_value(|held| held.get_or_insert_default().push(Box::new(action)));
        } else {
            action(self);
        }
    }

    /// Ends the take-over, once every part of the brief is in place: runs `open` (the state the
    /// link asks for), then what the reader did meanwhile, in order.
    pub fn put_in_place(&self, open: impl FnOnce()) {
        let held = self
            .held
            .try_update_value(Option::take)
            .flatten()
            .unwrap_or_default();
        open();
        for action in held {
            action(self);
        }
    }

    /// The current selection (tracked).
    pub fn target(&self) -> Option<Target> {
        self.target.get()
    }

    /// All the filters (tracked: every part).
    pub fn filter(&self) -> Filter {
        Filter {
            mission: self.mission.get(),
            speaker: self.speaker.get(),
            kind: self.kind.get(),
            query: self.query.get(),
        }
    }

    /// All the filters, without tracking (for event handlers).
    pub fn filter_untracked(&self) -> Filter {
        untrack(|| self.filter())
    }

    /// What the filter fields show (tracked): the filters, except while the page is being taken
    /// over, when the fields keep what the reader typed or chose before the app arrived (the
    /// state takes it once every part is in place, see [`ReaderState::put_in_place`]).
    pub fn fields(&self) -> Filter {
        let filter = self.filter();
        if self.taking_over() {
            self.placement.with_value(|p| p.typed.get_value())
        } else {
            filter
        }
    }

    /// The search words as typed (tracked).
    pub fn query(&self) -> String {
        self.query.get()
    }

    /// The search words, trimmed and folded for comparison (tracked; computed once per change).
    pub fn folded_query(&self) -> Memo<String> {
        self.folded_query
    }

    fn owns_url(&self) -> bool {
        self.placement.with_value(|p| p.owns_url())
    }

    /// Selects `target`, and with `focus` moves keyboard and screen-reader focus to it (which
    /// scrolls it into view; targets have tabindex=-1 for this).
    pub fn select(&self, target: Option<Target>, focus: bool) {
        self.act(move |state| {
            let focus_id = target
                .as_ref()
                .filter(|_| focus)
                .and_then(|t| state.brief.with_value(|b| t.focus_id(b)));
            state.target.set(target);
            if let Some(statement) = state.selected_statement.get_untracked() {
                state.listed_through.set(Some(statement));
            }
            let Some(id) = focus_id else {
                return;
            };
            let placement = state.placement.get_value();
            match placement.element_by_id(&id) {
                Some(element) => {
                    let _ = element.focus();
                }
                // Not drawn yet: a timeline entry beyond the first of a listing still being
                // drawn, which the selection brings in before the next frame.
                None => request_animation_frame(move || {
                    if let Some(element) = placement.element_by_id(&id) {
                        let _ = element.focus();
                    }
                }),
            }
        })
    }

    /// The link to `target` that keeps the current filters (tracked, so links follow them).
    pub fn href(&self, target: &Target) -> String {
        UrlState {
            target: Some(target.clone()),
            filter: self.filter(),
        }
        .format()
    }

    /// An address that opens the whole brief on `target`, for sharing (reads the page's
    /// address: call it from event handlers and effects, not while rendering).
    pub fn share_url(&self, target: &Target) -> String {
        self.placement.with_value(|p| {
            if p.base.is_empty() {
                let href = window().location().href().unwrap_or_default();
                let page = href.split('#').next().unwrap_or_default();
                format!("{page}{}", target.href())
            } else {
                p.full_brief_href(&target.dom_id())
            }
        })
    }

    /// Follows a click on a link to `target` in this brief: selects it and moves focus there.
    /// On its own page the browser also records the link in the history; a mounted brief keeps
    /// the host's URL as it was.
    pub fn follow(&self, ev: &MouseEvent, target: Target) {
        if opens_elsewhere(ev) {
            return;
        }
        if self.owns_url() {
            // The browser is about to add a step for the link.
            self.settle_url();
        } else {
            ev.prevent_default();
        }
        // Selecting here also covers a repeated click, which changes no hash.
        self.select(Some(target), true);
    }

    /// Goes to `target` as a link would, from the keyboard.
    pub fn go(&self, target: Target) {
        self.act(move |state| {
            if state.owns_url() {
                state.write_url(untrack(|| state.href(&target)), History::Push);
            }
            state.select(Some(target), true);
        })
    }

    /// Takes the state from the page's hash (on opening, and on Back and Forward). Focus moves
    /// to a newly selected target only with `focus`.
    pub fn follow_url(&self, focus: bool) {
        self.act(move |state| {
            // The address changed under it (Back, Forward, a link): what was typed there is
            // left to the step it was typed in.
            state.forget_unwritten_url();
            let hash = window().location().hash().unwrap_or_default();
            let url = UrlState::parse(&hash);
            state.apply_filter(url.filter);
            if state.target.get_untracked() != url.target {
                state.select(url.target, focus);
            }
        })
    }

    /// Sets each filter signal that changes, and only those; a change lists the timeline
    /// from its first page again.
    fn apply_filter(&self, filter: Filter) {
        let Filter {
            mission,
            speaker,
            kind,
            query,
        } = filter;
        let changed = set_if_changed(self.mission, mission)
            | set_if_changed(self.speaker, speaker)
            | set_if_changed(self.kind, kind)
            | set_if_changed(self.query, query);
        if changed {
            self.listed.set(LISTED_AT_FIRST);
            self.listed_through
                .set(self.selected_statement.get_untracked());
        }
    }

    /// How many of the statements that pass the filters the reader asked to list (tracked):
    /// the timeline lists more when a statement further down is selected.
    pub fn listed(&self) -> usize {
        self.listed.get()
    }

    /// The statement the timeline lists at least as far as, if the filters leave it: the one
    /// selected last under the current filters (tracked).
    pub fn listed_through(&self) -> Option<usize> {
        self.listed_through.get()
    }

    /// Lists `LISTED_AT_FIRST` more statements than the `listed` now listed ("Show more").
    pub fn list_more(&self, listed: usize) {
        self.act(move |state| state.listed.set(listed + LISTED_AT_FIRST));
    }

    /// Changes the filters, recording them in the page's history when the brief owns the URL.
    pub fn set_filter(&self, filter: Filter, history: History) {
        self.act(move |state| {
            if state.filter_untracked() == filter {
                return;
            }
            if state.owns_url() {
                let url = UrlState {
                    target: state.target.get_untracked(),
                    filter: filter.clone(),
                };
                state.write_url(url.format(), history);
            }
            state.apply_filter(filter);
        })
    }

    /// Clears the selection (Escape), keeping the filters.
    pub fn clear_selection(&self) {
        self.act(|state| {
            if state.target.get_untracked().is_none() {
                return;
            }
            if state.owns_url() {
                let url = UrlState {
                    target: None,
                    filter: state.filter_untracked(),
                };
                state.write_url(url.format(), History::Push);
            }
            state.target.set(None);
        })
    }

    /// The index of the selected statement, whether chosen in the timeline or as a quote
    /// (tracked).
    pub fn selected_statement(&self) -> Option<usize> {
        self.selected_statement.get()
    }

    /// Whether paragraph `id` is selected (tracked).
    pub fn is_paragraph_selected(&self, id: &str) -> bool {
        self.paragraph_selection
            .with_value(|selection| selection.selected(&Some(id.to_string())))
    }

    /// Whether the statement at `index` is selected, in the timeline or as a quote (tracked).
    pub fn is_statement_selected(&self, index: usize) -> bool {
        self.statement_selection
            .with_value(|selection| selection.selected(&Some(index)))
    }

    /// The words of the selected statement when they stand in `paragraph` (tracked).
    pub fn quote_in(&self, paragraph: &str) -> Option<String> {
        let index = self.selected_statement()?;
        self.brief.with_value(|b| {
            let s = &b.statements[index];
            (s.paragraph == paragraph).then(|| s.text.clone())
        })
    }
}

/// Sets `signal` to `value` unless it holds that already, so that nothing re-runs for nothing;
/// says whether it changed.
fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) -> bool {
    let changed = signal.with_untracked(|current| *current != value);
    if changed {
        signal.set(value);
    }
    changed
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
        .and_then(|href| href.strip_prefix('#').map(str::to_string))
    else {
        return;
    };
    if let Some(element) = placement.element_by_id(&id) {
        ev.prevent_default();
        element.scroll_into_view();
        let _ = element.focus();
    }
}
