use leptos::prelude::*;

use crate::reading::link::Target;
use crate::reading::timeline::speaker_label;
use crate::state::use_locale;
use crate::state::{use_brief, use_placement, use_reader_state};
use crate::words::words;

/// Credits a fact to the statement it comes from and links to that statement in the timeline
/// (in a view without the timeline, to the whole brief in a new tab).
#[component]
pub fn StatementLink(
    /// The statement's id.
    statement: String,
) -> impl IntoView {
    let brief = use_brief();
    let placement = use_placement();
    let state = use_reader_state();
    let locale = use_locale();
    let name = brief
        .statements
        .iter()
        .find(|s| s.id == statement)
        .map(|s| {
            words!(
                locale,
                according_to,
                name = speaker_label(locale, &brief, s).name
            )
            .to_string()
        });
    let target = Target::Statement(statement);
    name.map(|name| {
        if placement.options.view.shows_timeline() {
            let href = {
                let target = target.clone();
                move || state.href(&target)
            };
            view! {
                <a class="statement-link" href=href on:click=move |ev| state.follow(&ev, target.clone())>
                    {name}
                </a>
            }
            .into_any()
        } else {
            view! {
                <a class="statement-link" href=placement.full_brief_href(&target.dom_id()) target="_blank">
                    {name}
                    <span class="visually-hidden">{words!(locale, opens_whole_brief)}</span>
                </a>
            }
            .into_any()
        }
    })
}
