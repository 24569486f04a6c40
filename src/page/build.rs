//! The release page, written at build time (natively, by the `post-build` hook): the brief
//! rendered to HTML by the same components the browser runs, the data it was rendered from,
//! the hashes that let the page check its data file, and the inline script and style the first
//! paint needs, with the Content-Security-Policy that allows exactly those.
//!
//! Plain string work on Trunk's output, so that it is tested natively like everything else.

use std::sync::Arc;

use base64::Engine;
use leptos::prelude::*;
use sha2::{Digest, Sha256};

use crate::data::model::Brief;
use crate::embed::options::QUERY_KEYS;
use crate::embed::origin::parse_allowlist;
use crate::page::{
    DATA_ID, FRESH_KEYS_ATTRIBUTE, INTEGRITY_ATTRIBUTE, ROOT_ID, SOURCE_ATTRIBUTE,
    THEME_KEY_ATTRIBUTE,
};
use crate::reading::share::script_safe_json;
use crate::state::placement::Placement;
use crate::state::theme::THEME_STORAGE_KEY;
use crate::views::App;

/// The file Trunk's inline loader is moved to, so that no script is inline but the early one.
pub const LOADER_FILE: &str = "boot.js";

/// The module that starts the loader once the page has been painted (`js/start.js`).
pub const START_FILE: &str = "start.js";

/// The file the release build writes the page's exact Content-Security-Policy to.
pub const POLICY_FILE: &str = "content-security-policy.txt";

/// The brief as its own page shows it before any script has run, as HTML: exactly what the app
/// renders in the browser on opening, so that it can take these nodes over in place.
pub fn render_brief(brief: Arc<Brief>) -> String {
    // The views' selectors spawn a task that follows later changes; natively nothing changes
    // after rendering, but the task needs an executor to be spawned on. (Already set: fine.)
    let _ = any_spawner::Executor::init_futures_executor();
    Owner::new().with(|| view! { <App placement=Placement::default() brief/> }.to_html())
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

/// Escapes text for an HTML attribute value in double quotes.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
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
    /// The stylesheet, to be inlined.
    pub stylesheet: &'a str,
    /// The early script (`js/early.js`), to be inlined.
    pub early_script: &'a str,
    /// The modules the loader imports (its own file, the app's JavaScript, wasm-bindgen's
    /// snippets, the initializer), relative to the page, to be preloaded.
    pub modules: Vec<String>,
    /// The app's WebAssembly, relative to the page, to be preloaded.
    pub wasm: &'a str,
}

/// The release page: `inputs.html` with the brief rendered into its root, the data it was
/// rendered from, the attributes the early script reads, the early script and the stylesheet
/// inline (nothing else blocks the first paint), and the app loaded from the end of the body.
/// Fails, naming what is missing, when the page does not have the parts it expects.
pub fn release_page(inputs: &PageInputs) -> Result<String, String> {
    let mut html = inputs.html.to_string();
    let replace = |html: &mut String, what: &str, from: &str, to: &str| {
        if !html.contains(from) {
            return Err(format!("index.html has no {what} ({from})"));
        }
        *html = html.replacen(from, to, 1);
        Ok::<(), String>(())
    };
    let root = format!("<div id=\"{ROOT_ID}\"></div>");
    let data = script_safe_json(std::str::from_utf8(inputs.data).map_err(|e| e.to_string())?);
    replace(
        &mut html,
        "empty root element",
        &root,
        &format!(
            "<script type=\"application/json\" id=\"{DATA_ID}\">{data}</script>\n    \
             <div id=\"{ROOT_ID}\">{}</div>",
            render_brief(inputs.brief.clone())
        ),
    )?;
    let keys = QUERY_KEYS.join(" ");
    replace(
        &mut html,
        "<html lang=\"en\">",
        "<html lang=\"en\">",
        &format!(
            "<html lang=\"en\" {SOURCE_ATTRIBUTE}=\"{}\" {INTEGRITY_ATTRIBUTE}=\"{}\" \
             {THEME_KEY_ATTRIBUTE}=\"{THEME_STORAGE_KEY}\" {FRESH_KEYS_ATTRIBUTE}=\"{keys}\">",
            attribute(inputs.source),
            integrity(inputs.data),
        ),
    )?;
    if inputs.stylesheet.contains("</style") || inputs.early_script.contains("</script") {
        return Err("the stylesheet or the early script would end its own element".into());
    }
    let stylesheet = element_starting(&html, "<link rel=\"stylesheet\" href=\"./main.css\"")
        .ok_or("index.html does not link ./main.css")?;
    replace(
        &mut html,
        "stylesheet link",
        &stylesheet,
        &format!(
            "<script>{}</script>\n    <style>{}</style>",
            inputs.early_script, inputs.stylesheet
        ),
    )?;
    replace(
        &mut html,
        "loading notice",
        "<p id=\"boot-loading\"",
        "<p id=\"boot-loading\" hidden",
    )?;
    // The app loads once the page itself has been painted (`start.js` waits for it), so that
    // its scripts never hold up the first paint; the files it needs are fetched, not run,
    // from the end of the body, once the page itself has arrived. (Trunk's own preloads in
    // the head would compete with the page for the reader's connection.)
    for kind in ["<link rel=\"modulepreload\"", "<link rel=\"preload\""] {
        while let Some(link) = element_starting(&html, kind) {
            html = html.replacen(&link, "", 1);
        }
    }
    let mut tail = String::new();
    for module in &inputs.modules {
        tail.push_str(&format!(
            "<link rel=\"preload\" href=\"./{}\" as=\"script\" crossorigin=\"anonymous\">\n    ",
            attribute(module)
        ));
    }
    tail.push_str(&format!(
        "<link rel=\"preload\" href=\"./{}\" as=\"fetch\" type=\"application/wasm\" crossorigin=\"anonymous\">\n    \
         <script type=\"module\" src=\"./{START_FILE}\"></script>\n  </body>",
        attribute(inputs.wasm)
    ));
    replace(
        &mut html,
        "loader",
        &format!("<script type=\"module\" src=\"./{LOADER_FILE}\"></script>"),
        "",
    )?;
    replace(&mut html, "end of the body", "</body>", &tail)?;
    Ok(html)
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
            "<h1 id=\"headline\">Heads of CIS and SCO observer missions held a working meeting in Baku</h1>"
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

    const TRUNK_PAGE: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\
        <link rel=\"stylesheet\" href=\"./main.css\" integrity=\"sha384-x\"/>\
        <link rel=\"modulepreload\" href=\"./observer-brief.js\" integrity=\"sha384-y\">\
        <link rel=\"preload\" href=\"./observer-brief_bg.wasm\" as=\"fetch\">\
        <script type=\"module\">import init from './observer-brief.js';\nawait init();</script>\
        </head><body><p id=\"boot-loading\" class=\"loading-state\">Loading</p>\
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
    fn the_release_page_carries_the_brief_its_data_its_checks_and_loads_the_app_last() {
        let (html, _) = move_loader(TRUNK_PAGE).unwrap();
        let data = DATA.as_bytes().to_vec();
        let page = release_page(&PageInputs {
            html: &html,
            source: "data/brief.json",
            data: &data,
            brief: bundled(),
            stylesheet: "body{margin:0}",
            early_script: "var early;",
            modules: vec!["boot.js".into(), "observer-brief.js".into()],
            wasm: "observer-brief_bg.wasm",
        })
        .unwrap();
        let root_at = page
            .find("<div id=\"observer-brief-page\"><div class=\"observer-brief\"")
            .unwrap();
        let data_at = page
            .find("<script type=\"application/json\" id=\"brief-data\">{")
            .unwrap();
        assert!(data_at < root_at, "the data stands before the brief");
        assert!(page.contains(&format!(
            "<html lang=\"en\" data-source=\"data/brief.json\" data-source-integrity=\"{}\" \
             data-theme-storage-key=\"observer-brief-theme\" \
             data-fresh-keys=\"view theme embed src statement childId parentUrl parentOrigin\">",
            integrity(&data)
        )));
        assert!(page.contains("<script>var early;</script>\n    <style>body{margin:0}</style>"));
        assert!(
            !page.contains("main.css"),
            "the stylesheet is inline, not linked"
        );
        assert!(page.contains("<p id=\"boot-loading\" hidden class=\"loading-state\">"));
        // The app comes last, after the brief: preloads, then the module that starts it.
        let tail = &page[page.rfind("</div>").unwrap()..];
        assert_eq!(
            tail,
            "</div><link rel=\"preload\" href=\"./boot.js\" as=\"script\" crossorigin=\"anonymous\">\n    \
             <link rel=\"preload\" href=\"./observer-brief.js\" as=\"script\" crossorigin=\"anonymous\">\n    \
             <link rel=\"preload\" href=\"./observer-brief_bg.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin=\"anonymous\">\n    \
             <script type=\"module\" src=\"./start.js\"></script>\n  </body></html>"
        );
        assert!(
            !page.contains("integrity=\"sha384-y\""),
            "Trunk's own preloads are gone"
        );
        assert!(
            !page.contains("src=\"./boot.js\""),
            "the loader is started by start.js"
        );
    }

    #[test]
    fn a_page_without_its_parts_is_refused_by_name() {
        let inputs = |html| PageInputs {
            html,
            source: "data/brief.json",
            data: DATA.as_bytes(),
            brief: bundled(),
            stylesheet: "",
            early_script: "",
            modules: vec![],
            wasm: "x_bg.wasm",
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
    }
}
