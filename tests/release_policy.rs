//! The release page's Content-Security-Policy as the README gives it is the one the build
//! writes (`dist/content-security-policy.txt`): computed here from the same inline script and
//! stylesheet, made the way the build makes them (`Inline`), so that a change to either cannot
//! leave the documented policy behind.
#![cfg(not(target_arch = "wasm32"))]

use observer_brief::embed::origin::BUILD_ALLOWLIST;
use observer_brief::page::build::Inline;
use observer_brief::page::ROOT_ID;

#[test]
fn the_readme_gives_the_exact_policy_of_the_release_page() {
    let early = std::fs::read_to_string("js/early.js").unwrap();
    let stylesheet = std::fs::read_to_string("style/main.css").unwrap();
    let policy = Inline::new(&early, &stylesheet)
        .unwrap()
        .policy(BUILD_ALLOWLIST);
    let readme = std::fs::read_to_string("README.md").unwrap();
    assert!(
        readme.contains(&format!("\n  {policy}\n")),
        "README.md, \"Hardening and performance\", must give the policy the build writes:\n{policy}"
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
