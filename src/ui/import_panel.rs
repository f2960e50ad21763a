//! Import of a JSON backup: checked first, previewed, then added as a new session or put in
//! place of one after a confirmation. A refused file changes nothing.

use leptos::html::Input;
use leptos::prelude::*;

use super::context::{use_lang, use_notes, words};
use super::exercises::bad_value_text;
use super::panel_dialog::DialogSection;
use super::session_summary::SessionSummary;
use crate::browser::file_input::{read_picked_file, take_picked_file, PickedFile};
use crate::content::screens;
use crate::i18n::{keys, text, text_with, Lang};
use crate::notes::export_markdown::session_label;
use crate::notes::import::{parse_import, ImportError, JsonProblem};
use crate::notes::limits::MAX_IMPORT_BYTES;
use crate::notes::Session;
use crate::ui::action_button::{ActionButton, Emphasis};

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

/// What a picked file comes to.
fn step_for(picked: Result<PickedFile, crate::browser::file_input::FileReadFailed>) -> ImportStep {
    match picked {
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
    }
}

/// The import section of the transfer dialog. `summaries` lists every session, to choose which
/// one an import replaces.
#[component]
pub fn ImportPanel(summaries: Memo<Vec<SessionSummary>>) -> impl IntoView {
    let lang = use_lang();
    let step = RwSignal::new(ImportStep::Idle);
    let replace_target = RwSignal::new(None::<String>);
    let picker = NodeRef::<Input>::new();
    let on_pick = move |_| {
        let Some(file) = picker
            .get_untracked()
            .and_then(|input| take_picked_file(&input))
        else {
            return;
        };
        leptos::task::spawn_local(async move {
            let picked = read_picked_file(file, MAX_IMPORT_BYTES).await;
            step.try_set(step_for(picked));
        });
    };
    let body = move || {
        let ui = lang.get();
        match step.get() {
            ImportStep::Idle => None,
            ImportStep::Refused(error) => Some(
                view! {
                    <div class="import-message import-message--error" role="alert">
                        <p class="import-message__title">
                            {text(ui, keys::notes::import_error::INTRO)}
                        </p>
                        <p>{import_error_text(ui, error.as_ref())}</p>
                    </div>
                }
                .into_any(),
            ),
            ImportStep::Done(how) => {
                let message = match how {
                    DoneHow::Added => text(ui, keys::notes::transfer::ADDED).to_string(),
                    DoneHow::Replaced(label) => {
                        text_with(ui, keys::notes::transfer::REPLACED, &[("session", &label)])
                    }
                };
                Some(
                    view! {
                        <p class="import-message import-message--done" role="status">
                            {message}
                        </p>
                    }
                    .into_any(),
                )
            }
            ImportStep::Preview { file, session } => Some(
                view! { <ImportPreview file session step replace_target summaries lang=ui /> }
                    .into_any(),
            ),
            ImportStep::ConfirmReplace {
                file,
                session,
                target,
            } => Some(view! { <ConfirmReplace file session target step lang=ui /> }.into_any()),
        }
    };
    view! {
        <DialogSection
            heading_id="import-heading"
            heading=words(keys::notes::transfer::IMPORT_HEADING)
            intro=keys::notes::transfer::IMPORT_INTRO
        >
            <label class="file-picker">
                <span class="action-button">{words(keys::notes::transfer::CHOOSE_FILE)}</span>
                <input
                    node_ref=picker
                    type="file"
                    class="file-picker__input"
                    accept="application/json,.json"
                    on:change=on_pick
                />
            </label>
            {body}
        </DialogSection>
    }
}

/// A valid file, shown before anything changes: add it as a new session, or put it in place
/// of one.
#[component]
fn ImportPreview(
    file: String,
    session: Session,
    step: RwSignal<ImportStep>,
    replace_target: RwSignal<Option<String>>,
    summaries: Memo<Vec<SessionSummary>>,
    lang: Lang,
) -> impl IntoView {
    let notes = use_notes();
    let for_add = session.clone();
    let add = move |()| {
        notes.add_imported(for_add.clone());
        step.set(ImportStep::Done(DoneHow::Added));
    };
    let (file_for_replace, for_replace) = (file.clone(), session.clone());
    let ask_replace = move |()| {
        let target = replace_target
            .get_untracked()
            .or_else(|| summaries.with_untracked(|all| all.first().map(|s| s.id.clone())));
        if let Some(target) = target {
            step.set(ImportStep::ConfirmReplace {
                file: file_for_replace.clone(),
                session: for_replace.clone(),
                target,
            });
        }
    };
    let chosen = replace_target.get_untracked();
    let options = summaries
        .get_untracked()
        .into_iter()
        .map(|s| {
            let selected = chosen.as_deref() == Some(s.id.as_str());
            view! {
                <option value=s.id selected=selected>
                    {format!("{} ({})", s.label, s.meta)}
                </option>
            }
        })
        .collect_view();
    let heading = text_with(
        lang,
        keys::notes::transfer::PREVIEW_HEADING,
        &[("file", &file)],
    );
    view! {
        <div class="import-preview">
            <h4 class="import-preview__title">{heading}</h4>
            <SessionPreview session lang />
            <div class="export-actions">
                <ActionButton
                    label=text(lang, keys::notes::transfer::ADD_NEW)
                    emphasis=Emphasis::Primary
                    on_click=add
                />
            </div>
            <div class="import-replace">
                <label for="import-replace-target">
                    {text(lang, keys::notes::transfer::REPLACE_WHICH)}
                </label>
                <select
                    id="import-replace-target"
                    on:change=move |event| replace_target.set(Some(event_target_value(&event)))
                >
                    {options}
                </select>
                <ActionButton
                    label=text(lang, keys::notes::transfer::REPLACE)
                    emphasis=Emphasis::Danger
                    on_click=ask_replace
                />
            </div>
            <ActionButton
                label=text(lang, keys::notes::transfer::DISCARD)
                on_click=move |_| step.set(ImportStep::Idle)
            />
        </div>
    }
}

/// "Replace … with the imported session?", with the confirmation and a way back.
#[component]
fn ConfirmReplace(
    file: String,
    session: Session,
    target: String,
    step: RwSignal<ImportStep>,
    lang: Lang,
) -> impl IntoView {
    let notes = use_notes();
    let label = notes
        .store
        .with_untracked(|s| s.session(&target).map(|t| session_label(t, lang)))
        .unwrap_or_default();
    let (confirmed_label, for_confirm) = (label.clone(), session.clone());
    let confirm = move |()| {
        notes.replace_with_imported(&target, for_confirm.clone());
        step.set(ImportStep::Done(DoneHow::Replaced(confirmed_label.clone())));
    };
    let back = move |()| {
        step.set(ImportStep::Preview {
            file: file.clone(),
            session: session.clone(),
        })
    };
    view! {
        <div
            class="import-message import-message--confirm"
            role="alertdialog"
            aria-labelledby="replace-question"
        >
            <p id="replace-question">
                {text_with(lang, keys::notes::transfer::REPLACE_CONFIRM, &[("session", &label)])}
            </p>
            <div class="export-actions">
                <ActionButton
                    label=text(lang, keys::notes::transfer::CONFIRM_REPLACE)
                    emphasis=Emphasis::Danger
                    on_click=confirm
                />
                <ActionButton label=text(lang, keys::notes::session::CANCEL) on_click=back />
            </div>
        </div>
    }
}

/// An imported session as text: its fields, then each note under its screen's title.
#[component]
fn SessionPreview(session: Session, lang: Lang) -> impl IntoView {
    let summary = SessionSummary::of(&session, lang, false);
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
    let notes = items
        .into_iter()
        .map(|(title, note)| {
            view! {
                <h5 class="import-preview__screen">{title}</h5>
                <p class="import-preview__note">{note}</p>
            }
        })
        .collect_view();
    view! {
        <dl class="import-preview__facts">
            <dt>{text(lang, keys::notes::export::SESSION)}</dt>
            <dd class="import-preview__label">{summary.label}</dd>
            <dt>{text(lang, keys::notes::export::TEAM)}</dt>
            <dd class="import-preview__meta">{summary.meta}</dd>
            <dt>{text(lang, keys::notes::export::NOTES)}</dt>
            <dd>{text_with(lang, keys::notes::session::NOTE_COUNT, &[("count", &count)])}</dd>
        </dl>
        <div class="import-preview__notes">{notes}</div>
    }
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
