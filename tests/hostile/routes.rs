//! Hostile requests to the organiser API, to the pages, and with methods a route does not answer.

use super::{case, client, Case, Expect, Target};
use crate::support::{Reply, EXPORT_TOKEN};

/// `GET path` as client `from` with `authorization` (none if empty).
fn get_as(t: &Target, path: &str, authorization: &str, from: &str) -> Reply {
    let mut headers = vec![("cf-connecting-ip", from)];
    if !authorization.is_empty() {
        headers.push(("authorization", authorization));
    }
    t.open.request("GET", path, &headers, b"")
}

/// An organiser request with the right credential.
fn organiser(path: &'static str) -> impl Fn(&Target) -> Reply {
    move |t| get_as(t, path, &format!("Bearer {EXPORT_TOKEN}"), &client())
}

/// An organiser request with a wrong credential.
fn credential(authorization: String) -> impl Fn(&Target) -> Reply {
    move |t| get_as(t, "/api/v1/counts", &authorization, &client())
}

fn method(verb: &'static str, path: &'static str) -> impl Fn(&Target) -> Reply {
    move |t| {
        t.open.request(
            verb,
            path,
            &[
                ("cf-connecting-ip", &client()),
                ("authorization", &format!("Bearer {EXPORT_TOKEN}")),
            ],
            b"",
        )
    }
}

/// `GET /api/v1/export?query` with the right credential, from a client of its own.
fn export(t: &Target, query: &str) -> Reply {
    get_as(
        t,
        &format!("/api/v1/export?{query}"),
        &format!("Bearer {EXPORT_TOKEN}"),
        &client(),
    )
}

/// The first shard holding rows, and how many (at most a page); the setup stored two.
fn shard_with_rows(t: &Target) -> (u32, usize) {
    (0..crate::support::SHARDS)
        .find_map(|shard| {
            let page = export(t, &format!("shard={shard}"));
            let rows = page.json()["rows"].as_array().map_or(0, Vec::len);
            (rows > 0).then_some((shard, rows))
        })
        .expect("the setup's statements are in some shard")
}

pub fn cases() -> Vec<Case> {
    let bad_query = || Expect::json(400, "bad_request");
    vec![
        // Credentials.
        case(
            "no-credential",
            Expect::json(401, "unauthorised"),
            credential(String::new()),
        ),
        case(
            "wrong-token",
            Expect::json(401, "unauthorised"),
            credential("Bearer not-the-export-token-but-long-enough-00".into()),
        ),
        case(
            "token-plus-one-character",
            Expect::json(401, "unauthorised"),
            credential(format!("Bearer {EXPORT_TOKEN}x")),
        ),
        case(
            "token-prefix",
            Expect::json(401, "unauthorised"),
            credential(format!(
                "Bearer {}",
                &EXPORT_TOKEN[..EXPORT_TOKEN.len() - 1]
            )),
        ),
        case(
            "basic-instead-of-bearer",
            Expect::json(401, "unauthorised"),
            credential(format!("Basic {EXPORT_TOKEN}")),
        ),
        case(
            "guessing-the-token",
            Expect::json(429, "too_many_failures"),
            |t| {
                // The limit is 10 failures a minute: the 11th is refused and throttles.
                let (me, statuses) = crate::support::in_one_limit_window(|_| {
                    let me = client();
                    let statuses: Vec<u16> = (0..11)
                        .map(|guess| {
                            get_as(t, "/api/v1/counts", &format!("Bearer guess-{guess}"), &me)
                                .status
                        })
                        .collect();
                    (me, statuses)
                });
                let mut expected = vec![401; 10];
                expected.push(429);
                assert_eq!(
                    statuses, expected,
                    "guessing-the-token: each guess's answer"
                );
                // Throttled now, even with the right credential.
                get_as(t, "/api/v1/counts", &format!("Bearer {EXPORT_TOKEN}"), &me)
            },
        ),
        // Queries.
        case(
            "shard-not-a-number",
            bad_query(),
            organiser("/api/v1/export?shard=abc"),
        ),
        case(
            "shard-negative",
            bad_query(),
            organiser("/api/v1/export?shard=-1"),
        ),
        case(
            "shard-over-u32",
            bad_query(),
            organiser("/api/v1/export?shard=4294967296"),
        ),
        case(
            "shard-that-does-not-exist",
            Expect::json(404, "no_such_shard"),
            organiser("/api/v1/export?shard=99"),
        ),
        case(
            "after-negative",
            bad_query(),
            organiser("/api/v1/export?shard=0&after=-5"),
        ),
        case(
            "limit-not-a-number",
            bad_query(),
            organiser("/api/v1/export?limit=all"),
        ),
        // On a shard that holds rows (the setup's two land on shards the run's secret picks):
        // the huge limit answers the whole page, and a limit is honoured (the clamp to 1000 per
        // page: src/shard/protocol.rs, `page_limit`, unit-tested).
        case(
            "limit-of-a-quadrillion",
            Expect::page(200).at_most_rows(1000).then(|t| {
                let (shard, rows) = shard_with_rows(t);
                let one = export(t, &format!("shard={shard}&limit=1"));
                let got = one.json()["rows"].as_array().map_or(0, Vec::len);
                (got == 1.min(rows))
                    .then_some(())
                    .ok_or(format!("limit=1 gave {got} rows"))
            }),
            |t| {
                let (shard, rows) = shard_with_rows(t);
                let reply = export(t, &format!("shard={shard}&limit=1000000000000000"));
                let got = reply.json()["rows"].as_array().map_or(0, Vec::len);
                assert_eq!(got, rows, "limit-of-a-quadrillion: the whole page");
                reply
            },
        ),
        case(
            "after-the-last-possible-row",
            Expect::page(200).at_most_rows(0),
            |t| {
                let (shard, _) = shard_with_rows(t);
                export(t, &format!("shard={shard}&after=18446744073709551615"))
            },
        ),
        case(
            "erasures-shard-not-a-number",
            bad_query(),
            organiser("/api/v1/erasures?shard=1e3"),
        ),
        case("erase-not-a-uuid", bad_query(), |t| {
            method("DELETE", "/api/v1/statements/..%2F..%2Fvault")(t)
        }),
        case(
            "erase-unknown-statement",
            Expect::json(404, "no_such_statement"),
            method(
                "DELETE",
                "/api/v1/statements/5f0c6a8e-2b1d-4c3e-9a7f-0d1e2f3a4b5c",
            ),
        ),
        case(
            "erase-without-credential",
            Expect::json(401, "unauthorised"),
            |t| {
                t.open.request(
                    "DELETE",
                    "/api/v1/statements/5f0c6a8e-2b1d-4c3e-9a7f-0d1e2f3a4b5c",
                    &[("cf-connecting-ip", &client())],
                    b"",
                )
            },
        ),
        // The public log: only what exists, only by GET, no entry bundles.
        case(
            "log-shard-not-a-number",
            Expect::json(404, "not_found"),
            method("GET", "/log/abc/checkpoint"),
        ),
        case(
            "log-shard-beyond-the-collector",
            Expect::json(404, "no_such_shard"),
            method("GET", "/log/4000000000/checkpoint"),
        ),
        case(
            "log-entry-bundle",
            Expect::json(404, "not_found"),
            method("GET", "/log/0/tile/entries/000"),
        ),
        case(
            "log-data-tile",
            Expect::json(404, "not_found"),
            method("GET", "/log/0/tile/data/000"),
        ),
        case(
            "log-tile-beyond-the-tree",
            Expect::json(404, "not_found"),
            method("GET", "/log/0/tile/0/x999/x999/999"),
        ),
        case(
            "log-tile-path-traversal",
            Expect::json(404, "not_found"),
            method("GET", "/log/0/tile/..%2F..%2Fvault"),
        ),
        case(
            "log-post-a-checkpoint",
            Expect::json(405, "method_not_allowed").allowing("GET, HEAD"),
            method("POST", "/log/0/checkpoint"),
        ),
        // HEAD, as generic HTTP tooling probes the log: the GET's status and headers, no body.
        case(
            "head-the-log",
            Expect::page(200).with_header("content-type").then(|t| {
                let head = t.open.request("HEAD", "/log/", &[], b"");
                let get = t.open.get("/log/");
                let same = head.headers.get("content-type") == get.headers.get("content-type");
                (head.body.is_empty() && same && get.status == 200)
                    .then_some(())
                    .ok_or(format!("HEAD {:?} vs GET {:?}", head.headers, get.headers))
            }),
            |t| t.open.request("HEAD", "/log/", &[], b""),
        ),
        case(
            "head-a-shard-beyond-the-collector",
            Expect::page(404),
            |t| {
                t.open
                    .request("HEAD", "/log/4000000000/checkpoint", &[], b"")
            },
        ),
        // Methods a route does not answer.
        case(
            "get-the-statements",
            Expect::json(405, "method_not_allowed").allowing("POST"),
            method("GET", "/api/v1/statements"),
        ),
        case(
            "put-a-statement",
            Expect::json(405, "method_not_allowed").allowing("POST"),
            method("PUT", "/api/v1/statements"),
        ),
        case(
            "post-to-the-export",
            Expect::json(405, "method_not_allowed").allowing("GET"),
            method("POST", "/api/v1/export"),
        ),
        case(
            "delete-the-counts",
            Expect::json(405, "method_not_allowed").allowing("GET"),
            method("DELETE", "/api/v1/counts"),
        ),
        case(
            "patch-a-statement",
            Expect::json(405, "method_not_allowed").allowing("DELETE"),
            method(
                "PATCH",
                "/api/v1/statements/5f0c6a8e-2b1d-4c3e-9a7f-0d1e2f3a4b5c",
            ),
        ),
        case(
            "delete-the-sign-page",
            Expect::page(405).allowing("GET, POST"),
            method("DELETE", "/en/sign"),
        ),
        case(
            "unknown-api-route",
            Expect::json(404, "not_found"),
            method("GET", "/api/v2/statements"),
        ),
        // Text from the address.
        case(
            "bidi-override-as-nationality",
            Expect::page(404).without("\u{202E}"),
            |t| t.open.get("/en/sign?nationality=%E2%80%AEED"),
        ),
        case(
            "script-as-nationality",
            Expect::page(404).without("alert(1)"),
            |t| {
                t.open
                    .get("/en/sign?nationality=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
            },
        ),
        case("unknown-language", Expect::page(404), |t| {
            t.open.get("/xx/sign")
        }),
        // Campaign routes (docs/campaigns.md).
        case(
            "script-as-partner-code",
            Expect::page(200).without("alert(1)"),
            |t| {
                t.open
                    .get("/en/?partner=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
            },
        ),
        case(
            "bidi-override-as-partner-code",
            Expect::page(200).without("\u{202E}"),
            |t| {
                t.open
                    .get("/en/sign?nationality=DE&partner=%E2%80%AEsdneirf")
            },
        ),
        case(
            "script-as-paper-nationality",
            Expect::page(200).without("alert(1)"),
            |t| {
                t.open
                    .get("/en/paper?nationality=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
            },
        ),
        case(
            "post-to-the-counter",
            Expect::json(405, "method_not_allowed").allowing("GET"),
            method("POST", "/api/v1/counter"),
        ),
        case(
            "post-to-the-paper-form",
            Expect::page(405).allowing("GET"),
            method("POST", "/en/paper"),
        ),
        case(
            "load-baseline-where-it-is-off",
            Expect::json(404, "not_found").then(|t| {
                let written: u64 = crate::support::objects::query_objects(
                    &t.open.state_dir,
                    "Ledger",
                    "SELECT COUNT(*) FROM load_baseline",
                )
                .iter()
                .flatten()
                .filter_map(|r| r.as_array()?.first()?.as_u64())
                .sum();
                (written == 0)
                    .then_some(())
                    .ok_or(format!("{written} rows in the load baseline's table"))
            }),
            |t| {
                t.open.request(
                    "POST",
                    "/__load-baseline",
                    &[
                        ("cf-connecting-ip", &client()),
                        ("content-type", "text/plain"),
                    ],
                    b"k1 payload",
                )
            },
        ),
        case(
            "path-traversal-to-the-config",
            Expect::page(404).without("ORGANISER_PUBLIC_KEY"),
            |t| t.open.get("/assets/..%2F..%2Fwrangler.toml"),
        ),
    ]
}
