//! Import of a JSON backup: checked first, previewed, then added as a new session or put in
//! place of one after a confirmation. A refused file changes nothing.

use crate::reactive::*;

use super::dom_tree::{button, el, words, El};
use super::exercises::bad_value_text;
use super::notes_context::NotesContext;
use super::panel_dialog::dialog_section;
use super::session_summary::SessionSummary;
use crate::browser::file_input::{read_picked_file, PickedFile};
use crate::content::screens;
use crate::i18n::{keys, text, text_with, Lang};
use crate::notes::export_markdown::session_label;
use crate::notes::import::{parse_import, ImportError, JsonProblem};
use crate::notes::limits::MAX_IMPORT_BYTES;
use crate::notes::Session;

/// Where the import stands.
#[derive(Clone, Debug, PartialEq, Eq)]
enum ImportStep {
    /// Nothing picked yet.
    Idle,
    /// The file was refused, for this reason.
    Refused(Option<ImportError>),
    /// The file is valid and shown; nothing has changed yet.
    Preview { file: String, session: Session },
    /// The user asked to replace session `target`; waiting for a confirmation.
    ConfirmReplace {
        file: String,
        session: Session,
        target: String,
    },
    /// Done, with what happened.
    Done(DoneHow),
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum DoneHow {
    Added,
    Replaced(String),
}

/// The import section of the transfer dialog.
pub fn import_panel(
    notes: NotesContext,
    lang: Memo<Lang>,
    // Every session, to choose which one an import replaces.
    summaries: Memo<Vec<SessionSummary>>,
) -> El {
    let step = RwSignal::new(ImportStep::Idle);
    let replace_target = RwSignal::new(None::<String>);
    let on_pick = move |event: web_sys::Event| {
        read_picked_file(&event, MAX_IMPORT_BYTES, move |result| {
            step.set(match result {
                Err(_) => ImportStep::Refused(None),
                Ok(PickedFile { size, .. }) if size > MAX_IMPORT_BYTES => {
                    ImportStep::Refused(Some(ImportError::TooLarge { bytes: size }))
                }
                Ok(PickedFile { name, bytes, .. }) => match parse_import(&bytes) {
                    Ok(imported) => ImportStep::Preview {
                        file: name,
                        session: imported.session,
                    },
                    Err(error) => ImportStep::Refused(Some(error)),
                },
            });
        });
    };
    let body = move || {
        let ui = lang.get();
        match step.get() {
            ImportStep::Idle => None,
            ImportStep::Refused(error) => Some(
                el("div")
                    .class("import-message import-message--error")
                    .attr("role", "alert")
                    .child(
                        el("p")
                            .class("import-message__title")
                            .text(text(ui, keys::notes::import_error::INTRO)),
                    )
                    .child(el("p").text(import_error_text(ui, error.as_ref()))),
            ),
            ImportStep::Done(how) => {
                let message = match how {
                    DoneHow::Added => text(ui, keys::notes::transfer::ADDED).to_string(),
                    DoneHow::Replaced(label) => {
                        text_with(ui, keys::notes::transfer::REPLACED, &[("session", &label)])
                    }
                };
                Some(
                    el("p")
                        .class("import-message import-message--done")
                        .attr("role", "status")
                        .text(message),
                )
            }
            ImportStep::Preview { file, session } => {
                let for_add = session.clone();
                let add = move |_| {
                    notes.add_imported(for_add.clone());
                    step.set(ImportStep::Done(DoneHow::Added));
                };
                let (file_for_replace, for_replace) = (file.clone(), session.clone());
                let ask_replace = move |_| {
                    let target = replace_target.get_untracked().or_else(|| {
                        summaries.with_untracked(|all| all.first().map(|s| s.id.clone()))
                    });
                    if let Some(target) = target {
                        step.set(ImportStep::ConfirmReplace {
                            file: file_for_replace.clone(),
                            session: for_replace.clone(),
                            target,
                        });
                    }
                };
                let chosen = replace_target.get_untracked();
                let options = summaries.get_untracked().into_iter().map(|s| {
                    let option = el("option")
                        .attr("value", s.id.clone())
                        .text(format!("{} ({})", s.label, s.meta));
                    if chosen.as_deref() == Some(s.id.as_str()) {
                        option.attr("selected", "")
                    } else {
                        option
                    }
                });
                let heading = text_with(
                    ui,
                    keys::notes::transfer::PREVIEW_HEADING,
                    &[("file", &file)],
                );
                Some(
                    el("div")
                        .class("import-preview")
                        .child(el("h4").class("import-preview__title").text(heading))
                        .children(session_preview(&session, ui))
                        .child(
                            el("div").class("export-actions").child(
                                button(
                                    "action-button action-button--primary",
                                    text(ui, keys::notes::transfer::ADD_NEW),
                                )
                                .on("click", add),
                            ),
                        )
                        .child(
                            el("div")
                                .class("import-replace")
                                .child(
                                    el("label")
                                        .attr("for", "import-replace-target")
                                        .text(text(ui, keys::notes::transfer::REPLACE_WHICH)),
                                )
                                .child(
                                    el("select")
                                        .attr("id", "import-replace-target")
                                        .on("change", move |event| {
                                            replace_target.set(Some(event_target_value(&event)))
                                        })
                                        .children(options),
                                )
                                .child(
                                    button(
                                        "action-button action-button--danger",
                                        text(ui, keys::notes::transfer::REPLACE),
                                    )
                                    .on("click", ask_replace),
                                ),
                        )
                        .child(
                            button("action-button", text(ui, keys::notes::transfer::DISCARD))
                                .on("click", move |_| step.set(ImportStep::Idle)),
                        ),
                )
            }
            ImportStep::ConfirmReplace {
                file,
                session,
                target,
            } => {
                let label = notes
                    .store
                    .with_untracked(|s| s.session(&target).map(|t| session_label(t, ui)))
                    .unwrap_or_default();
                let (confirmed_label, for_confirm) = (label.clone(), session.clone());
                let confirm = move |_| {
                    notes.replace_with_imported(&target, for_confirm.clone());
                    step.set(ImportStep::Done(DoneHow::Replaced(confirmed_label.clone())));
                };
                let back = move |_| {
                    step.set(ImportStep::Preview {
                        file: file.clone(),
                        session: session.clone(),
                    })
                };
                Some(
                    el("div")
                        .class("import-message import-message--confirm")
                        .attr("role", "alertdialog")
                        .attr("aria-labelledby", "replace-question")
                        .child(el("p").attr("id", "replace-question").text(text_with(
                            ui,
                            keys::notes::transfer::REPLACE_CONFIRM,
                            &[("session", &label)],
                        )))
                        .child(
                            el("div")
                                .class("export-actions")
                                .child(
                                    button(
                                        "action-button action-button--danger",
                                        text(ui, keys::notes::transfer::CONFIRM_REPLACE),
                                    )
                                    .on("click", confirm),
                                )
                                .child(
                                    button("action-button", text(ui, keys::notes::session::CANCEL))
                                        .on("click", back),
                                ),
                        ),
                )
            }
        }
    };
    dialog_section(
        "import-heading",
        words(lang, keys::notes::transfer::IMPORT_HEADING),
        lang,
        Some(keys::notes::transfer::IMPORT_INTRO),
    )
    .child(
        el("label")
            .class("file-picker")
            .child(
                el("span")
                    .class("action-button")
                    .live_words(lang, keys::notes::transfer::CHOOSE_FILE),
            )
            .child(
                el("input")
                    .attr("type", "file")
                    .class("file-picker__input")
                    .attr("accept", "application/json,.json")
                    .on("change", on_pick),
            ),
    )
    .live_part(body)
}

/// An imported session as text: its fields, then each note under its screen's title.
fn session_preview(session: &Session, lang: Lang) -> Vec<El> {
    let summary = SessionSummary::of(session, lang, false);
    let mut known = Vec::new();
    let mut items: Vec<(String, String)> = screens()
        .filter_map(|screen| {
            let id = screen.notes_id()?;
            known.push(id);
            session.has_note(id).then(|| {
                (
                    text(lang, screen.title).to_string(),
                    session.note(id).to_string(),
                )
            })
        })
        .collect();
    items.extend(
        session
            .notes
            .iter()
            .filter(|(id, note)| !known.contains(&id.as_str()) && !note.trim().is_empty())
            .map(|(id, note)| (id.clone(), note.clone())),
    );
    let count = summary.note_count.to_string();
    let facts = el("dl")
        .class("import-preview__facts")
        .child(el("dt").text(text(lang, keys::notes::export::SESSION)))
        .child(el("dd").class("import-preview__label").text(summary.label))
        .child(el("dt").text(text(lang, keys::notes::export::TEAM)))
        .child(el("dd").class("import-preview__meta").text(summary.meta))
        .child(el("dt").text(text(lang, keys::notes::export::NOTES)))
        .child(el("dd").text(text_with(
            lang,
            keys::notes::session::NOTE_COUNT,
            &[("count", &count)],
        )));
    let notes = el("div")
        .class("import-preview__notes")
        .children(items.into_iter().flat_map(|(title, note)| {
            [
                el("h5").class("import-preview__screen").text(title),
                el("p").class("import-preview__note").text(note),
            ]
        }));
    vec![facts, notes]
}

/// What is wrong with a refused import file, in words.
pub fn import_error_text(lang: Lang, error: Option<&ImportError>) -> String {
    use keys::notes::import_error as k;
    let Some(error) = error else {
        return text(lang, k::UNREADABLE).to_string();
    };
    match error {
        ImportError::TooLarge { bytes } => text_with(
            lang,
            k::TOO_LARGE,
            &[("size", &bytes.div_ceil(1024).to_string())],
        ),
        ImportError::NotText => text(lang, k::NOT_TEXT).to_string(),
        ImportError::BadJson {
            problem,
            line,
            column,
        } => {
            let key = match problem {
                JsonProblem::Syntax => k::NOT_JSON,
                JsonProblem::CutShort => k::CUT_SHORT,
                JsonProblem::WrongValue => k::WRONG_VALUE,
            };
            text_with(
                lang,
                key,
                &[("line", &line.to_string()), ("column", &column.to_string())],
            )
        }
        ImportError::NotAnExport => text(lang, k::NOT_EXPORT).to_string(),
        ImportError::NewerVersion(v) => text_with(lang, k::NEWER, &[("version", &v.to_string())]),
        ImportError::UnknownVersion(v) => {
            text_with(lang, k::UNKNOWN_VERSION, &[("version", &v.to_string())])
        }
        ImportError::TooLong { field, max } => text_with(
            lang,
            k::TOO_LONG,
            &[("field", field), ("max", &max.to_string())],
        ),
        ImportError::TooManyNotes { max } => {
            text_with(lang, k::TOO_MANY, &[("max", &max.to_string())])
        }
        ImportError::BadDate { field } => text_with(lang, k::BAD_DATE, &[("field", field)]),
        ImportError::BadLanguage { field } => text_with(lang, k::BAD_LANG, &[("field", field)]),
        ImportError::UnknownScreen { path } => {
            text_with(lang, k::UNKNOWN_SCREEN, &[("path", path)])
        }
        ImportError::EmptyRun => text(lang, k::EMPTY_RUN).to_string(),
        ImportError::BadResult {
            field,
            value,
            problem,
        } => text_with(
            lang,
            k::BAD_RESULT,
            &[
                ("field", field),
                ("problem", &bad_value_text(lang, *problem, value)),
            ],
        ),
    }
}
