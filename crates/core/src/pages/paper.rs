//! `/{lang}/paper?nationality=XX`: a statement-of-support form to print, on the paper model of
//! Annex III of Regulation (EU) 2019/788: points 1 to 8 (the nationality and the initiative's
//! register data), one row per signatory with the fields of that member state of nationality,
//! the declaration and the privacy statement in full, and the partner that collects it when
//! there is one. `style.css` fits it on one A4
//! page (the browser tests print every member state's form to PDF and count the pages).

use maud::{html, Markup};

use super::ids::{document_id, label_id};
use super::layout::{layout, Site};
use super::particulars::{particulars, privacy_statement};
use super::sign::{nationality_choice, partner_note};
use crate::rules::{Field, Part, StateRules};

/// Rows for signatories on one sheet.
pub const PAPER_ROWS: usize = 8;

/// The columns of the signatories' table: the state's fields (the document's type and number in
/// one column), then the date and signature.
fn columns(site: &Site, state: &StateRules) -> Vec<String> {
    let t = site.texts();
    let mut out = Vec::new();
    for field in &state.fields {
        out.push(t.get(&label_id(*field)));
    }
    match state.documents.as_slice() {
        [] => {}
        [only] => out.push(t.get(document_id(&only.doc_type))),
        documents => out.push(format!(
            "{} ({})",
            t.get(&label_id(Field::IdNumber)),
            documents
                .iter()
                .map(|d| t.get(document_id(&d.doc_type)))
                .collect::<Vec<_>>()
                .join(" / ")
        )),
    }
    out.push(t.get("paper-date-signature"));
    out
}

/// The form for nationals of `iso`, or, without a state, the choice of one.
pub fn paper(site: &Site, state: Option<(&str, &StateRules)>) -> Markup {
    let t = site.texts();
    let Some((iso, state)) = state else {
        return layout(
            site,
            &t.get("paper-title"),
            "paper",
            html! {
                h1 { (t.get("paper-title")) }
                p { (t.get("paper-intro")) }
                (partner_note(site))
                (nationality_choice(site, None, "paper"))
            },
        );
    };
    let part = match state.part() {
        Part::A => t.get("paper-part-a"),
        Part::B => t.get("paper-part-b"),
    };
    let columns = columns(site, state);
    layout(
        site,
        &t.get("paper-title"),
        &format!("paper?nationality={iso}"),
        html! {
            div class="paper" {
                h1 { (t.get("paper-title")) }
                p class="paper-part" { (part) }
                p class="no-print" { (t.get("paper-intro")) }
                @if let Some(partner) = site.partner {
                    p { (t.with("paper-collected-by", &[("partner", &partner.name)])) }
                }
                (particulars(site, Some(iso)))
                @if let Some(note) = &state.form_note { p class="paper-small" { (t.get(note)) } }
                p class="paper-declaration" { (t.get("declaration")) }
                // On a phone the rows scroll inside their frame, which the keyboard can reach; the
                // table's name stays above it, in view.
                p class="paper-caption" id="paper-rows-caption" { (t.get("paper-table-caption")) }
                div class="paper-rows" tabindex="0" role="region" aria-labelledby="paper-rows-caption" {
                table class="paper-table" aria-labelledby="paper-rows-caption" {
                    thead { tr { @for c in &columns { th scope="col" { (c) } } } }
                    tbody {
                        @for _ in 0..PAPER_ROWS {
                            tr { @for _ in &columns { td {} } }
                        }
                    }
                }
                }
                div class="paper-small" { (privacy_statement(site, false)) }
            }
        },
    )
}
