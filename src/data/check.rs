//! What the editors' `validate-brief` command says about brief files: a line per problem or
//! thing still to do, and its exit status. Here rather than in the command, so that the
//! library's tests (and mutation testing, which runs only those) defend it.

use crate::data::draft::todo;
use crate::data::parse::{parse_brief, LoadError};

/// The exit status for wrong usage: no file named, or help asked for.
pub const USAGE_STATUS: u8 = 2;

/// What one file turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// A sound, finished brief.
    Brief,
    /// A sound draft (made by `new-brief`), not yet a brief.
    Draft,
    /// Not a sound brief: unreadable, not JSON, the wrong shape or against the rules.
    Unsound,
}

/// Whether the command's arguments (after its name) ask for its usage instead of files.
pub fn asks_for_usage(args: &[String]) -> bool {
    args.is_empty() || args.iter().any(|a| a == "-h" || a == "--help")
}

/// The verdict on `file` and the lines the command prints about it, each `file: path: message`:
/// `file: ok` for a finished brief, what is still to do (in order) for a sound draft, every
/// problem otherwise. `text` is the file's content, or why it could not be read.
pub fn check_file(file: &str, text: Result<&str, String>) -> (Verdict, Vec<String>) {
    let text = match text {
        Ok(text) => text,
        Err(why) => {
            return (
                Verdict::Unsound,
                vec![format!("{file}: (file): cannot be read: {why}")],
            )
        }
    };
    match parse_brief(file, text) {
        Ok(brief) if brief.draft.is_some() => {
            let todo = todo(&brief);
            let mut lines = vec![format!(
                "{file}: a sound draft, not yet a brief: {} things to do, in order",
                todo.len()
            )];
            lines.extend(
                todo.iter()
                    .map(|item| format!("{file}: {}: {}", item.path, item.what)),
            );
            (Verdict::Draft, lines)
        }
        Ok(_) => (Verdict::Brief, vec![format!("{file}: ok")]),
        Err(error) => (Verdict::Unsound, problem_lines(file, &error)),
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

/// The exit status after files with `verdicts`: 0 when every file is a finished brief, 1 when
/// any is not sound, 3 when all are sound but some are still drafts.
pub fn exit_status(verdicts: &[Verdict]) -> u8 {
    if verdicts.contains(&Verdict::Unsound) {
        1
    } else if verdicts.contains(&Verdict::Draft) {
        3
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::{Draft, Speaker};
    use crate::data::parse::bundled;

    const BRIEF: &str = include_str!("../../data/brief.json");

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|a| a.to_string()).collect()
    }

    #[test]
    fn no_file_or_a_help_flag_asks_for_usage() {
        assert!(asks_for_usage(&[]));
        assert!(asks_for_usage(&args(&["a.json", "-h"])));
        assert!(asks_for_usage(&args(&["--help", "a.json"])));
        assert!(!asks_for_usage(&args(&["a.json"])));
        assert!(!asks_for_usage(&args(&["a.json", "-help", "--h"])));
    }

    #[test]
    fn the_status_is_1_for_any_unsound_file_else_3_for_any_draft_else_0() {
        use Verdict::*;
        assert_eq!(exit_status(&[Brief]), 0);
        assert_eq!(exit_status(&[Brief, Brief]), 0);
        assert_eq!(exit_status(&[Draft]), 3);
        assert_eq!(exit_status(&[Brief, Draft]), 3);
        assert_eq!(exit_status(&[Unsound]), 1);
        assert_eq!(exit_status(&[Brief, Unsound]), 1);
        assert_eq!(exit_status(&[Unsound, Draft]), 1);
        assert_eq!(USAGE_STATUS, 2);
    }

    #[test]
    fn a_finished_brief_is_ok_in_one_line() {
        assert_eq!(
            check_file("b.json", Ok(BRIEF)),
            (Verdict::Brief, vec!["b.json: ok".to_string()])
        );
    }

    #[test]
    fn a_sound_draft_says_how_many_things_are_to_do_then_each_in_order() {
        let mut brief = bundled();
        brief.article.outlet = None;
        brief.draft = Some(Draft::default());
        let text = serde_json::to_string(&brief).unwrap();
        let (verdict, lines) = check_file("d.json", Ok(&text));
        assert_eq!(verdict, Verdict::Draft);
        assert_eq!(
            lines,
            [
                "d.json: a sound draft, not yet a brief: 3 things to do, in order",
                "d.json: article.outlet: fill: the outlet the page credits, or leave null if not reported",
                "d.json: statements[*].date: fill: the date of each statement the article dates (2 have none; null means not reported)",
                "d.json: draft: delete it once nothing above is left: the page then shows the brief as checked",
            ]
        );
    }

    #[test]
    fn an_unsound_file_gives_a_line_per_problem_with_its_path() {
        let (verdict, lines) = check_file("x.json", Err("No such file".into()));
        assert_eq!(verdict, Verdict::Unsound);
        assert_eq!(lines, ["x.json: (file): cannot be read: No such file"]);

        let (verdict, lines) = check_file("x.json", Ok("{"));
        assert_eq!(verdict, Verdict::Unsound);
        assert_eq!(
            lines,
            ["x.json: (syntax): EOF while parsing an object at line 1 column 1"]
        );

        let wrong = BRIEF.replacen("\"headline\"", "\"headline\": 1, \"x\"", 1);
        let (verdict, lines) = check_file("x.json", Ok(&wrong));
        assert_eq!(verdict, Verdict::Unsound);
        assert_eq!(lines.len(), 1);
        assert!(
            lines[0].starts_with("x.json: article.headline: invalid type: integer `1`"),
            "{lines:?}"
        );

        let mut brief = bundled();
        brief.statements[3].speaker = Speaker::Person("nobody".into());
        brief.statements[4].speaker = Speaker::Person("nobody".into());
        let text = serde_json::to_string(&brief).unwrap();
        let (verdict, lines) = check_file("x.json", Ok(&text));
        assert_eq!(verdict, Verdict::Unsound);
        assert_eq!(
            lines,
            [
                "x.json: statements[3].speaker.person: no person has the id \"nobody\"",
                "x.json: statements[4].speaker.person: no person has the id \"nobody\"",
            ]
        );
    }
}
