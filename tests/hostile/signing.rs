//! Hostile requests to `POST /api/v1/statements` and `POST /{lang}/sign`.

use super::{case, client, valid, Case, Expect, Target};
use crate::support::{form_body, Reply, Worker};
use ocs_testkit::{part_a, rules, with};

const STATEMENTS: &str = "/api/v1/statements";

fn post(w: &Worker, content_type: &str, body: &str) -> Reply {
    w.post(STATEMENTS, &client(), content_type, body)
}

fn json(body: impl Into<String>) -> impl Fn(&Target) -> Reply {
    let body = body.into();
    move |t| post(t.open, "application/json", &body)
}

fn sign(pairs: Vec<(&'static str, String)>, token: &'static str) -> impl Fn(&Target) -> Reply {
    move |t| t.open.sign_json(&client(), &pairs, token)
}

/// A German (Part A) submission with `field` set to `value`.
fn de_with(field: &'static str, value: &str) -> Vec<(&'static str, String)> {
    with(&part_a("DE"), field, Some(value))
}

/// A JSON body that sends `key` twice, the first time with `first`.
fn twice(key: &str, first: &str) -> String {
    let mut body = format!("{{{key:?}:{first:?}");
    for (k, v) in part_a("DE") {
        body.push_str(&format!(",{k:?}:{v:?}"));
    }
    body.push_str(",\"turnstile_token\":\"pass\"}");
    body
}

/// Sends `body` as it is, over a socket, so framing and headers are exactly the test's.
fn raw(w: &Worker, head: &str, body: &[u8]) -> Reply {
    use std::io::{Read, Write};
    let address = w.base.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(address).expect("connect");
    let mut request = format!(
        "POST {STATEMENTS} HTTP/1.1\r\nHost: {address}\r\ncontent-type: application/json\r\ncf-connecting-ip: {}\r\nconnection: close\r\n{head}\r\n",
        client()
    )
    .into_bytes();
    request.extend_from_slice(body);
    // The worker may answer before the whole body is sent: that is the point. The connection
    // may then stay open (the server still expects the announced body), so read one response,
    // not to the end of the stream.
    let _ = stream.write_all(&request);
    let _ = stream.set_read_timeout(Some(std::time::Duration::from_secs(30)));
    let mut answer = Vec::new();
    let mut buffer = [0u8; 4096];
    while !complete(&answer) {
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(n) => answer.extend_from_slice(buffer.get(..n).unwrap_or_default()),
        }
    }
    // Let the server close its side first (it does, within seconds): a client that resets a
    // connection wrangler's local proxy still forwards holds up the next requests for ~10 s
    // (an artefact of `wrangler dev`, not of the worker).
    let _ = stream.set_read_timeout(Some(std::time::Duration::from_secs(15)));
    while matches!(stream.read(&mut buffer), Ok(n) if n > 0) {}
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let status = answer.get(9..12).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = answer
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    Reply {
        status,
        headers: Default::default(),
        body,
    }
}

/// Whether `answer` holds a whole HTTP response (headers and the body `content-length` gives).
fn complete(answer: &[u8]) -> bool {
    let text = String::from_utf8_lossy(answer);
    let Some((head, body)) = text.split_once("\r\n\r\n") else {
        return false;
    };
    let length = head.lines().find_map(|line| {
        let (name, value) = line.split_once(':')?;
        name.eq_ignore_ascii_case("content-length")
            .then(|| value.trim().parse::<usize>().ok())?
    });
    length.is_some_and(|n| body.len() >= n)
}

fn chunked(size: usize) -> Vec<u8> {
    let json = format!("{{\"street\":\"{}\"}}", "a".repeat(size));
    let mut out = Vec::new();
    for chunk in json.as_bytes().chunks(4096) {
        out.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
        out.extend_from_slice(chunk);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out
}

/// Characters no statement may carry, each in another text field.
const FORBIDDEN: [(&str, &str, &str); 11] = [
    ("ffff-in-street", "street", "Hauptstra\u{FFFF}e"),
    (
        "hangul-filler-in-family-names",
        "family_names",
        "Muster\u{3164}",
    ),
    ("tag-character-in-city", "city", "Berlin\u{E0041}"),
    (
        "variation-selector-in-first-names",
        "full_first_names",
        "Anna\u{FE0F}",
    ),
    (
        "bidi-override-in-street-number",
        "street_number",
        "5\u{202E}",
    ),
    (
        "zero-width-space-in-family-names",
        "family_names",
        "Mus\u{200B}ter",
    ),
    ("nul-in-city", "city", "Berlin\u{0}"),
    ("c1-control-in-street", "street", "Haupt\u{85}stra\u{DF}e"),
    (
        "private-use-in-first-names",
        "full_first_names",
        "Anna\u{E000}",
    ),
    ("replacement-character-in-city", "city", "Berl\u{FFFD}n"),
    (
        "soft-hyphen-in-family-names",
        "family_names",
        "Mus\u{AD}ter",
    ),
];

pub fn cases() -> Vec<Case> {
    let mut cases = vec![
        case(
            "json-duplicate-nationality",
            Expect::field("nationality", "duplicate_field"),
            json(twice("nationality", "US")),
        ),
        case(
            "json-duplicate-family-names",
            Expect::field("family_names", "duplicate_field"),
            json(twice("family_names", "Schmidt")),
        ),
        case(
            "form-duplicate-field",
            Expect::field("city", "duplicate_field"),
            |t| {
                let mut pairs = part_a("DE");
                pairs.push(("city", "Köln".into()));
                pairs.push(("turnstile_token", "pass".into()));
                post(
                    t.open,
                    "application/x-www-form-urlencoded",
                    &form_body(&pairs),
                )
            },
        ),
    ];
    for (id, field, value) in FORBIDDEN {
        let pairs = de_with(field, value);
        cases.push(case(
            id,
            Expect::field(field, "invalid_characters"),
            sign(pairs, "pass"),
        ));
    }
    cases.extend([
        case(
            "e-mail-header-injection",
            Expect::field("email", "invalid_email"),
            sign(
                with(
                    &de_with("email", "a@example.eu\r\nBcc: all@example.eu"),
                    "email_consent",
                    Some("true"),
                ),
                "pass",
            ),
        ),
        case(
            "lone-surrogate-in-json",
            Expect::json(400, "bad_request"),
            json(r#"{"nationality":"DE","family_names":"M\ud800"}"#),
        ),
        case(
            "thousands-of-empty-keys",
            Expect::json(422, "invalid").at_most_errors(3),
            |t| {
                post(
                    t.open,
                    "application/x-www-form-urlencoded",
                    &"a&".repeat(8000)[..16000],
                )
            },
        ),
        case(
            "hundred-unknown-keys",
            Expect::json(422, "invalid").at_most_errors(3),
            json(format!(
                "{{{}}}",
                (0..100)
                    .map(|i| format!("\"k{i}\":\"v\""))
                    .collect::<Vec<_>>()
                    .join(",")
            )),
        ),
        case(
            "unknown-field-admin",
            Expect::field("admin", "unknown_field"),
            sign(de_with("admin", "true"), "pass"),
        ),
        case(
            "nested-object-value",
            Expect::field("family_names", "wrong_type"),
            json(r#"{"nationality":"DE","family_names":{"$ne":""}}"#),
        ),
        case(
            "array-value",
            Expect::field("city", "wrong_type"),
            json(r#"{"nationality":"DE","city":["Berlin","Paris"]}"#),
        ),
        case(
            "number-nationality",
            Expect::field("nationality", "wrong_type"),
            json(r#"{"nationality":276}"#),
        ),
        case(
            "deeply-nested-json",
            Expect::json(400, "bad_request"),
            json(format!("{}{}", "[".repeat(5000), "]".repeat(5000))),
        ),
        case(
            "top-level-array",
            Expect::json(400, "bad_request"),
            json("[{\"nationality\":\"DE\"}]"),
        ),
        case(
            "top-level-string",
            Expect::json(400, "bad_request"),
            json("\"DE\""),
        ),
        case("empty-body", Expect::json(400, "bad_request"), json("")),
        case("invalid-utf-8", Expect::json(400, "bad_request"), |t| {
            t.open.request(
                "POST",
                STATEMENTS,
                &[
                    ("content-type", "application/json"),
                    ("cf-connecting-ip", &client()),
                ],
                b"{\"city\":\"\xff\xfe\"}",
            )
        }),
        case("oversized-body", Expect::json(413, "too_large"), |t| {
            post(
                t.open,
                "application/json",
                &format!("{{\"street\":\"{}\"}}", "a".repeat(20_000)),
            )
        }),
        case(
            "oversized-chunked-body",
            Expect::json(413, "too_large"),
            |t| raw(t.open, "transfer-encoding: chunked\r\n", &chunked(40_000)),
        ),
        // Refused on the header, before anything else: before the per-client limit counts the
        // attempt (31 of them from one client, and the client may still sign), and before the
        // body is read. (The local runtime's proxy takes in the whole body before the worker
        // sees the request, so the order of the checks is what a test here can observe.)
        case("megabyte-body", Expect::json(413, "too_large"), |t| {
            let body = format!("{{\"street\":\"{}\"}}", "a".repeat(1 << 20));
            let (mut replies, after) = crate::support::in_one_limit_window(|_| {
                let me = client();
                let replies: Vec<Reply> = (0..31)
                    .map(|_| t.open.post(STATEMENTS, &me, "application/json", &body))
                    .collect();
                let after = t.open.post(STATEMENTS, &me, "application/json", "{}");
                (replies, after.status)
            });
            let statuses: Vec<u16> = replies.iter().map(|r| r.status).collect();
            assert_eq!(statuses, [413; 31], "megabyte-body: every one refused");
            assert_eq!(after, 422, "megabyte-body: the refusals were never counted");
            replies.remove(0)
        }),
        case(
            "text-plain-body",
            Expect::json(415, "unsupported_media_type"),
            |t| post(t.open, "text/plain", "nationality=DE"),
        ),
        case(
            "no-content-type",
            Expect::json(415, "unsupported_media_type"),
            |t| {
                t.open.request(
                    "POST",
                    STATEMENTS,
                    &[("cf-connecting-ip", &client())],
                    b"{\"nationality\":\"DE\"}",
                )
            },
        ),
        case(
            "non-member-nationality",
            Expect::field("nationality", "unknown_nationality"),
            sign(with(&part_a("DE"), "nationality", Some("US")), "pass"),
        ),
        case(
            "born-yesterday",
            Expect::field("date_of_birth", "too_young"),
            sign(
                de_with("date_of_birth", &crate::support::iso_day(-1)),
                "pass",
            ),
        ),
        case(
            "born-in-the-future",
            Expect::field("date_of_birth", "date_in_future"),
            sign(
                de_with("date_of_birth", &crate::support::iso_day(400)),
                "pass",
            ),
        ),
        case(
            "id-number-too-long",
            Expect::field("id_number", "too_long"),
            sign(
                with(&valid("PL"), "id_number", Some(&"1".repeat(200))),
                "pass",
            ),
        ),
        case(
            "no-declaration",
            Expect::field("declaration", "declaration_required"),
            sign(with(&part_a("DE"), "declaration", None), "pass"),
        ),
        case(
            "e-mail-without-consent",
            Expect::field("email_consent", "consent_required"),
            sign(de_with("email", "anna@example.eu"), "pass"),
        ),
        // The bot check: every token siteverify refuses, and every way it can fail us.
        case(
            "forged-bot-token",
            Expect::json(403, "bot_check_failed"),
            sign(valid("EE"), "fail-forged"),
        ),
        case(
            "empty-bot-token",
            Expect::json(403, "bot_check_failed"),
            sign(valid("EE"), ""),
        ),
        case(
            "missing-bot-token",
            Expect::json(403, "bot_check_failed"),
            |t| {
                let body = serde_json::Value::Object(
                    valid("EE")
                        .into_iter()
                        .map(|(k, v)| (k.to_owned(), v.into()))
                        .collect(),
                );
                post(t.open, "application/json", &body.to_string())
            },
        ),
        case(
            "oversized-bot-token",
            Expect::json(403, "bot_check_failed"),
            move |t| t.open.sign_json(&client(), &valid("EE"), &"x".repeat(3000)),
        ),
        case(
            "replayed-bot-token",
            Expect::json(403, "bot_check_failed"),
            sign(valid("RO"), "once-matrix-replay"),
        ),
        case(
            "bot-token-from-another-site",
            Expect::json(403, "bot_check_failed"),
            sign(valid("EE"), "elsewhere-phish"),
        ),
        case(
            "bot-token-for-another-action",
            Expect::json(403, "bot_check_failed"),
            sign(valid("EE"), "otheraction-login"),
        ),
        case(
            "bot-verdict-without-hostname",
            Expect::json(403, "bot_check_failed"),
            sign(valid("EE"), "nohostname-matrix"),
        ),
        case(
            "bot-verdict-without-action",
            Expect::json(403, "bot_check_failed"),
            sign(valid("EE"), "noaction-matrix"),
        ),
        case(
            "siteverify-answers-500",
            Expect::json(503, "bot_check_unavailable"),
            sign(valid("EE"), "error500"),
        ),
        case(
            "siteverify-answers-garbage",
            Expect::json(503, "bot_check_unavailable"),
            sign(valid("EE"), "garbage"),
        ),
        case(
            "siteverify-too-slow",
            // The stub answers after 20 s; the worker gives up after 5.
            Expect::json(503, "bot_check_unavailable").taking(
                std::time::Duration::from_millis(4500),
                std::time::Duration::from_secs(15),
            ),
            sign(valid("EE"), "slow"),
        ),
        case(
            "signature-after-the-collection-ended",
            Expect::json(410, "collection_closed"),
            |t| t.closed.sign_json(&client(), &valid("EE"), "pass"),
        ),
        case(
            "the-same-person-again",
            Expect::json(409, "already_supported"),
            sign(valid("PT"), "pass"),
        ),
        case(
            "thirty-one-attempts-in-a-minute",
            Expect::json(429, "rate_limited"),
            |t| {
                let statuses = crate::support::in_one_limit_window(|_| {
                    let me = client();
                    (0..31)
                        .map(|_| t.open.post(STATEMENTS, &me, "application/json", "{}"))
                        .collect::<Vec<_>>()
                });
                let counted: Vec<u16> = statuses.iter().map(|r| r.status).collect();
                assert_eq!(counted[..30], [422; 30], "thirty-one: {counted:?}");
                statuses.into_iter().last().expect("31 attempts")
            },
        ),
        case(
            "form-post-with-invisible-letter",
            Expect::page(422)
                .without("\u{3164}")
                .containing("value=\"Muster\""),
            |t| {
                let mut pairs = de_with("family_names", "Muster\u{3164}");
                pairs.push(("cf-turnstile-response", "pass".into()));
                t.open.post(
                    "/en/sign",
                    &client(),
                    "application/x-www-form-urlencoded",
                    &form_body(&pairs),
                )
            },
        ),
    ]);
    cases.extend(wrong_documents());
    cases
}

/// Every nationality with a document it does not accept: Part B states a type outside their
/// list, Part A states (which ask for none) any document at all.
fn wrong_documents() -> Vec<Case> {
    let every_type: Vec<String> = rules()
        .states
        .values()
        .flat_map(|s| s.documents.iter().map(|d| d.doc_type.clone()))
        .collect();
    rules()
        .states
        .iter()
        .map(|(code, state)| {
            let id = format!("wrong-document-{}", code.to_lowercase());
            if state.documents.is_empty() {
                let pairs = with(
                    &with(&valid(code), "id_type", Some("passport")),
                    "id_number",
                    Some("X1234567"),
                );
                return case(
                    id,
                    Expect::field("id_type", "not_allowed"),
                    sign(pairs, "pass"),
                );
            }
            let wrong = every_type
                .iter()
                .find(|t| state.document(t).is_none())
                .cloned()
                .unwrap_or_else(|| "library.card".into());
            case(
                id,
                Expect::field("id_type", "document_type_not_accepted"),
                sign(with(&valid(code), "id_type", Some(&wrong)), "pass"),
            )
        })
        .collect()
}
