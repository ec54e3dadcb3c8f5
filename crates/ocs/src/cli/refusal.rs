//! Refusals that say what to do: a problem and its remedy (as rage pairs each error with a
//! recommendation). `ocs` prints the problem as `error: …` and the remedy on a line of its own,
//! `  what to do: …`; the snapshots in `tests/cmd/` show each one.

use crate::bundle::BundleError;
use crate::collector::CollectorError;
use crate::keyfile::KeyFileError;

/// A refusal of `ocs`'s own, with what the user can do about it.
#[derive(Debug, thiserror::Error)]
#[error("{problem}")]
pub struct Refusal {
    problem: String,
    remedy: String,
}

impl Refusal {
    /// `problem`, and what to do about it.
    pub fn new(problem: impl Into<String>, remedy: impl Into<String>) -> Refusal {
        Refusal {
            problem: problem.into(),
            remedy: remedy.into(),
        }
    }
}

/// Fails with a [`Refusal`]: `problem`, and what to do about it.
pub fn refuse<T>(problem: impl Into<String>, remedy: impl Into<String>) -> anyhow::Result<T> {
    Err(Refusal::new(problem, remedy).into())
}

/// What to do about `error`: the first remedy found along its chain of causes.
pub fn remedy(error: &anyhow::Error) -> Option<String> {
    error.chain().find_map(|cause| {
        if let Some(refusal) = cause.downcast_ref::<Refusal>() {
            return Some(refusal.remedy.clone());
        }
        if let Some(e) = cause.downcast_ref::<KeyFileError>() {
            return key_file_remedy(e);
        }
        if let Some(e) = cause.downcast_ref::<CollectorError>() {
            return e.remedy().map(str::to_owned);
        }
        cause.downcast_ref::<BundleError>().and_then(bundle_remedy)
    })
}

fn key_file_remedy(error: &KeyFileError) -> Option<String> {
    Some(
        match error {
            KeyFileError::WrongPassphrase => {
                "type the passphrase again, or check the first line of --passphrase-file"
            }
            KeyFileError::NotAKeyFile => "give the file `ocs keygen` wrote (it begins with `# ocs-edge`)",
            KeyFileError::WeakPassphrase => {
                "choose a longer passphrase: several words are easier to remember than symbols"
            }
            KeyFileError::Exists { .. } => {
                "choose another file name with -o, or keep the key you have: a new key cannot open statements sealed to the old one"
            }
            KeyFileError::Damaged { .. } | KeyFileError::Key(_) => {
                "use your backup copy of the key file (docs/keys.md)"
            }
            KeyFileError::HeaderMismatch => {
                "the file was edited: use your backup copy, and trust the key printed with --passphrase-file"
            }
            KeyFileError::Io { .. } => return None,
        }
        .to_owned(),
    )
}

fn bundle_remedy(error: &BundleError) -> Option<String> {
    Some(
        match error {
            BundleError::NotABundle(_) => {
                "give the folder `ocs pull` wrote (it holds bundle.json), or pull into it first"
            }
            BundleError::Mismatch { .. } => "pull into a new, empty folder",
            BundleError::NoInitiativeData(_) => "run `ocs pull` into the bundle again",
            BundleError::BadManifest { .. } | BundleError::BadRow { .. } => {
                "pull into a new folder, and compare it with this one (`ocs verify`)"
            }
            BundleError::Io { .. } | BundleError::Erasure { .. } => return None,
        }
        .to_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_remedy_is_found_along_the_chain() {
        let e = anyhow::Error::new(Refusal::new("no", "do this")).context("while pulling");
        assert_eq!(remedy(&e).as_deref(), Some("do this"));
        let e = anyhow::Error::new(KeyFileError::WrongPassphrase);
        assert!(remedy(&e).is_some_and(|r| r.contains("passphrase")));
        assert_eq!(remedy(&anyhow::anyhow!("plain")), None);
    }
}
