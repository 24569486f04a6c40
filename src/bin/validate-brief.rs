//! Checks brief data files with exactly the code the page uses, and prints each problem as
//! `file: path: message`. A sound draft (made by `new-brief`) is explained instead: what is
//! still to confirm or fill, by path, in the order an editor does it.
//!
//! Exit status 0 when every file is a sound, finished brief; 1 when any is not sound; 3 when
//! all are sound but some are still drafts; 2 on wrong usage (`data::check` decides each).
//!
//!     cargo run --bin validate-brief -- data/brief.json [more.json …]

use std::process::ExitCode;

use observer_brief::data::check::{asks_for_usage, check_file, exit_status, USAGE_STATUS};

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if asks_for_usage(&files) {
        eprintln!("usage: validate-brief FILE.json [FILE.json …]");
        return ExitCode::from(USAGE_STATUS);
    }
    let mut verdicts = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).map_err(|e| e.to_string());
        let (verdict, lines) = check_file(file, text.as_deref().map_err(Clone::clone));
        verdicts.push(verdict);
        for line in lines {
            println!("{line}");
        }
    }
    ExitCode::from(exit_status(&verdicts))
}
