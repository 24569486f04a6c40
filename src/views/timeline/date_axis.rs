use leptos::prelude::*;

use crate::data::date::IsoDate;
use crate::data::model::Event;
use crate::reading::timeline::{event_kind_label, timeline, TimelineDay};
use crate::state::use_brief;

/// The drawing's own units; it scales to its column.
const WIDTH: i64 = 600;
const HEIGHT: i64 = 124;
const LEFT: i64 = 24;
const RIGHT: i64 = 576;
const LINE_Y: i64 = 42;

/// A coordinate given in tenths of a unit, as SVG reads it: "51.6", "24". (Integer tenths:
/// the axis is drawn to scale within a tenth, and formatting floats would cost the page some
/// 10 KB of WebAssembly.)
fn svg_number(tenths: i64) -> String {
    if tenths < 0 {
        return format!("-{}", svg_number(-tenths));
    }
    let (whole, tenth) = (tenths / 10, tenths % 10);
    if tenth == 0 {
        whole.to_string()
    } else {
        format!("{whole}.{tenth}")
    }
}

/// "1 statement", "9 statements".
fn statements(n: usize) -> String {
    format!("{n} statement{}", if n == 1 { "" } else { "s" })
}

/// The timeline's dates on one axis — the meeting, election day, the page's date — with how
/// many statements each day has, drawn to scale and said in words for screen readers.
#[component]
pub fn DateAxis() -> impl IntoView {
    let brief = use_brief();
    // The timeline's own days: one rule groups the statements by date.
    let days = timeline(&brief);
    let dated: Vec<(IsoDate, &TimelineDay)> =
        days.iter().filter_map(|d| Some((d.date?, d))).collect();
    let (Some(&(first, _)), Some(&(last, _))) = (dated.first(), dated.last()) else {
        return ().into_any();
    };
    let span = first.days_until(&last).max(1);
    // In tenths of a unit, rounded to the nearest.
    let x = move |date: &IsoDate| {
        LEFT * 10 + ((RIGHT - LEFT) * 10 * first.days_until(date) * 2 + span) / (span * 2)
    };
    let anchor = |cx: i64| match cx {
        cx if cx < (LEFT + 90) * 10 => "start",
        cx if cx > (RIGHT - 90) * 10 => "end",
        _ => "middle",
    };

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
        .map(|(date, event)| format!("{}: {}", event.label, date.long()))
        .collect();
    said.extend(
        counts
            .iter()
            .map(|(d, n)| format!("{} dated {}", statements(*n), d.long())),
    );
    if undated > 0 {
        said.push(format!("{} without a date", statements(undated)));
    }
    let description = format!("{}.", said.join("; "));

    let counts = counts
        .iter()
        .map(|(date, n)| {
            let cx = x(date);
            let at = svg_number(cx);
            view! {
                <circle class="axis-dot" cx=at.clone() cy=LINE_Y r="7"/>
                <text class="axis-count" x=at y=LINE_Y - 16 text-anchor=anchor(cx)>{statements(*n)}</text>
            }
        })
        .collect_view();
    // Neighbouring days (the meeting and election day) take turns in two rows of labels.
    let marks = events
        .iter()
        .enumerate()
        .map(|(i, (date, event))| {
            let cx = x(date);
            let name = event_kind_label(event.kind);
            let row = if i % 2 == 0 { 0 } else { 36 };
            let at = svg_number(cx);
            view! {
                <line class="axis-tick" x1=at.clone() x2=at.clone() y1=LINE_Y y2=LINE_Y + 12 + row/>
                <text class="axis-label" x=at y=LINE_Y + 34 + row text-anchor=anchor(cx)>
                    {format!("{name}, {}", date.short())}
                </text>
            }
        })
        .collect_view();
    view! {
        <figure class="date-axis" data-testid="date-axis">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-labelledby="date-axis-title date-axis-desc">
                <title id="date-axis-title">"Dates of the timeline, to scale"</title>
                <desc id="date-axis-desc">{description}</desc>
                <line class="axis-line" x1=LEFT x2=RIGHT y1=LINE_Y y2=LINE_Y/>
                {marks}
                {counts}
            </svg>
        </figure>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_are_written_in_tenths() {
        assert_eq!(svg_number(240), "24");
        assert_eq!(svg_number(516), "51.6");
        assert_eq!(svg_number(5), "0.5");
        assert_eq!(svg_number(-15), "-1.5");
    }
}
