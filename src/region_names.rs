//! Country names in the page language from the JavaScript runtime (`Intl.DisplayNames`: ICU's
//! CLDR names, every EU language included) instead of tables compiled into the WebAssembly: the
//! form's countries of residence outside the member states, 220 names in 24 languages.

use std::cell::RefCell;
use std::collections::HashMap;

use ocs_core::i18n::use_region_names;
use worker::js_sys::{Array, Intl, JsString, Object, Reflect};

thread_local! {
    /// One `Intl.DisplayNames` per language, made the first time the language needs one.
    static NAMERS: RefCell<HashMap<String, Intl::DisplayNames>> = RefCell::new(HashMap::new());
}

/// Installs the runtime's region names for this isolate (at module start).
pub fn install() {
    use_region_names(region_name);
}

fn namer(lang: &str) -> Option<Intl::DisplayNames> {
    NAMERS.with(|namers| {
        if let Some(namer) = namers.borrow().get(lang) {
            return Some(namer.clone());
        }
        let options = Object::new();
        Reflect::set(&options, &"type".into(), &"region".into()).ok()?;
        // No name: undefined, not the code echoed back (the page then shows the code itself).
        Reflect::set(&options, &"fallback".into(), &"none".into()).ok()?;
        let namer = Intl::DisplayNames::new(&Array::of1(&lang.into()), &options);
        namers.borrow_mut().insert(lang.to_owned(), namer.clone());
        Some(namer)
    })
}

/// `code`'s name in `lang`, starting with a capital as in a list (CLDR writes Maltese names
/// with a small article: "l-Iżvizzera").
fn region_name(lang: &str, code: &str) -> Option<String> {
    let name: String = namer(lang)?.of(code)?.into();
    let mut chars = name.chars();
    let first = chars.next()?;
    let first = JsString::from(first.to_string().as_str()).to_upper_case();
    Some(String::from(first) + chars.as_str())
}
