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
use crate::state::placement::Placement;
use crate::state::theme::THEME_STORAGE_KEY;
use crate::views::App;

/// The file Trunk's inline loader is moved to, so that no script is inline but the early one.
pub const LOADER_FILE: &str = "boot.js";

/// The file the release build writes the page's exact Content-Security-Policy to.
pub const POLICY_FILE: &str = "content-security-policy.txt";

/// The brief as its own page shows it before any script has run, as HTML: exactly what the app
/// renders in the browser on opening, so that it can take these nodes over in place.
pub fn render_brief(brief: Arc<Brief>) -> String {
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

/// JSON made safe inside a `<script>` element: `<`, `>` and `&` written as JSON escapes (they
/// only occur inside strings, where the escape means the same), so that no `</script>` or
/// `<!--` in the data can end or change the element.
pub fn script_safe_json(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
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
}

/// The release page: `inputs.html` with the brief rendered into its root, the data it was
/// rendered from, the attributes the early script reads, the early script and the stylesheet
/// inline (nothing else blocks the first paint), and no preloading that would compete with the
/// page for the reader's connection. Fails, naming what is missing, when the page does not
/// have the parts it expects.
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
    // The WebAssembly is fetched once the page is parsed (the loader is a module script), not
    // preloaded alongside the page itself.
    for kind in ["<link rel=\"modulepreload\"", "<link rel=\"preload\""] {
        while let Some(link) = element_starting(&html, kind) {
            html = html.replacen(&link, "", 1);
        }
    }
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

    #[test]
    fn the_whole_brief_renders_natively() {
        let html = render_brief(bundled());
        assert!(
            html.contains("Heads of CIS and SCO observer missions held a working meeting in Baku")
        );
    }
}
