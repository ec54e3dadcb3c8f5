//! Writes a bundle of N synthetic sealed statements, as `ocs pull` would leave it, plus the
//! organiser key file and its passphrase file, for `scripts/bench`.
//!
//! usage: synthetic_bundle DIR N [SHARDS]

fn main() -> anyhow::Result<()> {
    use age::secrecy::SecretString;
    use anyhow::Context as _;
    use ocs::bundle::{Bundle, Manifest, FORMAT, VERSION};
    use ocs::keyfile;
    use ocs_core::envelope::{seal, Binding, Purpose};
    use ocs_core::ledger::{genesis, PendingRow, Row, Sealed};
    use ocs_core::rules::{Field, Initiative, Ruleset};
    use ocs_core::statement::{PersonalData, Statement, StatementId, CANONICAL_VERSION};
    use ocs_core::{SecretKey, Suite};
    use ocs_testkit::letters;
    use rayon::prelude::*;
    use sha2::{Digest, Sha256};
    use std::path::PathBuf;

    const PASSPHRASE: &str = "synthetic bundle passphrase";
    const CHUNK: u64 = 20_000;

    let args: Vec<String> = std::env::args().collect();
    let dir = PathBuf::from(
        args.get(1)
            .context("usage: synthetic_bundle DIR N [SHARDS]")?,
    );
    let n: u64 = args.get(2).context("N missing")?.parse()?;
    let shards: u32 = args.get(3).map_or(Ok(8), |s| s.parse())?;
    let rules = Ruleset::eci().map_err(|e| anyhow::anyhow!("{e}"))?;
    let (registration_date, collection_start, collection_end) =
        Initiative::parse_dates("2026-03-02", "2026-06-01", "2027-05-31")?;
    let initiative = Initiative {
        id: "ECI(2026)000001".into(),
        title: "Synthetic benchmark initiative".into(),
        register_url: "https://citizens-initiative.europa.eu/".into(),
        objectives: "Synthetic objectives.".into(),
        contact_persons: "Synthetic Organiser organiser@example.eu".into(),
        website: String::new(),
        legal_entity: String::new(),
        controller_contact: "organiser@example.eu".into(),
        data_protection_officer: "none".into(),
        registration_date,
        collection_start,
        collection_end,
    };

    std::fs::create_dir_all(&dir)?;
    let key = SecretKey::generate(Suite::X25519)?;
    let sealed_key = keyfile::encrypt_key(
        &key,
        &SecretString::from(PASSPHRASE.to_owned()),
        "2026-11-22T00:00:00Z",
        Some(12),
    )?;
    keyfile::write_private_file(&dir.join("organiser.key"), &sealed_key)?;
    std::fs::write(dir.join("pass"), PASSPHRASE)?;
    let public = key.public_key()?;
    let bundle = Bundle::open_or_create(
        &dir.join("bundle"),
        Manifest {
            format: FORMAT.into(),
            version: VERSION,
            initiative: initiative.id.clone(),
            shards,
            source: "synthetic".into(),
            initiative_data: Some(initiative.clone()),
            ruleset_sha256: None,
        },
    )?;
    let states: Vec<(&String, &ocs_core::rules::StateRules)> = rules.states.iter().collect();

    // One synthetic statement: a plausible value for every field its nationality requires.
    let make = |i: u64| -> anyhow::Result<(u32, [u8; 32], Statement)> {
        let (code, state) = states[(i % states.len() as u64) as usize];
        let mut fields = PersonalData::default();
        for field in state.required_fields() {
            let value = match field {
                Field::FullFirstNames => format!("Maria Anna {}", letters(i)),
                Field::FamilyNames => format!("Synthétique-{}", letters(i / 7)),
                Field::DateOfBirth => {
                    format!("19{:02}-{:02}-{:02}", 40 + i % 60, 1 + i % 12, 1 + i % 28)
                }
                Field::Street => "Rue de la Loi".into(),
                Field::StreetNumber => format!("{}", 1 + i % 200),
                Field::PostalCode => format!("{:05}", i % 100_000),
                Field::City => "Bruxelles".into(),
                Field::Country => code.clone(),
                Field::IdType => state.documents[0].doc_type.clone(),
                Field::IdNumber => format!("{:011}", i),
            };
            fields.set(field.as_str(), value);
        }
        let token: [u8; 32] = Sha256::digest(i.to_be_bytes()).into();
        let shard = u32::from_be_bytes([token[0], token[1], token[2], token[3]]) % shards;
        let statement = Statement {
            annex_revision: rules.annex_revision.clone(),
            fields,
            id: StatementId::generate()?,
            id_format_confirmed: false,
            initiative: initiative.id.clone(),
            nationality: code.clone(),
            // Some signatories came through a partner's link (docs/campaigns.md).
            partner: match i % 5 {
                0 => Some("partner-a".to_owned()),
                1 => Some("partner-b".to_owned()),
                _ => None,
            },
            submitted_at: format!(
                "2026-{:02}-{:02}T{:02}:00:00Z",
                6 + i % 6,
                1 + i % 28,
                i % 24
            ),
            v: CANONICAL_VERSION,
            // Some signed with the EU Digital Identity Wallet (docs/wallet.md).
            verified: i
                .is_multiple_of(7)
                .then(|| ocs_core::statement::Verification {
                    format: "dc+sd-jwt".to_owned(),
                    issuer: format!("Test PID Provider {code}"),
                    issuer_country: Some(code.clone()),
                }),
        };
        Ok((shard, token, statement))
    };

    let mut heads: Vec<(u64, [u8; 32])> = (0..shards)
        .map(|s| (0, genesis(&initiative.id, s)))
        .collect();
    let started = std::time::Instant::now();
    let mut done = 0;
    while done < n {
        let upto = (done + CHUNK).min(n);
        let sealed: Vec<PendingRow> = (done..upto)
            .into_par_iter()
            .map(|i| {
                let (shard, token, statement) = make(i)?;
                let binding = Binding {
                    purpose: Purpose::Statement,
                    statement_id: statement.id,
                    initiative: &initiative.id,
                    nationality: &statement.nationality,
                };
                let envelope = seal(&public, &binding, &statement.to_canonical())?;
                Ok(PendingRow {
                    shard,
                    id: statement.id,
                    submitted_at: statement.submitted_at.clone(),
                    nationality: statement.nationality.clone(),
                    sealed: Sealed {
                        token,
                        envelope,
                        contact: None,
                    },
                })
            })
            .collect::<anyhow::Result<_>>()?;
        let mut per_shard: Vec<Vec<Row>> = vec![Vec::new(); shards as usize];
        for pending in sealed {
            let shard = pending.shard as usize;
            let (seq, prev) = &mut heads[shard];
            *seq += 1;
            let row = pending.chain_onto(*seq, prev);
            *prev = row.chain;
            per_shard[shard].push(row);
        }
        for (shard, rows) in per_shard.iter().enumerate() {
            bundle.append(shard as u32, rows)?;
        }
        done = upto;
        eprint!("\rsealed {done}/{n}");
    }
    eprintln!(
        "\nsealed {n} statements into {} in {:.1} s",
        dir.join("bundle").display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
