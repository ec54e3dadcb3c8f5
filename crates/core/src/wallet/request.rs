//! What the worker asks the wallet for: a DCQL query (OpenID4VP 1.0 §6) for the PID as an
//! SD-JWT VC or as an mdoc, with exactly the claims the nationality's Annex III part needs, and a
//! nonce the worker can check later without having stored anything.
//!
//! The nonce is `base64url(expiry || random || MAC)`, the MAC under the worker's key over the
//! expiry, the random part and the nationality: an answer is bound to a request of this worker,
//! for this nationality, within [`REQUEST_LIFETIME_SECONDS`]. A replay inside that window names
//! the same person again, and the dedupe token refuses it as any second signature
//! (docs/wallet.md).

use serde::Serialize;

use super::error::WalletError;
use super::jose::{b64url_decode, b64url_encode};
use crate::rules::{Field, Part, StateRules};

/// The SD-JWT VC type of the EU PID (ARF Annex 3.01, PID Rulebook §4.2); domestic types extend
/// it under the `urn:eudi:pid:` namespace.
pub const PID_VCT: &str = "urn:eudi:pid:1";
/// The namespace every PID type is in.
pub const PID_VCT_NAMESPACE: &str = "urn:eudi:pid:";
/// The mdoc document type and namespace of the EU PID (PID Rulebook §3).
pub const PID_DOCTYPE: &str = "eu.europa.ec.eudi.pid.1";

/// How long a request may be answered.
pub const REQUEST_LIFETIME_SECONDS: i64 = 300;
/// The DC API protocol of an unsigned OpenID4VP 1.0 request.
pub const PROTOCOL: &str = "openid4vp-v1-unsigned";
/// The DCQL credential query ids.
pub const SD_JWT_QUERY: &str = "pid_sd_jwt";
/// See [`SD_JWT_QUERY`].
pub const MDOC_QUERY: &str = "pid_mdoc";
const NONCE_LABEL: &str = "ocs-edge/wallet-nonce/v1";
const MAC_BYTES: usize = 16;

/// A PID claim the collector may ask for (PID Rulebook §3 and §4 give both encodings).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PidClaim {
    /// `given_name`.
    GivenName,
    /// `family_name`.
    FamilyName,
    /// `birthdate` (SD-JWT VC) / `birth_date` (mdoc).
    BirthDate,
    /// `nationalities` / `nationality`.
    Nationalities,
    /// `address.street_address` / `resident_street`.
    Street,
    /// `address.house_number` / `resident_house_number`.
    HouseNumber,
    /// `address.postal_code` / `resident_postal_code`.
    PostalCode,
    /// `address.locality` / `resident_city`.
    City,
    /// `address.country` / `resident_country`.
    Country,
    /// `age_equal_or_over.NN` / `age_over_NN`.
    AgeOver(u8),
}

impl PidClaim {
    /// The claim's path in an SD-JWT VC PID.
    pub fn sd_jwt_path(self) -> Vec<String> {
        let path: &[&str] = match self {
            PidClaim::GivenName => &["given_name"],
            PidClaim::FamilyName => &["family_name"],
            PidClaim::BirthDate => &["birthdate"],
            PidClaim::Nationalities => &["nationalities"],
            PidClaim::Street => &["address", "street_address"],
            PidClaim::HouseNumber => &["address", "house_number"],
            PidClaim::PostalCode => &["address", "postal_code"],
            PidClaim::City => &["address", "locality"],
            PidClaim::Country => &["address", "country"],
            PidClaim::AgeOver(age) => return vec!["age_equal_or_over".into(), age.to_string()],
        };
        path.iter().map(|p| (*p).to_owned()).collect()
    }

    /// The element identifier in the mdoc PID's namespace.
    pub fn mdoc_element(self) -> String {
        match self {
            PidClaim::GivenName => "given_name".into(),
            PidClaim::FamilyName => "family_name".into(),
            PidClaim::BirthDate => "birth_date".into(),
            PidClaim::Nationalities => "nationality".into(),
            PidClaim::Street => "resident_street".into(),
            PidClaim::HouseNumber => "resident_house_number".into(),
            PidClaim::PostalCode => "resident_postal_code".into(),
            PidClaim::City => "resident_city".into(),
            PidClaim::Country => "resident_country".into(),
            PidClaim::AgeOver(age) => format!("age_over_{age}"),
        }
    }

    /// The claim's id in the DCQL query.
    pub fn query_id(self) -> String {
        match self {
            PidClaim::AgeOver(age) => format!("age_over_{age}"),
            other => other.mdoc_element(),
        }
    }

    /// The statement field this claim fills, if any (nationality and age are checked, not
    /// copied).
    pub fn field(self) -> Option<Field> {
        Some(match self {
            PidClaim::GivenName => Field::FullFirstNames,
            PidClaim::FamilyName => Field::FamilyNames,
            PidClaim::BirthDate => Field::DateOfBirth,
            PidClaim::Street => Field::Street,
            PidClaim::HouseNumber => Field::StreetNumber,
            PidClaim::PostalCode => Field::PostalCode,
            PidClaim::City => Field::City,
            PidClaim::Country => Field::Country,
            PidClaim::Nationalities | PidClaim::AgeOver(_) => return None,
        })
    }

    /// The claims that are text (those that fill a statement's fields).
    pub const TEXT: [PidClaim; 8] = [
        PidClaim::GivenName,
        PidClaim::FamilyName,
        PidClaim::BirthDate,
        PidClaim::Street,
        PidClaim::HouseNumber,
        PidClaim::PostalCode,
        PidClaim::City,
        PidClaim::Country,
    ];

    /// The claim that fills `field`, if a PID carries one.
    pub fn for_field(field: Field) -> Option<PidClaim> {
        PidClaim::TEXT
            .into_iter()
            .find(|claim| claim.field() == Some(field))
    }
}

/// The claims asked of a signatory of `state`, as alternatives in order of preference: the
/// wallet answers the first it can. Part A asks the names, birth date and the address parts the
/// state requires (a PID without the optional address parts still answers the second set, and
/// the form asks the rest); Part B asks the names and whether the holder is of the minimum age
/// (not the birth date, which Part B statements do not carry), with the birth date as the
/// fallback for a PID without that age claim. The nationalities are always asked: the statement
/// may only be made for one of them.
pub fn claim_sets(state: &StateRules, min_age: u8) -> Vec<Vec<PidClaim>> {
    let base = vec![
        PidClaim::GivenName,
        PidClaim::FamilyName,
        PidClaim::Nationalities,
    ];
    match state.part() {
        Part::A => {
            let mut mandatory = base;
            mandatory.push(PidClaim::BirthDate);
            let mut complete = mandatory.clone();
            complete.extend(
                state
                    .fields
                    .iter()
                    .filter_map(|f| PidClaim::for_field(*f))
                    .filter(|c| !mandatory.contains(c)),
            );
            vec![complete, mandatory]
        }
        Part::B => {
            let with = |claim| {
                let mut set = base.clone();
                set.push(claim);
                set
            };
            vec![with(PidClaim::AgeOver(min_age)), with(PidClaim::BirthDate)]
        }
    }
}

/// One request to the wallet: its nonce and what it asks.
#[derive(Debug, Clone)]
pub struct WalletRequest {
    /// The nonce the key binding must carry.
    pub nonce: String,
    /// The claim sets asked, in order of preference ([`claim_sets`]).
    pub claim_sets: Vec<Vec<PidClaim>>,
    /// The public JWK the answer is to be encrypted to (`dc_api.jwt`), once the shell made it
    /// from [`super::response::response_secret`]; without one the answer comes in the clear.
    pub response_key: Option<serde_json::Value>,
}

impl WalletRequest {
    /// A request for a signatory of nationality `iso` (the ruleset's code), made at `now_unix`
    /// with 16 fresh random bytes.
    pub fn new(
        key: &[u8],
        iso: &str,
        state: &StateRules,
        min_age: u8,
        now_unix: i64,
        random: [u8; 16],
    ) -> Result<Self, WalletError> {
        let expiry = now_unix.saturating_add(REQUEST_LIFETIME_SECONDS);
        let mut nonce = Vec::with_capacity(8 + 16 + MAC_BYTES);
        nonce.extend(expiry.to_be_bytes());
        nonce.extend(random);
        let mac = nonce_mac(key, &nonce, iso)?;
        nonce.extend(mac);
        Ok(WalletRequest {
            nonce: b64url_encode(&nonce),
            claim_sets: claim_sets(state, min_age),
            response_key: None,
        })
    }

    /// The request the page hands to `navigator.credentials.get({digital: {requests: [..]}})`:
    /// an unsigned OpenID4VP request whose answer comes back through the API, encrypted to the
    /// request's key (`dc_api.jwt`, OpenID4VP 1.0 §8.3) when it has one, else in the clear
    /// (`dc_api`).
    pub fn dc_api_request(&self) -> DcApiRequest<'_> {
        DcApiRequest {
            protocol: PROTOCOL,
            data: RequestData {
                response_type: "vp_token",
                response_mode: if self.response_key.is_some() {
                    "dc_api.jwt"
                } else {
                    "dc_api"
                },
                nonce: &self.nonce,
                dcql_query: self.dcql_query(),
                client_metadata: self.response_key.as_ref().map(|key| ClientMetadata {
                    jwks: serde_json::json!({ "keys": [key] }),
                    encrypted_response_enc_values_supported: ["A128GCM", "A256GCM"],
                }),
            },
        }
    }

    /// The DCQL query: the PID as an SD-JWT VC or as an mdoc (one of them, the SD-JWT VC
    /// preferred), each with the claim sets in order.
    pub fn dcql_query(&self) -> DcqlQuery {
        // Every claim once, in order: inserted one by one (a sort routine would cost the worker
        // more than the few claims take).
        let mut every: Vec<PidClaim> = Vec::new();
        for claim in self.claim_sets.iter().flatten().copied() {
            if let Err(at) = every.binary_search(&claim) {
                every.insert(at, claim);
            }
        }
        let claim_sets: Vec<Vec<String>> = self
            .claim_sets
            .iter()
            .map(|set| set.iter().map(|c| c.query_id()).collect())
            .collect();
        DcqlQuery {
            credentials: [
                CredentialQuery {
                    id: SD_JWT_QUERY,
                    format: "dc+sd-jwt",
                    meta: Meta {
                        vct_values: Some([PID_VCT]),
                        doctype_value: None,
                    },
                    claims: every
                        .iter()
                        .map(|c| ClaimQuery {
                            id: c.query_id(),
                            path: c.sd_jwt_path(),
                            intent_to_retain: None,
                        })
                        .collect(),
                    claim_sets: claim_sets.clone(),
                },
                CredentialQuery {
                    id: MDOC_QUERY,
                    format: "mso_mdoc",
                    meta: Meta {
                        vct_values: None,
                        doctype_value: Some(PID_DOCTYPE),
                    },
                    claims: every
                        .iter()
                        .map(|c| ClaimQuery {
                            id: c.query_id(),
                            path: vec![PID_DOCTYPE.to_owned(), c.mdoc_element()],
                            // Nothing of the credential is kept (docs/wallet.md, "Privacy").
                            intent_to_retain: Some(false),
                        })
                        .collect(),
                    claim_sets,
                },
            ],
            credential_sets: [CredentialSet {
                options: [[SD_JWT_QUERY], [MDOC_QUERY]],
            }],
        }
    }
}

/// A Digital Credentials API request (OpenID4VP 1.0 Appendix A), as JSON.
#[derive(Debug, Serialize)]
pub struct DcApiRequest<'a> {
    protocol: &'static str,
    data: RequestData<'a>,
}

#[derive(Debug, Serialize)]
struct RequestData<'a> {
    response_type: &'static str,
    response_mode: &'static str,
    nonce: &'a str,
    dcql_query: DcqlQuery,
    #[serde(skip_serializing_if = "Option::is_none")]
    client_metadata: Option<ClientMetadata>,
}

/// The key the answer is encrypted to, and the content encryptions the collector opens.
#[derive(Debug, Serialize)]
struct ClientMetadata {
    jwks: serde_json::Value,
    encrypted_response_enc_values_supported: [&'static str; 2],
}

/// A DCQL query (OpenID4VP 1.0 §6), as JSON.
#[derive(Debug, Serialize)]
pub struct DcqlQuery {
    credentials: [CredentialQuery; 2],
    credential_sets: [CredentialSet; 1],
}

/// One of the PID's two formats is wanted (OpenID4VP 1.0 §6.2).
#[derive(Debug, Serialize)]
struct CredentialSet {
    options: [[&'static str; 1]; 2],
}

#[derive(Debug, Serialize)]
struct CredentialQuery {
    id: &'static str,
    format: &'static str,
    meta: Meta,
    claims: Vec<ClaimQuery>,
    claim_sets: Vec<Vec<String>>,
}

#[derive(Debug, Serialize)]
struct Meta {
    #[serde(skip_serializing_if = "Option::is_none")]
    vct_values: Option<[&'static str; 1]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    doctype_value: Option<&'static str>,
}

#[derive(Debug, Serialize)]
struct ClaimQuery {
    id: String,
    path: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    intent_to_retain: Option<bool>,
}

/// The audience a DC API answer is made for (OpenID4VP 1.0 Appendix A.4): `origin:` and the
/// page's origin.
pub fn audience(origin: &str) -> String {
    format!("origin:{origin}")
}

/// Checks that `nonce` is one this worker issued under `key` for nationality `iso`, and that it
/// has not expired at `now_unix`.
pub fn check_nonce(key: &[u8], nonce: &str, iso: &str, now_unix: i64) -> Result<(), WalletError> {
    let bytes = b64url_decode(nonce).map_err(|_| WalletError::UnknownRequest)?;
    if bytes.len() != 8 + 16 + MAC_BYTES {
        return Err(WalletError::UnknownRequest);
    }
    let (signed, mac) = bytes.split_at(8 + 16);
    let expected = nonce_mac(key, signed, iso)?;
    if !bool::from(subtle::ConstantTimeEq::ct_eq(mac, expected.as_slice())) {
        return Err(WalletError::UnknownRequest);
    }
    let expiry = signed
        .first_chunk::<8>()
        .map(|b| i64::from_be_bytes(*b))
        .ok_or(WalletError::UnknownRequest)?;
    if now_unix > expiry {
        return Err(WalletError::StaleRequest);
    }
    Ok(())
}

fn nonce_mac(key: &[u8], signed: &[u8], iso: &str) -> Result<[u8; MAC_BYTES], WalletError> {
    let mut data = signed.to_vec();
    data.extend(iso.as_bytes());
    let full = crate::dedupe::labelled_mac(key, NONCE_LABEL, &data)
        .map_err(|_| WalletError::UnknownRequest)?;
    full.first_chunk::<MAC_BYTES>()
        .copied()
        .ok_or(WalletError::UnknownRequest)
}
