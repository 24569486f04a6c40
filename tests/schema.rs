//! The JSON Schema for editors (`schema/brief.schema.json`, shipped in dist) is generated from
//! the Rust data types, and the validator command reports problems as `file: path: message`.
//! After changing the types, `UPDATE_SCHEMA=1 cargo test --test schema` rewrites the schema (and
//! fails, as it does whenever the schema was out of date; the next run checks the new file).

#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

use observer_brief::data::model::Brief;

const SCHEMA: &str = "schema/brief.schema.json";

fn generated() -> String {
    let schema = schemars::schema_for!(Brief);
    serde_json::to_string_pretty(&schema).unwrap() + "\n"
}

#[test]
fn the_shipped_schema_is_generated_from_the_types() {
    let expected = generated();
    let current = std::fs::read_to_string(SCHEMA).unwrap_or_default();
    if current == expected {
        return;
    }
    // Out of date: the test fails whether or not it is asked to rewrite the file, so that it
    // never passes because UPDATE_SCHEMA is set; the rewritten file is checked on the next run.
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(SCHEMA, &expected).unwrap();
        panic!(
            "{SCHEMA} was out of date and has been rewritten: review it and run the tests again"
        );
    }
    panic!("{SCHEMA} is out of date: run `UPDATE_SCHEMA=1 cargo test --test schema`, then again without it");
}

#[test]
fn the_schema_describes_the_fields_and_refuses_unknown_ones() {
    let schema: serde_json::Value = serde_json::from_str(&generated()).unwrap();
    assert_eq!(schema["title"], "Brief");
    assert_eq!(
        schema["required"],
        serde_json::json!([
            "language",
            "article",
            "people",
            "missions",
            "statements",
            "events",
            "editor_notes"
        ]),
        "every part but $schema and draft is required"
    );
    // The brief and every record in it refuse fields they do not know.
    assert_eq!(schema["additionalProperties"], false);
    let records: Vec<&str> = schema["$defs"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, def)| def["type"] == "object")
        .map(|(name, def)| {
            assert_eq!(def["additionalProperties"], false, "{name}");
            name.as_str()
        })
        .collect();
    assert_eq!(
        records,
        [
            "Article",
            "DateLine",
            "Attribution",
            "Paragraph",
            "Person",
            "Sourced",
            "Mission",
            "Organisation",
            "ObserverCount",
            "Statement",
            "Event",
            "EditorNote",
            "Draft",
            "ToConfirm"
        ]
    );
    let kinds: Vec<&serde_json::Value> = schema["$defs"]["StatementKind"]["oneOf"]
        .as_array()
        .unwrap()
        .iter()
        .map(|kind| &kind["const"])
        .collect();
    assert_eq!(kinds, ["direct_quote", "reported_speech"]);
}

fn validate(args: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_validate-brief"))
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
    )
}

#[test]
fn the_validator_passes_the_bundled_brief() {
    assert_eq!(
        validate(&["data/brief.json"]),
        (0, "data/brief.json: ok\n".into())
    );
}

#[test]
fn the_validator_prints_file_path_message_and_fails() {
    let (status, out) = validate(&["tests/corpus/dangling-reference.json", "data/brief.json"]);
    assert_eq!(status, 1);
    assert_eq!(
        out,
        "tests/corpus/dangling-reference.json: statements[3].speaker.person: no person has the id \"nobody\"\n\
         data/brief.json: ok\n"
    );
    let (status, out) = validate(&["tests/corpus/wrong-type.json"]);
    assert_eq!(status, 1);
    assert!(out.starts_with(
        "tests/corpus/wrong-type.json: missions[0].observers.total: invalid type: string \"133\""
    ));
    let (status, out) = validate(&["tests/corpus/truncated.json"]);
    assert_eq!(status, 1);
    assert!(
        out.starts_with("tests/corpus/truncated.json: (syntax): EOF while parsing"),
        "{out}"
    );
}

#[test]
fn the_validator_refuses_a_relabelled_and_a_misattributed_quote_as_the_page_does() {
    let (status, out) = validate(&[
        "tests/corpus/relabelled-quote.json",
        "tests/corpus/misattributed-quote.json",
    ]);
    assert_eq!(status, 1);
    assert_eq!(
        out,
        "tests/corpus/relabelled-quote.json: statements[8].kind: \"He said that the members of the \
         mission had the opportunity …\" is not a quotation in paragraph p8: a direct quote is all \
         the words inside one pair of quotation marks; words the article reports are \
         reported_speech\n\
         tests/corpus/misattributed-quote.json: statements[9].speaker: the article credits these \
         words to Nuran Niyazaliyev, not Leonid Anfimov: \"he\" in paragraph p9 refers to the \
         person named last before it\n"
    );
    // The page reads files with the same function, so it says the same.
    let text = std::fs::read_to_string("tests/corpus/misattributed-quote.json").unwrap();
    let error = observer_brief::data::parse::parse_brief("data/brief.json", &text).unwrap_err();
    assert!(error.to_string().ends_with(
        "statements[9].speaker: the article credits these words to Nuran Niyazaliyev, not Leonid \
         Anfimov: \"he\" in paragraph p9 refers to the person named last before it."
    ));
}

#[test]
fn the_validator_explains_its_usage() {
    assert_eq!(validate(&[]).0, 2);
    let (status, out) = validate(&["no/such/file.json"]);
    assert_eq!(status, 1);
    assert!(
        out.starts_with("no/such/file.json: (file): cannot be read"),
        "{out}"
    );
}
