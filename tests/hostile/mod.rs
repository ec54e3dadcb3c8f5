//! The cases of the hostile-input matrix (tests/e2e_hostile.rs): what is sent, and what the
//! worker must answer. Signing cases are in `signing.rs`, the organiser API's and the other
//! routes' in `routes.rs`.

use std::time::Duration;

use crate::support::{Reply, Worker};
use ocs_testkit::{part_a, part_b, PART_B};

mod routes;
mod signing;
mod wallet;

/// The instances the matrix runs against.
pub struct Target<'a> {
    /// A collection open today.
    pub open: &'a Worker,
    /// A collection that ended ten days ago.
    pub closed: &'a Worker,
    /// A collection open today that takes wallet signatures (the published test anchor).
    pub wallet: &'a Worker,
}

/// One hostile request and its documented answer.
pub struct Case {
    /// Its name in docs/security-tests.md.
    pub id: String,
    pub run: Box<dyn Fn(&Target) -> Reply>,
    pub expect: Expect,
}

/// A check after the answer, on the instances themselves (e.g. their storage).
pub type Afterwards = fn(&Target) -> Result<(), String>;

/// What the answer must be.
#[derive(Clone, Default)]
pub struct Expect {
    status: u16,
    /// The JSON `error` code.
    code: Option<&'static str>,
    /// A (field, code) the 422 must list.
    field: Option<(&'static str, &'static str)>,
    /// A header the answer must carry.
    header: Option<&'static str>,
    /// Text the body must not contain (reflected input).
    absent: Option<&'static str>,
    /// At most this many field errors.
    max_errors: Option<usize>,
    /// At most this many rows in an export page.
    max_rows: Option<usize>,
    /// The exact `allow` header of a 405.
    allow: Option<&'static str>,
    /// Text the body must contain.
    present: Option<&'static str>,
    /// How long the answer may take: (at least, at most).
    took: Option<(Duration, Duration)>,
    /// What must hold afterwards.
    afterwards: Option<Afterwards>,
}

impl Expect {
    pub fn json(status: u16, code: &'static str) -> Self {
        let header = match status {
            503 | 429 => Some("retry-after"),
            405 => Some("allow"),
            _ => None,
        };
        Expect {
            status,
            code: Some(code),
            header,
            ..Expect::default()
        }
    }

    /// A 422 listing `code` for `field`, and one error per field at most.
    pub fn field(field: &'static str, code: &'static str) -> Self {
        Expect {
            field: Some((field, code)),
            max_errors: Some(ocs_core::Field::all().count() + 1),
            ..Expect::json(422, "invalid")
        }
    }

    /// A page (HTML or text) with `status`.
    pub fn page(status: u16) -> Self {
        Expect {
            status,
            ..Expect::default()
        }
    }

    pub fn without(mut self, text: &'static str) -> Self {
        self.absent = Some(text);
        self
    }

    pub fn with_header(mut self, header: &'static str) -> Self {
        self.header = Some(header);
        self
    }

    pub fn at_most_errors(mut self, n: usize) -> Self {
        self.max_errors = Some(n);
        self
    }

    pub fn at_most_rows(mut self, n: usize) -> Self {
        self.max_rows = Some(n);
        self
    }

    /// A 405 whose `allow` is exactly `methods`.
    pub fn allowing(mut self, methods: &'static str) -> Self {
        self.allow = Some(methods);
        self
    }

    pub fn containing(mut self, text: &'static str) -> Self {
        self.present = Some(text);
        self
    }

    pub fn taking(mut self, at_least: Duration, at_most: Duration) -> Self {
        self.took = Some((at_least, at_most));
        self
    }

    pub fn then(mut self, check: Afterwards) -> Self {
        self.afterwards = Some(check);
        self
    }

    /// What must hold after the answer, if anything.
    pub fn afterwards(&self) -> Option<Afterwards> {
        self.afterwards
    }

    /// Whether `reply`, which took `took`, is this answer; if not, why.
    pub fn check(&self, reply: &Reply, took: Duration) -> Result<(), String> {
        let head: String = reply.body.chars().take(300).collect();
        if reply.status != self.status {
            return Err(format!(
                "status {} (want {}): {head}",
                reply.status, self.status
            ));
        }
        if let Some((at_least, at_most)) = self.took {
            if took < at_least || took > at_most {
                return Err(format!(
                    "answered after {took:?} (want {at_least:?} to {at_most:?})"
                ));
            }
        }
        if let Some(methods) = self.allow {
            let got = reply.headers.get("allow").map(String::as_str);
            if got != Some(methods) {
                return Err(format!("allow: {got:?} (want {methods:?})"));
            }
        }
        if let Some(text) = self.present {
            if !reply.body.contains(text) {
                return Err(format!("the body lacks {text:?}: {head}"));
            }
        }
        let json: Option<serde_json::Value> = serde_json::from_str(&reply.body).ok();
        if let Some(code) = self.code {
            let got = json.as_ref().and_then(|j| j["error"].as_str());
            if got != Some(code) {
                return Err(format!("error code {got:?} (want {code}): {head}"));
            }
        }
        let errors = json
            .as_ref()
            .and_then(|j| j["errors"].as_array().cloned())
            .unwrap_or_default();
        if let Some((field, code)) = self.field {
            if !errors
                .iter()
                .any(|e| e["field"] == field && e["code"] == code)
            {
                return Err(format!("no {code} on {field}: {head}"));
            }
        }
        if let Some(max) = self.max_errors {
            if errors.len() > max {
                return Err(format!("{} errors (at most {max})", errors.len()));
            }
        }
        if let Some(header) = self.header {
            if !reply.headers.contains_key(header) {
                return Err(format!("no {header} header"));
            }
        }
        if let Some(text) = self.absent {
            if reply.body.contains(text) {
                return Err(format!("the body contains {text:?}"));
            }
        }
        if let Some(max) = self.max_rows {
            let rows = json
                .as_ref()
                .and_then(|j| j["rows"].as_array().map(Vec::len));
            if rows.is_none_or(|n| n > max) {
                return Err(format!("{rows:?} rows (at most {max})"));
            }
        }
        Ok(())
    }
}

/// A client address of its own for each request, so the per-client limit never decides a case
/// it is not about.
pub fn client() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(1);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    format!("10.77.{}.{}", n / 250, n % 250 + 1)
}

/// A submission the worker accepts for `nationality` (the testkit's fixtures).
pub fn valid(nationality: &str) -> Vec<(&'static str, String)> {
    match PART_B.iter().find(|(n, _, _)| *n == nationality) {
        Some((n, doc, number)) => part_b(n, doc, number),
        None => part_a(nationality),
    }
}

pub fn case(
    id: impl Into<String>,
    expect: Expect,
    run: impl Fn(&Target) -> Reply + 'static,
) -> Case {
    Case {
        id: id.into(),
        run: Box::new(run),
        expect,
    }
}

/// Every case.
pub fn matrix() -> Vec<Case> {
    let mut cases = signing::cases();
    cases.extend(routes::cases());
    cases.extend(wallet::cases());
    cases
}
