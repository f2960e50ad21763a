//! The static part of a screen, its header and its blocks, as [`El`] trees.

use super::dom_tree::{el, El};
use super::exercises::{cast_line, exercise_view, part_field, role_field, shift_slider};
use super::illustrations::{
    act_scene, actor_figure, boat, org_chart, pillars_diagram, qa_devops_diagram, Drawing,
};
use super::NotesContext;
use crate::content::{Act, Block, Illustration, Part, Screen, ScreenId};
use crate::exercises::team::role_named;
use crate::i18n::{keys, text, text_with, Key, Lang};
use crate::route::Route;

/// The label above a screen's heading that says which part of the workshop it is in.
pub fn part_label(part: Part) -> Key {
    match part {
        Part::Opening => keys::app::PART_OPENING,
        Part::Play => keys::app::PART_PLAY,
        Part::Deck => keys::app::PART_DECK,
        Part::Close => keys::app::PART_CLOSE,
    }
}

/// The header of `screen`: the part, the heading (focusable, announced on arrival) and the
/// subtitle.
pub fn screen_header(screen: &Screen, lang: Lang) -> El {
    el("header")
        .class("screen__header")
        .child(
            el("p")
                .class("screen__part")
                .text(text(lang, part_label(screen.part))),
        )
        .child(screen_heading(text(lang, screen.title)))
        .maybe(
            screen
                .subtitle
                .map(|key| el("p").class("screen__subtitle").text(text(lang, key))),
        )
}

/// A screen's `<h1>`: the target of the skip link and of the focus on arrival (hence the id and
/// `tabindex="-1"`), and the screen's accessible name.
pub fn screen_heading(title: &str) -> El {
    el("h1")
        .attr("id", "screen-heading")
        .class("screen__title")
        .attr("tabindex", "-1")
        .text(title)
}

/// What the exercises on a screen enter their results in: the notes, and the page shown of
/// a paged screen. Without it (the tests), a screen shows its content alone.
#[derive(Clone, Copy)]
pub struct Entry {
    /// The open session's notes and results.
    pub notes: NotesContext,
    /// The page shown, from 0.
    pub page: u8,
}

/// The content of `screen`: its blocks, in order, with their exercises' fields if `entry`.
pub fn screen_content(screen: &Screen, lang: Lang, entry: Option<Entry>) -> El {
    // On an act, who plays whom heads the content: the questions beside it keep their height.
    let cast = entry
        .filter(|_| matches!(screen.id, ScreenId::Act(_)))
        .map(|entry| cast_line(entry.notes, lang));
    el("div").class("screen__content").maybe(cast).children(
        screen
            .blocks
            .iter()
            .map(|block| block_view(block, lang, entry)),
    )
}

/// The heading, timebox and questions above a screen's notes.
pub fn discussion_questions(screen: &Screen, lang: Lang) -> Vec<El> {
    let minutes = screen.timebox_minutes.to_string();
    vec![
        el("h2")
            .attr("id", "questions-heading")
            .class("discussion__heading")
            .text(text(lang, keys::app::QUESTIONS)),
        text_el(
            "p",
            "discussion__timebox",
            &text_with(lang, keys::app::TIMEBOX, &[("minutes", &minutes)]),
        ),
        el("ol")
            .class("discussion__questions")
            .children(items(screen.questions, lang)),
    ]
}

/// An element of `tag` and `class` holding `text`.
fn text_el(tag: &'static str, class: &'static str, text: &str) -> El {
    el(tag).class(class).text(text)
}

/// A list item of each key's text.
fn items(keys: &[Key], lang: Lang) -> impl Iterator<Item = El> + '_ {
    keys.iter().map(move |key| el("li").text(text(lang, *key)))
}

/// One block of content in the given language, with its exercise's fields if `entry`.
pub fn block_view(block: &Block, lang: Lang, entry: Option<Entry>) -> El {
    let t = move |key| text(lang, key);
    let notes = entry.map(|e| e.notes);
    match *block {
        Block::Lead(key) => text_el("p", "screen__lead", t(key)),
        Block::Paragraph(key) => text_el("p", "screen__text", t(key)),
        Block::Scene(lines) => el("div")
            .class("scene")
            .children(lines.iter().map(|key| text_el("p", "scene__line", t(*key)))),
        Block::Bullets {
            heading,
            items: list,
        } => el("section")
            .class("bullets")
            .maybe(heading.map(|key| text_el("h2", "bullets__heading", t(key))))
            .child(el("ul").class("bullets__list").children(items(list, lang))),
        Block::Quote(sentences) => el("blockquote").class("quote").children(
            sentences
                .iter()
                .map(|key| text_el("p", "quote__line", t(*key))),
        ),
        Block::Shifts(pairs) => el("ol")
            .class("shifts")
            .children(pairs.iter().enumerate().map(|(i, (from, to))| {
                el("li")
                    .class("shifts__row")
                    .child(text_el("span", "shifts__from", t(*from)))
                    .child(text_el("span", "shifts__arrow", "→").attr("aria-hidden", "true"))
                    .child(text_el("span", "shifts__to", t(*to)))
                    .maybe(notes.map(|notes| shift_slider(notes, lang, i + 1, t(*from), t(*to))))
            })),
        Block::Cast(members) => el("ul")
            .class("cast")
            .children(members.iter().map(|member| {
                el("li")
                    .class("cast__member")
                    .child(actor_figure(member.actor))
                    .child(text_el("h2", "cast__name", t(member.name)))
                    .child(text_el("p", "cast__role", t(member.role)))
                    .child(text_el("p", "cast__text", t(member.text)))
                    .maybe(member.aside.map(|key| text_el("p", "cast__aside", t(key))))
                    .maybe(notes.map(|notes| part_field(notes, lang, member.actor)))
            })),
        Block::Team(groups) => el("ul").class("team").children(groups.iter().map(|group| {
            let group_el = el("li").class("team__group");
            match (notes, role_named(group.name)) {
                // A role of its own (Product Owner): who fills it, under its name.
                (Some(notes), Some(role)) => group_el.child(role_field(notes, lang, role)),
                _ => group_el
                    .child(text_el("h2", "team__name", t(group.name)))
                    .maybe((!group.members.is_empty()).then(|| {
                        el("ul")
                            .class("team__members")
                            .children(group.members.iter().map(|key| {
                                match (notes, role_named(*key)) {
                                    (Some(notes), Some(role)) => {
                                        el("li").child(role_field(notes, lang, role))
                                    }
                                    _ => el("li").text(t(*key)),
                                }
                            }))
                    })),
            }
        })),
        Block::Links(links) => el("ul")
            .class("screen-links")
            .children(links.iter().map(|link| {
                el("li").child(
                    el("a")
                        .class("screen-links__card")
                        .attr("href", Route::hash_for(lang, link.to))
                        .child(text_el("span", "screen-links__title", t(link.title)))
                        .child(text_el("span", "screen-links__summary", t(link.summary))),
                )
            })),
        Block::Continue { label, to } => el("p").class("continue").child(
            text_el("a", "button button--primary", t(label))
                .attr("href", Route::hash_for(lang, to)),
        ),
        Block::Illustration(illustration) => el("figure")
            .class("illustration")
            .child(illustration_view(illustration, lang)),
        Block::Exercise(exercise) => match entry {
            Some(entry) => exercise_view(exercise, entry.notes, lang, entry.page),
            None => el("div").class("exercise"),
        },
    }
}

fn illustration_view(illustration: Illustration, lang: Lang) -> Drawing {
    let t = move |key| text(lang, key);
    match illustration {
        Illustration::Boat => boat(
            t(keys::cast::BUSINESS_NAME),
            t(keys::cast::DEV_NAME),
            t(keys::cast::OPS_NAME),
            t(keys::cast::USERS_NAME),
            t(keys::opening::BOAT),
        ),
        Illustration::QaDevops => qa_devops_diagram(
            t(keys::deck::qa::LABEL_QA),
            t(keys::deck::qa::LABEL_DEVOPS),
            t(keys::deck::qa::LABEL_SHARED),
            t(keys::deck::qa::CAPTION),
        ),
        Illustration::OrgChart => org_chart(
            t(keys::deck::department::CIO),
            t(keys::deck::department::DEV),
            t(keys::deck::department::DEVOPS),
            t(keys::deck::department::OPS),
            t(keys::deck::department::CAPTION),
        ),
        Illustration::Scene(act) => act_scene(
            act,
            [
                t(keys::cast::BUSINESS_NAME),
                t(keys::cast::DEV_NAME),
                t(keys::cast::OPS_NAME),
                t(keys::cast::USERS_NAME),
            ],
            t(match act {
                Act::One => keys::act1::SCENE,
                Act::Two => keys::act2::SCENE,
                Act::Three => keys::act3::SCENE,
                Act::Final => keys::final_act::SCENE,
            }),
        ),
        Illustration::Pillars => pillars_diagram(
            t(keys::deck::pillars::ROOF),
            [
                t(keys::deck::pillars::P1),
                t(keys::deck::pillars::P2),
                t(keys::deck::pillars::P3),
            ],
            t(keys::deck::pillars::CAPTION),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{screen, ScreenId};

    #[test]
    fn every_screen_has_one_focusable_heading_with_its_title() {
        for lang in [Lang::En, Lang::Nl, Lang::Fr] {
            for id in ScreenId::ORDER {
                let shown = screen(id);
                let header = screen_header(shown, lang);
                let headings: Vec<&El> = header
                    .descendants()
                    .into_iter()
                    .filter(|e| e.tag() == "h1")
                    .collect();
                assert_eq!(headings.len(), 1, "{id:?}");
                assert_eq!(headings[0].attribute("id"), Some("screen-heading"));
                assert_eq!(headings[0].attribute("tabindex"), Some("-1"));
                assert_eq!(headings[0].text_content(), text(lang, shown.title));
            }
        }
    }

    /// What a block shows, key by key, and the variant's name. The match is exhaustive: a new
    /// kind of block must say here what it shows before it builds.
    fn shown(block: &Block) -> (&'static str, Vec<Key>) {
        match *block {
            Block::Lead(key) => ("Lead", vec![key]),
            Block::Paragraph(key) => ("Paragraph", vec![key]),
            Block::Scene(lines) => ("Scene", lines.to_vec()),
            Block::Bullets { heading, items } => (
                "Bullets",
                heading.into_iter().chain(items.iter().copied()).collect(),
            ),
            Block::Quote(sentences) => ("Quote", sentences.to_vec()),
            Block::Shifts(pairs) => (
                "Shifts",
                pairs.iter().flat_map(|(from, to)| [*from, *to]).collect(),
            ),
            Block::Cast(members) => (
                "Cast",
                members
                    .iter()
                    .flat_map(|m| [m.name, m.role, m.text].into_iter().chain(m.aside))
                    .collect(),
            ),
            Block::Team(groups) => (
                "Team",
                groups
                    .iter()
                    .flat_map(|g| std::iter::once(g.name).chain(g.members.iter().copied()))
                    .collect(),
            ),
            Block::Links(links) => (
                "Links",
                links.iter().flat_map(|l| [l.title, l.summary]).collect(),
            ),
            Block::Continue { label, .. } => ("Continue", vec![label]),
            // A drawing's words are wrapped into lines; what it shows, whole, is its name.
            Block::Illustration(_) => ("Illustration", Vec::new()),
            // An exercise's words are in its fields, which need the session (e2e tests).
            Block::Exercise(_) => ("Exercise", Vec::new()),
        }
    }

    const EVERY_VARIANT: [&str; 12] = [
        "Lead",
        "Paragraph",
        "Scene",
        "Bullets",
        "Quote",
        "Shifts",
        "Cast",
        "Team",
        "Links",
        "Continue",
        "Illustration",
        "Exercise",
    ];

    #[test]
    fn every_kind_of_block_shows_every_word_of_its_keys_in_every_language() {
        let mut seen = std::collections::BTreeSet::new();
        for lang in Lang::ALL {
            for id in ScreenId::ORDER {
                for block in screen(id).blocks {
                    let (variant, keys) = shown(block);
                    seen.insert(variant);
                    let view = block_view(block, lang, None);
                    let words = view.text_content();
                    for key in keys {
                        assert!(words.contains(text(lang, key)), "{id:?} {variant} {lang:?}");
                    }
                    if variant == "Illustration" {
                        let names = view.drawing_descriptions();
                        assert_eq!(names.len(), 1, "{id:?}: one named drawing");
                        assert!(!names[0].trim().is_empty(), "{id:?}");
                    }
                }
            }
        }
        let every: std::collections::BTreeSet<_> = EVERY_VARIANT.into_iter().collect();
        assert_eq!(seen, every, "the workshop has a block of every kind");
    }

    #[test]
    fn links_point_to_the_screen_in_the_same_language() {
        for id in ScreenId::ORDER {
            let content = screen_content(screen(id), Lang::Nl, None);
            for link in content.descendants().into_iter().filter(|e| e.tag() == "a") {
                let href = link.attribute("href").unwrap_or_default();
                assert!(href.starts_with("#/nl/"), "{id:?}: {href}");
            }
        }
    }
}
