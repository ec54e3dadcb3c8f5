//! The CBOR (RFC 8949) an mdoc presentation is made of: a reader for definite-length items
//! that keeps each item's encoded bytes (the digests and signatures of ISO/IEC 18013-5 are over
//! them), and the few writes the verifier makes (COSE `Sig_structure`, the device
//! authentication, the OpenID4VP handover). Small on purpose, like the certificate reader: a
//! general CBOR crate costs the worker's bundle more than the whole mdoc verifier;
//! `crates/core/tests/wallet_cbor.rs` holds it to ciborium on generated items.

use super::error::WalletError;

/// Deepest nesting read (a PID's address is three levels into the response's eight).
const MAX_DEPTH: usize = 16;
/// Most items in one array or map.
const MAX_ITEMS: u64 = 256;

/// A CBOR item and the bytes it was read from.
#[derive(Debug, Clone, PartialEq)]
pub struct Item<'a> {
    /// The item's whole encoding, head included.
    pub raw: &'a [u8],
    /// What it is.
    pub kind: Kind<'a>,
}

/// The kinds of CBOR item.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind<'a> {
    /// Major type 0.
    Unsigned(u64),
    /// Major type 1: the value is `-1 - n`.
    Negative(u64),
    /// Major type 2.
    Bytes(&'a [u8]),
    /// Major type 3.
    Text(&'a str),
    /// Major type 4.
    Array(Vec<Item<'a>>),
    /// Major type 5, pairs in the order sent.
    Map(Vec<(Item<'a>, Item<'a>)>),
    /// Major type 6.
    Tag(u64, Box<Item<'a>>),
    /// `false` / `true`.
    Bool(bool),
    /// `null` and `undefined`.
    Null,
    /// A float, kept as its bits (the verifier reads none).
    Other(u64),
}

impl<'a> Item<'a> {
    /// Reads exactly one item from `bytes` (nothing may follow it).
    pub fn decode(bytes: &'a [u8]) -> Result<Item<'a>, WalletError> {
        let mut reader = Reader { bytes, at: 0 };
        let item = reader.item(0)?;
        if reader.at != bytes.len() {
            return Err(malformed());
        }
        Ok(item)
    }

    /// The text, if it is text.
    pub fn text(&self) -> Option<&'a str> {
        match self.kind {
            Kind::Text(text) => Some(text),
            _ => None,
        }
    }

    /// The bytes, if it is a byte string.
    pub fn bytes(&self) -> Option<&'a [u8]> {
        match self.kind {
            Kind::Bytes(bytes) => Some(bytes),
            _ => None,
        }
    }

    /// The elements, if it is an array.
    pub fn array(&self) -> Option<&[Item<'a>]> {
        match &self.kind {
            Kind::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The integer, if it is one that fits `i64`.
    pub fn integer(&self) -> Option<i64> {
        match self.kind {
            Kind::Unsigned(n) => i64::try_from(n).ok(),
            Kind::Negative(n) => i64::try_from(n).ok().map(|n| -1 - n),
            _ => None,
        }
    }

    /// The item a tag wraps, if this is that tag.
    pub fn tagged(&self, tag: u64) -> Option<&Item<'a>> {
        match &self.kind {
            Kind::Tag(t, inner) if *t == tag => Some(inner),
            _ => None,
        }
    }

    /// The value under text key `key`, if this is a map that has it (the first, if sent twice:
    /// [`Item::unique_keys`] refuses that where it matters).
    pub fn get(&self, key: &str) -> Option<&Item<'a>> {
        self.get_by(|k| k.text() == Some(key))
    }

    /// The value under integer key `key` (COSE's labels).
    pub fn get_label(&self, key: i64) -> Option<&Item<'a>> {
        self.get_by(|k| k.integer() == Some(key))
    }

    fn get_by(&self, matches: impl Fn(&Item<'a>) -> bool) -> Option<&Item<'a>> {
        match &self.kind {
            Kind::Map(pairs) => pairs.iter().find(|(k, _)| matches(k)).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Whether every key of this map is sent once (true for what is not a map).
    pub fn unique_keys(&self) -> bool {
        match &self.kind {
            Kind::Map(pairs) => pairs.iter().enumerate().all(|(i, (k, _))| {
                pairs
                    .iter()
                    .skip(i + 1)
                    .all(|(other, _)| other.raw != k.raw)
            }),
            _ => true,
        }
    }

    /// `#6.24(bstr .cbor X)`: the embedded item X.
    pub fn embedded(&self) -> Result<Item<'a>, WalletError> {
        let bytes = self
            .tagged(24)
            .and_then(Item::bytes)
            .ok_or_else(malformed)?;
        Item::decode(bytes)
    }
}

fn malformed() -> WalletError {
    WalletError::Malformed("CBOR")
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], WalletError> {
        let end = self.at.checked_add(n).ok_or_else(malformed)?;
        let taken = self.bytes.get(self.at..end).ok_or_else(malformed)?;
        self.at = end;
        Ok(taken)
    }

    /// The head: major type, additional information and argument (indefinite lengths
    /// refused).
    fn head(&mut self) -> Result<(u8, u8, u64), WalletError> {
        let first = *self.take(1)?.first().ok_or_else(malformed)?;
        let (major, info) = (first >> 5, first & 0x1f);
        let argument = match info {
            0..=23 => u64::from(info),
            24..=27 => {
                let width = 1usize << (info - 24);
                self.take(width)?
                    .iter()
                    .fold(0u64, |n, b| (n << 8) | u64::from(*b))
            }
            _ => return Err(malformed()),
        };
        Ok((major, info, argument))
    }

    fn length(&mut self, argument: u64) -> Result<&'a [u8], WalletError> {
        self.take(usize::try_from(argument).map_err(|_| malformed())?)
    }

    fn item(&mut self, depth: usize) -> Result<Item<'a>, WalletError> {
        if depth > MAX_DEPTH {
            return Err(malformed());
        }
        let start = self.at;
        let (major, info, argument) = self.head()?;
        let kind = match major {
            0 => Kind::Unsigned(argument),
            1 => Kind::Negative(argument),
            2 => Kind::Bytes(self.length(argument)?),
            3 => Kind::Text(std::str::from_utf8(self.length(argument)?).map_err(|_| malformed())?),
            4 | 5 if argument > MAX_ITEMS => return Err(malformed()),
            4 => Kind::Array(
                (0..argument)
                    .map(|_| self.item(depth + 1))
                    .collect::<Result<_, _>>()?,
            ),
            5 => Kind::Map(
                (0..argument)
                    .map(|_| Ok((self.item(depth + 1)?, self.item(depth + 1)?)))
                    .collect::<Result<_, WalletError>>()?,
            ),
            6 => Kind::Tag(argument, Box::new(self.item(depth + 1)?)),
            _ => match info {
                20 => Kind::Bool(false),
                21 => Kind::Bool(true),
                22 | 23 => Kind::Null,
                // Half, single and double floats.
                25..=27 => Kind::Other(argument),
                // Unassigned simple values.
                _ => return Err(malformed()),
            },
        };
        let raw = self.bytes.get(start..self.at).ok_or_else(malformed)?;
        Ok(Item { raw, kind })
    }
}

/// Writes CBOR heads and the few item kinds the verifier composes.
#[derive(Debug, Default)]
pub struct Writer(pub Vec<u8>);

impl Writer {
    /// A head in its shortest form.
    pub fn head(&mut self, major: u8, argument: u64) -> &mut Self {
        let major = major << 5;
        match argument {
            // The casts cannot truncate: each arm bounds the argument.
            0..=23 => self.0.push(major | argument as u8),
            24..=0xff => self.0.extend([major | 24, argument as u8]),
            0x100..=0xffff => {
                self.0.push(major | 25);
                self.0.extend((argument as u16).to_be_bytes());
            }
            0x1_0000..=0xffff_ffff => {
                self.0.push(major | 26);
                self.0.extend((argument as u32).to_be_bytes());
            }
            _ => {
                self.0.push(major | 27);
                self.0.extend(argument.to_be_bytes());
            }
        }
        self
    }

    /// A text string.
    pub fn text(&mut self, text: &str) -> &mut Self {
        self.head(3, text.len() as u64);
        self.0.extend(text.as_bytes());
        self
    }

    /// A byte string.
    pub fn bytes(&mut self, bytes: &[u8]) -> &mut Self {
        self.head(2, bytes.len() as u64);
        self.0.extend(bytes);
        self
    }

    /// The head of an array of `len` items (the items follow).
    pub fn array(&mut self, len: u64) -> &mut Self {
        self.head(4, len)
    }

    /// `null`.
    pub fn null(&mut self) -> &mut Self {
        self.0.push(0xf6);
        self
    }

    /// An item already encoded.
    pub fn raw(&mut self, encoded: &[u8]) -> &mut Self {
        self.0.extend(encoded);
        self
    }

    /// `#6.24(bstr .cbor <encoded>)`.
    pub fn embed(&mut self, encoded: &[u8]) -> &mut Self {
        self.head(6, 24).bytes(encoded)
    }
}
