//! What Annex III of Regulation (EU) 2019/788 puts on every statement-of-support form besides
//! the signatory's fields, in its order and numbering (the privacy statement refers to "point 4
//! of this form"): the initiative's particulars, the declaration's neighbour the privacy
//! statement, and who the controller is. The online form, its confirmation and the paper forms
//! all show them from here.

use maud::{html, Markup};

use super::layout::{state_name, Site};
use crate::rules::{ContactPerson, Officer};

/// The number of paragraphs of Annex III's privacy statement (`privacy-1` … `privacy-6`).
pub const PRIVACY_PARAGRAPHS: usize = 6;

/// Points 1 to 8 of Annex III: the nationality the form is for (when there is one), the
/// registration number, the collection period, the register address, the title, the objectives,
/// the contact persons and the website if any. Numbered as in the Annex, also where point 1 or 8
/// is left out.
pub(crate) fn particulars(site: &Site, nationality: Option<&str>) -> Markup {
    let t = site.texts();
    let initiative = site.initiative;
    let period = t.with(
        "date-range",
        &[
            ("start", &t.date(initiative.collection_start)),
            ("end", &t.date(initiative.collection_end)),
        ],
    );
    // A configuration without them does not open (Initiative::check_particulars).
    let contacts = initiative.contact_list().unwrap_or_default();
    html! {
        section class="particulars" aria-labelledby="particulars-heading" {
            h2 id="particulars-heading" { (t.get("particulars-heading")) }
            ol {
                @if let Some(iso) = nationality {
                    li value="1" { (label(&t.get("particular-nationals"))) strong { (state_name(&t, iso)) } }
                }
                li value="2" { (label(&t.get("particular-registration"))) (initiative.id) }
                li value="3" { (label(&t.get("particular-period"))) (period) }
                li value="4" { (label(&t.get("particular-register")))
                    a href=(initiative.register_url) { (initiative.register_url) } }
                li value="5" { (label(&t.get("particular-title"))) (initiative.title) }
                li value="6" { (label(&t.get("particular-objectives"))) (initiative.objectives) }
                li value="7" { (label(&t.get("particular-contacts"))) (contact_persons(&contacts)) }
                @if !initiative.website.is_empty() {
                    li value="8" { (label(&t.get("particular-website")))
                        a href=(initiative.website) { (initiative.website) } }
                }
            }
        }
    }
}

fn label(text: &str) -> Markup {
    html! { span class="particular" { (text) } " " }
}

fn contact_persons(contacts: &[ContactPerson]) -> Markup {
    html! {
        @for (i, person) in contacts.iter().enumerate() {
            @if i > 0 { "; " }
            (person.name) " " a href={ "mailto:" (person.email) } { (person.email) }
        }
    }
}

/// Who the controller is, how to reach them and the data protection officer.
pub(crate) fn controller(site: &Site) -> Markup {
    let t = site.texts();
    let initiative = site.initiative;
    let representative = initiative
        .contact_list()
        .ok()
        .and_then(|list| list.into_iter().next())
        .map(|person| person.name)
        .unwrap_or_default();
    let controller = if initiative.legal_entity.trim().is_empty() {
        t.with("controller-representative", &[("name", &representative)])
    } else {
        initiative.legal_entity.clone()
    };
    html! {
        dl class="controller" {
            dt { (t.get("controller-label")) } dd { (controller) }
            dt { (t.get("controller-contact")) } dd { (contact(&initiative.controller_contact)) }
            dt { (t.get("dpo-label")) }
            dd {
                @match initiative.officer() {
                    Officer::Designated(officer) => (contact(&officer)),
                    Officer::None => (t.get("dpo-none")),
                }
            }
        }
    }
}

/// An e-mail address as a link; any other contact (a postal address) as text.
fn contact(text: &str) -> Markup {
    if crate::rules::particulars::is_plain_email(text.trim()) {
        html! { a href={ "mailto:" (text.trim()) } { (text.trim()) } }
    } else {
        html! { (text) }
    }
}

/// Annex III's privacy statement, word for word, then the controller's details and the link to
/// the notice on what the website itself processes. On screen in a disclosure element (the
/// statement is in the page, readable without JavaScript, one tap away); on paper in full.
pub(crate) fn privacy_statement(site: &Site, disclosure: bool) -> Markup {
    let t = site.texts();
    let body = html! {
        @for i in 1..=PRIVACY_PARAGRAPHS {
            p { (t.get(&format!("privacy-{i}"))) }
        }
        (controller(site))
    };
    html! {
        @if disclosure {
            details class="privacy" id="privacy-statement" {
                summary { (t.get("privacy-heading")) }
                (body)
                p { a href=(site.link(&format!("/{}/privacy", site.lang.code()))) { (t.get("notice-title")) } }
            }
        } @else {
            section class="privacy" {
                h2 { (t.get("privacy-heading")) }
                (body)
            }
        }
    }
}
