//! The parts of a screen: its header, the blocks of a step in order, and the questions above
//! its notes.

use leptos::prelude::*;

use super::context::use_lang;
use super::exercises::{CastLine, ExerciseView, PartField, QuestionView, RoleField, Slider};
use super::illustrations::{
    act_scene, actor_figure, boat, org_chart, pillars_diagram, qa_devops_diagram, Drawing,
    DrawingView,
};
use crate::content::{Act, Block, Illustration, Part, Screen};
use crate::exercises::fields::SHIFT_FIELDS;
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
/// subtitle; and with `steps` (the step shown, from 0, and how many there are), where the
/// room is among the screen's steps.
#[component]
pub fn ScreenHeader(screen: &'static Screen, steps: Option<(u8, u8)>) -> impl IntoView {
    let lang = use_lang().get_untracked();
    view! {
        <header class="screen__header">
            <p class="screen__part">{text(lang, part_label(screen.part))}</p>
            <ScreenHeading title=text(lang, screen.title) />
            {screen
                .subtitle
                .map(|key| view! { <p class="screen__subtitle">{text(lang, key)}</p> })}
            {steps
                .filter(|(_, total)| *total > 1)
                .map(|(shown, total)| view! { <StepDots shown total /> })}
        </header>
    }
}

/// The most steps that get a dot each; past them (a long summary) the count alone says where.
const MOST_DOTS: u8 = 8;

/// "2 / 3" with a dot per step, the one shown filled, as reveal.js marks its fragments.
#[component]
fn StepDots(shown: u8, total: u8) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let (current, total_text) = ((shown + 1).to_string(), total.to_string());
    let spoken = text_with(
        lang,
        keys::app::STEP,
        &[("current", &current), ("total", &total_text)],
    );
    let dots = (0..total)
        .filter(|_| total <= MOST_DOTS)
        .map(|i| {
            let class = if i == shown {
                "steps__dot steps__dot--on"
            } else {
                "steps__dot"
            };
            view! { <span class=class></span> }
        })
        .collect_view();
    view! {
        <p class="steps">
            <span class="steps__dots" aria-hidden="true">
                {dots}
            </span>
            <span class="steps__count" aria-label=spoken.clone() title=spoken>
                {format!("{current} / {total_text}")}
            </span>
        </p>
    }
}

/// A screen's `<h1>`: the target of the skip link and of the focus on arrival (hence the id and
/// `tabindex="-1"`), and the screen's accessible name.
#[component]
pub fn ScreenHeading(title: &'static str) -> impl IntoView {
    view! {
        <h1 id="screen-heading" class="screen__title" tabindex="-1">
            {title}
        </h1>
    }
}

/// `blocks` of a screen, in order, with their exercises' fields; `facilitator` in the
/// presenter view.
#[component]
pub fn ScreenContent(
    blocks: Vec<&'static Block>,
    #[prop(optional)] facilitator: bool,
) -> impl IntoView {
    let blocks = blocks
        .into_iter()
        .map(|block| view! { <BlockView block facilitator /> })
        .collect_view();
    view! { <div class="screen__content">{blocks}</div> }
}

/// The heading, timebox and questions above a screen's notes.
#[component]
pub fn DiscussionQuestions(screen: &'static Screen) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let minutes = screen.timebox_minutes.to_string();
    view! {
        <h2 id="questions-heading" class="discussion__heading">
            {text(lang, keys::app::QUESTIONS)}
        </h2>
        <p class="discussion__timebox">
            {text_with(lang, keys::app::TIMEBOX, &[("minutes", &minutes)])}
        </p>
        <ol class="discussion__questions">{items(screen.questions, lang)}</ol>
    }
}

/// A list item of each key's text.
fn items(keys: &'static [Key], lang: Lang) -> impl IntoView {
    keys.iter()
        .map(|key| view! { <li>{text(lang, *key)}</li> })
        .collect_view()
}

/// One block of content in the language shown, with its exercise's fields.
#[component]
pub fn BlockView(block: &'static Block, facilitator: bool) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let t = move |key| text(lang, key);
    match *block {
        Block::Lead(key) => view! { <p class="screen__lead">{t(key)}</p> }.into_any(),
        Block::Paragraph(key) => view! { <p class="screen__text">{t(key)}</p> }.into_any(),
        Block::Scene(lines) => {
            let lines = lines
                .iter()
                .map(|key| view! { <p class="scene__line">{t(*key)}</p> })
                .collect_view();
            // Who plays whom heads the lines.
            view! {
                <CastLine />
                <div class="scene">{lines}</div>
            }
            .into_any()
        }
        Block::Bullets {
            heading,
            items: list,
        } => view! {
            <section class="bullets">
                {heading.map(|key| view! { <h2 class="bullets__heading">{t(key)}</h2> })}
                <ul class="bullets__list">{items(list, lang)}</ul>
            </section>
        }
        .into_any(),
        Block::Quote(sentences) => {
            let lines = sentences
                .iter()
                .map(|key| view! { <p class="quote__line">{t(*key)}</p> })
                .collect_view();
            view! { <blockquote class="quote">{lines}</blockquote> }.into_any()
        }
        Block::Shifts { first, pairs } => {
            let rows = pairs
                .iter()
                .zip(&SHIFT_FIELDS[first.min(SHIFT_FIELDS.len())..])
                .map(|((from, to), id)| {
                    let (from, to) = (t(*from), t(*to));
                    let label = |key| text_with(lang, key, &[("from", from), ("to", to)]);
                    view! {
                        <li class="shifts__row">
                            <span class="shifts__from">{from}</span>
                            <span class="shifts__arrow" aria-hidden="true">
                                "→"
                            </span>
                            <span class="shifts__to">{to}</span>
                            <Slider
                                id=id
                                label=label(keys::exercises::shifts::LABEL)
                                clear_label=label(keys::exercises::shifts::CLEAR_LABEL)
                                max=10
                                step=1
                            />
                        </li>
                    }
                })
                .collect_view();
            view! { <ol class="shifts">{rows}</ol> }.into_any()
        }
        Block::Cast(members) => {
            let members = members
                .iter()
                .map(|member| {
                    view! {
                        <li class="cast__member">
                            <DrawingView drawing=actor_figure(member.actor) />
                            <h2 class="cast__name">{t(member.name)}</h2>
                            <p class="cast__role">{t(member.role)}</p>
                            <p class="cast__text">{t(member.text)}</p>
                            {member.aside.map(|key| view! { <p class="cast__aside">{t(key)}</p> })}
                            <PartField actor=member.actor />
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="cast">{members}</ul> }.into_any()
        }
        Block::Team(groups) => {
            let groups = groups
                .iter()
                .map(|group| match role_named(group.name) {
                    // A role of its own (Product Owner): who fills it, under its name.
                    Some(role) => view! {
                        <li class="team__group">
                            <RoleField role />
                        </li>
                    }
                    .into_any(),
                    None => {
                        let members = (!group.members.is_empty()).then(|| {
                            let members = group
                                .members
                                .iter()
                                .map(|key| match role_named(*key) {
                                    Some(role) => view! {
                                        <li>
                                            <RoleField role />
                                        </li>
                                    }
                                    .into_any(),
                                    None => view! { <li>{t(*key)}</li> }.into_any(),
                                })
                                .collect_view();
                            view! { <ul class="team__members">{members}</ul> }
                        });
                        view! {
                            <li class="team__group">
                                <h2 class="team__name">{t(group.name)}</h2>
                                {members}
                            </li>
                        }
                        .into_any()
                    }
                })
                .collect_view();
            view! { <ul class="team">{groups}</ul> }.into_any()
        }
        Block::Links(links) => {
            let links = links
                .iter()
                .map(|link| {
                    view! {
                        <li>
                            <a class="screen-links__card" href=Route::hash_for(lang, link.to)>
                                <span class="screen-links__title">{t(link.title)}</span>
                                <span class="screen-links__summary">{t(link.summary)}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view();
            view! { <ol class="screen-links">{links}</ol> }.into_any()
        }
        Block::Continue { label, to } => view! {
            <p class="continue">
                <a class="button button--primary" href=Route::hash_for(lang, to)>
                    {t(label)}
                </a>
            </p>
        }
        .into_any(),
        Block::Illustration(illustration) => {
            let drawing = illustration_drawing(illustration, lang);
            // A scene of the play has its stage direction under it, for the room to read; the
            // drawing is named by the same words, so the caption is not read twice.
            let caption = matches!(illustration, Illustration::Boat | Illustration::Scene(_))
                .then(|| drawing.description())
                .flatten()
                .map(|words| {
                    view! {
                        <figcaption class="illustration__caption" aria-hidden="true">
                            {words}
                        </figcaption>
                    }
                });
            let captioned = caption.is_some();
            view! {
                <figure class="illustration" class:illustration--captioned=captioned>
                    <DrawingView drawing />
                    {caption}
                </figure>
            }
            .into_any()
        }
        Block::Exercise(exercise) => view! { <ExerciseView exercise facilitator /> }.into_any(),
        Block::Question(question) => view! { <QuestionView question /> }.into_any(),
    }
}

/// The drawing of `illustration`, labelled in `lang`.
pub fn illustration_drawing(illustration: Illustration, lang: Lang) -> Drawing {
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
            t(scene_description(act)),
        ),
        Illustration::Pillars => pillars_diagram(
            t(keys::deck::pillars::ROOF),
            t(keys::deck::pillars::CAPTION),
        ),
    }
}

/// What the scene of `act` shows, in words: the drawing's accessible name.
pub fn scene_description(act: Act) -> Key {
    match act {
        Act::One => keys::act1::SCENE,
        Act::Two => keys::act2::SCENE,
        Act::Three => keys::act3::SCENE,
        Act::Final => keys::final_act::SCENE,
    }
}
