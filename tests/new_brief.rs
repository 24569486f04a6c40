//! The `new-brief` and `validate-brief` commands on a real article: the draft printed, loaded
//! like any brief and explained, and the exit statuses. What a draft holds is tested in the
//! library (`src/drafting/articles.rs`).

#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

use observer_brief::data::draft::todo;
use observer_brief::data::model::Language;
use observer_brief::data::parse::parse_brief;
use observer_brief::drafting::draft_brief;

#[test]
fn the_commands_draft_a_file_and_explain_what_is_left_to_do() {
    let out = Command::new(env!("CARGO_BIN_EXE_new-brief"))
        .arg("source/article.txt")
        .output()
        .expect("new-brief runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json = String::from_utf8(out.stdout).unwrap();
    let brief = parse_brief("draft.json", &json).expect("the printed draft loads like any brief");
    assert_eq!(brief.statements.len(), 4);
    let file =
        std::env::temp_dir().join(format!("observer-brief-draft-{}.json", std::process::id()));
    std::fs::write(&file, &json).unwrap();
    let explained = Command::new(env!("CARGO_BIN_EXE_validate-brief"))
        .arg(&file)
        .output()
        .expect("validate-brief runs");
    std::fs::remove_file(&file).ok();
    assert_eq!(
        explained.status.code(),
        Some(3),
        "a sound draft is not yet a brief"
    );
    let lines: Vec<String> = String::from_utf8(explained.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            l.split_once(": ")
                .map(|(_, rest)| rest.to_string())
                .unwrap_or_default()
        })
        .collect();
    let paths: Vec<&str> = lines
        .iter()
        .skip(1)
        .map(|l| l.split(": ").next().unwrap())
        .collect();
    // The guesses to confirm, as the library drafts them (its own tests spell them out).
    let source = std::fs::read_to_string("source/article.txt").unwrap();
    let draft = draft_brief(&source).draft.expect("a draft");
    let guesses: Vec<&str> = draft.to_confirm.iter().map(|c| c.path.as_str()).collect();
    assert_eq!(paths[..guesses.len()], guesses);
    assert_eq!(
        paths[guesses.len()..],
        [
            "article.outlet",
            "article.attribution",
            "article.byline",
            "missions",
            "events",
            "statements[*].date",
            "draft",
        ]
    );
    assert_eq!(lines.len() - 1, todo(&brief).len());
    let no_file = Command::new(env!("CARGO_BIN_EXE_new-brief"))
        .arg("no/such/article.txt")
        .output()
        .unwrap();
    assert_eq!(no_file.status.code(), Some(1));
    let usage = Command::new(env!("CARGO_BIN_EXE_new-brief"))
        .output()
        .unwrap();
    assert_eq!(usage.status.code(), Some(2));
    // The language is told by the letters, or given: English text drafted as Azerbaijani.
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_new-brief"))
            .args(args)
            .output()
            .unwrap()
    };
    let told = run(&["tests/articles/az-lead-ins.txt"]);
    let told = parse_brief("told.json", &String::from_utf8(told.stdout).unwrap()).unwrap();
    assert_eq!(told.language, Language::Az);
    let given = run(&["--lang", "az", "source/article.txt"]);
    assert!(given.status.success());
    let given = parse_brief("given.json", &String::from_utf8(given.stdout).unwrap()).unwrap();
    assert_eq!(given.language, Language::Az);
    assert_eq!(
        run(&["--lang", "de", "source/article.txt"]).status.code(),
        Some(2)
    );
    assert_eq!(run(&["--lang", "ru"]).status.code(), Some(2));
}

#[test]
fn a_file_saved_with_a_byte_order_mark_and_crlf_drafts_the_same_as_without() {
    let draft = |path: &std::path::Path| {
        let out = Command::new(env!("CARGO_BIN_EXE_new-brief"))
            .arg(path)
            .output()
            .expect("new-brief runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let plain = draft(std::path::Path::new("source/article.txt"));
    // As Notepad saves it: a UTF-8 byte-order mark, and CRLF line ends.
    let article = std::fs::read_to_string("source/article.txt").unwrap();
    let notepad = format!("\u{feff}{}", article.replace('\n', "\r\n"));
    let file = std::env::temp_dir().join(format!("observer-brief-bom-{}.txt", std::process::id()));
    std::fs::write(&file, notepad).unwrap();
    let with_bom = draft(&file);
    std::fs::remove_file(&file).unwrap();
    let brief = parse_brief("draft.json", &with_bom).expect("the draft loads like any brief");
    assert_eq!(
        brief.article.headline,
        "Heads of CIS and SCO observer missions held a working meeting in Baku"
    );
    assert_eq!(with_bom, plain);
}
