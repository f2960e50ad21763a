//! Every screen at a glance: grouped into the play and the deck, the current one marked, which
//! have notes, each one's time on the agenda, and the workshop's length.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::modal::Modal;
use super::state::Controls;
use crate::content::{screens, Part, Screen};
use crate::i18n::{keys, text, text_with, Lang};
use crate::route::Route;
use crate::timer::LENGTH_RANGE_MINUTES;
use crate::ui::NotesContext;

/// Moves focus among the overview's links with the arrow keys.
fn move_focus(event: &web_sys::KeyboardEvent) {
    let step: i32 = match event.key().as_str() {
        "ArrowRight" | "ArrowDown" => 1,
        "ArrowLeft" | "ArrowUp" => -1,
        _ => return,
    };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(links) = document.query_selector_all(".overview__link") else {
        return;
    };
    let active = document.active_element();
    let count = links.length() as i32;
    let current = (0..count)
        .find(|i| {
            links
                .item(*i as u32)
                .map(|n| n.unchecked_into::<web_sys::Element>())
                == active
        })
        .unwrap_or(-1);
    let target = (current + step).clamp(0, count - 1);
    if let Some(link) = links
        .item(target as u32)
        .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
    {
        event.prevent_default();
        let _ = link.focus();
    }
}

/// The overview overlay.
#[component]
pub fn Overview(
    lang: Lang,
    route: ReadSignal<Route>,
    controls: Controls,
    notes: NotesContext,
    on_close: Callback<()>,
) -> impl IntoView {
    let current = route.get_untracked().screen();
    let item = move |screen: &'static Screen| {
        let number = screen.id.position() + 1;
        let is_current = current == Some(screen.id);
        let has_notes = screen
            .notes_id()
            // Untracked: the overlay must not be rebuilt under the user's hands when a note is saved.
            .is_some_and(|id| untrack(|| !notes.note(id).trim().is_empty()));
        let budget = move || {
            let minutes = controls
                .clock
                .with(|c| c.agenda().budget_ms(screen.id))
                .div_ceil(60_000);
            text_with(
                lang,
                keys::controls::MINUTES,
                &[("minutes", &minutes.to_string())],
            )
        };
        view! {
            <li class="overview__item" class:overview__item--current=is_current>
                <a
                    class="overview__link"
                    href=route.with_untracked(|r| r.with_screen(lang, screen.id))
                    aria-current=is_current.then_some("page")
                >
                    <span class="overview__number">{number}</span>
                    <span class="overview__title">{text(lang, screen.title)}</span>
                    {screen.subtitle.map(|key| view! { <span class="overview__subtitle">{text(lang, key)}</span> })}
                    <span class="overview__meta">
                        <span class="overview__timebox">{budget}</span>
                        {has_notes.then(|| view! {
                            <span class="overview__notes">{text(lang, keys::controls::OVERVIEW_HAS_NOTES)}</span>
                        })}
                        {is_current.then(|| view! {
                            <span class="overview__here">{text(lang, keys::controls::OVERVIEW_CURRENT)}</span>
                        })}
                    </span>
                </a>
            </li>
        }
    };
    let group = move |heading: &'static str, parts: &'static [Part]| {
        view! {
            <section class="overview__group">
                <h3 class="overview__heading">{heading}</h3>
                <ol class="overview__grid">
                    {screens().filter(|s| parts.contains(&s.part)).map(item).collect_view()}
                </ol>
            </section>
        }
    };
    let (shortest, longest) = LENGTH_RANGE_MINUTES;
    let set_length = move |event: leptos::ev::Event| {
        if let Ok(minutes) = event_target_value(&event).trim().parse::<u32>() {
            controls.update_clock(|clock, _| clock.set_total_minutes(minutes));
        }
    };
    view! {
        <Modal title=text(lang, keys::controls::OVERVIEW_TITLE).to_string() id="overview" lang=lang on_close=on_close>
            <div class="overview" on:keydown=move |event| move_focus(&event)>
                {group(text(lang, keys::app::PART_PLAY), &[Part::Opening, Part::Play])}
                {group(text(lang, keys::app::PART_DECK), &[Part::Deck])}
            </div>
            <div class="overview__length">
                <label for="workshop-length">{text(lang, keys::controls::OVERVIEW_LENGTH)}</label>
                <input
                    id="workshop-length"
                    type="number"
                    inputmode="numeric"
                    min=shortest
                    max=longest
                    step="5"
                    prop:value=move || controls.clock.with(|c| c.total_minutes).to_string()
                    on:change=set_length
                    aria-describedby="workshop-length-hint"
                />
                <p id="workshop-length-hint" class="modal__hint">{text(lang, keys::controls::OVERVIEW_LENGTH_HINT)}</p>
            </div>
        </Modal>
    }
}
