use std::sync::Arc;

use leptos::prelude::*;

use crate::components::{ArticleView, EditorNotes, MeetingCard, MissionCard, StatementTimeline};
use crate::model::{Brief, EventKind};
use crate::selection::Selection;

/// The loaded brief that every view below [`BriefView`] reads.
pub fn use_brief() -> Arc<Brief> {
    expect_context::<Arc<Brief>>()
}

/// The three linked views of a loaded brief: the article, the mission cards and the timeline.
#[component]
pub fn BriefView(
    /// A brief that has passed validation.
    brief: Arc<Brief>,
) -> impl IntoView {
    let selection = Selection(RwSignal::new(None));
    provide_context(selection);
    provide_context(brief.clone());

    // A shared link to a paragraph (`…#para-p3`) opens with it selected, and the back and
    // forward buttons move the selection with the hash.
    Effect::new(move |_| selection.follow_hash());
    let listener = window_event_listener(leptos::ev::hashchange, move |_| selection.follow_hash());
    on_cleanup(move || listener.remove());

    let meeting = brief
        .events
        .iter()
        .find(|e| e.kind == EventKind::Meeting)
        .cloned();
    view! {
        <header class="brief-banner">
            <p class="brand">"Observer brief"</p>
            <nav aria-label="Views of the brief">
                <a href="#article">"Article"</a>
                <a href="#missions">"Missions"</a>
                <a href="#timeline">"Timeline"</a>
                <a href="#editor-notes">"Editor’s notes"</a>
            </nav>
        </header>
        <main class="brief-layout">
            <ArticleView/>
            <div class="brief-side">
                <section id="missions" class="missions" aria-labelledby="missions-heading">
                    <h2 id="missions-heading">"Missions"</h2>
                    <div class="card-list">
                        {brief.missions.iter().cloned().map(|mission| view! { <MissionCard mission/> }).collect_view()}
                        {meeting.map(|event| view! { <MeetingCard event/> })}
                    </div>
                </section>
                <StatementTimeline/>
            </div>
            <EditorNotes/>
        </main>
    }
}
