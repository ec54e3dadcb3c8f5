//! The log key: Ed25519, made inside the collector (the vault) from 32 random bytes, named after
//! the initiative. Its public half, as a C2SP signed-note verifier key, is what anyone checks
//! checkpoints with.

use base64::Engine as _;
use signed_note::StandardVerifier;

use super::tree::{LogError, Source};

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

/// signed-note's algorithm byte of an Ed25519 key.
const ALG_ED25519: u8 = 0x01;

/// The log's signing key.
pub struct LogKey {
    name: String,
    signing: ed25519_dalek::SigningKey,
    /// signed-note's key id, computed once: a collector signs a checkpoint for every statement.
    id: u32,
}

impl std::fmt::Debug for LogKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "LogKey({}, <redacted>)", self.name)
    }
}

impl LogKey {
    /// The key of `initiative` from its 32-byte seed.
    pub fn from_seed(initiative: &str, seed: &[u8; 32]) -> LogKey {
        let name = key_name(initiative);
        let signing = ed25519_dalek::SigningKey::from_bytes(seed);
        let id = signed_note::key_id(&name, &Self::encoded_public(&signing));
        LogKey { name, signing, id }
    }

    /// signed-note's encoding of an Ed25519 public key: the algorithm byte, then the key.
    fn encoded_public(signing: &ed25519_dalek::SigningKey) -> Vec<u8> {
        let mut public = vec![ALG_ED25519];
        public.extend_from_slice(signing.verifying_key().as_bytes());
        public
    }

    /// The public key as a signed-note verifier key (`name+id+base64`): publish and pin this.
    pub fn verifier_key(&self) -> String {
        format!(
            "{}+{:08x}+{}",
            self.name,
            self.id,
            base64::engine::general_purpose::STANDARD.encode(Self::encoded_public(&self.signing))
        )
    }

    /// The signer for notes.
    pub fn signer(&self) -> &dyn signed_note::Signer {
        self
    }
}

/// Signs notes as signed-note's own Ed25519 signer does (a test checks that its verifier accepts
/// them), with an Ed25519 built without precomputed tables: the worker signs one checkpoint per
/// statement, and the tables would be some 35 KiB of its compressed bundle.
impl signed_note::Signer for LogKey {
    fn name(&self) -> &str {
        &self.name
    }

    fn key_id(&self) -> u32 {
        self.id
    }

    fn sign(&self, msg: &[u8]) -> Result<Vec<u8>, signature::Error> {
        use ed25519_dalek::Signer as _;
        Ok(self.signing.sign(msg).to_bytes().to_vec())
    }
}

/// A verifier for a published verifier key.
pub fn verifier(verifier_key: &str) -> Result<StandardVerifier, LogError> {
    StandardVerifier::new(verifier_key.trim())
        .map_err(|e| LogError::key(format!("not a verifier key: {e}"), Source::from(e)))
}
