//! The worker's clock: the runtime's `Date.now()` (millisecond precision) as a UTC date-time.

use time::OffsetDateTime;

use crate::error::{EdgeError, EdgeResult};

/// Now, in UTC.
pub fn now() -> EdgeResult<OffsetDateTime> {
    let millis = i128::from(worker::Date::now().as_millis());
    OffsetDateTime::from_unix_timestamp_nanos(millis * 1_000_000)
        .map_err(|e| EdgeError::Internal(format!("clock: {e}")))
}
