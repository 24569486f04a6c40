use leptos::prelude::*;

use crate::data::model::StatementKind;
use crate::reading::filter::{kind_from_key, kind_key, mission_choices, speaker_choices, Filter};
use crate::reading::link::MAX_QUERY_CHARS;
use crate::reading::search::find_folded;
use crate::reading::status::filter_status;
use crate::state::reader::History;
use crate::state::use_locale;
use crate::state::{use_brief, use_reader_state};
use crate::words::words;

/// The search field's id; the host reads what the reader typed there before the app took the
/// page over ([`crate::state::placement::Placement::typed`]).
pub const SEARCH_FIELD: &str = "filter-search";
/// The mission filter's id, read likewise.
pub const MISSION_FIELD: &str = "filter-mission";
/// The speaker filter's id, read likewise.
pub const SPEAKER_FIELD: &str = "filter-speaker";
/// The kind-of-statement filter's id, read likewise.
pub const KIND_FIELD: &str = "filter-kind";

/// Search and filters for the timeline, and a live count of what they leave.
///
/// Each field shows its part of the reader's state (`prop:value`) and changes it on input.
/// Taking over the pre-rendered page sets each field to the state the page was rendered in;
/// what the reader gave the fields before that is adopted by the state once the brief has
/// opened (`Placement::typed`), and the fields follow.
#[component]
pub fn TimelineFilters(
    /// How many statements pass the filters (tracked).
    #[prop(into)]
    shown: Signal<usize>,
    /// The search box, so that Reset can return focus to it.
    search_box: NodeRef<leptos::html::Input>,
    /// The count of what is shown, which takes focus when filtering removes the focused entry.
    status_line: NodeRef<leptos::html::P>,
    /// Called as the reader changes a filter, before the change.
    on_change: Callback<()>,
) -> impl IntoView {
    let brief = use_brief();
    let state = use_reader_state();
    let total = brief.statements.len();
    let locale = use_locale();
    let speakers = speaker_choices(locale, &brief);
    let missions = mission_choices(locale, &brief);
    // The first keystroke of a search is a new history entry, later ones refine it, so that
    // Back returns to the timeline as it was before the search.
    let typing = StoredValue::new(false);
    let update = move |change: &dyn Fn(&mut Filter), history: History| {
        let mut filter = state.filter_untracked();
        change(&mut filter);
        on_change.run(());
        state.set_filter(filter, history);
    };
    let folded_query = state.folded_query();
    let paragraphs_found = move || {
        folded_query.with(|query| {
            brief
                .article
                .paragraphs
                .iter()
                .filter(|p| !find_folded(&p.text, query).is_empty())
                .count()
        })
    };
    let status = move || {
        filter_status(
            locale,
            shown.get(),
            total,
            &state.query(),
            paragraphs_found(),
        )
    };
    let select = move |id: &'static str,
                       label: &'static str,
                       all: &'static str,
                       choices: Vec<(String, String)>,
                       current: fn(&Filter) -> Option<String>,
                       set: fn(&mut Filter, Option<String>)| {
        view! {
            <div class="filter">
                <label class="filter-label" for=id>{label}</label>
                <select
                    id=id
                    prop:value=move || current(&state.fields()).unwrap_or_default()
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        update(&move |f| set(f, Some(value.clone()).filter(|v| !v.is_empty())), History::Push);
                    }
                >
                    <option value="">{all}</option>
                    {choices.into_iter().map(|(key, name)| view! { <option value=key>{name}</option> }).collect_view()}
                </select>
            </div>
        }
    };
    let kinds = [
        (StatementKind::DirectQuote, words!(locale, direct_quotes)),
        (
            StatementKind::ReportedSpeech,
            words!(locale, reported_speech),
        ),
    ]
    .map(|(kind, label)| (kind_key(kind).to_string(), label.to_string()))
    .to_vec();
    view! {
        <div class="timeline-filters" role="search" aria-label=words!(locale, filters_label)>
            <div class="filter filter-search">
                <label class="filter-label" for=SEARCH_FIELD>{words!(locale, search_label)}</label>
                <input
                    id=SEARCH_FIELD
                    type="search"
                    maxlength=MAX_QUERY_CHARS
                    node_ref=search_box
                    prop:value=move || state.fields().query
                    on:focus=move |_| typing.set_value(false)
                    on:input=move |ev| {
                        let query = event_target_value(&ev);
                        let history = if typing.get_value() { History::Replace } else { History::Push };
                        typing.set_value(true);
                        update(&move |f| f.query = query.clone(), history);
                    }
                />
            </div>
            {select(MISSION_FIELD, words!(locale, filter_mission), words!(locale, all_missions), missions, |f| f.mission.clone(), |f, v| f.mission = v)}
            {select(SPEAKER_FIELD, words!(locale, filter_speaker), words!(locale, all_speakers), speakers, |f| f.speaker.clone(), |f, v| f.speaker = v)}
            {select(
                KIND_FIELD,
                words!(locale, filter_kind),
                words!(locale, all_kinds),
                kinds,
                |f| f.kind.map(|k| kind_key(k).to_string()),
                |f, v| f.kind = v.as_deref().and_then(kind_from_key),
            )}
            <p class="filter-status" role="status" tabindex="-1" node_ref=status_line data-testid="filter-status">{status}</p>
        </div>
    }
}
