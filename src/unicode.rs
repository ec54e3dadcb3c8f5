//! Unicode normalisation by the JavaScript runtime (`String.prototype.normalize`, ICU) instead of
//! tables compiled into the WebAssembly (`ocs_core::normalize`: the same forms, a ninth of the
//! compressed bundle less).

use ocs_core::normalize::{use_normalizer, Form};
use worker::js_sys::{JsString, RegExp};

thread_local! {
    /// A code point the runtime's Unicode version does not assign.
    static UNASSIGNED: RegExp = RegExp::new(r"\P{Assigned}", "u");
}

/// Installs the runtime's normaliser for this isolate (cheap after the first call).
pub fn install() {
    use_normalizer(normalize);
}

/// `s` in `form`; `None` if `s` holds a code point the runtime does not assign, whose normal form
/// a later Unicode version could change (the stored value and the dedupe token must not).
fn normalize(s: &str, form: Form) -> Option<String> {
    if UNASSIGNED.with(|unassigned| unassigned.test(s)) {
        return None;
    }
    Some(JsString::from(s).normalize(form.name()).into())
}
