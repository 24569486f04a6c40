//! Checks brief data files with exactly the code the page uses, and prints each problem as
//! `file: path: message`. Exit status 0 when every file is sound, 1 when any is not, 2 on
//! wrong usage.
//!
//!     cargo run --bin validate-brief -- data/brief.json [more.json …]

use std::process::ExitCode;

use observer_brief::data::parse::{parse_brief, LoadError};

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() || files.iter().any(|f| f == "-h" || f == "--help") {
        eprintln!("usage: validate-brief FILE.json [FILE.json …]");
        return ExitCode::from(2);
    }
    let mut sound = true;
    for file in &files {
        let lines = match std::fs::read_to_string(file) {
            Err(e) => vec![format!("{file}: (file): cannot be read: {e}")],
            Ok(text) => match parse_brief(file, &text) {
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
    if sound {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
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
