//! What campaigns configure (docs/campaigns.md): the partner organisations whose links and
//! embeds bring signatories, and the sites that may embed the signing pages. Data, not code:
//! both come from the collector's configuration (`PARTNERS`, `EMBED_ORIGINS`).
//!
//! A partner's code travels in links (`?partner=code`); the collector keeps only codes it knows,
//! so an unknown or mistyped code is dropped, never an error for the citizen. Which partner a
//! signatory came through is sealed inside the statement (it can say something about their
//! opinions), never stored in clear beside it; the shards count signatures per partner.

use serde::{Deserialize, Serialize};

/// Longest partner code.
pub const MAX_CODE_CHARS: usize = 32;
/// Longest partner name.
pub const MAX_NAME_CHARS: usize = 80;

/// One partner organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    /// The code in its links: 1 to 32 of `a-z`, `0-9` and `-`.
    pub code: String,
    /// Its name as signatories see it.
    pub name: String,
    /// Whether the public counter shows its count.
    #[serde(default)]
    pub public: bool,
    /// Whether its embedding site is told that a statement was accepted (a `postMessage`). Off by
    /// default: that someone signed says something of their political opinions, and a partner's
    /// site may know who its visitor is (docs/campaigns.md).
    #[serde(default)]
    pub acceptance_message: bool,
}

/// The partners a collector knows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Partners(Vec<Partner>);

/// Why a partner list or an embedding origin is not usable.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CampaignError {
    /// Not a JSON list of partners.
    #[error(
        "PARTNERS is not a JSON list of {{\"code\", \"name\", \"public\", \"acceptance_message\"}}: {0}"
    )]
    Json(String),
    /// A code of other characters or length.
    #[error("partner code {0:?}: use 1 to 32 of a-z, 0-9 and -")]
    Code(String),
    /// An empty or over-long name, or one with control characters.
    #[error("partner {0:?}: its name must be 1 to 80 characters of text")]
    Name(String),
    /// The same code twice.
    #[error("partner code {0:?} is listed twice")]
    Repeated(String),
    /// An embedding origin that is not `scheme://host[:port]`.
    #[error("EMBED_ORIGINS: {0:?} is not an origin such as https://example.org")]
    Origin(String),
}

/// Whether `code` has the form of a partner code (whether it is a known one is another matter).
pub fn is_partner_code(code: &str) -> bool {
    (1..=MAX_CODE_CHARS).contains(&code.len())
        && code
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl Partners {
    /// Reads `PARTNERS`: a JSON list; empty text means no partners.
    pub fn parse(json: &str) -> Result<Partners, CampaignError> {
        if json.trim().is_empty() {
            return Ok(Partners::default());
        }
        let list: Vec<Partner> =
            serde_json::from_str(json).map_err(|e| CampaignError::Json(e.to_string()))?;
        let mut seen = std::collections::BTreeSet::new();
        for p in &list {
            if !is_partner_code(&p.code) {
                return Err(CampaignError::Code(p.code.clone()));
            }
            let chars = p.name.chars().count();
            if chars == 0 || chars > MAX_NAME_CHARS || p.name.chars().any(char::is_control) {
                return Err(CampaignError::Name(p.code.clone()));
            }
            if !seen.insert(p.code.clone()) {
                return Err(CampaignError::Repeated(p.code.clone()));
            }
        }
        Ok(Partners(list))
    }

    /// The partner of a code from a link, if it is one of ours (codes are matched as given,
    /// after trimming; anything else is no partner).
    pub fn find(&self, code: &str) -> Option<&Partner> {
        let code = code.trim();
        self.0.iter().find(|p| p.code == code)
    }

    /// Every partner, in the configured order.
    pub fn all(&self) -> &[Partner] {
        &self.0
    }
}

/// The sites that may show the signing pages in a frame (`EMBED_ORIGINS`, space-separated).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmbedOrigins(Vec<String>);

impl EmbedOrigins {
    /// Reads a space-separated list of origins (`https://example.org`, `http://localhost:8080`).
    pub fn parse(list: &str) -> Result<EmbedOrigins, CampaignError> {
        let mut origins = Vec::new();
        for origin in list.split_whitespace() {
            let (scheme, rest) = origin
                .split_once("://")
                .ok_or_else(|| CampaignError::Origin(origin.to_owned()))?;
            let host_ok = !rest.is_empty()
                && rest.bytes().all(|b| {
                    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']')
                });
            if !matches!(scheme, "https" | "http") || !host_ok {
                return Err(CampaignError::Origin(origin.to_owned()));
            }
            origins.push(origin.to_ascii_lowercase());
        }
        Ok(EmbedOrigins(origins))
    }

    /// The origins, as configured.
    pub fn all(&self) -> &[String] {
        &self.0
    }

    /// The CSP `frame-ancestors` sources: the origins, or `'none'` when there are none.
    pub fn frame_ancestors(&self) -> String {
        if self.0.is_empty() {
            "'none'".to_owned()
        } else {
            self.0.join(" ")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partners_parse_and_refuse() {
        let p = Partners::parse(r#"[{"code":"friends-1","name":"Friends","public":true}]"#)
            .expect("valid");
        assert_eq!(p.find("friends-1").map(|p| p.public), Some(true));
        assert!(p.find("Friends-1").is_none() && p.find("nobody").is_none());
        assert_eq!(Partners::parse("").expect("empty"), Partners::default());
        for bad in [
            r#"[{"code":"UPPER","name":"x"}]"#,
            r#"[{"code":"","name":"x"}]"#,
            r#"[{"code":"a","name":""}]"#,
            r#"[{"code":"a","name":"x"},{"code":"a","name":"y"}]"#,
            r#"[{"code":"a","name":"x","extra":1}]"#,
            r#"{"code":"a"}"#,
        ] {
            assert!(Partners::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn origins_parse_and_make_frame_ancestors() {
        let o = EmbedOrigins::parse(" https://a.example  http://localhost:8080 ").expect("valid");
        assert_eq!(
            o.frame_ancestors(),
            "https://a.example http://localhost:8080"
        );
        assert_eq!(EmbedOrigins::default().frame_ancestors(), "'none'");
        for bad in [
            "a.example",
            "ftp://a",
            "https://",
            "https://a/path",
            "https://a;b",
            "*",
        ] {
            assert!(EmbedOrigins::parse(bad).is_err(), "{bad}");
        }
    }
}
