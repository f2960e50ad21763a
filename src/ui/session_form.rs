//! The fields of a session: its name, team and date. Used to create and to rename.

use super::dom_tree::{button, el, El};
use crate::browser::document::input_value;
use crate::i18n::{keys, text, Key, Lang};
use crate::notes::limits::MAX_NAME_CHARS;

/// What the form holds when it is submitted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SessionFields {
    /// The session's name.
    pub name: String,
    /// The team's name.
    pub team: String,
    /// The date, `YYYY-MM-DD` or empty.
    pub date: String,
}

/// The form's three fields: their id suffix, label and input type.
const FIELDS: [(&str, Key, &str); 3] = [
    ("name", keys::notes::session::NAME, "text"),
    ("team", keys::notes::session::TEAM, "text"),
    ("date", keys::notes::session::DATE, "date"),
];

/// A small form for a session's name, team and date, filled with `initial`. The inputs keep
/// what is typed themselves; `on_submit` gets their values. `id_prefix` keeps the field ids
/// unique when several forms are on the page. With `on_cancel`, a Cancel button calls it.
pub fn session_form(
    initial: &SessionFields,
    id_prefix: &str,
    submit_label: Key,
    lang: Lang,
    on_submit: impl Fn(SessionFields) + 'static,
    on_cancel: Option<Box<dyn Fn()>>,
) -> El {
    let initial_values = [&initial.name, &initial.team, &initial.date];
    let ids = FIELDS.map(|(suffix, _, _)| format!("{id_prefix}-{suffix}"));
    let fields = FIELDS
        .iter()
        .zip(&ids)
        .zip(initial_values)
        .map(|(((_, label, kind), id), value)| {
            el("div")
                .class("session-form__field")
                .child(el("label").attr("for", id.clone()).text(text(lang, *label)))
                .child(
                    el("input")
                        .attr("id", id.clone())
                        .attr("type", *kind)
                        .attr("maxlength", MAX_NAME_CHARS.to_string())
                        .attr("autocomplete", "off")
                        .attr("value", value.clone()),
                )
        })
        .collect::<Vec<_>>();
    let submit = move |event: web_sys::Event| {
        event.prevent_default();
        let [name, team, date] = ids.clone().map(|id| input_value(&id));
        on_submit(SessionFields {
            name: name.trim().to_string(),
            team: team.trim().to_string(),
            date,
        });
    };
    let cancel = on_cancel.map(|cancel| {
        button("action-button", text(lang, keys::notes::session::CANCEL))
            .on("click", move |_| cancel())
    });
    el("form")
        .class("session-form")
        .on("submit", submit)
        .children(fields)
        .child(
            el("div")
                .class("session-form__actions")
                .child(
                    el("button")
                        .attr("type", "submit")
                        .class("action-button action-button--primary")
                        .text(text(lang, submit_label)),
                )
                .maybe(cancel),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_is_filled_labelled_and_submits() {
        let initial = SessionFields {
            name: "Morning".into(),
            team: "Blue".into(),
            date: "2026-03-14".into(),
        };
        let form = session_form(
            &initial,
            "edit-s1",
            keys::notes::session::SAVE,
            Lang::Nl,
            |_| {},
            None,
        );
        assert_eq!(form.handlers_for("submit"), 1);
        let all = form.descendants();
        let inputs: Vec<&El> = all.iter().copied().filter(|e| e.tag() == "input").collect();
        let ids: Vec<_> = inputs.iter().map(|i| i.attribute("id")).collect();
        assert_eq!(
            ids,
            [
                Some("edit-s1-name"),
                Some("edit-s1-team"),
                Some("edit-s1-date")
            ]
        );
        let values: Vec<_> = inputs.iter().map(|i| i.attribute("value")).collect();
        assert_eq!(values, [Some("Morning"), Some("Blue"), Some("2026-03-14")]);
        let labels: Vec<_> = all
            .iter()
            .filter(|e| e.tag() == "label")
            .map(|l| l.attribute("for"))
            .collect();
        assert_eq!(labels, ids);
        let buttons: Vec<String> = all
            .iter()
            .filter(|e| e.tag() == "button")
            .map(|b| b.text_content())
            .collect();
        assert_eq!(buttons, [text(Lang::Nl, keys::notes::session::SAVE)]);
    }

    #[test]
    fn a_cancel_button_comes_with_on_cancel() {
        let form = session_form(
            &SessionFields::default(),
            "new",
            keys::notes::session::CREATE,
            Lang::En,
            |_| {},
            Some(Box::new(|| {})),
        );
        let buttons: Vec<&El> = form
            .descendants()
            .into_iter()
            .filter(|e| e.tag() == "button")
            .collect();
        assert_eq!(buttons.len(), 2);
        assert_eq!(buttons[1].handlers_for("click"), 1);
    }
}
