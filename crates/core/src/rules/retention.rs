//! When statements must be destroyed (Art. 19 of Regulation 2019/788; docs/retention.md).

use serde::{Deserialize, Serialize};
use time::Date;

use crate::dates::add_months;

/// Months after the start of collection at which statements must be destroyed at the latest
/// (Art. 19 of Regulation 2019/788).
pub const RETENTION_MONTHS_AFTER_START: u32 = 21;
/// Months after submission to the Commission, or after a withdrawal, to destroy statements.
pub const RETENTION_MONTHS_AFTER_SUBMISSION: u32 = 1;
/// Days for which Cloudflare keeps a SQLite-backed Durable Object's earlier states, which code
/// deployed to the object can restore (point-in-time recovery). The collector destroys its copy
/// this long before the legal deadline, so that by the deadline no earlier state holding it can be
/// restored either.
pub const RECOVERY_WINDOW_DAYS: i64 = 30;

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

/// Whether the collector may still keep statements on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetentionStatus {
    /// Keep them; the collector destroys them on `until` (as known today).
    Keep {
        /// The day the collector destroys its copy: the legal deadline less the recovery window.
        until: Date,
    },
    /// The day has come: destroy them.
    Destroy {
        /// The day the collector was to destroy its copy.
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

    /// The day the collector destroys its copy: [`RECOVERY_WINDOW_DAYS`] before the legal
    /// deadline, so that nothing of it can be restored after the deadline.
    pub fn collector_destroys_on(&self) -> Date {
        self.deadline()
            .checked_sub(time::Duration::days(RECOVERY_WINDOW_DAYS))
            .unwrap_or(Date::MIN)
    }

    /// Keep or destroy the collector's copy, on `today`.
    pub fn status(&self, today: Date) -> RetentionStatus {
        let day = self.collector_destroys_on();
        if today >= day {
            RetentionStatus::Destroy { since: day }
        } else {
            RetentionStatus::Keep { until: day }
        }
    }
}
