//! `/{lang}/progress`: statements per member state against the thresholds.

use maud::{html, Markup};

use super::layout::{layout, sort_key, state_name, Site};
use crate::rules::{Progress, StateProgress};

/// `/{lang}/progress`: statements per member state against the thresholds, as `<meter>` bars
/// (no inline style, so the CSP holds) that `progress.js` refreshes from `/api/v1/progress`.
pub fn progress(site: &Site, progress: &Progress) -> Markup {
    let t = site.texts();
    let t = &*t;
    let title = t.get("progress-title");
    let mut states: Vec<(&StateProgress, String)> = progress
        .states
        .iter()
        .map(|s| (s, sort_key(site.lang, &state_name(t, &s.code))))
        .collect();
    // Closest to its threshold first: the states that decide success; ties (every state before
    // the first signature) in the page language's alphabetical order of their names.
    states.sort_unstable_by(|(a, a_name), (b, b_name)| {
        let share = |s: &StateProgress| s.count as f64 / f64::from(s.threshold.max(1));
        share(b)
            .total_cmp(&share(a))
            .then_with(|| a_name.cmp(b_name))
    });
    let min_states = progress.min_states_over_threshold.to_string();
    let body = html! {
        h1 { (title) }
        div id="progress" data-lang=(site.lang.code()) {
            p class="total" id="progress-total" {
                (with_number(&t.count_around("progress-total", progress.total, NUMBER_MARK), &t.number(progress.total)))
            }
            meter id="progress-total-meter" min="0" max=(progress.min_total) value=(progress.total.min(progress.min_total))
                aria-labelledby="progress-total" {}
            p id="progress-states" {
                (with_number(&t.with("progress-states", &[("count", NUMBER_MARK), ("needed", &min_states)]),
                    &progress.states_over_threshold.to_string()))
            }
            p class="hint" {
                (t.with("progress-goal", &[("total", &t.number(progress.min_total)), ("needed", &min_states)]))
                " " (t.get("progress-updated"))
            }
            (map(site, progress))
            table class="progress" {
                // Two columns, the threshold under each count: three did not fit a phone in
                // every language.
                thead {
                    tr {
                        th scope="col" { (t.get("progress-state")) }
                        th scope="col" class="num" {
                            (t.get("progress-count")) span class="threshold" { "/ " (t.get("progress-threshold")) }
                        }
                    }
                }
                tbody {
                    @for (state, _) in states {
                        @let name = state_name(t, &state.code);
                        tr id={ "state-" (state.code) } class=[state.reached.then_some("reached")] {
                            th scope="row" {
                                span id={ "state-" (state.code) "-name" } { (name) }
                                meter min="0" max=(state.threshold) value=(state.count.min(u64::from(state.threshold)))
                                    aria-labelledby={ "state-" (state.code) "-name" } {}
                                // Shown by the row's `reached` class, which the script may set later.
                                span class="reached-mark" { (t.get("progress-reached")) }
                            }
                            td class="num" {
                                span class="count" { (t.number(state.count)) }
                                span class="threshold" { "/ " (t.number(u64::from(state.threshold))) }
                            }
                        }
                    }
                }
            }
        }
        script src="/assets/progress.js" defer {}
    };
    layout(site, &title, "progress", body)
}

/// Stands in for a number in a formatted message, so the page can wrap the number in an element
/// the script updates (a private-use character no catalogue contains).
const NUMBER_MARK: &str = "\u{e000}";

fn with_number(text: &str, number: &str) -> Markup {
    match text.split_once(NUMBER_MARK) {
        Some((before, after)) => html! { (before) span class="n" { (number) } (after) },
        None => html! { (text) },
    }
}

/// Where each member state sits on the map: a tile grid in which every state is one square,
/// placed roughly where it lies (so small states are as visible as large ones).
const TILES: [(&str, u16, u16); 27] = [
    ("FI", 6, 0),
    ("SE", 5, 1),
    ("EE", 7, 1),
    ("IE", 0, 2),
    ("DK", 4, 2),
    ("LV", 7, 2),
    ("NL", 3, 3),
    ("DE", 4, 3),
    ("PL", 5, 3),
    ("LT", 7, 3),
    ("BE", 2, 4),
    ("LU", 3, 4),
    ("CZ", 4, 4),
    ("SK", 5, 4),
    ("FR", 2, 5),
    ("AT", 4, 5),
    ("HU", 5, 5),
    ("RO", 6, 5),
    ("PT", 1, 6),
    ("ES", 2, 6),
    ("IT", 3, 6),
    ("SI", 4, 6),
    ("HR", 5, 6),
    ("BG", 6, 6),
    ("MT", 3, 7),
    ("GR", 6, 7),
    ("CY", 7, 7),
];
const TILE: u16 = 44;
const STEP: u16 = 48;

/// The share of its threshold a state reached, as one of five classes the style sheet colours
/// (and `progress.js` sets again when the figures change): none yet, under 25 %, 25 to 50 %,
/// 50 to 100 %, reached.
pub fn share_class(count: u64, threshold: u32) -> &'static str {
    let share = count as f64 / f64::from(threshold.max(1));
    match share {
        _ if count == 0 => "sz",
        s if s >= 1.0 => "s3",
        s if s >= 0.5 => "s2",
        s if s >= 0.25 => "s1",
        _ => "s0",
    }
}

/// The member states coloured by the share of their threshold reached. A picture for those who
/// see it; the table above it holds the same figures for everyone (and screen readers).
fn map(site: &Site, progress: &Progress) -> Markup {
    let t = site.texts();
    let t = &*t;
    let size = STEP * 8;
    html! {
        figure class="map" {
            svg id="progress-map" viewBox={ "0 0 " (size) " " (size) } width=(size) height=(size)
                role="img" aria-labelledby="map-title" {
                title id="map-title" { (t.get("map-title")) }
                @for (code, x, y) in TILES {
                    @if let Some(state) = progress.states.iter().find(|s| s.code == code) {
                        @let percent = (state.count * 100 / u64::from(state.threshold.max(1))).to_string();
                        g class={ "tile " (share_class(state.count, state.threshold)) } id={ "tile-" (code) } {
                            title { (t.with("map-share", &[("state", &state_name(t, code)), ("percent", &percent)])) }
                            rect x=(x * STEP) y=(y * STEP) width=(TILE) height=(TILE) rx="4" {}
                            text x=(x * STEP + TILE / 2) y=(y * STEP + TILE / 2 + 5) text-anchor="middle" { (code) }
                        }
                    }
                }
            }
            figcaption {
                (t.get("map-title"))
                ul class="legend" {
                    @for (class, id) in [("sz", "map-none"), ("s0", "map-under-25"), ("s1", "map-25-50"), ("s2", "map-50-100"), ("s3", "progress-reached")] {
                        li { span class={ "swatch " (class) } {} (t.get(id)) }
                    }
                }
            }
        }
    }
}
