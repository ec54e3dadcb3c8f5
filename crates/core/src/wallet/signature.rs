//! The ECDSA P-256 signatures a presentation carries, checked apart from the parsing: natively
//! by RustCrypto's p256, in the worker by WebCrypto (`ECDSA` with `SHA-256`, which takes the
//! same raw public key and `r || s` signature).

/// Which signature of the presentation a check is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignedPart {
    /// The certificate at this position of the chain (0 = the signing certificate), signed by
    /// the next one or by the trust anchor.
    Certificate(usize),
    /// The PID provider's signature over the credential.
    Credential,
    /// The wallet's key-binding signature over the presentation.
    KeyBinding,
}

/// One ECDSA P-256 / SHA-256 signature to check.
#[derive(Debug, Clone)]
pub struct SignatureCheck {
    /// Which signature this is.
    pub part: SignedPart,
    /// The public key, SEC1 uncompressed (`04 || x || y`).
    pub public_key: [u8; 65],
    /// The signed bytes (hashed with SHA-256 by the verifier).
    pub message: Vec<u8>,
    /// The signature as `r || s` (IEEE P1363, as JOSE and WebCrypto have it).
    pub signature: [u8; 64],
}

impl SignatureCheck {
    /// Checks the signature with RustCrypto's p256 (both low and high `s` are accepted, as
    /// WebCrypto accepts them).
    #[cfg(feature = "native-ecdsa")]
    pub fn verify_natively(&self) -> bool {
        use p256::ecdsa::signature::Verifier;
        let Ok(key) = p256::ecdsa::VerifyingKey::from_sec1_bytes(&self.public_key) else {
            return false;
        };
        let Ok(signature) = p256::ecdsa::Signature::from_slice(&self.signature) else {
            return false;
        };
        let signature = signature.normalize_s();
        key.verify(&self.message, &signature).is_ok()
    }
}
