//! Live counters for any site (docs/campaigns.md): `/{lang}/counter`, a page small enough for an
//! `<iframe>` anywhere (the only page every site may frame), and `/{lang}/counter.svg`, a badge
//! for an `<img>`. Both show the collection's total, or a public partner's own count, in the
//! page language; `progress.js` keeps the page's figure fresh from `/api/v1/counter`.

use maud::{html, Markup, DOCTYPE};

use super::layout::{head_basics, unbroken, Site};

/// What a counter shows.
pub struct Count<'a> {
    /// Statements of support.
    pub count: u64,
    /// The goal the meter measures against (the success rule's total).
    pub goal: u64,
    /// The public partner counted, if the counter is a partner's.
    pub partner: Option<&'a str>,
}

/// The counter page, framed on any site.
pub fn counter_page(site: &Site, count: &Count) -> Markup {
    let t = site.texts();
    let statements = t.count_around("progress-total", count.count, &t.number(count.count));
    let heading = match count.partner {
        Some(partner) => t.with("counter-partner", &[("partner", partner)]),
        None => site.initiative.title.clone(),
    };
    html! {
        (DOCTYPE)
        html lang=(site.lang.code()) {
            head {
                (head_basics(site, &format!("{statements} — {}", site.initiative.title)))
                script src="/assets/progress.js" defer {}
            }
            body class="counter" {
                main id="counter" data-lang=(site.lang.code()) data-partner=[count.partner.and(site.partner.map(|p| p.code.as_str()))] {
                    p class="counter-heading" { (heading) }
                    p class="counter-total" id="counter-total" { (statements) }
                    meter id="counter-meter" min="0" max=(count.goal) value=(count.count.min(count.goal))
                        aria-labelledby="counter-total" {}
                    p class="counter-goal" { (t.with("counter-goal", &[("goal", &t.number(count.goal))])) }
                    p {
                        a href=(site.absolute(&format!("/{}/", site.lang.code()))) target="_blank" rel="noopener" {
                            (t.get("counter-sign"))
                        }
                    }
                }
            }
        }
    }
}

/// An approximate width of `text` in the badge's 11 px sans-serif, so the box fits it.
fn text_width(text: &str) -> usize {
    text.chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | '.' | ',' | ' ' | '\u{a0}' | '\u{202f}' | '\'' => 3,
            'm' | 'w' | 'M' | 'W' => 10,
            c if c.is_uppercase() => 8,
            _ => 6,
        })
        .sum()
}

/// The badge: "N statements of support", with the initiative's name as its title.
pub fn counter_badge(site: &Site, count: &Count) -> Markup {
    let t = site.texts();
    let label = unbroken(&t.get("counter-badge"));
    let value = t.number(count.count);
    let statements = unbroken(&t.count_around("progress-total", count.count, &value));
    let (lw, vw) = (text_width(&label) + 12, text_width(&value) + 12);
    let width = lw + vw;
    html! {
        svg xmlns="http://www.w3.org/2000/svg" width=(width) height="20" role="img"
            aria-label=(statements) viewBox={ "0 0 " (width) " 20" } {
            title { (statements) " — " (site.initiative.title) }
            rect width=(lw) height="20" fill="#1d3557" {}
            rect x=(lw) width=(vw) height="20" fill="#2a7a3b" {}
            g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" {
                text x="6" y="14" { (label) }
                text x=(lw + 6) y="14" { (value) }
            }
        }
    }
}
