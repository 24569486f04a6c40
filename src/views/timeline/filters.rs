use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::data::model::StatementKind;
use crate::reading::filter::{kind_from_key, kind_key, mission_choices, speaker_choices, Filter};
use crate::reading::link::MAX_QUERY_CHARS;
use crate::reading::search::find_folded;
use crate::reading::status::filter_status;
use crate::state::reader::{History, ReaderState};
use crate::state::use_locale;
use crate::state::{use_brief, use_reader_state};
use crate::words::words;

/// Search and filters for the timeline, and a live count of what they leave.
#[component]
pub fn TimelineFilters(
    /// How many statements pass the filters (tracked).
    #[prop(into)]
    shown: Signal<usize>,
    /// The search box, so that Reset can return focus to it.
    search_box: NodeRef<leptos::html::Input>,
    /// The count of what is shown, which takes focus when filtering removes the focused entry.
    status_line: NodeRef<leptos::html::P>,
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
                       current: fn(&ReaderState) -> Option<String>,
                       set: fn(&mut Filter, Option<String>)| {
        let field = NodeRef::<leptos::html::Select>::new();
        bind_field(
            field,
            move || current(&state).unwrap_or_default(),
            move |value| {
                update(
                    &move |f| set(f, Some(value.clone()).filter(|v| !v.is_empty())),
                    History::Push,
                )
            },
        );
        view! {
            <div class="filter">
                <label class="filter-label" for=id>{label}</label>
                <select
                    id=id
                    node_ref=field
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
    bind_field(
        search_box,
        move || state.query(),
        move |query| update(&move |f| f.query = query.clone(), History::Push),
    );
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
                <label class="filter-label" for="filter-search">{words!(locale, search_label)}</label>
                <input
                    id="filter-search"
                    type="search"
                    maxlength=MAX_QUERY_CHARS
                    node_ref=search_box
                    on:focus=move |_| typing.set_value(false)
                    on:input=move |ev| {
                        let query = event_target_value(&ev);
                        let history = if typing.get_value() { History::Replace } else { History::Push };
                        typing.set_value(true);
                        update(&move |f| f.query = query.clone(), history);
                    }
                />
            </div>
            {select("filter-mission", words!(locale, filter_mission), words!(locale, all_missions), missions, ReaderState::mission, |f, v| f.mission = v)}
            {select("filter-speaker", words!(locale, filter_speaker), words!(locale, all_speakers), speakers, ReaderState::speaker, |f, v| f.speaker = v)}
            {select(
                "filter-kind",
                words!(locale, filter_kind),
                words!(locale, all_kinds),
                kinds,
                |s| s.kind().map(|k| kind_key(k).to_string()),
                |f, v| f.kind = v.as_deref().and_then(kind_from_key),
            )}
            <p class="filter-status" role="status" tabindex="-1" node_ref=status_line data-testid="filter-status">{status}</p>
        </div>
    }
}

/// Keeps a form field and its part of the reader state together, without the field being
/// controlled while the app takes over the pre-rendered page (hydration would set it to the
/// state's value, wiping what the reader typed or chose before the app arrived). Once the field
/// is on the page, a value the reader gave it is adopted (`adopt`); after that the field
/// follows the state (`from_state`), as on Back or a shared link.
fn bind_field<E>(
    field: NodeRef<E>,
    from_state: impl Fn() -> String + 'static,
    adopt: impl Fn(String) + 'static,
) where
    E: leptos::html::ElementType,
    E::Output: JsCast + Clone + 'static,
{
    let value_of = |element: &E::Output| {
        js_sys::Reflect::get(element.unchecked_ref(), &"value".into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    // The effect's value says whether the field has been seen on the page yet.
    Effect::new(move |seen: Option<bool>| {
        let wanted = from_state();
        let Some(element) = field.get() else {
            return false;
        };
        let shown = value_of(&element);
        if seen != Some(true) && !shown.is_empty() && shown != wanted {
            adopt(shown);
        } else if shown != wanted {
            let _ = js_sys::Reflect::set(element.unchecked_ref(), &"value".into(), &wanted.into());
        }
        true
    });
}
