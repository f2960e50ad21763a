//! The live parts of an `El` tree in headless Chromium: they follow their signals in place, a
//! rebuilt run replaces its elements where they stood and stops the effects of the one before.
//! Run by `scripts/test.sh` through wasm-bindgen-test-runner and chromedriver.
#![cfg(target_arch = "wasm32")]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use workshop::reactive::*;
use workshop::ui::dom_tree::{el, mount, Child};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh `<div>` in the page's body.
fn container() -> web_sys::Element {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("the test page has a document");
    let div = document.create_element("div").expect("a div");
    document
        .body()
        .expect("the test page has a body")
        .append_child(&div)
        .expect("appended");
    div
}

/// Lets the effects that a signal change scheduled run.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The tags of the element children of `parent`, in order.
fn tags(parent: &web_sys::Element) -> Vec<String> {
    let children = parent.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .map(|child| child.tag_name().to_lowercase())
        .collect()
}

#[wasm_bindgen_test]
async fn a_live_text_attribute_and_class_follow_their_signal_in_place() {
    let root = container();
    let word = RwSignal::new("one".to_string());
    let on = RwSignal::new(false);
    mount(&root, move || {
        vec![el("p")
            .live_attr("title", move || word.get())
            .live_class("is-on", move || on.get())
            .live_text(move || word.get())
            .into()]
    });
    let p = root.first_element_child().expect("the paragraph");
    assert_eq!(p.text_content().as_deref(), Some("one"));
    assert_eq!(p.get_attribute("title").as_deref(), Some("one"));
    assert!(!p.class_list().contains("is-on"));

    word.set("two".into());
    on.set(true);
    settle().await;
    let same = root.first_element_child().expect("still there");
    assert!(same == p, "the element is updated, not replaced");
    assert_eq!(p.text_content().as_deref(), Some("two"));
    assert_eq!(p.get_attribute("title").as_deref(), Some("two"));
    assert!(p.class_list().contains("is-on"));
}

#[wasm_bindgen_test]
async fn a_live_run_is_rebuilt_in_its_place_and_stops_the_effects_of_the_build_before() {
    let root = container();
    let shown = RwSignal::new(true);
    let inner = RwSignal::new(0);
    let inner_runs = Arc::new(AtomicUsize::new(0));
    let runs = Arc::clone(&inner_runs);
    mount(&root, move || {
        vec![
            el("header").into(),
            Child::live(move || {
                let runs = Arc::clone(&runs);
                shown.get().then(|| {
                    el("section").live_text(move || {
                        runs.fetch_add(1, Ordering::SeqCst);
                        inner.get().to_string()
                    })
                })
            }),
            el("footer").into(),
        ]
    });
    assert_eq!(tags(&root), ["header", "section", "footer"]);
    assert_eq!(inner_runs.load(Ordering::SeqCst), 1);

    inner.set(1);
    settle().await;
    assert_eq!(
        inner_runs.load(Ordering::SeqCst),
        2,
        "the inner text follows"
    );
    assert_eq!(tags(&root), ["header", "section", "footer"]);

    shown.set(false);
    settle().await;
    assert_eq!(tags(&root), ["header", "footer"]);
    inner.set(2);
    settle().await;
    assert_eq!(
        inner_runs.load(Ordering::SeqCst),
        2,
        "the removed build's effect no longer runs"
    );

    shown.set(true);
    settle().await;
    assert_eq!(tags(&root), ["header", "section", "footer"]);
    let section = root.children().item(1).expect("the section");
    assert_eq!(section.text_content().as_deref(), Some("2"));
}

#[wasm_bindgen_test]
async fn a_live_value_follows_its_signal_in_the_same_field() {
    let root = container();
    let note = RwSignal::new("draft".to_string());
    mount(&root, move || {
        vec![el("textarea").live_value(move || note.get()).into()]
    });
    let field = root
        .first_element_child()
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        .expect("the text area");
    assert_eq!(field.value(), "draft");

    // A change from elsewhere (another tab) is shown, in the field being typed in.
    note.set("from the other tab".into());
    settle().await;
    assert_eq!(field.value(), "from the other tab");
    let same = root.first_element_child().expect("still there");
    assert!(
        same.is_same_node(Some(&field)),
        "the field is updated, not replaced"
    );
}

#[wasm_bindgen_test]
fn text_that_looks_like_markup_becomes_one_text_node_and_nothing_else() {
    let root = container();
    let payload = "<img src=x onerror=\"window.__xss = 1\"><b>bold?</b>";
    mount(&root, move || {
        vec![el("p")
            .attr("title", payload)
            .text(payload)
            .live_text(move || payload.to_string())
            .into()]
    });
    let p = root.first_element_child().expect("the paragraph");
    assert_eq!(
        p.children().length(),
        0,
        "no element was parsed out of the text"
    );
    let nodes = p.child_nodes();
    let texts: Vec<String> = (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .map(|node| {
            assert_eq!(node.node_type(), web_sys::Node::TEXT_NODE);
            node.text_content().unwrap_or_default()
        })
        .collect();
    assert_eq!(texts, [payload, payload]);
    assert_eq!(p.get_attribute("title").as_deref(), Some(payload));
}

#[wasm_bindgen_test]
fn markup_is_parsed_in_its_place_among_the_other_children() {
    let root = container();
    mount(&root, || {
        vec![el("button")
            .text("before ")
            .markup("<svg viewBox=\"0 0 1 1\"></svg>")
            .child(el("span").text("after"))
            .into()]
    });
    let button = root.first_element_child().expect("the button");
    assert_eq!(tags(&button), ["svg", "span"]);
    assert_eq!(button.text_content().as_deref(), Some("before after"));
}

#[wasm_bindgen_test]
async fn a_live_view_is_rebuilt_only_when_its_memo_changes() {
    let root = container();
    let minutes = RwSignal::new(90_u32);
    let ticks = RwSignal::new(0_u32);
    let builds = Arc::new(AtomicUsize::new(0));
    let counted = Arc::clone(&builds);
    mount(&root, move || {
        // What is shown depends on the length alone; the ticking clock changes nothing.
        let shown = Memo::new(move |_| {
            ticks.track();
            minutes.get() / 30
        });
        vec![el("div")
            .live_view(shown, move |parts| {
                counted.fetch_add(1, Ordering::SeqCst);
                // Read while building, but not tracked: it does not rebuild the view.
                let _ = ticks.get();
                vec![el("span").text(parts.to_string())]
            })
            .into()]
    });
    let first = root
        .query_selector("span")
        .expect("a query")
        .expect("the span");
    assert_eq!(builds.load(Ordering::SeqCst), 1, "built once");
    ticks.set(1);
    settle().await;
    assert_eq!(
        builds.load(Ordering::SeqCst),
        1,
        "the clock ticked: not rebuilt"
    );
    minutes.set(100);
    settle().await;
    assert_eq!(builds.load(Ordering::SeqCst), 1, "unchanged: not rebuilt");
    let same = root
        .query_selector("span")
        .expect("a query")
        .expect("the span");
    assert!(first.is_same_node(Some(&same)));
    minutes.set(120);
    settle().await;
    assert_eq!(builds.load(Ordering::SeqCst), 2);
    assert_eq!(root.text_content().as_deref(), Some("4"));
}
