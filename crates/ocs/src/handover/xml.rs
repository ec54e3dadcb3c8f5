//! One `<signature>` of the hand-over XML, written straight into a byte buffer: the same bytes
//! quick-xml's indenting writer produces (a test compares the two on generated input), at a
//! fraction of its cost per element, which at a million statements was a tenth of the export.
//! Text is escaped by quick-xml's own `escape`; element names are the data model's constants.

use std::borrow::Cow;

use quick_xml::escape::escape;
use zeroize::Zeroize;

use super::record::Group;

/// The indentation quick-xml writes for a `<signature>` inside `<supportForm><signatures>`.
const SIGNATURE_DEPTH: usize = 2;
/// Spaces per level, as the file's writer is configured (`Writer::new_with_indent(_, b' ', 2)`).
const INDENT: usize = 2;

/// Appends one signature to `out`, each element on its own line, starting with the line break
/// that precedes it. Escaped copies of values are wiped before they are freed.
pub fn write_signature(
    out: &mut Vec<u8>,
    submission_date: &str,
    identifier: &str,
    annex_revision: &str,
    groups: &[Group<'_>],
) {
    let d = SIGNATURE_DEPTH;
    open(out, d, "signature");
    leaf(out, d + 1, "submissionDate", submission_date);
    leaf(out, d + 1, "signatureIdentifier", identifier);
    leaf(out, d + 1, "annexRevision", annex_revision);
    open(out, d + 1, "signatoryInfo");
    open(out, d + 2, "groups");
    for (name, properties) in groups {
        open(out, d + 3, "group");
        leaf(out, d + 4, "name", name);
        open(out, d + 4, "properties");
        for (key, value) in properties {
            open(out, d + 5, "property");
            leaf(out, d + 6, "key", key);
            leaf(out, d + 6, "value", value);
            close(out, d + 5, "property");
        }
        close(out, d + 4, "properties");
        close(out, d + 3, "group");
    }
    close(out, d + 2, "groups");
    close(out, d + 1, "signatoryInfo");
    close(out, d, "signature");
}

fn line(out: &mut Vec<u8>, depth: usize) {
    out.push(b'\n');
    out.resize(out.len() + depth * INDENT, b' ');
}

fn open(out: &mut Vec<u8>, depth: usize, name: &str) {
    line(out, depth);
    out.push(b'<');
    out.extend_from_slice(name.as_bytes());
    out.push(b'>');
}

fn close(out: &mut Vec<u8>, depth: usize, name: &str) {
    line(out, depth);
    out.extend_from_slice(b"</");
    out.extend_from_slice(name.as_bytes());
    out.push(b'>');
}

/// `<name>text</name>` on one line.
fn leaf(out: &mut Vec<u8>, depth: usize, name: &str, text: &str) {
    open(out, depth, name);
    match escape(text) {
        Cow::Borrowed(text) => out.extend_from_slice(text.as_bytes()),
        Cow::Owned(mut escaped) => {
            out.extend_from_slice(escaped.as_bytes());
            escaped.zeroize();
        }
    }
    out.extend_from_slice(b"</");
    out.extend_from_slice(name.as_bytes());
    out.push(b'>');
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use quick_xml::events::{BytesStart, BytesText, Event};
    use quick_xml::Writer;

    use super::*;

    /// The signature as quick-xml's indenting writer makes it, inside the two elements that
    /// enclose it in a file: what [`write_signature`] must produce byte for byte.
    fn reference(date: &str, id: &str, revision: &str, groups: &[Group<'_>]) -> Vec<u8> {
        fn text(w: &mut Writer<&mut Vec<u8>>, name: &str, value: &str) -> std::io::Result<()> {
            w.create_element(name)
                .write_text_content(BytesText::new(value))?;
            Ok(())
        }
        let mut out = Vec::new();
        let mut w = Writer::new_with_indent(&mut out, b' ', INDENT);
        w.write_event(Event::Start(BytesStart::new("supportForm")))
            .and_then(|()| w.write_event(Event::Start(BytesStart::new("signatures"))))
            .unwrap();
        let before = w.get_ref().len();
        w.create_element("signature")
            .write_inner_content(|w| {
                text(w, "submissionDate", date)?;
                text(w, "signatureIdentifier", id)?;
                text(w, "annexRevision", revision)?;
                w.create_element("signatoryInfo").write_inner_content(|w| {
                    w.create_element("groups").write_inner_content(|w| {
                        for (name, properties) in groups {
                            w.create_element("group").write_inner_content(|w| {
                                text(w, "name", name)?;
                                w.create_element("properties").write_inner_content(|w| {
                                    for (key, value) in properties {
                                        w.create_element("property").write_inner_content(|w| {
                                            text(w, "key", key)?;
                                            text(w, "value", value)
                                        })?;
                                    }
                                    Ok(())
                                })?;
                                Ok(())
                            })?;
                        }
                        Ok(())
                    })?;
                    Ok(())
                })?;
                Ok(())
            })
            .unwrap();
        out.split_off(before)
    }

    const NAMES: [&str; 3] = ["oct.group.general", "oct.group.address", "oct.group.id"];
    const KEYS: [&str; 3] = [
        "oct.property.full.first.names",
        "oct.property.street",
        "oct.property.passport",
    ];

    proptest! {
        #[test]
        fn writes_what_quick_xml_writes(
            date in "\\PC{0,12}",
            id in "[-0-9a-f<>&\"']{0,36}",
            groups in proptest::collection::vec(
                (0..NAMES.len(), proptest::collection::vec((0..KEYS.len(), "\\PC{0,40}"), 0..6)),
                0..4,
            ),
        ) {
            let groups: Vec<Group<'_>> = groups
                .into_iter()
                .map(|(name, properties)| {
                    let properties = properties
                        .into_iter()
                        .map(|(key, value)| (KEYS[key], value))
                        .collect();
                    (NAMES[name], properties)
                })
                .collect();
            let mut ours = Vec::new();
            write_signature(&mut ours, &date, &id, "1", &groups);
            let theirs = reference(&date, &id, "1", &groups);
            prop_assert_eq!(String::from_utf8_lossy(&ours), String::from_utf8_lossy(&theirs));
        }
    }

    #[test]
    fn escapes_markup() {
        let groups: Vec<Group<'_>> = vec![("g", vec![("k", "<a & 'b' \"c\">".to_owned())])];
        let mut ours = Vec::new();
        write_signature(&mut ours, "2026-01-01", "id", "1", &groups);
        let text = String::from_utf8_lossy(&ours);
        assert!(
            text.contains("<value>&lt;a &amp; &apos;b&apos; &quot;c&quot;&gt;</value>"),
            "{text}"
        );
        let theirs = reference("2026-01-01", "id", "1", &groups);
        assert_eq!(text, String::from_utf8_lossy(&theirs));
    }
}
