//! The release page's Content-Security-Policy, as the README gives it and as the build writes it
//! (`dist/content-security-policy.txt`, from `Inline::policy`), allows exactly the inline script
//! and stylesheet that stand in the page the build writes: the expected policy is written out
//! here by hand, with the SHA-256 of each element's text as the page carries it, computed here
//! with `sha2` and `base64` rather than by the page's own code.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use base64::Engine;
use observer_brief::data::parse::{parse_brief, BRIEF_URL};
use observer_brief::page::build::Inline;
use observer_brief::page::ROOT_ID;
use sha2::{Digest, Sha256};

/// A CSP hash source for `text`: `'sha256-` and the base64 of its SHA-256.
fn hash_source(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The text of the one element in `page` that opens exactly with `open` and ends at `close`.
fn element_text<'a>(page: &'a str, open: &str, close: &str) -> &'a str {
    assert_eq!(page.matches(open).count(), 1, "one {open} in the page");
    let start = page.find(open).unwrap() + open.len();
    &page[start..start + page[start..].find(close).unwrap()]
}

/// The build's inline script and stylesheet, from the files it makes them from.
fn inline() -> Inline {
    let early = std::fs::read_to_string("js/early.js").unwrap();
    let stylesheet = std::fs::read_to_string("style/main.css").unwrap();
    Inline::new(&early, &stylesheet).unwrap()
}

/// The policy the page needs, by hand: the hashes of its inline `<script>` and `<style>` as
/// they stand in the release page.
fn policy_for_the_page() -> String {
    let data = std::fs::read_to_string("data/brief.json").unwrap();
    let brief = parse_brief(BRIEF_URL, &data).unwrap();
    let page = common::release_page_with(&data, brief, &inline());
    let script = element_text(&page, "<script>", "</script>");
    let style = element_text(&page, "<style>", "</style>");
    assert!(
        script.contains("localStorage") && style.contains(".observer-brief"),
        "the early script and the stylesheet are the page's inline elements"
    );
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self' {}; \
         img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors *",
        hash_source(script),
        hash_source(style)
    )
}

#[test]
fn the_build_writes_the_policy_that_allows_exactly_the_page_s_inline_script_and_style() {
    assert_eq!(inline().policy(""), policy_for_the_page());
}

#[test]
fn the_readme_gives_the_exact_policy_of_the_release_page() {
    let policy = policy_for_the_page();
    let readme = std::fs::read_to_string("README.md").unwrap();
    assert!(
        readme.contains(&format!("\n  {policy}\n")),
        "README.md, \"Hardening and performance\", must give the policy the page needs:\n{policy}"
    );
}

#[test]
fn data_origins_the_deployer_allowed_are_the_only_ones_the_page_may_connect_to() {
    let policy =
        inline().policy("https://data.example.org, https://cdn.example.com/path https://x.example");
    let page = policy_for_the_page();
    let (before, after) = page.split_at(page.find(" img-src").unwrap());
    assert_eq!(
        policy,
        format!("{before} connect-src 'self' https://data.example.org https://x.example;{after}"),
        "an entry with a path is no origin and is left out"
    );
}

#[test]
fn index_html_has_the_empty_root_the_release_page_is_rendered_into() {
    let index = std::fs::read_to_string("index.html").unwrap();
    assert_eq!(
        index
            .matches(&format!("<div id=\"{ROOT_ID}\"></div>"))
            .count(),
        1
    );
}
