use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::reading::keys::{entry_after_key, walks_the_list};
use crate::reading::link::Target;
use crate::state::{use_brief, use_placement, use_reader_state};

use super::listing::Listing;

/// The timeline's roving tab stop: Tab enters the timeline at one entry (the last one focused,
/// while it is listed, else the first listed), and the arrow keys, Home and End move between
/// entries. The entry with focus is kept here, so that a key press needs no look into the page.
#[derive(Clone, Copy)]
pub struct RovingFocus {
    focused: RwSignal<Option<usize>>,
    /// A move of the tab stop wakes the two entries it concerns, not every entry listed.
    tab_stop: StoredValue<Selector<Option<usize>>>,
    listing: Listing,
}

impl RovingFocus {
    /// A tab stop over the entries `listing` lists.
    pub fn new(listing: Listing) -> Self {
        let focused = RwSignal::new(None::<usize>);
        let tab_stop = Memo::new(move |_| match focused.get() {
            Some(at) if listing.is_listed(at) => Some(at),
            _ => listing.listed.with(|l| l.first().copied()),
        });
        Self {
            focused,
            tab_stop: StoredValue::new(Selector::new(move || tab_stop.get())),
            listing,
        }
    }

    /// Whether Tab stops at entry `index` (tracked: changes only when it starts or stops being
    /// the one).
    pub fn is_tab_stop(&self, index: usize) -> bool {
        self.tab_stop.with_value(|stop| stop.selected(&Some(index)))
    }

    /// Entry `index` took focus.
    pub fn entered(&self, index: usize) {
        self.focused.set(Some(index));
    }

    /// Keeps focus from being lost to the page: when filtering removes the entry that had
    /// focus (Back, a filter changed from the keyboard elsewhere), `fallback` takes it.
    pub fn keep_focus_in(&self, fallback: NodeRef<leptos::html::P>) {
        let (focused, listing) = (self.focused, self.listing);
        Effect::new(move |_| {
            // Runs on every change of what is listed, whatever has focus.
            listing.track();
            let gone = focused
                .get_untracked()
                .is_some_and(|at| !untrack(|| listing.is_listed(at)));
            let lost = document()
                .active_element()
                .is_none_or(|e| e.tag_name() == "BODY");
            if gone && lost {
                if let Some(line) = fallback.get_untracked() {
                    let _ = line.focus();
                }
            }
        });
    }

    /// The timeline's key handler: the walking keys move focus between entries, Enter opens
    /// the entry's words in the article. Keys pressed on the links and buttons inside an entry
    /// are left to them.
    pub fn on_keydown(&self) -> impl Fn(leptos::ev::KeyboardEvent) + 'static {
        let brief = use_brief();
        let state = use_reader_state();
        let placement = use_placement();
        let (focused, listed) = (self.focused, self.listing.listed);
        move |ev| {
            let on_entry = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
                .is_some_and(|e| e.class_list().contains("statement"));
            let Some(index) = focused.get_untracked().filter(|_| on_entry) else {
                return;
            };
            let key = ev.key();
            if key == "Enter" {
                ev.prevent_default();
                state.go(Target::Quote(brief.statements[index].id.clone()));
            } else if walks_the_list(&key) {
                ev.prevent_default();
                let next = listed.with_untracked(|l| entry_after_key(l, index, &key));
                if let Some(next) = next {
                    focused.set(Some(next));
                    let id = Target::Statement(brief.statements[next].id.clone()).dom_id();
                    if let Some(entry) = placement.element_by_id(&id) {
                        let _ = entry.focus();
                    }
                }
            }
        }
    }
}
