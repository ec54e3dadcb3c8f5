//! The ruleset's patterns by the JavaScript runtime's `RegExp` instead of regex-lite compiled into
//! the WebAssembly (about 10 KiB of the compressed bundle). A ruleset's patterns keep to the syntax
//! both read alike (`ocs_core::rules::check_portable`, checked whenever a ruleset is read), so the
//! worker and `ocs` agree on every value; `tests/e2e_patterns.rs` compares the two engines.

use std::cell::RefCell;
use std::collections::HashMap;

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// A compiled `RegExp`.
    #[wasm_bindgen(js_name = RegExp)]
    type Compiled;

    /// `new RegExp(pattern, flags)`, or the `SyntaxError` it throws.
    #[wasm_bindgen(constructor, catch, js_class = "RegExp")]
    fn compile(pattern: &str, flags: &str) -> Result<Compiled, JsValue>;

    /// `RegExp.prototype.test` (without the `g` or `y` flag it keeps no state).
    #[wasm_bindgen(method)]
    fn test(this: &Compiled, s: &str) -> bool;
}

thread_local! {
    /// Each pattern compiled once per isolate (`None`: it does not compile).
    static COMPILED: RefCell<HashMap<String, Option<Compiled>>> = RefCell::new(HashMap::new());
}

/// Installs the runtime's regular expressions for this isolate.
pub fn install() {
    ocs_core::rules::use_pattern_matcher(is_match);
}

/// Whether `value` matches `pattern`, in Unicode mode (code points, as regex-lite matches);
/// `None` if the pattern does not compile.
fn is_match(pattern: &str, value: &str) -> Option<bool> {
    COMPILED.with(|compiled| {
        let mut compiled = compiled.try_borrow_mut().ok()?;
        // Looked up by `&str` first: a value checked against a known pattern copies nothing.
        if !compiled.contains_key(pattern) {
            compiled.insert(pattern.to_owned(), Compiled::compile(pattern, "u").ok());
        }
        compiled
            .get(pattern)?
            .as_ref()
            .map(|regex| regex.test(value))
    })
}
