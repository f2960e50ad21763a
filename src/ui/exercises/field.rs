//! One exercise field: a labelled native control bound to the open session's result, with a
//! message when the field refuses what was typed. The last good value stays stored.

use crate::reactive::*;

use crate::exercises::fields::{kind, FieldKind};
use crate::exercises::BadValue;
use crate::i18n::{keys, text, text_with, Lang};
use crate::ui::dom_tree::{el, El};
use crate::ui::NotesContext;

/// The control a field is entered with.
pub enum Control {
    /// One line of text.
    Line,
    /// A few lines of text.
    Lines,
    /// A whole number, typed.
    Number,
    /// A date picker.
    Date,
    /// A choice among options: value and text. The first is usually the empty value.
    Choice(Vec<(String, String)>),
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

/// Field `id` with its `label`, entered with `control`.
pub fn field(notes: NotesContext, lang: Lang, id: &str, label: &str, control: Control) -> El {
    hinted_field(notes, lang, id, label, control, "")
}

/// [`field`] with a `hint` of what to type, shown in the empty field (and read with it).
pub fn hinted_field(
    notes: NotesContext,
    lang: Lang,
    id: &str,
    label: &str,
    control: Control,
    hint: &str,
) -> El {
    let dom_id = control_id(id);
    let error_id = format!("{dom_id}-error");
    let refused = RwSignal::new(None::<String>);
    let (tag, event) = match control {
        Control::Lines => ("textarea", "input"),
        Control::Choice(_) => ("select", "change"),
        Control::Date => ("input", "change"),
        Control::Line | Control::Number => ("input", "input"),
    };
    let input = el(tag);
    let input = match control {
        Control::Line if !hint.is_empty() => input.attr("type", "text").attr("placeholder", hint),
        Control::Line => input.attr("type", "text"),
        Control::Lines => input.attr("rows", "2"),
        Control::Number => input
            .attr("type", "text")
            .attr("inputmode", "numeric")
            .attr("autocomplete", "off")
            .class("field__number"),
        Control::Date => input.attr("type", "date"),
        Control::Choice(options) => input.children(
            options
                .into_iter()
                .map(|(value, shown)| el("option").attr("value", value).text(shown)),
        ),
    };
    // The browser stops typing at the limit; a longer paste is refused with its message.
    let input = match kind(id).and_then(FieldKind::max_chars) {
        Some(max) => input.attr("maxlength", max.to_string()),
        None => input,
    };
    let shown_id = id.to_string();
    let entered_id = id.to_string();
    el("div")
        .class("field")
        .child(
            el("label")
                .attr("for", dom_id.clone())
                .class("field__label")
                .text(label),
        )
        .child(
            input
                .attr("id", dom_id)
                .class("field__control")
                .attr("aria-describedby", error_id.clone())
                .live_value(move || notes.result(&shown_id))
                .live_attr("aria-invalid", move || {
                    refused.with(Option::is_some).to_string()
                })
                .on(event, move |event| {
                    let typed = event_target_value(&event);
                    let message = notes.enter(&entered_id, &typed).err().map(|problem| {
                        let kept = notes.store.with_untracked(|store| {
                            store
                                .current()
                                .map(|s| s.result(&entered_id).to_string())
                                .unwrap_or_default()
                        });
                        refused_text(lang, problem, &typed, &kept)
                    });
                    refused.set(message);
                })
                .on("blur", move |_| notes.flush()),
        )
        .child(
            el("p")
                .attr("id", error_id)
                .class("field__error")
                .attr("role", "alert")
                .live_text(move || refused.get().unwrap_or_default()),
        )
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
