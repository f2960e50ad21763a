//! The four actors drawn as flat little people, shared by [`super::actor_figure`] and
//! [`super::Boat`]. Each figure stands in a 120 × 120 box, feet on its bottom edge.
//!
//! Constant SVG markup, not `view!` code: every element written in `view!` becomes wasm code,
//! while a string literal costs only its bytes. The figures have no words, so the markup is
//! the same in every language. Each macro expands to one string literal, so that the drawings
//! can `concat!` a figure into their own constant markup; no `style` attributes (the CSP
//! forbids them), only classes and presentation attributes.

/// The shoulders of a figure centred on x = 60: a rounded torso down to the box's bottom.
macro_rules! torso {
    () => {
        r#"<path class="ill-fig__body" d="M28 120 V94 C28 74 42 64 60 64 C78 64 92 74 92 94 V120 Z"/>"#
    };
}

/// Eyes and a smile for a head centred on (60, 42).
macro_rules! face {
    () => {
        concat!(
            r#"<g class="ill-fig__face">"#,
            r#"<circle class="ill-fig__eye" cx="54.5" cy="43" r="1.9"/>"#,
            r#"<circle class="ill-fig__eye" cx="65.5" cy="43" r="1.9"/>"#,
            r#"<path class="ill-fig__smile" d="M55 49.5 Q60 53.5 65 49.5" fill="none" stroke-width="1.8" stroke-linecap="round"/>"#,
            r#"</g>"#,
        )
    };
}

/// Someone with a briefcase, in a suit and a tie.
macro_rules! business_figure {
    () => {
        concat!(
            r#"<g class="ill-fig ill-fig--business">"#,
            $crate::ui::illustrations::figures::torso!(),
            r#"<path class="ill-fig__shirt" d="M50 65 L60 86 L70 65 Z"/>"#,
            r#"<path class="ill-fig__tie" d="M57 68 H63 L61 72 L65 92 L60 98 L55 92 L59 72 Z"/>"#,
            r#"<circle class="ill-fig__skin ill-fig__skin--1" cx="60" cy="42" r="16"/>"#,
            r#"<path class="ill-fig__hair ill-fig__hair--dark" d="M44 42 C43 27 52 22 61 22 C71 22 78 28 76 40 C71 33 62 31 50 34 C47 36 45 39 44 42 Z"/>"#,
            $crate::ui::illustrations::figures::face!(),
            r#"<g class="ill-fig__case">"#,
            r#"<path class="ill-fig__case-handle" d="M96 94 V90 Q96 86 100 86 H106 Q110 86 110 90 V94" fill="none" stroke-width="3"/>"#,
            r#"<rect class="ill-fig__case-box" x="90" y="93" width="26" height="20" rx="3"/>"#,
            r#"<rect class="ill-fig__case-strap" x="90" y="100" width="26" height="3"/>"#,
            r#"</g>"#,
            r#"</g>"#,
        )
    };
}

/// A developer with a laptop showing code brackets.
macro_rules! dev_figure {
    () => {
        concat!(
            r#"<g class="ill-fig ill-fig--dev">"#,
            $crate::ui::illustrations::figures::torso!(),
            r#"<path class="ill-fig__hood" d="M44 66 Q60 80 76 66" fill="none" stroke-width="3" stroke-linecap="round"/>"#,
            r#"<circle class="ill-fig__skin ill-fig__skin--2" cx="60" cy="42" r="16"/>"#,
            r#"<path class="ill-fig__hair ill-fig__hair--brown" d="M44 44 C40 28 50 20 62 21 C74 22 80 30 77 44 C75 36 70 32 64 31 C58 35 50 37 44 44 Z"/>"#,
            $crate::ui::illustrations::figures::face!(),
            r#"<g class="ill-fig__glasses" fill="none" stroke-width="2">"#,
            r#"<circle cx="54.5" cy="43" r="5.2"/>"#,
            r#"<circle cx="65.5" cy="43" r="5.2"/>"#,
            r#"</g>"#,
            r#"<rect class="ill-fig__laptop" x="32" y="78" width="56" height="34" rx="4"/>"#,
            r#"<g class="ill-fig__code" fill="none" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round">"#,
            r#"<path d="M50 88 L44 95 L50 102"/>"#,
            r#"<path d="M63 86 L57 104"/>"#,
            r#"<path d="M70 88 L76 95 L70 102"/>"#,
            r#"</g>"#,
            r#"<rect class="ill-fig__laptop-base" x="26" y="111" width="68" height="5" rx="2"/>"#,
            r#"</g>"#,
        )
    };
}

/// Someone from operations with a headset, and a gauge on the chest.
macro_rules! ops_figure {
    () => {
        concat!(
            r#"<g class="ill-fig ill-fig--ops">"#,
            $crate::ui::illustrations::figures::torso!(),
            r#"<circle class="ill-fig__skin ill-fig__skin--3" cx="60" cy="42" r="16"/>"#,
            r#"<path class="ill-fig__hair ill-fig__hair--black" d="M44 40 C44 27 52 23 60 23 C69 23 76 27 76 40 C72 34 66 31 60 31 C54 31 48 34 44 40 Z"/>"#,
            $crate::ui::illustrations::figures::face!(),
            r#"<path class="ill-fig__headset" d="M42 44 V38 A18 18 0 0 1 78 38 V44" fill="none" stroke-width="4"/>"#,
            r#"<rect class="ill-fig__headset-pad" x="38" y="37" width="8" height="14" rx="3"/>"#,
            r#"<rect class="ill-fig__headset-pad" x="74" y="37" width="8" height="14" rx="3"/>"#,
            r#"<path class="ill-fig__headset" d="M78 50 Q78 58 68 58" fill="none" stroke-width="3" stroke-linecap="round"/>"#,
            r#"<circle class="ill-fig__headset-pad" cx="66" cy="58" r="3"/>"#,
            r#"<path class="ill-fig__gauge" d="M44 104 A16 16 0 0 1 76 104 Z"/>"#,
            r#"<path class="ill-fig__gauge-arc" d="M48 104 A12 12 0 0 1 72 104" fill="none" stroke-width="2.5"/>"#,
            r#"<path class="ill-fig__gauge-needle" d="M60 104 L68 94" stroke-width="3" stroke-linecap="round"/>"#,
            r#"<circle class="ill-fig__gauge-needle-hub" cx="60" cy="104" r="2.5"/>"#,
            r#"</g>"#,
        )
    };
}

/// A small crowd: two people behind one who holds a phone.
macro_rules! users_figure {
    () => {
        concat!(
            r#"<g class="ill-fig ill-fig--users">"#,
            r#"<g class="ill-fig__other" transform="translate(0 34) scale(0.7)">"#,
            r#"<path class="ill-fig__body ill-fig__body--back-1" d="M28 120 V94 C28 74 42 64 60 64 C78 64 92 74 92 94 V120 Z"/>"#,
            r#"<circle class="ill-fig__skin ill-fig__skin--4" cx="60" cy="42" r="16"/>"#,
            r#"<path class="ill-fig__hair ill-fig__hair--blond" d="M43 46 C39 26 52 21 61 22 C72 22 80 30 77 48 C76 38 70 32 60 32 C52 32 46 37 43 46 Z"/>"#,
            $crate::ui::illustrations::figures::face!(),
            r#"</g>"#,
            r#"<g class="ill-fig__other" transform="translate(50 34) scale(0.7)">"#,
            r#"<path class="ill-fig__body ill-fig__body--back-2" d="M28 120 V94 C28 74 42 64 60 64 C78 64 92 74 92 94 V120 Z"/>"#,
            r#"<circle class="ill-fig__skin ill-fig__skin--3" cx="60" cy="42" r="16"/>"#,
            r#"<path class="ill-fig__hair ill-fig__hair--black" d="M44 40 C44 27 52 23 60 23 C69 23 76 27 76 40 C72 34 66 31 60 31 C54 31 48 34 44 40 Z"/>"#,
            $crate::ui::illustrations::figures::face!(),
            r#"</g>"#,
            $crate::ui::illustrations::figures::torso!(),
            r#"<circle class="ill-fig__skin ill-fig__skin--5" cx="60" cy="42" r="16"/>"#,
            r#"<path class="ill-fig__hair ill-fig__hair--red" d="M43 48 C38 26 52 21 60 21 C70 21 82 27 77 48 C75 40 73 35 70 32 C62 35 52 36 47 34 C45 38 44 42 43 48 Z"/>"#,
            $crate::ui::illustrations::figures::face!(),
            r#"<rect class="ill-fig__phone" x="63" y="82" width="17" height="27" rx="3.5"/>"#,
            r#"<rect class="ill-fig__phone-screen" x="65.5" y="85.5" width="12" height="18" rx="1.5"/>"#,
            r#"</g>"#,
        )
    };
}

pub(super) use {business_figure, dev_figure, face, ops_figure, torso, users_figure};
