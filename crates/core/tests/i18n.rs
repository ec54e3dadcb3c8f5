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

#[test]
fn every_catalogue_is_translated() {
    let english = english();
    for (code, source) in CATALOGUES.iter().filter(|(c, _)| *c != "en") {
        let theirs = messages(source);
        // Names like "Malta" or "Portugal" may be the same; whole sentences may not.
        let same: Vec<_> = english
            .iter()
            .filter(|(id, text)| text.len() > 25 && theirs[*id] == **text)
            .map(|(id, _)| id.as_str())
            .collect();
        assert!(same.is_empty(), "{code}.ftl leaves in English: {same:?}");
    }
}

fn site(lang: Lang, status: CollectionStatus) -> (Site<'static>, ()) {
    static ALL: std::sync::OnceLock<Vec<Lang>> = std::sync::OnceLock::new();
    static INITIATIVE: std::sync::OnceLock<ocs_core::Initiative> = std::sync::OnceLock::new();
    static PARTNER: std::sync::OnceLock<ocs_core::campaign::Partner> = std::sync::OnceLock::new();
    (
        Site {
            lang,
            languages: ALL.get_or_init(Lang::all),
            rules: rules(),
            initiative: INITIATIVE.get_or_init(initiative),
            turnstile_site_key: "",
            status,
            origin: "https://sign.example.eu",
            // With a partner, so the partner's texts (consent, note, paper form) render too.
            partner: Some(PARTNER.get_or_init(|| ocs_core::campaign::Partner {
                code: "friends".into(),
                name: "Friends of the Earth".into(),
                public: true,
            })),
            embed_origins: &[],
        },
        (),
    )
}

/// Every page of every language, with every error code and document type shown somewhere.
fn all_pages(lang: Lang) -> Vec<String> {
    let (open, ()) = site(lang, CollectionStatus::Open);
    let (ended, ()) = site(lang, CollectionStatus::Ended);
    let (early, ()) = site(lang, CollectionStatus::NotStarted);
    let mut out = vec![
        pages::landing(&open, Some("DE")),
        pages::landing(&ended, None),
        pages::paper(&open, None),
        pages::choose(&open, Some("XX")),
        pages::closed(&ended),
        pages::closed(&early),
        pages::confirmation(&open, "6f1c2d3e-0000-4000-8000-000000000000", Some("{}")),
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
    let (de, ()) = site(Lang::from_code("de").unwrap(), CollectionStatus::Open);
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
    let (mt, ()) = site(Lang::from_code("mt").unwrap(), CollectionStatus::Open);
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
        "72\u{a0}000"
    );
    let pl = Texts::of(Lang::from_code("pl").unwrap());
    // Polish has distinct forms for 1, 2–4 and 5+.
    let forms: BTreeSet<String> = [1, 2, 5]
        .iter()
        .map(|n| pl.count("progress-total", *n).replace(&n.to_string(), ""))
        .collect();
    assert_eq!(forms.len(), 3, "{forms:?}");
}
