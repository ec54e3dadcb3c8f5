//! Command-line parsing and the subcommands of `ocs`.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use age::secrecy::{ExposeSecret, SecretString};
use anyhow::{bail, Context as _, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};

mod erase;
mod export;
mod pull;
mod stats;

use ocs_edge::export::{Filter, Format};
use ocs_edge::keyfile::{self, KeyFileError};
use ocs_edge::{SecretKey, Suite};

/// Organiser tool for ocs-edge: keys, and pulling and verifying the collected statements.
///
/// The secret key never leaves this machine: the collector only ever holds the public key.
#[derive(Parser)]
#[command(name = "ocs", version, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create an organiser key pair: writes the passphrase-protected secret key file and prints
    /// the public key to paste into wrangler.toml (ORGANISER_PUBLIC_KEY).
    #[command(
        after_help = "Examples:\n  ocs keygen -o organiser.key\n  ocs keygen --suite xwing -o organiser-pq.key\n\nKeep the key file and its passphrase offline, with a backup: statements sealed to\nthe public key cannot be opened without them."
    )]
    Keygen {
        /// Key type: x25519 (default, RFC 9180 A.2) or xwing (post-quantum hybrid X-Wing)
        #[arg(long, value_enum, default_value_t = SuiteArg::X25519)]
        suite: SuiteArg,
        /// Where to write the secret key file (created 0600; never overwritten)
        #[arg(short, long, default_value = "organiser.key")]
        output: PathBuf,
        #[command(flatten)]
        passphrase: PassphraseArgs,
    },
    /// Inspect or export an existing key file.
    #[command(subcommand)]
    Key(KeyCommand),
    /// Download the collector's ledger rows (still encrypted) into a local bundle folder. A
    /// second run fetches only rows added since; an interrupted run resumes.
    #[command(
        after_help = "The export credential is read from the OCS_EXPORT_TOKEN environment variable or\n--token-file, never from a flag (flags end up in shell history).\n\nExamples:\n  OCS_EXPORT_TOKEN=… ocs pull --url https://sign.example.eu ledger/\n  ocs pull --url https://sign.example.eu --token-file export.token ledger/"
    )]
    Pull {
        /// The collector's base URL (the worker's address)
        #[arg(long)]
        url: String,
        /// A file holding the export credential (the worker's EXPORT_TOKEN secret)
        #[arg(long)]
        token_file: Option<PathBuf>,
        /// Rows per request (the collector serves at most 1000)
        #[arg(long, default_value_t = 1000)]
        page: u64,
        /// The bundle folder (created on the first pull)
        bundle: PathBuf,
    },
    /// Check a bundle's integrity: every shard's hash chain and sequence numbers, and that no
    /// statement appears twice. Exits non-zero and names (shard, row) on any fault.
    #[command(
        after_help = "With --url, also compares the per-nationality counts with the collector's\nprogress figures (which the collector caches for 10 seconds)."
    )]
    Verify {
        /// The bundle folder written by `ocs pull`
        bundle: PathBuf,
        /// Also compare counts with the collector at this URL
        #[arg(long)]
        url: Option<String>,
    },
    /// Decrypt a bundle and write one file per member state of nationality for the national
    /// authorities (XML as the Commission's software wrote it, or CSV), plus export-report.json.
    #[command(
        after_help = "The bundle is verified first; an export stops on integrity faults unless\n--ignore-faults is given. Rows that fail to open are listed (shard, row, statement id)\nand make the exit code non-zero; they are never skipped silently.\n\nPlaintext goes only into the --out folder (created 0700, files 0600). Keep it offline,\nhand the files over, then destroy them with `ocs erase`.\n\nExamples:\n  ocs export ledger/ --key organiser.key --out handover/\n  ocs export ledger/ --key organiser.key --out fr-june/ --nationality FR \\\n      --from 2026-06-01 --until 2026-06-30 --format csv"
    )]
    Export {
        /// The bundle folder written by `ocs pull`
        bundle: PathBuf,
        /// The organiser's secret key file
        #[arg(long)]
        key: PathBuf,
        /// The folder to write the files into (created if missing; existing files are never overwritten)
        #[arg(long)]
        out: PathBuf,
        #[arg(long, value_enum, default_value_t = FormatArg::Xml)]
        format: FormatArg,
        /// Only these nationalities (ISO codes, comma-separated or repeated; EL and GR both mean Greece)
        #[arg(long, value_delimiter = ',', value_parser = parse_nationality)]
        nationality: Vec<String>,
        /// Only statements submitted on or after this day (UTC, YYYY-MM-DD)
        #[arg(long, value_parser = parse_day)]
        from: Option<time::Date>,
        /// Only statements submitted on or before this day (UTC, YYYY-MM-DD)
        #[arg(long, value_parser = parse_day)]
        until: Option<time::Date>,
        /// Export even if the bundle has integrity faults
        #[arg(long)]
        ignore_faults: bool,
        #[command(flatten)]
        passphrase: PassphraseArgs,
    },
    /// Erase statements at the collector, or destroy local copies with a destruction record.
    #[command(subcommand)]
    Erase(EraseCommand),
    /// Count statements per member state against the Annex I thresholds and the success rule
    /// (1,000,000 in total and 7 member states over threshold). With --key, also decrypt and list
    /// exact and near duplicates by statement id.
    #[command(
        after_help = "Counts come from the rows' clear nationality, so no key is needed for them. Near\nduplicates (same document number typed differently, names swapped, a middle name left\nout) are listed for you to examine, never removed: two people may share a name.\n\nExamples:\n  ocs stats ledger/\n  ocs stats ledger/ --json\n  ocs stats ledger/ --key organiser.key"
    )]
    Stats {
        /// The bundle folder written by `ocs pull`
        bundle: PathBuf,
        /// Decrypt with this secret key file to look for duplicates
        #[arg(long)]
        key: Option<PathBuf>,
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        passphrase: PassphraseArgs,
    },
}

#[derive(Subcommand)]
enum EraseCommand {
    /// Erase statements by id at the collector (a signatory's request, or a statement found
    /// invalid): each becomes a tombstone that keeps the shard's chain verifiable, and no longer
    /// counts. With --bundle, the local copy is brought in line at once.
    #[command(
        after_help = "The export credential is read from OCS_EXPORT_TOKEN or --token-file.\n\nExample:\n  ocs erase statement --url https://sign.example.eu --bundle ledger/ 0f8fad5b-d9cb-469f-a165-70867728950e"
    )]
    Statement {
        /// The collector's base URL
        #[arg(long)]
        url: String,
        /// A file holding the export credential
        #[arg(long)]
        token_file: Option<PathBuf>,
        /// Also replace the statements by their tombstones in this bundle
        #[arg(long)]
        bundle: Option<PathBuf>,
        /// Statement ids (as shown to the signatory)
        #[arg(required = true)]
        ids: Vec<String>,
    },
    /// Destroy local files and folders (bundles, hand-over files, key files) and print a
    /// destruction record: what was destroyed, when, its size and SHA-256.
    #[command(
        after_help = "Each file is overwritten with zeros, synced and removed. On SSDs, copy-on-write file\nsystems, snapshots and backups, earlier copies can survive: the record says so.\n\nExample:\n  ocs erase local --record destroyed-2027-03.json ledger/ handover/ organiser.key"
    )]
    Local {
        /// Files and folders to destroy
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Also write the record to this file (never overwritten)
        #[arg(long)]
        record: Option<PathBuf>,
        /// Do not ask for confirmation
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    /// The XML of the Commission's collection software (supportForm / signatures / signature)
    Xml,
    /// One row per statement, one column per Annex III property key
    Csv,
}

fn parse_day(s: &str) -> Result<time::Date, String> {
    ocs_edge::dates::parse_iso_date(s).map_err(|_| format!("{s:?} is not a date (YYYY-MM-DD)"))
}

fn parse_nationality(s: &str) -> Result<String, String> {
    let code = s.trim().to_ascii_uppercase();
    let rules = ocs_edge::Ruleset::eci().map_err(|e| e.to_string())?;
    rules
        .resolve_nationality(&code)
        .map(|(code, _)| code.to_owned())
        .ok_or_else(|| format!("{s:?} is not a member state code (e.g. FR, DE, EL)"))
}

#[derive(Subcommand)]
enum KeyCommand {
    /// Print the public key of a secret key file.
    Public {
        /// The secret key file written by `ocs keygen`
        key_file: PathBuf,
        #[command(flatten)]
        passphrase: PassphraseArgs,
    },
    /// Print the raw secret key as hex, for escrow or for opening envelopes with another RFC 9180
    /// implementation (see docs/envelope.md). Anyone who sees it can read every statement.
    ExportRaw {
        /// The secret key file written by `ocs keygen`
        key_file: PathBuf,
        #[command(flatten)]
        passphrase: PassphraseArgs,
    },
}

#[derive(Args)]
struct PassphraseArgs {
    /// Read the passphrase from the first line of this file instead of asking for it
    #[arg(long, value_name = "FILE")]
    passphrase_file: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
enum SuiteArg {
    X25519,
    Xwing,
}

impl From<SuiteArg> for Suite {
    fn from(s: SuiteArg) -> Suite {
        match s {
            SuiteArg::X25519 => Suite::X25519,
            SuiteArg::Xwing => Suite::XWing,
        }
    }
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            for cause in e.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Pull {
            url,
            token_file,
            page,
            bundle,
        } => pull::pull(&url, token_file.as_deref(), page, &bundle),
        Command::Verify { bundle, url } => pull::verify(&bundle, url.as_deref()),
        Command::Erase(EraseCommand::Statement {
            url,
            token_file,
            bundle,
            ids,
        }) => erase::statements(&url, token_file.as_deref(), &ids, bundle.as_deref()),
        Command::Erase(EraseCommand::Local { paths, record, yes }) => {
            erase::local(&paths, record.as_deref(), yes)
        }
        Command::Stats {
            bundle,
            key,
            json,
            passphrase,
        } => {
            let secret = key.map(|k| open_key(&k, &passphrase)).transpose()?;
            stats::run(&bundle, secret.as_ref(), json)
        }
        Command::Export {
            bundle,
            key,
            out,
            format,
            nationality,
            from,
            until,
            ignore_faults,
            passphrase,
        } => {
            let secret = open_key(&key, &passphrase)?;
            let options = export::Options {
                format: match format {
                    FormatArg::Xml => Format::Xml,
                    FormatArg::Csv => Format::Csv,
                },
                filter: Filter {
                    nationalities: nationality.into_iter().collect(),
                    from,
                    until,
                },
                ignore_faults,
            };
            export::run(&bundle, &secret, &out, &options)
        }
        Command::Keygen {
            suite,
            output,
            passphrase,
        } => keygen(suite.into(), &output, &passphrase),
        Command::Key(KeyCommand::Public {
            key_file,
            passphrase,
        }) => {
            let key = open_key(&key_file, &passphrase)?;
            println!("{}", key.public_key()?);
            Ok(())
        }
        Command::Key(KeyCommand::ExportRaw {
            key_file,
            passphrase,
        }) => {
            eprintln!(
                "WARNING: the line below is the raw secret key. Anyone who sees it can read every\n\
                 statement sealed to this key. Do not paste it anywhere online."
            );
            let key = open_key(&key_file, &passphrase)?;
            let hex = zeroize::Zeroizing::new(hex::encode(key.expose_bytes()));
            println!("{}", hex.as_str());
            Ok(())
        }
    }
}

fn keygen(suite: Suite, output: &Path, args: &PassphraseArgs) -> Result<()> {
    if output.exists() {
        bail!(KeyFileError::Exists {
            path: output.display().to_string()
        });
    }
    let passphrase = new_passphrase(args)?;
    let key = SecretKey::generate(suite)?;
    let created = ocs_edge::dates::format_timestamp(time::OffsetDateTime::now_utc());
    let file = keyfile::encrypt_key(&key, &passphrase, &created, None)?;
    keyfile::write_private_file(output, &file)?;
    let public = key.public_key()?;
    eprintln!(
        "Wrote the secret key to {} (passphrase-protected, mode 0600).\n\
         Public key ({}), to set as ORGANISER_PUBLIC_KEY in wrangler.toml:",
        output.display(),
        suite.description()
    );
    println!("{public}");
    Ok(())
}

fn open_key(path: &Path, args: &PassphraseArgs) -> Result<SecretKey> {
    let passphrase = existing_passphrase(args, path)?;
    keyfile::read_key_file(path, &passphrase).map_err(Into::into)
}

fn passphrase_from_file(path: &Path) -> Result<SecretString> {
    let text = zeroize::Zeroizing::new(
        std::fs::read_to_string(path)
            .with_context(|| format!("cannot read the passphrase file {}", path.display()))?,
    );
    let line = text.lines().next().unwrap_or("");
    Ok(SecretString::from(line.to_owned()))
}

fn prompt(message: &str) -> Result<SecretString> {
    if !std::io::stdin().is_terminal() {
        bail!("no terminal to ask for the passphrase on; use --passphrase-file FILE");
    }
    let _ = std::io::stderr().flush();
    let answer = rpassword::prompt_password(message).context("cannot read the passphrase")?;
    Ok(SecretString::from(answer))
}

fn new_passphrase(args: &PassphraseArgs) -> Result<SecretString> {
    if let Some(file) = &args.passphrase_file {
        return passphrase_from_file(file);
    }
    let first = prompt("Passphrase for the new key file: ")?;
    let second = prompt("Same passphrase again: ")?;
    if first.expose_secret() != second.expose_secret() {
        bail!("the two passphrases differ");
    }
    Ok(first)
}

fn existing_passphrase(args: &PassphraseArgs, key_file: &Path) -> Result<SecretString> {
    match &args.passphrase_file {
        Some(file) => passphrase_from_file(file),
        None => prompt(&format!("Passphrase for {}: ", key_file.display())),
    }
}
