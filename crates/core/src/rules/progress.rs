//! Progress of an initiative against the thresholds and the success rule.

use std::collections::BTreeMap;

use serde::Serialize;
use time::Date;

use super::ruleset::Ruleset;

/// Progress of an initiative against the ruleset's success rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Progress {
    /// Statements in total.
    pub total: u64,
    /// Per member state, in ISO code order.
    pub states: Vec<StateProgress>,
    /// How many member states reached their threshold.
    pub states_over_threshold: usize,
    /// Statements needed in total.
    pub min_total: u64,
    /// Member states that must reach their threshold.
    pub min_states_over_threshold: usize,
    /// Whether the success rule is met.
    pub successful: bool,
}

/// One member state's count against its threshold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StateProgress {
    /// ISO code.
    pub code: String,
    /// Statements of this nationality.
    pub count: u64,
    /// Its Annex I threshold.
    pub threshold: u32,
    /// Whether the threshold is reached.
    pub reached: bool,
}

impl Ruleset {
    /// Measures counts per nationality against the thresholds in force for `registered`.
    pub fn progress(&self, registered: Date, counts: &BTreeMap<String, u64>) -> Option<Progress> {
        let table = self.thresholds_for(registered)?;
        let states: Vec<StateProgress> = self
            .states
            .keys()
            .map(|code| {
                let count = counts.get(code).copied().unwrap_or(0);
                let threshold = table.per_state.get(code).copied().unwrap_or(u32::MAX);
                StateProgress {
                    code: code.clone(),
                    count,
                    threshold,
                    reached: count >= u64::from(threshold),
                }
            })
            .collect();
        let total = states.iter().map(|s| s.count).sum();
        let states_over_threshold = states.iter().filter(|s| s.reached).count();
        Some(Progress {
            total,
            states_over_threshold,
            min_total: self.success.min_total,
            min_states_over_threshold: self.success.min_states_over_threshold,
            successful: total >= self.success.min_total
                && states_over_threshold >= self.success.min_states_over_threshold,
            states,
        })
    }
}
