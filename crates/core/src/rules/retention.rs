//! When statements must be destroyed (Art. 19 of Regulation 2019/788; docs/retention.md).

use serde::{Deserialize, Serialize};
use time::Date;

use crate::dates::add_months;

/// Months after the start of collection at which statements must be destroyed at the latest
/// (Art. 19 of Regulation 2019/788).
pub const RETENTION_MONTHS_AFTER_START: u32 = 21;
/// Months after submission to the Commission, or after a withdrawal, to destroy statements.
pub const RETENTION_MONTHS_AFTER_SUBMISSION: u32 = 1;

/// The dates that decide when statements are destroyed (docs/retention.md).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Retention {
    /// First day of collection.
    #[serde(with = "crate::dates::iso")]
    pub collection_start: Date,
    /// When the initiative was submitted to the Commission, once it was.
    #[serde(default, with = "crate::dates::opt_iso")]
    pub submitted: Option<Date>,
    /// When the organisers withdrew the initiative, if they did.
    #[serde(default, with = "crate::dates::opt_iso")]
    pub withdrawn: Option<Date>,
}

/// Whether statements may still be kept on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetentionStatus {
    /// Keep them; destroy on `until` at the latest (as known today).
    Keep {
        /// The deadline as known today.
        until: Date,
    },
    /// The deadline `since` has come: destroy them.
    Destroy {
        /// The deadline that passed.
        since: Date,
    },
}

impl Retention {
    /// The earliest of: 21 months after collection started, 1 month after submission to the
    /// Commission, 1 month after a withdrawal.
    pub fn deadline(&self) -> Date {
        let after = |d: Date, months: u32| add_months(d, months).unwrap_or(Date::MAX);
        [
            Some(after(self.collection_start, RETENTION_MONTHS_AFTER_START)),
            self.submitted
                .map(|d| after(d, RETENTION_MONTHS_AFTER_SUBMISSION)),
            self.withdrawn
                .map(|d| after(d, RETENTION_MONTHS_AFTER_SUBMISSION)),
        ]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(Date::MAX)
    }

    /// True once the initiative was submitted to the Commission or withdrawn: no more signing.
    pub fn collection_over(&self, today: Date) -> bool {
        self.submitted.is_some_and(|d| d <= today) || self.withdrawn.is_some_and(|d| d <= today)
    }

    /// Keep or destroy, on `today`.
    pub fn status(&self, today: Date) -> RetentionStatus {
        let deadline = self.deadline();
        if today >= deadline {
            RetentionStatus::Destroy { since: deadline }
        } else {
            RetentionStatus::Keep { until: deadline }
        }
    }
}
