#![no_main]
//! See crates/testkit/src/fuzz.rs (ruleset).
libfuzzer_sys::fuzz_target!(|data: &[u8]| ocs_testkit::fuzz::ruleset(data));
