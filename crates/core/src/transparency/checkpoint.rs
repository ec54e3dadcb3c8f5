//! Checkpoints (C2SP tlog-checkpoint) as C2SP signed notes, signed with the log key. A shard's
//! checkpoint names its origin, its size and root hash, and, as an extension line, how many of
//! its leaves are statements erased since (`erased N`): the public count is `size - erased`.

use signed_note::{Note, VerifierList};
use tlog_tiles::{Checkpoint, Hash};

use super::key::{verifier, LogKey};
use super::tree::{LogError, Source};

/// The extension line's keyword.
const ERASED: &str = "erased ";

/// A checkpoint whose signature was verified.
#[derive(Debug, Clone, PartialEq)]
pub struct SignedCheckpoint {
    /// The log it is of.
    pub origin: String,
    /// Leaves in the tree.
    pub size: u64,
    /// The root hash.
    pub root: Hash,
    /// How many leaves are statements erased since (tombstones in the ledger).
    pub erased: u64,
    /// The signed note, as served.
    pub text: String,
}

/// Signs the checkpoint of a tree: the note text, signatures included.
pub fn sign_checkpoint(
    key: &LogKey,
    origin: &str,
    size: u64,
    root: Hash,
    erased: u64,
) -> Result<String, LogError> {
    let checkpoint = Checkpoint::new(origin, size, root, &format!("{ERASED}{erased}\n"))
        // tlog_tiles' checkpoint error is no std::error::Error: its text is all there is.
        .map_err(|e| LogError::checkpoint(format!("cannot be made: {e}"), None))?;
    let mut note = Note::new(&checkpoint.to_bytes(), &[])
        .map_err(|e| LogError::checkpoint(format!("note: {e}"), Source::from(e)))?;
    note.add_sigs(&[key.signer()])
        .map_err(|e| LogError::checkpoint(format!("signing: {e}"), Source::from(e)))?;
    String::from_utf8(note.to_bytes())
        .map_err(|e| LogError::checkpoint(format!("not text: {e}"), Source::from(e)))
}

/// Reads a signed checkpoint and checks its signature with the log's verifier key (other
/// signatures, such as witnesses' cosignatures, are left for the caller).
pub fn verify_checkpoint(text: &str, verifier_key: &str) -> Result<SignedCheckpoint, LogError> {
    let bad = |why: String| LogError::checkpoint(why, None);
    let note = Note::from_bytes(text.as_bytes()).map_err(|e| bad(e.to_string()))?;
    let known = VerifierList::new(vec![Box::new(verifier(verifier_key)?)]);
    note.verify(&known)
        .map_err(|e| bad(format!("signature: {e}")))?;
    let checkpoint = Checkpoint::from_bytes(note.text()).map_err(|e| bad(e.to_string()))?;
    let erased = checkpoint
        .extension()
        .lines()
        .find_map(|l| l.strip_prefix(ERASED))
        .map_or(Ok(0), |n| n.parse::<u64>())
        .map_err(|e| bad(format!("erased count: {e}")))?;
    // What a reader without the ledger can hold the line to: no more erased than leaves.
    if erased > checkpoint.size() {
        return Err(bad(format!(
            "erased count {erased} exceeds the tree's {} leaves",
            checkpoint.size()
        )));
    }
    Ok(SignedCheckpoint {
        origin: checkpoint.origin().to_owned(),
        size: checkpoint.size(),
        root: *checkpoint.hash(),
        erased,
        text: text.to_owned(),
    })
}

/// Splits `GET /log/checkpoint` (every shard's signed checkpoint, one after the other, each
/// ending with its signature lines) into the notes.
pub fn split_notes(text: &str) -> Vec<String> {
    let mut notes = Vec::new();
    let mut current = String::new();
    let mut in_signatures = false;
    for line in text.split_inclusive('\n') {
        if in_signatures && !line.starts_with("\u{2014} ") {
            notes.push(std::mem::take(&mut current));
            in_signatures = false;
        }
        if line == "\n" && !in_signatures && !current.is_empty() {
            in_signatures = true;
            current.push_str(line);
            continue;
        }
        if line == "\n" && current.is_empty() {
            continue; // the blank line between two notes
        }
        current.push_str(line);
    }
    if !current.is_empty() {
        notes.push(current);
    }
    notes
}
