//! Signing with the EU Digital Identity Wallet (docs/wallet.md): the worker asks the browser's
//! Digital Credentials API for the signatory's PID (person identification data) with an
//! OpenID4VP 1.0 request, and verifies what the wallet answers before any of it becomes a
//! statement.
//!
//! - [`request`]: the DCQL query for exactly the claims the nationality's Annex III part needs,
//!   and the nonce that binds an answer to one request without the worker storing anything;
//! - [`verify_sd_jwt_vc`]: an SD-JWT VC PID (RFC 9901, `dc+sd-jwt`): the PID provider's
//!   certificate chain to the configured trust anchors, the issuer's signature, every
//!   disclosure's digest, the key binding (nonce, audience, freshness, `sd_hash`), expiry;
//! - [`verify_mdoc`]: an mdoc PID (ISO/IEC 18013-5 `DeviceResponse`): the same chain, the
//!   issuer's COSE signature over the MSO, every element's digest, validity, and the device
//!   signature over this request's session transcript (origin and nonce);
//! - [`Pid`] and [`Pid::into_submission`]: the verified claims as the statement's fields, so
//!   the typed form's validation, dedupe token, sealing and ledger apply unchanged.
//!
//! Signatures are checked apart from the parsing ([`SignatureCheck`]): natively by RustCrypto's
//! p256 (feature `native-ecdsa`), in the worker by the runtime's WebCrypto, so the bundle does
//! not carry the curve arithmetic.

pub mod cbor;
pub mod certificate;
mod claims;
mod error;
mod jose;
mod mdoc;
pub mod request;
pub mod response;
mod sd_jwt;
mod signature;
pub mod status;
mod x509;

pub use claims::{Pid, PidFormat, Provenance};
pub use error::WalletError;
pub use mdoc::verify_mdoc;
pub use request::{PidClaim, WalletRequest, PID_DOCTYPE, PID_VCT, PID_VCT_NAMESPACE};
pub use sd_jwt::{verify_sd_jwt_vc, Expectations, Presented};
pub use signature::{SignatureCheck, SignedPart};
pub use status::{StatusList, StatusReference};
pub use x509::{TrustAnchors, TEST_ANCHOR_PEM};
