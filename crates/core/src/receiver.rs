//! Opening X25519 envelopes without recomputing the receiver's public key for each one.
//!
//! RFC 9180's DHKEM decapsulation needs the receiver's public key: the KEM context is
//! `enc || pkRm`. hpke's X25519 KEM derives it from the secret key on every decapsulation, a
//! base-point multiplication that costs about a third of opening an envelope, and an organiser
//! opens a million envelopes with one key. [`X25519Receiver`] is the same KEM,
//! DHKEM(X25519, HKDF-SHA256) with KEM id 0x0020, whose private key carries its public key,
//! derived once. Its decapsulation is hpke's own step by step (the same X25519 from
//! `x25519-dalek`, the same all-zero check, the same labelled HKDF through hpke's
//! [`Kdf::extract_and_expand`](hpke::kdf::Kdf::extract_and_expand)); hpke's key schedule and AEAD do the rest. It only opens: it
//! has no key generation of its own and refuses to seal. Tests open with it what hpke and an
//! independent Python implementation sealed (crates/core/tests/envelope.rs, the interop tests).

use hpke::hybrid_array::Array;
use hpke::kdf::{HkdfSha256, Kdf as _};
use hpke::kem::{Kem, SharedSecret, X25519HkdfSha256};
use hpke::{Deserializable, HpkeError, Serializable};
use subtle::ConstantTimeEq;

/// hpke's DHKEM(X25519, HKDF-SHA256): its public and encapsulated key types are reused.
type Stock = X25519HkdfSha256;

/// DHKEM(X25519, HKDF-SHA256) for opening with a key that keeps its public key.
pub struct X25519Receiver;

/// A receiver's X25519 secret key (clamped, as hpke stores it) with its public key.
#[derive(Clone)]
pub struct ReceiverKey {
    secret: x25519_dalek::StaticSecret,
    public: <Stock as Kem>::PublicKey,
}

impl ReceiverKey {
    fn from_stock(stock: &<Stock as Kem>::PrivateKey) -> ReceiverKey {
        let bytes: [u8; 32] = stock.to_bytes().into();
        ReceiverKey {
            secret: x25519_dalek::StaticSecret::from(bytes),
            public: Stock::sk_to_pk(stock),
        }
    }
}

impl ConstantTimeEq for ReceiverKey {
    fn ct_eq(&self, other: &Self) -> subtle::Choice {
        self.secret.as_bytes().ct_eq(other.secret.as_bytes())
    }
}

impl Serializable for ReceiverKey {
    type OutputSize = <<Stock as Kem>::PrivateKey as Serializable>::OutputSize;

    fn write_exact(&self, buf: &mut [u8]) {
        // The trait's contract: `buf` is exactly the key's size.
        if let Some(out) = buf.get_mut(..32) {
            out.copy_from_slice(self.secret.as_bytes());
        }
    }
}

impl Deserializable for ReceiverKey {
    /// Parses as hpke does (32 bytes, clamped), then derives the public key, once.
    fn from_bytes(encoded: &[u8]) -> Result<Self, HpkeError> {
        <Stock as Kem>::PrivateKey::from_bytes(encoded).map(|stock| ReceiverKey::from_stock(&stock))
    }
}

impl Kem for X25519Receiver {
    type PublicKey = <Stock as Kem>::PublicKey;
    type PrivateKey = ReceiverKey;
    type EncappedKey = <Stock as Kem>::EncappedKey;
    type NSecret = <Stock as Kem>::NSecret;
    const KEM_ID: u16 = Stock::KEM_ID;

    fn sk_to_pk(sk: &ReceiverKey) -> Self::PublicKey {
        sk.public.clone()
    }

    fn derive_keypair(ikm: &[u8]) -> (ReceiverKey, Self::PublicKey) {
        let (stock, public) = Stock::derive_keypair(ikm);
        (ReceiverKey::from_stock(&stock), public)
    }

    /// RFC 9180 §4.1 `Decap` in base mode: `dh = DH(skR, pkE)`, `kem_context = enc || pkRm`,
    /// `shared_secret = ExtractAndExpand(dh, kem_context)`.
    fn decap(
        sk_recip: &ReceiverKey,
        pk_sender_id: Option<&Self::PublicKey>,
        encapped_key: &Self::EncappedKey,
    ) -> Result<SharedSecret<Self>, HpkeError> {
        if pk_sender_id.is_some() {
            // Envelopes use base mode only.
            return Err(HpkeError::DecapError);
        }
        let enc: [u8; 32] = encapped_key.to_bytes().into();
        let dh = sk_recip
            .secret
            .diffie_hellman(&x25519_dalek::PublicKey::from(enc));
        // "Senders and recipients MUST check whether the shared secret is the all-zero value".
        if bool::from(dh.as_bytes().ct_eq(&[0u8; 32])) {
            return Err(HpkeError::DecapError);
        }
        let public: [u8; 32] = sk_recip.public.to_bytes().into();
        let mut kem_context = [0u8; 64];
        let (first, second) = kem_context.split_at_mut(32);
        first.copy_from_slice(&enc);
        second.copy_from_slice(&public);
        let suite_id = kem_suite_id();
        let mut shared = SharedSecret::<Self>(Array::default());
        HkdfSha256::extract_and_expand(dh.as_bytes(), &suite_id, &kem_context, &mut shared.0)?;
        Ok(shared)
    }

    /// Never seals: sealing is hpke's own [`X25519HkdfSha256`].
    fn encap_with_rng(
        _pk_recip: &Self::PublicKey,
        _sender_id_keypair: Option<(&ReceiverKey, &Self::PublicKey)>,
        _csprng: &mut impl hpke::rand_core::CryptoRng,
    ) -> Result<(SharedSecret<Self>, Self::EncappedKey), HpkeError> {
        Err(HpkeError::EncapError)
    }
}

/// `"KEM" || I2OSP(kem_id, 2)` (RFC 9180 §4.1).
fn kem_suite_id() -> [u8; 5] {
    let [high, low] = X25519Receiver::KEM_ID.to_be_bytes();
    [b'K', b'E', b'M', high, low]
}
