//! Export of the open session: Markdown for a wiki, JSON for backup, each as a file or to the
//! clipboard, and the printed handout.

use leptos::prelude::*;

use super::context::{use_lang, use_notes, words};
use super::panel_dialog::{DialogSection, OpenPanel};
use super::print_handout::{Printed, Printing};
use crate::browser::{clipboard, clock, download};
use crate::i18n::{keys, text, text_with, Key, Lang};
use crate::notes::export_json::{export_file_name, session_json};
use crate::notes::export_markdown::{session_label, session_markdown};
use crate::notes::Session;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Markdown,
    Json,
}

impl Format {
    fn render(self, session: &Session, lang: Lang) -> String {
        match self {
            Format::Markdown => session_markdown(session, lang, &clock::today_iso()),
            Format::Json => session_json(session, &clock::now_iso()),
        }
    }
    fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Json => "json",
        }
    }
    fn mime(self) -> &'static str {
        match self {
            Format::Markdown => "text/markdown",
            Format::Json => "application/json",
        }
    }
}

/// What an export is made in and how it prints.
#[derive(Clone, Copy)]
pub struct ExportChoices {
    /// The language of the headings in the Markdown, the handout and the guide.
    pub lang: Memo<Lang>,
    /// The language the facilitator chose for it, if they did.
    pub choose_lang: RwSignal<Option<Lang>>,
    /// Prints the handout or the guide.
    pub printing: Printing,
}

/// The export section of the transfer dialog.
#[component]
pub fn ExportPanel(export: ExportChoices) -> impl IntoView {
    let notes = use_notes();
    let lang = use_lang();
    let panel = expect_context::<OpenPanel>();
    let ExportChoices {
        lang: export_lang,
        choose_lang,
        printing,
    } = export;
    let outcome = RwSignal::new(None::<String>);
    let current = move || notes.store.with_untracked(|s| s.current().cloned());
    let download = move |format: Format| {
        let Some(session) = current() else { return };
        let file = export_file_name(&session, format.extension());
        let body = format.render(&session, export_lang.get_untracked());
        let ui = lang.get_untracked();
        outcome.set(Some(
            match download::download_text(&file, format.mime(), &body) {
                Ok(()) => text_with(ui, keys::notes::transfer::DOWNLOADED, &[("file", &file)]),
                Err(_) => text(ui, keys::notes::transfer::DOWNLOAD_FAILED).to_string(),
            },
        ));
    };
    let copy = move |format: Format| {
        let Some(session) = current() else { return };
        let body = format.render(&session, export_lang.get_untracked());
        leptos::task::spawn_local(async move {
            let key = if clipboard::copy_text(&body).await {
                keys::notes::transfer::COPIED
            } else {
                keys::notes::transfer::COPY_FAILED
            };
            outcome.try_set(Some(text(lang.get_untracked(), key).to_string()));
        });
    };
    let print = move |document: Printed| {
        panel.close();
        printing.print(document);
    };
    let heading = move || {
        let lang = lang.get();
        let label = notes.store.with(|s| {
            s.current()
                .map(|s| session_label(s, lang))
                .unwrap_or_default()
        });
        text_with(
            lang,
            keys::notes::transfer::EXPORT_HEADING,
            &[("session", &label)],
        )
    };
    let (primary, plain) = ("action-button action-button--primary", "action-button");
    let action = move |label: Key, class: &'static str, run: Box<dyn Fn()>| {
        view! {
            <button type="button" class=class on:click=move |_| run()>
                {words(label)}
            </button>
        }
    };
    let language_choices = Lang::ALL
        .into_iter()
        .map(|choice| {
            view! {
                <option value=choice.code() selected=move || export_lang.get() == choice>
                    {text(choice, choice.autonym_key())}
                </option>
            }
        })
        .collect_view();
    view! {
        <DialogSection
            heading_id="export-heading"
            heading
            intro=keys::notes::transfer::EXPORT_INTRO
        >
            <div class="session-form__field export-language">
                <label for="export-language">{words(keys::notes::transfer::LANGUAGE)}</label>
                <select
                    id="export-language"
                    on:change=move |event| {
                        choose_lang.set(Lang::from_code(&event_target_value(&event)))
                    }
                >
                    {language_choices}
                </select>
            </div>
            <div class="export-actions">
                {action(
                    keys::notes::transfer::DOWNLOAD_MD,
                    primary,
                    Box::new(move || download(Format::Markdown)),
                )}
                {action(
                    keys::notes::transfer::COPY_MD,
                    plain,
                    Box::new(move || copy(Format::Markdown)),
                )}
                {action(
                    keys::notes::transfer::DOWNLOAD_JSON,
                    primary,
                    Box::new(move || download(Format::Json)),
                )}
                {action(keys::notes::transfer::COPY_JSON, plain, Box::new(move || copy(Format::Json)))}
                {action(keys::notes::transfer::PRINT, plain, Box::new(move || print(Printed::Handout)))}
                {action(
                    keys::notes::transfer::PRINT_GUIDE,
                    plain,
                    Box::new(move || print(Printed::Guide)),
                )}
            </div>
            <p class="transfer-outcome" role="status">
                {move || outcome.get().unwrap_or_default()}
            </p>
        </DialogSection>
    }
}
