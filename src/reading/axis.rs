//! The date axis's numbers: where each date stands on the drawing and how its labels sit, so
//! that the view (`views::timeline::DateAxis`) only draws them.

use crate::data::date::IsoDate;

/// The drawing's width, in its own units; it scales to its column.
pub const WIDTH: i64 = 600;
/// The drawing's height, in its own units.
pub const HEIGHT: i64 = 124;
/// Where the line starts: the first date stands here.
pub const LEFT: i64 = 24;
/// Where the line ends: the last date stands here.
pub const RIGHT: i64 = 576;
/// How far down the line runs.
pub const LINE_Y: i64 = 42;
/// Labels closer than this to an end of the line are anchored at that end, so that none runs
/// off the drawing.
const END_ZONE: i64 = 90;
/// How far below the first row of event labels the second lies.
const ROW_GAP: i64 = 36;

/// Dates from the first to the last, spread over the line to scale.
#[derive(Clone, Copy, Debug)]
pub struct Scale {
    first: IsoDate,
    /// Days from the first date to the last; at least one, so that one day alone stands at
    /// the start.
    span: i64,
}

impl Scale {
    /// The scale from `first` to `last`.
    pub fn new(first: IsoDate, last: IsoDate) -> Self {
        Self {
            first,
            span: first.days_until(&last).max(1),
        }
    }

    /// Where `date` stands on the line, to a tenth of a unit: finer is invisible, and the
    /// markup stays short.
    pub fn x(&self, date: &IsoDate) -> f64 {
        let share = self.first.days_until(date) as f64 / self.span as f64;
        ((LEFT as f64 + (RIGHT - LEFT) as f64 * share) * 10.0).round() / 10.0
    }
}

/// The `text-anchor` of a label at `x`: at its start near the left end, at its end near the
/// right end, centred between.
pub fn anchor(x: f64) -> &'static str {
    if x < (LEFT + END_ZONE) as f64 {
        "start"
    } else if x > (RIGHT - END_ZONE) as f64 {
        "end"
    } else {
        "middle"
    }
}

/// How far below the first row the label of the `i`th event lies: neighbouring days (the
/// meeting and election day) take turns in two rows.
pub fn row(i: usize) -> i64 {
    if i.is_multiple_of(2) {
        0
    } else {
        ROW_GAP
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> IsoDate {
        IsoDate::parse(text).unwrap()
    }

    #[test]
    fn dates_stand_to_scale_from_the_first_to_the_last() {
        // 20 days over 552 units: a day is 27.6 units.
        let scale = Scale::new(d("2024-08-31"), d("2024-09-20"));
        assert_eq!(scale.x(&d("2024-08-31")), 24.0);
        assert_eq!(scale.x(&d("2024-09-01")), 51.6);
        assert_eq!(scale.x(&d("2024-09-10")), 300.0);
        assert_eq!(scale.x(&d("2024-09-20")), 576.0);
        // 552 / 7 = 78.857…: rounded to a tenth.
        let week = Scale::new(d("2024-09-01"), d("2024-09-08"));
        assert_eq!(week.x(&d("2024-09-02")), 102.9);
        assert_eq!(week.x(&d("2024-09-07")), 497.1);
    }

    #[test]
    fn one_day_alone_stands_at_the_start() {
        let scale = Scale::new(d("2024-09-01"), d("2024-09-01"));
        assert_eq!(scale.x(&d("2024-09-01")), 24.0);
        assert_eq!(scale.x(&d("2024-09-02")), 576.0);
    }

    #[test]
    fn labels_near_an_end_are_anchored_there() {
        assert_eq!(anchor(24.0), "start");
        assert_eq!(anchor(113.9), "start");
        assert_eq!(anchor(114.0), "middle");
        assert_eq!(anchor(300.0), "middle");
        assert_eq!(anchor(486.0), "middle");
        assert_eq!(anchor(486.1), "end");
        assert_eq!(anchor(576.0), "end");
    }

    #[test]
    fn event_labels_take_turns_in_two_rows() {
        assert_eq!([row(0), row(1), row(2), row(3)], [0, 36, 0, 36]);
    }
}
