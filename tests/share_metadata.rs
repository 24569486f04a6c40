//! The share metadata in `index.html` (title, description, Open Graph, JSON-LD) says what the
//! data says. After editing the data, `UPDATE_SHARE_METADATA=1 cargo test --test
//! share_metadata` rewrites the JSON-LD block.

use observer_brief::data::parse::parse_brief;
use observer_brief::reading::share::{json_ld, json_ld_block};

const INDEX: &str = "index.html";

fn brief() -> observer_brief::data::model::Brief {
    parse_brief("data/brief.json", include_str!("../data/brief.json")).unwrap()
}

fn index() -> String {
    std::fs::read_to_string(INDEX).unwrap()
}

/// The JSON-LD block as it stands in index.html.
fn current_block(html: &str) -> &str {
    let start = html
        .find("<script type=\"application/ld+json\">")
        .expect("index.html has a JSON-LD block");
    let end = start + html[start..].find("</script>").unwrap() + "</script>".len();
    &html[start..end]
}

#[test]
fn the_json_ld_in_index_html_is_generated_from_the_data() {
    let html = index();
    let expected = json_ld_block(&brief());
    if std::env::var_os("UPDATE_SHARE_METADATA").is_some() {
        std::fs::write(INDEX, html.replace(current_block(&html), &expected)).unwrap();
        return;
    }
    assert_eq!(
        current_block(&html),
        expected,
        "run `UPDATE_SHARE_METADATA=1 cargo test --test share_metadata` after editing the data"
    );
}

#[test]
fn the_direct_quotes_name_their_speakers_and_only_them() {
    let value = json_ld(&brief());
    let graph = value["@graph"].as_array().unwrap();
    assert_eq!(graph[0]["@type"], "NewsArticle");
    assert_eq!(
        graph[0]["headline"],
        "Heads of CIS and SCO observer missions held a working meeting in Baku"
    );
    let quotes: Vec<_> = graph.iter().filter(|v| v["@type"] == "Quotation").collect();
    assert_eq!(quotes.len(), 4);
    let by = |needle: &str| {
        quotes
            .iter()
            .find(|q| q["text"].as_str().unwrap().contains(needle))
            .unwrap()
    };
    let smooth = by("going very smoothly");
    assert_eq!(smooth["creator"]["name"], "Nuran Niyazaliyev");
    assert_eq!(smooth["dateCreated"], "2024-08-31");
    assert_eq!(
        by("Traditionally, we build")["creator"]["name"],
        "Leonid Anfimov"
    );
    // The report's own words are credited as the article credits them, to no invented person.
    let report = by("The parties stressed");
    assert!(report.get("creator").is_none());
    assert!(
        report.get("dateCreated").is_none(),
        "no date the source does not give"
    );
    assert_eq!(report["creditText"], "“the statement”, as the article says");
    for quote in &quotes {
        assert_eq!(quote["isBasedOn"]["@id"], "#article");
    }
}

#[test]
fn the_open_graph_tags_match_the_report() {
    let html = index();
    let headline = brief().article.headline;
    assert!(html.contains(&format!(
        "<meta property=\"og:title\" content=\"{headline}\" />"
    )));
    for tag in [
        "og:type\" content=\"article\"",
        "og:description",
        "og:site_name",
        "twitter:card",
    ] {
        assert!(html.contains(tag), "{tag}");
    }
}

#[test]
fn the_json_ld_says_what_the_readme_promises_word_for_word() {
    // Read off the article by hand, not computed from the data.
    let value = json_ld(&brief());
    let graph = value["@graph"].as_array().unwrap();
    let article = &graph[0];
    assert_eq!(article["@type"], "NewsArticle");
    assert_eq!(article["dateline"], "Friday, September 20, 2024 - 8:06 pm");
    assert_eq!(
        article["author"],
        serde_json::json!({ "@type": "Person", "name": "Jeffrey Roundtree" })
    );
    let quotations: Vec<(&str, Option<&str>)> = graph[1..]
        .iter()
        .map(|q| {
            assert_eq!(q["@type"], "Quotation");
            (q["text"].as_str().unwrap(), q["creator"]["name"].as_str())
        })
        .collect();
    assert_eq!(
        quotations,
        [
            ("The head of the CIS observation mission, First Deputy Secretary General of the CIS Leonid Anfimov, and the head of the SCO international observation mission, Deputy Secretary General of the SCO Nuran Niyazaliyev, met in Baku on August 31. Chairman of the Central Election Commission of Belarus Igor Karpenko also took part in the meeting", None),
            ("The parties stressed that the election campaign was conducted in a transparent and open manner and that the necessary conditions were created for international observers to follow the parliamentary elections", None),
            ("Traditionally, we build our work on the basis of personal observation of the mission members, information obtained on the ground as a result of communication with members of election commissions and representatives of state bodies", Some("Leonid Anfimov")),
            ("The elections are going very smoothly, the situation in the country is encouraging. I would highly appreciate the level of organization of the election campaign. The coordinated work of both the Central Election Commission and local election commissions plays an important role in this", Some("Nuran Niyazaliyev")),
        ]
    );
}

#[test]
fn markup_in_the_data_cannot_leave_the_json_ld_element() {
    let mut b = brief();
    b.article.headline = "<!--<script>alert(1)</script> & more".into();
    let block = json_ld_block(&b);
    let inner =
        &block["<script type=\"application/ld+json\">".len()..block.len() - "</script>".len()];
    for bad in ["<", ">", "&"] {
        assert!(!inner.contains(bad), "{bad} in {inner}");
    }
    let read: serde_json::Value = serde_json::from_str(inner).unwrap();
    assert_eq!(
        read["@graph"][0]["headline"],
        "<!--<script>alert(1)</script> & more"
    );
}
