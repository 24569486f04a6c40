//! What the native tests of the release page share: the page the post-build hook writes,
//! rendered from `index.html` as Trunk leaves it.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::Arc;

use observer_brief::data::model::{Brief, Language};
use observer_brief::data::parse::BRIEF_URL;
use observer_brief::page::build::{move_loader, release_page, Inline, PageInputs};

/// `index.html` as Trunk writes it, in the parts the hook reads: the stylesheet linked as
/// `./main.css`, Trunk's other links gone, its loader inline at the end of the head.
fn trunk_output() -> String {
    let index = std::fs::read_to_string("index.html").unwrap();
    let css = "<link data-trunk rel=\"css\" href=\"style/main.css\" />";
    assert!(index.contains(css), "index.html links the stylesheet");
    index
        .replace(css, "<link rel=\"stylesheet\" href=\"./main.css\"/>")
        .lines()
        .filter(|line| !line.trim_start().starts_with("<link data-trunk"))
        .collect::<Vec<_>>()
        .join("\n")
        .replace(
            "</head>",
            "<script type=\"module\">import init from './observer-brief.js';\nawait init();</script></head>",
        )
}

/// The release page the hook writes for data file `data`, read as `brief`, with `inline` as
/// its inline script and stylesheet.
pub fn release_page_with(data: &str, brief: Brief, inline: &Inline) -> String {
    let (html, _) = move_loader(&trunk_output()).unwrap();
    release_page(&PageInputs {
        html: &html,
        source: BRIEF_URL,
        data: data.as_bytes(),
        brief: Arc::new(brief),
        inline,
        modules: vec![],
        wasm: "observer-brief_bg.wasm",
        words: Language::En,
    })
    .unwrap()
}
