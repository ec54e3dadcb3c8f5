//! Why a ruleset file was refused at load.

/// Why a ruleset could not be loaded: bad JSON, or a rule that contradicts another.
#[derive(Debug, thiserror::Error)]
pub enum RulesetError {
    /// Not JSON of the ruleset's shape.
    #[error("ruleset is not valid JSON of the expected shape: {0}")]
    Json(#[from] serde_json::Error),
    /// A rule that cannot hold (missing spec, unknown country, …).
    #[error("ruleset: {0}")]
    Invalid(String),
}

pub(crate) fn invalid(msg: impl Into<String>) -> RulesetError {
    RulesetError::Invalid(msg.into())
}
