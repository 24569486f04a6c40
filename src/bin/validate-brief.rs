//! Checks brief data files with exactly the code the page uses, and prints each problem as
//! `file: path: message`. A sound draft (made by `new-brief`) is explained instead: what is
//! still to confirm or fill, by path, in the order an editor does it.
//!
//! Exit status 0 when every file is a sound, finished brief; 1 when any is not sound; 3 when
//! all are sound but some are still drafts; 2 on wrong usage.
//!
//!     cargo run --bin validate-brief -- data/brief.json [more.json …]

use std::process::ExitCode;

use observer_brief::data::draft::todo;
use observer_brief::data::parse::{parse_brief, LoadError};

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() || files.iter().any(|f| f == "-h" || f == "--help") {
        eprintln!("usage: validate-brief FILE.json [FILE.json …]");
        return ExitCode::from(2);
    }
    let mut sound = true;
    let mut drafts = false;
    for file in &files {
        let lines = match std::fs::read_to_string(file) {
            Err(e) => vec![format!("{file}: (file): cannot be read: {e}")],
            Ok(text) => match parse_brief(file, &text) {
                Ok(brief) if brief.draft.is_some() => {
                    drafts = true;
                    let todo = todo(&brief);
                    println!(
                        "{file}: a sound draft, not yet a brief: {} things to do, in order",
                        todo.len()
                    );
                    for item in todo {
                        println!("{file}: {}: {}", item.path, item.what);
                    }
                    continue;
                }
                Ok(_) => {
                    println!("{file}: ok");
                    continue;
                }
                Err(error) => problem_lines(file, &error),
            },
        };
        sound = false;
        for line in lines {
            println!("{line}");
        }
    }
    match (sound, drafts) {
        (false, _) => ExitCode::FAILURE,
        (true, true) => ExitCode::from(3),
        (true, false) => ExitCode::SUCCESS,
    }
}

/// One `file: path: message` line per problem.
fn problem_lines(file: &str, error: &LoadError) -> Vec<String> {
    match error {
        LoadError::Invalid { problems, .. } => problems
            .iter()
            .map(|p| format!("{file}: {}: {}", p.path, p.message))
            .collect(),
        LoadError::Shape { path, message, .. } => vec![format!("{file}: {path}: {message}")],
        LoadError::Syntax { detail, .. } => vec![format!("{file}: (syntax): {detail}")],
        other => vec![format!("{file}: (file): {other}")],
    }
}
