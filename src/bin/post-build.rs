//! Trunk's post-build hook (see `Trunk.toml`), run on the staging folder before it becomes
//! `dist/`:
//! 1. moves Trunk's inline loader into `boot.js`, so that the page needs no inline script but
//!    the one allowed by its hash, and mends its read of the WebAssembly so that a download
//!    that breaks off is reported (`mend_loader`);
//! 2. fills the page's names (`observer_brief::page`) into the initializer and writes the
//!    loading notice, in every build;
//! 3. in a release build, writes the release page: the brief rendered natively into
//!    `index.html` (and, with the reader's words in each other language, `ru.html`, …), with its share metadata rendered from the same data, the data itself, its
//!    integrity value, the early script and the stylesheet inline; and the page's exact
//!    Content-Security-Policy into `content-security-policy.txt`.
//!
//! No browser and no Node: the same Leptos components render here as in the browser.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("post-build: {message}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn run() -> Result<(), String> {
    use std::path::Path;
    use std::sync::Arc;

    use observer_brief::data::model::Language;
    use observer_brief::data::parse::{parse_brief, BRIEF_URL};
    use observer_brief::embed::origin::BUILD_ALLOWLIST;
    use observer_brief::page::build::{
        debug_page, fill_contract, mend_loader, move_loader, rehash_preload, release_page, Inline,
        PageInputs, LOADER_FILE, POLICY_FILE,
    };
    use observer_brief::page::page_file;

    // Where Trunk puts the initializer that `index.html` names (`data-initializer`).
    const INITIALIZER: &str = "initializer.js";

    let staging = std::env::var("TRUNK_STAGING_DIR")
        .map_err(|_| "run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)")?;
    let dir = Path::new(&staging);
    let read = |name: &str| {
        std::fs::read(dir.join(name)).map_err(|e| format!("{name} cannot be read: {e}"))
    };
    let write = |name: &str, text: &str| {
        std::fs::write(dir.join(name), text).map_err(|e| format!("{name} cannot be written: {e}"))
    };
    let text = |name: &str| {
        read(name).and_then(|bytes| String::from_utf8(bytes).map_err(|e| format!("{name}: {e}")))
    };

    let (html, loader) = move_loader(&text("index.html")?)?;
    write(LOADER_FILE, &mend_loader(&loader)?)?;
    // Trunk's initializer (`js/initializer.js`) reports a failure in the loading notice, whose
    // id it learns here; the debug page preloads it by its integrity value.
    let initializer = fill_contract(&text(INITIALIZER)?)?;
    write(INITIALIZER, &initializer)?;
    let html = rehash_preload(&html, INITIALIZER, initializer.as_bytes());
    if std::env::var("TRUNK_PROFILE").as_deref() != Ok("release") {
        // `trunk serve` and debug builds render in the browser, from the data file.
        return write("index.html", &debug_page(&html)?);
    }

    let data = read(BRIEF_URL)?;
    let brief = parse_brief(BRIEF_URL, &String::from_utf8_lossy(&data))
        .map_err(|e| format!("the page cannot be rendered: {e}"))?;
    // The early script is inlined from the source tree: it is not one of Trunk's assets.
    let early_script = std::fs::read_to_string("js/early.js")
        .map_err(|e| format!("js/early.js cannot be read: {e}"))?;
    let inline = Inline::new(&early_script, &text("main.css")?)?;
    // Every module the loader imports on its way to the WebAssembly: preloaded, so that none
    // costs a round trip of its own.
    let mut modules = vec![LOADER_FILE.to_string()];
    let mut wasm = String::new();
    for entry in std::fs::read_dir(dir).map_err(|e| e.to_string())?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with("_bg.wasm") {
            wasm = name;
        } else if name == INITIALIZER
            || (name.ends_with(".js") && dir.join(name.replace(".js", "_bg.wasm")).exists())
        {
            modules.push(name);
        }
    }
    for folder in std::fs::read_dir(dir.join("snippets"))
        .into_iter()
        .flatten()
        .flatten()
    {
        for file in std::fs::read_dir(folder.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            modules.push(format!(
                "snippets/{}/{}",
                folder.file_name().to_string_lossy(),
                file.file_name().to_string_lossy()
            ));
        }
    }
    modules.sort();
    // `index.html` in the brief's own language, and beside it the same brief with the reader's
    // words in each other language (`ru.html`, …): a reader who asks for one gets a page that
    // reads at once, as the English one does.
    let brief = Arc::new(brief);
    for words in Language::ALL {
        let file = page_file(words, brief.language);
        let page = release_page(&PageInputs {
            html: &html,
            source: BRIEF_URL,
            data: &data,
            brief: brief.clone(),
            inline: &inline,
            modules: modules.clone(),
            wasm: &wasm,
            words,
        })?;
        write(&file, &page)?;
        println!("post-build: pre-rendered {file} ({} bytes)", page.len());
    }
    let policy = inline.policy(BUILD_ALLOWLIST);
    write(POLICY_FILE, &format!("{policy}\n"))?;
    println!("post-build: policy in {POLICY_FILE}");
    Ok(())
}

#[cfg(target_arch = "wasm32")]
fn main() {}
