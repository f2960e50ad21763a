//! The presenter's private screen: what the room sees, the facilitator's script for it, what
//! comes next, the questions, the notes and the timers. It runs in a second window paired with
//! the projector's; the script is never on the projector.

use leptos::prelude::*;

use super::script::ScriptView;
use super::timer_panel::TimerPanel;
use crate::content::{screen, ScreenId};
use crate::i18n::{keys, text};
use crate::ui::context::{use_controls, use_lang, use_notes};
use crate::ui::screen_view::{part_label, ScreenView};

/// The presenter view of `current`.
#[component]
pub fn PresenterView(current: ScreenId) -> impl IntoView {
    let (controls, notes) = (use_controls(), use_notes());
    let lang = use_lang().get_untracked();
    let next = match notes.run.with_untracked(|run| run.next(current)) {
        Some(id) => {
            let next = screen(id);
            view! {
                <p class="presenter__part">{text(lang, part_label(next.part))}</p>
                <p class="presenter__next-title" data-testid="presenter-next">
                    {text(lang, next.title)}
                </p>
                {next
                    .subtitle
                    .map(|key| view! { <p class="presenter__next-subtitle">{text(lang, key)}</p> })}
            }
            .into_any()
        }
        None => view! { <p>{text(lang, keys::controls::PRESENTER_END)}</p> }.into_any(),
    };
    let blacked_out = move || {
        controls.blackout.get().then(|| {
            view! {
                <p class="presenter__blackout" role="status">
                    {text(lang, keys::controls::PRESENTER_BLACKOUT)}
                </p>
            }
        })
    };
    view! {
        <div class="presenter">
            <section class="presenter__now" aria-labelledby="presenter-now-label">
                <p id="presenter-now-label" class="presenter__label">
                    {text(lang, keys::controls::PRESENTER_NOW)}
                </p>
                {blacked_out}
                <ScreenView screen=screen(current) />
            </section>
            <aside class="presenter__side">
                <ScriptView shown=screen(current) />
                <TimerPanel screen=current />
                <section class="presenter__next" aria-labelledby="presenter-next-label">
                    <h2 id="presenter-next-label" class="presenter__label">
                        {text(lang, keys::controls::PRESENTER_NEXT)}
                    </h2>
                    {next}
                </section>
            </aside>
        </div>
    }
}
