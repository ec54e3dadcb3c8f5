#![no_main]
//! See crates/testkit/src/fuzz.rs (ledger_rows).
libfuzzer_sys::fuzz_target!(|data: &[u8]| ocs_testkit::fuzz::ledger_rows(data));
