//! Server-rendered pages: landing, the Annex III form for one nationality (works without
//! JavaScript), field errors next to their fields with the input kept, confirmation, and the
//! closed-collection page. Pure functions from data to HTML (maud escapes every value), so they
//! are tested natively; the worker only picks the page and the status code.
//!
//! Texts are English in every language for now (see `i18n`).

use crate::i18n::Lang;
use crate::rules::{CollectionStatus, Field, FieldKind, Initiative, Ruleset, StateRules};
use crate::statement::{
    ErrorCode, FieldError, DECLARATION, EMAIL, EMAIL_CONSENT, ID_NUMBER_CONFIRMED, NATIONALITY,
};
use maud::{html, Markup, DOCTYPE};

/// Turnstile's client script, the only third-party script a page may load.
pub const TURNSTILE_SCRIPT: &str = "https://challenges.cloudflare.com/turnstile/v0/api.js";

/// The form field carrying the bot-check token. Without a Turnstile site key the page sends a
/// placeholder, which the configured verify endpoint judges like any token (Cloudflare's refuses
/// it; the local development stub accepts it), so the worker itself has no bypass.
pub const BOT_TOKEN_FIELD: &str = "cf-turnstile-response";
pub const NO_WIDGET_TOKEN: &str = "no-widget";

/// What every page needs to know.
pub struct Site<'a> {
    pub lang: Lang,
    /// The languages the initiative offers (the switcher lists them).
    pub languages: &'a [Lang],
    pub rules: &'a Ruleset,
    pub initiative: &'a Initiative,
    pub turnstile_site_key: &'a str,
    pub status: CollectionStatus,
}

/// The signatory's input to re-render after an error (values are as submitted).
pub trait Values {
    fn value(&self, key: &str) -> Option<&str>;
}

impl Values for crate::statement::RawSubmission {
    fn value(&self, key: &str) -> Option<&str> {
        self.get(key)
    }
}

/// No input yet (a fresh form).
pub struct Empty;

impl Values for Empty {
    fn value(&self, _key: &str) -> Option<&str> {
        None
    }
}

/// A notice shown above the form (e.g. the bot check failed; input is kept).
pub enum Notice {
    BotCheckFailed,
}

fn layout(site: &Site, title: &str, path_after_lang: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(site.lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " — " (site.initiative.title) }
                link rel="stylesheet" href="/assets/style.css";
                script src="/assets/sign.js" defer {}
            }
            body {
                a class="skip" href="#main" { "Skip to content" }
                header {
                    p class="initiative" {
                        a href={ "/" (site.lang.code()) "/" } { (site.initiative.title) }
                    }
                    nav aria-label="Language" {
                        details {
                            summary { "Language: " span lang=(site.lang.code()) { (site.lang.autonym()) } }
                            ul {
                                @for lang in site.languages {
                                    li {
                                        a href={ "/" (lang.code()) "/" (path_after_lang) } lang=(lang.code()) hreflang=(lang.code())
                                            aria-current=[(*lang == site.lang).then_some("true")] { (lang.autonym()) }
                                    }
                                }
                            }
                        }
                    }
                }
                main id="main" tabindex="-1" { (body) }
                footer {
                    p {
                        "European citizens' initiative " (site.initiative.id) ". "
                        @if !site.initiative.register_url.is_empty() {
                            a href=(site.initiative.register_url) { "Official register" }
                        }
                    }
                }
            }
        }
    }
}

fn period(site: &Site) -> Markup {
    html! {
        p {
            "Collection period: " (dd_mm_yyyy(site.initiative.collection_start)) " to "
            (dd_mm_yyyy(site.initiative.collection_end)) "."
        }
    }
}

fn dd_mm_yyyy(date: time::Date) -> String {
    format!(
        "{:02}/{:02}/{:04}",
        date.day(),
        u8::from(date.month()),
        date.year()
    )
}

fn state_name(rules: &Ruleset, iso: &str) -> String {
    rules
        .state(iso)
        .map_or_else(|| iso.to_owned(), |s| s.name.clone())
}

/// The nationality choice: a GET form, so it works without JavaScript.
fn nationality_choice(site: &Site, selected: Option<&str>) -> Markup {
    html! {
        form method="get" action={ "/" (site.lang.code()) "/sign" } class="choose" {
            label for="nationality" { "Your nationality" }
            p class="hint" id="nationality-hint" {
                "The data asked for depends on the member state of which you are a citizen. "
                "If you have several EU nationalities, choose one: you may support an initiative only once."
            }
            select id="nationality" name="nationality" aria-describedby="nationality-hint" required {
                option value="" { "Choose…" }
                @for (iso, state) in &site.rules.states {
                    option value=(iso) selected[selected == Some(iso.as_str())] { (state.name) }
                }
            }
            button type="submit" { "Continue" }
        }
    }
}

/// `/{lang}/`: the initiative and the nationality choice.
pub fn landing(site: &Site) -> Markup {
    layout(
        site,
        "Support this initiative",
        "",
        html! {
            h1 { (site.initiative.title) }
            p { "Registration number: " strong { (site.initiative.id) } }
            (period(site))
            @match site.status {
                CollectionStatus::Open => {
                    p { "Any citizen of the European Union old enough in their member state can support this initiative online. It takes about a minute." }
                    (nationality_choice(site, None))
                }
                status => (closed_text(status)),
            }
        },
    )
}

/// `/{lang}/sign` without a (known) nationality.
pub fn choose(site: &Site, unknown: Option<&str>) -> Markup {
    layout(
        site,
        "Choose your nationality",
        "sign",
        html! {
            h1 { "Choose your nationality" }
            @if let Some(code) = unknown {
                div class="error-summary" role="alert" {
                    p { "“" (code) "” is not a member state of the European Union." }
                }
            }
            (nationality_choice(site, None))
        },
    )
}

fn closed_text(status: CollectionStatus) -> Markup {
    html! {
        p class="closed" role="status" {
            @if status == CollectionStatus::NotStarted {
                "The collection of statements of support has not started yet. Please come back once it has."
            } @else {
                "The collection of statements of support has ended. Thank you for your interest."
            }
        }
    }
}

/// The page for signing attempts outside the collection period (served with 410).
pub fn closed(site: &Site) -> Markup {
    layout(
        site,
        "Collection closed",
        "sign",
        html! {
            h1 { "Collection closed" }
            (period(site))
            (closed_text(site.status))
        },
    )
}

/// A short page with a heading and a message (duplicate, errors outside the form).
pub fn message(site: &Site, heading: &str, text: &str) -> Markup {
    layout(
        site,
        heading,
        "",
        html! {
            h1 { (heading) }
            p { (text) }
            p { a href={ "/" (site.lang.code()) "/" } { "Back to the initiative" } }
        },
    )
}

/// The confirmation page with the statement id (needed to ask for the statement's erasure).
pub fn confirmation(site: &Site, statement_id: &str) -> Markup {
    layout(
        site,
        "Thank you",
        "",
        html! {
            h1 { "Thank you: your support has been recorded" }
            p { "Your statement of support was encrypted for the organisers and stored." }
            p { "Statement number: " code id="statement-id" { (statement_id) } }
            p class="hint" {
                "Keep this number if you may later want to ask the organisers to delete your statement. "
                "It does not reveal anything about you."
            }
        },
    )
}

fn label(field: Field) -> &'static str {
    match field {
        Field::FullFirstNames => "Full first names",
        Field::FamilyNames => "Family names",
        Field::DateOfBirth => "Date of birth",
        Field::Street => "Street",
        Field::StreetNumber => "Number",
        Field::PostalCode => "Postal code",
        Field::City => "City",
        Field::Country => "Country of residence",
        Field::IdType => "Type of document",
        Field::IdNumber => "Document number",
    }
}

fn hint(field: Field) -> Option<&'static str> {
    match field {
        Field::FullFirstNames => Some("All your first names, as in your identity document."),
        Field::FamilyNames => Some("All your family names, as in your identity document."),
        Field::DateOfBirth => Some("Day, month and year, for example 31/12/1990."),
        _ => None,
    }
}

fn autocomplete(field: Field) -> &'static str {
    match field {
        Field::FullFirstNames => "given-name",
        Field::FamilyNames => "family-name",
        Field::DateOfBirth => "bday",
        Field::Street => "address-line1",
        Field::StreetNumber => "address-line2",
        Field::PostalCode => "postal-code",
        Field::City => "address-level2",
        Field::Country => "country",
        Field::IdType | Field::IdNumber => "off",
    }
}

/// English names of identification documents (`type` values in the ruleset).
pub fn document_label(doc_type: &str) -> &str {
    match doc_type {
        "passport" => "Passport",
        "id.card" => "Identity card",
        "citizens.card" => "Citizen card",
        "national.id.number" | "personal.id" => "Personal identification number",
        "personal.number" => "Personal number",
        other => other,
    }
}

/// English text for an error code on a page.
pub fn error_message(code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::Required => "This field is required.",
        ErrorCode::TooLong => "This is too long.",
        ErrorCode::InvalidCharacters => "This contains characters that are not allowed here.",
        ErrorCode::InvalidFormat => "This does not have the expected format.",
        ErrorCode::UnusualFormat => {
            "This number does not look like the usual format; confirm it if it is right."
        }
        ErrorCode::Checksum => "This number is not valid (its check digit does not match).",
        ErrorCode::InvalidDate => "This is not a valid date.",
        ErrorCode::DateInFuture => "This date is in the future.",
        ErrorCode::TooYoung => {
            "You are not yet old enough to support an initiative in your member state."
        }
        ErrorCode::NotAllowed => "This is not asked for your nationality.",
        ErrorCode::UnknownField => "Unknown field.",
        ErrorCode::DuplicateField => "This field was sent twice.",
        ErrorCode::WrongType => "This has the wrong type.",
        ErrorCode::UnknownNationality => "Only citizens of an EU member state can sign.",
        ErrorCode::DocumentTypeNotAccepted => {
            "Your member state does not accept this document type."
        }
        ErrorCode::DeclarationRequired => "Please confirm the declaration.",
        ErrorCode::ConsentRequired => {
            "Please consent to being contacted, or leave the e-mail address empty."
        }
        ErrorCode::InvalidEmail => "This is not a valid e-mail address.",
    }
}

/// The declaration of Annex III.
pub const DECLARATION_TEXT: &str =
    "I hereby certify that the information provided in this form is correct \
     and that I have not already supported this proposed citizens' initiative.";

fn input_id(key: &str) -> String {
    format!("f-{key}")
}

/// Label, hint, error and input of one text field, tied together for assistive technology.
fn text_field(
    key: &str,
    label_text: &str,
    hint_text: Option<&str>,
    error: Option<ErrorCode>,
    input: impl FnOnce(&str, String) -> Markup,
) -> Markup {
    let id = input_id(key);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let mut described = Vec::new();
    if hint_text.is_some() {
        described.push(hint_id.clone());
    }
    if error.is_some() {
        described.push(error_id.clone());
    }
    html! {
        div class={ "field" @if error.is_some() { " invalid" } } {
            label for=(id) { (label_text) }
            @if let Some(h) = hint_text { p class="hint" id=(hint_id) { (h) } }
            @if let Some(code) = error { p class="error" id=(error_id) { (error_message(code)) } }
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
    let error_for = |key: &str| errors.iter().find(|e| e.field == key).map(|e| e.code);
    let value = |key: &str| values.value(key).unwrap_or("").to_owned();
    let max_length = |field: Field| site.rules.field_spec(field).map_or(256, |s| s.max_length);
    let needs_id_confirmation = error_for(Field::IdNumber.as_str())
        == Some(ErrorCode::UnusualFormat)
        || values.value(ID_NUMBER_CONFIRMED).is_some();
    let action = format!("/{}/sign", site.lang.code());
    let path_after_lang = format!("sign?nationality={iso}");
    let fields_and_ids: Vec<&str> = state
        .required_fields()
        .iter()
        .map(|f| f.as_str())
        .chain([EMAIL, EMAIL_CONSENT, DECLARATION])
        .collect();

    let body = html! {
        h1 { "Support this initiative" }
        p { "You are signing as a citizen of " strong { (state.name) } ". "
            a href={ "/" (site.lang.code()) "/sign" } { "Change nationality" } }
        @match notice {
            Some(Notice::BotCheckFailed) => div class="error-summary" role="alert" tabindex="-1" {
                p { "We could not confirm that you are not a robot. Please try again; your input has been kept." }
            },
            None => {}
        }
        @if !errors.is_empty() {
            div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" {
                h2 id="error-summary-title" { "Please correct the following" }
                ul {
                    @for e in errors {
                        li {
                            @if fields_and_ids.contains(&e.field.as_str()) {
                                a href={ "#" (input_id(&e.field)) } {
                                    (field_title(&e.field)) ": " (error_message(e.code))
                                }
                            } @else {
                                (field_title(&e.field)) ": " (error_message(e.code))
                            }
                        }
                    }
                }
            }
        }
        form method="post" action=(action) novalidate {
            input type="hidden" name=(NATIONALITY) value=(iso);
            fieldset {
                legend { "Your details" }
                p class="hint" { "All fields are required unless marked optional." }
                @for field in &state.fields {
                    @let key = field.as_str();
                    @let error = error_for(key);
                    @if *field == Field::Country {
                        (text_field(key, label(*field), hint(*field), error, |id, described| html! {
                            select id=(id) name=(key) autocomplete=(autocomplete(*field))
                                aria-describedby=[(!described.is_empty()).then_some(&described)]
                                aria-invalid=[error.map(|_| "true")] {
                                @let current = values.value(key).map(str::to_owned).unwrap_or_else(|| iso.to_owned());
                                @for (code, name) in countries(site.rules) {
                                    option value=(code) selected[current == code] { (name) }
                                }
                            }
                        }))
                    } @else {
                        @let optional = *field == Field::PostalCode;
                        (text_field(key, &field_label(*field, optional), hint(*field), error, |id, described| html! {
                            input type="text" id=(id) name=(key) value=(value(key))
                                autocomplete=(autocomplete(*field)) maxlength=(max_length(*field))
                                inputmode=[(site.rules.field_spec(*field).map(|s| s.kind) == Some(FieldKind::Date)).then_some("numeric")]
                                aria-describedby=[(!described.is_empty()).then_some(&described)]
                                aria-invalid=[error.map(|_| "true")]
                                required[!optional];
                        }))
                    }
                }
                @if !state.documents.is_empty() {
                    (document_fields(site, state, values, &error_for, needs_id_confirmation))
                }
            }
            fieldset {
                legend { "Keeping in touch (optional)" }
                (text_field(EMAIL, "E-mail address (optional)",
                    Some("Only if you want the organisers to inform you about this initiative. Stored apart from your statement."),
                    error_for(EMAIL), |id, described| html! {
                    input type="email" id=(id) name=(EMAIL) value=(value(EMAIL)) autocomplete="email"
                        maxlength="254" aria-describedby=(described) aria-invalid=[error_for(EMAIL).map(|_| "true")];
                }))
                (checkbox(EMAIL_CONSENT, "I agree that the organisers may use my e-mail address to inform me about this initiative.",
                    error_for(EMAIL_CONSENT), values.value(EMAIL_CONSENT).is_some()))
            }
            fieldset {
                legend { "Declaration" }
                (checkbox(DECLARATION, DECLARATION_TEXT, error_for(DECLARATION), values.value(DECLARATION).is_some()))
                p class="hint" {
                    "Your personal data is encrypted for the organisers and will be made available only to the "
                    "competent authority of your member state to verify your statement, then destroyed at the latest "
                    "21 months after the start of the collection (Regulation (EU) 2019/788, Article 19)."
                }
            }
            @if site.turnstile_site_key.is_empty() {
                input type="hidden" name=(BOT_TOKEN_FIELD) value=(NO_WIDGET_TOKEN);
            } @else {
                div class="cf-turnstile" data-sitekey=(site.turnstile_site_key) data-language=(site.lang.code()) {}
                script src=(TURNSTILE_SCRIPT) async defer {}
            }
            button type="submit" { "Support the initiative" }
        }
    };
    layout(site, "Support this initiative", &path_after_lang, body)
}

fn document_fields(
    site: &Site,
    state: &StateRules,
    values: &dyn Values,
    error_for: &dyn Fn(&str) -> Option<ErrorCode>,
    needs_id_confirmation: bool,
) -> Markup {
    let type_key = Field::IdType.as_str();
    let number_key = Field::IdNumber.as_str();
    let chosen = values.value(type_key).unwrap_or("");
    let number_label = match state.documents.as_slice() {
        [only] => document_label(&only.doc_type).to_owned(),
        _ => "Document number".to_owned(),
    };
    let number_error = error_for(number_key);
    let max = site.rules.id_number_max_length;
    html! {
        @match state.documents.as_slice() {
            [only] => input type="hidden" name=(type_key) value=(only.doc_type);,
            documents => {
                fieldset class={ "field" @if error_for(type_key).is_some() { " invalid" } } id=(input_id(type_key)) {
                    legend { (label(Field::IdType)) }
                    @if let Some(code) = error_for(type_key) { p class="error" { (error_message(code)) } }
                    @for (i, doc) in documents.iter().enumerate() {
                        @let id = format!("{}-{i}", input_id(type_key));
                        div class="choice" {
                            input type="radio" id=(id) name=(type_key) value=(doc.doc_type)
                                checked[chosen == doc.doc_type] required;
                            label for=(id) { (document_label(&doc.doc_type)) }
                        }
                    }
                }
            }
        }
        (text_field(number_key, &number_label, Some("As written on the document; spaces and dashes are fine."),
            number_error, |id, described| html! {
            input type="text" id=(id) name=(number_key) value=(values.value(number_key).unwrap_or(""))
                autocomplete="off" spellcheck="false" autocapitalize="characters" maxlength=(max)
                aria-describedby=(described) aria-invalid=[number_error.map(|_| "true")] required;
        }))
        @if needs_id_confirmation {
            (checkbox(ID_NUMBER_CONFIRMED, "I confirm that the document number is correct as entered.",
                None, values.value(ID_NUMBER_CONFIRMED).is_some()))
        }
    }
}

fn checkbox(key: &str, text: &str, error: Option<ErrorCode>, checked: bool) -> Markup {
    let id = input_id(key);
    let error_id = format!("{id}-error");
    html! {
        div class={ "field choice" @if error.is_some() { " invalid" } } {
            @if let Some(code) = error { p class="error" id=(error_id) { (error_message(code)) } }
            input type="checkbox" id=(id) name=(key) value="true" checked[checked]
                aria-describedby=[error.map(|_| &error_id)] aria-invalid=[error.map(|_| "true")];
            label for=(id) { (text) }
        }
    }
}

fn field_label(field: Field, optional: bool) -> String {
    if optional {
        format!("{} (if any)", label(field))
    } else {
        label(field).to_owned()
    }
}

/// A readable name for a key in the error summary.
fn field_title(key: &str) -> String {
    match key {
        EMAIL => "E-mail address".into(),
        EMAIL_CONSENT => "Consent".into(),
        DECLARATION => "Declaration".into(),
        NATIONALITY => "Nationality".into(),
        ID_NUMBER_CONFIRMED => "Confirmation".into(),
        other => Field::from_name(other).map_or_else(|| other.to_owned(), |f| label(f).to_owned()),
    }
}

/// Countries of residence: EU member states by name first, then every other ISO code.
fn countries(rules: &Ruleset) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = rules
        .states
        .keys()
        .map(|iso| (iso.clone(), state_name(rules, iso)))
        .collect();
    out.extend(
        crate::rules::country_codes()
            .filter(|c| rules.state(c).is_none())
            .map(|c| (c.to_owned(), c.to_owned())),
    );
    out
}
