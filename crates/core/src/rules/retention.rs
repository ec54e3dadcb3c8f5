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

/// A date setting as the retention sweep read it: the sweep must act even when a date is
/// written wrong, so an unreadable date is not an error but a fact to reason with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateReading {
    /// Not set (empty).
    Unset,
    /// A readable date.
    Date(Date),
    /// Set, but not a `YYYY-MM-DD` date.
    Unreadable,
}

/// What the sweep can say of the deadline from the dates as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SweepDates {
    /// The dates to destroy by: for an unreadable date, the earliest it could be (so the
    /// deadline is the earliest the law could set). `None`: no deadline can be computed.
    pub retention: Option<Retention>,
    /// The settings the earliest possible deadline could not be computed for: the sweep says
    /// so loudly every run until they are fixed.
    pub unknown: Vec<&'static str>,
}

impl SweepDates {
    /// Reads the dates: `start` (`COLLECTION_START`), `end` (`COLLECTION_END`), `submitted`
    /// (`SUBMITTED_TO_COMMISSION`) and `withdrawn` (`WITHDRAWN`); `max_months`, the ruleset's
    /// longest collection.
    ///
    /// - An unreadable start is taken as the earliest the end allows (`end` less `max_months`);
    ///   with neither, the 21-month bound is unknown.
    /// - An unreadable submission or withdrawal date was set, so it happened: at the earliest on
    ///   the first day of collection, which makes the deadline one month after that day.
    pub fn read(
        start: DateReading,
        end: DateReading,
        submitted: DateReading,
        withdrawn: DateReading,
        max_months: u32,
    ) -> SweepDates {
        let mut unknown = Vec::new();
        let start = match (start, end) {
            (DateReading::Date(d), _) => Some(d),
            (_, DateReading::Date(end)) => months_before(end, max_months),
            (DateReading::Unset | DateReading::Unreadable, _) => None,
        };
        if start.is_none() {
            unknown.push("COLLECTION_START");
        }
        let mut event = |reading: DateReading, name: &'static str| match reading {
            DateReading::Unset => None,
            DateReading::Date(d) => Some(d),
            DateReading::Unreadable => {
                if start.is_none() {
                    unknown.push(name);
                }
                start
            }
        };
        let submitted = event(submitted, "SUBMITTED_TO_COMMISSION");
        let withdrawn = event(withdrawn, "WITHDRAWN");
        let retention =
            (start.is_some() || submitted.is_some() || withdrawn.is_some()).then(|| {
                Retention {
                    // An unknown start bounds nothing (21 months after the last day is no day).
                    collection_start: start.unwrap_or(Date::MAX),
                    submitted,
                    withdrawn,
                }
            });
        SweepDates { retention, unknown }
    }
}

/// The same day `months` earlier, clamped to the month's last day.
fn months_before(d: Date, months: u32) -> Option<Date> {
    let index = i64::from(d.year()) * 12 + i64::from(u8::from(d.month())) - 1 - i64::from(months);
    let year = i32::try_from(index.div_euclid(12)).ok()?;
    let month = time::Month::try_from(u8::try_from(index.rem_euclid(12) + 1).ok()?).ok()?;
    Date::from_calendar_date(year, month, d.day().min(month.length(year))).ok()
}
