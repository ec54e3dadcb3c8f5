//! `ocs stats`: counts per nationality against the Annex I thresholds and the success rule; with
//! the key, duplicates found after decryption.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context as _, Result};
use ocs_core::rules::{Progress, Ruleset};
use ocs_core::SecretKey;

use crate::bundle::Bundle;
use crate::check::Report;
use crate::cli::progress_bar::bundle_bar;
use crate::decrypt::open_all;
use crate::duplicates::{Finder, Group};
use crate::handover::{Failure, Filter};

struct Decrypted {
    groups: Vec<Group>,
    failures: Vec<Failure>,
    /// Statements per partner they came through (the partner is sealed in the statement, so
    /// only decryption tells; erased statements are not counted). `None`: no partner.
    per_partner: BTreeMap<String, u64>,
}

/// Decrypts every row to find duplicates; the bundle's integrity is checked in the same pass.
fn find_duplicates(
    bundle: &Bundle,
    key: &SecretKey,
    rules: &Ruleset,
) -> Result<(Decrypted, Report)> {
    let progress = bundle_bar(bundle, "rows decrypted");
    let mut finder = Finder::default();
    let mut failures = Vec::new();
    let mut per_partner = BTreeMap::new();
    let (_, report) = open_all::<anyhow::Error>(
        bundle,
        key,
        rules,
        &Filter::default(),
        |n| progress.set_position(n),
        |opened| {
            match opened {
                Ok((statement, _)) => {
                    if let Some(partner) = &statement.partner {
                        *per_partner.entry(partner.clone()).or_default() += 1;
                    }
                    finder.add(rules, &statement)
                }
                Err(failure) => failures.push(failure),
            }
            Ok(())
        },
    )?;
    progress.finish_and_clear();
    let decrypted = Decrypted {
        groups: finder.groups(),
        failures,
        per_partner,
    };
    Ok((decrypted, report))
}

fn percent(count: u64, threshold: u32) -> f64 {
    if threshold == 0 {
        100.0
    } else {
        count as f64 * 100.0 / f64::from(threshold)
    }
}

fn print_table(rules: &Ruleset, progress: &Progress) {
    println!(
        "{:<4}{:<16}{:>12}{:>12}{:>9}  reached",
        "MS", "", "statements", "threshold", "%"
    );
    for state in &progress.states {
        let name = rules.state(&state.code).map_or("", |s| s.name.as_str());
        println!(
            "{:<4}{:<16}{:>12}{:>12}{:>8.1}%  {}",
            state.code,
            name,
            state.count,
            state.threshold,
            percent(state.count, state.threshold),
            if state.reached { "yes" } else { "" }
        );
    }
    println!(
        "\ntotal {} of {} needed; {} member states over threshold of {} needed: {}",
        progress.total,
        progress.min_total,
        progress.states_over_threshold,
        progress.min_states_over_threshold,
        if progress.successful {
            "the success rule is MET"
        } else {
            "the success rule is not met yet"
        }
    );
}

/// `ocs stats`.
pub fn run(
    bundle_dir: &Path,
    key: Option<&SecretKey>,
    rules: &'static Ruleset,
    json: bool,
) -> Result<()> {
    let bundle = Bundle::open(bundle_dir)?;
    crate::cli::rules::check_bundle(&bundle, rules)?;
    let initiative = bundle.initiative_data()?.clone();
    // With the key, one pass decrypts and checks; without it, the check is the only pass.
    let (decrypted, report) = match key {
        Some(key) => {
            let (decrypted, report) = find_duplicates(&bundle, key, rules)?;
            (Some(decrypted), report)
        }
        None => (None, bundle.verify()?),
    };
    let progress = rules
        .progress(initiative.registration_date, &report.per_nationality)
        .context("no threshold table covers the initiative's registration date")?;
    // The latest destruction date as far as the bundle knows (submission or withdrawal bring it
    // forward: docs/retention.md).
    let retention = ocs_core::rules::Retention {
        collection_start: initiative.collection_start,
        submitted: None,
        withdrawn: None,
    };
    let destroy_by = ocs_core::dates::format_iso_date(retention.deadline());
    if json {
        let mut value = serde_json::json!({
            "initiative": bundle.manifest.initiative,
            "registration_date": ocs_core::dates::format_iso_date(initiative.registration_date),
            "integrity": if report.is_clean() { "clean" } else { "FAULTY" },
            "erased": report.erased,
            "destroy_by_latest": destroy_by,
            "progress": progress,
        });
        if let (Some(d), Some(fields)) = (&decrypted, value.as_object_mut()) {
            let duplicates = d
                .groups
                .iter()
                .map(|g| {
                    serde_json::json!({
                        "likeness": format!("{:?}", g.likeness),
                        "exact": g.likeness.is_exact(),
                        "description": g.likeness.describe(),
                        "nationality": g.nationality,
                        "statements": g.statements.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                    })
                })
                .collect();
            let failures = d
                .failures
                .iter()
                .map(|f| serde_json::json!({"shard": f.shard, "seq": f.seq, "statement": f.id, "reason": f.fault.to_string()}))
                .collect();
            fields.insert("duplicates".into(), duplicates);
            fields.insert("failures".into(), failures);
            fields.insert("per_partner".into(), serde_json::json!(d.per_partner));
        }
        println!("{}", serde_json::to_string_pretty(&value)?);
    } else {
        println!(
            "{} ({}), registered {}: {} in {}, integrity {}\n",
            bundle.manifest.initiative,
            initiative.title,
            ocs_core::dates::format_iso_date(initiative.registration_date),
            crate::cli::wording::count(report.rows, "row", "rows"),
            crate::cli::wording::count(bundle.manifest.shards, "shard", "shards"),
            if report.is_clean() {
                "clean"
            } else {
                "FAULTY (run `ocs verify`)"
            }
        );
        print_table(rules, &progress);
        if decrypted.is_none() {
            println!("(counts per partner are sealed with the statements: add --key to see them)");
        }
        println!(
            "{} erased on request; every copy must be destroyed by {destroy_by} at the latest \
             (1 month after submission to the Commission, if earlier)",
            report.erased
        );
        if let Some(d) = &decrypted {
            if !d.per_partner.is_empty() {
                println!("\nthrough partners (after decryption; erased statements not counted):");
                for (partner, n) in &d.per_partner {
                    println!("  {partner:<24}{n:>10}");
                }
            }
            let (exact, near): (Vec<&Group>, Vec<&Group>) =
                d.groups.iter().partition(|g| g.likeness.is_exact());
            println!(
                "\nafter decryption: {} exact and {} near duplicate groups",
                exact.len(),
                near.len()
            );
            let mut by_kind: BTreeMap<&str, Vec<&Group>> = BTreeMap::new();
            for g in &d.groups {
                by_kind.entry(g.likeness.describe()).or_default().push(g);
            }
            for (kind, groups) in by_kind {
                println!("  {kind}:");
                for g in groups {
                    let ids: Vec<String> = g.statements.iter().map(|s| s.to_string()).collect();
                    println!("    {} {}", g.nationality, ids.join(" "));
                }
            }
            crate::cli::failures::print(&d.failures, " (`--json` lists every one)");
        }
    }
    if let Some(d) = &decrypted {
        if !d.failures.is_empty() {
            return crate::cli::refusal::refuse(
                format!(
                    "{} could not be opened",
                    crate::cli::wording::count(d.failures.len() as u64, "row", "rows")
                ),
                "check that --key is the key the collector sealed to (`ocs key public`)",
            );
        }
    }
    Ok(())
}
