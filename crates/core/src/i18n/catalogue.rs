//! One language's messages: a Fluent catalogue parsed by `fluent-syntax` and resolved here.
//!
//! The catalogues use a small part of Fluent: text, `{ $variable }`, and selections on a
//! variable by its string value or its plural category ([`super::plural`]). fluent-bundle
//! resolves all of Fluent, and with it every number as an `f64`, which put the standard
//! library's float parsing and its tables in the worker (about 16 KiB of the compressed
//! bundle). This resolver writes what fluent-bundle writes for that part:
//! `tests/i18n_resolver.rs` holds it to fluent-bundle over every message of every catalogue,
//! and refuses a catalogue that uses more ([`Catalogue::unsupported`]).

use std::collections::HashMap;

use fluent_syntax::ast::{self, Expression, InlineExpression, PatternElement, VariantKey};

/// A value a message is formatted with.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    /// Text, matched against a variant's name.
    Text(&'a str),
    /// A whole number, matched by its plural category (or a number variant by its value).
    Count(u64),
}

/// A message's pattern, as resolved.
#[derive(Debug)]
enum Piece {
    Text(String),
    /// `{ $name }`
    Variable(String),
    /// A selection on `$on`: the first variant whose key matches, else the default.
    Select {
        on: String,
        variants: Vec<(Key, Vec<Piece>)>,
        default: usize,
    },
    /// What the resolver does not handle (references, functions, literals); written as
    /// `{???}`, and [`Catalogue::unsupported`] names the message.
    Unsupported,
}

#[derive(Debug)]
enum Key {
    Name(String),
    Number(String),
}

/// The messages of one catalogue, in the language whose plural rules select their forms.
pub struct Catalogue {
    lang: &'static str,
    messages: HashMap<String, Vec<Piece>>,
    unsupported: Vec<String>,
}

impl Catalogue {
    /// Parses `source` as Fluent does at run time. A syntax error drops only the broken entry
    /// (Fluent's recovery); a repeated id keeps its first definition, as fluent-bundle does.
    pub fn parse(lang: &'static str, source: &str) -> Catalogue {
        let resource = fluent_syntax::parser::parse_runtime(source).unwrap_or_else(|(r, _)| r);
        let mut catalogue = Catalogue {
            lang,
            messages: HashMap::new(),
            unsupported: Vec::new(),
        };
        for entry in resource.body {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            let (Some(pattern), id) = (message.value, message.id.name) else {
                continue;
            };
            if catalogue.messages.contains_key(id) {
                continue;
            }
            let pieces = pieces(pattern.elements);
            if pieces.iter().any(Piece::has_unsupported) {
                catalogue.unsupported.push(id.to_owned());
            }
            catalogue.messages.insert(id.to_owned(), pieces);
        }
        catalogue
    }

    /// Whether the catalogue has a message `id` with a value.
    pub fn has(&self, id: &str) -> bool {
        self.messages.contains_key(id)
    }

    /// The message `id` formatted with `args`; `None` when the catalogue lacks it. A variable
    /// not given is written `{$name}` and selects the default variant, as in fluent-bundle.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        let pieces = self.messages.get(id)?;
        let mut out = String::new();
        self.write(&mut out, pieces, args);
        Some(out)
    }

    /// The messages that use what this resolver does not handle (tests require none).
    pub fn unsupported(&self) -> &[String] {
        &self.unsupported
    }

    fn write(&self, out: &mut String, pieces: &[Piece], args: &[(&str, Arg)]) {
        for piece in pieces {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Variable(name) => match arg(args, name) {
                    Some(Arg::Text(text)) => out.push_str(text),
                    Some(Arg::Count(n)) => out.push_str(&n.to_string()),
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Piece::Select {
                    on,
                    variants,
                    default,
                } => {
                    let value = arg(args, on);
                    let chosen = variants
                        .iter()
                        .find(|(key, _)| value.is_some_and(|v| self.matches(key, v)))
                        .or_else(|| variants.get(*default));
                    if let Some((_, pattern)) = chosen {
                        self.write(out, pattern, args);
                    }
                }
                Piece::Unsupported => out.push_str("{???}"),
            }
        }
    }

    /// Whether a variant's `key` matches `value` (fluent-bundle's `FluentValue::matches`).
    fn matches(&self, key: &Key, value: Arg) -> bool {
        match (key, value) {
            (Key::Name(name), Arg::Text(text)) => name == text,
            (Key::Name(name), Arg::Count(n)) => super::plural::category(self.lang, n) == name,
            (Key::Number(literal), Arg::Count(n)) => literal.parse::<u64>() == Ok(n),
            (Key::Number(_), Arg::Text(_)) => false,
        }
    }
}

impl Piece {
    fn has_unsupported(&self) -> bool {
        match self {
            Piece::Unsupported => true,
            Piece::Select { variants, .. } => variants
                .iter()
                .any(|(_, pattern)| pattern.iter().any(Piece::has_unsupported)),
            Piece::Text(_) | Piece::Variable(_) => false,
        }
    }
}

fn arg<'a>(args: &[(&str, Arg<'a>)], name: &str) -> Option<Arg<'a>> {
    args.iter()
        .find(|(n, _)| *n == name)
        .map(|(_, value)| *value)
}

fn pieces(elements: Vec<PatternElement<&str>>) -> Vec<Piece> {
    elements
        .into_iter()
        .map(|element| match element {
            PatternElement::TextElement { value } => Piece::Text(value.to_owned()),
            PatternElement::Placeable { expression } => placeable(expression),
        })
        .collect()
}

fn placeable(expression: Expression<&str>) -> Piece {
    match expression {
        Expression::Inline(InlineExpression::VariableReference { id }) => {
            Piece::Variable(id.name.to_owned())
        }
        Expression::Select {
            selector: InlineExpression::VariableReference { id },
            variants,
        } => {
            let default = variants.iter().position(|v| v.default).unwrap_or(0);
            let variants = variants
                .into_iter()
                .map(|variant| {
                    let key = match variant.key {
                        VariantKey::Identifier { name } => Key::Name(name.to_owned()),
                        VariantKey::NumberLiteral { value } => Key::Number(value.to_owned()),
                    };
                    (key, pieces(variant.value.elements))
                })
                .collect();
            Piece::Select {
                on: id.name.to_owned(),
                variants,
                default,
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => placeable(*expression),
        _ => Piece::Unsupported,
    }
}
