//! Drafts: what `new-brief` guessed and what is still to fill, by path, in the order an editor
//! works through them. The paths a draft may list are defined here once; the tool writes them,
//! the validator checks them and the page marks the values they name.

use crate::data::model::{Brief, Speaker};

/// The paths of the values a draft can ask an editor to confirm.
pub mod paths {
    /// The headline, taken as the first line of the text after the date line.
    pub const HEADLINE: &str = "article.headline";
    /// The date line, read from the first line of the text.
    pub const DATE_LINE: &str = "article.date_line";
    /// The breadcrumb, split where its run-together items meet.
    pub const BREADCRUMB: &str = "article.breadcrumb";
    /// Where the body ends and the page's furniture begins.
    pub const PARAGRAPHS: &str = "article.paragraphs";

    /// A person the tool proposed from a title followed by a name.
    pub fn person(index: usize) -> String {
        format!("people[{index}]")
    }

    /// The speaker (and the words that name them) the tool proposed for a quotation.
    pub fn speaker(index: usize) -> String {
        format!("statements[{index}].speaker")
    }
}

/// Whether `path` names a value of `brief` that a draft may list as a guess.
pub fn is_confirmable(brief: &Brief, path: &str) -> bool {
    let indexed = |prefix: &str, suffix: &str, len: usize| {
        path.strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix(suffix))
            .and_then(|n| n.parse::<usize>().ok())
            // "01" parses too, but is not the path of anything.
            .is_some_and(|n| n < len && path == format!("{prefix}{n}{suffix}"))
    };
    match path {
        paths::HEADLINE | paths::PARAGRAPHS => true,
        paths::DATE_LINE => brief.article.date_line.is_some(),
        paths::BREADCRUMB => !brief.article.breadcrumb.is_empty(),
        _ => {
            indexed("people[", "]", brief.people.len())
                || indexed("statements[", "].speaker", brief.statements.len())
        }
    }
}

/// One thing an editor still has to do before a brief is finished.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Todo {
    /// Where, e.g. `statements[2].speaker` or `missions`.
    pub path: String,
    /// What to do there.
    pub what: String,
}

/// What an editor still has to do with `brief`, in order: confirm each guess (in the order the
/// draft lists them), then fill what the text did not give, then delete the draft itself.
/// Empty for a finished brief.
pub fn todo(brief: &Brief) -> Vec<Todo> {
    let Some(draft) = &brief.draft else {
        return Vec::new();
    };
    let item = |path: &str, what: String| Todo {
        path: path.to_string(),
        what,
    };
    let mut list: Vec<Todo> = draft
        .to_confirm
        .iter()
        .map(|c| item(&c.path, format!("confirm: {}", c.why)))
        .collect();
    let a = &brief.article;
    let missing = [
        (a.date_line.is_none(), "article.date_line", "the date line the page prints, or leave null if it prints none"),
        (a.outlet.is_none(), "article.outlet", "the outlet the page credits, or leave null if not reported"),
        (a.attribution.is_none(), "article.attribution", "the sentence that credits the report's source, or leave null if there is none"),
        (a.byline.is_none(), "article.byline", "the author the page names, or leave null if not reported"),
        (brief.missions.is_empty(), "missions", "one record per observer mission the article describes (draft.candidate_facts lists the counts the text gives)"),
        (brief.events.is_empty(), "events", "the dated events that give the statements their context (draft.candidate_facts lists the dates the text gives)"),
    ];
    list.extend(
        missing
            .into_iter()
            .filter(|(is_missing, ..)| *is_missing)
            .map(|(_, path, what)| item(path, format!("fill: {what}"))),
    );
    let undated = brief.statements.iter().filter(|s| s.date.is_none()).count();
    if undated > 0 {
        list.push(item(
            "statements[*].date",
            format!("fill: the date of each statement the article dates ({undated} have none; null means not reported)"),
        ));
    }
    let unattributed = brief
        .statements
        .iter()
        .filter(|s| s.speaker == Speaker::NotReported)
        .count();
    if unattributed > 0 {
        list.push(item(
            "statements[*].speaker",
            format!("check: {unattributed} quotation(s) with no printed attribution stay not_reported unless the article says who spoke"),
        ));
    }
    list.push(item(
        "draft",
        "delete it once nothing above is left: the page then shows the brief as checked".into(),
    ));
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::{Draft, ToConfirm};
    use crate::data::parse::bundled;

    #[test]
    fn a_finished_brief_has_nothing_to_do() {
        assert_eq!(todo(&bundled()), Vec::new());
    }

    #[test]
    fn a_draft_lists_its_guesses_then_what_is_missing_then_itself() {
        let mut b = bundled();
        b.article.outlet = None;
        b.missions.clear();
        b.statements[1].speaker = Speaker::NotReported;
        b.statements[0].date = None;
        b.draft = Some(Draft {
            to_confirm: vec![ToConfirm {
                path: "people[1]".into(),
                why: "a guess".into(),
            }],
            ..Draft::default()
        });
        let paths: Vec<String> = todo(&b).into_iter().map(|t| t.path).collect();
        assert_eq!(
            paths,
            [
                "people[1]",
                "article.outlet",
                "missions",
                "statements[*].date",
                "statements[*].speaker",
                "draft"
            ]
        );
        // The bundled brief has two undated statements (p3, p5) and now a third.
        assert!(todo(&b)[3].what.contains("(3 have none"));
    }

    #[test]
    fn a_draft_with_every_statement_dated_and_attributed_asks_only_to_be_deleted() {
        let mut b = bundled();
        let dated = b.statements.iter().find_map(|s| s.date.clone());
        for statement in &mut b.statements {
            statement.date = statement.date.clone().or(dated.clone());
        }
        b.draft = Some(Draft::default());
        let paths: Vec<String> = todo(&b).into_iter().map(|t| t.path).collect();
        assert_eq!(paths, ["draft"]);
    }

    #[test]
    fn the_paths_of_a_person_and_a_speaker_name_them_by_index() {
        assert_eq!(paths::person(2), "people[2]");
        assert_eq!(paths::speaker(10), "statements[10].speaker");
    }

    #[test]
    fn only_paths_of_values_the_brief_holds_can_be_confirmed() {
        let b = bundled();
        for path in [
            "article.headline",
            "article.date_line",
            "article.breadcrumb",
            "article.paragraphs",
            "people[0]",
            "people[2]",
            "statements[0].speaker",
            "statements[10].speaker",
        ] {
            assert!(is_confirmable(&b, path), "{path}");
        }
        for path in [
            "people[3]",
            "people[01]",
            "people[-1]",
            "people[0].name",
            "statements[11].speaker",
            "statements[0].text",
            "statements[0]",
            "article.byline",
            "",
        ] {
            assert!(!is_confirmable(&b, path), "{path}");
        }
        let mut none = b.clone();
        none.article.date_line = None;
        none.article.breadcrumb.clear();
        assert!(!is_confirmable(&none, "article.date_line"));
        assert!(!is_confirmable(&none, "article.breadcrumb"));
    }
}
