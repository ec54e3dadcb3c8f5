#![no_main]
//! See crates/testkit/src/fuzz.rs (log).
libfuzzer_sys::fuzz_target!(|data: &[u8]| ocs_testkit::fuzz::log(data));
