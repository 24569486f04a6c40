//! The brief's own page, `index.html`: what its pre-rendered HTML, the app and the page's early
//! script agree on, and (natively) how the build writes it.
//!
//! The release page arrives with the whole brief in it, rendered at build time from the same
//! components the browser runs ([`build`]). The early script (`js/early.js`, inlined into the
//! head) applies the remembered theme before the first paint and checks, once, that the data
//! file is still the one the page was made from; the app then takes the page over in place
//! (`host::mount`, in the browser) and acts on that same check. Every name below exists here
//! only: the build writes the notices and the stylesheet rules that use them, and fills them
//! into the page's scripts (`build::script_contract`), so that no rule is written twice.

#[cfg(not(target_arch = "wasm32"))]
pub mod build;

use crate::data::model::Language;
use crate::embed::options::{
    CHILD_ID_KEY, EMBED_KEY, PARENT_ORIGIN_KEY, PARENT_URL_KEY, QUERY_KEYS, STATEMENT_KEY,
};

/// The element the app renders into on its own page; on a pre-rendered page it holds the
/// rendered brief and nothing else, not even white space, which hydration would trip over.
pub const ROOT_ID: &str = "observer-brief-page";

/// Attribute the build writes on the page's root ([`ROOT_ID`]) and nowhere else: the app takes
/// over only an element that has both, so a host page's element that happens to have the id
/// (the brief loaded there by `embed.js`) is never wiped and filled.
pub const ROOT_MARK: &str = "data-brief-root";

/// The selector of the page's own root: its id and [`ROOT_MARK`].
pub fn root_selector() -> String {
    format!("#{ROOT_ID}[{ROOT_MARK}]")
}

/// The `<script type="application/json">` that carries the data the page was rendered from, so
/// that the app takes the page over without fetching it first.
pub const DATA_ID: &str = "brief-data";

// What depends on the data is passed as attributes of `<html>`, not filled into the early
// script: the script, and so its hash in the Content-Security-Policy, stays the same when only
// the data changes.

/// `<html>` attribute: the data file the page shows, relative to the page.
pub const SOURCE_ATTRIBUTE: &str = "data-source";

/// `<html>` attribute: the Subresource Integrity value (`sha256-…`) of the data file the page
/// was rendered from. The early script fetches the file with it, so that the browser itself
/// refuses a file that has changed since.
pub const INTEGRITY_ATTRIBUTE: &str = "data-source-integrity";

/// `<html>` attribute: the app's WebAssembly, relative to the page. The early script asks for it
/// (at once when the brief is rendered afresh, after the first paint otherwise) before it starts
/// the loader, which then finds it already on its way.
pub const WASM_ATTRIBUTE: &str = "data-app-wasm";

/// The notice shown while the WebAssembly loads (on the release page only when the brief is
/// rendered afresh); the app hides it when it starts, Trunk's initializer turns it into a
/// message when the WebAssembly cannot load.
pub const LOADING_ID: &str = "boot-loading";

/// The release page pre-rendered with the reader's words in `words`, for a brief in
/// `brief_language`: `index.html` in the brief's own language, `ru.html`, `az.html`, `en.html`
/// for the others (beside it, so that every relative address stays the same).
pub fn page_file(words: Language, brief_language: Language) -> String {
    if words == brief_language {
        "index.html".to_string()
    } else {
        format!("{}.html", words.tag())
    }
}

/// Attribute of the loading notice: its words, in the page's language, for when the
/// WebAssembly cannot start ("The brief could not start"); Trunk's initializer adds the reason.
pub const FAILED_ATTRIBUTE: &str = "data-failed";

/// Attribute of the loading notice: the Retry button's word in the page's language.
pub const RETRY_ATTRIBUTE: &str = "data-retry";

/// The release page's notice, shown in place of the brief when the data file is not the one
/// the page was rendered from, until the app shows the current one.
pub const STALE_ID: &str = "brief-stale";

/// The global (a property of `window`) where the early script leaves its check of the data
/// file: a promise of `true` when the file is the one the page was rendered from, `false` when
/// it has changed, is missing or cannot be had. The app waits for it instead of asking again.
pub const CHECK_GLOBAL: &str = "observerBriefDataCheck";

/// `<html>` attribute set by the early script when the query asks for something the
/// pre-rendered page does not show ([`renders_afresh`]): the brief is hidden and the loading
/// notice shown until the app is in place.
pub const FRESH_FLAG: &str = "data-fresh";

/// `<html>` attribute set by the early script when the data file is not the one the page was
/// rendered from, or cannot be checked: the pre-rendered brief is hidden and a notice says why,
/// until the app shows the current data or says what is wrong.
pub const STALE_FLAG: &str = "data-stale";

/// `<html>` attribute set by the app once it has acted on the early script's check: the page
/// shows data the check confirmed, or has rendered afresh from the file.
pub const CHECKED_FLAG: &str = "data-source-checked";

/// Attribute of the root element, set once the app is in charge of the page: `hydrated` when
/// it took over the pre-rendered brief, `mounted` when it rendered afresh.
pub const APP_ATTRIBUTE: &str = "data-app";

/// `<html>` attribute set by the early script where WebAssembly is missing or refused (iOS
/// Lockdown Mode, a policy without `'wasm-unsafe-eval'`): the app cannot run, so the
/// pre-rendered brief stays as it is and a note says what does not work.
pub const STATIC_FLAG: &str = "data-static";

/// The note shown under [`STATIC_FLAG`].
pub const STATIC_ID: &str = "brief-static";

/// `<html>` attribute set by the early script when the page was opened from a file (`file:`):
/// nothing can be fetched or run, so the pre-rendered brief stays and a note says so.
pub const LOCAL_FLAG: &str = "data-local";

/// The note shown under [`LOCAL_FLAG`].
pub const LOCAL_ID: &str = "brief-local";

/// `<html>` attribute set by the early script when the app cannot run and the address asks for
/// something the pre-rendered brief does not show ([`prerender_covers`]): the brief is hidden
/// and a note links to the full brief instead.
pub const UNCOVERED_FLAG: &str = "data-uncovered";

/// The note shown under [`UNCOVERED_FLAG`].
pub const UNCOVERED_ID: &str = "brief-uncovered";

/// The query keys the pre-rendered brief answers as it is, whatever their value: an embed
/// (pym.js's or a plain frame's) of the whole brief, or a statement to open on, which it holds.
/// A view, a theme or another data file it does not show.
pub const PRERENDERED_KEYS: [&str; 5] = [
    EMBED_KEY,
    CHILD_ID_KEY,
    PARENT_URL_KEY,
    PARENT_ORIGIN_KEY,
    STATEMENT_KEY,
];

/// Whether the pre-rendered brief shows what an address whose query has `keys` asks for, when
/// the app cannot run to render it afresh: whether every key the brief reads among them is one
/// of [`PRERENDERED_KEYS`]. The early script applies this rule with that list, filled in.
pub fn prerender_covers<'a>(keys: impl IntoIterator<Item = &'a str>) -> bool {
    keys.into_iter()
        .all(|key| !QUERY_KEYS.contains(&key) || PRERENDERED_KEYS.contains(&key))
}

/// Whether an address whose query has `keys` asks for something the pre-rendered page does not
/// show, so that the brief is rendered afresh: whether any of them is a key the brief reads
/// ([`QUERY_KEYS`]). The early script applies this rule with the same list, which the build
/// fills in, so the two cannot disagree.
pub fn renders_afresh<'a>(keys: impl IntoIterator<Item = &'a str>) -> bool {
    keys.into_iter().any(|key| QUERY_KEYS.contains(&key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_app_takes_over_only_the_root_with_the_builds_mark() {
        assert_eq!(root_selector(), "#observer-brief-page[data-brief-root]");
    }

    #[test]
    fn without_the_app_an_embed_of_the_whole_brief_is_shown_and_a_view_or_file_is_not() {
        assert!(prerender_covers([]));
        assert!(prerender_covers([
            "embed",
            "childId",
            "parentUrl",
            "utm_source"
        ]));
        assert!(prerender_covers(["embed", "parentOrigin", "statement"]));
        for key in ["view", "theme", "src"] {
            assert!(!prerender_covers(["embed", key]), "{key}");
        }
    }

    #[test]
    fn any_key_the_brief_reads_renders_afresh_and_no_other() {
        assert!(!renders_afresh([]));
        assert!(!renders_afresh([
            "q",
            "initialWidth",
            "parentTitle",
            "utm_source",
            "View"
        ]));
        for key in QUERY_KEYS {
            assert!(renders_afresh(["utm_source", key]), "{key}");
        }
    }
}
