//! "Dev or Ops?": the show of hands on the quote, a count typed per answer, each beside its bar.

use leptos::prelude::*;

use super::field::{Control, Field};
use crate::exercises::fields::HAND_FIELDS;
use crate::exercises::report::HAND_NAMES;
use crate::exercises::results::number;
use crate::exercises::Results;
use crate::i18n::{keys, text, Lang};
use crate::ui::context::{use_lang, use_notes};

/// A row per answer: its name, the count typed in, and its bar as it grows.
#[component]
pub fn Hands() -> impl IntoView {
    let notes = use_notes();
    let lang = use_lang().get_untracked();
    let rows = HAND_FIELDS
        .iter()
        .zip(HAND_NAMES)
        .enumerate()
        .map(|(i, (id, name))| {
            let share = move || {
                notes
                    .results
                    .with(|results| shares(&counts_of(results))[i].clone())
            };
            view! {
                <li class="hands__row">
                    <Field id=*id label=text(lang, name) control=Control::Number />
                    <span class="bars__track" aria-hidden="true">
                        <span class="bars__bar" style:inline-size=share></span>
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="exercise hands" aria-labelledby="hands-heading">
            <h2 id="hands-heading" class="exercise__heading">
                {text(lang, keys::exercises::hands::HEADING)}
            </h2>
            <ul class="hands__rows">{rows}</ul>
        </section>
    }
}

/// The counts of the four answers, in the order of [`HAND_FIELDS`].
pub fn counts_of(results: &Results) -> [Option<u16>; 4] {
    HAND_FIELDS.map(|id| number(results, id))
}

/// Each count's bar, as a share of the largest count (`"50%"`).
fn shares(counts: &[Option<u16>; 4]) -> [String; 4] {
    let largest = counts.iter().flatten().copied().max().unwrap_or(0).max(1);
    counts.map(|count| {
        format!(
            "{}%",
            u32::from(count.unwrap_or(0)) * 100 / u32::from(largest)
        )
    })
}

/// The show of hands as bars: one per answer, as long as its share of the largest count,
/// with the count written after it. A list, so that a screen reader reads each count.
#[component]
pub fn Bars(counts: [Option<u16>; 4], lang: Lang) -> impl IntoView {
    let rows = counts
        .iter()
        .zip(HAND_NAMES)
        .zip(shares(&counts))
        .map(|((count, name), share)| {
            view! {
                <li class="bars__row">
                    <span class="bars__label">{text(lang, name)}</span>
                    <span class="bars__track" aria-hidden="true">
                        <span class="bars__bar" style:inline-size=share></span>
                    </span>
                    <span class="bars__count">{count.unwrap_or(0).to_string()}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="bars" aria-label=text(lang, keys::exercises::hands::CHART)>
            {rows}
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_bar_is_its_share_of_the_largest_count() {
        assert_eq!(
            shares(&[Some(4), Some(2), None, Some(0)]),
            ["100%", "50%", "0%", "0%"]
        );
        // Nobody raised a hand: no bar, and no division by zero.
        assert_eq!(shares(&[None; 4]), ["0%"; 4]);
    }
}
