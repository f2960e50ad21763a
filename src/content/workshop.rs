//! The workshop, screen by screen. Only keys and structure live here; the words are in
//! `locales/`.

use super::screen::{
    Block, CastMember, Exercise, Illustration, Part, Question, Screen, ScreenLink, Script,
    TeamGroup,
};
use super::{Act, Actor, Pillar, ScreenId, Slide};
use crate::exercises::dora::Metric;
use crate::i18n::{keys, Key};

/// The facilitator's script of a screen: the four keys of `facilitator.<screen>` in the
/// bundles.
macro_rules! script {
    ($screen:ident) => {
        Script {
            open: keys::facilitator::$screen::OPEN,
            run: keys::facilitator::$screen::RUN,
            listen: keys::facilitator::$screen::LISTEN,
            bridge: keys::facilitator::$screen::BRIDGE,
        }
    };
}

/// The five "van … naar" shifts of the deck: from, to.
pub const SHIFT_PAIRS: [(Key, Key); 5] = [
    (keys::deck::shifts::FROM1, keys::deck::shifts::TO1),
    (keys::deck::shifts::FROM2, keys::deck::shifts::TO2),
    (keys::deck::shifts::FROM3, keys::deck::shifts::TO3),
    (keys::deck::shifts::FROM4, keys::deck::shifts::TO4),
    (keys::deck::shifts::FROM5, keys::deck::shifts::TO5),
];

/// The names of the three pillars, in the deck's order.
pub const PILLAR_NAMES: [Key; 3] = [
    keys::deck::pillars::P1,
    keys::deck::pillars::P2,
    keys::deck::pillars::P3,
];

/// The screen for `id`.
pub fn screen(id: ScreenId) -> &'static Screen {
    match id {
        ScreenId::Opening => &OPENING,
        ScreenId::Cast => &CAST,
        ScreenId::Act(Act::One) => &ACT_1,
        ScreenId::Act(Act::Two) => &ACT_2,
        ScreenId::Act(Act::Three) => &ACT_3,
        ScreenId::Act(Act::Final) => &FINAL_ACT,
        ScreenId::Slide(Slide::Quote) => &QUOTE,
        ScreenId::Slide(Slide::QualityAssurance) => &QUALITY_ASSURANCE,
        ScreenId::Slide(Slide::Shifts) => &SHIFTS,
        ScreenId::Slide(Slide::WhyDevops) => &WHY_DEVOPS,
        ScreenId::Slide(Slide::DoraCheck) => &DORA_CHECK,
        ScreenId::Slide(Slide::NotANewDepartment) => &NOT_A_NEW_DEPARTMENT,
        ScreenId::Slide(Slide::Pillars) => &PILLARS,
        ScreenId::Slide(Slide::Pillar(Pillar::SystemsThinking)) => &PILLAR_1,
        ScreenId::Slide(Slide::Pillar(Pillar::FeedbackLoops)) => &PILLAR_2,
        ScreenId::Slide(Slide::Pillar(Pillar::ContinualLearning)) => &PILLAR_3,
        ScreenId::Slide(Slide::PillarsCheck) => &PILLARS_CHECK,
        ScreenId::Slide(Slide::TeamComposition) => &TEAM,
        ScreenId::Plan => &PLAN,
        ScreenId::Summary => &SUMMARY,
    }
}

/// Every screen, in the order of the workshop.
pub fn screens() -> impl Iterator<Item = &'static Screen> {
    ScreenId::ORDER.into_iter().map(screen)
}

/// The sum of all timeboxes: the workshop's planned length in minutes.
pub fn planned_minutes() -> u32 {
    screens().map(|s| u32::from(s.timebox_minutes)).sum()
}

static OPENING: Screen = Screen {
    id: ScreenId::Opening,
    part: Part::Opening,
    title: keys::opening::TITLE,
    subtitle: Some(keys::opening::SUBTITLE),
    steps: &[
        &[Block::Illustration(Illustration::Boat)],
        &[
            Block::Paragraph(keys::opening::HOW),
            Block::Continue {
                label: keys::opening::START,
                to: ScreenId::Cast,
            },
            Block::Paragraph(keys::opening::CREDIT),
            Block::Paragraph(keys::opening::DECK_CREDIT),
        ],
    ],
    questions: &[],
    timebox_minutes: 5,
    script: script!(opening),
};

static CAST: Screen = Screen {
    id: ScreenId::Cast,
    part: Part::Play,
    title: keys::cast::TITLE,
    subtitle: Some(keys::cast::LEAD),
    steps: &[
        &[Block::Cast(&[
            CastMember {
                actor: Actor::Business,
                name: keys::cast::BUSINESS_NAME,
                role: keys::cast::BUSINESS_ROLE,
                text: keys::cast::BUSINESS_TEXT,
                aside: None,
            },
            CastMember {
                actor: Actor::Dev,
                name: keys::cast::DEV_NAME,
                role: keys::cast::DEV_ROLE,
                text: keys::cast::DEV_TEXT,
                aside: None,
            },
        ])],
        &[Block::Cast(&[
            CastMember {
                actor: Actor::Ops,
                name: keys::cast::OPS_NAME,
                role: keys::cast::OPS_ROLE,
                text: keys::cast::OPS_TEXT,
                aside: None,
            },
            CastMember {
                actor: Actor::Users,
                name: keys::cast::USERS_NAME,
                role: keys::cast::USERS_ROLE,
                text: keys::cast::USERS_TEXT,
                aside: Some(keys::cast::USERS_FORGOTTEN),
            },
        ])],
        &[Block::Exercise(Exercise::Cast)],
    ],
    questions: &[],
    timebox_minutes: 5,
    script: script!(cast),
};

static ACT_1: Screen = Screen {
    id: ScreenId::Act(Act::One),
    part: Part::Play,
    title: keys::act1::TITLE,
    subtitle: Some(keys::act1::SUBTITLE),
    steps: &[
        &[Block::Illustration(Illustration::Scene(Act::One))],
        &[Block::Scene(&[
            keys::act1::LINE1,
            keys::act1::LINE2,
            keys::act1::LINE3,
            keys::act1::LINE4,
        ])],
    ],
    questions: &[keys::act1::Q1, keys::act1::Q2, keys::act1::Q3],
    timebox_minutes: 10,
    script: script!(act1),
};

static ACT_2: Screen = Screen {
    id: ScreenId::Act(Act::Two),
    part: Part::Play,
    title: keys::act2::TITLE,
    subtitle: Some(keys::act2::SUBTITLE),
    steps: &[
        &[Block::Illustration(Illustration::Scene(Act::Two))],
        &[Block::Scene(&[
            keys::act2::LINE1,
            keys::act2::LINE2,
            keys::act2::LINE3,
            keys::act2::LINE4,
            keys::act2::LINE5,
            keys::act2::LINE6,
        ])],
    ],
    questions: &[keys::act2::Q1, keys::act2::Q2, keys::act2::Q3],
    timebox_minutes: 10,
    script: script!(act2),
};

static ACT_3: Screen = Screen {
    id: ScreenId::Act(Act::Three),
    part: Part::Play,
    title: keys::act3::TITLE,
    subtitle: Some(keys::act3::SUBTITLE),
    steps: &[
        &[Block::Illustration(Illustration::Scene(Act::Three))],
        &[Block::Scene(&[
            keys::act3::LINE1,
            keys::act3::LINE2,
            keys::act3::LINE3,
            keys::act3::LINE4,
        ])],
    ],
    questions: &[keys::act3::Q1, keys::act3::Q2, keys::act3::Q3],
    timebox_minutes: 10,
    script: script!(act3),
};

static FINAL_ACT: Screen = Screen {
    id: ScreenId::Act(Act::Final),
    part: Part::Play,
    title: keys::final_act::TITLE,
    subtitle: Some(keys::final_act::SUBTITLE),
    steps: &[
        &[Block::Illustration(Illustration::Scene(Act::Final))],
        &[Block::Scene(&[
            keys::final_act::LINE1,
            keys::final_act::LINE2,
            keys::final_act::LINE3,
            keys::final_act::LINE4,
            keys::final_act::LINE5,
            keys::final_act::LINE6,
        ])],
    ],
    questions: &[
        keys::final_act::Q1,
        keys::final_act::Q2,
        keys::final_act::Q3,
    ],
    timebox_minutes: 15,
    script: script!(final_act),
};

static QUOTE: Screen = Screen {
    id: ScreenId::Slide(Slide::Quote),
    part: Part::Deck,
    title: keys::deck::quote::TITLE,
    subtitle: None,
    steps: &[
        &[Block::Quote(&[
            keys::deck::quote::DEV,
            keys::deck::quote::OPS,
        ])],
        &[Block::Exercise(Exercise::Hands)],
    ],
    questions: &[
        keys::deck::quote::Q1,
        keys::deck::quote::Q2,
        keys::deck::quote::Q3,
    ],
    timebox_minutes: 5,
    script: script!(quote),
};

static QUALITY_ASSURANCE: Screen = Screen {
    id: ScreenId::Slide(Slide::QualityAssurance),
    part: Part::Deck,
    title: keys::deck::qa::TITLE,
    subtitle: None,
    steps: &[&[
        Block::Lead(keys::deck::qa::LEAD),
        Block::Illustration(Illustration::QaDevops),
    ]],
    questions: &[keys::deck::qa::Q1, keys::deck::qa::Q2, keys::deck::qa::Q3],
    timebox_minutes: 8,
    script: script!(qa),
};

static SHIFTS: Screen = Screen {
    id: ScreenId::Slide(Slide::Shifts),
    part: Part::Deck,
    title: keys::deck::shifts::TITLE,
    subtitle: None,
    steps: &[
        &[
            Block::Lead(keys::deck::shifts::LEAD),
            Block::Shifts {
                first: 0,
                pairs: &[SHIFT_PAIRS[0], SHIFT_PAIRS[1]],
            },
        ],
        &[Block::Shifts {
            first: 2,
            pairs: &[SHIFT_PAIRS[2], SHIFT_PAIRS[3], SHIFT_PAIRS[4]],
        }],
    ],
    questions: &[
        keys::deck::shifts::Q1,
        keys::deck::shifts::Q2,
        keys::deck::shifts::Q3,
    ],
    timebox_minutes: 8,
    script: script!(shifts),
};

static WHY_DEVOPS: Screen = Screen {
    id: ScreenId::Slide(Slide::WhyDevops),
    part: Part::Deck,
    title: keys::deck::why::TITLE,
    subtitle: None,
    steps: &[
        &[
            Block::Paragraph(keys::deck::why::OLD_SPLIT),
            Block::Paragraph(keys::deck::why::SAME_GOAL),
        ],
        &[Block::Bullets {
            heading: Some(keys::deck::why::BENEFITS),
            items: &[
                keys::deck::why::BENEFIT1,
                keys::deck::why::BENEFIT2,
                keys::deck::why::BENEFIT3,
                keys::deck::why::BENEFIT4,
                keys::deck::why::BENEFIT5,
                keys::deck::why::BENEFIT6,
            ],
        }],
        &[Block::Lead(keys::deck::why::RESULT)],
    ],
    questions: &[
        keys::deck::why::Q1,
        keys::deck::why::Q2,
        keys::deck::why::Q3,
    ],
    timebox_minutes: 10,
    script: script!(why),
};

static NOT_A_NEW_DEPARTMENT: Screen = Screen {
    id: ScreenId::Slide(Slide::NotANewDepartment),
    part: Part::Deck,
    title: keys::deck::department::TITLE,
    subtitle: None,
    steps: &[&[
        Block::Lead(keys::deck::department::LEAD),
        Block::Illustration(Illustration::OrgChart),
    ]],
    questions: &[
        keys::deck::department::Q1,
        keys::deck::department::Q2,
        keys::deck::department::Q3,
    ],
    timebox_minutes: 8,
    script: script!(department),
};

static PILLARS: Screen = Screen {
    id: ScreenId::Slide(Slide::Pillars),
    part: Part::Deck,
    title: keys::deck::pillars::TITLE,
    subtitle: None,
    steps: &[
        &[
            Block::Lead(keys::deck::pillars::LEAD),
            Block::Illustration(Illustration::Pillars),
        ],
        &[Block::Links(&[
            ScreenLink {
                to: ScreenId::Slide(Slide::Pillar(Pillar::SystemsThinking)),
                title: keys::deck::pillars::P1,
                summary: keys::deck::pillars::P1_SHORT,
            },
            ScreenLink {
                to: ScreenId::Slide(Slide::Pillar(Pillar::FeedbackLoops)),
                title: keys::deck::pillars::P2,
                summary: keys::deck::pillars::P2_SHORT,
            },
            ScreenLink {
                to: ScreenId::Slide(Slide::Pillar(Pillar::ContinualLearning)),
                title: keys::deck::pillars::P3,
                summary: keys::deck::pillars::P3_SHORT,
            },
        ])],
    ],
    questions: &[keys::deck::pillars::Q1, keys::deck::pillars::Q2],
    timebox_minutes: 5,
    script: script!(pillars),
};

static PILLAR_1: Screen = Screen {
    id: ScreenId::Slide(Slide::Pillar(Pillar::SystemsThinking)),
    part: Part::Deck,
    title: keys::deck::pillar1::TITLE,
    subtitle: None,
    steps: &[
        &[
            Block::Lead(keys::deck::pillar1::TEXT1),
            Block::Paragraph(keys::deck::pillar1::TEXT2),
        ],
        &[Block::Bullets {
            heading: Some(keys::deck::pillar1::OUTCOMES),
            items: &[
                keys::deck::pillar1::OUTCOME1,
                keys::deck::pillar1::OUTCOME2,
                keys::deck::pillar1::OUTCOME3,
            ],
        }],
    ],
    questions: &[keys::deck::pillar1::Q1, keys::deck::pillar1::Q2],
    timebox_minutes: 8,
    script: script!(pillar1),
};

static PILLAR_2: Screen = Screen {
    id: ScreenId::Slide(Slide::Pillar(Pillar::FeedbackLoops)),
    part: Part::Deck,
    title: keys::deck::pillar2::TITLE,
    subtitle: None,
    steps: &[
        &[
            Block::Lead(keys::deck::pillar2::TEXT1),
            Block::Paragraph(keys::deck::pillar2::TEXT2),
        ],
        &[Block::Bullets {
            heading: Some(keys::deck::pillar2::OUTCOMES),
            items: &[
                keys::deck::pillar2::OUTCOME1,
                keys::deck::pillar2::OUTCOME2,
                keys::deck::pillar2::OUTCOME3,
            ],
        }],
    ],
    questions: &[keys::deck::pillar2::Q1, keys::deck::pillar2::Q2],
    timebox_minutes: 8,
    script: script!(pillar2),
};

static PILLAR_3: Screen = Screen {
    id: ScreenId::Slide(Slide::Pillar(Pillar::ContinualLearning)),
    part: Part::Deck,
    title: keys::deck::pillar3::TITLE,
    subtitle: None,
    steps: &[
        &[
            Block::Bullets {
                heading: Some(keys::deck::pillar3::TEXT1),
                items: &[keys::deck::pillar3::IDEA1, keys::deck::pillar3::IDEA2],
            },
            Block::Paragraph(keys::deck::pillar3::TEXT2),
        ],
        &[Block::Bullets {
            heading: Some(keys::deck::pillar3::OUTCOMES),
            items: &[
                keys::deck::pillar3::OUTCOME1,
                keys::deck::pillar3::OUTCOME2,
                keys::deck::pillar3::OUTCOME3,
            ],
        }],
    ],
    questions: &[keys::deck::pillar3::Q1, keys::deck::pillar3::Q2],
    timebox_minutes: 8,
    script: script!(pillar3),
};

static TEAM: Screen = Screen {
    id: ScreenId::Slide(Slide::TeamComposition),
    part: Part::Deck,
    title: keys::deck::team::TITLE,
    subtitle: None,
    steps: &[
        &[
            Block::Lead(keys::deck::team::LEAD),
            Block::Team(&[
                TeamGroup {
                    name: keys::deck::team::PRODUCT_OWNER,
                    members: &[],
                },
                TeamGroup {
                    name: keys::deck::team::SCRUM_MASTER,
                    members: &[],
                },
            ]),
        ],
        &[Block::Team(&[TeamGroup {
            name: keys::deck::team::DEV_TEAM,
            members: &[
                keys::deck::team::DEVELOPERS,
                keys::deck::team::TESTERS,
                keys::deck::team::ANALYST,
                keys::deck::team::UX,
            ],
        }])],
        &[Block::Team(&[TeamGroup {
            name: keys::deck::team::OPS_TEAM,
            members: &[keys::deck::team::TECHNICAL, keys::deck::team::FUNCTIONAL],
        }])],
        &[Block::Exercise(Exercise::Team)],
    ],
    questions: &[
        keys::deck::team::Q1,
        keys::deck::team::Q2,
        keys::deck::team::Q3,
    ],
    timebox_minutes: 10,
    script: script!(team),
};

static DORA_CHECK: Screen = Screen {
    id: ScreenId::Slide(Slide::DoraCheck),
    part: Part::Deck,
    title: keys::deck::dora::TITLE,
    subtitle: None,
    steps: &[
        &[
            Block::Lead(keys::deck::dora::LEAD),
            Block::Question(Question::Dora(Metric::DeploymentFrequency)),
        ],
        &[Block::Question(Question::Dora(Metric::LeadTime))],
        &[Block::Question(Question::Dora(Metric::ChangeFailureRate))],
        &[Block::Question(Question::Dora(Metric::RecoveryTime))],
        &[Block::Exercise(Exercise::Dora)],
    ],
    questions: &[],
    timebox_minutes: 10,
    script: script!(dora),
};

static PILLARS_CHECK: Screen = Screen {
    id: ScreenId::Slide(Slide::PillarsCheck),
    part: Part::Deck,
    title: keys::deck::pillars_check::TITLE,
    subtitle: None,
    steps: &[
        &[
            Block::Lead(keys::deck::pillars_check::LEAD),
            Block::Question(Question::PillarsMode),
        ],
        &[Block::Question(Question::Pillar(1))],
        &[Block::Question(Question::Pillar(2))],
        &[Block::Question(Question::Pillar(3))],
        &[Block::Exercise(Exercise::Pillars)],
    ],
    questions: &[],
    timebox_minutes: 10,
    script: script!(pillars_check),
};

static PLAN: Screen = Screen {
    id: ScreenId::Plan,
    part: Part::Close,
    title: keys::close::plan::TITLE,
    subtitle: None,
    steps: &[
        &[
            Block::Lead(keys::close::plan::LEAD),
            Block::Question(Question::Experiment(1)),
        ],
        &[Block::Question(Question::Experiment(2))],
        &[Block::Question(Question::Experiment(3))],
        &[Block::Exercise(Exercise::Plan)],
    ],
    questions: &[],
    timebox_minutes: 15,
    script: script!(plan),
};

static SUMMARY: Screen = Screen {
    id: ScreenId::Summary,
    part: Part::Close,
    title: keys::close::summary::TITLE,
    subtitle: Some(keys::close::summary::LEAD),
    steps: &[&[Block::Exercise(Exercise::Summary)]],
    questions: &[],
    timebox_minutes: 5,
    script: script!(summary),
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Part;

    #[test]
    fn each_screen_describes_itself() {
        for id in ScreenId::ORDER {
            assert_eq!(screen(id).id, id);
        }
    }

    #[test]
    fn every_act_and_every_deck_section_has_two_or_three_questions_and_a_timebox() {
        let discussed = |id: ScreenId| {
            matches!(id, ScreenId::Act(_) | ScreenId::Slide(_))
                && !matches!(id, ScreenId::Slide(Slide::DoraCheck | Slide::PillarsCheck))
        };
        for s in screens().filter(|s| discussed(s.id)) {
            assert!(
                (2..=3).contains(&s.questions.len()),
                "{:?} has {} questions",
                s.id,
                s.questions.len()
            );
            assert!(s.timebox_minutes > 0, "{:?} has no timebox", s.id);
            assert!(s.has_notes(), "{:?} keeps no notes", s.id);
        }
    }

    #[test]
    fn parts_follow_the_material_opening_then_play_then_deck() {
        let parts: Vec<Part> = screens().map(|s| s.part).collect();
        assert_eq!(parts[0], Part::Opening);
        let first_deck = parts.iter().position(|p| *p == Part::Deck);
        let last_play = parts.iter().rposition(|p| *p == Part::Play);
        assert!(last_play < first_deck);
        assert_eq!(parts.iter().filter(|p| **p == Part::Play).count(), 5);
        assert_eq!(parts.iter().filter(|p| **p == Part::Deck).count(), 12);
        assert_eq!(
            parts[parts.len() - 2..],
            [Part::Close, Part::Close],
            "it ends with a plan"
        );
    }

    #[test]
    fn notes_ids_are_unique_and_only_on_discussion_screens() {
        let ids: Vec<&str> = screens().filter_map(|s| s.notes_id()).collect();
        let unique: std::collections::HashSet<_> = ids.iter().collect();
        assert_eq!(ids.len(), unique.len());
        assert_eq!(screen(ScreenId::Opening).notes_id(), None);
        assert_eq!(screen(ScreenId::Act(Act::Two)).notes_id(), Some("act/2"));
    }

    #[test]
    fn every_illustration_of_the_material_is_drawn_somewhere() {
        let drawn: Vec<Illustration> = screens()
            .flat_map(|s| s.blocks())
            .filter_map(|b| match b {
                Block::Illustration(i) => Some(*i),
                _ => None,
            })
            .collect();
        for wanted in [
            Illustration::Boat,
            Illustration::QaDevops,
            Illustration::OrgChart,
            Illustration::Pillars,
        ] {
            assert!(drawn.contains(&wanted), "{wanted:?} is drawn nowhere");
        }
    }

    #[test]
    fn every_screen_has_a_script_of_four_written_parts_in_every_language() {
        for lang in crate::i18n::Lang::ALL {
            for shown in screens() {
                let parts = shown.script.parts().map(|key| crate::i18n::text(lang, key));
                for part in parts {
                    assert!(part.chars().count() > 20, "{:?} {lang:?}: {part}", shown.id);
                }
                let mut distinct = parts.to_vec();
                distinct.dedup();
                assert_eq!(distinct.len(), 4, "{:?} {lang:?}", shown.id);
            }
        }
    }

    #[test]
    fn leaving_a_screen_out_shortens_the_plan_by_its_timebox_and_nothing_else() {
        let full = planned_minutes();
        assert_eq!(crate::content::Run::full().planned_minutes(), full);
        for shown in screens() {
            let without = crate::content::Run::leaving_out([shown.id]).planned_minutes();
            assert_eq!(
                without + u32::from(shown.timebox_minutes),
                full,
                "{:?}",
                shown.id
            );
        }
        assert!(
            (60..=180).contains(&full),
            "a workshop of one to three hours"
        );
    }

    #[test]
    fn every_exercise_is_on_a_screen_once_and_every_exercise_screen_has_a_timebox() {
        let mut found = Vec::new();
        for s in screens() {
            for block in s.blocks() {
                if let Block::Exercise(exercise) = block {
                    found.push(*exercise);
                    assert!(s.timebox_minutes > 0, "{:?}", s.id);
                }
            }
        }
        use Exercise::*;
        assert_eq!(found, [Cast, Hands, Dora, Pillars, Team, Plan, Summary]);
    }
}
