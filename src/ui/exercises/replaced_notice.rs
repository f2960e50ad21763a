//! The notice that another tab replaced a value this tab entered, with one click to put it
//! back (see [`crate::notes::Replaced`]).

use leptos::prelude::*;

use crate::content::screen;
use crate::exercises::report::{screen_of, shown_value};
use crate::i18n::{keys, text, text_with};
use crate::ui::action_button::TextButton;
use crate::ui::context::{use_lang, use_notes};

/// The notices for the open session, if any.
#[component]
pub fn ReplacedNotice() -> impl IntoView {
    let notes = use_notes();
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let current = notes.store.with(|s| s.current_id().map(str::to_string))?;
        let shown = notes.replaced.with(|all| {
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
                    let restore_label =
                        text_with(lang, keys::exercises::replaced::RESTORE, &[("mine", &mine)]);
                    let (field, value) = (replaced.field.clone(), replaced.mine.clone());
                    let dismissed = replaced.field.clone();
                    view! {
                        <p class="replaced__item">
                            {message}
                            <button
                                type="button"
                                class="button"
                                on:click=move |_| {
                                    let _ = notes.enter(&field, &value);
                                }
                            >
                                {restore_label}
                            </button>
                            <TextButton
                                label=text(lang, keys::exercises::replaced::DISMISS)
                                class="quiet-button"
                                on_click=move |_| notes.dismiss_replaced(&dismissed)
                            />
                        </p>
                    }
                })
                .collect::<Vec<_>>()
        });
        (!shown.is_empty()).then(|| {
            view! {
                <div class="replaced" role="alert">
                    {shown}
                </div>
            }
        })
    }
}
