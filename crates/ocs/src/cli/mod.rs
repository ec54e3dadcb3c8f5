//! The `ocs` command line: parsing ([`args`]), dispatch to one module per subcommand
//! ([`commands`]), and the helpers they share: the passphrase prompts ([`passphrase`]), the
//! integrity gate ([`integrity`]), erasure sync ([`erasures`]), private files ([`private_fs`]), progress
//! bars ([`progress_bar`]), the ruleset in use ([`rules`]), refusals that say what to do
//! ([`refusal`]) and numbers of things said right ([`wording`]).

pub mod args;
pub mod commands;
pub mod erasures;
pub mod failures;
pub mod integrity;
pub mod passphrase;
pub mod private_fs;
pub mod progress_bar;
pub mod refusal;
pub mod rules;
pub mod wording;

use std::process::ExitCode;

use anyhow::Result;
use clap::Parser;

use args::{Cli, Command, EraseCommand, KeyCommand, ReceiptCommand, WitnessCommand};
use commands::{
    audit, contacts, doctor, erase_local, erase_statement, export, key, keygen, pull, receipt,
    stats, verify, witness,
};

/// Runs `ocs` with the process's arguments; prints the error chain on failure.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            for cause in e.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            if let Some(remedy) = refusal::remedy(&e) {
                eprintln!("  what to do: {remedy}");
            }
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Keygen {
            suite,
            output,
            passphrase,
        } => keygen::run(suite.into(), &output, &passphrase),
        Command::Key(KeyCommand::Public {
            key_file,
            passphrase,
        }) => key::public(&key_file, &passphrase),
        Command::Key(KeyCommand::ExportRaw {
            key_file,
            passphrase,
        }) => key::export_raw(&key_file, &passphrase),
        Command::Pull {
            url,
            token_file,
            page,
            accept_initiative_change,
            bundle,
        } => pull::run(
            &url,
            token_file.as_deref(),
            page,
            &bundle,
            accept_initiative_change,
        ),
        Command::Audit {
            url,
            state,
            log_key,
            witness_key,
            cosigned,
        } => {
            let witness = match (&witness_key, &cosigned) {
                (Some(key), Some(out)) => Some(audit::Witness { key, out }),
                _ => None,
            };
            audit::run(&url, state.as_deref(), log_key.as_deref(), witness)
        }
        Command::Doctor {
            url,
            public_key,
            log_key,
            bundle,
        } => {
            let public_key = public_key
                .as_deref()
                .map(doctor::public_key_argument)
                .transpose()?;
            let log_key = match (log_key, bundle) {
                (Some(key), _) => Some(key),
                (None, Some(dir)) => crate::bundle::Bundle::open(&dir)?.log_key()?,
                (None, None) => None,
            };
            let expect = doctor::Expect {
                public_key: public_key.as_deref(),
                log_key,
            };
            if doctor::run(&url, &expect)? {
                Ok(())
            } else {
                Err(anyhow::anyhow!("the collector needs fixing (see above)"))
            }
        }
        Command::Witness(WitnessCommand::Keygen { name, output }) => {
            witness::keygen(&name, &output)
        }
        Command::Receipt(ReceiptCommand::Verify {
            receipt,
            url,
            log_key,
        }) => receipt::verify(&receipt, url.as_deref(), log_key.as_deref()),
        Command::Verify {
            bundle,
            url,
            token_file,
        } => verify::run(&bundle, url.as_deref(), token_file.as_deref()),
        Command::Erase(EraseCommand::Statement {
            url,
            token_file,
            bundle,
            ids,
        }) => erase_statement::run(&url, token_file.as_deref(), &ids, bundle.as_deref()),
        Command::Erase(EraseCommand::Local { paths, record, yes }) => {
            erase_local::run(&paths, record.as_deref(), yes)
        }
        Command::Stats {
            bundle,
            key,
            json,
            rules: ruleset,
            passphrase,
        } => {
            let secret = key
                .map(|k| passphrase::open_key(&k, &passphrase))
                .transpose()?;
            let rules = rules::load(ruleset.ruleset.as_deref())?;
            stats::run(&bundle, secret.as_ref(), rules, json)
        }
        Command::Contacts {
            bundle,
            key,
            out,
            no_bom,
            partner,
            passphrase,
        } => {
            let secret = passphrase::open_key(&key, &passphrase)?;
            contacts::run(&bundle, &secret, &out, !no_bom, partner)
        }
        Command::Export {
            bundle,
            key,
            out,
            format,
            no_bom,
            nationality,
            from,
            until,
            ignore_faults,
            contacts,
            rules: ruleset,
            passphrase,
        } => {
            if contacts {
                let secret = passphrase::open_key(&key, &passphrase)?;
                return contacts::run_each(&bundle, &secret, &out, !no_bom);
            }
            // The filter is checked before the passphrase is asked for.
            let rules = rules::load(ruleset.ruleset.as_deref())?;
            let options = export::Options {
                format: format.with_bom(no_bom),
                filter: crate::handover::Filter {
                    nationalities: rules::nationalities(rules, nationality)?,
                    from,
                    until,
                },
                ignore_faults,
            };
            let secret = passphrase::open_key(&key, &passphrase)?;
            export::run(&bundle, &secret, rules, &out, &options)
        }
    }
}
