//! Statement validation against the ECI ruleset: every member state, every rule.

use ocs_testkit as common;

use common::*;
use ocs_core::rules::{CollectionStatus, Part};
use ocs_core::statement::{ErrorCode, ParseError};
use ocs_core::{RawSubmission, Statement, ValidationError};
use time::macros::datetime;

#[test]
fn ruleset_covers_the_27_member_states_with_the_right_part() {
    let rules = rules();
    assert_eq!(rules.states.len(), 27);
    for (code, state) in &rules.states {
        let expected = if PART_A.contains(&code.as_str()) {
            Part::A
        } else {
            Part::B
        };
        assert_eq!(state.part(), expected, "{code}");
    }
    assert_eq!(
        rules.state("GR").and_then(|s| s.eu_code.as_deref()),
        Some("EL")
    );
}

#[test]
fn every_part_a_state_accepts_a_complete_statement() {
    for code in PART_A {
        let pairs = part_a(code);
        let v = validate(&borrow(&pairs)).unwrap_or_else(|e| panic!("{code}: {e:?}"));
        let s = &v.statement;
        assert_eq!(s.nationality, code);
        let mut keys: Vec<&str> = s.fields.keys().collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "city",
                "country",
                "date_of_birth",
                "family_names",
                "full_first_names",
                "postal_code",
                "street",
                "street_number"
            ],
            "{code}"
        );
        assert_eq!(s.fields.get("date_of_birth").unwrap(), "1990-01-15");
    }
}

#[test]
fn every_part_b_state_accepts_its_document() {
    for (code, doc, number) in PART_B {
        let pairs = part_b(code, doc, number);
        let v =
            validate(&borrow(&pairs)).unwrap_or_else(|e| panic!("{code} {doc} {number}: {e:?}"));
        let s = &v.statement;
        assert_eq!(s.fields.len(), 4, "{code}");
        assert_eq!(s.fields.get("id_type").unwrap(), doc);
        // Stored compact: upper case, no spaces or separators.
        assert!(
            s.fields
                .get("id_number")
                .unwrap()
                .chars()
                .all(|c| c.is_ascii_alphanumeric()),
            "{code}"
        );
    }
    // Every Part B state is in the table above.
    let listed: Vec<&str> = PART_B.iter().map(|(c, _, _)| *c).collect();
    for (code, state) in &rules().states {
        assert_eq!(
            listed.contains(&code.as_str()),
            state.part() == Part::B,
            "{code}"
        );
    }
}

#[test]
fn each_required_field_missing_is_reported() {
    for code in PART_A {
        let pairs = part_a(code);
        for (key, _) in &pairs {
            if matches!(*key, "nationality" | "declaration") {
                continue;
            }
            let missing = with(&pairs, key, None);
            assert!(
                has_error(&borrow(&missing), key, ErrorCode::Required),
                "{code} {key}"
            );
            let blank = with(&pairs, key, Some("   "));
            assert!(
                has_error(&borrow(&blank), key, ErrorCode::Required),
                "{code} {key} blank"
            );
        }
    }
    for (code, doc, number) in PART_B {
        let pairs = part_b(code, doc, number);
        for key in ["full_first_names", "family_names", "id_number"] {
            let missing = with(&pairs, key, None);
            assert!(
                has_error(&borrow(&missing), key, ErrorCode::Required),
                "{code} {key}"
            );
        }
    }
}

#[test]
fn fields_another_nationality_needs_are_rejected_not_stored() {
    let de = with(&part_a("DE"), "id_number", Some("123456789"));
    assert!(has_error(&borrow(&de), "id_number", ErrorCode::NotAllowed));
    let pl = with(
        &part_b("PL", "national.id.number", "44051401359"),
        "date_of_birth",
        Some("1944-05-14"),
    );
    assert!(has_error(
        &borrow(&pl),
        "date_of_birth",
        ErrorCode::NotAllowed
    ));
    let pl = with(
        &part_b("PL", "national.id.number", "44051401359"),
        "street",
        Some("Main"),
    );
    assert!(has_error(&borrow(&pl), "street", ErrorCode::NotAllowed));
    // Empty values of fields not asked for (e.g. hidden inputs) are simply absent.
    let pl = with(
        &part_b("PL", "national.id.number", "44051401359"),
        "street",
        Some(""),
    );
    assert!(validate(&borrow(&pl)).is_ok());
}

#[test]
fn unknown_and_duplicate_keys_are_errors() {
    let pairs = with(&part_a("FR"), "favourite_colour", Some("blue"));
    assert!(has_error(
        &borrow(&pairs),
        "favourite_colour",
        ErrorCode::UnknownField
    ));
    let fr = part_a("FR");
    let mut dup = borrow(&fr);
    dup.push(("city", "Lyon"));
    assert!(has_error(&dup, "city", ErrorCode::DuplicateField));
    // Echoed field names are bounded.
    let long_key = "k".repeat(500);
    let errs = errors(&[("nationality", "FR"), (long_key.as_str(), "x")]);
    assert!(errs.iter().all(|(f, _)| f.chars().count() <= 64));
}

#[test]
fn nationality_must_be_an_eu_member_state() {
    for bad in ["US", "GB", "CH", "XX", "E", "germany"] {
        let pairs = with(&part_a("DE"), "nationality", Some(bad));
        assert!(
            has_error(
                &borrow(&pairs),
                "nationality",
                ErrorCode::UnknownNationality
            ),
            "{bad}"
        );
    }
    let pairs = with(&part_a("DE"), "nationality", None);
    assert!(has_error(
        &borrow(&pairs),
        "nationality",
        ErrorCode::Required
    ));
    // The EU's own code for Greece and lower case are understood.
    let el = with(&part_a("GR"), "nationality", Some("EL"));
    assert_eq!(validate(&borrow(&el)).unwrap().statement.nationality, "GR");
    let lower = with(&part_a("DE"), "nationality", Some("de"));
    assert_eq!(
        validate(&borrow(&lower)).unwrap().statement.nationality,
        "DE"
    );
}

#[test]
fn document_type_must_be_accepted_by_the_nationality() {
    let pairs = part_b("AT", "personal.number", "1234567");
    assert!(has_error(
        &borrow(&pairs),
        "id_type",
        ErrorCode::DocumentTypeNotAccepted
    ));
    let pairs = part_b("BE", "passport", "EH123456");
    assert!(has_error(
        &borrow(&pairs),
        "id_type",
        ErrorCode::DocumentTypeNotAccepted
    ));
    // With one accepted type, the type may be left out.
    let pairs = with(
        &part_b("PL", "national.id.number", "44051401359"),
        "id_type",
        None,
    );
    let v = validate(&borrow(&pairs)).unwrap();
    assert_eq!(
        v.statement.fields.get("id_type").unwrap(),
        "national.id.number"
    );
    // With several, it may not.
    let pairs = with(&part_b("AT", "passport", "P1234567"), "id_type", None);
    assert!(has_error(&borrow(&pairs), "id_type", ErrorCode::Required));
}

#[test]
fn strict_formats_and_checksums_block() {
    let cases = [
        (
            "BE",
            "national.id.number",
            "85073003329",
            ErrorCode::Checksum,
        ),
        (
            "BE",
            "national.id.number",
            "8507300332",
            ErrorCode::InvalidFormat,
        ),
        ("BG", "personal.number", "4507140715", ErrorCode::Checksum),
        ("EE", "personal.number", "34310046450", ErrorCode::Checksum),
        (
            "EE",
            "personal.number",
            "94310046459",
            ErrorCode::InvalidFormat,
        ),
        ("ES", "id.card", "10256129A", ErrorCode::Checksum),
        ("ES", "id.card", "1025612S", ErrorCode::InvalidFormat),
        ("HR", "personal.id", "12524273168", ErrorCode::Checksum),
        ("LT", "personal.number", "34601195492", ErrorCode::Checksum),
        ("LV", "personal.id", "0101901234", ErrorCode::InvalidFormat),
        (
            "PL",
            "national.id.number",
            "44051401358",
            ErrorCode::Checksum,
        ),
        ("PT", "citizens.card", "622838191AB4", ErrorCode::Checksum),
        ("RO", "personal.id", "1630615123458", ErrorCode::Checksum),
        ("SE", "personal.number", "6101164547", ErrorCode::Checksum),
        (
            "SI",
            "personal.number",
            "0805945506953",
            ErrorCode::Checksum,
        ),
        (
            "HU",
            "personal.number",
            "1234567890",
            ErrorCode::InvalidFormat,
        ),
    ];
    for (code, doc, number, expected) in cases {
        let pairs = part_b(code, doc, number);
        assert!(
            has_error(&borrow(&pairs), "id_number", expected),
            "{code} {number}: {:?}",
            errors(&borrow(&pairs))
        );
        // Confirming an unusual format does not override a strict rule.
        let confirmed = with(&pairs, "id_number_confirmed", Some("true"));
        assert!(
            has_error(&borrow(&confirmed), "id_number", expected),
            "{code} {number} confirmed"
        );
    }
}

#[test]
fn advisory_formats_can_be_confirmed() {
    let cases = [
        ("AT", "passport", "12345"),
        ("AT", "id.card", "123"),
        ("CY", "passport", "Z1"),
        ("CZ", "passport", "AB1"),
        ("IT", "passport", "123"),
        ("MT", "id.card", "ABC"),
        ("PT", "id.card", "A1"),
        ("RO", "id.card", "123"),
        ("ES", "passport", "1"),
        ("HU", "id.card", "1"),
    ];
    for (code, doc, number) in cases {
        let pairs = part_b(code, doc, number);
        assert!(
            has_error(&borrow(&pairs), "id_number", ErrorCode::UnusualFormat),
            "{code} {doc}"
        );
        let confirmed = with(&pairs, "id_number_confirmed", Some("on"));
        let v = validate(&borrow(&confirmed)).unwrap_or_else(|e| panic!("{code}: {e:?}"));
        assert!(v.statement.id_format_confirmed);
    }
    // Characters outside A-Z 0-9 (after removing separators) are never accepted.
    let pairs = with(
        &part_b("AT", "passport", "P12#4567"),
        "id_number_confirmed",
        Some("true"),
    );
    assert!(has_error(
        &borrow(&pairs),
        "id_number",
        ErrorCode::InvalidCharacters
    ));
    let pairs = part_b("AT", "passport", &"1".repeat(31));
    assert!(has_error(&borrow(&pairs), "id_number", ErrorCode::TooLong));
}

#[test]
fn swedish_numbers_in_any_accepted_form() {
    for number in ["6101164546", "610116-4546", "196101164546", "19610116-4546"] {
        let pairs = part_b("SE", "personal.number", number);
        assert!(validate(&borrow(&pairs)).is_ok(), "{number}");
    }
}

#[test]
fn date_of_birth_must_exist_and_be_past() {
    for (dob, code) in [
        ("2001-02-29", ErrorCode::InvalidDate),
        ("1990-13-01", ErrorCode::InvalidDate),
        ("yesterday", ErrorCode::InvalidDate),
        ("1850-01-01", ErrorCode::InvalidDate),
        ("2026-11-23", ErrorCode::DateInFuture),
    ] {
        let pairs = with(&part_a("FR"), "date_of_birth", Some(dob));
        assert!(has_error(&borrow(&pairs), "date_of_birth", code), "{dob}");
    }
    for typed in [
        "15/01/1990",
        "15.01.1990",
        "15-01-1990",
        "15 01 1990",
        "15 / 01 / 1990",
        "1990-01-15",
    ] {
        let pairs = with(&part_a("FR"), "date_of_birth", Some(typed));
        assert_eq!(
            validate(&borrow(&pairs))
                .unwrap()
                .statement
                .fields
                .get("date_of_birth")
                .unwrap(),
            "1990-01-15"
        );
    }
}

#[test]
fn minimum_age_per_state_on_the_signing_date() {
    // Signing date 2026-11-22: 18 turns on 2008-11-22, 17 on 2009-11-22, 16 on 2010-11-22.
    let cases = [
        ("FR", "2008-11-22", true),
        ("FR", "2008-11-23", false),
        ("DE", "2010-11-22", true),
        ("DE", "2010-11-23", false),
        ("FI", "2010-11-22", true),
        ("GR", "2009-11-22", true),
        ("GR", "2009-11-23", false),
        ("NL", "2009-01-01", false),
    ];
    for (code, dob, ok) in cases {
        let pairs = with(&part_a(code), "date_of_birth", Some(dob));
        if ok {
            assert!(validate(&borrow(&pairs)).is_ok(), "{code} {dob}");
        } else {
            assert!(
                has_error(&borrow(&pairs), "date_of_birth", ErrorCode::TooYoung),
                "{code} {dob}"
            );
        }
    }
}

#[test]
fn minimum_age_follows_the_dates_it_changed() {
    let rules = rules();
    let d = |s: &str| ocs_core::dates::parse_iso_date(s).unwrap();
    assert_eq!(rules.state("BE").unwrap().min_age_on(d("2023-04-30")), 18);
    assert_eq!(rules.state("BE").unwrap().min_age_on(d("2023-05-01")), 16);
    assert_eq!(rules.state("DE").unwrap().min_age_on(d("2022-12-31")), 18);
    assert_eq!(rules.state("DE").unwrap().min_age_on(d("2023-01-01")), 16);
    assert_eq!(rules.state("FI").unwrap().min_age_on(d("2025-06-30")), 18);
    assert_eq!(rules.state("FI").unwrap().min_age_on(d("2025-07-01")), 16);
    for (code, age) in [
        ("AT", 16),
        ("EE", 16),
        ("MT", 16),
        ("GR", 17),
        ("FR", 18),
        ("IT", 18),
        ("PL", 18),
    ] {
        assert_eq!(
            rules.state(code).unwrap().min_age_on(d("2026-11-22")),
            age,
            "{code}"
        );
    }
}

#[test]
fn age_is_read_from_id_numbers_that_encode_the_birth_date() {
    // Born 2012-03-03 or 2012-05-05 (checked with python-stdnum): 14 on the signing date.
    let too_young = [
        ("BE", "national.id.number", "12050500168"),
        ("BG", "personal.number", "1243030007"),
        ("EE", "personal.number", "61203030006"),
        ("PL", "national.id.number", "12230300003"),
        ("RO", "personal.id", "5120303460003"),
        ("SE", "personal.number", "201203030000"),
        ("SI", "personal.number", "0303012505003"),
    ];
    for (code, doc, number) in too_young {
        let pairs = part_b(code, doc, number);
        assert!(
            has_error(&borrow(&pairs), "id_number", ErrorCode::TooYoung),
            "{code}: {:?}",
            errors(&borrow(&pairs))
        );
    }
    // 17-year-old Belgian and 16-year-old Estonian: old enough there.
    assert!(validate(&borrow(&part_b("BE", "national.id.number", "09050500105"))).is_ok());
    assert!(validate(&borrow(&part_b("EE", "personal.number", "51001010008"))).is_ok());
}

#[test]
fn names_and_text_fields() {
    for (value, code) in [
        ("R2D2", ErrorCode::InvalidCharacters),
        ("Anna<script>", ErrorCode::InvalidCharacters),
        ("'-.", ErrorCode::InvalidCharacters),
        ("An\u{0}na", ErrorCode::InvalidCharacters),
        ("An\u{202E}na", ErrorCode::InvalidCharacters),
    ] {
        let pairs = with(&part_a("FR"), "family_names", Some(value));
        assert!(
            has_error(&borrow(&pairs), "family_names", code),
            "{value:?}"
        );
    }
    let long = "a".repeat(101);
    let pairs = with(&part_a("FR"), "family_names", Some(&long));
    assert!(has_error(
        &borrow(&pairs),
        "family_names",
        ErrorCode::TooLong
    ));
    let long = "a".repeat(101);
    let pairs = with(&part_a("FR"), "street", Some(&long));
    assert!(has_error(&borrow(&pairs), "street", ErrorCode::TooLong));
    // Names in every EU script, with apostrophes and hyphens, normalised to NFC.
    for name in [
        "Ó Súilleabháin",
        "D'Artagnan",
        "Παπαδόπουλος",
        "Иванов",
        "Ţuţu-Ştefan",
        "Ørsted",
        "Jose\u{301}",
    ] {
        let pairs = with(&part_a("FR"), "family_names", Some(name));
        let v = validate(&borrow(&pairs)).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert!(unicode_normalization::is_nfc(
            v.statement.fields.get("family_names").unwrap()
        ));
    }
    let pairs = with(&part_a("FR"), "full_first_names", Some("  Jean   Pierre "));
    assert_eq!(
        validate(&borrow(&pairs))
            .unwrap()
            .statement
            .fields
            .get("full_first_names")
            .unwrap(),
        "Jean Pierre"
    );
}

#[test]
fn postal_codes_follow_the_country_of_residence() {
    let bad = [
        ("DE", "1234"),
        ("DE", "123456"),
        ("FR", "7500A"),
        ("DK", "10500"),
        ("LU", "L-123"),
        ("NL", "0123AB"),
        ("SK", "71101"),
        ("GR", "1055"),
        // Eircodes: a routing key (letter, two digits, or D6W) and four characters of a
        // restricted alphabet, as the Commission's software required.
        ("IE", "D02 X28"),
        ("IE", "B02 X285"),
        ("IE", "D02"),
    ];
    for (code, postal) in bad {
        let pairs = with(&part_a(code), "postal_code", Some(postal));
        assert!(
            has_error(&borrow(&pairs), "postal_code", ErrorCode::InvalidFormat),
            "{code} {postal}"
        );
    }
    // A French citizen living in Belgium: Belgian postcode, generic rule.
    let abroad = with(
        &with(&part_a("FR"), "country", Some("BE")),
        "postal_code",
        Some("1000"),
    );
    let v = validate(&borrow(&abroad)).unwrap();
    assert_eq!(v.statement.fields.get("country").unwrap(), "BE");
    // Ireland: the Eircode is required, as in the Commission's software (what the collector
    // accepts, the export hands over: crates/ocs/tests/seams.rs).
    assert!(has_error(
        &borrow(&with(&part_a("IE"), "postal_code", None)),
        "postal_code",
        ErrorCode::Required
    ));
    for eircode in ["D02 X285", "d02x285", "D6W 1AC9", "T12 AC34"] {
        let ok = validate(&borrow(&with(&part_a("IE"), "postal_code", Some(eircode))));
        assert!(ok.is_ok(), "{eircode}: {ok:?}");
    }
    // Residents of a country without a postal-code rule may leave it out, and then it is absent.
    let in_us = with(
        &with(&part_a("DE"), "country", Some("US")),
        "postal_code",
        None,
    );
    let v = validate(&borrow(&in_us)).unwrap();
    assert_eq!(v.statement.fields.get("postal_code"), None);
    // Residents of Austria: four digits.
    let in_at = with(
        &with(&part_a("DE"), "country", Some("AT")),
        "postal_code",
        Some("10115"),
    );
    assert!(has_error(
        &borrow(&in_at),
        "postal_code",
        ErrorCode::InvalidFormat
    ));
    let nl = validate(&borrow(&part_a("NL"))).unwrap();
    assert_eq!(nl.statement.fields.get("postal_code").unwrap(), "1012AB");
    let pairs = with(&part_a("DE"), "country", Some("XX"));
    assert!(has_error(
        &borrow(&pairs),
        "country",
        ErrorCode::InvalidFormat
    ));
}

#[test]
fn declaration_is_required() {
    for value in [None, Some("false"), Some("")] {
        let pairs = with(&part_a("FR"), "declaration", value);
        assert!(has_error(
            &borrow(&pairs),
            "declaration",
            ErrorCode::DeclarationRequired
        ));
    }
    let pairs = with(&part_a("FR"), "declaration", Some("maybe"));
    assert!(has_error(
        &borrow(&pairs),
        "declaration",
        ErrorCode::WrongType
    ));
}

#[test]
fn email_needs_its_own_consent_and_stays_out_of_the_statement() {
    let pairs = with(&part_a("FR"), "email", Some("anna@example.org"));
    assert!(has_error(
        &borrow(&pairs),
        "email_consent",
        ErrorCode::ConsentRequired
    ));
    let pairs = with(
        &with(&part_a("FR"), "email", Some("not-an-address")),
        "email_consent",
        Some("on"),
    );
    assert!(has_error(&borrow(&pairs), "email", ErrorCode::InvalidEmail));
    let pairs = with(
        &with(&part_a("FR"), "email", Some("anna@example.org")),
        "email_consent",
        Some("on"),
    );
    let v = validate(&borrow(&pairs)).unwrap();
    let contact = v.contact.as_ref().unwrap();
    assert_eq!(contact.email, "anna@example.org");
    assert_eq!(contact.statement, v.statement.id);
    let canonical = String::from_utf8(v.statement.to_canonical().to_vec()).unwrap();
    assert!(!canonical.contains("anna@example.org"));
    // Consent alone, without an address, is harmless.
    let pairs = with(&part_a("FR"), "email_consent", Some("on"));
    assert!(validate(&borrow(&pairs)).unwrap().contact.is_none());
}

#[test]
fn signing_only_inside_the_collection_period() {
    let pairs = part_a("FR");
    let before = validate_at(&borrow(&pairs), datetime!(2026-05-31 23:59:59 UTC));
    assert_eq!(
        before.unwrap_err(),
        ValidationError::CollectionNotOpen(CollectionStatus::NotStarted)
    );
    assert!(validate_at(&borrow(&pairs), datetime!(2026-06-01 00:00 UTC)).is_ok());
    assert!(validate_at(&borrow(&pairs), datetime!(2027-05-31 23:59:59 UTC)).is_ok());
    let after = validate_at(&borrow(&pairs), datetime!(2027-06-01 00:00 UTC));
    assert_eq!(
        after.unwrap_err(),
        ValidationError::CollectionNotOpen(CollectionStatus::Ended)
    );
}

#[test]
fn json_and_form_bodies_parse_to_the_same_statement() {
    let json = br#"{"nationality":"PL","full_first_names":"Jan","family_names":"Kowalski",
        "id_type":"national.id.number","id_number":"44051401359","declaration":true,"email":null}"#;
    let form = b"nationality=PL&full_first_names=Jan&family_names=Kowalski&id_type=national.id.number&id_number=44051401359&declaration=on";
    let initiative = initiative();
    let ctx = ocs_core::Validator {
        rules: rules(),
        initiative: &initiative,
        now: NOW,
    };
    let id = ocs_core::StatementId::generate().unwrap();
    let a = ctx
        .validate(&RawSubmission::from_json(json).unwrap(), id)
        .unwrap();
    let b = ctx
        .validate(&RawSubmission::from_form(form).unwrap(), id)
        .unwrap();
    assert_eq!(a.statement, b.statement);

    assert_eq!(
        RawSubmission::from_json(b"[1]").unwrap_err(),
        ParseError::NotAnObject
    );
    assert_eq!(
        RawSubmission::from_json(b"{").unwrap_err(),
        ParseError::Json
    );
    // A lone surrogate cannot become a Rust string: the body is malformed, never stored.
    assert_eq!(
        RawSubmission::from_json(br#"{"family_names":"Muster\ud800"}"#).unwrap_err(),
        ParseError::Json
    );
    assert_eq!(RawSubmission::from_form(b"a=%FF%FE").map(|_| ()), Ok(()));
    assert_eq!(
        RawSubmission::from_form(&[0xff, 0xfe]).unwrap_err(),
        ParseError::Encoding
    );
    let big = vec![b'a'; ocs_core::statement::MAX_BODY_BYTES + 1];
    assert_eq!(
        RawSubmission::from_form(&big).unwrap_err(),
        ParseError::TooLarge
    );
    assert_eq!(
        RawSubmission::from_json(&big).unwrap_err(),
        ParseError::TooLarge
    );
    let raw = RawSubmission::from_json(br#"{"nationality":"PL","id_number":44051401359}"#).unwrap();
    let err = ctx.validate(&raw, id).unwrap_err();
    let ValidationError::Invalid(errs) = err else {
        panic!()
    };
    assert!(errs
        .iter()
        .any(|e| e.field == "id_number" && e.code == ErrorCode::WrongType));
}

#[test]
fn the_edge_can_take_its_own_keys_out_first() {
    let mut raw = RawSubmission::from_form(b"nationality=FR&cf-turnstile-response=tok").unwrap();
    assert_eq!(
        raw.take("cf-turnstile-response")
            .as_deref()
            .map(String::as_str),
        Some("tok")
    );
    assert_eq!(raw.nationality().as_deref(), Some("FR"));
}

#[test]
fn canonical_plaintext_is_sorted_compact_json_and_round_trips() {
    let v = validate(&borrow(&part_a("DE"))).unwrap();
    let bytes = v.statement.to_canonical();
    let text = std::str::from_utf8(&bytes).unwrap();
    assert!(
        text.starts_with(r#"{"annex_revision":"2019/788-annex-III","fields":{"city":"#),
        "{text}"
    );
    assert!(!text.contains(": ") && !text.contains('\n'));
    // Sorted keys: re-serialising through a sorted map gives the same bytes.
    let value: serde_json::Value = serde_json::from_str(text).unwrap();
    assert_eq!(serde_json::to_string(&value).unwrap(), text);
    let back = Statement::from_canonical(&bytes).unwrap();
    assert_eq!(back, v.statement);
    assert!(Statement::from_canonical(text.replace(r#""v":1"#, r#""v":9"#).as_bytes()).is_err());
    assert!(Statement::from_canonical(text.replace("city", "town").as_bytes()).is_err());
    assert!(Statement::from_canonical(
        text.replace(r#"{"annex"#, r#"{"extra":"x","annex"#)
            .as_bytes()
    )
    .is_err());
}

#[test]
fn greece_is_el_as_country_of_residence_too() {
    let pairs = with(
        &with(&part_a("GR"), "nationality", Some("EL")),
        "country",
        Some("el"),
    );
    let v = validate(&borrow(&pairs)).unwrap();
    assert_eq!(v.statement.nationality, "GR");
    assert_eq!(v.statement.fields.get("country"), Some("GR"));
    // A German living in Greece: the Greek postcode rule applies.
    let abroad = with(
        &with(&part_a("DE"), "country", Some("EL")),
        "postal_code",
        Some("1234"),
    );
    assert!(has_error(
        &borrow(&abroad),
        "postal_code",
        ErrorCode::InvalidFormat
    ));
}

/// A partner sealed in a statement or a contact names files and columns in `ocs`: anything but
/// a partner code's form (a path, markup, a control character) is refused when read back.
#[test]
fn a_sealed_partner_must_be_a_partner_code() {
    let v = validate(&borrow(&part_a("DE"))).unwrap();
    let text = String::from_utf8(v.statement.to_canonical().to_vec()).unwrap();
    let with_partner = |code: &str| {
        text.replacen(
            r#","submitted_at""#,
            &format!(r#","partner":{},"submitted_at""#, serde_json::json!(code)),
            1,
        )
    };
    assert!(Statement::from_canonical(with_partner("friends-1").as_bytes()).is_ok());
    for hostile in [
        "../../.ssh/authorized_keys",
        "a/b",
        "Friends",
        "",
        "x\u{202E}",
    ] {
        let err = Statement::from_canonical(with_partner(hostile).as_bytes()).unwrap_err();
        assert!(
            matches!(err, ocs_core::statement::CanonicalError::Partner(_)),
            "{hostile:?}: {err}"
        );
    }
    let contact = |code: &str| {
        format!(
            r#"{{"email":"a@example.eu","organiser":false,"partner":{},"statement":"{}","v":1}}"#,
            serde_json::json!(code),
            v.statement.id
        )
    };
    assert!(ocs_core::statement::Contact::from_canonical(contact("unions").as_bytes()).is_ok());
    assert!(ocs_core::statement::Contact::from_canonical(
        contact("../contacts-organisers").as_bytes()
    )
    .is_err());
}
