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

use crate::embed::options::QUERY_KEYS;

/// The element the app renders into on its own page; on a pre-rendered page it holds the
/// rendered brief and nothing else, not even white space, which hydration would trip over.
pub const ROOT_ID: &str = "observer-brief-page";

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

/// The notice shown while the WebAssembly loads (on the release page only when the brief is
/// rendered afresh); the app hides it when it starts, Trunk's initializer turns it into a
/// message when the WebAssembly cannot load.
pub const LOADING_ID: &str = "boot-loading";

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
