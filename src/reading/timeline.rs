//! Orders the statements and events into the days of the timeline.

use std::collections::BTreeMap;

use crate::data::date::IsoDate;
use crate::data::model::{Brief, Speaker, Statement};
use crate::words::{words, Locale};

/// One day of the timeline, or the group of statements whose date the article does not give.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineDay {
    /// The day, or `None` for "date not reported" (always the last group).
    pub date: Option<IsoDate>,
    /// Context events of that day (meeting, election day, page date), as indices into the
    /// brief's events.
    pub events: Vec<usize>,
    /// Statements of that day, in the order the article prints them, as indices into the
    /// brief's statements.
    pub statements: Vec<usize>,
}

/// Groups a validated brief by date, earliest first, undated statements last.
///
/// Within a day, statements keep the article's order, so the timeline reads like the article.
/// Dates that do not parse are treated as undated; `validate` reports them before this runs.
pub fn timeline(brief: &Brief) -> Vec<TimelineDay> {
    // Keyed so that `None` (undated) sorts after every date, where readers expect it.
    type Days = BTreeMap<(bool, Option<IsoDate>), TimelineDay>;
    fn day(days: &mut Days, date: Option<IsoDate>) -> &mut TimelineDay {
        days.entry((date.is_none(), date))
            .or_insert_with(|| TimelineDay {
                date,
                events: Vec::new(),
                statements: Vec::new(),
            })
    }
    let mut days = Days::new();
    for (i, e) in brief.events.iter().enumerate() {
        day(&mut days, IsoDate::parse(&e.date).ok()).events.push(i);
    }
    for (i, s) in brief.statements.iter().enumerate() {
        let date = s.date.as_deref().and_then(|d| IsoDate::parse(d).ok());
        day(&mut days, date).statements.push(i);
    }
    days.into_values().collect()
}

/// Who said it, as the timeline names the speaker.
#[derive(Debug, PartialEq, Eq)]
pub struct SpeakerLabel {
    /// The name, e.g. "Leonid Anfimov" or "The report".
    pub name: String,
    /// Role and mission, e.g. "First Deputy Secretary General of the CIS · head of the CIS observation mission".
    pub detail: Option<String>,
    /// How the paragraph itself names the speaker, e.g. "He".
    pub as_printed: String,
}

/// The label for a statement's speaker, built only from words the brief holds, framed in the
/// reader's words.
pub fn speaker_label(locale: Locale, brief: &Brief, statement: &Statement) -> SpeakerLabel {
    let detail = match &statement.speaker {
        Speaker::Person(id) => brief.person(id).map(|person| {
            let mut detail = person.role.text.clone();
            if let Some(mission) = brief.mission_headed_by(id) {
                detail.push_str(" · ");
                let mission = &mission.name.text;
                detail.push_str(&words!(locale, head_of, mission).to_string());
            }
            detail
        }),
        Speaker::Report => brief.article.attribution.as_ref().map(|a| {
            let source = &a.source_name;
            words!(locale, speaker_report_credit, source).to_string()
        }),
        _ => None,
    };
    SpeakerLabel {
        name: speaker_name(locale, brief, statement),
        detail,
        as_printed: statement.speaker_as_printed.clone(),
    }
}

/// The name in [`speaker_label`] alone: what a search looks through.
pub fn speaker_name(locale: Locale, brief: &Brief, statement: &Statement) -> String {
    match &statement.speaker {
        Speaker::Person(id) => brief
            .person(id)
            .map_or_else(|| id.clone(), |person| person.name.clone()),
        Speaker::BothParties => words!(locale, speaker_both).to_string(),
        Speaker::Report => words!(locale, speaker_report).to_string(),
        Speaker::Organisation(name) => name.clone(),
        Speaker::NotReported => words!(locale, speaker_not_reported).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::EventKind;
    use crate::data::model::StatementKind;
    use crate::data::parse::bundled;

    fn statement(id: &str, date: Option<&str>) -> Statement {
        Statement {
            id: id.into(),
            speaker: Speaker::Report,
            speaker_as_printed: "the report".into(),
            date: date.map(Into::into),
            kind: StatementKind::ReportedSpeech,
            text: "x".into(),
            paragraph: "p1".into(),
            attribution_paragraph: None,
            notes: vec![],
        }
    }

    #[test]
    fn days_run_from_earliest_to_latest_with_undated_statements_last() {
        let mut b = bundled();
        b.statements = vec![
            statement("undated", None),
            statement("late", Some("2024-09-01")),
            statement("early", Some("2024-08-31")),
        ];
        b.events.clear();
        let days = timeline(&b);
        let dates: Vec<_> = days.iter().map(|d| d.date.map(|d| d.to_string())).collect();
        assert_eq!(
            dates,
            [
                Some("2024-08-31".to_string()),
                Some("2024-09-01".to_string()),
                None
            ]
        );
    }

    #[test]
    fn statements_keep_the_article_order_within_a_day() {
        let mut b = bundled();
        b.statements = vec![
            statement("first", Some("2024-08-31")),
            statement("second", Some("2024-08-31")),
        ];
        let day = &timeline(&b)[0];
        let ids: Vec<_> = day
            .statements
            .iter()
            .map(|&i| b.statements[i].id.as_str())
            .collect();
        assert_eq!(ids, ["first", "second"]);
    }

    #[test]
    fn the_bundled_brief_has_the_meeting_election_day_and_page_date_in_order() {
        let b = bundled();
        let days = timeline(&b);
        let summary: Vec<_> = days
            .iter()
            .map(|d| {
                (
                    d.date.map(|d| d.to_string()),
                    d.events
                        .iter()
                        .map(|&e| b.events[e].kind)
                        .collect::<Vec<_>>(),
                    d.statements.len(),
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                (Some("2024-08-31".into()), vec![EventKind::Meeting], 9),
                (Some("2024-09-01".into()), vec![EventKind::ElectionDay], 0),
                (Some("2024-09-20".into()), vec![EventKind::PageDate], 0),
                (None, vec![], 2),
            ]
        );
        let total: usize = days.iter().map(|d| d.statements.len()).sum();
        assert_eq!(total, b.statements.len(), "every statement appears once");
    }

    fn label_of(b: &Brief, id: &str) -> SpeakerLabel {
        speaker_label(
            Locale::en,
            b,
            b.statements.iter().find(|s| s.id == id).unwrap(),
        )
    }

    #[test]
    fn a_person_is_named_with_role_mission_and_the_words_the_article_uses() {
        let b = bundled();
        let label = label_of(&b, "niyazaliyev-familiarisation");
        assert_eq!(
            label,
            SpeakerLabel {
                name: "Nuran Niyazaliyev".into(),
                detail: Some(
                    "Deputy Secretary General of the SCO · head of the SCO international observation mission".into()
                ),
                as_printed: "He".into(),
            }
        );
    }

    #[test]
    fn the_report_is_named_with_the_source_the_page_credits() {
        let b = bundled();
        let label = label_of(&b, "report-transparent-campaign");
        assert_eq!(label.name, "The report");
        assert_eq!(
            label.detail.as_deref(),
            Some("the page credits the Press Service of the Executive Committee of the IEC")
        );
        assert_eq!(label.as_printed, "the statement");
    }

    #[test]
    fn the_participants_together_are_not_given_names_the_sentence_lacks() {
        let b = bundled();
        let label = label_of(&b, "interlocutors-discussed-activities");
        assert_eq!(label.name, "The meeting’s participants");
        assert_eq!(label.detail, None);
        assert_eq!(label.as_printed, "The interlocutors");
    }
}
