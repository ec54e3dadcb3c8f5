#![no_main]
//! See crates/testkit/src/fuzz.rs (key_string).
libfuzzer_sys::fuzz_target!(|data: &[u8]| ocs_testkit::fuzz::key_string(data));
