//! Renders one [`Block`] of a screen.

use leptos::prelude::*;

use super::illustrations::{ActorFigure, Boat, OrgChart, PillarsDiagram, QaDevopsDiagram};
use crate::content::{Block, Illustration};
use crate::i18n::{keys, text, Lang};
use crate::route::Route;

/// One block of content in the given language.
pub fn block_view(block: &Block, lang: Lang) -> AnyView {
    let t = move |key| text(lang, key);
    match *block {
        Block::Lead(key) => view! { <p class="screen__lead">{t(key)}</p> }.into_any(),
        Block::Paragraph(key) => view! { <p class="screen__text">{t(key)}</p> }.into_any(),
        Block::Scene(lines) => view! {
            <div class="scene">
                {lines.iter().map(|key| view! { <p class="scene__line">{t(*key)}</p> }).collect_view()}
            </div>
        }
        .into_any(),
        Block::Bullets { heading, items } => view! {
            <section class="bullets">
                {heading.map(|key| view! { <h2 class="bullets__heading">{t(key)}</h2> })}
                <ul class="bullets__list">
                    {items.iter().map(|key| view! { <li>{t(*key)}</li> }).collect_view()}
                </ul>
            </section>
        }
        .into_any(),
        Block::Quote(sentences) => view! {
            <blockquote class="quote">
                {sentences.iter().map(|key| view! { <p class="quote__line">{t(*key)}</p> }).collect_view()}
            </blockquote>
        }
        .into_any(),
        Block::Shifts(pairs) => view! {
            <ol class="shifts">
                {pairs
                    .iter()
                    .map(|(from, to)| view! {
                        <li class="shifts__row">
                            <span class="shifts__from">{t(*from)}</span>
                            <span class="shifts__arrow" aria-hidden="true">"→"</span>
                            <span class="shifts__to">{t(*to)}</span>
                        </li>
                    })
                    .collect_view()}
            </ol>
        }
        .into_any(),
        Block::Cast(members) => view! {
            <ul class="cast">
                {members
                    .iter()
                    .map(|member| view! {
                        <li class="cast__member">
                            <ActorFigure actor=member.actor />
                            <h2 class="cast__name">{t(member.name)}</h2>
                            <p class="cast__role">{t(member.role)}</p>
                            <p class="cast__text">{t(member.text)}</p>
                            {member.aside.map(|key| view! { <p class="cast__aside">{t(key)}</p> })}
                        </li>
                    })
                    .collect_view()}
            </ul>
        }
        .into_any(),
        Block::Team(groups) => view! {
            <ul class="team">
                {groups
                    .iter()
                    .map(|group| view! {
                        <li class="team__group">
                            <h2 class="team__name">{t(group.name)}</h2>
                            {(!group.members.is_empty()).then(|| view! {
                                <ul class="team__members">
                                    {group.members.iter().map(|key| view! { <li>{t(*key)}</li> }).collect_view()}
                                </ul>
                            })}
                        </li>
                    })
                    .collect_view()}
            </ul>
        }
        .into_any(),
        Block::Links(links) => view! {
            <ul class="screen-links">
                {links
                    .iter()
                    .map(|link| view! {
                        <li>
                            <a class="screen-links__card" href=Route::hash_for(lang, link.to)>
                                <span class="screen-links__title">{t(link.title)}</span>
                                <span class="screen-links__summary">{t(link.summary)}</span>
                            </a>
                        </li>
                    })
                    .collect_view()}
            </ul>
        }
        .into_any(),
        Block::Continue { label, to } => view! {
            <p class="continue">
                <a class="button button--primary" href=Route::hash_for(lang, to)>{t(label)}</a>
            </p>
        }
        .into_any(),
        Block::Illustration(illustration) => view! {
            <figure class="illustration">{illustration_view(illustration, lang)}</figure>
        }
        .into_any(),
    }
}

fn illustration_view(illustration: Illustration, lang: Lang) -> AnyView {
    let t = move |key| text(lang, key);
    match illustration {
        Illustration::Boat => view! {
            <Boat
                business=t(keys::cast::BUSINESS_NAME)
                dev=t(keys::cast::DEV_NAME)
                ops=t(keys::cast::OPS_NAME)
                users=t(keys::cast::USERS_NAME)
                description=t(keys::opening::BOAT)
            />
        }
        .into_any(),
        Illustration::QaDevops => view! {
            <QaDevopsDiagram
                qa=t(keys::deck::qa::LABEL_QA)
                devops=t(keys::deck::qa::LABEL_DEVOPS)
                shared=t(keys::deck::qa::LABEL_SHARED)
                description=t(keys::deck::qa::CAPTION)
            />
        }
        .into_any(),
        Illustration::OrgChart => view! {
            <OrgChart
                cio=t(keys::deck::department::CIO)
                dev=t(keys::deck::department::DEV)
                devops=t(keys::deck::department::DEVOPS)
                ops=t(keys::deck::department::OPS)
                description=t(keys::deck::department::CAPTION)
            />
        }
        .into_any(),
        Illustration::Pillars => view! {
            <PillarsDiagram
                roof=t(keys::deck::pillars::ROOF)
                pillars=[t(keys::deck::pillars::P1), t(keys::deck::pillars::P2), t(keys::deck::pillars::P3)]
                description=t(keys::deck::pillars::CAPTION)
            />
        }
        .into_any(),
    }
}
