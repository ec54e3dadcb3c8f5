#![no_main]
//! See crates/testkit/src/fuzz.rs (envelope).
libfuzzer_sys::fuzz_target!(|data: &[u8]| ocs_testkit::fuzz::envelope(data));
