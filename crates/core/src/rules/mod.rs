//! The ruleset and what hangs off it: which data each member state of nationality requires
//! ([`ruleset`], [`field`], [`state`]) and which fields a statement carries ([`contract`]), the initiative and its collection period
//! ([`initiative`]), when statements must be destroyed ([`retention`]) and progress against
//! the thresholds ([`progress`]). See docs/ruleset.md.

pub mod contract;
pub mod countries;
pub mod field;
pub mod initiative;
pub mod particulars;
pub mod progress;
pub mod retention;
pub mod ruleset;
pub mod ruleset_error;
pub mod state;

pub use contract::Presence;
pub use countries::{country_codes, is_country_code};
pub use field::{
    check_portable, use_pattern_matcher, Field, FieldKind, FieldSpec, Pattern, PatternMatcher,
    PortabilityError,
};
pub use initiative::{CollectionStatus, Initiative, InitiativeError};
pub use particulars::{ContactPerson, Officer, Particular, ParticularError};
pub use progress::{Progress, StateProgress};
pub use retention::{
    DateReading, Retention, RetentionStatus, SweepDates, RECOVERY_WINDOW_DAYS,
    RETENTION_MONTHS_AFTER_START, RETENTION_MONTHS_AFTER_SUBMISSION,
};
pub use ruleset::{CollectionRule, Ruleset, SuccessRule, ThresholdTable, ECI_RULESET_JSON};
pub use ruleset_error::RulesetError;
pub use state::{AgeRule, DocumentSpec, Part, PostalCodeRule, StateRules};
