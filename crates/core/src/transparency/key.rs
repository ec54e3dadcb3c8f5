//! The log key: Ed25519, made inside the collector (the vault) from 32 random bytes, named after
//! the initiative. Its public half, as a C2SP signed-note verifier key, is what anyone checks
//! checkpoints with.

use base64::Engine as _;
use signed_note::{StandardSigner, StandardVerifier};
use zeroize::Zeroizing;

use super::tree::LogError;

/// The signed-note key name of an initiative's log.
pub fn key_name(initiative: &str) -> String {
    // Key names may not hold spaces or '+'.
    let safe: String = initiative
        .chars()
        .map(|c| {
            if c.is_whitespace() || c == '+' {
                '_'
            } else {
                c
            }
        })
        .collect();
    format!("ocs-edge/{safe}")
}

/// The checkpoint origin of one shard's log.
pub fn origin(initiative: &str, shard: u32) -> String {
    format!("{}/shard/{shard}", key_name(initiative))
}

/// The checkpoint origin of `shard` for a log whose verifier key is `verifier_key` (its name
/// is the initiative's log name).
pub fn origin_of_key(verifier_key: &str, shard: u32) -> String {
    let name = verifier_key.split('+').next().unwrap_or_default();
    format!("{name}/shard/{shard}")
}

/// The log's signing key.
pub struct LogKey {
    name: String,
    signing: ed25519_dalek::SigningKey,
    /// The note signer, made once: a collector signs a checkpoint for every statement.
    signer: std::sync::OnceLock<Option<StandardSigner>>,
}

impl std::fmt::Debug for LogKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "LogKey({}, <redacted>)", self.name)
    }
}

impl LogKey {
    /// The key of `initiative` from its 32-byte seed.
    pub fn from_seed(initiative: &str, seed: &[u8; 32]) -> LogKey {
        LogKey {
            name: key_name(initiative),
            signing: ed25519_dalek::SigningKey::from_bytes(seed),
            signer: std::sync::OnceLock::new(),
        }
    }

    /// The public key as a signed-note verifier key (`name+id+base64`): publish and pin this.
    pub fn verifier_key(&self) -> String {
        signed_note::new_ed25519_verifier_key(&self.name, &self.signing.verifying_key())
    }

    /// The signer for notes (made on first use).
    pub fn signer(&self) -> Result<&StandardSigner, LogError> {
        self.signer
            .get_or_init(|| self.make_signer().ok())
            .as_ref()
            .ok_or_else(|| LogError::Key("the log key makes no note signer".into()))
    }

    fn make_signer(&self) -> Result<StandardSigner, LogError> {
        // signed-note's encoding of an Ed25519 signer key: alg byte 1, then the seed.
        let mut private = Zeroizing::new(vec![1u8]);
        private.extend_from_slice(self.signing.as_bytes());
        let mut public = vec![1u8];
        public.extend_from_slice(self.signing.verifying_key().as_bytes());
        let skey = Zeroizing::new(format!(
            "PRIVATE+KEY+{}+{:08x}+{}",
            self.name,
            signed_note::key_id(&self.name, &public),
            base64::engine::general_purpose::STANDARD.encode(&*private)
        ));
        StandardSigner::new(&skey).map_err(|e| LogError::Key(e.to_string()))
    }
}

/// A verifier for a published verifier key.
pub fn verifier(verifier_key: &str) -> Result<StandardVerifier, LogError> {
    StandardVerifier::new(verifier_key.trim()).map_err(|e| LogError::Key(e.to_string()))
}
