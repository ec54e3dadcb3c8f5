//! The command line as clap parses it: every subcommand, option and help text. Doc comments
//! here are clap's help texts, so only what a user should read has one.
#![allow(missing_docs)]

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use ocs_core::Suite;

use crate::handover::Format;

/// The ocs-edge organiser's tool: keys; pulling, verifying and exporting the statements for the
/// national authorities; contacts, erasure and counts; and the checks anyone can run (audit,
/// witness, receipts, doctor).
///
/// The secret key never leaves this machine: the collector only ever holds the public key.
#[derive(Parser)]
#[command(
    name = "ocs",
    version = concat!(env!("CARGO_PKG_VERSION"), " (ocs-edge)"),
    propagate_version = true
)]
pub struct Cli {
    #[command(subcommand)]
    /// The subcommand.
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
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
        after_help = "The export credential is read from the OCS_EXPORT_TOKEN environment variable or\n--token-file, never from a flag (flags end up in shell history).\n\nThe collector's transparency log is read too: its key is pinned on the first pull, each\ncheckpoint must extend the one recorded before, and the rows must be the log's leaves\n(docs/transparency.md); a pull that finds otherwise names the leaf and fails.\n\nExamples:\n  OCS_EXPORT_TOKEN=… ocs pull --url https://sign.example.eu ledger/\n  ocs pull --url https://sign.example.eu --token-file export.token ledger/"
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
        /// Take the initiative's register data even if it changed since the last pull
        #[arg(long)]
        accept_initiative_change: bool,
        /// The bundle folder (created on the first pull)
        bundle: PathBuf,
    },
    /// Check a collector's transparency log from outside, no secret needed: every shard's
    /// checkpoint is signed by the log key and extends the one seen before, and the published
    /// total is the log's leaves minus its erasures.
    #[command(
        after_help = "Anyone can run it, as often as they like. With --state, what was seen is kept for the
next run (checkpoints and the public leaf hashes), so a log rewritten since is caught and
the changed leaf named. Pin the key the organiser publishes with --log-key.

Examples:
  ocs audit --url https://sign.example.eu --state audit.json
  ocs audit --url https://sign.example.eu --log-key 'ocs-edge/ECI(2026)000001+…'"
    )]
    Audit {
        /// The collector's base URL
        #[arg(long)]
        url: String,
        /// A file keeping what was seen, read and updated on each run
        #[arg(long, value_name = "FILE")]
        state: Option<PathBuf>,
        /// The log's verifier key as the organiser publishes it (refuse any other)
        #[arg(long, value_name = "KEY")]
        log_key: Option<String>,
        /// As a witness: cosign every checkpoint that holds up with this key (`ocs witness keygen`)
        #[arg(long, value_name = "FILE", requires = "cosigned")]
        witness_key: Option<PathBuf>,
        /// Where the cosigned checkpoints go (shard-N.checkpoint), with --witness-key
        #[arg(long, value_name = "DIR", requires = "witness_key")]
        cosigned: Option<PathBuf>,
    },
    /// Check a deployed collector from outside and say what to fix: HTTPS and security headers,
    /// the public key statements are sealed to, the log key, Turnstile, where the data lives,
    /// the edge cache, the collection and retention dates, the clock. Exit 1 if anything needs
    /// fixing.
    #[command(
        after_help = "No credential is needed: everything checked is what the collector shows anyone.\n\nExamples:\n  ocs doctor --url https://sign.example.eu --public-key organiser.pub\n  ocs doctor --url https://sign.example.eu --public-key ocs-x25519-pk1… --bundle ledger/"
    )]
    Doctor {
        /// The collector's base URL
        #[arg(long)]
        url: String,
        /// Your public key (as `ocs keygen` printed it), or a file holding it
        #[arg(long, value_name = "KEY_OR_FILE")]
        public_key: Option<String>,
        /// The log's verifier key as you pinned it
        #[arg(long, value_name = "KEY", conflicts_with = "bundle")]
        log_key: Option<String>,
        /// A bundle folder of `ocs pull`: its pinned log key is compared
        #[arg(long, value_name = "DIR")]
        bundle: Option<PathBuf>,
    },
    /// Witness keys, for an independent party that cosigns the log's checkpoints.
    #[command(subcommand)]
    Witness(WitnessCommand),
    /// A signatory's receipt: check that the statement is in the collector's log.
    #[command(subcommand)]
    Receipt(ReceiptCommand),
    /// Check a bundle's integrity: every shard's hash chain and sequence numbers, and that no
    /// statement appears twice. Exits non-zero and names (shard, row) on any fault.
    #[command(
        after_help = "With --url (and the export credential, as for pull), also holds the bundle against the\nledger at the collector: its exact counts and every shard's last row, read now. Rows\nsigned or erased since the pull are shown as such; anything they do not explain is a\nfault.\n\nThe rows are also held against the transparency log: offline against the checkpoints\nand leaf hashes the pulls recorded, with --url against the log served now.\n\nExamples:\n  ocs verify ledger/\n  OCS_EXPORT_TOKEN=… ocs verify --url https://sign.example.eu ledger/"
    )]
    Verify {
        /// The bundle folder written by `ocs pull`
        bundle: PathBuf,
        /// Also compare with the collector at this URL
        #[arg(long)]
        url: Option<String>,
        /// A file holding the export credential (with --url)
        #[arg(long)]
        token_file: Option<PathBuf>,
    },
    /// Decrypt a bundle and write one file per member state of nationality for the national
    /// authorities (XML as the Commission's software wrote it, or CSV), plus export-report.json.
    #[command(
        after_help = "The bundle is verified as it is read; an export refuses integrity faults (leaving\nno file) unless --ignore-faults is given. Rows that fail to open are listed (shard, row, statement id)\nand make the exit code non-zero; they are never skipped silently.\n\nPlaintext goes only into the --out folder (created 0700, files 0600). Keep it offline,\nhand the files over, then destroy them with `ocs erase`.\n\nExamples:\n  ocs export ledger/ --key organiser.key --out handover/\n  ocs export ledger/ --key organiser.key --out fr-june/ --nationality FR \\\n      --from 2026-06-01 --until 2026-06-30 --format csv"
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
        /// With --format csv: leave out the byte-order mark that makes spreadsheet programs
        /// read accents right (for programs that do not expect one)
        #[arg(long)]
        no_bom: bool,
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
        /// Instead of the hand-over files, write the contact files into --out: the organisers'
        /// list and one per partner, each with only those who consented to it
        #[arg(long)]
        contacts: bool,
        #[command(flatten)]
        rules: RulesetArgs,
        #[command(flatten)]
        passphrase: PassphraseArgs,
    },
    /// Write the e-mail addresses signatories gave, with their separate consent, to hear from the
    /// initiative: one CSV (email, statement, consented_at) for the mailing list. Erased
    /// statements' addresses are gone with them; statements without consent have none.
    #[command(
        after_help = "The addresses are never part of the statements or of the hand-over files: they are
personal data under their own consent, for informing these people about the initiative
only. The file is created new, 0600; destroy it with `ocs erase local` when your privacy
notice says.

Example:
  ocs contacts ledger/ --key organiser.key --out contacts.csv"
    )]
    Contacts {
        /// The bundle folder written by `ocs pull`
        bundle: PathBuf,
        /// The organiser's secret key file
        #[arg(long)]
        key: PathBuf,
        /// The CSV file to write (must not exist yet)
        #[arg(long)]
        out: PathBuf,
        /// Leave out the byte-order mark that makes spreadsheet programs read accents right
        #[arg(long)]
        no_bom: bool,
        /// The list of this partner (its code) instead of the organisers'
        #[arg(long, value_name = "CODE")]
        partner: Option<String>,
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
        rules: RulesetArgs,
        #[command(flatten)]
        passphrase: PassphraseArgs,
    },
}

#[derive(Subcommand)]
pub enum EraseCommand {
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
    /// Destroy local files and folders (bundles, hand-over files, key files) with a destruction
    /// record: what was destroyed, when, where, its size and SHA-256. The record is written
    /// before anything is destroyed.
    #[command(
        after_help = "Each file is overwritten with zeros, synced and removed. On SSDs, copy-on-write file\nsystems, snapshots and backups, earlier copies can survive: the record says so.\n\nExample:\n  ocs erase local --record destroyed-2027-03.json ledger/ handover/ organiser.key"
    )]
    Local {
        /// Files and folders to destroy
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The record file to write before anything is destroyed (never overwritten; default:
        /// ocs-destruction-TIME.json in the current folder)
        #[arg(long)]
        record: Option<PathBuf>,
        /// Do not ask for confirmation
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Subcommand)]
pub enum WitnessCommand {
    /// Create a witness key file (0600) and print its verifier key to publish.
    Keygen {
        /// The witness's name: a schema-less URL that identifies it (e.g. witness.example.org/ocs)
        #[arg(long)]
        name: String,
        /// Where to write the key file (never overwritten)
        #[arg(short, long, default_value = "witness.key")]
        output: PathBuf,
    },
}

#[derive(Subcommand)]
pub enum ReceiptCommand {
    /// Check a receipt (the file the confirmation page offers, or `receipt.log` of the API's
    /// 201): its checkpoint is signed by the log key and includes the statement.
    #[command(
        after_help = "Without --url the check is offline, against the key the receipt names (compare it with the
key the organiser publishes, or pass --log-key). With --url it also checks that the log
now still includes the statement and extends the receipt's checkpoint.

Examples:
  ocs receipt verify receipt.json
  ocs receipt verify receipt.json --url https://sign.example.eu"
    )]
    Verify {
        /// The receipt file
        receipt: PathBuf,
        /// The collector's base URL, to check against its log as it is now
        #[arg(long)]
        url: Option<String>,
        /// The log's verifier key as the organiser publishes it
        #[arg(long, value_name = "KEY")]
        log_key: Option<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum FormatArg {
    /// The XML of the Commission's collection software (supportForm / signatures / signature)
    Xml,
    /// One row per statement, one column per Annex III property key
    Csv,
}

pub fn parse_day(s: &str) -> Result<time::Date, String> {
    ocs_core::dates::parse_iso_date(s).map_err(|_| format!("{s:?} is not a date (YYYY-MM-DD)"))
}

/// A nationality's syntax; whether the ruleset in use collects it is checked once it is loaded
/// ([`crate::cli::rules::nationalities`]), since `--ruleset` can name another list of states.
pub fn parse_nationality(s: &str) -> Result<String, String> {
    let code = s.trim().to_ascii_uppercase();
    if code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(code)
    } else {
        Err(format!(
            "{s:?} is not a two-letter state code (e.g. FR, DE, EL)"
        ))
    }
}

#[derive(Subcommand)]
pub enum KeyCommand {
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
pub struct RulesetArgs {
    /// The ruleset file the collector was deployed with (default: the European citizens'
    /// initiative's, built in)
    #[arg(long, env = "OCS_RULESET", value_name = "FILE")]
    pub ruleset: Option<PathBuf>,
}

#[derive(Args)]
pub struct PassphraseArgs {
    /// Read the passphrase from the first line of this file instead of asking for it
    #[arg(long, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum SuiteArg {
    /// DHKEM(X25519), RFC 9180 A.2 (the default)
    X25519,
    /// X-Wing: ML-KEM-768 + X25519, post-quantum hybrid
    Xwing,
}

impl FormatArg {
    /// The format, with a byte-order mark for CSV unless `no_bom`.
    pub fn with_bom(self, no_bom: bool) -> Format {
        match self {
            FormatArg::Xml => Format::Xml,
            FormatArg::Csv => Format::Csv { bom: !no_bom },
        }
    }
}

impl From<SuiteArg> for Suite {
    fn from(s: SuiteArg) -> Suite {
        match s {
            SuiteArg::X25519 => Suite::X25519,
            SuiteArg::Xwing => Suite::XWing,
        }
    }
}
