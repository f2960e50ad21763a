//! The presenter's private screen: what the room sees, the facilitator's script for it, what
//! comes next, the questions, the notes and the timers. It runs in a second window paired with
//! the projector's; the script is never on the projector.

use crate::reactive::*;

use super::state::Controls;
use super::timer_panel::timer_panel;
use crate::browser::locale_bundle;
use crate::content::{screen, Screen, ScreenId};
use crate::i18n::bundle::{self, Part};
use crate::i18n::{keys, text, Key, Lang};
use crate::ui::dom_tree::{el, El};
use crate::ui::screen_view::{part_label, screen_view};
use crate::ui::NotesContext;

/// The presenter view of `current`.
pub fn presenter_view(
    current: ScreenId,
    page: u8,
    lang: Lang,
    controls: Controls,
    notes: NotesContext,
) -> El {
    let next = notes
        .run
        .with_untracked(|run| run.next(current))
        .map(|id| {
            let next = screen(id);
            vec![
                el("p")
                    .class("presenter__part")
                    .text(text(lang, part_label(next.part))),
                el("p")
                    .class("presenter__next-title")
                    .attr("data-testid", "presenter-next")
                    .text(text(lang, next.title)),
            ]
            .into_iter()
            .chain(next.subtitle.map(|key| {
                el("p")
                    .class("presenter__next-subtitle")
                    .text(text(lang, key))
            }))
            .collect::<Vec<_>>()
        })
        .unwrap_or_else(|| vec![el("p").text(text(lang, keys::controls::PRESENTER_END))]);
    el("div")
        .class("presenter")
        .child(
            el("section")
                .class("presenter__now")
                .attr("aria-labelledby", "presenter-now-label")
                .child(
                    el("p")
                        .attr("id", "presenter-now-label")
                        .class("presenter__label")
                        .text(text(lang, keys::controls::PRESENTER_NOW)),
                )
                .live_part(move || {
                    controls.blackout.get().then(|| {
                        el("p")
                            .class("presenter__blackout")
                            .attr("role", "status")
                            .text(text(lang, keys::controls::PRESENTER_BLACKOUT))
                    })
                })
                .child(screen_view(screen(current), lang, notes, page)),
        )
        .child(
            el("aside")
                .class("presenter__side")
                .child(script_view(screen(current), lang))
                .child(timer_panel(controls, lang, notes.run, current))
                .child(
                    el("section")
                        .class("presenter__next")
                        .attr("aria-labelledby", "presenter-next-label")
                        .child(
                            el("h2")
                                .attr("id", "presenter-next-label")
                                .class("presenter__label")
                                .text(text(lang, keys::controls::PRESENTER_NEXT)),
                        )
                        .children(next),
                ),
        )
}

/// The names of the four parts of a script, in the order of [`crate::content::Script::parts`].
pub const SCRIPT_LABELS: [Key; 4] = [
    keys::controls::FACILITATOR_OPEN,
    keys::controls::FACILITATOR_RUN,
    keys::controls::FACILITATOR_LISTEN,
    keys::controls::FACILITATOR_BRIDGE,
];

/// The facilitator's script for `shown`: what to say, how to run it, what to listen for and
/// the bridge to what comes next. Its texts are fetched the first time the presenter view
/// needs them (see [`crate::i18n::bundle::Part`]).
pub fn script_view(shown: &'static Screen, lang: Lang) -> El {
    let ready = RwSignal::new(bundle::is_installed(lang, Part::Script));
    let missing = RwSignal::new(false);
    if !ready.get_untracked() {
        locale_bundle::ensure(lang, Part::Script, move |arrived| {
            ready.set(arrived);
            missing.set(!arrived);
        });
    }
    el("section")
        .class("presenter__script")
        .attr("aria-labelledby", "presenter-script-label")
        .child(
            el("h2")
                .attr("id", "presenter-script-label")
                .class("presenter__label")
                .text(text(lang, keys::controls::FACILITATOR)),
        )
        .live_part(move || {
            if ready.get() {
                Some(script_list(shown, lang))
            } else {
                missing.get().then(|| {
                    el("p")
                        .attr("role", "status")
                        .text(text(lang, keys::controls::FACILITATOR_MISSING))
                })
            }
        })
}

/// A script as a list of its parts, each with its name: shared with the printed guide.
pub fn script_list(shown: &Screen, lang: Lang) -> El {
    el("dl")
        .class("script")
        .children(
            SCRIPT_LABELS
                .iter()
                .zip(shown.script.parts())
                .flat_map(|(label, part)| {
                    [
                        el("dt").class("script__label").text(text(lang, *label)),
                        el("dd").class("script__text").text(text(lang, part)),
                    ]
                }),
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::screens;

    #[test]
    fn every_screen_has_a_script_of_four_parts_in_every_language() {
        for lang in Lang::ALL {
            for shown in screens() {
                let list = script_list(shown, lang);
                let texts: Vec<String> = list.elements().map(El::text_content).collect();
                assert_eq!(texts.len(), 8, "{:?}", shown.id);
                for (pair, part) in texts.chunks(2).zip(shown.script.parts()) {
                    assert_eq!(pair[1], text(lang, part));
                    assert!(pair[1].len() > 20, "{:?}: {}", shown.id, pair[1]);
                }
            }
        }
    }
}
