//! The brief's own page, written at build time (natively, by the `post-build` hook). In a
//! release build: the brief rendered to HTML by the same components the browser runs, its
//! share metadata (title, description, Open Graph, JSON-LD) rendered from the same data, the
//! data it was rendered from, the hashes that let the page check its data file, and the inline
//! script and style the first paint needs, with the Content-Security-Policy that allows exactly
//! those. In every build: the page's notices and the names its scripts use, from
//! [`crate::page`].
//!
//! Plain string work on Trunk's output, so that it is tested natively like everything else.

use std::sync::Arc;

use base64::Engine;
use html_escape::{encode_double_quoted_attribute as attribute, encode_text};
use leptos::prelude::*;
use sha2::{Digest, Sha256, Sha384};

use crate::data::date::IsoDate;
use crate::data::model::{Brief, EventKind, Language};
use crate::data::parse::STALL_SECONDS;
use crate::embed::options::QUERY_KEYS;
use crate::embed::origin::parse_allowlist;
use crate::page::{
    CHECK_GLOBAL, DATA_ID, FAILED_ATTRIBUTE, FRESH_FLAG, INTEGRITY_ATTRIBUTE, LOADING_ID,
    LOCAL_FLAG, LOCAL_ID, PRERENDERED_KEYS, RETRY_ATTRIBUTE, ROOT_ID, ROOT_MARK, SOURCE_ATTRIBUTE,
    STALE_FLAG, STALE_ID, STATIC_FLAG, STATIC_ID, UNCOVERED_FLAG, UNCOVERED_ID, WASM_ATTRIBUTE,
};
use crate::reading::share::{json_ld_block, script_safe_json};
use crate::state::placement::Placement;
use crate::state::theme::THEME_STORAGE_KEY;
use crate::views::App;
use crate::words::{locale_of, long_date, words, Locale};

/// The file Trunk's inline loader is moved to, so that no script is inline but the early one.
pub const LOADER_FILE: &str = "boot.js";

/// The file the release build writes the page's exact Content-Security-Policy to.
pub const POLICY_FILE: &str = "content-security-policy.txt";

/// The brief as its own page shows it before any script has run, as HTML: exactly what the app
/// renders in the browser on opening, so that it can take these nodes over in place.
pub fn render_brief(brief: Arc<Brief>) -> String {
    let language = brief.language;
    render_brief_in(brief, language)
}

/// [`render_brief`] with the reader's words in `words` (the brief's own words unchanged), as
/// the page's `?lang=` would show it.
pub fn render_brief_in(brief: Arc<Brief>, words: Language) -> String {
    // The views' selectors spawn a task that follows later changes; natively nothing changes
    // after rendering, but the task needs an executor to be spawned on. (Already set: fine.)
    let _ = any_spawner::Executor::init_futures_executor();
    let mut placement = Placement::default();
    placement.options.lang = (words != brief.language).then_some(words);
    Owner::new().with(|| view! { <App placement brief/> }.to_html())
}

/// A Subresource Integrity value for `bytes`: `sha256-` and the base64 of its SHA-256.
pub fn integrity(bytes: &[u8]) -> String {
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(bytes))
    )
}

/// The Content-Security-Policy of the release page: scripts and styles from the brief's own
/// site, the one inline script and the one inline stylesheet by their hashes, WebAssembly, data
/// from the brief's site and the origins its deployer allowed; nothing else.
pub fn content_security_policy(early_script: &str, stylesheet: &str, allowlist: &str) -> String {
    let hash = |text: &str| format!("'{}'", integrity(text.as_bytes()));
    let origins = parse_allowlist(allowlist).0;
    let connect = if origins.is_empty() {
        String::new()
    } else {
        format!(" connect-src 'self' {};", origins.join(" "))
    };
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self' {};{connect} \
         img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors *",
        hash(early_script),
        hash(stylesheet),
    )
}

/// What stands in the page's scripts (`js/early.js`, `js/initializer.js`) where the build fills
/// in [`script_contract`]: a JavaScript identifier, so that the files read as scripts.
pub const CONTRACT_PLACEHOLDER: &str = "PAGE_CONTRACT";

/// What the page's scripts need to know, as a JavaScript object literal (JSON): the names of
/// [`crate::page`], the query keys that render afresh ([`QUERY_KEYS`], the list
/// [`crate::page::renders_afresh`] uses) and where the theme is remembered. Only constants:
/// the early script, and so its hash, stays the same when only the data changes.
pub fn script_contract() -> String {
    serde_json::json!({
        "themeKey": THEME_STORAGE_KEY,
        "freshKeys": QUERY_KEYS,
        "freshFlag": FRESH_FLAG,
        "staleFlag": STALE_FLAG,
        "sourceAttribute": SOURCE_ATTRIBUTE,
        "integrityAttribute": INTEGRITY_ATTRIBUTE,
        "wasmAttribute": WASM_ATTRIBUTE,
        "loader": format!("./{LOADER_FILE}"),
        "check": CHECK_GLOBAL,
        "loading": LOADING_ID,
        "failedAttribute": FAILED_ATTRIBUTE,
        "retryAttribute": RETRY_ATTRIBUTE,
        "staticFlag": STATIC_FLAG,
        "localFlag": LOCAL_FLAG,
        "uncoveredFlag": UNCOVERED_FLAG,
        "coveredKeys": PRERENDERED_KEYS,
        "stallSeconds": STALL_SECONDS,
    })
    .to_string()
}

/// `script` with its one [`CONTRACT_PLACEHOLDER`] replaced by [`script_contract`]; fails when
/// it has none or several.
pub fn fill_contract(script: &str) -> Result<String, String> {
    match script.matches(CONTRACT_PLACEHOLDER).count() {
        1 => Ok(script.replacen(CONTRACT_PLACEHOLDER, &script_contract(), 1)),
        n => Err(format!(
            "a page script must name {CONTRACT_PLACEHOLDER} exactly once, not {n} times"
        )),
    }
}

/// The release page's own style rules, written with the names of [`crate::page`] so that
/// `style/main.css` (which embeds load too) keeps none of them: while the early script has
/// flagged the page, the pre-rendered brief is hidden and the notice that says why shown in its
/// place; a message that the app could not start stays in view above the brief.
pub fn page_rules() -> String {
    format!(
        "/* The release page's flags (src/page/build.rs). */\n\
         html[{FRESH_FLAG}] #{ROOT_ID}, html[{STALE_FLAG}] #{ROOT_ID} {{ display: none; }}\n\
         html[{FRESH_FLAG}] #{LOADING_ID}[hidden], html[{STALE_FLAG}] #{STALE_ID}[hidden] \
         {{ display: flex; }}\n\
         #{LOADING_ID}.fatal-error {{ position: sticky; top: 0; z-index: 1; }}\n\
         html[{UNCOVERED_FLAG}] #{ROOT_ID} {{ display: none; }}\n\
         html[{STATIC_FLAG}] #{STATIC_ID}[hidden], html[{LOCAL_FLAG}] #{LOCAL_ID}[hidden], \
         html[{UNCOVERED_FLAG}] #{UNCOVERED_ID}[hidden] {{ display: block; }}\n"
    )
}

/// The release page's inline script and stylesheet, exactly as they stand in the page: what
/// the Content-Security-Policy allows by hash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inline {
    /// `js/early.js` with the names filled in ([`fill_contract`]).
    pub script: String,
    /// The stylesheet with the page's own rules after it ([`page_rules`]).
    pub style: String,
}

impl Inline {
    /// The inline script from `early_script` (`js/early.js`) and the inline stylesheet from
    /// `stylesheet` (`main.css`); fails when the script has no place for the names, or when
    /// either would end its own element.
    pub fn new(early_script: &str, stylesheet: &str) -> Result<Self, String> {
        let script = fill_contract(early_script)?;
        let style = format!("{stylesheet}\n{}", page_rules());
        if style.contains("</style") || script.contains("</script") {
            return Err("the stylesheet or the early script would end its own element".into());
        }
        Ok(Self { script, style })
    }

    /// The page's Content-Security-Policy ([`content_security_policy`]) for these, with data
    /// allowed from the origins of `allowlist`.
    pub fn policy(&self, allowlist: &str) -> String {
        content_security_policy(&self.script, &self.style, allowlist)
    }
}

/// The notice shown while the WebAssembly loads, in `locale`; `hidden` on the release page,
/// where the brief is already there (the page's rules show it when the brief is rendered
/// afresh).
fn loading_notice(locale: Locale, hidden: bool) -> String {
    let hidden = if hidden { " hidden" } else { "" };
    let (loading, failed, retry) = (
        words!(locale, loading),
        words!(locale, failed_to_start),
        words!(locale, retry),
    );
    format!(
        "<p id=\"{LOADING_ID}\" class=\"loading-state\" role=\"status\" \
         {FAILED_ATTRIBUTE}=\"{failed}\" {RETRY_ATTRIBUTE}=\"{retry}\"{hidden}>{loading}</p>"
    )
}

/// The release page's notice, in `locale`, for a data file that is not the one the page was
/// rendered from.
fn stale_notice(locale: Locale) -> String {
    let stale = words!(locale, stale);
    format!("<p id=\"{STALE_ID}\" class=\"loading-state\" role=\"status\" hidden>{stale}</p>")
}

/// The release page's notes for when the app cannot run: no WebAssembly, opened from a file,
/// and an address asking for what the pre-rendered brief does not show (with a link to the
/// full brief, the page's own folder). Hidden until the early script flags the page.
fn static_notes(locale: Locale) -> String {
    let (no_wasm, local, uncovered, full) = (
        words!(locale, note_no_wasm),
        words!(locale, note_local_file),
        words!(locale, note_uncovered),
        words!(locale, read_full_brief),
    );
    format!(
        "<p id=\"{STATIC_ID}\" class=\"page-note\" role=\"note\" hidden>{no_wasm}</p>\n    \
         <p id=\"{LOCAL_ID}\" class=\"page-note\" role=\"note\" hidden>{local}</p>\n    \
         <p id=\"{UNCOVERED_ID}\" class=\"page-note\" role=\"note\" hidden>{uncovered} \
         <a href=\"./\">{full}</a>.</p>"
    )
}

/// The empty root element of `index.html`, which every build writes into.
fn empty_root() -> String {
    format!("<div id=\"{ROOT_ID}\"></div>")
}

/// The page's root as the build writes it, around `inner`: marked as the brief's own
/// ([`crate::page::ROOT_MARK`]), so that the app never takes over a host's element of that id.
fn own_root(inner: &str) -> String {
    format!("<div id=\"{ROOT_ID}\" {ROOT_MARK}>{inner}</div>")
}

/// Replaces the first `from` in `html` with `to`; fails, naming `what`, when there is none.
fn replace(html: &mut String, what: &str, from: &str, to: &str) -> Result<(), String> {
    if !html.contains(from) {
        return Err(format!("index.html has no {what} ({from})"));
    }
    *html = html.replacen(from, to, 1);
    Ok(())
}

/// `html` with the integrity value of its preload of module `file` (relative to the page) made
/// that of `bytes` (SHA-384, as Trunk writes them): the hook fills names into a file after Trunk
/// has hashed it, and the browser would refuse the file, and with it the import, otherwise. A
/// page without such a preload is returned as it is.
pub fn rehash_preload(html: &str, file: &str, bytes: &[u8]) -> String {
    const INTEGRITY: &str = "integrity=\"";
    let start = format!("<link rel=\"modulepreload\" href=\"./{file}\"");
    let Some(link) = element_starting(html, &start) else {
        return html.to_string();
    };
    let Some(value_at) = link.find(INTEGRITY).map(|at| at + INTEGRITY.len()) else {
        return html.to_string();
    };
    let Some(value_end) = link[value_at..].find('"').map(|end| value_at + end) else {
        return html.to_string();
    };
    let digest = base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes));
    let rehashed = format!("{}sha384-{digest}{}", &link[..value_at], &link[value_end..]);
    html.replacen(&link, &rehashed, 1)
}

/// The page of a debug build (`trunk build`, `trunk serve`), which renders in the browser from
/// the data file: `html` with the loading notice before the empty root.
pub fn debug_page(html: &str) -> Result<String, String> {
    let mut html = html.to_string();
    replace(
        &mut html,
        "empty root element",
        &empty_root(),
        // A debug page has not read the brief, so does not know its language.
        &format!(
            "{}\n    {}",
            loading_notice(Locale::en, false),
            own_root("")
        ),
    )?;
    Ok(html)
}

/// What the page says about itself to search engines, shared links and crawlers, rendered from
/// `brief` for the head of the release page: the title, the description, Open Graph tags and
/// the schema.org JSON-LD of the report and its direct quotes
/// ([`crate::reading::share::json_ld`]).
/// The page's own words are in `words`. (No `hreflang` alternates: they must name absolute
/// addresses, which the build does not know.)
pub fn share_metadata(brief: &Brief, words: Language) -> String {
    let locale = locale_of(words);
    let headline = &brief.article.headline;
    let description = description(locale, brief);
    let (headline_attribute, description) = (attribute(headline), attribute(&description));
    let site_name = words!(locale, site_name);
    // Open Graph names a language with its country.
    let og_locale = match words {
        Language::En => "en_GB",
        Language::Ru => "ru_RU",
        Language::Az => "az_AZ",
    };
    format!(
        "<title>{} · {site_name}</title>\n    \
         <meta name=\"description\" content=\"{description}\" />\n    \
         <meta property=\"og:type\" content=\"article\" />\n    \
         <meta property=\"og:title\" content=\"{headline_attribute}\" />\n    \
         <meta property=\"og:description\" content=\"{description}\" />\n    \
         <meta property=\"og:site_name\" content=\"{site_name}\" />\n    \
         <meta property=\"og:locale\" content=\"{og_locale}\" />\n    \
         <meta name=\"twitter:card\" content=\"summary\" />\n    {}",
        encode_text(headline),
        json_ld_block(brief),
    )
}

/// One sentence on what the brief is: the meeting it reports (with the place and date the data
/// gives), or the headline when the data has no meeting; then what the page offers.
fn description(locale: Locale, brief: &Brief) -> String {
    let meeting = brief.events.iter().find(|e| e.kind == EventKind::Meeting);
    let subject = match meeting {
        Some(meeting) => {
            let mut subject = meeting.label.clone();
            if let Some(place) = &meeting.place {
                subject = words!(locale, subject_place, subject, place = &place.text).to_string();
            }
            if let Ok(date) = IsoDate::parse(&meeting.date) {
                let date = long_date(locale, date);
                subject = words!(locale, subject_date, subject, date).to_string();
            }
            subject
        }
        None => brief.article.headline.clone(),
    };
    words!(locale, description, subject).to_string()
}

/// Moves Trunk's inline loader (`<script type="module">…</script>`) out of `html`: the page
/// then names `boot.js` instead, and runs under a policy with no inline script. Returns the
/// page and the loader. Fails when there is no loader, or when an inline script other than
/// data (JSON, JSON-LD) or `trunk serve`'s live-reload client is left.
pub fn move_loader(html: &str) -> Result<(String, String), String> {
    const OPEN: &str = "<script type=\"module\">";
    let start = html
        .find(OPEN)
        .ok_or("index.html has no inline module script from Trunk")?;
    let body_start = start + OPEN.len();
    let end = body_start
        + html[body_start..]
            .find("</script>")
            .ok_or("Trunk's loader is not closed")?;
    let loader = html[body_start..end].trim().to_string() + "\n";
    let page = format!(
        "{}<script type=\"module\" src=\"./{LOADER_FILE}\"></script>{}",
        &html[..start],
        &html[end + "</script>".len()..]
    );
    for (attributes, body) in scripts(&page) {
        let data = attributes.contains("application/json") || attributes.contains("ld+json");
        // `trunk serve` adds its own live-reload client; it is never in a built dist.
        let live_reload = body.contains("WebSocket");
        if !attributes.contains("src=") && !data && !live_reload {
            return Err(format!("index.html still has an inline script: {body}"));
        }
    }
    Ok((page, loader))
}

/// What Trunk 0.21's loader (`boot.js`) calls to read the WebAssembly a piece at a time.
const LOADER_READ: &str = "reader.read().then(";

/// Trunk 0.21's loader with its read of the WebAssembly mended: it copies the download into a
/// stream of its own and ignores a failed read, so a download that breaks off half way left
/// that stream open and the page loading for ever, with no failure reported. Mended, a failed
/// read fails the stream, the WebAssembly's compilation with it, and the initializer's
/// `onFailure` says so. Fails when the loader does not read as this expects (a new Trunk).
pub fn mend_loader(loader: &str) -> Result<String, String> {
    match loader.matches(LOADER_READ).count() {
        1 => Ok(loader.replacen(
            LOADER_READ,
            "reader.read().catch((error) => { controller.error(error); \
             return new Promise(() => {}); }).then(",
            1,
        )),
        n => Err(format!(
            "Trunk's loader should read the WebAssembly with `{LOADER_READ}` once, not {n} times"
        )),
    }
}

/// The attributes and body of every `<script>` element in `html`.
fn scripts(html: &str) -> Vec<(&str, &str)> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("<script") {
        let after = &rest[at + "<script".len()..];
        let Some(close) = after.find('>') else { break };
        let attributes = &after[..close];
        let body_and_more = &after[close + 1..];
        let Some(end) = body_and_more.find("</script>") else {
            break;
        };
        found.push((attributes, &body_and_more[..end]));
        rest = &body_and_more[end..];
    }
    found
}

/// What the release page is made from.
pub struct PageInputs<'a> {
    /// `index.html` as Trunk wrote it, the loader already moved out ([`move_loader`]).
    pub html: &'a str,
    /// The data file's path relative to the page.
    pub source: &'a str,
    /// The data file's bytes, as deployed.
    pub data: &'a [u8],
    /// The brief read from them.
    pub brief: Arc<Brief>,
    /// The early script and the stylesheet, to be inlined.
    pub inline: &'a Inline,
    /// The modules the loader imports (its own file, the app's JavaScript, wasm-bindgen's
    /// snippets, the initializer), relative to the page, to be preloaded.
    pub modules: Vec<String>,
    /// The app's WebAssembly, relative to the page, for the early script to ask for.
    pub wasm: &'a str,
    /// The language of the page's own words: the brief's for `index.html`, another for its
    /// alternates ([`crate::page::page_file`]).
    pub words: Language,
}

/// The release page: `inputs.html` with the brief rendered into its root, its share metadata
/// in place of the page's `<title>`, the notices, the data it was rendered from, the
/// attributes the early script reads (the app's WebAssembly among them), the early script and
/// the stylesheet inline (nothing else blocks the first paint), and the app's modules asked for
/// from the end of the head; the early script starts the app. Fails, naming what is missing,
/// when the page does not have the parts it expects.
pub fn release_page(inputs: &PageInputs) -> Result<String, String> {
    let mut html = inputs.html.to_string();
    let language = inputs.words;
    let locale = locale_of(language);
    let title = element_between(&html, "<title>", "</title>")
        .ok_or("index.html has no <title> for the share metadata to replace")?;
    replace(
        &mut html,
        "title",
        &title,
        &share_metadata(&inputs.brief, language),
    )?;
    let data = script_safe_json(std::str::from_utf8(inputs.data).map_err(|e| e.to_string())?);
    replace(
        &mut html,
        "empty root element",
        &empty_root(),
        &format!(
            "{}\n    {}\n    {}\n    \
             <script type=\"application/json\" id=\"{DATA_ID}\">{data}</script>\n    \
             {}",
            loading_notice(locale, true),
            stale_notice(locale),
            static_notes(locale),
            own_root(&render_brief_in(inputs.brief.clone(), language))
        ),
    )?;
    replace(
        &mut html,
        "<html lang=\"en\">",
        "<html lang=\"en\">",
        &format!(
            "<html lang=\"{}\" {SOURCE_ATTRIBUTE}=\"{}\" {INTEGRITY_ATTRIBUTE}=\"{}\" \
             {WASM_ATTRIBUTE}=\"./{}\">",
            language.tag(),
            attribute(inputs.source),
            integrity(inputs.data),
            attribute(inputs.wasm),
        ),
    )?;
    let stylesheet = element_starting(&html, "<link rel=\"stylesheet\" href=\"./main.css\"")
        .ok_or("index.html does not link ./main.css")?;
    replace(
        &mut html,
        "stylesheet link",
        &stylesheet,
        &format!(
            "<script>{}</script>\n    <style>{}</style>",
            inputs.inline.script, inputs.inline.style
        ),
    )?;
    // The early script starts the app once the page itself has been painted, so that its
    // scripts never hold up the first paint. The modules the loader imports are fetched, not
    // run, as soon as the head has been read: Trunk's own preloads go, and these come after the
    // inline style. At the end of the body, on the phone profile (a slow CPU and connection),
    // they were found in most runs only when the parser reached them, after the first paint.
    // The WebAssembly is not among them: Lighthouse's simulation of a phone counts a request
    // that ended before the page's largest paint towards that paint, whatever its priority,
    // and 370 KB at its 1.6 Mbps add two seconds. The early script asks for it once the page
    // has been painted (at once when the brief is rendered afresh).
    for kind in ["<link rel=\"modulepreload\"", "<link rel=\"preload\""] {
        while let Some(link) = element_starting(&html, kind) {
            html = html.replacen(&link, "", 1);
        }
    }
    let mut preloads = String::new();
    for module in &inputs.modules {
        preloads.push_str(&format!(
            "<link rel=\"preload\" href=\"./{}\" as=\"script\" crossorigin=\"anonymous\">\n    ",
            attribute(module)
        ));
    }
    replace(
        &mut html,
        "loader",
        &format!("<script type=\"module\" src=\"./{LOADER_FILE}\"></script>"),
        "",
    )?;
    replace(
        &mut html,
        "end of the head",
        "</head>",
        &format!("{}\n  </head>", preloads.trim_end()),
    )?;
    Ok(html)
}

/// The first element in `html` from `open` to the end of `close`, whole.
fn element_between(html: &str, open: &str, close: &str) -> Option<String> {
    let at = html.find(open)?;
    let end = at + html[at..].find(close)? + close.len();
    Some(html[at..end].to_string())
}

/// The whole tag in `html` that begins with `start`, up to its `>`.
fn element_starting(html: &str, start: &str) -> Option<String> {
    let at = html.find(start)?;
    let end = at + html[at..].find('>')? + 1;
    Some(html[at..end].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::parse::parse_brief;

    const DATA: &str = include_str!("../../data/brief.json");

    fn bundled() -> Arc<Brief> {
        Arc::new(parse_brief("data/brief.json", DATA).unwrap())
    }

    /// What follows each `start` in `html` up to the next `"`, in order: the rest of attribute
    /// values that begin with `start`.
    fn values_after(html: &str, start: &str) -> Vec<String> {
        html.match_indices(start)
            .map(|(at, found)| {
                let rest = &html[at + found.len()..];
                rest[..rest.find('"').unwrap()].to_string()
            })
            .collect()
    }

    /// The ids of `prefix…"` attributes in `html`, in order.
    fn ids(html: &str, prefix: &str) -> Vec<String> {
        values_after(html, &format!(" id=\"{prefix}"))
    }

    #[test]
    fn the_whole_brief_renders_natively_every_paragraph_card_and_statement() {
        let html = render_brief(bundled());
        assert_eq!(
            ids(&html, "para-"),
            ["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9", "p10"]
        );
        assert_eq!(
            ids(&html, "mission-"),
            ["cis", "name-cis", "sco", "name-sco"]
        );
        assert_eq!(html.matches("data-testid=\"meeting-card\"").count(), 1);
        assert_eq!(
            ids(&html, "statement-"),
            [
                // The timeline's order: 31 August first, then the statements the article
                // gives no date for.
                "leaders-discussed-preparations",
                "interlocutors-discussed-activities",
                "anfimov-observer-count",
                "anfimov-principles",
                "anfimov-working-methods",
                "niyazaliyev-experience",
                "niyazaliyev-familiarisation",
                "niyazaliyev-smooth-elections",
                "parties-discussed-progress",
                "report-meeting",
                "report-transparent-campaign",
            ]
        );
        // (Without the `<!>` markers Leptos leaves for taking the page over.)
        assert!(html.replace("<!>", "").contains(
            "<h1 id=\"headline\" lang=\"en\">Heads of CIS and SCO observer missions held a working meeting in Baku</h1>"
        ));
        assert!(html.starts_with("<div class=\"observer-brief\""));
    }

    /// The part of `html` from the element with id `id` up to the next element whose id starts
    /// as `id` does up to its first `-` (the next statement, for `statement-…`).
    fn part_from<'a>(html: &'a str, id: &str) -> &'a str {
        let start = html.find(&format!(" id=\"{id}\"")).unwrap();
        let kind = &id[..=id.find('-').unwrap()];
        let rest = &html[start + 1..];
        &rest[..rest.find(&format!(" id=\"{kind}")).unwrap_or(rest.len())]
    }

    #[test]
    fn a_statements_note_links_follow_the_notes_numbering_not_the_data_order() {
        // The data lists this statement's notes as `parties` (note 5), then `election-kind`
        // (note 1).
        let html = render_brief(bundled());
        let statement = part_from(&html, "statement-leaders-discussed-preparations");
        assert_eq!(
            values_after(statement, "href=\"#note-"),
            ["election-kind", "parties"]
        );
    }

    #[test]
    fn the_date_axis_lists_the_days_in_date_order_not_the_data_order() {
        let mut brief = (*bundled()).clone();
        // The last statement, moved a day before all the others.
        brief.statements.last_mut().unwrap().date = Some("2024-08-30".into());
        let html = render_brief(Arc::new(brief));
        // The events first, then each day's statements, earliest first.
        assert!(part_from(&html, "date-axis-desc").contains(
            "; 1 statement dated 30 August 2024; 8 statements dated 31 August 2024; \
             2 statements without a date."
        ));
    }

    #[test]
    fn data_text_is_escaped_in_the_rendered_html() {
        let mut brief = (*bundled()).clone();
        brief.article.headline = "<script>alert(1)</script> & co".into();
        let html = render_brief(Arc::new(brief));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"));
        assert!(!html.contains("<script>alert(1)"));
    }

    #[test]
    fn the_integrity_value_is_the_base64_sha_256() {
        // `printf abc | openssl dgst -sha256 -binary | base64`
        assert_eq!(
            integrity(b"abc"),
            "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="
        );
    }

    #[test]
    fn the_policy_allows_the_inline_script_and_style_by_hash_and_listed_data_origins() {
        assert_eq!(
            content_security_policy("abc", "abc", ""),
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' \
             'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='; style-src 'self' \
             'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='; img-src 'self' data:; \
             object-src 'none'; base-uri 'none'; frame-ancestors *"
        );
        let with_origins =
            content_security_policy("a", "b", "https://data.example.org, https://x.example/path");
        assert!(with_origins.contains("; connect-src 'self' https://data.example.org; img-src"));
    }

    #[test]
    fn the_description_names_the_meeting_with_its_place_and_date_or_else_the_headline() {
        let mut brief = (*bundled()).clone();
        let english = locale_of(Language::En);
        assert_eq!(
            description(english, &brief),
            "Meeting of the heads of the CIS and SCO observer missions in Baku on 31 August 2024: \
             the report as its article, mission cards and a timeline of who said what, each \
             linked to its source paragraph."
        );
        brief.events.retain(|e| e.kind != EventKind::Meeting);
        assert_eq!(
            description(english, &brief),
            "Heads of CIS and SCO observer missions held a working meeting in Baku: the report as \
             its article, mission cards and a timeline of who said what, each linked to its \
             source paragraph."
        );
    }

    #[test]
    fn an_element_is_taken_whole_from_its_opening_to_its_first_closing_tag() {
        let html = "<p><b>bold</b> and <b>more</b></p>";
        assert_eq!(
            element_between(html, "<b>", "</b>").as_deref(),
            Some("<b>bold</b>")
        );
        assert_eq!(element_between(html, "<i>", "</i>"), None);
        assert_eq!(element_between(html, "<b>", "</i>"), None);
    }

    #[test]
    fn a_tag_is_taken_whole_up_to_its_closing_angle_bracket() {
        let html = "<p><link rel=\"a\"><link rel=\"b\"></p>";
        assert_eq!(
            element_starting(html, "<link").as_deref(),
            Some("<link rel=\"a\">")
        );
        assert_eq!(element_starting(html, "<meta"), None);
        assert_eq!(element_starting("<link rel", "<link"), None);
    }

    #[test]
    fn the_pages_policy_allows_exactly_its_own_inline_script_and_stylesheet() {
        let inline = Inline::new("const names = PAGE_CONTRACT;", "p { color: red }").unwrap();
        let policy = inline.policy("https://data.example.org");
        let (script, style) = (
            integrity(inline.script.as_bytes()),
            integrity(inline.style.as_bytes()),
        );
        assert_ne!(script, style);
        assert!(
            policy.contains(&format!(
                "'wasm-unsafe-eval' '{script}'; style-src 'self' '{style}'; \
                 connect-src 'self' https://data.example.org; img-src"
            )),
            "{policy}"
        );
    }

    const TRUNK_PAGE: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\
        <title>Observer brief</title>\
        <link rel=\"stylesheet\" href=\"./main.css\" integrity=\"sha384-x\"/>\
        <link rel=\"modulepreload\" href=\"./observer-brief.js\" integrity=\"sha384-y\">\
        <link rel=\"preload\" href=\"./observer-brief_bg.wasm\" as=\"fetch\">\
        <script type=\"module\">import init from './observer-brief.js';\nawait init();</script>\
        </head><body>\
        <div id=\"observer-brief-page\"></div></body></html>";

    #[test]
    fn trunks_loader_moves_to_a_file_and_no_other_inline_script_is_allowed() {
        let (page, loader) = move_loader(TRUNK_PAGE).unwrap();
        assert_eq!(
            loader,
            "import init from './observer-brief.js';\nawait init();\n"
        );
        assert!(page.contains("<script type=\"module\" src=\"./boot.js\"></script>"));
        assert!(!page.contains("await init()"));
        let with_inline = TRUNK_PAGE.replace("</head>", "<script>alert(1)</script></head>");
        assert_eq!(
            move_loader(&with_inline).unwrap_err(),
            "index.html still has an inline script: alert(1)"
        );
        let with_data = TRUNK_PAGE.replace(
            "</head>",
            "<script type=\"application/ld+json\">{}</script></head>",
        );
        assert!(
            move_loader(&with_data).is_ok(),
            "data blocks are not scripts"
        );
    }

    #[test]
    fn the_loader_fails_its_stream_when_the_webassembly_download_breaks_off() {
        let trunk =
            "function push() {\n  reader.read().then(({done, value}) => {\n    push();\n  });\n}";
        assert_eq!(
            mend_loader(trunk).unwrap(),
            "function push() {\n  reader.read().catch((error) => { controller.error(error); \
             return new Promise(() => {}); }).then(({done, value}) => {\n    push();\n  });\n}"
        );
        assert_eq!(
            mend_loader("await init();").unwrap_err(),
            "Trunk's loader should read the WebAssembly with `reader.read().then(` once, not 0 times"
        );
    }

    /// The release page of `TRUNK_PAGE` with `brief`, its data the bundled file's.
    fn page_of(brief: Arc<Brief>, inline: &Inline) -> String {
        let words = brief.language;
        page_in(brief, inline, words)
    }

    /// [`page_of`] with the page's own words in `words`.
    fn page_in(brief: Arc<Brief>, inline: &Inline, words: Language) -> String {
        let (html, _) = move_loader(TRUNK_PAGE).unwrap();
        release_page(&PageInputs {
            html: &html,
            source: "data/brief.json",
            data: DATA.as_bytes(),
            brief,
            inline,
            modules: vec!["boot.js".into(), "observer-brief.js".into()],
            wasm: "observer-brief_bg.wasm",
            words,
        })
        .unwrap()
    }

    #[test]
    fn the_english_brief_has_a_russian_page_beside_it_with_the_same_brief_in_russian_words() {
        let inline = Inline::new("var early = PAGE_CONTRACT;", "body{margin:0}").unwrap();
        let page = page_in(bundled(), &inline, Language::Ru).replace("<!>", "");
        for said in [
            "<html lang=\"ru\" data-source=",
            "<meta property=\"og:locale\" content=\"ru_RU\" />",
            "\"inLanguage\": \"en\"",
            "<h2 id=\"timeline-heading\">Хроника заявлений</h2>",
            "Показаны все 11 заявлений.",
            ">31 августа 2024 г.</time>",
            "<h1 id=\"headline\" lang=\"en\">Heads of CIS and SCO observer missions held a working meeting in Baku",
        ] {
            assert!(page.contains(said), "{said}");
        }
        for english in [
            "Timeline of statements",
            "Showing all",
            "31 August 2024",
            "en_GB",
        ] {
            assert!(!page.contains(english), "{english}");
        }
        assert_eq!(
            crate::page::page_file(Language::Ru, Language::En),
            "ru.html"
        );
        assert_eq!(
            crate::page::page_file(Language::En, Language::En),
            "index.html"
        );
        assert_eq!(
            crate::page::page_file(Language::En, Language::Az),
            "en.html"
        );
    }

    #[test]
    fn a_brief_in_azerbaijani_is_pre_rendered_in_azerbaijani_from_its_root_to_its_metadata() {
        let mut brief = (*bundled()).clone();
        brief.language = Language::Az;
        let inline = Inline::new("var early = PAGE_CONTRACT;", "body{margin:0}").unwrap();
        // Without the hydration markers after the words the views compute.
        let page = page_of(Arc::new(brief), &inline).replace("<!>", "");
        for said in [
            "<html lang=\"az\" data-source=",
            "<meta property=\"og:locale\" content=\"az_AZ\" />",
            "\"inLanguage\": \"az\"",
            "hidden>İcmal yüklənir…</p>",
            "<h2 id=\"timeline-heading\">Bəyanatların xronologiyası</h2>",
            "<h2 id=\"missions-heading\">Missiyalar</h2>",
            "Bütün 11 bəyanat göstərilir.",
            ">31 avqust 2024</time>",
            "· Müşahidəçi icmalı</title>",
        ] {
            assert!(page.contains(said), "{said}");
        }
        for english in [
            "Timeline of statements",
            "Loading the brief",
            "Showing all",
            "31 August 2024",
            "Observer brief",
            "en_GB",
        ] {
            assert!(!page.contains(english), "{english}");
        }
    }

    #[test]
    fn the_release_page_carries_the_brief_its_data_and_its_checks_and_preloads_only_the_modules() {
        let inline = Inline::new("var early = PAGE_CONTRACT;", "body{margin:0}").unwrap();
        let page = page_of(bundled(), &inline);
        let root_at = page
            .find("<div id=\"observer-brief-page\" data-brief-root><div class=\"observer-brief\"")
            .unwrap();
        let data_at = page
            .find("<script type=\"application/json\" id=\"brief-data\">{")
            .unwrap();
        assert!(data_at < root_at, "the data stands before the brief");
        assert!(page.contains(&format!(
            "<html lang=\"en\" data-source=\"data/brief.json\" data-source-integrity=\"{}\" \
             data-app-wasm=\"./observer-brief_bg.wasm\">",
            integrity(DATA.as_bytes())
        )));
        assert!(page.contains(&format!(
            "<script>{}</script>\n    <style>{}</style>",
            inline.script, inline.style
        )));
        assert!(
            !page.contains("main.css"),
            "the stylesheet is inline, not linked"
        );
        assert!(page.contains(
            "<p id=\"boot-loading\" class=\"loading-state\" role=\"status\" \
             data-failed=\"The brief could not start\" data-retry=\"Retry\" hidden>Loading the brief…</p>\n    \
             <p id=\"brief-stale\" class=\"loading-state\" role=\"status\" hidden>This brief’s data has \
             changed since the page was made, or could not be checked. Loading the current version…</p>\n    \
             <p id=\"brief-static\" class=\"page-note\" role=\"note\" hidden>This browser does not"
        ));
        assert!(page.contains(
            "<p id=\"brief-uncovered\" class=\"page-note\" role=\"note\" hidden>This address asks \
             for a part of the brief that this browser cannot show without WebAssembly. \
             <a href=\"./\">Read the full brief</a>.</p>\n    \
             <script type=\"application/json\" id=\"brief-data\">"
        ));
        assert!(page.contains(
            "<title>Heads of CIS and SCO observer missions held a working meeting in Baku · Observer brief</title>"
        ));
        assert!(!page.contains("<title>Observer brief</title>"));
        // The app's modules are asked for at the end of the head, after the inline style, once
        // each; its WebAssembly is not (the early script asks for it after the first paint), and
        // nothing follows the brief (the early script starts the app).
        let head_end = &page[page.rfind("</style>").unwrap()..page.find("<body").unwrap()];
        assert_eq!(
            head_end,
            "</style><link rel=\"preload\" href=\"./boot.js\" as=\"script\" crossorigin=\"anonymous\">\n    \
             <link rel=\"preload\" href=\"./observer-brief.js\" as=\"script\" crossorigin=\"anonymous\">\n  \
             </head>"
        );
        assert_eq!(page.matches("<link rel=\"preload\"").count(), 2);
        assert_eq!(page.matches("observer-brief_bg.wasm").count(), 1);
        let tail = &page[page.rfind("</div>").unwrap()..];
        assert_eq!(tail, "</div></body></html>");
        assert!(
            !page.contains("integrity=\"sha384-y\""),
            "Trunk's own preloads are gone"
        );
        assert!(
            !page.contains("src=\"./boot.js\""),
            "the loader is started by the early script"
        );
    }

    #[test]
    fn a_file_changed_after_trunk_hashed_it_gets_its_new_integrity_value() {
        let page = "<link rel=\"modulepreload\" href=\"./a.js\" integrity=\"sha384-old\">\
                    <link rel=\"modulepreload\" href=\"./initializer.js\" crossorigin=\"anonymous\" integrity=\"sha384-old\">";
        // `printf abc | openssl dgst -sha384 -binary | base64`
        assert_eq!(
            rehash_preload(page, "initializer.js", b"abc"),
            "<link rel=\"modulepreload\" href=\"./a.js\" integrity=\"sha384-old\">\
             <link rel=\"modulepreload\" href=\"./initializer.js\" crossorigin=\"anonymous\" \
             integrity=\"sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn\">"
        );
        assert_eq!(rehash_preload(page, "other.js", b"abc"), page);
    }

    #[test]
    fn a_debug_page_gets_the_loading_notice_shown_and_nothing_of_the_release_page() {
        let (html, _) = move_loader(TRUNK_PAGE).unwrap();
        let page = debug_page(&html).unwrap();
        assert!(page.contains(
            "<p id=\"boot-loading\" class=\"loading-state\" role=\"status\" \
             data-failed=\"The brief could not start\" data-retry=\"Retry\">Loading the brief…</p>\n    \
             <div id=\"observer-brief-page\" data-brief-root></div>"
        ));
        for release_only in ["brief-stale", "brief-data", "data-source", "og:title"] {
            assert!(!page.contains(release_only), "{release_only}");
        }
    }

    #[test]
    fn the_page_attributes_escape_what_they_are_given() {
        let (html, _) = move_loader(TRUNK_PAGE).unwrap();
        let inline = Inline::new("PAGE_CONTRACT", "").unwrap();
        let page = release_page(&PageInputs {
            html: &html,
            source: "data/\"a&b<c>.json",
            data: DATA.as_bytes(),
            brief: bundled(),
            inline: &inline,
            modules: vec![],
            wasm: "x_bg.wasm",
            words: Language::En,
        })
        .unwrap();
        assert!(page.contains(" data-source=\"data/&quot;a&amp;b&lt;c&gt;.json\" "));
    }

    /// The object the build filled into `script` in place of `PAGE_CONTRACT` (written here as
    /// `…(PAGE_CONTRACT);`).
    fn contract_in(script: &str) -> serde_json::Value {
        let start = script.rfind("})(").unwrap() + "})(".len();
        let end = script.rfind(");").unwrap();
        serde_json::from_str(&script[start..end]).unwrap()
    }

    #[test]
    fn the_keys_the_early_script_gets_are_exactly_the_keys_options_reads() {
        let early = std::fs::read_to_string("js/early.js").unwrap();
        let inline = Inline::new(&early, "").unwrap();
        let page = page_of(bundled(), &inline);
        let start = page.find("<script>").unwrap();
        let script = &page[start..start + page[start..].find("</script>").unwrap()];
        let contract = contract_in(script);
        let keys: Vec<&str> = contract["freshKeys"]
            .as_array()
            .unwrap()
            .iter()
            .map(|key| key.as_str().unwrap())
            .collect();
        assert_eq!(
            keys,
            [
                "view",
                "theme",
                "embed",
                "src",
                "statement",
                "childId",
                "parentUrl",
                "parentOrigin",
                "lang"
            ]
        );
        // A key is on the list exactly when some value of it changes what the app shows, and
        // the app renders afresh for exactly those: the keys pym.js, the hash and trackers add
        // change nothing.
        let changes_options = |key: &str| {
            ["timeline", "dark", "1", "x", "ru"].iter().any(|value| {
                crate::embed::options::Options::from_pairs([(key, *value)])
                    != crate::embed::options::Options::default()
            })
        };
        let others = ["initialWidth", "parentTitle", "q", "utm_source", "View", ""];
        for key in keys.iter().chain(&others) {
            let listed = keys.contains(key);
            assert_eq!(changes_options(key), listed, "{key}");
            assert_eq!(crate::page::renders_afresh([*key]), listed, "{key}");
        }
    }

    #[test]
    fn the_page_scripts_and_stylesheet_keep_no_copy_of_the_pages_names() {
        use crate::page::CHECKED_FLAG;
        for file in [
            "js/early.js",
            "js/initializer.js",
            "style/main.css",
            "index.html",
        ] {
            let text = std::fs::read_to_string(file).unwrap();
            for name in [
                LOADING_ID,
                STALE_ID,
                STATIC_FLAG,
                STATIC_ID,
                LOCAL_FLAG,
                UNCOVERED_FLAG,
                ROOT_MARK,
                FRESH_FLAG,
                STALE_FLAG,
                CHECKED_FLAG,
                CHECK_GLOBAL,
                SOURCE_ATTRIBUTE,
                WASM_ATTRIBUTE,
                LOADER_FILE,
                DATA_ID,
                THEME_STORAGE_KEY,
            ] {
                assert!(!text.contains(name), "{file} names {name}");
            }
        }
        let contract: serde_json::Value = serde_json::from_str(&script_contract()).unwrap();
        assert_eq!(
            contract,
            serde_json::json!({
                "themeKey": "observer-brief-theme",
                "freshKeys": ["view", "theme", "embed", "src", "statement", "childId", "parentUrl", "parentOrigin", "lang"],
                "freshFlag": "data-fresh",
                "staleFlag": "data-stale",
                "sourceAttribute": "data-source",
                "integrityAttribute": "data-source-integrity",
                "wasmAttribute": "data-app-wasm",
                "loader": "./boot.js",
                "check": "observerBriefDataCheck",
                "loading": "boot-loading",
                "failedAttribute": "data-failed",
                "retryAttribute": "data-retry",
                "staticFlag": "data-static",
                "localFlag": "data-local",
                "uncoveredFlag": "data-uncovered",
                "coveredKeys": ["embed", "childId", "parentUrl", "parentOrigin", "statement"],
                "stallSeconds": 10,
            })
        );
        assert_eq!(
            fill_contract("const page = PAGE_CONTRACT;").unwrap(),
            format!("const page = {};", script_contract())
        );
        assert_eq!(
            fill_contract("no place for it").unwrap_err(),
            "a page script must name PAGE_CONTRACT exactly once, not 0 times"
        );
    }

    #[test]
    fn the_inline_stylesheet_ends_with_the_pages_rules_in_its_names() {
        let inline = Inline::new("PAGE_CONTRACT", "body{margin:0}").unwrap();
        assert_eq!(
            inline.style,
            "body{margin:0}\n/* The release page's flags (src/page/build.rs). */\n\
             html[data-fresh] #observer-brief-page, html[data-stale] #observer-brief-page { display: none; }\n\
             html[data-fresh] #boot-loading[hidden], html[data-stale] #brief-stale[hidden] { display: flex; }\n\
             #boot-loading.fatal-error { position: sticky; top: 0; z-index: 1; }\n\
             html[data-uncovered] #observer-brief-page { display: none; }\n\
             html[data-static] #brief-static[hidden], html[data-local] #brief-local[hidden], \
             html[data-uncovered] #brief-uncovered[hidden] { display: block; }\n"
        );
        assert_eq!(
            Inline::new("PAGE_CONTRACT", "a{}</style>").unwrap_err(),
            "the stylesheet or the early script would end its own element"
        );
    }

    #[test]
    fn a_page_without_its_parts_is_refused_by_name() {
        let inline = Inline::new("PAGE_CONTRACT", "").unwrap();
        let inputs = |html| PageInputs {
            html,
            source: "data/brief.json",
            data: DATA.as_bytes(),
            brief: bundled(),
            inline: &inline,
            modules: vec![],
            wasm: "x_bg.wasm",
            words: Language::En,
        };
        let no_root = TRUNK_PAGE.replace("<div id=\"observer-brief-page\"></div>", "");
        assert_eq!(
            release_page(&inputs(&no_root)).unwrap_err(),
            "index.html has no empty root element (<div id=\"observer-brief-page\"></div>)"
        );
        let no_css = TRUNK_PAGE.replace("href=\"./main.css\"", "href=\"./other.css\"");
        assert_eq!(
            release_page(&inputs(&no_css)).unwrap_err(),
            "index.html does not link ./main.css"
        );
        let no_title = TRUNK_PAGE.replace("<title>Observer brief</title>", "");
        assert_eq!(
            release_page(&inputs(&no_title)).unwrap_err(),
            "index.html has no <title> for the share metadata to replace"
        );
    }
}
