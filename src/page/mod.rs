//! The brief's own page, `index.html`: what its pre-rendered HTML, the app and the page's early
//! script agree on, and (natively) how the release build writes it.
//!
//! The release page arrives with the whole brief in it, rendered at build time from the same
//! components the browser runs ([`build`]). The early script (`js/early.js`, inlined into the
//! head) applies the remembered theme before the first paint and checks that the data file is
//! still the one the page was made from; the app then takes the page over in place
//! (`host::mount`, in the browser). Everything the early script needs, the build writes as attributes
//! of `<html>`, so that no rule is written twice.

#[cfg(not(target_arch = "wasm32"))]
pub mod build;

/// The element the app renders into on its own page; on a pre-rendered page it holds the
/// rendered brief and nothing else, not even white space, which hydration would trip over.
pub const ROOT_ID: &str = "observer-brief-page";

/// The `<script type="application/json">` that carries the data the page was rendered from, so
/// that the app takes the page over without fetching it first.
pub const DATA_ID: &str = "brief-data";

/// `<html>` attribute: the data file the page shows, relative to the page.
pub const SOURCE_ATTRIBUTE: &str = "data-source";

/// `<html>` attribute: the Subresource Integrity value (`sha256-…`) of the data file the page
/// was rendered from. The early script and the app both fetch the file with it, so that the
/// browser itself refuses a file that has changed since.
pub const INTEGRITY_ATTRIBUTE: &str = "data-source-integrity";

/// `<html>` attribute: where the reader's choice of dark or light is remembered.
pub const THEME_KEY_ATTRIBUTE: &str = "data-theme-storage-key";

/// `<html>` attribute: the query keys that ask for something the pre-rendered page does not
/// show (one part, another theme, other data, an embed); with any of them the page starts the
/// app on an empty root instead.
pub const FRESH_KEYS_ATTRIBUTE: &str = "data-fresh-keys";

/// `<html>` attribute set by the early script when the query has one of those keys: the
/// pre-rendered brief is hidden and the loading notice shown until the app is in place.
pub const FRESH_FLAG: &str = "data-fresh";

/// `<html>` attribute set by the early script (or the app) when the data file is not the one
/// the page was rendered from, or cannot be checked: the pre-rendered brief is hidden and a
/// notice says why, until the app shows the current data or says what is wrong.
pub const STALE_FLAG: &str = "data-stale";

/// `<html>` attribute set by the app once it has confirmed the data file itself, so that a
/// late answer to the early script's check cannot hide the brief again.
pub const CHECKED_FLAG: &str = "data-source-checked";

/// Attribute of the root element, set once the app is in charge of the page: `hydrated` when
/// it took over the pre-rendered brief, `mounted` when it rendered afresh.
pub const APP_ATTRIBUTE: &str = "data-app";
