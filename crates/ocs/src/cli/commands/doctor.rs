//! `ocs doctor --url`: checks a deployed collector from outside, as a certifying authority or
//! an operator after `wrangler deploy` would, and says what to fix. It reads only what the
//! collector serves anyone (`/api/v1/deployment`, `/log/`, a page's headers); no credential.

use std::path::Path;

use anyhow::{Context as _, Result};
use serde::Deserialize;

use crate::collector::{sanitise, Answer, Collector};

/// What `GET /api/v1/deployment` says (docs/api.md).
#[derive(Deserialize)]
struct Deployment {
    time: String,
    initiative: String,
    ruleset: Ruleset,
    jurisdiction: String,
    jurisdiction_enforced: bool,
    shards: u32,
    organiser_key: OrganiserKey,
    transparency_log: bool,
    host: String,
    edge_cache: bool,
    bot_check: BotCheck,
    /// Absent from collectors older than wallet signatures.
    #[serde(default)]
    wallet: Wallet,
    collection: Collection,
    retention: RetentionDates,
}

#[derive(Deserialize)]
struct Ruleset {
    id: String,
    annex_revision: String,
}

#[derive(Deserialize)]
struct OrganiserKey {
    public_key: String,
    key_id: String,
    published: bool,
}

#[derive(Deserialize, Default)]
struct Wallet {
    offered: bool,
    trust_anchors: Vec<String>,
}

#[derive(Deserialize)]
struct BotCheck {
    site_key_set: bool,
    secret: String,
}

#[derive(Deserialize)]
struct Collection {
    start: String,
    end: String,
    status: String,
}

#[derive(Deserialize)]
struct RetentionDates {
    submitted_to_commission: Option<String>,
    withdrawn: Option<String>,
    legal_deadline: String,
    destroyed_from: String,
}

/// What the organiser knows and the collector must match.
pub struct Expect<'a> {
    /// The organiser's public key (the string `ocs keygen` printed, or a file holding it).
    pub public_key: Option<&'a str>,
    /// The log's verifier key as pinned (`--log-key`, or a bundle's `log-key.txt`).
    pub log_key: Option<String>,
}

/// The findings, in order.
#[derive(Default)]
struct Report {
    lines: Vec<(&'static str, String, Option<String>)>,
}

impl Report {
    fn ok(&mut self, what: String) {
        self.lines.push(("ok", what, None));
    }
    fn note(&mut self, what: String) {
        self.lines.push(("note", what, None));
    }
    fn fix(&mut self, what: String, remedy: impl Into<String>) {
        self.lines.push(("FIX", what, Some(remedy.into())));
    }
    fn fixes(&self) -> usize {
        self.lines.iter().filter(|(k, ..)| *k == "FIX").count()
    }
    fn print(&self) {
        for (kind, what, remedy) in &self.lines {
            println!("  {kind:<4}  {what}");
            if let Some(remedy) = remedy {
                println!("        → {remedy}");
            }
        }
    }
}

/// A public key given as the key string or as a file holding it.
pub fn public_key_argument(given: &str) -> Result<String> {
    let text = if Path::new(given).is_file() {
        std::fs::read_to_string(given).with_context(|| format!("reading {given}"))?
    } else {
        given.to_owned()
    };
    text.split_whitespace()
        .find(|w| w.starts_with("ocs-") && w.contains("-pk1"))
        .map(str::to_owned)
        .with_context(|| format!("{given} holds no ocs public key (ocs-x25519-pk1…)"))
}

/// `ocs doctor`: exit 1 when anything needs fixing.
pub fn run(url: &str, expect: &Expect<'_>) -> Result<bool> {
    let collector = Collector::public(url)?;
    let mut report = Report::default();
    println!("ocs doctor: {}", collector.base());
    transport(&collector, &mut report)?;
    let answer = collector.look("/api/v1/deployment")?;
    let deployment = match answer.status {
        200 => serde_json::from_str::<Deployment>(&answer.body)
            .context("reading /api/v1/deployment")?,
        503 => {
            refused(&answer, &mut report);
            report.print();
            println!("{} to fix.", plural(report.fixes(), "thing"));
            return Ok(false);
        }
        404 => {
            report.fix(
                "the collector serves no /api/v1/deployment".into(),
                "deploy a release of ocs-edge that has it, or check the URL",
            );
            report.print();
            return Ok(false);
        }
        other => anyhow::bail!(
            "the collector answered {other} for /api/v1/deployment: {}",
            sanitise(&answer.body)
        ),
    };
    // A collector on this machine (scripts/dev) may lack what a deployed one must have: it
    // refuses to serve any other address without it.
    let local = !collector.base().starts_with("https://");
    keys(&deployment, expect, &collector, local, &mut report)?;
    place(&deployment, &mut report);
    bot_check(&deployment, local, &mut report);
    wallet(&deployment, local, &mut report);
    dates(&deployment, &mut report);
    clock(&deployment, &mut report);
    report.print();
    let fixes = report.fixes();
    if fixes == 0 {
        println!("Nothing to fix.");
    } else {
        println!("{} to fix.", plural(fixes, "thing"));
    }
    Ok(fixes == 0)
}

fn plural(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

fn refused(answer: &Answer, report: &mut Report) {
    #[derive(Deserialize)]
    struct Refusal {
        setting: Option<String>,
        problem: Option<String>,
    }
    match serde_json::from_str::<Refusal>(&answer.body) {
        Ok(Refusal {
            setting: Some(setting),
            problem,
        }) => report.fix(
            format!(
                "the collector refuses to run: {} {}",
                sanitise(&setting),
                sanitise(problem.as_deref().unwrap_or(""))
            ),
            "set it as docs/operations.md says, then `npx wrangler deploy`",
        ),
        _ => report.fix(
            format!("the collector answers 503: {}", sanitise(&answer.body)),
            "read its logs (docs/operations.md, \"Logs\")",
        ),
    }
}

/// HTTPS and the security headers of a page.
fn transport(collector: &Collector, report: &mut Report) -> Result<()> {
    let base = collector.base();
    if base.starts_with("https://") {
        report.ok("served over HTTPS".into());
    } else {
        report.note("plain http (this machine only: a deployed collector is https)".into());
    }
    let page = collector.look("/healthz")?;
    if page.status != 200 {
        report.fix(
            format!("/healthz answers {}", page.status),
            "check the URL and that the worker is deployed",
        );
    }
    let hsts = page.header("strict-transport-security").unwrap_or("");
    let max_age = hsts
        .split(';')
        .find_map(|p| p.trim().strip_prefix("max-age="))
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(0);
    if max_age >= 31_536_000 {
        report.ok(format!("HSTS for {} days", max_age / 86_400));
    } else {
        report.fix(
            format!("HSTS max-age is {max_age} s"),
            "serve this release's headers (src/respond.rs): at least a year",
        );
    }
    let csp = page.header("content-security-policy").unwrap_or("");
    let script_src = csp
        .split(';')
        .find_map(|d| d.trim().strip_prefix("script-src"))
        .unwrap_or("");
    if csp.contains("frame-ancestors") && !script_src.is_empty() && !script_src.contains("unsafe") {
        report.ok("a content security policy without inline scripts".into());
    } else {
        report.fix(
            "the content security policy is missing or allows inline scripts".into(),
            "something in front of the worker rewrites its headers: remove it",
        );
    }
    if page.header("x-content-type-options") != Some("nosniff") {
        report.fix(
            "x-content-type-options is not nosniff".into(),
            "something in front of the worker rewrites its headers: remove it",
        );
    }
    Ok(())
}

/// The organiser's key and the log's.
fn keys(
    d: &Deployment,
    expect: &Expect<'_>,
    collector: &Collector,
    local: bool,
    report: &mut Report,
) -> Result<()> {
    let configured = &d.organiser_key.public_key;
    if d.organiser_key.published && local {
        report.note(format!(
            "ORGANISER_PUBLIC_KEY is a published test key ({configured}): this machine only"
        ));
    } else if d.organiser_key.published {
        report.fix(
            format!("ORGANISER_PUBLIC_KEY is a published test key ({configured})"),
            "set your own: `ocs keygen -o organiser.key` prints it",
        );
    }
    match expect.public_key {
        Some(yours) if yours == configured => report.ok(format!(
            "statements are sealed to your key (key id {})",
            d.organiser_key.key_id
        )),
        Some(yours) => report.fix(
            format!("statements are sealed to {configured}, not to your {yours}"),
            "set ORGANISER_PUBLIC_KEY to your key and `npx wrangler deploy`: nothing sealed \
             to another key can be opened with yours",
        ),
        None => report.note(format!(
            "statements are sealed to {configured} (pass --public-key to compare with yours)"
        )),
    }
    if !d.transparency_log {
        report.fix(
            "the transparency log is off (TRANSPARENCY_LOG)".into(),
            "set TRANSPARENCY_LOG = \"on\" (\"off\" is for measurements on a throwaway collector)",
        );
        return Ok(());
    }
    let log = collector.look("/log/")?;
    #[derive(Deserialize)]
    struct LogInfo {
        verifier_key: String,
    }
    match (log.status, serde_json::from_str::<LogInfo>(&log.body)) {
        (200, Ok(info)) => match &expect.log_key {
            Some(pinned) if pinned.trim() == info.verifier_key => {
                report.ok("the log key is the one pinned".into())
            }
            Some(pinned) => report.fix(
                format!(
                    "the log key is {}, not {} as pinned",
                    sanitise(&info.verifier_key),
                    pinned.trim()
                ),
                "the log was replaced: stop and find out why (docs/transparency.md)",
            ),
            None => report.note(format!(
                "the log key is {} (publish it; pin it with --log-key or --bundle)",
                sanitise(&info.verifier_key)
            )),
        },
        (status, _) => report.note(format!(
            "the log's description answers {status} (it has one from the first signature on)"
        )),
    }
    Ok(())
}

/// Where the data lives, the address, the edge cache.
fn place(d: &Deployment, report: &mut Report) {
    let what = format!(
        "ruleset {} ({}), {} shards, data jurisdiction {}",
        sanitise(&d.ruleset.id),
        sanitise(&d.ruleset.annex_revision),
        d.shards,
        sanitise(&d.jurisdiction)
    );
    if d.jurisdiction == "eu" && d.jurisdiction_enforced {
        report.ok(what);
    } else if d.jurisdiction == "eu" {
        report.note(format!(
            "{what}, not enforced by this runtime (the local one, which serves this machine only)"
        ));
    } else if d.ruleset.id.starts_with("eci-") {
        report.fix(
            what,
            "a European citizens' initiative keeps its data in the EU: DATA_JURISDICTION = \
             \"eu\" before the first signature (docs/certification.md)",
        );
    } else {
        report.note(what);
    }
    if d.host.ends_with(".workers.dev") {
        report.fix(
            format!("served on {}", sanitise(&d.host)),
            "serve it on a custom domain (wrangler.toml routes, docs/operations.md): on \
             workers.dev Cloudflare's cache keeps nothing",
        );
    }
    if d.edge_cache {
        report.ok("the edge cache keeps public answers".into());
    } else {
        report.fix(
            "the edge cache keeps nothing here".into(),
            "serve the collector on a custom domain (docs/operations.md, \"Public traffic\")",
        );
    }
}

fn bot_check(d: &Deployment, local: bool, report: &mut Report) {
    match (d.bot_check.site_key_set, d.bot_check.secret.as_str()) {
        (true, "accepted") => report.ok("Turnstile: siteverify accepts the secret".into()),
        (false, "accepted") if local => report
            .note("no Turnstile widget (this machine only: siteverify is the local stub)".into()),
        (false, _) => report.fix(
            "TURNSTILE_SITE_KEY is empty".into(),
            "create a Turnstile widget for your domain and set its site key",
        ),
        (_, "refused") => report.fix(
            "siteverify refuses TURNSTILE_SECRET: every signature would fail".into(),
            "`npx wrangler secret put TURNSTILE_SECRET` with the widget's secret",
        ),
        (_, "missing") => report.fix(
            "TURNSTILE_SECRET is not set".into(),
            "`npx wrangler secret put TURNSTILE_SECRET`",
        ),
        (_, other) => report.note(format!(
            "Turnstile's siteverify could not be asked ({})",
            sanitise(other)
        )),
    }
}

/// Wallet signatures: which anchors the collector trusts (the published test anchor serves this
/// machine only; the collector refuses any other address with it).
fn wallet(d: &Deployment, local: bool, report: &mut Report) {
    if !d.wallet.offered {
        return;
    }
    let test = ocs_core::wallet::TrustAnchors::from_pem(ocs_core::wallet::TEST_ANCHOR_PEM)
        .map(|a| a.fingerprints())
        .unwrap_or_default();
    let anchors: Vec<String> = d
        .wallet
        .trust_anchors
        .iter()
        .map(|f| sanitise(f).chars().take(64).collect())
        .collect();
    if anchors.iter().any(|f| test.contains(f)) {
        if local {
            report.note(
                "wallet signatures under the published test anchor (this machine only)".into(),
            );
        } else {
            report.fix(
                "PID_TRUST_ANCHORS holds the published test anchor".into(),
                "set the PID providers' anchors from the trusted lists",
            );
        }
        return;
    }
    report.ok(format!(
        "wallet signatures under {}: compare with the trusted lists: {}",
        plural(anchors.len(), "trust anchor"),
        anchors.join(", ")
    ));
}

fn dates(d: &Deployment, report: &mut Report) {
    report.ok(format!(
        "{}: collection {} from {} to {}",
        sanitise(&d.initiative),
        sanitise(&d.collection.status),
        sanitise(&d.collection.start),
        sanitise(&d.collection.end)
    ));
    let closing = match (&d.retention.submitted_to_commission, &d.retention.withdrawn) {
        (Some(s), _) => format!("submitted to the Commission on {}; ", sanitise(s)),
        (None, Some(w)) => format!("withdrawn on {}; ", sanitise(w)),
        (None, None) => String::new(),
    };
    report.note(format!(
        "{closing}the collector destroys its copy from {} (legal deadline {}): pull before",
        sanitise(&d.retention.destroyed_from),
        sanitise(&d.retention.legal_deadline)
    ));
}

fn clock(d: &Deployment, report: &mut Report) {
    let Ok(theirs) =
        time::OffsetDateTime::parse(&d.time, &time::format_description::well_known::Rfc3339)
    else {
        report.note(format!("the collector's clock reads {}", sanitise(&d.time)));
        return;
    };
    let skew = (time::OffsetDateTime::now_utc() - theirs)
        .whole_seconds()
        .abs();
    if skew <= 60 {
        report.ok(format!("clocks agree (within {skew} s)"));
    } else {
        report.fix(
            format!("this machine's clock and the collector's differ by {skew} s"),
            "set this machine's clock (the collector's is Cloudflare's): dates decide when \
             signing closes and statements are destroyed",
        );
    }
}
