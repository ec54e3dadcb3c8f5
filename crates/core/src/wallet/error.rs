//! Why a wallet presentation is refused, as stable codes (docs/wallet.md lists them).

/// Why a presentation was refused. Every variant is a refusal of the whole presentation:
/// nothing of it is kept.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, strum::IntoStaticStr, strum::EnumIter)]
#[strum(serialize_all = "snake_case")]
pub enum WalletError {
    /// Not a presentation this collector can read (what was wrong, for the logs of a test).
    #[error("the presentation is malformed: {0}")]
    Malformed(&'static str),
    /// An algorithm other than ES256 (HAIP's), or a key that is not on P-256.
    #[error("the presentation uses an algorithm this collector does not accept")]
    UnsupportedAlgorithm,
    /// The certificate chain does not end at a configured trust anchor.
    #[error("the credential's issuer is not a trusted PID provider")]
    UntrustedIssuer,
    /// A certificate of the chain is outside its validity period.
    #[error("a certificate of the PID provider is expired or not yet valid")]
    CertificateExpired,
    /// The PID provider's signature (over the credential or a certificate) does not verify.
    #[error("the credential's signature does not verify")]
    BadSignature,
    /// The holder's key-binding signature does not verify.
    #[error("the wallet's key-binding signature does not verify")]
    BadKeyBinding,
    /// A disclosure is not one the issuer signed (its digest is not in the credential), or
    /// appears twice.
    #[error("a disclosed claim is not one the issuer signed")]
    UnsignedDisclosure,
    /// The nonce is not one this collector issued, or was issued for another nationality.
    #[error("the answer is not for a request of this collector")]
    UnknownRequest,
    /// The nonce is older than a request lives.
    #[error("the request has expired; start again")]
    StaleRequest,
    /// The key binding names another audience than this origin.
    #[error("the answer was made for another site")]
    WrongAudience,
    /// The key binding was made too long ago, or in the future.
    #[error("the answer is not fresh")]
    NotFresh,
    /// The PID itself has expired (or is not valid yet).
    #[error("the identity credential has expired")]
    CredentialExpired,
    /// Not a PID (another credential type).
    #[error("the credential is not a person identification data credential")]
    NotPid,
    /// A claim the nationality requires was not disclosed (or has the wrong type).
    #[error("the credential does not disclose {0}")]
    MissingClaim(&'static str),
    /// The signatory is younger than the state's minimum age.
    #[error("the signatory is under the minimum age")]
    UnderAge,
    /// None of the PID's nationalities is a member state's.
    #[error("the credential names no nationality of a member state")]
    NotEuNationality,
    /// The nationality chosen on the form is not among the PID's.
    #[error("the credential does not name the chosen nationality")]
    NationalityMismatch,
}

impl WalletError {
    /// The stable code the API sends and the pages localise (`wallet_` and the variant).
    pub fn code(&self) -> &'static str {
        self.into()
    }
}
