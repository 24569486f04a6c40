use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::data::model::Brief;

use crate::reading::filter::{drawn_at_once, listed_count, FilterIndex, Matches};
use crate::state::reader::ReaderState;
use crate::views::common::next_turn;

/// Which statements the timeline lists: those the filters leave, in timeline order, a page at
/// a time, so that a brief of thousands of statements stays quick to filter.
#[derive(Clone, Copy)]
pub struct Listing {
    /// Every statement the filters leave.
    pub matching: Memo<Matches>,
    /// How many of them are listed ([`listed_count`]).
    pub count: Memo<usize>,
    /// The ones listed, in order: the first pages of `matching` (in the frame that answers the
    /// reader's change of filters, and in the first frame of a brief rendered afresh, only the
    /// first of them: [`Listing::draw_first`]).
    pub listed: Memo<Vec<usize>>,
    /// Whether each statement of the brief is listed, by index.
    listed_mask: Memo<Vec<bool>>,
    /// Whether a new listing is drawn only as far as [`drawn_at_once`] says: from the reader's
    /// change of filters until the frame that answers it has been drawn, and likewise for the
    /// first frame of a brief rendered afresh.
    drawing_first: RwSignal<bool>,
}

/// How many statements' searchable texts one task makes: about 5 ms here for English ones
/// (10,000 took about 50 ms in one task), four times that on the phone profile.
const PREPARED_PER_TASK: usize = 500;

/// Once the frame being drawn has been (called from its animation callbacks), lists the rest
/// of what [`Listing::draw_first`] held back.
async fn draw_the_rest(drawing_first: RwSignal<bool>) {
    next_turn().await;
    // The brief may have gone from the page meanwhile.
    let _ = drawing_first.try_set(false);
}

/// Makes the searchable texts of `brief` for `index`, [`PREPARED_PER_TASK`] statements in each
/// of the browser's tasks ([`next_turn`]), until all are made.
async fn prepare_in_turns(index: Arc<FilterIndex>, brief: Arc<Brief>) {
    loop {
        next_turn().await;
        if index.prepare_some(&brief, PREPARED_PER_TASK) {
            break;
        }
    }
}

impl Listing {
    /// The statements of `brief` that `state`'s filters leave, found through `index` (made
    /// for `brief`), listed as far as the reader asked.
    pub fn new(brief: Arc<Brief>, index: FilterIndex, state: ReaderState) -> Self {
        let in_brief = brief.statements.len();
        let index = Arc::new(index);
        // Rendered afresh in the browser, the first frame draws the first entries only, as a
        // change of filters does; taken over, the page already has them all (and natively,
        // the page is rendered whole).
        let drawing_first = RwSignal::new(cfg!(target_arch = "wasm32") && !state.taking_over());
        // The rest of the first listing is drawn once the first frame has been, and the
        // searchable texts are made after that, not while the timeline is drawn, some
        // statements at a time, each in a task of its own: a long timeline shows sooner, and
        // what the reader does meanwhile is answered between those tasks (a search that comes
        // first makes the rest). An effect runs in the browser only, once.
        Effect::new({
            let (index, brief) = (index.clone(), brief.clone());
            move |_| {
                let (index, brief) = (index.clone(), brief.clone());
                request_animation_frame(move || {
                    spawn_local(async move {
                        draw_the_rest(drawing_first).await;
                        prepare_in_turns(index, brief).await
                    })
                });
            }
        });
        // Each keystroke of a search looks through what the one before found.
        let matching = Memo::new(move |previous| index.narrowed(&brief, &state.filter(), previous));
        let count = Memo::new(move |_| {
            matching.with(|m| listed_count(state.listed(), &m.statements, state.listed_through()))
        });
        let listed = Memo::new(move |drawn: Option<&Vec<usize>>| {
            let count = count.get();
            let mut listed =
                matching.with(|m| m.statements.iter().take(count).copied().collect::<Vec<_>>());
            if drawing_first.get() {
                let drawn = drawn.map_or(&[][..], Vec::as_slice);
                listed.truncate(drawn_at_once(drawn, &listed, state.selected_statement()));
            }
            listed
        });
        let listed_mask = Memo::new(move |_| {
            let mut mask = vec![false; in_brief];
            listed.with(|l| l.iter().for_each(|&i| mask[i] = true));
            mask
        });
        Self {
            matching,
            count,
            listed,
            listed_mask,
            drawing_first,
        }
    }

    /// Called as the reader changes the filters: the frame that answers draws the first entries
    /// of the new listing only ([`drawn_at_once`]), and the rest come in the task after it, so
    /// that a keystroke at thousands of statements takes one frame. Those below the first few
    /// are off screen while the reader types above them.
    pub fn draw_first(&self) {
        let drawing_first = self.drawing_first;
        drawing_first.set(true);
        request_animation_frame(move || spawn_local(draw_the_rest(drawing_first)));
    }

    /// Whether statement `index` is listed (tracked).
    pub fn is_listed(&self, index: usize) -> bool {
        self.listed_mask.with(|listed| listed[index])
    }

    /// Of `statements`, the ones listed, in their order (tracked).
    pub fn listed_of(&self, statements: &[usize]) -> Vec<usize> {
        self.listed_mask
            .with(|listed| statements.iter().copied().filter(|&i| listed[i]).collect())
    }

    /// Makes the running effect follow what is listed.
    pub fn track(&self) {
        self.listed_mask.track();
    }
}
