//! The notice that another tab replaced a value this tab entered, with one click to put it
//! back (see [`crate::notes::Replaced`]).

use crate::reactive::*;

use crate::content::screen;
use crate::exercises::report::{screen_of, shown_value};
use crate::i18n::{keys, text, text_with, Lang};
use crate::ui::dom_tree::{button, el, El};
use crate::ui::NotesContext;

/// The notices for the open session, if any.
pub fn replaced_notice(notes: NotesContext, lang: Memo<Lang>) -> impl FnMut() -> Option<El> {
    move || {
        let lang = lang.get();
        let current = notes.store.with(|s| s.current_id().map(str::to_string))?;
        let shown: Vec<El> = notes.replaced.with(|all| {
            all.iter()
                .filter(|r| r.session_id == current)
                .map(|replaced| {
                    let mine = shown_value(&replaced.field, &replaced.mine, lang);
                    let message = text_with(
                        lang,
                        keys::exercises::replaced::NOTICE,
                        &[
                            (
                                "screen",
                                text(lang, screen(screen_of(&replaced.field)).title),
                            ),
                            ("mine", &mine),
                            (
                                "theirs",
                                &shown_value(&replaced.field, &replaced.theirs, lang),
                            ),
                        ],
                    );
                    let (field, value) = (replaced.field.clone(), replaced.mine.clone());
                    let dismissed = replaced.field.clone();
                    el("p")
                        .class("replaced__item")
                        .text(message)
                        .child(
                            button(
                                "button",
                                &text_with(
                                    lang,
                                    keys::exercises::replaced::RESTORE,
                                    &[("mine", &mine)],
                                ),
                            )
                            .on("click", move |_| {
                                let _ = notes.enter(&field, &value);
                            }),
                        )
                        .child(
                            button(
                                "quiet-button",
                                text(lang, keys::exercises::replaced::DISMISS),
                            )
                            .on("click", move |_| notes.dismiss_replaced(&dismissed)),
                        )
                })
                .collect()
        });
        (!shown.is_empty()).then(|| {
            el("div")
                .class("replaced")
                .attr("role", "alert")
                .children(shown)
        })
    }
}
