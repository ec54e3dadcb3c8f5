//! Unicode normalisation and case mapping by the JavaScript runtime (`String.prototype.normalize`,
//! `toLowerCase`, `toUpperCase`: ICU) instead of tables compiled into the WebAssembly
//! (`ocs_core::normalize`: the same results, a sixth of the compressed bundle less).

use ocs_core::normalize::{use_case_mapper, use_normalizer, Case, Form};
use worker::js_sys::{JsString, RegExp};

thread_local! {
    /// A code point the runtime's Unicode version does not assign.
    static UNASSIGNED: RegExp = RegExp::new(r"\P{Assigned}", "u");
}

/// Installs the runtime's normaliser and case mapping for this isolate (at module start).
pub fn install() {
    use_normalizer(normalize);
    use_case_mapper(change_case);
}

/// `s` in `form`; `None` if `s` holds a code point the runtime does not assign, whose normal form
/// a later Unicode version could change (the stored value and the dedupe token must not).
fn normalize(s: &str, form: Form) -> Option<String> {
    if UNASSIGNED.with(|unassigned| unassigned.test(s)) {
        return None;
    }
    Some(JsString::from(s).normalize(form.name()).into())
}

/// `s` in `case`, character by character (`ocs_core::normalize::CaseMapper`). The runtime maps
/// a whole string, and in lower case gives a capital sigma at the end of a word as the final `ς`
/// (Unicode's only context-dependent mapping without a language): as a medial `σ` first, every
/// character maps alone, as the tables map it.
fn change_case(s: &str, case: Case) -> String {
    match case {
        Case::Lower => JsString::from(s.replace('Σ', "σ").as_str())
            .to_lower_case()
            .into(),
        Case::Upper => JsString::from(s).to_upper_case().into(),
    }
}
