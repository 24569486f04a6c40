use leptos::prelude::*;

use crate::data::date::IsoDate;
use crate::data::model::Event;
use crate::reading::axis::{anchor, row, Scale, HEIGHT, LEFT, LINE_Y, RIGHT, WIDTH};
use crate::reading::timeline::TimelineDay;
use crate::state::use_brief;
use crate::state::use_locale;
use crate::words::{event_kind_label, long_date, short_date, statements, words};

/// The timeline's dates on one axis — the meeting, election day, the page's date — with how
/// many statements each day has, drawn to scale and said in words for screen readers.
#[component]
pub fn DateAxis(
    /// The timeline's own days ([`timeline`](crate::reading::timeline::timeline)), grouped
    /// once for the timeline and its axis.
    days: Vec<TimelineDay>,
) -> impl IntoView {
    let brief = use_brief();
    let locale = use_locale();
    let dated: Vec<(IsoDate, &TimelineDay)> =
        days.iter().filter_map(|d| Some((d.date?, d))).collect();
    let (Some(&(first, _)), Some(&(last, _))) = (dated.first(), dated.last()) else {
        return ().into_any();
    };
    // Where each date stands and how labels sit: `reading::axis` works out the numbers.
    let scale = Scale::new(first, last);
    let x = |date: &IsoDate| scale.x(date);

    let all_events = &brief.events;
    let events: Vec<(IsoDate, &Event)> = dated
        .iter()
        .flat_map(|&(date, day)| day.events.iter().map(move |&e| (date, &all_events[e])))
        .collect();
    let counts: Vec<(IsoDate, usize)> = dated
        .iter()
        .filter(|(_, day)| !day.statements.is_empty())
        .map(|&(date, day)| (date, day.statements.len()))
        .collect();
    let undated: usize = days
        .iter()
        .filter(|d| d.date.is_none())
        .map(|d| d.statements.len())
        .sum();
    let mut said: Vec<String> = events
        .iter()
        .map(|(date, event)| {
            let (label, date) = (&event.label, long_date(locale, *date));
            words!(locale, axis_event, label, date).to_string()
        })
        .collect();
    said.extend(counts.iter().map(|(d, n)| {
        let (statements, date) = (statements(locale, *n), long_date(locale, *d));
        words!(locale, axis_dated, statements, date).to_string()
    }));
    if undated > 0 {
        let statements = statements(locale, undated);
        said.push(words!(locale, axis_undated, statements).to_string());
    }
    let description = format!("{}.", said.join("; "));

    let counts = counts
        .iter()
        .map(|(date, n)| {
            let cx = x(date);
            view! {
                <circle class="axis-dot" cx=cx cy=LINE_Y r="7"/>
                <text class="axis-count" x=cx y=LINE_Y - 16 text-anchor=anchor(cx)>{statements(locale, *n)}</text>
            }
        })
        .collect_view();
    // Every tick is drawn before any label: a label's halo then breaks the long tick of the
    // next day's event where it crosses the label's words.
    let ticks = events
        .iter()
        .enumerate()
        .map(|(i, (date, _))| {
            let cx = x(date);
            view! { <line class="axis-tick" x1=cx x2=cx y1=LINE_Y y2=LINE_Y + 12 + row(i)/> }
        })
        .collect_view();
    let labels = events
        .iter()
        .enumerate()
        .map(|(i, (date, event))| {
            let cx = x(date);
            let name = event_kind_label(locale, event.kind);
            let date = short_date(locale, *date);
            view! {
                <text class="axis-label" x=cx y=LINE_Y + 34 + row(i) text-anchor=anchor(cx)>
                    {words!(locale, axis_mark, name, date).to_string()}
                </text>
            }
        })
        .collect_view();
    view! {
        <figure class="date-axis" data-testid="date-axis">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-labelledby="date-axis-title date-axis-desc">
                <title id="date-axis-title">{words!(locale, axis_title)}</title>
                <desc id="date-axis-desc">{description}</desc>
                <line class="axis-line" x1=LEFT x2=RIGHT y1=LINE_Y y2=LINE_Y/>
                {ticks}
                {labels}
                {counts}
            </svg>
        </figure>
    }
    .into_any()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use std::sync::Arc;

    use crate::data::parse::bundled;
    use crate::page::build::render_brief;

    /// Every value of attribute `name` in `html`, in order.
    fn values<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
        let start = format!(" {name}=\"");
        html.match_indices(&start)
            .map(|(at, _)| {
                let rest = &html[at + start.len()..];
                &rest[..rest.find('"').unwrap()]
            })
            .collect()
    }

    #[test]
    fn days_stand_to_scale_from_the_first_date_to_the_last() {
        let html = render_brief(Arc::new(bundled()));
        let axis = &html[html.find("class=\"date-axis\"").unwrap()..];
        let axis = &axis[..axis.find("</figure>").unwrap()];
        // 31 August, 1 September and 20 September 2024: the line runs from 24 to 576 units
        // over 20 days, so a day is 27.6 units.
        assert_eq!(values(axis, "x1")[1..], ["24", "51.6", "576"]);
        assert_eq!(
            values(axis, "cx"),
            ["24"],
            "the nine statements of 31 August"
        );
        assert_eq!(
            values(axis, "text-anchor"),
            ["start", "start", "end", "start"],
            "labels near an end are anchored there"
        );
    }

    #[test]
    fn every_tick_is_drawn_before_any_label_so_that_labels_cover_the_ticks_they_cross() {
        let html = render_brief(Arc::new(bundled()));
        let axis = &html[html.find("class=\"date-axis\"").unwrap()..];
        let axis = &axis[..axis.find("</figure>").unwrap()];
        let last_tick = axis.rfind("class=\"axis-tick\"").unwrap();
        let first_label = axis.find("class=\"axis-label\"").unwrap();
        assert!(
            last_tick < first_label,
            "a label drawn before another day's tick"
        );
        assert_eq!(axis.matches("class=\"axis-tick\"").count(), 3);
        assert_eq!(axis.matches("class=\"axis-label\"").count(), 3);
    }
}
