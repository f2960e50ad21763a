//! One exercise field: a labelled native control bound to the open session's result, with a
//! message when the field refuses what was typed (the last good value stays stored); and a
//! choice among set answers, as large radio buttons.

use std::sync::Arc;

use leptos::prelude::*;

use crate::exercises::fields::{kind, FieldKind};
use crate::exercises::BadValue;
use crate::i18n::{keys, text, text_with, Lang};
use crate::ui::context::{use_lang, use_notes};

/// The control a field is entered with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Control {
    /// One line of text.
    Line,
    /// A few lines of text.
    Lines,
    /// A whole number, typed.
    Number,
    /// A date picker.
    Date,
}

/// A problem of a field's value beyond the field's own checks (a plan's date that has passed),
/// said by a message elsewhere on the screen.
pub struct FieldProblem {
    /// Whether the value has the problem now (tracked).
    pub flagged: Box<dyn Fn() -> bool + Send + Sync>,
    /// The id of the message that says what it is.
    pub message_id: String,
}

/// The DOM id of the control of field `id`: `x-hands-both`.
pub fn control_id(id: &str) -> String {
    format!("x-{}", id.replace('/', "-"))
}

/// Why a value was refused, in words: the problem, and what the field keeps.
pub fn bad_value_text(lang: Lang, problem: BadValue, value: &str) -> String {
    use keys::exercises::bad as k;
    let key = match problem {
        BadValue::UnknownField => k::UNKNOWN,
        BadValue::NotACount => k::COUNT,
        BadValue::NotAnAnswer => k::ANSWER,
        BadValue::NotARating => k::RATING,
        BadValue::NotVotes => k::VOTES,
        BadValue::NotADate => k::DATE,
        BadValue::TooLong => k::TOO_LONG,
    };
    text_with(lang, key, &[("value", value.trim())])
}

/// The message under a field that refused `typed`, keeping `kept`.
fn refused_text(lang: Lang, problem: BadValue, typed: &str, kept: &str) -> String {
    let keeps = if kept.is_empty() {
        text(lang, keys::exercises::bad::KEPT_EMPTY).to_string()
    } else {
        text_with(lang, keys::exercises::bad::KEPT, &[("value", kept)])
    };
    format!("{} {keeps}", bad_value_text(lang, problem, typed))
}

/// Field `id` with its `label`, entered with `control`. A `hint` of what to type shows in the
/// empty field (and is read with it). With `mark_unfilled`, the field is highlighted while it
/// is empty (a role nobody fills).
#[component]
pub fn Field(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    control: Control,
    #[prop(optional)] hint: &'static str,
    #[prop(optional)] problem: Option<FieldProblem>,
    #[prop(optional)] mark_unfilled: bool,
) -> impl IntoView {
    let notes = use_notes();
    let lang = use_lang().get_untracked();
    let dom_id = control_id(&id);
    let error_id = format!("{dom_id}-error");
    let refused = RwSignal::new(None::<String>);
    // The browser stops typing at the limit; a longer paste is refused with its message.
    let max_chars = kind(&id)
        .and_then(FieldKind::max_chars)
        .map(|max| max.to_string());
    let field: Arc<str> = id.into();
    let shown = Arc::clone(&field);
    let value = move || notes.result(&shown);
    let enter = move |typed: String| {
        let message = notes.enter(&field, &typed).err().map(|problem| {
            let kept = notes.store.with_untracked(|store| {
                store
                    .current()
                    .map(|s| s.result(&field).to_string())
                    .unwrap_or_default()
            });
            refused_text(lang, problem, &typed, &kept)
        });
        refused.set(message);
    };
    let (flagged, described_by) = match problem {
        Some(problem) => (
            Some(problem.flagged),
            format!("{error_id} {}", problem.message_id),
        ),
        None => (None, error_id.clone()),
    };
    let invalid = move || {
        (refused.with(Option::is_some) || flagged.as_ref().is_some_and(|f| f())).to_string()
    };
    let typed = move |event: leptos::ev::Event| enter(event_target_value(&event));
    let blur = move |_| notes.flush();
    let input = match control {
        Control::Lines => view! {
            <textarea
                rows="2"
                maxlength=max_chars
                id=dom_id.clone()
                class="field__control"
                aria-describedby=described_by
                prop:value=value.clone()
                aria-invalid=invalid
                on:input=typed
                on:blur=blur
            ></textarea>
        }
        .into_any(),
        // A date picker reports a value only when the date is whole, so its input events are
        // its changes.
        Control::Line | Control::Number | Control::Date => {
            let number = control == Control::Number;
            view! {
                <input
                    type=if control == Control::Date { "date" } else { "text" }
                    placeholder=(!hint.is_empty()).then_some(hint)
                    inputmode=number.then_some("numeric")
                    autocomplete=number.then_some("off")
                    maxlength=max_chars
                    id=dom_id.clone()
                    class="field__control"
                    aria-describedby=described_by
                    prop:value=value.clone()
                    aria-invalid=invalid
                    on:input=typed
                    on:blur=blur
                />
            }
            .into_any()
        }
    };
    view! {
        <div
            class="field"
            class:field--unfilled=move || mark_unfilled && value().trim().is_empty()
        >
            <label for=dom_id class="field__label">
                {label}
            </label>
            {input}
            <p id=error_id class="field__error" role="alert">
                {move || refused.get().unwrap_or_default()}
            </p>
        </div>
    }
}

/// Field `id` as a choice among `options` (value and text), each a large radio button: the
/// arrow keys move among them. A value no option has (such as the empty one) checks none.
/// Every option is a value the field takes, so nothing here can be refused.
#[component]
pub fn ChoiceField(
    #[prop(into)] id: Arc<str>,
    #[prop(into)] label: String,
    options: Vec<(String, String)>,
) -> impl IntoView {
    let notes = use_notes();
    let dom_id = control_id(&id);
    let label_id = format!("{dom_id}-label");
    let labelled_by = label_id.clone();
    let choices = options
        .into_iter()
        .enumerate()
        .map(|(i, (option, shown))| {
            let (checked, id) = (option.clone(), Arc::clone(&id));
            let entered = Arc::clone(&id);
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name=dom_id.clone()
                        id=(i == 0).then(|| dom_id.clone())
                        value=option.clone()
                        prop:checked=move || notes.result(&id) == checked
                        on:change=move |_| {
                            let _ = notes.enter(&entered, &option);
                        }
                    />
                    <span class="choice__text">{shown}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field field--choice" role="radiogroup" aria-labelledby=labelled_by>
            <legend id=label_id class="field__label">
                {label}
            </legend>
            <div class="choices">{choices}</div>
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_refusal_names_the_value_and_says_what_the_field_keeps() {
        for lang in Lang::ALL {
            let message = refused_text(lang, BadValue::NotACount, "1000", "12");
            assert!(
                message.contains("1000") && message.contains("12"),
                "{message}"
            );
            let message = refused_text(lang, BadValue::NotADate, "x", "");
            assert!(message.contains(text(lang, keys::exercises::bad::KEPT_EMPTY)));
        }
        assert_eq!(control_id("pillars/2/votes"), "x-pillars-2-votes");
    }
}
