//! The brief as the release page renders it natively, for the native/browser parity test
//! (`e2e/parity.spec.mjs`): for each data file named, the HTML that `page::build::render_brief`
//! writes into the page's root, printed as one JSON object from file name to HTML.
//!
//! `cargo run --example render-brief -- data/brief.json e2e/fixtures/draft.json`

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::sync::Arc;

    use observer_brief::data::parse::parse_brief;
    use observer_brief::page::build::render_brief;

    let mut renders = serde_json::Map::new();
    for file in std::env::args().skip(1) {
        let brief = std::fs::read_to_string(&file)
            .map_err(|e| format!("{file}: {e}"))
            .and_then(|text| parse_brief(&file, &text).map_err(|e| e.to_string()));
        match brief {
            Ok(brief) => {
                renders.insert(file, render_brief(Arc::new(brief)).into());
            }
            Err(message) => {
                eprintln!("render-brief: {message}");
                return std::process::ExitCode::FAILURE;
            }
        }
    }
    println!("{}", serde_json::Value::Object(renders));
    std::process::ExitCode::SUCCESS
}

#[cfg(target_arch = "wasm32")]
fn main() {}
