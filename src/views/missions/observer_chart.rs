use leptos::prelude::*;

use crate::data::model::ObserverCount;
use crate::state::use_locale;
use crate::words::{number, words};

/// Squares per row of the unit chart; 19 × 7 holds the CIS mission's 133 exactly.
const COLUMNS: u32 = 19;
/// Above this, one square per observer would be too small to see; a bar is drawn instead.
const MAX_UNITS: u32 = 400;

/// One square per observer, long-term observers filled, with the source's own sentence as
/// the text alternative.
#[component]
pub fn ObserverChart(
    /// The counts and the words that give them.
    count: ObserverCount,
) -> impl IntoView {
    // No long-term count is drawn as no filled squares, but never captioned as a zero.
    let long_term = count.long_term.unwrap_or(0);
    let total = count.total;
    let locale = use_locale();
    let label = words!(locale, chart_label, text = &count.text).to_string();
    let (width, height, shapes) = if total <= MAX_UNITS {
        let rows = total.div_ceil(COLUMNS).max(1);
        let squares = (0..total)
            .map(|i| {
                let (x, y) = ((i % COLUMNS) * 8, (i / COLUMNS) * 8);
                let class = if i < long_term {
                    "unit long-term"
                } else {
                    "unit"
                };
                view! { <rect x=x + 1 y=y + 1 width="6" height="6" rx="1" class=class/> }
            })
            .collect_view()
            .into_any();
        (COLUMNS * 8, rows * 8, squares)
    } else {
        // Rounded to the nearest unit, in integers (no float formatting in the page).
        let filled = (long_term.min(total) * 152 * 2 + total) / (total * 2);
        let bar = view! {
            <rect x="0" y="0" width="152" height="12" class="unit"/>
            <rect x="0" y="0" width=filled height="12" class="unit long-term"/>
        }
        .into_any();
        (152, 12, bar)
    };
    view! {
        <figure class="observer-chart">
            <svg role="img" aria-label=label viewBox=format!("0 0 {width} {height}") width=width * 2 height=height * 2>
                {shapes}
            </svg>
            <figcaption>
                {count.long_term.map(|n| view! {
                    <span class="key key-long-term" aria-hidden="true"></span>
                    {words!(locale, observers_long_term, count = n, n = number(locale, n as usize)).to_string()}" "
                })}
                <span class="key" aria-hidden="true"></span>
                {words!(locale, chart_in_all, count = total, n = number(locale, total as usize)).to_string()}
            </figcaption>
        </figure>
    }
}
