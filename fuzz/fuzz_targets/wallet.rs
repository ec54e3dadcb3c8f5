#![no_main]
//! See crates/testkit/src/fuzz.rs (wallet).
libfuzzer_sys::fuzz_target!(|data: &[u8]| ocs_testkit::fuzz::wallet(data));
