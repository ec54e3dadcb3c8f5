//! The translation catalogues: each of the 24 parses cleanly, has every message English has (and
//! no other), uses the same variables, is really translated, and every page renders in every
//! language without a missing text.

use ocs_testkit as common;

use common::*;
use ocs_core::i18n::{syntax_errors, Lang, Texts, CATALOGUES};
use ocs_core::pages::{self, Empty, Site};
use ocs_core::rules::{CollectionStatus, Progress};
use ocs_core::statement::{ErrorCode, FieldError};
use std::collections::{BTreeMap, BTreeSet};

/// Message id → its source text (first line and indented continuation lines).
fn messages(source: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        let starts_message =
            line.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && line.contains(" =");
        if starts_message {
            let (id, value) = line.split_once(" =").unwrap();
            assert!(
                out.insert(id.trim().to_owned(), value.to_owned()).is_none(),
                "duplicate message {id}"
            );
            current = Some(id.trim().to_owned());
        } else if line.starts_with(' ') {
            if let Some(id) = &current {
                out.get_mut(id).unwrap().push_str(line);
            }
        } else {
            current = None;
        }
    }
    out
}

fn variables(text: &str) -> BTreeSet<String> {
    text.split("$")
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        })
        .collect()
}

fn english() -> BTreeMap<String, String> {
    messages(CATALOGUES.iter().find(|(c, _)| *c == "en").unwrap().1)
}

#[test]
fn every_catalogue_parses_and_has_exactly_the_english_messages_with_their_variables() {
    let english = english();
    assert!(english.len() > 100, "{} messages", english.len());
    assert_eq!(CATALOGUES.len(), 24);
    for (code, source) in CATALOGUES {
        assert_eq!(syntax_errors(source), Vec::<String>::new(), "{code}.ftl");
        let theirs = messages(source);
        let missing: Vec<_> = english
            .keys()
            .filter(|k| !theirs.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{code}.ftl misses {missing:?}");
        let extra: Vec<_> = theirs
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(
            extra.is_empty(),
            "{code}.ftl has unknown messages {extra:?}"
        );
        for (id, text) in &english {
            assert_eq!(
                variables(&theirs[id]),
                variables(text),
                "{code}.ftl: variables of {id}"
            );
            assert!(
                Texts::of(Lang::from_code(code).unwrap()).has(id),
                "{code}: {id}"
            );
        }
    }
}

/// Messages a language may leave as in English: true cognates and names.
fn same_as_english_allowed(lang: &str, id: &str) -> bool {
    id.starts_with("state-")
        || matches!(id, "share-email" | "notice-hosting-heading")
        || (lang, id) == ("fr", "field-id-number-confirmed")
}

#[test]
fn every_catalogue_is_translated() {
    let english = english();
    for (code, source) in CATALOGUES.iter().filter(|(c, _)| *c != "en") {
        let theirs = messages(source);
        let same: Vec<_> = english
            .iter()
            .filter(|(id, text)| theirs[*id] == **text && !same_as_english_allowed(code, id))
            .map(|(id, _)| id.as_str())
            .collect();
        assert!(same.is_empty(), "{code}.ftl leaves in English: {same:?}");
    }
}

/// CLDR's plural categories of each language (ICU 74, `Intl.PluralRules`).
const PLURAL_CATEGORIES: [(&str, &[&str]); 24] = [
    ("bg", &["one", "other"]),
    ("cs", &["one", "few", "many", "other"]),
    ("da", &["one", "other"]),
    ("de", &["one", "other"]),
    ("el", &["one", "other"]),
    ("en", &["one", "other"]),
    ("es", &["one", "other"]),
    ("et", &["one", "other"]),
    ("fi", &["one", "other"]),
    ("fr", &["one", "other"]),
    ("ga", &["one", "two", "few", "many", "other"]),
    ("hr", &["one", "few", "other"]),
    ("hu", &["one", "other"]),
    ("it", &["one", "other"]),
    ("lt", &["one", "few", "many", "other"]),
    ("lv", &["zero", "one", "other"]),
    ("mt", &["one", "two", "few", "many", "other"]),
    ("nl", &["one", "other"]),
    ("pl", &["one", "few", "many", "other"]),
    ("pt", &["one", "other"]),
    ("ro", &["one", "few", "other"]),
    ("sk", &["one", "few", "many", "other"]),
    ("sl", &["one", "two", "few", "other"]),
    ("sv", &["one", "other"]),
];

#[test]
fn every_plural_has_a_form_for_each_cldr_category_of_its_language() {
    // (es, fr, it and pt also have "many", for millions written as words: 1 million de
    // déclarations; a figure in digits takes "other" there, so "other" covers it.)
    for (code, source) in CATALOGUES {
        let categories = PLURAL_CATEGORIES
            .iter()
            .find(|(c, _)| *c == code)
            .unwrap()
            .1;
        for (id, text) in messages(source)
            .iter()
            .filter(|(_, t)| t.contains("$count ->"))
        {
            for category in categories {
                assert!(
                    text.contains(&format!("[{category}]")),
                    "{code}.ftl {id}: no [{category}] form"
                );
            }
        }
    }
}

#[test]
fn every_date_the_pages_show_or_give_as_an_example_is_accepted_as_typed() {
    use ocs_core::dates::ymd;
    use ocs_core::statement::parse_typed_date;
    let example = ymd(1990, 12, 31).unwrap();
    for lang in Lang::all() {
        let texts = Texts::of(lang);
        let hint = texts.get("hint-date-of-birth");
        // The example: the run of digits and separators around the year.
        let at = hint
            .find("1990")
            .unwrap_or_else(|| panic!("{}: no example", lang.code()));
        let is_part = |c: char| c.is_ascii_digit() || matches!(c, '.' | '/' | '-' | ' ');
        let start = hint[..at]
            .char_indices()
            .rev()
            .find(|(_, c)| !is_part(*c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let end = hint[at..]
            .find(|c: char| !is_part(c))
            .map_or(hint.len(), |i| at + i);
        let typed = hint[start..end].trim().trim_end_matches(' ');
        assert_eq!(
            parse_typed_date(typed),
            Some(example),
            "{}: {typed:?}",
            lang.code()
        );
        // The example is written in the language's own order, as its dates are shown.
        let shown = texts.date(example).replace('\u{a0}', " ");
        assert!(
            shown.starts_with(typed.trim_end_matches('.'))
                || typed.starts_with(shown.trim_end_matches(['.', 'г', ' '])),
            "{}: example {typed:?} but dates shown as {shown:?}",
            lang.code()
        );
        for day in [ymd(2026, 6, 1).unwrap(), ymd(2027, 5, 31).unwrap(), example] {
            assert_eq!(
                parse_typed_date(&texts.date(day)),
                Some(day),
                "{}",
                lang.code()
            );
        }
    }
}

#[test]
fn catalogues_use_their_languages_typography() {
    for (code, source) in CATALOGUES {
        for (id, text) in messages(source) {
            assert!(
                !text.contains('"'),
                "{code}.ftl {id}: typewriter quotes, not the language's own"
            );
            if !text.contains("->") {
                assert!(!text.contains("  "), "{code}.ftl {id}: a double space");
            }
            if code == "fr" {
                for mark in [" :", " ;", " ?", " !", " »", "« "] {
                    assert!(
                        !text.contains(mark),
                        "{code}.ftl {id}: {mark:?} without a no-break space"
                    );
                }
            }
        }
    }
}

/// Each language's word for "register" (the Commission's register), which the public log must
/// never be called, and its one term for "statement of support".
const TERMS: [(&str, &str, &str); 24] = [
    ("bg", "регист", "изявлени"),
    ("cs", "rejstřík", "prohlášení"),
    ("da", "register", "støttetilkendegivelse"),
    ("de", "register", "unterstützungsbekundung"),
    ("el", "μητρώ", "υποστήριξ"),
    ("en", "register", "statement"),
    ("es", "registro", "declaraci"),
    ("et", "register", "toetusavaldus"),
    ("fi", "rekister", "tuenilmau"),
    ("fr", "registre", "déclaration"),
    ("ga", "clár", "tacaíochta"),
    ("hr", "registr", "izjav"),
    ("hu", "nyilvántartás", "támogató nyilatkozat"),
    ("it", "registro", "dichiarazion"),
    ("lt", "registr", "pritarimo pareiškim"),
    ("lv", "reģistr", "paziņojum"),
    ("mt", "reġistru", "dikjarazzjoni"),
    ("nl", "register", "steunbetuiging"),
    ("pl", "rejestr", "deklaracj"),
    ("pt", "registo", "declaraç"),
    ("ro", "registr", "declarați"),
    ("sk", "registr", "vyhlásen"),
    ("sl", "regist", "izjav"),
    ("sv", "register", "stödförklaring"),
];

#[test]
fn the_log_is_never_called_a_register_and_each_language_has_one_term_for_a_statement() {
    let log_messages = [
        "receipt-text",
        "check-intro",
        "check-ok",
        "check-ok-detail",
        "check-fail-unreachable",
        "check-fail-missing",
        "notice-log-heading",
        "notice-log",
    ];
    // Terms a language once mixed in for "statement of support".
    let retired = [
        ("fi", "tukilmoitu"),
        ("fi", "tukiilmoitu"),
        ("lt", "pareiškimų remti"),
        ("lt", "pareiškimas remti"),
    ];
    for (code, register, statement) in TERMS {
        let texts = Texts::of(Lang::from_code(code).unwrap());
        for id in log_messages {
            let text = texts.get(id).to_lowercase();
            assert!(
                !text.contains(register),
                "{code} {id}: the log called a register: {text}"
            );
        }
        for id in [
            "progress-total",
            "counter-badge",
            "thanks-stored",
            "not-started",
            "notice-statement-heading",
        ] {
            let text = if id == "progress-total" {
                texts.count(id, 1_000)
            } else {
                texts.get(id)
            };
            let text = text.replace('\u{ad}', "").to_lowercase();
            assert!(
                text.contains(statement),
                "{code} {id}: not the one term {statement:?}: {text}"
            );
        }
        let source = CATALOGUES
            .iter()
            .find(|(c, _)| *c == code)
            .unwrap()
            .1
            .to_lowercase();
        for (lang, term) in retired.iter().filter(|(l, _)| *l == code) {
            assert!(!source.contains(term), "{lang}.ftl still says {term:?}");
        }
    }
}

/// The site with a partner, so the partner's texts (consent, note, paper form) render too.
fn site(lang: Lang, status: CollectionStatus) -> Site<'static> {
    static PARTNER: std::sync::OnceLock<ocs_core::campaign::Partner> = std::sync::OnceLock::new();
    Site {
        partner: Some(PARTNER.get_or_init(|| ocs_core::campaign::Partner {
            code: "friends".into(),
            name: "Friends of the Earth".into(),
            public: true,
            acceptance_message: false,
        })),
        ..ocs_testkit::site(lang, status)
    }
}

/// Every page of every language, with every error code and document type shown somewhere.
fn all_pages(lang: Lang) -> Vec<String> {
    let open = site(lang, CollectionStatus::Open);
    let ended = site(lang, CollectionStatus::Ended);
    let early = site(lang, CollectionStatus::NotStarted);
    let mut out = vec![
        pages::landing(&open, Some("DE")),
        pages::landing(&ended, None),
        pages::paper(&open, None),
        pages::choose(&open, Some("XX")),
        pages::closed(&ended),
        pages::closed(&early),
        pages::confirmation(
            &open,
            Some("DE"),
            "6f1c2d3e-0000-4000-8000-000000000000",
            Some("{}"),
        ),
        pages::check(&open, "https://sign.example.eu"),
    ];
    for (title, text) in [
        ("unreadable-title", "unreadable-text"),
        ("unsupported-title", "unsupported-text"),
        ("too-large-title", "too-large-text"),
        ("rate-limited-title", "rate-limited-text"),
        ("duplicate-title", "duplicate-text"),
    ] {
        out.push(pages::message(&open, title, text));
    }
    let errors: Vec<FieldError> = ErrorCode::all()
        .map(|code| FieldError::new("full_first_names", code))
        .collect();
    for (iso, state) in &rules().states {
        out.push(pages::form(&open, iso, state, &Empty, &errors, None));
        out.push(pages::paper(&open, Some((iso, state))));
    }
    let count = pages::Count {
        count: 12_345,
        goal: 1_000_000,
        partner: Some("Friends of the Earth"),
    };
    out.push(pages::counter_page(&open, &count));
    let counts = rules().states.keys().map(|c| (c.clone(), 1234)).collect();
    let progress: Progress = rules()
        .progress(initiative().registration_date, &counts)
        .unwrap();
    out.push(pages::progress(&open, &progress));
    out.into_iter().map(|m| m.into_string()).collect()
}

#[test]
fn every_page_renders_in_every_language_without_a_missing_text() {
    let english = english();
    for lang in Lang::all() {
        for html in all_pages(lang) {
            assert!(
                html.starts_with(&format!("<!DOCTYPE html><html lang=\"{}\">", lang.code())),
                "{}",
                lang.code()
            );
            // A message missing everywhere would show as its id.
            let texts: BTreeSet<&str> = html
                .split('>')
                .filter_map(|chunk| chunk.split('<').next())
                .collect();
            for id in english.keys() {
                assert!(
                    !texts.contains(id.as_str()),
                    "{}: {id} shown raw",
                    lang.code()
                );
            }
            assert!(!html.contains('\u{e000}'), "number marker left in");
        }
    }
}

#[test]
fn pages_speak_the_language_of_their_url() {
    let de = site(Lang::from_code("de").unwrap(), CollectionStatus::Open);
    let (iso, state) = rules().resolve_nationality("DE").unwrap();
    let html = pages::form(&de, iso, state, &Empty, &[], None).into_string();
    let german = Texts::of(Lang::from_code("de").unwrap());
    assert!(html.contains(&german.get("declaration")));
    assert!(html.contains(&german.get("state-DE")));
    assert!(!html.contains(&Texts::of(Lang::ENGLISH).get("declaration")));
    // Member states are listed in the page language's alphabetical order.
    let choose = pages::choose(&de, None).into_string();
    let position = |name: &str| choose.find(&format!(">{name}<")).unwrap();
    // Österreich sorts as O (after Belgien), Dänemark as Danemark (before Deutschland).
    assert!(position(&german.get("state-BE")) < position(&german.get("state-AT")));
    assert!(position(&german.get("state-DK")) < position(&german.get("state-DE")));
    // Maltese names carry the article: L-Awstrija sorts under A, before Il-Belġju.
    let mt = site(Lang::from_code("mt").unwrap(), CollectionStatus::Open);
    let maltese = Texts::of(Lang::from_code("mt").unwrap());
    let choose = pages::choose(&mt, None).into_string();
    let position = |name: &str| choose.find(&format!(">{name}<")).unwrap();
    assert!(position(&maltese.get("state-AT")) < position(&maltese.get("state-BE")));
}

#[test]
fn numbers_and_plurals_follow_the_language() {
    let en = Texts::of(Lang::ENGLISH);
    assert_eq!(en.number(1_234_567), "1,234,567");
    assert_eq!(en.number(999), "999");
    assert_eq!(en.count("progress-total", 1), "1 statement of support");
    assert_eq!(en.count("progress-total", 0), "0 statements of support");
    assert_eq!(
        Texts::of(Lang::from_code("de").unwrap()).number(1_000_000),
        "1.000.000"
    );
    assert_eq!(
        Texts::of(Lang::from_code("fr").unwrap()).number(72_000),
        "72\u{202f}000"
    );
    let pl = Texts::of(Lang::from_code("pl").unwrap());
    // Polish has distinct forms for 1, 2–4 and 5+.
    let forms: BTreeSet<String> = [1, 2, 5]
        .iter()
        .map(|n| pl.count("progress-total", *n).replace(&n.to_string(), ""))
        .collect();
    assert_eq!(forms.len(), 3, "{forms:?}");
}

#[test]
fn every_country_has_a_name_in_every_language() {
    use ocs_core::i18n::REGION_NAMES;
    use ocs_core::rules::country_codes;
    for (code, source) in REGION_NAMES {
        let texts = Texts::of(Lang::from_code(code).unwrap());
        for country in country_codes() {
            let name = texts.region(country);
            assert!(name != country && !name.is_empty(), "{code}: {country}");
            assert!(
                name.chars().next().is_some_and(char::is_uppercase),
                "{code}: {name}"
            );
        }
        assert_eq!(
            source.lines().filter(|l| !l.starts_with('#')).count(),
            country_codes().count(),
            "{code}"
        );
    }
    assert_eq!(
        Texts::of(Lang::from_code("ga").unwrap()).region("CH"),
        "An Eilvéis"
    );
    assert_eq!(
        Texts::of(Lang::from_code("mt").unwrap()).region("CH"),
        "L-Iżvizzera"
    );
}
