//! Drafts a brief from an article's plain text and prints it as JSON: every paragraph verbatim,
//! a `direct_quote` statement per quotation with its printed attribution and a proposed
//! speaker, the people named with a title, and the dates and counts found. Everything guessed
//! is listed under `draft.to_confirm`; `validate-brief` explains what is left to do.
//!
//!     cargo run --bin new-brief -- ARTICLE.txt > data/draft.json
//!     cargo run --bin new-brief -- --lang ru ARTICLE.txt > data/draft.json
//!
//! The report's language (English, Russian or Azerbaijani) is told by its letters unless
//! `--lang` gives it.
//!
//! Exit status 0 on success, 1 when the file cannot be read or holds no article, 2 on wrong
//! usage.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;

    use observer_brief::data::model::Language;
    use observer_brief::drafting::{article_text, detect, draft_brief_in};

    const USAGE: &str = "usage: new-brief [--lang en|ru|az] ARTICLE.txt > data/draft.json";
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (language, file) = match args.as_slice() {
        [flag, tag, file] if flag == "--lang" => match Language::from_tag(tag) {
            Some(language) => (Some(language), file),
            None => {
                eprintln!("new-brief: --lang {tag}: not one of en, ru, az\n{USAGE}");
                return ExitCode::from(2);
            }
        },
        [file] if !file.starts_with('-') => (None, file),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let contents = match std::fs::read_to_string(file) {
        Ok(contents) => contents,
        Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
            eprintln!("new-brief: {file}: is not UTF-8 text (was it saved as UTF-16, \"Unicode\" in Notepad?); save it as UTF-8");
            return ExitCode::FAILURE;
        }
        Err(e) => {
            eprintln!("new-brief: {file}: cannot be read: {e}");
            return ExitCode::FAILURE;
        }
    };
    let text = match article_text(&contents) {
        Ok(text) => text,
        Err(why) => {
            eprintln!("new-brief: {file}: {why}");
            return ExitCode::FAILURE;
        }
    };
    // The language its letters tell, unless the editor says which it is.
    let language = language.unwrap_or_else(|| detect(text));
    let brief = draft_brief_in(text, language);
    if brief.article.paragraphs.is_empty() {
        eprintln!("new-brief: {file}: no paragraphs found after the headline (paragraphs are separated by blank lines)");
        return ExitCode::FAILURE;
    }
    match serde_json::to_string_pretty(&brief) {
        Ok(json) => {
            println!("{json}");
            let draft = brief.draft.as_ref().map_or(0, |d| d.to_confirm.len());
            eprintln!(
                "new-brief: {} paragraphs, {} statements, {} people, language {}; {draft} values to confirm (validate-brief lists them)",
                brief.article.paragraphs.len(),
                brief.statements.len(),
                brief.people.len(),
                brief.language.tag()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("new-brief: cannot write the draft: {e}");
            ExitCode::FAILURE
        }
    }
}

// Drafting is a native tool; the wasm build of this binary (checked by clippy) does nothing.
#[cfg(target_arch = "wasm32")]
fn main() {}
