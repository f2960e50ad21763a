//! Export of the open session: Markdown for a wiki, JSON for backup, each as a file or to the
//! clipboard, and the printed handout.

use crate::reactive::*;

use super::dom_tree::{button, el, El, ElementRef};
use super::notes_context::NotesContext;
use super::panel_dialog::{close_panel, dialog_section};
use super::print_handout::{Printed, Printing};
use crate::browser::{clipboard, clock, download};
use crate::i18n::{keys, text, text_with, Lang};
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
pub fn export_panel(
    notes: NotesContext,
    lang: Memo<Lang>,
    export: ExportChoices,
    dialog_ref: ElementRef,
) -> El {
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
        clipboard::copy_text(&body, move |copied| {
            let key = if copied {
                keys::notes::transfer::COPIED
            } else {
                keys::notes::transfer::COPY_FAILED
            };
            outcome.set(Some(text(lang.get_untracked(), key).to_string()));
        });
    };
    let print = move |document: Printed| {
        close_panel(dialog_ref);
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
    // Redrawn when the page's language changes; the handlers only read signals.
    let actions = move || {
        let ui = lang.get();
        let action = |label, class| button(class, text(ui, label));
        let (primary, plain) = ("action-button action-button--primary", "action-button");
        el("div")
            .class("export-actions")
            .child(
                action(keys::notes::transfer::DOWNLOAD_MD, primary)
                    .on("click", move |_| download(Format::Markdown)),
            )
            .child(
                action(keys::notes::transfer::COPY_MD, plain)
                    .on("click", move |_| copy(Format::Markdown)),
            )
            .child(
                action(keys::notes::transfer::DOWNLOAD_JSON, primary)
                    .on("click", move |_| download(Format::Json)),
            )
            .child(
                action(keys::notes::transfer::COPY_JSON, plain)
                    .on("click", move |_| copy(Format::Json)),
            )
            .child(
                action(keys::notes::transfer::PRINT, plain)
                    .on("click", move |_| print(Printed::Handout)),
            )
            .child(
                action(keys::notes::transfer::PRINT_GUIDE, plain)
                    .on("click", move |_| print(Printed::Guide)),
            )
    };
    let language_choices = Lang::ALL.into_iter().map(|choice| {
        el("option")
            .attr("value", choice.code())
            .live_flag("selected", move || export_lang.get() == choice)
            .text(text(choice, choice.autonym_key()))
    });
    dialog_section(
        "export-heading",
        heading,
        lang,
        Some(keys::notes::transfer::EXPORT_INTRO),
    )
    .child(
        el("div")
            .class("session-form__field export-language")
            .child(
                el("label")
                    .attr("for", "export-language")
                    .live_words(lang, keys::notes::transfer::LANGUAGE),
            )
            .child(
                el("select")
                    .attr("id", "export-language")
                    .on("change", move |event| {
                        choose_lang.set(Lang::from_code(&event_target_value(&event)))
                    })
                    .children(language_choices),
            ),
    )
    .live_part(move || Some(actions()))
    .child(
        el("p")
            .class("transfer-outcome")
            .attr("role", "status")
            .live_text(move || outcome.get().unwrap_or_default()),
    )
}
