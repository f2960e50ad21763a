//! The four acts of the play as scenes at sea, in the opening boat's sky, sea and wood: Dev
//! rowing alone in a fast, leaking boat; a boat so loaded with quality that it hardly moves;
//! Business and Dev rowing together while Ops bails; and everyone rowing in rhythm.
//!
//! Like the boat, each scene is a constant [`Frame`] of SVG markup without a single word, the
//! figures of `figures.rs` placed by `transform`, and name plates whose names are added at run
//! time as labels. Colours come from `style/scenes.css`, through the `--ill-*` properties of
//! `style/illustrations.css`, so the themes recolour the scenes as they do the boat.

use super::boat::{BACKGROUND, FOREGROUND, NAME_LINES, NAME_SIZE, PLATE_HEIGHT, PLATE_TOP};
use super::drawing::{Drawing, Frame};
use super::figures::{business_figure, dev_figure, ops_figure, users_figure};
use super::label::{common_size, Row};
use crate::content::Act;

/// The width of the name plates, as the boat's: the oars pass behind them.
const PLATE_WIDTH: f32 = 122.0;
/// The widest a name may be on a plate.
const NAME_WIDTH: f32 = PLATE_WIDTH - 6.0;

/// Who a plate names, as an index into the names of [`act_scene`].
const BUSINESS: usize = 0;
const DEV: usize = 1;
const OPS: usize = 2;
const USERS: usize = 3;

/// A blank name plate in a scene's markup: `x` is its centre, `top` its top edge. The markup
/// draws it as a [`PLATE_WIDTH`] × [`PLATE_HEIGHT`] rectangle.
struct Plate {
    who: usize,
    x: f32,
    top: f32,
}

/// A scene: its constant frame, and the plate under each figure it shows.
struct Scene {
    frame: Frame,
    plates: &'static [Plate],
}

/// The sky, as in the boat.
macro_rules! sky {
    () => {
        r#"<rect class="ill-boat__sky" x="0" y="16" width="640" height="349" rx="28"/>"#
    };
}

/// A band of sea of the boat's `$layer` ("back" or "front") under the waves drawn by `$waves`,
/// down to the sky's rounded bottom corners.
macro_rules! sea {
    ($layer:literal, $waves:literal) => {
        concat!(
            r#"<path class="ill-boat__sea ill-boat__sea--"#,
            $layer,
            r#"" d=""#,
            $waves,
            r#" V337 Q640 365 612 365 H28 Q0 365 0 337 Z"/>"#,
        )
    };
}

/// A figure in its 120 × 120 box, scaled by 1.15 as the boat's crew, and then the markup of
/// `$parts` in the box's units (an arm, what the figure holds); `$at` translates the box.
macro_rules! aboard {
    ($at:literal, $($part:expr),+) => {
        concat!(
            r#"<g transform="translate("#,
            $at,
            r#") scale(1.15)">"#,
            $($part,)+
            "</g>"
        )
    };
}

/// A rower: a figure as in [`aboard!`] with its near arm reaching out to where its hand
/// holds the oar (see [`oars!`]). `$who` is the figure's colour: b, d, o or u.
macro_rules! rowing {
    ($at:literal, $figure:expr, $who:literal) => {
        aboard!(
            $at,
            $figure,
            r#"<path class="ill-scene__arm ill-scene__arm--"#,
            $who,
            r#"" d="M80 80 L100 85"/>"#
        )
    };
}

/// Over the hull, the oars of the rowers of [`rowing!`] and their hands, of skin `$skin`, at
/// each x of `$x` (115 right of the figure's box): from the hand down into the water behind
/// the name plates, every oar at the same angle, the shaft and then the blade.
macro_rules! oars {
    ($(($x:literal, $skin:literal)),+) => {
        concat!(
            r#"<path class="ill-scene__oar" d=""#,
            $("M", $x, " 205m-2 0l37 147",)+
            r#""/><path class="ill-scene__blade" d=""#,
            $("M", $x, " 328m29 0l6 24",)+
            r#""/>"#,
            $(
                r#"<circle class="ill-fig__skin--"#,
                $skin,
                r#"" cx=""#,
                $x,
                r#"" cy="214" r="6.3"/>"#,
            )+
        )
    };
}

/// A blank name plate whose top left corner is at `$x`, `$y`.
macro_rules! plate {
    ($x:literal, $y:literal) => {
        concat!(
            r#"<rect class="ill-boat__plate" x=""#,
            $x,
            r#"" y=""#,
            $y,
            r#"" width="122" height="52" rx="10"/>"#,
        )
    };
}

/// A water drop, its tip at the current point: follows an `M` in a path of class
/// `ill-scene__drop`.
macro_rules! droplet {
    () => {
        "q5 9 0 14q-5-5 0-14"
    };
}

/// Path data of a server rack, in a crate whose top left corner is at `$at`: three units...
macro_rules! racks {
    ($at:literal) => {
        concat!("M", $at, "m12 8h32v9h-32zm0 12h32v9h-32zm0 12h32v9h-32z")
    };
}

/// ...and their lights.
macro_rules! lights {
    ($at:literal) => {
        concat!("M", $at, "m37 12.5h2m-2 12h2m-2 12h2")
    };
}

/// Path data of stacked virtual machines, in a crate at `$at`: three windows, one behind the
/// other.
macro_rules! machines {
    ($at:literal) => {
        concat!(
            "M",
            $at,
            "m26 6h22v16h-22zm0 5h22m-31 4h22v16h-22zm0 5h22m-31 4h22v16h-22zm0 5h22"
        )
    };
}

/// Path data of a certificate's seal, in a crate at `$at`...
macro_rules! seal {
    ($at:literal) => {
        concat!("M", $at, "m16 20a12 12 0 1 0 24 0a12 12 0 1 0-24 0")
    };
}

/// ...the inner ring of the seal...
macro_rules! ring {
    ($at:literal) => {
        concat!("M", $at, "m22 20a6 6 0 1 0 12 0a6 6 0 1 0-12 0")
    };
}

/// ...and its two ribbons.
macro_rules! ribbons {
    ($at:literal) => {
        concat!(
            "M",
            $at,
            "m22 24l-6 19 6-3 3 5 4-18zm12 0l6 19-6-3-3 5-4-18z"
        )
    };
}

/// Act One: Dev rows hard, alone, in a small fast boat that takes on water; Business points
/// ahead from the bow. Speed lines and a wake behind, a crack in the hull, water sloshing in
/// the boat, a storm cloud over the sun.
const ONE: Scene = Scene {
    frame: Frame {
        class: "ill ill-scene",
        view_box: "0 16 640 349",
        behind: concat!(
            sky!(),
            r#"<circle class="ill-boat__sun" cx="470" cy="74" r="28"/>"#,
            r#"<path class="ill-scene__storm" d="M360 94 Q360 74 380 74 Q388 54 410 58 Q424 44 442 60 Q464 58 464 78 Q476 82 472 94 Z"/>"#,
            sea!("back", "M0 300 q20 -12 40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0"),
            r#"<path class="ill-scene__speed" d="M40 160 H150 M70 196 H168 M30 232 H164 M76 268 H176"/>"#,
        ),
        group: None,
        shapes: concat!(
            aboard!("221 116.4", dev_figure!()),
            // Business points ahead.
            aboard!(
                "391 116.4",
                business_figure!(),
                r#"<path class="ill-scene__arm ill-scene__arm--b" d="M84 78 L122 64"/>"#,
                r#"<circle class="ill-fig__skin--1" cx="122" cy="64" r="5.5"/>"#
            ),
            r#"<path class="ill-scene__water" d="M190 232 V216 q19 -10 38 0 t38 0 t38 0 t38 0 t38 0 t38 0 t38 0 t38 0 t38 0 t38 0 V232 Z"/>"#,
            r#"<path class="ill-boat__hull" d="M192 238 H568 L540 316 Q534 328 520 328 H240 Q226 328 220 316 Z"/>"#,
            r#"<rect class="ill-boat__rail" x="180" y="230" width="400" height="14" rx="7"/>"#,
            r#"<path class="ill-scene__crack" d="M232 252 L224 266 L234 278 L223 292 L230 304"/>"#,
            // Dev pulls hard: the oar far back.
            r#"<g transform="translate(221 116.4) scale(1.15)">"#,
            r#"<path class="ill-scene__oar" d="M96 78 L166 194"/>"#,
            r#"<path class="ill-scene__blade" d="M153.6 173.5 L166 194"/>"#,
            r#"<path class="ill-scene__arm ill-scene__arm--d" d="M80 80 L100 85"/>"#,
            r#"<circle class="ill-fig__skin--2" cx="100" cy="85" r="5.5"/>"#,
            "</g>",
            // Sweat, splashes over the rail and the leak.
            r#"<path class="ill-scene__drop" d="M262 134"#,
            droplet!(),
            "M318 130",
            droplet!(),
            "M206 194",
            droplet!(),
            "M556 194",
            droplet!(),
            "M212 262",
            droplet!(),
            "M208 284",
            droplet!(),
            r#""/>"#,
            plate!("229", "254"),
            plate!("399", "254"),
        ),
        in_front: concat!(
            sea!("front", "M0 322 q20 -14 40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0"),
            // The wake behind, the spray at the bow and the oar's splash.
            r#"<path class="ill-scene__wake" d="M20 336 Q110 326 214 330 M44 356 Q130 348 226 340 M534 318 Q560 296 592 300 M544 328 Q576 312 608 316"/>"#,
            r#"<path class="ill-scene__drop" d="M384 300"#,
            droplet!(),
            "M398 290",
            droplet!(),
            "M600 282",
            droplet!(),
            "M616 298",
            droplet!(),
            r#""/>"#,
        ),
    },
    plates: &[
        Plate { who: DEV, x: 290.0, top: PLATE_TOP },
        Plate { who: BUSINESS, x: 460.0, top: PLATE_TOP },
    ],
};

/// Act Two: the boat so loaded with crates of servers, certificates and virtual machines that
/// it sits low in a flat sea, Dev and Ops among them; no wake. Business waits on the shore,
/// looking at a watch.
const TWO: Scene = Scene {
    frame: Frame {
        class: "ill ill-scene",
        view_box: "0 16 640 349",
        behind: concat!(
            sky!(),
            r#"<circle class="ill-boat__sun" cx="580" cy="64" r="26"/>"#,
            r#"<path class="ill-boat__cloud" d="M500 94 Q500 82 512 82 Q518 70 532 73 Q542 64 552 76 Q566 75 566 87 Q573 90 571 94 Z"/>"#,
            sea!("back", "M0 282 q64 -6 128 0 t128 0 t128 0 t128 0 t128 0"),
        ),
        group: None,
        shapes: concat!(
            aboard!("261 130.4", dev_figure!()),
            aboard!("409 130.4", ops_figure!()),
            // Six crates of 56 × 48, in three stacks of two: servers, certificates and
            // virtual machines.
            r#"<path class="ill-scene__crate" d="M234 148h56v96h-56zm0 48h56M376 148h56v96h-56zm0 48h56M528 148h56v96h-56zm0 48h56"/>"#,
            r#"<path class="ill-scene__ribbon" d=""#,
            ribbons!("376 196"),
            ribbons!("528 148"),
            r#""/><path class="ill-scene__rosette" d=""#,
            seal!("376 196"),
            seal!("528 148"),
            r#""/><path class="ill-scene__pict" d=""#,
            racks!("234 196"),
            racks!("376 148"),
            machines!("234 148"),
            machines!("528 196"),
            ring!("376 196"),
            ring!("528 148"),
            r#""/><path class="ill-scene__led" d=""#,
            lights!("234 196"),
            lights!("376 148"),
            r#""/>"#,
            r#"<path class="ill-boat__hull" d="M238 252 H612 L590 300 Q584 312 570 312 H282 Q268 312 262 300 Z"/>"#,
            r#"<rect class="ill-boat__rail" x="226" y="244" width="398" height="14" rx="7"/>"#,
            sea!(
                "front",
                "M0 290 q40 -6 80 0 t80 0 t80 0 t80 0 t80 0 t80 0 t80 0 t80 0"
            ),
            r#"<path class="ill-scene__sand" d="M0 240 Q96 228 160 250 Q196 264 210 296 Q220 336 244 365 H28 Q0 365 0 337 Z"/>"#,
            // Business on the shore, on two legs, a watch on the raised wrist.
            r#"<g transform="translate(24 116)">"#,
            r#"<path class="ill-scene__arm ill-scene__arm--b" d="M50 112 V142 M70 112 V142"/>"#,
            business_figure!(),
            r#"<path class="ill-scene__arm ill-scene__arm--b" d="M36 80 L14 94 L16 66"/>"#,
            r#"<circle class="ill-fig__skin--1" cx="16" cy="60" r="5"/>"#,
            r#"<circle class="ill-scene__watch" cx="15" cy="75" r="9.5"/>"#,
            r#"<path class="ill-scene__hands" d="M15 75 V69 M15 75 H20 M0 62 l-6 -4 M-2 78 h-7 M4 50 l-4 -6"/>"#,
            "</g>",
            plate!("269", "264"),
            plate!("417", "264"),
            plate!("23", "270"),
        ),
        in_front: "",
    },
    plates: &[
        Plate {
            who: BUSINESS,
            x: 84.0,
            top: 270.0,
        },
        Plate {
            who: DEV,
            x: 330.0,
            top: 264.0,
        },
        Plate {
            who: OPS,
            x: 478.0,
            top: 264.0,
        },
    ],
};

/// Act Three: Business and Dev row together, their oars at one angle, and the boat goes
/// faster; at the stern Ops bails out the water that still comes in, with a bucket.
const THREE: Scene = Scene {
    frame: Frame {
        class: "ill ill-scene",
        view_box: "0 16 640 349",
        behind: concat!(
            sky!(),
            r#"<circle class="ill-boat__sun" cx="560" cy="74" r="32"/>"#,
            r#"<path class="ill-boat__cloud" d="M500 110 Q500 98 512 98 Q518 86 532 89 Q542 80 552 92 Q566 91 566 103 Q573 106 571 110 Z"/>"#,
            sea!(
                "back",
                "M0 300 q32 -14 64 0 t64 0 t64 0 t64 0 t64 0 t64 0 t64 0 t64 0 t64 0 t64 0"
            ),
            r#"<path class="ill-scene__speed" d="M20 238 H70 M40 262 H92 M24 286 H84"/>"#,
        ),
        group: None,
        shapes: concat!(
            // Ops throws a bucket of water overboard.
            aboard!(
                "121 116.4",
                ops_figure!(),
                r#"<path class="ill-scene__arm ill-scene__arm--o" d="M40 82 Q18 80 10 56"/>"#,
                r#"<g transform="translate(4 42) rotate(-50)">"#,
                r#"<path class="ill-scene__bucket" d="M-13 -12 H13 L10 13 H-10 Z"/>"#,
                r#"<path class="ill-scene__hands" d="M-13 -12 Q0 -30 13 -12"/>"#,
                "</g>",
                r#"<circle class="ill-fig__skin--3" cx="10" cy="56" r="5.5"/>"#
            ),
            rowing!("281 116.4", dev_figure!(), "d"),
            rowing!("431 116.4", business_figure!(), "b"),
            r#"<path class="ill-scene__water" d="M110 232 V224 q20 -6 40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 t40 0 V232 Z"/>"#,
            r#"<path class="ill-boat__hull" d="M112 238 H598 L562 316 Q556 328 542 328 H168 Q154 328 148 316 Z"/>"#,
            r#"<rect class="ill-boat__rail" x="100" y="230" width="510" height="14" rx="7"/>"#,
            oars!(("396", "2"), ("546", "1")),
            r#"<path class="ill-scene__spill" d="M104 148 Q88 118 60 118"/>"#,
            r#"<path class="ill-scene__drop" d="M84 100"#,
            droplet!(),
            "M62 96",
            droplet!(),
            "M44 112",
            droplet!(),
            "M50 136",
            droplet!(),
            "M74 140",
            droplet!(),
            r#""/>"#,
            plate!("129", "254"),
            plate!("289", "254"),
            plate!("439", "254"),
        ),
        in_front: FOREGROUND,
    },
    plates: &[
        Plate {
            who: OPS,
            x: 190.0,
            top: PLATE_TOP,
        },
        Plate {
            who: DEV,
            x: 350.0,
            top: PLATE_TOP,
        },
        Plate {
            who: BUSINESS,
            x: 500.0,
            top: PLATE_TOP,
        },
    ],
};

/// The final act: Business, Dev, Ops and the Users all aboard, rowing in rhythm, every oar at
/// one angle, on a calm sea under the sun.
const FINAL: Scene = Scene {
    frame: Frame {
        class: "ill ill-scene",
        view_box: "0 16 640 349",
        // The opening boat's sky, sun, clouds and far waves.
        behind: BACKGROUND,
        group: None,
        shapes: concat!(
            r#"<path class="ill-scene__ray" d="M560 32 V20 M560 116 V128 M518 74 H506 M602 74 H614 M530 44 L522 36 M590 104 L598 112 M590 44 L598 36 M530 104 L522 112"/>"#,
            rowing!("63.5 116.4", business_figure!(), "b"),
            rowing!("188.5 116.4", dev_figure!(), "d"),
            rowing!("313.5 116.4", ops_figure!(), "o"),
            rowing!("438.5 116.4", users_figure!(), "u"),
            r#"<path class="ill-boat__hull" d="M52 238 H588 L552 316 Q546 328 532 328 H108 Q94 328 88 316 Z"/>"#,
            r#"<rect class="ill-boat__rail" x="40" y="230" width="560" height="14" rx="7"/>"#,
            oars!(
                ("178.5", "1"),
                ("303.5", "2"),
                ("428.5", "3"),
                ("553.5", "5")
            ),
            plate!("71.5", "254"),
            plate!("196.5", "254"),
            plate!("321.5", "254"),
            plate!("446.5", "254"),
        ),
        in_front: concat!(
            sea!(
                "front",
                "M0 326 q40 -6 80 0 t80 0 t80 0 t80 0 t80 0 t80 0 t80 0 t80 0"
            ),
            r#"<path class="ill-scene__wake" d="M56 352 h24 M214 364 h24 M362 350 h24 M512 362 h24"/>"#,
        ),
    },
    plates: &[
        Plate {
            who: BUSINESS,
            x: 132.5,
            top: PLATE_TOP,
        },
        Plate {
            who: DEV,
            x: 257.5,
            top: PLATE_TOP,
        },
        Plate {
            who: OPS,
            x: 382.5,
            top: PLATE_TOP,
        },
        Plate {
            who: USERS,
            x: 507.5,
            top: PLATE_TOP,
        },
    ],
};

/// The scene of `act`.
fn scene(act: Act) -> &'static Scene {
    match act {
        Act::One => &ONE,
        Act::Two => &TWO,
        Act::Three => &THREE,
        Act::Final => &FINAL,
    }
}

/// The labels of `act`'s scene: each figure's name, from `names`, centred on its plate, all in
/// the one size at which every name fits (the same in every scene).
fn labels(act: Act, names: &[&'static str; 4]) -> impl Iterator<Item = (&'static str, f32, Row)> {
    let size = common_size(names, NAME_WIDTH, NAME_SIZE, NAME_LINES);
    let names = *names;
    scene(act).plates.iter().map(move |plate| {
        let row = Row {
            class: "ill-label ill-label--strong",
            y: plate.top + PLATE_HEIGHT / 2.0,
            width: NAME_WIDTH,
            size,
            max_lines: NAME_LINES,
        };
        (names[plate.who], plate.x, row)
    })
}

/// The scene of one act of the play, at sea like the opening boat, with a name plate under each
/// figure it shows. `names` are the names of Business, Dev, Ops and Users, in that order.
///
/// - Act One: Dev rows hard, alone, in a fast boat (speed lines, a wake) that leaks and takes on
///   water; Business points ahead from the bow.
/// - Act Two: the boat is loaded with crates (servers, certificates, virtual machines), low in
///   the water and slow; Dev and Ops among the crates, Business on the shore with a watch.
/// - Act Three: Business and Dev row together, faster; Ops bails water out at the stern.
/// - The final act: all four row in rhythm on a calm sea, in the sun.
///
/// One `role="img"` SVG labelled by `description`; every visible word comes from the props.
/// Sized by the `ill-scene` class in `style/scenes.css`.
pub fn act_scene(act: Act, names: [&'static str; 4], description: &'static str) -> Drawing {
    let mut drawing = Drawing::new(&scene(act).frame, Some(description));
    for (name, x, row) in labels(act, &names) {
        drawing.row(&[name], &[x], &row);
    }
    drawing
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::illustrations::label::number;

    const ACTS: [Act; 4] = [Act::One, Act::Two, Act::Three, Act::Final];
    const NAMES: [&str; 4] = ["Business", "Dev", "Ops", "Users"];
    /// The class of each figure, by the index of its name.
    const FIGURES: [&str; 4] = [
        "ill-fig--business",
        "ill-fig--dev",
        "ill-fig--ops",
        "ill-fig--users",
    ];

    fn markup(act: Act) -> String {
        let frame = &scene(act).frame;
        [frame.behind, frame.shapes, frame.in_front].concat()
    }

    #[test]
    fn every_act_has_a_scene_of_its_own() {
        for (i, &a) in ACTS.iter().enumerate() {
            for &b in &ACTS[i + 1..] {
                assert_ne!(markup(a), markup(b), "{a:?} and {b:?}");
            }
        }
    }

    #[test]
    fn the_markup_has_no_words_and_no_styles() {
        for act in ACTS {
            let markup = markup(act);
            assert!(!markup.contains("style="), "{act:?}");
            assert!(!markup.contains("<text"), "{act:?}");
            // What is left outside the tags: no letter, nor anything else but spaces.
            let mut outside = String::new();
            let mut in_tag = false;
            for c in markup.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    c if !in_tag => outside.push(c),
                    _ => {}
                }
            }
            assert!(!in_tag, "{act:?}: a tag is left open");
            assert!(outside.trim().is_empty(), "{act:?}: {outside:?}");
            // Balanced groups, since each layer is parsed on its own.
            let frame = &scene(act).frame;
            for layer in [frame.behind, frame.shapes, frame.in_front] {
                assert_eq!(layer.matches("<g").count(), layer.matches("</g>").count());
            }
        }
    }

    #[test]
    fn every_scene_shows_at_least_two_figures() {
        for act in ACTS {
            let figures = markup(act).matches("ill-fig--").count();
            assert!(figures >= 2, "{act:?}: {figures}");
        }
        assert_eq!(markup(Act::Final).matches("ill-fig--").count(), 4);
        assert!(markup(Act::Final).contains("ill-fig--users"));
    }

    #[test]
    fn one_label_on_a_plate_per_figure_shown() {
        for act in ACTS {
            let markup = markup(act);
            let labels: Vec<_> = labels(act, &NAMES).collect();
            assert_eq!(labels.len(), markup.matches("ill-fig--").count(), "{act:?}");
            assert_eq!(
                labels.len(),
                markup.matches("ill-boat__plate").count(),
                "{act:?}"
            );
            for (who, figure) in FIGURES.iter().enumerate() {
                let named = labels
                    .iter()
                    .filter(|(name, ..)| *name == NAMES[who])
                    .count();
                let shown = markup.matches(figure).count();
                assert_eq!(named, shown, "{act:?}: {figure}");
                assert!(shown <= 1, "{act:?}: {figure}");
            }
            // Each label sits on its plate, in the shapes under the labels.
            let shapes = scene(act).frame.shapes;
            for plate in scene(act).plates {
                let rect = format!(
                    r#"x="{}" y="{}" width="{}" height="{}""#,
                    number(plate.x - PLATE_WIDTH / 2.0),
                    number(plate.top),
                    number(PLATE_WIDTH),
                    number(PLATE_HEIGHT),
                );
                assert!(shapes.contains(&rect), "{act:?}: no plate {rect}");
            }
            for (_, x, row) in &labels {
                assert!(row.width < PLATE_WIDTH);
                assert!(*x - row.width / 2.0 >= 0.0 && *x + row.width / 2.0 <= 640.0);
                assert!(row.size <= NAME_SIZE);
            }
        }
    }

    #[test]
    fn names_have_one_size_in_every_scene() {
        let names = ["Le métier", "Dev", "Ops", "Utilisateurs"];
        let sizes: Vec<f32> = ACTS
            .iter()
            .flat_map(|&act| labels(act, &names).map(|(_, _, row)| row.size))
            .collect();
        assert!(sizes
            .iter()
            .all(|&size| size == sizes[0] && size < NAME_SIZE));
    }
}
