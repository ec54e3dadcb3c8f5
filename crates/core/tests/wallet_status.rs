//! Revocation (docs/wallet.md): the Token Status List read as its specification's own examples
//! (draft-ietf-oauth-status-list, "Status List" examples: 1-bit and 2-bit lists, their
//! compressed `lst` and the statuses they hold), and what a status means for a signature.

use base64::Engine;
use ocs_core::wallet::status::{refusal_for, status_at};
use ocs_core::wallet::WalletError;

fn inflate(lst: &str) -> Vec<u8> {
    let compressed = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(lst)
        .unwrap();
    miniz_oxide::inflate::decompress_to_vec_zlib(&compressed).unwrap()
}

#[test]
fn the_specifications_examples_read_as_it_says() {
    // 1 bit: statuses 1 0 0 1 1 1 0 1 | 1 1 0 0 0 1 0 1 (bytes B9 A3).
    let one_bit = inflate("eNrbuRgAAhcBXQ");
    assert_eq!(one_bit, [0xB9, 0xA3]);
    let expected = [1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1];
    for (index, status) in expected.iter().enumerate() {
        assert_eq!(
            status_at(&one_bit, 1, index as u64),
            Some(*status),
            "{index}"
        );
    }
    assert_eq!(status_at(&one_bit, 1, 16), None);
    // 2 bits: statuses 1 2 0 3 | 0 1 0 1 | 1 2 3 3 (bytes C9 44 F9).
    let two_bits = inflate("eNo76fITAAPfAgc");
    let expected = [1, 2, 0, 3, 0, 1, 0, 1, 1, 2, 3, 3];
    for (index, status) in expected.iter().enumerate() {
        assert_eq!(
            status_at(&two_bits, 2, index as u64),
            Some(*status),
            "{index}"
        );
    }
    assert_eq!(status_at(&two_bits, 2, 12), None);
    assert_eq!(status_at(&two_bits, 2, u64::MAX), None);
}

#[test]
fn only_a_valid_status_signs() {
    assert_eq!(refusal_for(Some(0)), Ok(()));
    for status in [1, 2, 3, 0xFF] {
        assert_eq!(
            refusal_for(Some(status)),
            Err(WalletError::Revoked),
            "{status}"
        );
    }
    assert_eq!(refusal_for(None), Err(WalletError::StatusUnavailable));
}
