//! Text normalisation: what is stored (NFC, trimmed, single spaces), the compact form ID numbers
//! are checked in, and the folded form the dedupe token is computed over.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// NFC, trimmed, inner whitespace runs collapsed to one space. `None` if the text holds control
/// or format characters (other than whitespace), which no field may carry.
pub fn clean_text(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.nfc() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if c.is_control() || is_format_char(c) {
            return None;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    Some(out)
}

/// Invisible characters that can make two identical-looking values differ (and hide text).
fn is_format_char(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// The compact form of an identification number: upper case, without spaces and the separators
/// people type (`-`, `.`, `/`, `+`).
pub fn compact_id(s: &str) -> String {
    s.nfc()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '.' | '/' | '+' | '_'))
        .flat_map(char::to_uppercase)
        .collect()
}

/// The compact form of a postal code: upper case, without spaces and dashes.
pub fn compact_postal_code(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect()
}

/// Folds text for comparison: compatibility decomposition, accents dropped, lower case, letters
/// without a decomposition spelled out (ß → ss, ł → l), and everything that is not a letter or
/// digit (spaces, punctuation, apostrophes) removed. "Łukasz  O'Brien-Núñez" → "lukaszobriennunez".
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfkd().filter(|c| !is_combining_mark(*c)) {
        for l in c.to_lowercase() {
            match l {
                'ß' => out.push_str("ss"),
                'æ' => out.push_str("ae"),
                'œ' => out.push_str("oe"),
                'þ' => out.push_str("th"),
                'ø' => out.push('o'),
                'ł' => out.push('l'),
                'đ' | 'ð' => out.push('d'),
                'ı' => out.push('i'),
                'ħ' => out.push('h'),
                'ŧ' => out.push('t'),
                l if l.is_alphanumeric() => out.push(l),
                _ => {}
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans() {
        assert_eq!(clean_text("  Jean \t  Luc \n").as_deref(), Some("Jean Luc"));
        // e + combining acute becomes the precomposed é.
        assert_eq!(clean_text("Rene\u{301}").as_deref(), Some("René"));
        assert_eq!(clean_text("a\u{0}b"), None);
        assert_eq!(clean_text("a\u{200B}b"), None);
        assert_eq!(clean_text("   ").as_deref(), Some(""));
    }

    #[test]
    fn compacts() {
        assert_eq!(compact_id(" 85.07.30-033.28 "), "85073003328");
        assert_eq!(compact_id("ab 123/45"), "AB12345");
        assert_eq!(compact_postal_code("1234 ab"), "1234AB");
    }

    #[test]
    fn folds() {
        assert_eq!(fold("Łukasz  O'Brien-Núñez"), "lukaszobriennunez");
        assert_eq!(fold("STRAẞE"), fold("strasse"));
        assert_eq!(fold("Ἀθηνᾶ"), "αθηνα");
        assert_eq!(fold("Søren Ærø"), "sorenaero");
    }
}
