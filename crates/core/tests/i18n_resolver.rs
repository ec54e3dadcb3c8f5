//! The page texts' own resolver, plural rules and language negotiation (src/i18n/), each held to
//! what it stands in for: fluent-bundle over every message of every catalogue, the JavaScript
//! runtime's `Intl.PluralRules` (ICU's CLDR), and fluent-langneg's lookup over generated
//! `Accept-Language` headers.

use std::process::Command;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use ocs_core::i18n::{plural, Arg, Catalogue, Lang, CATALOGUES, LANGUAGES};
use proptest::prelude::*;

fn fluent_bundle_of(code: &str, source: &str) -> FluentBundle<FluentResource> {
    let resource = FluentResource::try_new(source.to_owned()).expect("parses");
    let mut bundle = FluentBundle::new(vec![code.parse().expect("a language tag")]);
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).expect("no repeated ids");
    bundle
}

/// Message ids and their variables (`$name`), from fluent-bundle's own parse.
fn messages_with_variables(source: &str) -> Vec<(String, Vec<String>)> {
    let resource = FluentResource::try_new(source.to_owned()).expect("parses");
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) if m.value.is_some() => Some(m.id.name),
            _ => None,
        })
        .map(|id| {
            let line = source
                .lines()
                .skip_while(|l| !l.starts_with(&format!("{id} =")))
                .take_while(|l| l.starts_with(&format!("{id} =")) || l.starts_with(' '))
                .collect::<Vec<_>>()
                .join("\n");
            let mut variables: Vec<String> = line
                .split('$')
                .skip(1)
                .map(|rest| {
                    rest.chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                        .collect()
                })
                .collect();
            variables.sort();
            variables.dedup();
            (id.to_owned(), variables)
        })
        .collect()
}

#[test]
fn every_message_of_every_catalogue_reads_as_fluent_bundle_reads_it() {
    let counts: Vec<u64> = (0..=30).chain(100..=115).chain([1000, 1_000_000]).collect();
    let mut compared = 0;
    for (code, source) in CATALOGUES {
        let ours = Catalogue::parse(code, source);
        assert_eq!(ours.unsupported(), &[] as &[String], "{code}.ftl");
        let theirs = fluent_bundle_of(code, source);
        let theirs_rules = intl_pluralrules::PluralRules::create(
            code.parse::<unic_langid::LanguageIdentifier>().unwrap(),
            intl_pluralrules::PluralRuleType::CARDINAL,
        )
        .unwrap();
        for (id, variables) in messages_with_variables(source) {
            let pattern = theirs.get_message(&id).and_then(|m| m.value()).unwrap();
            let format_theirs = |args: Option<&FluentArgs>| {
                let mut errors = Vec::new();
                theirs
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned()
            };
            // Without arguments: every variable written `{$name}`, default variants.
            assert_eq!(
                ours.format(&id, &[]),
                Some(format_theirs(None)),
                "{code} {id}"
            );
            // Every variable as text, with values that match variant names and that do not.
            for value in ["eu", "other", "one", "Ünïcödé {x}", ""] {
                let ours_args: Vec<(&str, Arg)> = variables
                    .iter()
                    .map(|v| (v.as_str(), Arg::Text(value)))
                    .collect();
                let mut args = FluentArgs::new();
                for v in &variables {
                    args.set(v.as_str(), FluentValue::from(value));
                }
                assert_eq!(
                    ours.format(&id, &ours_args),
                    Some(format_theirs(Some(&args))),
                    "{code} {id} = {value:?}"
                );
                compared += 1;
            }
            // `$count` as a number, where intl_pluralrules (fluent-bundle's plural rules) agrees
            // with CLDR; where it does not, the next test shows ICU agreeing with ours.
            if !variables.iter().any(|v| v == "count") {
                continue;
            }
            for &n in &counts {
                let theirs_category = format!("{:?}", theirs_rules.select(n).unwrap());
                if theirs_category.to_lowercase() != plural::category(code, n) {
                    continue;
                }
                let mut args = FluentArgs::new();
                args.set("count", FluentValue::from(n));
                args.set("shown", FluentValue::from("N"));
                assert_eq!(
                    ours.format(&id, &[("count", Arg::Count(n)), ("shown", Arg::Text("N"))]),
                    Some(format_theirs(Some(&args))),
                    "{code} {id} count {n}"
                );
                compared += 1;
            }
        }
    }
    assert!(compared > 24 * 500, "{compared} formattings compared");
}

#[test]
fn a_catalogue_using_more_of_fluent_than_the_resolver_reads_is_named() {
    let source = "plain = Text { $name }\nterm = { -brand }\n-brand = X\nnumber = { NUMBER($n) }\n";
    let catalogue = Catalogue::parse("en", source);
    assert_eq!(catalogue.unsupported(), ["term", "number"]);
    assert_eq!(
        catalogue
            .format("plain", &[("name", Arg::Text("a"))])
            .as_deref(),
        Some("Text a")
    );
    assert!(!catalogue.has("-brand") && catalogue.format("absent", &[]).is_none());
}

/// What `Intl.PluralRules` answers for `numbers` in each of the 24 languages, as
/// `code n category` lines.
fn icu_categories(numbers: &[u64]) -> String {
    let script = format!(
        "const ns = {numbers:?}; const out = []; \
         for (const code of {codes:?}) {{ const rules = new Intl.PluralRules(code); \
         for (const n of ns) out.push(code + ' ' + n + ' ' + rules.select(n)); }} \
         console.log(out.join('\\n'));",
        codes = LANGUAGES.iter().map(|(c, _)| *c).collect::<Vec<_>>(),
    );
    let output = Command::new("node")
        .args(["-e", &script])
        .output()
        .expect("node runs (scripts/test installs it)");
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn the_plural_rules_are_cldrs_as_the_runtime_knows_them() {
    let numbers: Vec<u64> = (0..=2000)
        .chain([
            10_000,
            100_000,
            1_000_000,
            1_000_001,
            2_000_000,
            10_000_000,
            123_456_789,
            1_000_000_000,
            9_007_199_254_740_991,
        ])
        .collect();
    let icu = icu_categories(&numbers);
    let mut checked = 0;
    for line in icu.lines() {
        let mut parts = line.split(' ');
        let (code, n, category) = (
            parts.next().unwrap(),
            parts.next().unwrap().parse::<u64>().unwrap(),
            parts.next().unwrap(),
        );
        assert_eq!(plural::category(code, n), category, "{code} {n}");
        checked += 1;
    }
    assert_eq!(checked, 24 * numbers.len());
}

/// The negotiation as it was: fluent-langneg's lookup of the ranges by weight.
fn negotiated_by_fluent_langneg(accept_language: &str, offered: &[Lang]) -> Lang {
    use fluent_langneg::{negotiate_languages, NegotiationStrategy};
    use unic_langid::LanguageIdentifier;
    let fallback = if offered.contains(&Lang::ENGLISH) {
        Lang::ENGLISH
    } else {
        offered.first().copied().unwrap_or(Lang::ENGLISH)
    };
    let mut weighted: Vec<(LanguageIdentifier, f32)> = Vec::new();
    for item in accept_language.split(',').take(32) {
        let mut parts = item.split(';');
        let Some(tag) = parts.next().and_then(|t| t.trim().parse().ok()) else {
            continue;
        };
        let quality = parts
            .find_map(|p| p.trim().strip_prefix("q=")?.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        if quality > 0.0 {
            let at = weighted
                .iter()
                .position(|(_, w)| *w < quality)
                .unwrap_or(weighted.len());
            weighted.insert(at, (tag, quality));
        }
    }
    let requested: Vec<LanguageIdentifier> = weighted.into_iter().map(|(tag, _)| tag).collect();
    let available: Vec<LanguageIdentifier> =
        offered.iter().map(|l| l.code().parse().unwrap()).collect();
    negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup)
        .first()
        .and_then(|id| Lang::from_code(id.language.as_str()))
        .unwrap_or(fallback)
}

/// One language range of a header: a language (offered or not, any case), maybe a script and
/// a region, maybe a weight. (`und`, which fluent-langneg matches to any language, is left
/// out: RFC 4647's lookup, ours, matches it to none.)
fn range() -> impl Strategy<Value = String> {
    let language = prop_oneof![
        proptest::sample::select(
            LANGUAGES
                .iter()
                .map(|(c, _)| c.to_string())
                .collect::<Vec<_>>()
        ),
        proptest::sample::select(vec!["ru".to_owned(), "zh".into(), "uk".into(), "*".into()]),
    ];
    (
        language,
        any::<bool>(),
        proptest::option::of(proptest::sample::select(vec!["Latn", "Cyrl", "Grek"])),
        proptest::option::of(proptest::sample::select(vec![
            "AT", "de", "GB", "419", "BE",
        ])),
        proptest::option::of(proptest::sample::select(vec![
            "0", "0.0", "0.001", "0.1", "0.5", "0.50", "0.9", "0.999", "1", "1.0", "1.000",
        ])),
        proptest::sample::select(vec!["", " ", "  "]),
    )
        .prop_map(|(language, upper, script, region, q, space)| {
            let mut tag = if upper {
                language.to_uppercase()
            } else {
                language
            };
            if tag != "*" {
                for subtag in script.into_iter().chain(region) {
                    tag = format!("{tag}-{subtag}");
                }
            }
            match q {
                Some(q) => format!("{space}{tag};{space}q={q}"),
                None => format!("{space}{tag}"),
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn the_language_negotiated_is_fluent_langnegs_lookup(
        ranges in proptest::collection::vec(range(), 0..6),
        offered in proptest::sample::subsequence(Lang::all(), 0..=24),
    ) {
        let header = ranges.join(",");
        prop_assert_eq!(
            Lang::negotiate_among(&header, &offered),
            negotiated_by_fluent_langneg(&header, &offered),
            "{} among {:?}", header, offered
        );
    }
}

#[test]
fn weights_are_read_as_rfc_9110_writes_them() {
    fn among(header: &str) -> &'static str {
        Lang::negotiate_among(header, &Lang::all()).code()
    }
    assert_eq!(among("de;q=0.5, fr;q=0.501"), "fr");
    assert_eq!(among("de;q=0.999, fr"), "fr");
    assert_eq!(among("de;q=1.000, fr;q=0.999"), "de");
    // Not a qvalue: read as no weight (1), as before.
    for odd in ["2", ".5", "0.1234", "1.5", "1e-1", "-0.5", "0.x"] {
        assert_eq!(among(&format!("fr;q=0.9, de;q={odd}")), "de", "q={odd}");
    }
    assert_eq!(among("de;q=0, fr;q=0.000"), "en");
}

#[test]
fn lithuanian_romanian_and_maltese_counts_take_cldrs_forms() {
    // Where intl_pluralrules 7.0.2, and so fluent-bundle, chose "other".
    let form = |code: &str, n: u64| {
        let texts = ocs_core::i18n::Texts::of(Lang::from_code(code).unwrap());
        texts.count_around("progress-total", n, "N")
    };
    for (code, n, like, unlike) in [("lt", 22, 2, 10), ("ro", 102, 2, 20), ("mt", 111, 11, 20)] {
        assert_eq!(form(code, n), form(code, like), "{code} {n}");
        assert_ne!(form(code, n), form(code, unlike), "{code} {n}");
    }
}
