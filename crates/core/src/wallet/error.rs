//! Why a wallet presentation is refused, as stable codes (docs/wallet.md and docs/api.md list
//! them).

/// Why a presentation was refused. Every variant is a refusal of the whole presentation:
/// nothing of it is kept.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, thiserror::Error, strum::IntoStaticStr, strum::EnumIter,
)]
pub enum WalletError {
    /// This collector has no PID trust anchors configured: it does not take wallet signatures.
    #[error("this collector does not take wallet signatures")]
    #[strum(serialize = "wallet_not_offered")]
    NotOffered,
    /// Not a presentation this collector can read (what was wrong, for the logs of a test).
    #[error("the presentation is malformed: {0}")]
    #[strum(serialize = "wallet_malformed")]
    Malformed(&'static str),
    /// An algorithm other than ES256 (HAIP's), or a key that is not on P-256.
    #[error("the presentation uses an algorithm this collector does not accept")]
    #[strum(serialize = "wallet_unsupported_algorithm")]
    UnsupportedAlgorithm,
    /// The certificate chain does not end at a configured trust anchor.
    #[error("the credential's issuer is not a trusted PID provider")]
    #[strum(serialize = "wallet_untrusted_issuer")]
    UntrustedIssuer,
    /// A certificate of the chain is outside its validity period.
    #[error("a certificate of the PID provider is expired or not yet valid")]
    #[strum(serialize = "wallet_certificate_expired")]
    CertificateExpired,
    /// The PID provider's signature over the credential does not verify.
    #[error("the credential's signature does not verify")]
    #[strum(serialize = "wallet_bad_signature")]
    BadSignature,
    /// The holder's key binding is missing, or its signature or `sd_hash` does not verify.
    #[error("the wallet's key binding does not verify")]
    #[strum(serialize = "wallet_bad_key_binding")]
    BadKeyBinding,
    /// A disclosure is not one the issuer signed (its digest is not in the credential), or
    /// appears twice.
    #[error("a disclosed claim is not one the issuer signed")]
    #[strum(serialize = "wallet_unsigned_disclosure")]
    UnsignedDisclosure,
    /// The nonce is not one this collector issued, or was issued for another nationality.
    #[error("the answer is not for a request of this collector")]
    #[strum(serialize = "wallet_unknown_request")]
    UnknownRequest,
    /// The nonce is older than a request lives.
    #[error("the request has expired")]
    #[strum(serialize = "wallet_stale_request")]
    StaleRequest,
    /// The key binding names another audience than this origin.
    #[error("the answer was made for another site")]
    #[strum(serialize = "wallet_wrong_audience")]
    WrongAudience,
    /// The key binding was made too long ago, or in the future.
    #[error("the answer is not fresh")]
    #[strum(serialize = "wallet_not_fresh")]
    NotFresh,
    /// The credential's status list says it is revoked or suspended.
    #[error("the identity credential has been revoked or suspended")]
    #[strum(serialize = "wallet_revoked")]
    Revoked,
    /// The credential's status list could not be fetched, or is not one this collector can
    /// trust: the collector refuses rather than accept a credential it cannot check.
    #[error("the identity credential's status cannot be checked now")]
    #[strum(serialize = "wallet_status_unavailable")]
    StatusUnavailable,
    /// The PID itself has expired (or is not valid yet).
    #[error("the identity credential has expired")]
    #[strum(serialize = "wallet_credential_expired")]
    CredentialExpired,
    /// Not a PID (another credential type).
    #[error("the credential is not a person identification data credential")]
    #[strum(serialize = "wallet_not_pid")]
    NotPid,
    /// A claim the nationality requires was not disclosed (or has the wrong type).
    #[error("the credential does not disclose {0}")]
    #[strum(serialize = "wallet_missing_claim")]
    MissingClaim(&'static str),
    /// The signatory is younger than the state's minimum age.
    #[error("the signatory is under the minimum age")]
    #[strum(serialize = "wallet_under_age")]
    UnderAge,
    /// None of the PID's nationalities is a member state's.
    #[error("the credential names no nationality of a member state")]
    #[strum(serialize = "wallet_not_eu_nationality")]
    NotEuNationality,
    /// The nationality chosen on the form is not among the PID's.
    #[error("the credential does not name the chosen nationality")]
    #[strum(serialize = "wallet_nationality_mismatch")]
    NationalityMismatch,
}

impl WalletError {
    /// Every refusal (a [`WalletError::Malformed`] and [`WalletError::MissingClaim`] with an
    /// empty detail), for the tables that must list them all.
    pub fn all() -> impl Iterator<Item = WalletError> {
        <WalletError as strum::IntoEnumIterator>::iter()
    }

    /// The stable code the API sends and the pages localise, `wallet_…`.
    pub fn code(&self) -> &'static str {
        self.into()
    }

    /// The page catalogues' message for this refusal (the form shows it with the code).
    pub fn page_message(&self) -> &'static str {
        match self {
            WalletError::UnknownRequest
            | WalletError::StaleRequest
            | WalletError::NotFresh
            | WalletError::WrongAudience
            | WalletError::BadKeyBinding => "wallet-refused-again",
            WalletError::CredentialExpired | WalletError::Revoked => "wallet-refused-expired",
            WalletError::StatusUnavailable => "wallet-refused-status",
            WalletError::MissingClaim(_) => "wallet-refused-missing",
            WalletError::NotEuNationality | WalletError::NationalityMismatch => {
                "wallet-refused-nationality"
            }
            WalletError::UnderAge => "error-too-young",
            WalletError::NotOffered
            | WalletError::Malformed(_)
            | WalletError::UnsupportedAlgorithm
            | WalletError::UntrustedIssuer
            | WalletError::CertificateExpired
            | WalletError::BadSignature
            | WalletError::UnsignedDisclosure
            | WalletError::NotPid => "wallet-refused-untrusted",
        }
    }

    /// A sentence for people (English; clients localise by [`WalletError::code`]). Never
    /// personal data.
    pub fn message(&self) -> &'static str {
        match self {
            WalletError::NotOffered => "This collector does not take wallet signatures.",
            WalletError::Malformed(_) | WalletError::UnsupportedAlgorithm => {
                "The wallet's answer could not be read; nothing was stored."
            }
            WalletError::UntrustedIssuer | WalletError::CertificateExpired => {
                "The identity credential is not from a trusted issuer; nothing was stored."
            }
            WalletError::BadSignature | WalletError::UnsignedDisclosure => {
                "The identity credential's signature does not verify; nothing was stored."
            }
            WalletError::BadKeyBinding | WalletError::WrongAudience => {
                "The wallet's answer was not made for this page; nothing was stored."
            }
            WalletError::UnknownRequest | WalletError::StaleRequest | WalletError::NotFresh => {
                "The wallet's answer is for an earlier request; please start again."
            }
            WalletError::CredentialExpired => "The identity credential has expired.",
            WalletError::Revoked => "The identity credential has been revoked or suspended.",
            WalletError::StatusUnavailable => {
                "The identity credential's status cannot be checked right now; nothing was stored. Try again in a minute, or sign by typing."
            }
            WalletError::NotPid => "The credential shared is not a person identification credential.",
            WalletError::MissingClaim(_) => {
                "The wallet did not share all the data this statement needs; please share it or sign by typing."
            }
            WalletError::UnderAge => "You are under the minimum age to support an initiative.",
            WalletError::NotEuNationality => {
                "The credential names no nationality of an EU member state."
            }
            WalletError::NationalityMismatch => {
                "The credential does not name the nationality chosen on the form."
            }
        }
    }
}
