//! `/{lang}/progress`: statements per member state against the thresholds.

use maud::{html, Markup};

use super::layout::{layout, state_name, Site};
use crate::rules::{Progress, StateProgress};

/// `/{lang}/progress`: statements per member state against the thresholds, as `<meter>` bars
/// (no inline style, so the CSP holds) that `progress.js` refreshes from `/api/v1/progress`.
pub fn progress(site: &Site, progress: &Progress) -> Markup {
    let t = site.texts();
    let t = &*t;
    let title = t.get("progress-title");
    let mut states: Vec<_> = progress.states.iter().collect();
    // Closest to its threshold first: the states that decide success.
    states.sort_by(|a, b| {
        let share = |s: &StateProgress| s.count as f64 / f64::from(s.threshold.max(1));
        share(b)
            .total_cmp(&share(a))
            .then_with(|| a.code.cmp(&b.code))
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
            table class="progress" {
                thead {
                    tr {
                        th scope="col" { (t.get("progress-state")) }
                        th scope="col" class="num" { (t.get("progress-count")) }
                        th scope="col" class="num" { (t.get("progress-threshold")) }
                    }
                }
                tbody {
                    @for state in states {
                        @let name = state_name(t, &state.code);
                        tr id={ "state-" (state.code) } class=[state.reached.then_some("reached")] {
                            th scope="row" {
                                span id={ "state-" (state.code) "-name" } { (name) }
                                meter min="0" max=(state.threshold) value=(state.count.min(u64::from(state.threshold)))
                                    aria-labelledby={ "state-" (state.code) "-name" } {}
                                // Shown by the row's `reached` class, which the script may set later.
                                span class="reached-mark" { (t.get("progress-reached")) }
                            }
                            td class="num count" { (t.number(state.count)) }
                            td class="num" { (t.number(u64::from(state.threshold))) }
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
