//! The app's components in headless Chromium: what they put in the step, in every language.
//! Run by `scripts/test.sh` through wasm-bindgen-test-runner and chromedriver.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use workshop::content::{screen, screens, Act, Block, Illustration, Pillar, Run, ScreenId, Slide};
use workshop::exercises::report;
use workshop::i18n::bundle::{self, Part};
use workshop::i18n::catalog::{keys_fingerprint, merge_bundles, parse_bundle, SCRIPT_PREFIX};
use workshop::i18n::{keys, text, Lang};
use workshop::notes::Session;
use workshop::route::Route;
use workshop::ui::context::{CurrentRoute, ShownLang};
use workshop::ui::controls::{ScriptList, SCRIPT_LABELS};
use workshop::ui::{
    scene_description, ActionButton, BlockView, Controls, Emphasis, Guide, Handout, LanguageSwitch,
    NotFound, NotesContext, Pager, ScreenHeader, SessionFields, SessionForm, TextButton,
};

wasm_bindgen_test_configure!(run_in_browser);

/// Every language's texts, as `scripts/post-build.mjs` bundles them, installed as the browser
/// would install a fetched bundle.
fn install_texts() {
    const FILES: [[&str; 7]; 3] = [
        [
            include_str!("../locales/en/app.json"),
            include_str!("../locales/en/controls.json"),
            include_str!("../locales/en/exercises.json"),
            include_str!("../locales/en/facilitator.json"),
            include_str!("../locales/en/notes.json"),
            include_str!("../locales/en/offline.json"),
            include_str!("../locales/en/workshop.json"),
        ],
        [
            include_str!("../locales/nl/app.json"),
            include_str!("../locales/nl/controls.json"),
            include_str!("../locales/nl/exercises.json"),
            include_str!("../locales/nl/facilitator.json"),
            include_str!("../locales/nl/notes.json"),
            include_str!("../locales/nl/offline.json"),
            include_str!("../locales/nl/workshop.json"),
        ],
        [
            include_str!("../locales/fr/app.json"),
            include_str!("../locales/fr/controls.json"),
            include_str!("../locales/fr/exercises.json"),
            include_str!("../locales/fr/facilitator.json"),
            include_str!("../locales/fr/notes.json"),
            include_str!("../locales/fr/offline.json"),
            include_str!("../locales/fr/workshop.json"),
        ],
    ];
    for (lang, files) in Lang::ALL.into_iter().zip(FILES) {
        if bundle::is_installed(lang, Part::Stage) {
            continue;
        }
        let flat = merge_bundles(files.map(|json| parse_bundle(json).expect("a locale file")))
            .expect("one bundle");
        for (part, script) in [(Part::Stage, false), (Part::Script, true)] {
            let texts: Vec<&String> = flat
                .iter()
                .filter(|(key, _)| key.starts_with(SCRIPT_PREFIX) == script)
                .map(|(_, text)| text)
                .collect();
            let json = serde_json::json!({ "keys": keys_fingerprint(&flat), "texts": texts });
            bundle::install(lang, part, &json.to_string()).expect("the bundle installs");
        }
    }
}

/// A fresh `<div>` in the step's body.
fn container() -> web_sys::HtmlElement {
    let document = document();
    let div = document.create_element("div").expect("a div");
    document
        .body()
        .expect("the test step has a body")
        .append_child(&div)
        .expect("appended");
    div.unchecked_into()
}

/// Mounts what `view` makes in a fresh `<div>`, with what the app provides every component:
/// the route (and its language), the notes and the controls.
fn mount<V: IntoView + 'static>(
    route: Route,
    view: impl FnOnce() -> V + 'static,
) -> web_sys::Element {
    install_texts();
    let parent = container();
    let handle = leptos::mount::mount_to(parent.clone(), move || {
        let route = RwSignal::new(route);
        let lang = Memo::new(move |_| route.with(Route::lang).unwrap_or_default());
        provide_context(CurrentRoute(route));
        provide_context(ShownLang(lang));
        provide_context(NotesContext::load().0);
        provide_context(Controls::new("test-pair"));
        view()
    });
    handle.forget();
    parent.unchecked_into()
}

fn on_screen(lang: Lang, screen: ScreenId) -> Route {
    Route::Screen {
        lang,
        screen,
        step: 0,
    }
}

fn all(parent: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let found = parent
        .query_selector_all(selector)
        .expect("a valid selector");
    (0..found.length())
        .filter_map(|i| found.item(i))
        .filter_map(|node| node.dyn_into().ok())
        .collect()
}

fn words(element: &web_sys::Element) -> String {
    element.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
fn every_screen_has_one_focusable_heading_with_its_title() {
    for lang in Lang::ALL {
        for id in ScreenId::ORDER {
            let shown = screen(id);
            let step = mount(
                on_screen(lang, id),
                move || view! { <ScreenHeader screen=shown steps=None /> },
            );
            let headings = all(&step, "h1");
            assert_eq!(headings.len(), 1, "{id:?}");
            assert_eq!(headings[0].id(), "screen-heading");
            assert_eq!(headings[0].get_attribute("tabindex").as_deref(), Some("-1"));
            assert_eq!(words(&headings[0]), text(lang, shown.title));
        }
    }
}

#[wasm_bindgen_test]
fn a_screen_in_steps_says_which_step_the_room_sees_in_words_and_dots() {
    let act = screen(ScreenId::Act(Act::One));
    let step = mount(on_screen(Lang::Fr, ScreenId::Act(Act::One)), move || {
        view! { <ScreenHeader screen=act steps=Some((1, 3)) /> }
    });
    let count = all(&step, ".steps__count");
    assert_eq!(count.len(), 1);
    assert_eq!(words(&count[0]), "2 / 3");
    assert!(count[0]
        .get_attribute("aria-label")
        .is_some_and(|label| label.contains('2') && label.contains('3')));
    assert_eq!(all(&step, ".steps__dot").len(), 3);
    assert_eq!(all(&step, ".steps__dot--on").len(), 1);
    // One step alone says nothing of steps.
    let single = mount(on_screen(Lang::Fr, ScreenId::Act(Act::One)), move || {
        view! { <ScreenHeader screen=act steps=None /> }
    });
    assert!(all(&single, ".steps__count").is_empty());
}

/// What a block shows, key by key, and the variant's name. The match is exhaustive: a new
/// kind of block must say here what it shows before it builds.
fn shown(block: &Block) -> (&'static str, Vec<workshop::i18n::Key>) {
    match *block {
        Block::Lead(key) => ("Lead", vec![key]),
        Block::Paragraph(key) => ("Paragraph", vec![key]),
        Block::Scene(lines) => ("Scene", lines.to_vec()),
        Block::Bullets { heading, items } => (
            "Bullets",
            heading.into_iter().chain(items.iter().copied()).collect(),
        ),
        Block::Quote(sentences) => ("Quote", sentences.to_vec()),
        Block::Shifts { pairs, .. } => (
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
        // A role of its own is a field named after it; the others are written out.
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
        // An exercise's words are in its fields (the end-to-end tests).
        Block::Exercise(_) => ("Exercise", Vec::new()),
        Block::Question(_) => ("Question", Vec::new()),
    }
}

#[wasm_bindgen_test]
fn every_kind_of_block_shows_every_word_of_its_keys_in_every_language() {
    let mut seen = std::collections::BTreeSet::new();
    for lang in Lang::ALL {
        for id in ScreenId::ORDER {
            for block in screen(id).blocks() {
                let (variant, keys) = shown(block);
                seen.insert(variant);
                let step = mount(on_screen(lang, id), move || {
                    view! { <BlockView block facilitator=false /> }
                });
                let shown = words(&step);
                for key in keys {
                    assert!(shown.contains(text(lang, key)), "{id:?} {variant} {lang:?}");
                }
                if variant == "Illustration" {
                    let drawings = all(&step, "svg[role=img]");
                    assert_eq!(drawings.len(), 1, "{id:?}: one named drawing");
                    let name = drawings[0].get_attribute("aria-label").unwrap_or_default();
                    assert!(!name.trim().is_empty(), "{id:?}");
                }
            }
        }
    }
    assert_eq!(
        seen.len(),
        13,
        "the workshop has a block of every kind: {seen:?}"
    );
}

#[wasm_bindgen_test]
fn each_act_is_drawn_as_its_own_scene_named_in_the_language_shown() {
    let acts = [Act::One, Act::Two, Act::Three, Act::Final];
    for lang in Lang::ALL {
        let mut names = Vec::new();
        for act in acts {
            let block = screen(ScreenId::Act(act))
                .blocks()
                .find(|block| **block == Block::Illustration(Illustration::Scene(act)))
                .expect("each act shows its scene");
            let step = mount(on_screen(lang, ScreenId::Act(act)), move || {
                view! { <BlockView block facilitator=false /> }
            });
            let drawing = all(&step, "svg.ill-scene");
            assert_eq!(drawing.len(), 1, "{act:?}");
            let name = drawing[0].get_attribute("aria-label").unwrap_or_default();
            assert_eq!(name, text(lang, scene_description(act)), "{act:?} {lang:?}");
            // The plates name the cast in this language.
            let labels: String = all(&drawing[0], "text").iter().map(words).collect();
            assert!(labels.contains(text(lang, keys::cast::DEV_NAME)), "{act:?}");
            names.push(name);
        }
        names.dedup();
        assert_eq!(
            names.len(),
            acts.len(),
            "each act is described in its own words"
        );
    }
}

#[wasm_bindgen_test]
fn links_point_to_the_screen_in_the_same_language() {
    for id in ScreenId::ORDER {
        let step = mount(on_screen(Lang::Nl, id), move || {
            screen(id)
                .blocks()
                .map(|block| view! { <BlockView block facilitator=false /> })
                .collect_view()
        });
        for link in all(&step, "a") {
            let href = link.get_attribute("href").unwrap_or_default();
            assert!(href.starts_with("#/nl/"), "{id:?}: {href}");
        }
    }
}

#[wasm_bindgen_test]
fn the_pager_links_the_places_around_and_says_where_the_screen_stands() {
    let first = on_screen(Lang::Nl, ScreenId::first());
    let step = mount(first.clone(), move || view! { <Pager route=first /> });
    let before = all(&step, ".pager__spacer");
    assert_eq!(before.len(), 1);
    assert_eq!(
        before[0].get_attribute("aria-hidden").as_deref(),
        Some("true")
    );
    let next = all(&step, "a[rel=next]");
    assert_eq!(next.len(), 1);
    assert_eq!(words(&next[0]), text(Lang::Nl, keys::app::NEXT));
    // The opening has a second step: Next shows it before it moves on.
    assert_eq!(
        next[0].get_attribute("href"),
        Some(Route::hash_for_step(Lang::Nl, ScreenId::first(), 1))
    );

    let act = ScreenId::Act(Act::Two);
    let (current, total) = (act.position() + 1, ScreenId::ORDER.len());
    let step = mount(on_screen(Lang::En, act), move || {
        view! { <Pager route=on_screen(Lang::En, act) /> }
    });
    let count = all(&step, ".pager__count");
    assert_eq!(words(&count[0]), format!("{current} / {total}"));
    assert!(count[0]
        .get_attribute("aria-label")
        .is_some_and(|label| label.contains(&current.to_string())));
    let fill: web_sys::HtmlElement = all(&step, ".pager__fill")[0].clone().unchecked_into();
    assert_eq!(
        fill.style().get_property_value("width").ok(),
        Some(format!("{}%", current * 100 / total))
    );
}

#[wasm_bindgen_test]
fn a_screen_left_out_of_the_run_says_so_in_the_pager() {
    let out = ScreenId::Slide(Slide::Pillar(Pillar::FeedbackLoops));
    let step = mount(on_screen(Lang::En, out), move || {
        let notes = expect_context::<NotesContext>();
        notes.set_run(Run::leaving_out([out]));
        view! { <Pager route=on_screen(Lang::En, out) /> }
    });
    assert_eq!(
        words(&all(&step, ".pager__count--out")[0]),
        text(Lang::En, keys::app::NOT_IN_RUN_SHORT)
    );
    expect_notes_reset();
}

/// Puts the run back, for the tests after this one (they share the browser's storage).
fn expect_notes_reset() {
    let _ = mount(on_screen(Lang::En, ScreenId::first()), || {
        expect_context::<NotesContext>().set_run(Run::full());
    });
}

#[wasm_bindgen_test]
fn each_language_links_to_the_same_screen_and_the_current_one_is_marked() {
    let route = on_screen(Lang::Nl, ScreenId::Act(Act::Two));
    let step = mount(route, || view! { <LanguageSwitch /> });
    let links = all(&step, "a");
    let hrefs: Vec<_> = links.iter().map(|a| a.get_attribute("href")).collect();
    assert_eq!(
        hrefs,
        [
            Some("#/en/act/2".to_string()),
            Some("#/nl/act/2".to_string()),
            Some("#/fr/act/2".to_string())
        ]
    );
    let current: Vec<_> = links
        .iter()
        .map(|a| a.get_attribute("aria-current"))
        .collect();
    assert_eq!(current, [None, Some("true".to_string()), None]);
    assert_eq!(
        all(&step, "nav")[0].get_attribute("aria-label").as_deref(),
        Some(text(Lang::Nl, keys::app::LANGUAGE))
    );
}

#[wasm_bindgen_test]
fn the_unknown_path_is_shown_as_text_with_a_way_back() {
    let route = Route::parse("#/en/<b>nope</b>");
    let step = mount(
        route,
        || view! { <NotFound path="/<b>nope</b>".to_string() /> },
    );
    assert!(words(&step).contains("#/<b>nope</b>"));
    assert!(all(&step, "b").is_empty(), "the path is never markup");
    let links = all(&step, "a");
    assert_eq!(links.len(), 1);
    assert_eq!(
        links[0].get_attribute("href"),
        Some(Route::hash_for(Lang::En, ScreenId::first()))
    );
}

#[wasm_bindgen_test]
fn a_text_button_is_a_plain_button_of_its_look_that_runs_its_action_at_each_press() {
    let presses = RwSignal::new(0);
    let step = mount(on_screen(Lang::En, ScreenId::first()), move || {
        view! {
            <ActionButton
                label="Delete"
                emphasis=Emphasis::Danger
                on_click=move |()| presses.update(|n| *n += 1)
            />
            <TextButton
                label="Dismiss"
                class="quiet-button"
                on_click=move |()| presses.update(|n| *n += 10)
            />
        }
    });
    let buttons: Vec<web_sys::HtmlElement> = all(&step, "button")
        .into_iter()
        .map(|button| button.unchecked_into())
        .collect();
    assert_eq!(buttons.len(), 2);
    // Never a submit button: inside a form, pressing it does not send the form.
    for button in &buttons {
        assert_eq!(button.get_attribute("type").as_deref(), Some("button"));
    }
    assert_eq!(
        buttons[0].class_name(),
        "action-button action-button--danger"
    );
    assert_eq!(words(&buttons[0]), "Delete");
    assert_eq!(buttons[1].class_name(), "quiet-button");
    assert_eq!(words(&buttons[1]), "Dismiss");
    buttons[0].click();
    assert_eq!(presses.get_untracked(), 1);
    buttons[1].click();
    buttons[1].click();
    assert_eq!(presses.get_untracked(), 21);
}

#[wasm_bindgen_test]
fn the_session_form_is_filled_labelled_and_submits_what_is_typed() {
    let submitted = RwSignal::new(None::<SessionFields>);
    let cancelled = RwSignal::new(false);
    let step = mount(on_screen(Lang::Nl, ScreenId::first()), move || {
        let initial = SessionFields {
            name: "Morning".into(),
            team: "Blue".into(),
            date: "2026-03-14".into(),
        };
        view! {
            <SessionForm
                initial
                id_prefix="edit-s1".to_string()
                submit_label=keys::notes::session::SAVE
                on_submit=move |fields| submitted.set(Some(fields))
                on_cancel=move |()| cancelled.set(true)
            />
        }
    });
    let inputs: Vec<web_sys::HtmlInputElement> = all(&step, "input")
        .into_iter()
        .map(|input| input.unchecked_into())
        .collect();
    let ids: Vec<String> = inputs.iter().map(|i| i.id()).collect();
    assert_eq!(ids, ["edit-s1-name", "edit-s1-team", "edit-s1-date"]);
    let values: Vec<String> = inputs.iter().map(|i| i.value()).collect();
    assert_eq!(values, ["Morning", "Blue", "2026-03-14"]);
    let labels: Vec<String> = all(&step, "label")
        .iter()
        .filter_map(|l| l.get_attribute("for"))
        .collect();
    assert_eq!(labels, ids);

    inputs[1].set_value("  Green  ");
    let submit: web_sys::HtmlElement = all(&step, "button[type=submit]")[0]
        .clone()
        .unchecked_into();
    assert_eq!(words(&submit), text(Lang::Nl, keys::notes::session::SAVE));
    submit.click();
    assert_eq!(
        submitted.get_untracked(),
        Some(SessionFields {
            name: "Morning".into(),
            team: "Green".into(),
            date: "2026-03-14".into(),
        })
    );
    let cancel: web_sys::HtmlElement = all(&step, "button[type=button]")[0]
        .clone()
        .unchecked_into();
    cancel.click();
    assert!(cancelled.get_untracked());
}

#[wasm_bindgen_test]
fn every_screen_has_a_script_of_four_named_parts_in_every_language() {
    for lang in Lang::ALL {
        for shown in screens() {
            let step = mount(on_screen(lang, shown.id), move || {
                view! { <ScriptList shown lang /> }
            });
            let names: Vec<String> = all(&step, "dt").iter().map(words).collect();
            let texts: Vec<String> = all(&step, "dd").iter().map(words).collect();
            assert_eq!(
                names,
                SCRIPT_LABELS.map(|label| text(lang, label).to_string()),
                "{:?}",
                shown.id
            );
            for (shown_text, part) in texts.iter().zip(shown.script.parts()) {
                assert_eq!(shown_text, text(lang, part));
            }
            assert_eq!(texts.len(), 4);
        }
    }
}

#[wasm_bindgen_test]
fn the_guide_has_every_screen_with_its_script_and_says_what_the_run_leaves_out() {
    let mut session = Session::new("s-1", "2026-03-14", "nl");
    session.run = workshop::content::Preset::SixtyMinutes.run();
    let run = session.run.clone();
    let step = mount(on_screen(Lang::Nl, ScreenId::first()), move || {
        view! { <Guide session lang=Lang::Nl /> }
    });
    let sections = all(&step, "section");
    assert_eq!(sections.len(), screens().count());
    let out = text(Lang::Nl, keys::app::NOT_IN_RUN_SHORT);
    for (section, screen) in sections.iter().zip(screens()) {
        let shown = words(section);
        assert!(shown.contains(text(Lang::Nl, screen.title)));
        for part in screen.script.parts() {
            assert!(shown.contains(text(Lang::Nl, part)), "{:?}", screen.id);
        }
        assert_eq!(
            shown.contains(out),
            !run.includes(screen.id),
            "{:?}",
            screen.id
        );
    }
}

#[wasm_bindgen_test]
fn the_handout_has_every_exercise_and_every_act_with_its_note_or_a_placeholder() {
    let mut session = Session::new("s-1", "2026-03-14", "en");
    session.team = "Blue".into();
    session.set_note("act/2", "<b>VMs</b> everywhere");
    session.set_result("hands/praised", "6");
    session.set_result("team/ux", "<i>Eve</i>");
    let results = session.results.clone();
    let step = mount(on_screen(Lang::En, ScreenId::first()), move || {
        view! { <Handout session lang=Lang::En today="2026-03-14".to_string() /> }
    });
    let with_notes = screens().filter(|s| s.notes_id().is_some()).count();
    let sections = all(&step, ".handout__section");
    assert_eq!(
        sections.len(),
        with_notes + 1,
        "the notes' sections and the exercises'"
    );
    let exercises = words(&sections[0]);
    for section in report::sections(&results, Lang::En, "") {
        assert!(exercises.contains(section.heading), "{}", section.heading);
    }
    assert!(exercises.contains("<i>Eve</i>") && exercises.contains('6'));
    let shown = words(&step);
    assert!(shown.contains("<b>VMs</b> everywhere"));
    assert!(
        all(&step, "b, i").is_empty(),
        "what the team typed is never markup"
    );
    assert!(shown.contains(text(Lang::En, keys::notes::export::NO_NOTES)));
}
