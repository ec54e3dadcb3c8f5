#![no_main]
//! See crates/testkit/src/fuzz.rs (submission).
libfuzzer_sys::fuzz_target!(|data: &[u8]| ocs_testkit::fuzz::submission(data));
