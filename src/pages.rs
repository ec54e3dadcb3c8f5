//! Server-rendered pages: landing, the Annex III form for one nationality (works without
//! JavaScript), field errors next to their fields with the input kept, confirmation, the
//! closed-collection page and the progress page. Pure functions from data to HTML (maud escapes
//! every value), so they are tested natively; the worker only picks the page and the status code.
//! Every text comes from the page language's catalogue (`crate::i18n`).

use crate::i18n::{Lang, Texts};
use crate::rules::{CollectionStatus, Field, Initiative, Progress, Ruleset, StateRules};
use crate::statement::{
    ErrorCode, FieldError, DECLARATION, EMAIL, EMAIL_CONSENT, ID_NUMBER_CONFIRMED, NATIONALITY,
};
use maud::{html, Markup, DOCTYPE};
use std::rc::Rc;

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

impl Site<'_> {
    /// The texts of the page language.
    pub fn texts(&self) -> Rc<Texts> {
        Texts::of(self.lang)
    }
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
    let t = site.texts();
    html! {
        (DOCTYPE)
        html lang=(site.lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " — " (site.initiative.title) }
                link rel="stylesheet" href="/assets/style.css";
                // No favicon request: one round trip less on a phone.
                link rel="icon" href="data:,";
                script src="/assets/sign.js" defer {}
            }
            body {
                a class="skip" href="#main" { (t.get("skip-to-content")) }
                header {
                    p class="initiative" {
                        a href={ "/" (site.lang.code()) "/" } { (site.initiative.title) }
                    }
                    nav aria-label=(t.get("language").trim_end_matches([':', ' ', '\u{a0}'])) {
                        details {
                            summary { (t.get("language")) " " span lang=(site.lang.code()) { (site.lang.autonym()) } }
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
                        (t.with("footer-initiative", &[("id", &site.initiative.id)])) " "
                        a href={ "/" (site.lang.code()) "/progress" } { (t.get("progress-link")) }
                        @if !site.initiative.register_url.is_empty() {
                            " · " a href=(site.initiative.register_url) { (t.get("official-register")) }
                        }
                    }
                }
            }
        }
    }
}

fn period(site: &Site) -> Markup {
    let start = dd_mm_yyyy(site.initiative.collection_start);
    let end = dd_mm_yyyy(site.initiative.collection_end);
    html! {
        p { (site.texts().with("collection-period", &[("start", &start), ("end", &end)])) }
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

/// A member state's name in the page language.
pub fn state_name(texts: &Texts, iso: &str) -> String {
    texts.get(&format!("state-{iso}"))
}

/// The member states as (code, name in the page language), in that language's alphabetical
/// order (accents ignored, which is close enough to each language's collation for 27 names).
fn states_by_name(site: &Site) -> Vec<(String, String)> {
    let t = site.texts();
    let mut states: Vec<(String, String)> = site
        .rules
        .states
        .keys()
        .map(|iso| (iso.clone(), state_name(&t, iso)))
        .collect();
    states.sort_by_cached_key(|(_, name)| sort_key(name));
    states
}

fn sort_key(name: &str) -> String {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    // Maltese names start with the article ("L-Awstrija", "Is-Slovakkja"): sort on the noun.
    let noun = match name.split_once('-') {
        Some((article, rest)) if article.chars().count() <= 3 => rest,
        _ => name,
    };
    noun.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The nationality choice: a GET form, so it works without JavaScript.
fn nationality_choice(site: &Site, selected: Option<&str>) -> Markup {
    let t = site.texts();
    html! {
        form method="get" action={ "/" (site.lang.code()) "/sign" } class="choose" {
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
    }
}

/// `/{lang}/`: the initiative and the nationality choice.
pub fn landing(site: &Site) -> Markup {
    let t = site.texts();
    layout(
        site,
        &t.get("support-title"),
        "",
        html! {
            h1 { (site.initiative.title) }
            p { (t.get("registration-number")) " " strong { (site.initiative.id) } }
            (period(site))
            @match site.status {
                CollectionStatus::Open => {
                    p { (t.get("landing-intro")) }
                    (nationality_choice(site, None))
                }
                status => (closed_text(&t, status)),
            }
        },
    )
}

/// `/{lang}/sign` without a (known) nationality.
pub fn choose(site: &Site, unknown: Option<&str>) -> Markup {
    let t = site.texts();
    layout(
        site,
        &t.get("choose-title"),
        "sign",
        html! {
            h1 { (t.get("choose-title")) }
            @if let Some(code) = unknown {
                div class="error-summary" role="alert" {
                    p { (t.with("unknown-nationality", &[("code", code)])) }
                }
            }
            (nationality_choice(site, None))
        },
    )
}

fn closed_text(t: &Texts, status: CollectionStatus) -> Markup {
    html! {
        p class="closed" role="status" {
            @if status == CollectionStatus::NotStarted { (t.get("not-started")) } @else { (t.get("ended")) }
        }
    }
}

/// The page for signing attempts outside the collection period (served with 410).
pub fn closed(site: &Site) -> Markup {
    let t = site.texts();
    layout(
        site,
        &t.get("closed-title"),
        "sign",
        html! {
            h1 { (t.get("closed-title")) }
            (period(site))
            (closed_text(&t, site.status))
        },
    )
}

/// A short page with a heading and a message (duplicate, errors outside the form), both given
/// as catalogue ids.
pub fn message(site: &Site, heading_id: &str, text_id: &str) -> Markup {
    let t = site.texts();
    let heading = t.get(heading_id);
    layout(
        site,
        &heading,
        "",
        html! {
            h1 { (heading) }
            p { (t.get(text_id)) }
            p { a href={ "/" (site.lang.code()) "/" } { (t.get("back-to-initiative")) } }
        },
    )
}

/// The confirmation page with the statement id (needed to ask for the statement's erasure).
pub fn confirmation(site: &Site, statement_id: &str) -> Markup {
    let t = site.texts();
    layout(
        site,
        &t.get("thanks-title"),
        "",
        html! {
            h1 { (t.get("thanks-heading")) }
            p { (t.get("thanks-stored")) }
            p { (t.get("statement-number")) " " code id="statement-id" { (statement_id) } }
            p class="hint" { (t.get("statement-number-hint")) }
        },
    )
}

/// Catalogue id of a field's label.
fn label_id(field: Field) -> &'static str {
    match field {
        Field::FullFirstNames => "field-full-first-names",
        Field::FamilyNames => "field-family-names",
        Field::DateOfBirth => "field-date-of-birth",
        Field::Street => "field-street",
        Field::StreetNumber => "field-street-number",
        Field::PostalCode => "field-postal-code",
        Field::City => "field-city",
        Field::Country => "field-country",
        Field::IdType => "field-id-type",
        Field::IdNumber => "field-id-number",
    }
}

fn hint_id(field: Field) -> Option<&'static str> {
    match field {
        Field::FullFirstNames => Some("hint-full-first-names"),
        Field::FamilyNames => Some("hint-family-names"),
        Field::DateOfBirth => Some("hint-date-of-birth"),
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

/// Catalogue id of an identification document's name (`type` values in the ruleset).
pub fn document_id(doc_type: &str) -> &'static str {
    match doc_type {
        "passport" => "doc-passport",
        "id.card" => "doc-id-card",
        "citizens.card" => "doc-citizens-card",
        "national.id.number" | "personal.id" => "doc-personal-id",
        "personal.number" => "doc-personal-number",
        _ => "field-id-number",
    }
}

/// Catalogue id of the text for an error code.
pub fn error_id(code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::Required => "error-required",
        ErrorCode::TooLong => "error-too-long",
        ErrorCode::InvalidCharacters => "error-invalid-characters",
        ErrorCode::InvalidFormat => "error-invalid-format",
        ErrorCode::UnusualFormat => "error-unusual-format",
        ErrorCode::Checksum => "error-checksum",
        ErrorCode::InvalidDate => "error-invalid-date",
        ErrorCode::DateInFuture => "error-date-in-future",
        ErrorCode::TooYoung => "error-too-young",
        ErrorCode::NotAllowed => "error-not-allowed",
        ErrorCode::UnknownField => "error-unknown-field",
        ErrorCode::DuplicateField => "error-duplicate-field",
        ErrorCode::WrongType => "error-wrong-type",
        ErrorCode::UnknownNationality => "error-unknown-nationality",
        ErrorCode::DocumentTypeNotAccepted => "error-document-not-accepted",
        ErrorCode::DeclarationRequired => "error-declaration-required",
        ErrorCode::ConsentRequired => "error-consent-required",
        ErrorCode::InvalidEmail => "error-invalid-email",
    }
}

/// English text for an error code (the JSON API's `message`; pages use their language).
pub fn error_message(code: ErrorCode) -> String {
    Texts::of(Lang::ENGLISH).get(error_id(code))
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
            @if let Some(code) = error { p class="error" id=(error_id_attr) { (t.get(error_id(code))) } }
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
    let t = site.texts();
    let t = &*t;
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
    let title = t.get("support-title");
    // The summary lists errors in the order of the fields on the page.
    let mut summary: Vec<&FieldError> = errors.iter().collect();
    summary.sort_by_key(|e| {
        fields_and_ids
            .iter()
            .position(|f| *f == e.field)
            .unwrap_or(usize::MAX)
    });

    let body = html! {
        h1 { (title) }
        p { (t.with("signing-as", &[("state", &state_name(t, iso))])) " "
            a href={ "/" (site.lang.code()) "/sign" } { (t.get("change-nationality")) } }
        @match notice {
            Some(Notice::BotCheckFailed) => div class="error-summary" role="alert" tabindex="-1" {
                p { (t.get("bot-check-failed")) }
            },
            None => {}
        }
        @if !errors.is_empty() {
            div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" {
                h2 id="error-summary-title" { (t.get("error-summary-title")) }
                ul {
                    @for e in summary {
                        @let line = format!("{}: {}", field_title(t, &e.field), t.get(error_id(e.code)));
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
        form method="post" action=(action) novalidate {
            input type="hidden" name=(NATIONALITY) value=(iso);
            fieldset {
                legend { (t.get("your-details")) }
                p class="hint" { (t.get("all-required")) }
                @for field in &state.fields {
                    @let key = field.as_str();
                    @let error = error_for(key);
                    @let hint = hint_id(*field).map(|id| t.get(id));
                    @if *field == Field::Country {
                        (text_field(t, key, &t.get(label_id(*field)), hint.as_deref(), error, |id, described| html! {
                            select id=(id) name=(key) autocomplete=(autocomplete(*field))
                                aria-describedby=[(!described.is_empty()).then_some(&described)]
                                aria-invalid=[error.map(|_| "true")] {
                                @let current = values.value(key).map(str::to_owned).unwrap_or_else(|| iso.to_owned());
                                @for (code, name) in countries(site) {
                                    option value=(code) selected[current == code] { (name) }
                                }
                            }
                        }))
                    } @else {
                        @let optional = *field == Field::PostalCode;
                        (text_field(t, key, &t.get(label_id(*field)), hint.as_deref(), error, |id, described| html! {
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
            }
            fieldset {
                legend { (t.get("declaration-legend")) }
                (checkbox(t, DECLARATION, &t.get("declaration"), error_for(DECLARATION), values.value(DECLARATION).is_some()))
                p class="hint" { (t.get("privacy")) }
            }
            @if site.turnstile_site_key.is_empty() {
                input type="hidden" name=(BOT_TOKEN_FIELD) value=(NO_WIDGET_TOKEN);
            } @else {
                div class="cf-turnstile" data-sitekey=(site.turnstile_site_key) data-language=(site.lang.code()) {}
                script src=(TURNSTILE_SCRIPT) async defer {}
            }
            button type="submit" { (t.get("submit")) }
        }
    };
    layout(site, &title, &path_after_lang, body)
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
        _ => t.get(label_id(Field::IdNumber)),
    };
    let number_error = error_for(number_key);
    let max = site.rules.id_number_max_length;
    html! {
        @match state.documents.as_slice() {
            [only] => input type="hidden" name=(type_key) value=(only.doc_type);,
            documents => {
                fieldset class={ "field" @if error_for(type_key).is_some() { " invalid" } } id=(input_id(type_key)) {
                    legend { (t.get(label_id(Field::IdType))) }
                    @if let Some(code) = error_for(type_key) { p class="error" { (t.get(error_id(code))) } }
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
            @if let Some(code) = error { p class="error" id=(error_id_attr) { (t.get(error_id(code))) } }
            input type="checkbox" id=(id) name=(key) value="true" checked[checked]
                aria-describedby=[error.map(|_| &error_id_attr)] aria-invalid=[error.map(|_| "true")];
            label for=(id) { (text) }
        }
    }
}

/// A readable name for a key in the error summary.
fn field_title(t: &Texts, key: &str) -> String {
    match key {
        EMAIL => t.get("field-email"),
        EMAIL_CONSENT => t.get("field-email-consent"),
        DECLARATION => t.get("declaration-legend"),
        NATIONALITY => t.get("field-nationality"),
        ID_NUMBER_CONFIRMED => t.get("field-id-number-confirmed"),
        other => Field::from_name(other).map_or_else(|| other.to_owned(), |f| t.get(label_id(f))),
    }
}

/// Countries of residence: EU member states by name first, then every other ISO code.
fn countries(site: &Site) -> Vec<(String, String)> {
    let mut out = states_by_name(site);
    out.extend(
        crate::rules::country_codes()
            .filter(|c| site.rules.state(c).is_none())
            .map(|c| (c.to_owned(), c.to_owned())),
    );
    out
}

/// `/{lang}/progress`: statements per member state against the thresholds, as `<meter>` bars
/// (no inline style, so the CSP holds) that `progress.js` refreshes from `/api/v1/progress`.
pub fn progress(site: &Site, progress: &Progress) -> Markup {
    let t = site.texts();
    let t = &*t;
    let title = t.get("progress-title");
    let mut states: Vec<_> = progress.states.iter().collect();
    // Closest to its threshold first: the states that decide success.
    states.sort_by(|a, b| {
        let share =
            |s: &crate::rules::StateProgress| s.count as f64 / f64::from(s.threshold.max(1));
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
