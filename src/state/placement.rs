//! Where one brief is placed — its own page (standalone or inside an iframe), or a host page's
//! element — and what that means for links and element look-ups.

use std::sync::Arc;

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;

use crate::data::model::Language;
use crate::embed::options::Options;
use crate::reading::filter::Filter;

/// The document a brief's elements live in.
#[derive(Clone, Debug, Default)]
pub enum Host {
    /// The brief owns the page: its links may use the page's URL hash.
    #[default]
    Page,
    /// The brief is mounted into a host page's element, inside a shadow root that keeps the two
    /// pages' styles apart; it leaves the host's URL alone.
    Shadow(SendWrapper<web_sys::ShadowRoot>),
}

/// One brief's placement, shared by its views through context.
#[derive(Clone, Debug, Default)]
pub struct Placement {
    /// What the link or mount element asked for.
    pub options: Options,
    /// The document its elements live in.
    pub host: Host,
    /// The absolute URL of the brief's folder, ending in `/` (empty in tests: links then stay
    /// relative to the page).
    pub base: String,
    /// The language the page it is placed on declares (`<html lang>`), when it is one of ours:
    /// the words shown before the brief's own language is known (loading, a failed fetch)
    /// follow it.
    pub page_language: Option<Language>,
    /// What the reader has typed or chosen in the pre-rendered page's filters before the app
    /// took them over: the host reads it from the page just before the take-over and again on
    /// every input until it ends. Each field shows it when its part is taken over, and the
    /// brief's state adopts it once every part is in place.
    pub typed: ArcStoredValue<Filter>,
}

impl Placement {
    /// The element with `id` in this brief's document.
    pub fn element_by_id(&self, id: &str) -> Option<web_sys::HtmlElement> {
        let element = match &self.host {
            Host::Page => document().get_element_by_id(id),
            Host::Shadow(root) => root.get_element_by_id(id),
        };
        element.and_then(|e| e.dyn_into().ok())
    }

    /// Whether the brief owns the page's URL (and so follows and sets its hash).
    pub fn owns_url(&self) -> bool {
        matches!(self.host, Host::Page)
    }

    /// A link to `fragment` in the whole brief with the same data, for views that do not show
    /// it themselves and for sharing.
    pub fn full_brief_href(&self, fragment: &str) -> String {
        format!("{}{}#{fragment}", self.base, self.options.data_query())
    }
}

/// Where this brief is placed and what its link or mount element asked for (a brief rendered
/// on its own, in tests, is on its own page with default options).
pub fn use_placement() -> Arc<Placement> {
    use_context::<Arc<Placement>>().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_to_the_whole_brief_reopen_the_same_data() {
        let mut placement = Placement {
            base: "https://brief.example/widgets/brief/".into(),
            ..Placement::default()
        };
        assert_eq!(
            placement.full_brief_href("para-p3"),
            "https://brief.example/widgets/brief/#para-p3"
        );
        placement.options.src = Some("data/other brief.json".into());
        assert_eq!(
            placement.full_brief_href("quote-a"),
            "https://brief.example/widgets/brief/?src=data%2Fother%20brief.json#quote-a"
        );
        placement.options.lang = Some(crate::data::model::Language::Az);
        assert_eq!(
            placement.full_brief_href("para-p2"),
            "https://brief.example/widgets/brief/?src=data%2Fother%20brief.json&lang=az#para-p2",
            "and in the language the reader reads it in"
        );
        placement.options.src = None;
        assert_eq!(
            placement.full_brief_href("para-p2"),
            "https://brief.example/widgets/brief/?lang=az#para-p2"
        );
    }
}
