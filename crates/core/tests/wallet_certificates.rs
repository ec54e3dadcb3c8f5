//! The wallet's own certificate reader (`ocs_core::wallet::certificate`, a small DER reader the
//! worker can afford) against RustCrypto's `x509-cert`: on every certificate of the test PID
//! providers, of shapes a PID provider may use (tests/wallet/certificates.py, PyPI
//! `cryptography`), and on those certificates with bytes changed, whatever `x509-cert` reads,
//! the reader reads the same.

use base64::Engine;
use der::{Decode, Encode, Reader};
use ocs_core::wallet::certificate::Certificate as Fields;
use proptest::prelude::*;
use x509_cert::ext::pkix::{BasicConstraints, KeyUsage, KeyUsages};
use x509_cert::Certificate;

/// Certificates of every shape tests/wallet/certificates.py makes (DER), as it made them once
/// (crates/core/tests/fixtures/wallet-certificates.json; run it again to remake them), so that
/// `OCS_TEST_SEED` replays a failure.
fn certificates() -> &'static [Vec<u8>] {
    static MADE: std::sync::OnceLock<Vec<Vec<u8>>> = std::sync::OnceLock::new();
    MADE.get_or_init(|| {
        let list: Vec<String> =
            serde_json::from_str(include_str!("fixtures/wallet-certificates.json")).unwrap();
        list.iter()
            .map(|b64| {
                base64::engine::general_purpose::STANDARD
                    .decode(b64)
                    .unwrap()
            })
            .collect()
    })
}

/// What `x509-cert` reads of the fields the chain check uses, in the reader's terms.
fn reference(der: &[u8]) -> Option<Fields> {
    let cert = Certificate::from_der(der).ok()?;
    let tbs = cert.tbs_certificate();
    let spki = tbs.subject_public_key_info();
    let p256 = spki.algorithm.oid.to_string() == "1.2.840.10045.2.1"
        && spki
            .algorithm
            .parameters
            .as_ref()
            .and_then(|p| p.decode_as::<der::oid::ObjectIdentifier>().ok())
            .is_some_and(|c| c.to_string() == "1.2.840.10045.3.1.7");
    let key = spki
        .subject_public_key
        .as_bytes()
        .and_then(|b| <[u8; 65]>::try_from(b).ok())
        .filter(|k| p256 && k[0] == 4);
    let seconds = |t: x509_cert::time::Time| t.to_unix_duration().as_secs() as i64;
    let extensions = tbs.extensions().map(|e| e.to_vec()).unwrap_or_default();
    let known = ["2.5.29.19", "2.5.29.15"];
    let usage = tbs.get_extension::<KeyUsage>().ok()?.map(|(_, usage)| {
        (
            usage.0.contains(KeyUsages::DigitalSignature),
            usage.0.contains(KeyUsages::KeyCertSign),
        )
    });
    let text = |oid: &str| {
        tbs.subject()
            .iter()
            .find(|atv| atv.oid.to_string() == oid)
            .and_then(|atv| {
                x509_cert::ext::pkix::name::DirectoryString::try_from(&atv.value)
                    .map(String::from)
                    .ok()
                    .or_else(|| {
                        atv.value
                            .decode_as::<der::asn1::PrintableStringRef<'_>>()
                            .ok()
                            .map(|s| s.as_str().to_owned())
                    })
            })
    };
    Some(Fields {
        der: der.to_vec(),
        // The signed bytes as sent, not re-encoded (x509-cert writes a time in the form RFC
        // 5280 prefers, which may not be the form it read).
        tbs: {
            let outer = der::asn1::AnyRef::from_der(der).ok()?;
            der::SliceReader::new(outer.value())
                .ok()?
                .tlv_bytes()
                .ok()?
                .to_vec()
        },
        issuer: tbs.issuer().to_der().ok()?,
        subject: tbs.subject().to_der().ok()?,
        not_before: seconds(tbs.validity().not_before),
        not_after: seconds(tbs.validity().not_after),
        p256_key: key,
        is_ca: tbs
            .get_extension::<BasicConstraints>()
            .ok()?
            .is_some_and(|(_, constraints)| constraints.ca),
        key_usage: usage,
        unknown_critical: extensions
            .iter()
            .any(|e| e.critical && !known.contains(&e.extn_id.to_string().as_str())),
        ecdsa_sha256: cert.signature_algorithm().oid.to_string() == "1.2.840.10045.4.3.2",
        signature: cert.signature().as_bytes()?.to_vec(),
        common_name: text("2.5.4.3"),
        country: text("2.5.4.6"),
    })
}

#[test]
fn the_reader_reads_every_generated_certificate_as_x509_cert_does() {
    assert!(certificates().len() >= 10);
    for der in certificates() {
        let expected = reference(der).expect("x509-cert reads every generated certificate");
        assert_eq!(Fields::from_der(der).unwrap(), expected);
    }
}

proptest! {
    #![proptest_config(ocs_testkit::proptest_config(512))]

    /// Bytes changed anywhere: where `x509-cert` still reads a certificate, the reader reads
    /// the same fields (it may refuse more: it reads only what the chain check needs).
    #[test]
    fn a_changed_certificate_reads_alike_or_is_refused(
        which in 0usize..64,
        changes in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4),
    ) {
        let all = certificates();
        let mut der = all[which % all.len()].clone();
        for (at, byte) in changes {
            let at = at.index(der.len());
            der[at] = byte;
        }
        if let (Some(expected), Ok(read)) = (reference(&der), Fields::from_der(&der)) {
            let differ = |a: &Fields, b: &Fields| {
                let mut fields = Vec::new();
                if a.tbs != b.tbs { fields.push("tbs") }
                if a.issuer != b.issuer { fields.push("issuer") }
                if a.subject != b.subject { fields.push("subject") }
                if (a.not_before, a.not_after) != (b.not_before, b.not_after) { fields.push("validity") }
                if a.p256_key != b.p256_key { fields.push("key") }
                if a.is_ca != b.is_ca { fields.push("ca") }
                if a.key_usage != b.key_usage { fields.push("usage") }
                if a.unknown_critical != b.unknown_critical { fields.push("critical") }
                if a.ecdsa_sha256 != b.ecdsa_sha256 { fields.push("algorithm") }
                if a.signature != b.signature { fields.push("signature") }
                if (&a.common_name, &a.country) != (&b.common_name, &b.country) { fields.push("names") }
                fields
            };
            prop_assert!(read == expected, "{:?} differ in {}", differ(&read, &expected), hex::encode(&der));
        }
    }
}
