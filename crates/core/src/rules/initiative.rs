//! The initiative being collected for, and its collection period.

use serde::{Deserialize, Serialize};
use time::Date;

use super::ruleset::Ruleset;
use crate::dates::{add_months, parse_iso_date};

/// Why an initiative's configuration breaks the ruleset's collection rules.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum InitiativeError {
    /// The end is before the start.
    #[error("the collection period ends before it starts")]
    EndsBeforeStart,
    /// Longer than the ruleset allows.
    #[error("the collection period is longer than {0} months")]
    TooLong(u32),
    /// Starts before registration.
    #[error("the collection starts before the initiative was registered")]
    StartsBeforeRegistration,
    /// Starts too long after registration.
    #[error("the collection starts more than {0} months after registration")]
    StartsTooLate(u32),
    /// No Annex I table covers the registration date.
    #[error("no threshold table of the ruleset covers the registration date")]
    NoThresholds,
    /// Empty or over 64 bytes.
    #[error("the initiative id must not be empty or longer than 64 bytes")]
    BadId,
}

/// The initiative being collected for, as configured by the organiser.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Initiative {
    /// Registration number, e.g. `ECI(2024)000007`. Bound into every envelope.
    pub id: String,
    /// The title as registered.
    pub title: String,
    /// The initiative's page in the Commission's register.
    #[serde(default)]
    pub register_url: String,
    /// The objectives as registered (the hand-over files carry them).
    #[serde(default)]
    pub objectives: String,
    /// The registered contact persons, names and e-mail addresses, as the hand-over files
    /// carry them (`Name name@example.eu, …`).
    #[serde(default)]
    pub contact_persons: String,
    /// The initiative's own website, if it has one.
    #[serde(default)]
    pub website: String,
    /// The legal entity the organisers created (Article 5(7)), if any: then it is the
    /// controller of the signatories' data, else the organisers' representative is.
    #[serde(default)]
    pub legal_entity: String,
    /// How the controller can be reached about personal data (an e-mail or postal address).
    #[serde(default)]
    pub controller_contact: String,
    /// The data protection officer's contact, or `none` ([`Initiative::officer`]).
    #[serde(default)]
    pub data_protection_officer: String,
    /// When the Commission registered it (decides the threshold table).
    #[serde(with = "crate::dates::iso")]
    pub registration_date: Date,
    /// First and last day of collection, inclusive, as UTC calendar days.
    #[serde(with = "crate::dates::iso")]
    pub collection_start: Date,
    /// Last day of collection, inclusive.
    #[serde(with = "crate::dates::iso")]
    pub collection_end: Date,
}

/// Where a day falls against the collection period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CollectionStatus {
    /// Before the first day.
    NotStarted,
    /// Signing is possible.
    Open,
    /// After the last day.
    Ended,
}

impl Initiative {
    /// Checks the initiative against the ruleset's collection rules.
    pub fn check(&self, rules: &Ruleset) -> Result<(), InitiativeError> {
        if self.id.trim().is_empty() || self.id.len() > 64 {
            return Err(InitiativeError::BadId);
        }
        if self.collection_end < self.collection_start {
            return Err(InitiativeError::EndsBeforeStart);
        }
        let max = rules.collection.max_months;
        // 12 months starting on 1 May end on 30 April of the next year.
        let latest_end = add_months(self.collection_start, max).and_then(|d| d.previous_day());
        if latest_end.is_none_or(|latest| self.collection_end > latest) {
            return Err(InitiativeError::TooLong(max));
        }
        if self.collection_start < self.registration_date {
            return Err(InitiativeError::StartsBeforeRegistration);
        }
        let delay = rules.collection.start_within_months_of_registration;
        if add_months(self.registration_date, delay)
            .is_none_or(|latest| self.collection_start > latest)
        {
            return Err(InitiativeError::StartsTooLate(delay));
        }
        if rules.thresholds_for(self.registration_date).is_none() {
            return Err(InitiativeError::NoThresholds);
        }
        Ok(())
    }

    /// Where `day` falls against the collection period.
    pub fn collection_status(&self, day: Date) -> CollectionStatus {
        if day < self.collection_start {
            CollectionStatus::NotStarted
        } else if day > self.collection_end {
            CollectionStatus::Ended
        } else {
            CollectionStatus::Open
        }
    }

    /// Parses the registration, start and end dates (`YYYY-MM-DD`).
    pub fn parse_dates(
        registration: &str,
        start: &str,
        end: &str,
    ) -> Result<(Date, Date, Date), crate::dates::DateError> {
        Ok((
            parse_iso_date(registration)?,
            parse_iso_date(start)?,
            parse_iso_date(end)?,
        ))
    }
}
