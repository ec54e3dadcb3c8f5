//! The forms against the law's wording: for each of the 24 languages, the rendered online form,
//! its confirmation and the paper form carry Annex III's declaration and every paragraph of its
//! privacy statement exactly as the reference texts in `tests/annex3/` (the Commission's published
//! wording, copied from `../shared/annex3`; whitespace-normalised), the eID variant of the
//! declaration is in the catalogue word for word, and Annex III's points 1 to 8 come in order,
//! before the signatory's fields, then the declaration, then the privacy statement. The deliberate
//! differences are listed here, each with its reason (docs/certification.md).

use ocs_testkit as common;

use common::*;
use ocs_core::i18n::{Lang, Texts};
use ocs_core::pages::{self, Empty, PRIVACY_PARAGRAPHS};
use ocs_core::rules::CollectionStatus;

/// What a language's reference file holds.
struct Reference {
    declaration: String,
    eid: String,
    /// The six paragraphs of the privacy statement as the forms must show them.
    privacy: Vec<String>,
    /// The paragraphs of the Commission's own page (section 2a), where there is one; its last
    /// paragraph is cut off mid-word.
    commission_page: Vec<String>,
}

/// Changes made to a reference text on purpose: (language, part, from, to, why).
const DELIBERATE: &[(&str, &str, &str, &str, &str)] = &[
    (
        "es",
        "eid",
        "a esta iniciativa ciudadana",
        "a esta iniciativa ciudadana.",
        "the source string lacks the closing full stop every other language has",
    ),
    (
        "mt",
        "declaration",
        "m'appoġġajtx diġà din l-inizjattiva",
        "m'appoġġajtx diġà din l-inizjattiva.",
        "the source string lacks the closing full stop every other language has",
    ),
    (
        "es",
        "privacy",
        "De conformidad con lo dispuesto en el Reglamento",
        "De conformidad con el Reglamento",
        "the Commission's own page (2a) has this wording; the copy (2b) differs",
    ),
    (
        "pl",
        "privacy",
        "przez grupę organizatorów przez maksymalny okres",
        "przez grupę organizatorów maksymalny okres",
        "the Commission's own page (2a) has this wording; the copy (2b) differs",
    ),
    (
        "pl",
        "privacy",
        "po rozpoczęcia okresu",
        "po rozpoczęciu okresu",
        "the Commission's own page (2a) has this wording; the copy (2b) differs",
    ),
];

/// The Croatian privacy statement: a revision of the only copy found, a community edit; the file
/// says why and how (docs/certification.md).
const CROATIAN_REVISION: &str = include_str!("annex3/hr-revised.txt");

fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_content(line: &str) -> bool {
    let trimmed = line.trim();
    !trimmed.is_empty()
        && !line.starts_with([' ', '\t'])
        && !["Source:", "2a.", "2b.", "FULL TEXT", "## "]
            .iter()
            .any(|prefix| trimmed.starts_with(prefix))
}

fn deliberate(lang: &str, part: &str, texts: &mut [String]) {
    for (_, _, from, to, _) in DELIBERATE
        .iter()
        .filter(|(l, p, ..)| *l == lang && *p == part)
    {
        let matches: Vec<&mut String> = texts.iter_mut().filter(|t| t.contains(from)).collect();
        assert_eq!(
            matches.len(),
            1,
            "{lang} {part}: {from:?} must be in the reference once"
        );
        for text in matches {
            *text = text.replacen(from, to, 1);
        }
    }
}

fn reference(lang: &str) -> Reference {
    let text = std::fs::read_to_string(format!("tests/annex3/{lang}.txt")).unwrap();
    let section = |from: &str, to: &str| -> String {
        let start = text.find(from).unwrap();
        let end = text.find(to).unwrap();
        text[start..end].to_owned()
    };
    let declaration_part = section("## 1.", "## 2.");
    let lines: Vec<&str> = declaration_part.lines().collect();
    let eid_at = lines
        .iter()
        .position(|l| l.starts_with("eID variant"))
        .unwrap();
    let declaration = lines[..eid_at]
        .iter()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap()
        .trim()
        .to_owned();
    let eid = lines[eid_at].split_once(':').unwrap().1.trim().to_owned();
    let privacy_part = section("## 2.", "## 3.");
    let lines: Vec<&str> = privacy_part.lines().collect();
    let (page, copy) = match lines.iter().position(|l| l.starts_with("2b.")) {
        Some(at) => (&lines[..at], &lines[at..]),
        None => (&lines[..0], &lines[..]),
    };
    let paragraphs = |lines: &[&str]| -> Vec<String> {
        lines
            .iter()
            .filter(|l| is_content(l))
            .map(|l| normalise(l))
            .collect()
    };
    let mut privacy = paragraphs(copy);
    assert_eq!(privacy.len(), PRIVACY_PARAGRAPHS, "{lang}: six paragraphs");
    if lang == "hr" {
        privacy = CROATIAN_REVISION
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(normalise)
            .collect();
    }
    deliberate(lang, "privacy", &mut privacy);
    let mut declaration = [normalise(&declaration)];
    deliberate(lang, "declaration", &mut declaration);
    let mut eid = [normalise(&eid)];
    deliberate(lang, "eid", &mut eid);
    let [declaration] = declaration;
    let [eid] = eid;
    Reference {
        declaration,
        eid,
        privacy,
        commission_page: paragraphs(page),
    }
}

/// The visible text of a page: tags dropped, entities decoded, whitespace normalised.
fn text_of(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let decoded = out
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    // Soft hyphens are invisible break points, not text.
    normalise(&decoded.replace('\u{ad}', ""))
}

/// The rendered online form (Part A: DE), the paper form (Part B: IT) and the confirmation.
fn forms(lang: Lang) -> Vec<(&'static str, String)> {
    let open = site(lang, CollectionStatus::Open);
    let (de, de_rules) = rules().resolve_nationality("DE").unwrap();
    let (it, it_rules) = rules().resolve_nationality("IT").unwrap();
    vec![
        (
            "online form",
            pages::form(&open, de, de_rules, &Empty, &[], None).into_string(),
        ),
        (
            "paper form",
            pages::paper(&open, Some((it, it_rules))).into_string(),
        ),
        (
            "confirmation",
            pages::confirmation(
                &open,
                Some(de),
                "6f1c2d3e-0000-4000-8000-000000000000",
                None,
            )
            .into_string(),
        ),
    ]
}

#[test]
fn every_form_carries_the_declaration_and_the_privacy_statement_word_for_word() {
    for lang in Lang::all() {
        let code = lang.code();
        let reference = reference(code);
        let texts = Texts::of(lang);
        assert_eq!(
            normalise(&texts.get("declaration-eid")),
            reference.eid,
            "{code}: the eID declaration"
        );
        for (page, html) in forms(lang) {
            let text = text_of(&html);
            if page != "confirmation" {
                assert!(
                    text.contains(&reference.declaration),
                    "{code} {page}: the declaration differs from the reference:\n  page: {}\n  law:  {}",
                    normalise(&texts.get("declaration")),
                    reference.declaration
                );
            }
            for (i, paragraph) in reference.privacy.iter().enumerate() {
                assert!(
                    text.contains(paragraph),
                    "{code} {page}: privacy paragraph {} differs:\n  page: {}\n  law:  {paragraph}",
                    i + 1,
                    normalise(&texts.get(&format!("privacy-{}", i + 1)))
                );
            }
        }
    }
}

#[test]
fn the_commissions_own_page_agrees_with_the_text_used() {
    // Where the Commission's page could be read (section 2a), its complete paragraphs are the
    // ones used, and its last, cut-off paragraph begins the one used.
    let mut checked = 0;
    for lang in Lang::all() {
        let reference = reference(lang.code());
        let Some((cut, complete)) = reference.commission_page.split_last() else {
            continue;
        };
        for (i, paragraph) in complete.iter().enumerate() {
            assert_eq!(
                &reference.privacy[i],
                paragraph,
                "{}: paragraph {}",
                lang.code(),
                i + 1
            );
        }
        let whole_words = cut
            .rsplit_once(' ')
            .map_or(cut.as_str(), |(words, _)| words);
        assert!(
            reference.privacy[complete.len()].starts_with(whole_words),
            "{}: paragraph {} does not begin as the Commission's page",
            lang.code(),
            complete.len() + 1
        );
        checked += 1;
    }
    assert_eq!(
        checked, 7,
        "en fr de it es nl pl have the Commission's page"
    );
}

#[test]
fn annex_iii_points_come_in_order_before_the_fields_then_declaration_then_privacy() {
    for lang in Lang::all() {
        let texts = Texts::of(lang);
        let initiative = initiative();
        for (page, html) in forms(lang) {
            let text = text_of(&html);
            let at = |needle: &str| -> usize {
                text.find(&normalise(needle))
                    .unwrap_or_else(|| panic!("{} {page}: {needle:?} missing", lang.code()))
            };
            let points = [
                at(&texts.get("particular-nationals")),
                at(&texts.get("particular-registration")),
                at(&texts.get("particular-period")),
                at(&texts.get("particular-register")),
                at(&texts.get("particular-title")),
                at(&texts.get("particular-objectives")),
                at(&texts.get("particular-contacts")),
                at(&texts.get("particular-website")),
            ];
            assert!(
                points.windows(2).all(|w| w[0] < w[1]),
                "{} {page}: points 1 to 8 out of order: {points:?}",
                lang.code()
            );
            // Each point shows its value before the next point begins.
            let period = texts.with(
                "date-range",
                &[
                    ("start", &texts.date(initiative.collection_start)),
                    ("end", &texts.date(initiative.collection_end)),
                ],
            );
            let values = [
                texts.get("state-DE"),
                initiative.id.clone(),
                period,
                initiative.register_url.clone(),
                initiative.title.clone(),
                initiative.objectives.clone(),
                "Jan Kowalski jan@example.eu".to_owned(),
                initiative.website.clone(),
            ];
            for (i, value) in values.iter().enumerate() {
                let end = points.get(i + 1).copied().unwrap_or(text.len());
                let point = &text[points[i]..end];
                // Point 1 names the page's nationality: DE, or IT on the paper form.
                let value = if i == 0 && page == "paper form" {
                    texts.get("state-IT")
                } else {
                    value.clone()
                };
                assert!(
                    point.contains(&normalise(&value)),
                    "{} {page}: point {} does not show {value:?}: {point}",
                    lang.code(),
                    i + 1
                );
            }
            let privacy = at(&texts.get("privacy-1"));
            if page != "confirmation" {
                let field = at(&texts.get("field-family-names"));
                let declaration = at(&texts.get("declaration"));
                assert!(
                    points[7] < field.min(declaration),
                    "{} {page}: point 8 after the fields",
                    lang.code()
                );
                assert!(
                    field.max(declaration) < privacy,
                    "{} {page}: privacy before the fields",
                    lang.code()
                );
                if page == "paper form" {
                    // On paper the signatories sign under the declaration, as on Annex III's form.
                    assert!(
                        declaration < field,
                        "{} {page}: the rows before the declaration",
                        lang.code()
                    );
                } else {
                    assert!(
                        field < declaration,
                        "{} {page}: the declaration before the fields",
                        lang.code()
                    );
                }
            }
            // Point 4 is the address the privacy statement sends the signatory to.
            assert!(html.contains("<li value=\"4\">"), "{} {page}", lang.code());
            // The controller, and the data protection officer (none designated here).
            assert!(
                at(&texts.get("dpo-none")) > privacy,
                "{} {page}",
                lang.code()
            );
        }
    }
}
