//! The signing pages: the nationality choice and the Annex III form for one nationality, with
//! errors next to their fields and the input kept.

use maud::{html, Markup};

use super::ids::{autocomplete, document_id, error_id, hint_id, label_id};
use super::layout::{
    layout, sort_key, state_name, states_by_name, Notice, Site, Values, BOT_TOKEN_FIELD,
    NO_WIDGET_TOKEN, TURNSTILE_ACTION, TURNSTILE_SCRIPT,
};
use super::particulars::{particulars, privacy_statement};
use crate::i18n::Texts;
use crate::rules::{country_codes, Field, StateRules};
use crate::statement::{
    ErrorCode, FieldError, DECLARATION, EMAIL, EMAIL_CONSENT, ID_NUMBER_CONFIRMED, NATIONALITY,
    PARTNER, PARTNER_CONSENT,
};

/// The nationality choice: a GET form, so it works without JavaScript (and `sign.js` brings the
/// chosen state's form into the same page where it runs). `selected` preselects a state: one a
/// link named, or one suggested from where the request comes from; it is never forced.
/// `page` is the page the choice leads to (`sign`, or `paper` for the form to print).
pub(crate) fn nationality_choice(site: &Site, selected: Option<&str>, page: &str) -> Markup {
    let t = site.texts();
    let inline = page == "sign";
    html! {
        form method="get" action={ "/" (site.lang.code()) "/" (page) } class="choose" id="choose"
            data-form=[inline.then(|| format!("/{}/sign", site.lang.code()))] {
            @if let Some(partner) = site.partner {
                input type="hidden" name=(PARTNER) value=(partner.code);
            }
            label for="nationality" { (t.get("nationality-label")) }
            p class="hint" id="nationality-hint" { (t.get("nationality-hint")) }
            select id="nationality" name="nationality" aria-describedby="nationality-hint" required {
                option value="" { (t.get("choose-option")) }
                @for (iso, name) in states_by_name(site) {
                    option value=(iso) selected[selected == Some(iso.as_str())] { (name) }
                }
            }
            button type="submit" { (t.get("continue")) }
        }
        @if inline { div id="inline-form" {} }
    }
}

/// The partner a signatory came through, said at the top of the signing pages.
pub(crate) fn partner_note(site: &Site) -> Markup {
    html! {
        @if let Some(partner) = site.partner {
            p class="note" { (site.texts().with("partner-via", &[("partner", &partner.name)])) }
        }
    }
}

/// `/{lang}/sign` without a (known) nationality. An unknown code from the URL is shown only as
/// far as it could be a country code (up to three ASCII letters or digits): nothing else from the
/// address reaches the page, so no text from a link can speak on the collector's behalf, nor
/// reorder the sentence around it with bidirectional controls.
pub fn choose(site: &Site, unknown: Option<&str>) -> Markup {
    let t = site.texts();
    let unknown = unknown.map(|code| {
        let shown: String = code
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .take(3)
            .collect::<String>()
            .to_ascii_uppercase();
        if shown.is_empty() {
            "?".to_owned()
        } else {
            shown
        }
    });
    layout(
        site,
        &t.get("choose-title"),
        "sign",
        html! {
            h1 { (t.get("choose-title")) }
            (partner_note(site))
            @if let Some(code) = &unknown {
                div class="error-summary" role="alert" {
                    p { (t.with("unknown-nationality", &[("code", code)])) }
                }
            }
            (nationality_choice(site, None, "sign"))
        },
    )
}

fn input_id(key: &str) -> String {
    format!("f-{key}")
}

/// Label, hint, error and input of one text field, tied together for assistive technology.
fn text_field(
    t: &Texts,
    key: &str,
    label_text: &str,
    hint_text: Option<&str>,
    error: Option<ErrorCode>,
    input: impl FnOnce(&str, String) -> Markup,
) -> Markup {
    let id = input_id(key);
    let hint_id = format!("{id}-hint");
    let error_id_attr = format!("{id}-error");
    let mut described = Vec::new();
    if hint_text.is_some() {
        described.push(hint_id.clone());
    }
    if error.is_some() {
        described.push(error_id_attr.clone());
    }
    html! {
        div class={ "field" @if error.is_some() { " invalid" } } {
            label for=(id) { (label_text) }
            @if let Some(h) = hint_text { p class="hint" id=(hint_id) { (h) } }
            @if let Some(code) = error { p class="error" id=(error_id_attr) { (t.get(&error_id(code))) } }
            (input(&id, described.join(" ")))
        }
    }
}

/// `/{lang}/sign?nationality=XX`: the Annex III form for one nationality.
pub fn form(
    site: &Site,
    iso: &str,
    state: &StateRules,
    values: &dyn Values,
    errors: &[FieldError],
    notice: Option<Notice>,
) -> Markup {
    let title = site.texts().get("support-title");
    let path_after_lang = format!("sign?nationality={iso}");
    let body = html! {
        h1 { (title) }
        (form_fragment(site, iso, state, values, errors, notice))
    };
    layout(site, &title, &path_after_lang, body)
}

/// The form without the page around it: what `/{lang}/sign?nationality=XX&fragment=1` answers,
/// for `sign.js` to show it on the page where the nationality was chosen.
pub fn form_fragment(
    site: &Site,
    iso: &str,
    state: &StateRules,
    values: &dyn Values,
    errors: &[FieldError],
    notice: Option<Notice>,
) -> Markup {
    let t = site.texts();
    let t = &*t;
    let error_for = |key: &str| errors.iter().find(|e| e.field == key).map(|e| e.code);
    let value = |key: &str| values.value(key).unwrap_or("").to_owned();
    let max_length = |field: Field| site.rules.field_spec(field).map_or(256, |s| s.max_length);
    let needs_id_confirmation = error_for(Field::IdNumber.as_str())
        == Some(ErrorCode::UnusualFormat)
        || values.value(ID_NUMBER_CONFIRMED).is_some();
    let action = format!("/{}/sign", site.lang.code());
    // The country of residence as chosen, or the state of nationality to begin with.
    let residence = values
        .value(Field::Country.as_str())
        .map(str::to_owned)
        .unwrap_or_else(|| iso.to_owned());
    let fields_and_ids: Vec<&str> = state
        .required_fields()
        .iter()
        .map(|f| f.as_str())
        .chain([EMAIL, EMAIL_CONSENT, PARTNER_CONSENT, DECLARATION])
        .collect();
    // The summary lists errors in the order of the fields on the page, any other after them.
    let summary: Vec<&FieldError> = fields_and_ids
        .iter()
        .flat_map(|f| errors.iter().filter(move |e| e.field == *f))
        .chain(
            errors
                .iter()
                .filter(|e| !fields_and_ids.contains(&e.field.as_str())),
        )
        .collect();

    html! {
        (partner_note(site))
        p { (t.with("signing-as", &[("state", &state_name(t, iso))])) " "
            a href=(site.link(&format!("/{}/sign", site.lang.code()))) { (t.get("change-nationality")) } }
        @match notice {
            Some(Notice::BotCheckFailed) => div class="error-summary" role="alert" tabindex="-1" {
                p { (t.get("bot-check-failed")) }
            },
            Some(Notice::BotCheckUnavailable) => div class="error-summary" role="alert" tabindex="-1" {
                p { (t.get("bot-check-unavailable")) }
            },
            Some(Notice::WalletRefused(refusal)) => div class="error-summary" role="alert" tabindex="-1" {
                p { (t.get(refusal.page_message())) " (" (refusal.code()) ")" }
            },
            None => {}
        }
        @if !errors.is_empty() {
            div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" {
                h2 id="error-summary-title" { (t.get("error-summary-title")) }
                ul {
                    @for e in summary {
                        @let problem = t.get(&error_id(e.code));
                        // A key that is not the form's came from whoever posted the form (maybe
                        // another site): it is never shown, bidi controls and all.
                        @let line = field_title(t, &e.field).map_or_else(|| problem.clone(), |title| format!("{title}: {problem}"));
                        li {
                            @if fields_and_ids.contains(&e.field.as_str()) {
                                a href={ "#" (input_id(&e.field)) } { (line) }
                            } @else {
                                (line)
                            }
                        }
                    }
                }
            }
        }
        (particulars(site, Some(iso)))
        @if let Some(note) = &state.form_note {
            p class="note" { (t.get(note)) }
        }
        form method="post" action=(action) novalidate {
            input type="hidden" name=(NATIONALITY) value=(iso);
            @if let Some(partner) = site.partner {
                input type="hidden" name=(PARTNER) value=(partner.code);
            }
            (wallet_choice(site, t, iso))
            fieldset {
                legend { (t.get("your-details")) }
                p class="hint" { (t.get("all-required")) }
                @for field in &state.fields {
                    @let key = field.as_str();
                    @let error = error_for(key);
                    @let hint = hint_id(*field).map(|id| t.get(id));
                    @if *field == Field::Country {
                        (text_field(t, key, &t.get(&label_id(*field)), hint.as_deref(), error, |id, described| html! {
                            select id=(id) name=(key) autocomplete=(autocomplete(*field))
                                aria-describedby=[(!described.is_empty()).then_some(&described)]
                                aria-invalid=[error.map(|_| "true")] {
                                @for (code, name) in countries(site) {
                                    option value=(code) selected[residence == code]
                                        data-postcode=[(!site.rules.postal_code_rule(&code).optional).then_some("required")] { (name) }
                                }
                            }
                        }))
                    } @else {
                        // Whether the country of residence shown has postal codes the validator
                        // requires (`sign.js` updates it when another country is chosen).
                        @let optional = *field == Field::PostalCode
                            && site.rules.postal_code_rule(&residence).optional;
                        (text_field(t, key, &t.get(&label_id(*field)), hint.as_deref(), error, |id, described| html! {
                            input type="text" id=(id) name=(key) value=(value(key))
                                autocomplete=(autocomplete(*field)) maxlength=(max_length(*field))
                                aria-describedby=[(!described.is_empty()).then_some(&described)]
                                aria-invalid=[error.map(|_| "true")]
                                required[!optional];
                        }))
                    }
                }
                @if !state.documents.is_empty() {
                    (document_fields(site, t, state, values, &error_for, needs_id_confirmation))
                }
            }
            fieldset {
                legend { (t.get("keeping-in-touch")) }
                (text_field(t, EMAIL, &t.get("email-label"), Some(&t.get("email-hint")),
                    error_for(EMAIL), |id, described| html! {
                    input type="email" id=(id) name=(EMAIL) value=(value(EMAIL)) autocomplete="email"
                        maxlength="254" aria-describedby=(described) aria-invalid=[error_for(EMAIL).map(|_| "true")];
                }))
                (checkbox(t, EMAIL_CONSENT, &t.get("email-consent"),
                    error_for(EMAIL_CONSENT), values.value(EMAIL_CONSENT).is_some()))
                @if let Some(partner) = site.partner {
                    (checkbox(t, PARTNER_CONSENT, &t.with("partner-consent", &[("partner", &partner.name)]),
                        error_for(PARTNER_CONSENT), values.value(PARTNER_CONSENT).is_some()))
                }
            }
            fieldset {
                legend { (t.get("declaration-legend")) }
                (checkbox(t, DECLARATION, &t.get("declaration"), error_for(DECLARATION), values.value(DECLARATION).is_some()))
                (privacy_statement(site, true))
            }
            @if site.turnstile_site_key.is_empty() {
                input type="hidden" name=(BOT_TOKEN_FIELD) value=(NO_WIDGET_TOKEN);
            } @else {
                div class="cf-turnstile" data-sitekey=(site.turnstile_site_key) data-language=(site.lang.code())
                    data-action=(TURNSTILE_ACTION) {}
                script src=(TURNSTILE_SCRIPT) async defer {}
            }
            button type="submit" { (t.get("submit")) }
        }
    }
}

/// The choice of signing with the EU Digital Identity Wallet (docs/wallet.md): hidden, and
/// shown by static/assets/sign.js only where the browser has the Digital Credentials API; it
/// puts the wallet's answer into the form (`wallet_presentation`, `wallet_nonce`) and shows the
/// details it discloses in their fields, read-only, for the signatory to complete and send;
/// when the wallet gave every detail, the declaration becomes Annex III's eID variant. When the
/// flow fails it says so in the status line: an answer to ask again for, or the wallet not
/// usable just now (the typed form stays).
fn wallet_choice(site: &Site, t: &Texts, iso: &str) -> Markup {
    html! {
        @if site.wallet {
            div class="wallet" id="wallet" hidden data-nationality=(iso)
                data-filled=(t.get("wallet-filled"))
                data-again=(t.get("wallet-refused-again"))
                data-unavailable=(t.get("wallet-unavailable"))
                data-declaration-eid=(t.get("declaration-eid")) {
                p role="status" { (t.get("wallet-intro")) }
                button type="button" id="wallet-sign" { (t.get("wallet-button")) }
            }
        }
    }
}

fn document_fields(
    site: &Site,
    t: &Texts,
    state: &StateRules,
    values: &dyn Values,
    error_for: &dyn Fn(&str) -> Option<ErrorCode>,
    needs_id_confirmation: bool,
) -> Markup {
    let type_key = Field::IdType.as_str();
    let number_key = Field::IdNumber.as_str();
    let chosen = values.value(type_key).unwrap_or("");
    let number_label = match state.documents.as_slice() {
        [only] => t.get(document_id(&only.doc_type)),
        _ => t.get(&label_id(Field::IdNumber)),
    };
    let number_error = error_for(number_key);
    let max = site.rules.id_number_max_length;
    html! {
        @match state.documents.as_slice() {
            [only] => input type="hidden" name=(type_key) value=(only.doc_type);,
            documents => {
                fieldset class={ "field" @if error_for(type_key).is_some() { " invalid" } } id=(input_id(type_key)) {
                    legend { (t.get(&label_id(Field::IdType))) }
                    @if let Some(code) = error_for(type_key) { p class="error" { (t.get(&error_id(code))) } }
                    @for (i, doc) in documents.iter().enumerate() {
                        @let id = format!("{}-{i}", input_id(type_key));
                        div class="choice" {
                            input type="radio" id=(id) name=(type_key) value=(doc.doc_type)
                                checked[chosen == doc.doc_type] required;
                            label for=(id) { (t.get(document_id(&doc.doc_type))) }
                        }
                    }
                }
            }
        }
        (text_field(t, number_key, &number_label, Some(&t.get("id-number-hint")),
            number_error, |id, described| html! {
            input type="text" id=(id) name=(number_key) value=(values.value(number_key).unwrap_or(""))
                autocomplete="off" spellcheck="false" autocapitalize="characters" maxlength=(max)
                aria-describedby=(described) aria-invalid=[number_error.map(|_| "true")] required;
        }))
        @if needs_id_confirmation {
            (checkbox(t, ID_NUMBER_CONFIRMED, &t.get("id-number-confirm"),
                None, values.value(ID_NUMBER_CONFIRMED).is_some()))
        }
    }
}

fn checkbox(t: &Texts, key: &str, text: &str, error: Option<ErrorCode>, checked: bool) -> Markup {
    let id = input_id(key);
    let error_id_attr = format!("{id}-error");
    html! {
        div class={ "field choice" @if error.is_some() { " invalid" } } {
            @if let Some(code) = error { p class="error" id=(error_id_attr) { (t.get(&error_id(code))) } }
            input type="checkbox" id=(id) name=(key) value="true" checked[checked]
                aria-describedby=[error.map(|_| &error_id_attr)] aria-invalid=[error.map(|_| "true")];
            label for=(id) { (text) }
        }
    }
}

/// A readable name for a key in the error summary.
/// The title of a form field in the page's language; `None` for a key that is not the form's.
fn field_title(t: &Texts, key: &str) -> Option<String> {
    Some(match key {
        EMAIL => t.get("field-email"),
        EMAIL_CONSENT | PARTNER_CONSENT => t.get("field-email-consent"),
        DECLARATION => t.get("declaration-legend"),
        NATIONALITY => t.get("field-nationality"),
        ID_NUMBER_CONFIRMED => t.get("field-id-number-confirmed"),
        other => t.get(&label_id(Field::from_name(other)?)),
    })
}

/// Countries of residence: the member states first, then every other country, each group in
/// the page language's alphabetical order of its names.
fn countries(site: &Site) -> Vec<(String, String)> {
    let t = site.texts();
    let mut others: Vec<(String, String)> = country_codes()
        .filter(|c| site.rules.state(c).is_none())
        .map(|c| (c.to_owned(), t.region(c)))
        .collect();
    others.sort_by_cached_key(|(_, name)| sort_key(site.lang, name));
    let mut out = states_by_name(site);
    out.extend(others);
    out
}
