//! What a link to the brief says about it when shared or crawled: schema.org JSON-LD for the
//! report (`NewsArticle`) and its direct quotes (`Quotation`), built from the data so that it
//! can only say what the data says. The release build writes it into the page's head
//! (`page::build`), where crawlers that run no script find it.

use serde_json::{json, Value};

use crate::data::model::{Brief, EventKind, Speaker, StatementKind};
use crate::words::{locale_of, quoted, words};

/// The `@id` of the report, which each quotation says it is based on.
pub const ARTICLE_ID: &str = "#article";

/// The JSON-LD graph: the report and one `Quotation` per direct quote.
pub fn json_ld(brief: &Brief) -> Value {
    let article = &brief.article;
    // Said in the brief's own language, as the page that carries it is rendered.
    let locale = locale_of(brief.language);
    let meeting = brief.events.iter().find(|e| e.kind == EventKind::Meeting);
    let mut report = json!({
        "@type": "NewsArticle",
        "@id": ARTICLE_ID,
        "headline": article.headline,
        "articleSection": article.breadcrumb.get(1),
        "inLanguage": brief.language.tag(),
    });
    // The page prints this date line; it does not say it is the publication date.
    if let Some(line) = &article.date_line {
        report["dateline"] = json!(line.text);
    }
    if let Some(byline) = &article.byline {
        report["author"] = json!({ "@type": "Person", "name": byline });
    }
    if let Some(outlet) = &article.outlet {
        report["creditText"] = json!(words!(locale, credit_outlet, outlet).to_string());
    }
    if let Some(meeting) = meeting {
        let mut about = json!({
            "@type": "Event",
            "name": meeting.label,
            "startDate": meeting.date,
        });
        if let Some(place) = &meeting.place {
            about["location"] = json!({ "@type": "Place", "name": place.text });
        }
        report["about"] = about;
    }
    let quotations = brief
        .statements
        .iter()
        .filter(|s| s.kind == StatementKind::DirectQuote)
        .map(|s| {
            let mut quote = json!({
                "@type": "Quotation",
                "text": s.text,
                "isBasedOn": { "@id": ARTICLE_ID },
            });
            match &s.speaker {
                Speaker::Person(id) => {
                    if let Some(person) = brief.person(id) {
                        quote["creator"] = json!({
                            "@type": "Person",
                            "name": person.name,
                            "jobTitle": person.role.text,
                        });
                    }
                }
                Speaker::Organisation(name) => {
                    quote["creator"] = json!({ "@type": "Organization", "name": name });
                }
                // The article names no person: say how it credits the words, as printed.
                Speaker::BothParties | Speaker::Report => {
                    let as_printed = quoted(locale, &s.speaker_as_printed);
                    quote["creditText"] =
                        json!(words!(locale, credit_as_printed, as_printed).to_string());
                }
                // Nobody is credited: the quotation says so by naming no one.
                Speaker::NotReported => {}
            }
            if let Some(date) = &s.date {
                quote["dateCreated"] = json!(date);
            }
            quote
        });
    json!({
        "@context": "https://schema.org",
        "@graph": std::iter::once(report).chain(quotations).collect::<Vec<_>>(),
    })
}

/// The `<script type="application/ld+json">` block for the release page, indented to sit in its head.
pub fn json_ld_block(brief: &Brief) -> String {
    let pretty = serde_json::to_string_pretty(&json_ld(brief)).unwrap_or_default();
    let safe = script_safe_json(&pretty);
    let indented = safe.replace('\n', "\n      ");
    format!("<script type=\"application/ld+json\">\n      {indented}\n    </script>")
}

/// JSON made safe inside a `<script>` element: `<`, `>` and `&` written as JSON escapes (they
/// only occur inside strings, where the escape means the same), so that no `</script>` or
/// `<!--` in the data can end or change the element.
pub fn script_safe_json(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_organisation_s_quotation_is_created_by_that_organisation() {
        let mut brief = crate::data::parse::bundled();
        let quote = brief
            .statements
            .iter()
            .position(|s| s.kind == crate::data::model::StatementKind::DirectQuote)
            .unwrap();
        brief.statements[quote].speaker = Speaker::Organisation("CIS Executive Committee".into());
        let ld = json_ld(&brief);
        let text = &brief.statements[quote].text;
        let found = ld["@graph"]
            .as_array()
            .unwrap()
            .iter()
            .find(|node| node["text"] == json!(text))
            .cloned();
        assert_eq!(
            found.map(|q| q["creator"].clone()),
            Some(json!({ "@type": "Organization", "name": "CIS Executive Committee" }))
        );
    }

    #[test]
    fn the_report_is_about_the_meeting_with_its_date_and_place() {
        let mut brief = crate::data::parse::bundled();
        assert_eq!(
            json_ld(&brief)["@graph"][0]["about"],
            json!({
                "@type": "Event",
                "name": "Meeting of the heads of the CIS and SCO observer missions",
                "startDate": "2024-08-31",
                "location": { "@type": "Place", "name": "Baku" },
            })
        );
        brief.events.retain(|e| e.kind != EventKind::Meeting);
        assert_eq!(json_ld(&brief)["@graph"][0].get("about"), None);
    }

    #[test]
    fn data_in_a_script_element_cannot_end_or_change_it() {
        assert_eq!(
            script_safe_json(r#"{"a":"</script><!--x-->&"}"#),
            r#"{"a":"\u003c/script\u003e\u003c!--x--\u003e\u0026"}"#
        );
        let parsed: serde_json::Value =
            serde_json::from_str(&script_safe_json(r#"{"a":"</script>&"}"#)).unwrap();
        assert_eq!(parsed["a"], "</script>&", "the same data once read");
    }
}
