//! A loaded brief: its parts, laid out, with the state they share.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::model::Brief;
use crate::embed::options::View;
use crate::reading::filter::Filter;
use crate::reading::link::Target;
use crate::reading::provenance::uses;
use crate::state::reader::History;
use crate::state::{use_placement, ReaderState};
use crate::views::article::ArticleView;
use crate::views::common::InTurn;
use crate::views::editor_notes::EditorNotes;
use crate::views::missions::MissionsSection;
use crate::views::shell::{Banner, DraftNotice, SelectionAnnouncer};
use crate::views::timeline::StatementTimeline;
use crate::words::{language_of, locale_of, view_title, words};

/// The linked views of a loaded brief — the article, the mission cards and the timeline, or
/// only the one a link or embed asked for — with the editor's notes they refer to.
#[component]
pub fn BriefView(
    /// A brief that has passed validation.
    brief: Arc<Brief>,
) -> impl IntoView {
    let placement = use_placement();
    let options = &placement.options;
    // The reader's words follow the brief's language unless the link or mount element asks for
    // another; the brief's own words keep theirs (`lang` on each).
    let locale = locale_of(options.lang.unwrap_or(brief.language));
    provide_context(locale);
    let lang = language_of(locale).tag();
    let page_title = format!("{} · {}", brief.article.headline, words!(locale, site_name));
    let state = ReaderState::new(brief.clone(), placement.clone());
    provide_context(state);
    provide_context(Arc::new(uses(&brief)));
    provide_context(brief);

    // A shared link (`…#quote-…&speaker=…`, `?statement=…`) opens with its state restored; an
    // embedded brief does not take focus from its host page when it opens.
    let focus_on_open = !options.embed && placement.owns_url();
    let opening_statement = options.statement.clone();
    let owns_url = placement.owns_url();
    let typed = placement.typed.clone();
    // Runs once, after the views exist (so that focus has somewhere to go) and have all been
    // taken over (a part still to be taken over must find the state it was rendered with);
    // untracked, so that selecting does not run it again.
    let open = move || {
        untrack(|| {
            if owns_url {
                state.follow_url(focus_on_open);
            }
            // What the reader gave the filters before the app took the page over wins over
            // the link's, as the reader's latest word; the fields then show it again.
            let typed = typed.get_value();
            if typed != Filter::default() {
                let filter = state.filter_untracked().overlaid(&typed);
                state.set_filter(filter, History::Push);
            }
            if let Some(id) = opening_statement
                .clone()
                .filter(|_| state.target().is_none())
            {
                state.select(Some(Target::Statement(id)), focus_on_open);
            }
        })
    };
    // The last part: once the others are in place, the brief opens as the link asks.
    let opened = InTurn::after(move || {
        Effect::new(move |_| state.put_in_place(&open));
    });
    // Back and Forward step through selections, filters and searches (listened to from an
    // effect: the browser's window exists only there, not when rendering at build time).
    if owns_url {
        // The page's language is the reader's words', and its title this brief's (the
        // pre-rendered page has both already; a brief rendered afresh may be another).
        Effect::new(move |_| {
            let document = document();
            if let Some(root) = document.document_element() {
                let _ = root.set_attribute("lang", lang);
            }
            document.set_title(&page_title);
        });
        Effect::new(move |_| {
            let on_hash =
                window_event_listener(leptos::ev::hashchange, move |_| state.follow_url(true));
            let on_pop =
                window_event_listener(leptos::ev::popstate, move |_| state.follow_url(true));
            on_cleanup(move || {
                on_hash.remove();
                on_pop.remove();
            });
        });
    }
    // Escape clears the selection from anywhere in the brief (an open dialog handles its own).
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && !ev.default_prevented() {
            state.clear_selection();
        }
    };

    let view = options.view;
    // Each part is taken over in its own turn (`InTurn`), so that the page answers meanwhile.
    let article = move || InTurn::new(|| view! { <ArticleView/> });
    let missions = view
        .shows_missions()
        .then(|| InTurn::new(|| view! { <MissionsSection/> }));
    // The timeline's filters keep what the reader typed in them meanwhile (`Placement::typed`).
    let timeline = view
        .shows_timeline()
        .then(|| InTurn::new(|| view! { <StatementTimeline/> }));
    let content = match view {
        View::All => view! {
            {article()}
            <div class="brief-side">{missions}{timeline}</div>
        }
        .into_any(),
        View::Article => article().into_any(),
        View::Missions | View::Timeline => view! { {missions}{timeline} }.into_any(),
    };
    // A part of the brief still leads to the whole, where every claim meets its sentence.
    let whole_brief = (view != View::All).then(|| {
        view! {
            <p class="whole-brief-link">
                <a href=placement.full_brief_href("article") target="_blank">
                    {words!(locale, read_whole_brief)}
                    <span class="visually-hidden">{words!(locale, opens_new_tab)}</span>
                </a>
            </p>
        }
    });
    let layout_class = if view == View::All {
        "brief-layout"
    } else {
        "brief-layout single-view"
    };
    // A part on its own page (an iframe) still needs a top heading that says what it is.
    let title = view_title(locale, view);
    let part_heading =
        (owns_url && view != View::All).then(|| view! { <h1 class="visually-hidden">{title}</h1> });
    let body = view! {
        {part_heading}
        <DraftNotice/>
        {content}
        {InTurn::new(|| view! { <EditorNotes/> })}
        {whole_brief}
    };
    // A host page has its own main landmark; a mounted brief is a labelled region inside it.
    let layout = if owns_url {
        view! { <main class=layout_class lang=lang on:keydown=on_keydown>{body}</main> }.into_any()
    } else {
        view! { <section class=layout_class lang=lang aria-label=title on:keydown=on_keydown>{body}</section> }
            .into_any()
    };
    // The banner is taken over at once: its theme switch shows the system's setting, which the
    // app reads as soon as it runs.
    let chrome = (owns_url && !options.embed).then(|| view! { <Banner all=view == View::All/> });
    view! {
        {chrome}
        {layout}
        {InTurn::new(|| view! { <SelectionAnnouncer/> })}
        {opened}
    }
}
