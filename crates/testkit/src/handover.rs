//! Independent readers of the hand-over files: the XML through roxmltree (not the writer's
//! quick-xml), checked against the Commission's data model of `supportForm`; the CSV through a
//! small RFC 4180 reader written here (not the writer's csv crate).

/// One `<signature>` of a hand-over XML file: (identifier, submission date, annex revision,
/// [(group, key, value)]).
pub type HandOverSignature = (String, String, String, Vec<(String, String, String)>);

/// Reads a hand-over XML file with another XML library than the writer's (roxmltree):
/// `forCountry` and every signature.
pub fn read_hand_over_xml(xml: &str) -> (String, Vec<HandOverSignature>) {
    let doc = roxmltree::Document::parse(xml).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "supportForm");
    fn child<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &str) -> roxmltree::Node<'a, 'i> {
        node.children()
            .find(|c| c.tag_name().name() == name)
            .unwrap_or_else(|| panic!("<{name}> missing"))
    }
    fn text(node: roxmltree::Node<'_, '_>, name: &str) -> String {
        child(node, name).text().unwrap_or_default().to_owned()
    }
    let country = text(root, "forCountry");
    let signatures = child(root, "signatures")
        .children()
        .filter(|n| n.is_element())
        .map(|sig| {
            assert_eq!(sig.tag_name().name(), "signature");
            let mut properties = Vec::new();
            for group in child(child(sig, "signatoryInfo"), "groups")
                .children()
                .filter(|n| n.is_element())
            {
                let name = text(group, "name");
                for property in child(group, "properties")
                    .children()
                    .filter(|n| n.is_element())
                {
                    properties.push((name.clone(), text(property, "key"), text(property, "value")));
                }
            }
            (
                text(sig, "signatureIdentifier"),
                text(sig, "submissionDate"),
                text(sig, "annexRevision"),
                properties,
            )
        })
        .collect();
    (country, signatures)
}

/// Checks a hand-over file against the data model of the Commission's collection software for
/// Regulation 2019/788 (`supportForm`), as its reader expects it: the elements in order, none
/// missing, and the types it parses (`xs:date`, `xs:int`, UUID, codes). Returns every breach.
pub fn check_data_model(xml: &str) -> Result<(), Vec<String>> {
    let doc = roxmltree::Document::parse(xml).map_err(|e| vec![format!("not well-formed: {e}")])?;
    let mut breaches = Vec::new();
    let root = doc.root_element();
    if root.tag_name().name() != "supportForm" || root.tag_name().namespace().is_some() {
        breaches.push(format!(
            "root is <{}>, not <supportForm>",
            root.tag_name().name()
        ));
    }
    let children = |node: roxmltree::Node| -> Vec<(String, String)> {
        node.children()
            .filter(|n| n.is_element())
            .map(|n| {
                let text = n.text().unwrap_or_default().to_owned();
                (n.tag_name().name().to_owned(), text)
            })
            .collect()
    };
    let names = |node: roxmltree::Node| -> Vec<String> {
        children(node).into_iter().map(|(n, _)| n).collect()
    };
    let expect_names = |node: roxmltree::Node, want: &[&str], breaches: &mut Vec<String>| {
        let got = names(node);
        if got != want {
            breaches.push(format!(
                "<{}> holds {got:?}, the model {want:?}",
                node.tag_name().name()
            ));
        }
    };
    expect_names(
        root,
        &["forCountry", "initiativeData", "signatures"],
        &mut breaches,
    );
    let top = elements(root);
    let text_of = |node: roxmltree::Node| node.text().unwrap_or_default().to_owned();
    if let Some(country) = top.first() {
        if !is_code(&text_of(*country)) {
            breaches.push(format!(
                "forCountry {:?} is not a lower-case code",
                text_of(*country)
            ));
        }
    }
    if let Some(data) = top.get(1) {
        expect_names(
            *data,
            &[
                "registrationNumber",
                "startOfTheCollectionPeriod",
                "endOfTheCollectionPeriod",
                "urlOnCommissionRegister",
                "title",
                "objectives",
                "registeredContactPersons",
                "url",
            ],
            &mut breaches,
        );
        for (name, value) in children(*data) {
            match name.as_str() {
                "registrationNumber" if !is_registration_number(&value) => {
                    breaches.push(format!("registrationNumber {value:?}"))
                }
                "startOfTheCollectionPeriod" | "endOfTheCollectionPeriod"
                    if !is_xs_date(&value) =>
                {
                    breaches.push(format!("{name} {value:?} is not an xs:date"))
                }
                "title" if value.trim().is_empty() => breaches.push("empty title".into()),
                _ => {}
            }
        }
    }
    if let Some(signatures) = top.get(2) {
        for signature in elements(*signatures) {
            if signature.tag_name().name() != "signature" {
                breaches.push(format!("<{}> in <signatures>", signature.tag_name().name()));
                continue;
            }
            expect_names(
                signature,
                &[
                    "submissionDate",
                    "signatureIdentifier",
                    "annexRevision",
                    "signatoryInfo",
                ],
                &mut breaches,
            );
            for (name, value) in children(signature) {
                let ok = match name.as_str() {
                    "submissionDate" => is_xs_date(&value),
                    "signatureIdentifier" => is_uuid(&value),
                    "annexRevision" => matches!(value.parse::<i32>(), Ok(0 | 1)),
                    _ => true,
                };
                if !ok {
                    breaches.push(format!("{name} {value:?} is not of its type"));
                }
            }
            check_signatory_info(signature, &mut breaches);
        }
    }
    if breaches.is_empty() {
        Ok(())
    } else {
        Err(breaches)
    }
}

fn elements<'a, 'i>(node: roxmltree::Node<'a, 'i>) -> Vec<roxmltree::Node<'a, 'i>> {
    node.children().filter(|n| n.is_element()).collect()
}

fn child<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
    node.children()
        .find(|c| c.is_element() && c.tag_name().name() == name)
}

fn check_signatory_info(signature: roxmltree::Node, breaches: &mut Vec<String>) {
    let Some(groups) = child(signature, "signatoryInfo").and_then(|i| child(i, "groups")) else {
        breaches.push("signatoryInfo/groups missing".into());
        return;
    };
    let mut count = 0;
    for group in groups.children().filter(|n| n.is_element()) {
        count += 1;
        let name = child(group, "name")
            .and_then(|n| n.text())
            .unwrap_or_default();
        if !["oct.group.general", "oct.group.address", "oct.group.id"].contains(&name) {
            breaches.push(format!("group name {name:?}"));
        }
        let Some(properties) = child(group, "properties") else {
            breaches.push(format!("group {name} has no properties"));
            continue;
        };
        for property in properties.children().filter(|n| n.is_element()) {
            let key = child(property, "key")
                .and_then(|n| n.text())
                .unwrap_or_default();
            let Some(value) = child(property, "value") else {
                breaches.push(format!("property {key} has no value"));
                continue;
            };
            let value = value.text().unwrap_or_default();
            if !key.starts_with("oct.property.") {
                breaches.push(format!("property key {key:?}"));
            }
            match key {
                "oct.property.date.of.birth" if !is_dd_mm_yyyy(value) => {
                    breaches.push(format!("date of birth {value:?} is not dd/MM/yyyy"))
                }
                "oct.property.country" if !is_code(value) => {
                    breaches.push(format!("country {value:?} is not a lower-case code"))
                }
                _ => {}
            }
        }
    }
    if count == 0 {
        breaches.push("a signature without groups".into());
    }
}

fn is_code(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_lowercase())
}

fn is_registration_number(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 15
        && s.starts_with("ECI(")
        && b[4..8].iter().all(u8::is_ascii_digit)
        && b[8] == b')'
        && b[9..].iter().all(u8::is_ascii_digit)
}

fn is_xs_date(s: &str) -> bool {
    s.len() == 10 && ocs_core::dates::parse_iso_date(s).is_ok()
}

fn is_dd_mm_yyyy(s: &str) -> bool {
    let parts: Vec<&str> = s.split('/').collect();
    matches!(parts.as_slice(), [d, m, y] if d.len() == 2 && m.len() == 2 && y.len() == 4)
        && is_xs_date(&format!("{}-{}-{}", &s[6..10], &s[3..5], &s[0..2]))
}

fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12])
        && groups
            .iter()
            .all(|g| g.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Reads CSV as RFC 4180 defines it (fields quoted with `"`, quotes doubled inside, records
/// ended by CRLF or LF): the header and the records.
pub fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    let mut started = false;
    while let Some(c) = chars.next() {
        started = true;
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                started = false;
            }
            (false, c) => field.push(c),
        }
    }
    if started {
        record.push(field);
        records.push(record);
    }
    records
}
