//! The pure signing step (validate → dedupe token → seal → ledger row), natively, on generated
//! submissions for every member state: every accepted submission becomes one row in the shard
//! its token picks, chains onto any head, and opens with the organiser's key to exactly the
//! statement validated; the same person twice gives the same token; nothing invalid is sealed.

use ocs_core::dedupe::DedupeSecret;
use ocs_core::envelope::{open, Binding, Purpose};
use ocs_core::ledger::{genesis, verify_shard};
use ocs_core::signing::{SignError, Signer};
use ocs_core::statement::Contact;
use ocs_core::{RawSubmission, SecretKey, Statement, StatementId, Suite, Validator};
use ocs_testkit::{initiative, part_a, part_b, rules, with, NOW, PART_A, PART_B};
use proptest::prelude::*;

const SHARDS: u32 = 8;

fn secret() -> DedupeSecret {
    DedupeSecret::from_hex(&"5a".repeat(32)).unwrap()
}

/// A valid submission of member state `index` (0..27), with generated names and an optional
/// e-mail address.
fn submission(
    index: usize,
    first: &str,
    family: &str,
    email: Option<&str>,
) -> Vec<(&'static str, String)> {
    let mut pairs = if index < PART_A.len() {
        part_a(PART_A[index])
    } else {
        let (nat, doc, number) = PART_B[index - PART_A.len()];
        part_b(nat, doc, number)
    };
    pairs = with(&pairs, "full_first_names", Some(first));
    pairs = with(&pairs, "family_names", Some(family));
    if let Some(email) = email {
        pairs = with(&pairs, "email", Some(email));
        pairs = with(&pairs, "email_consent", Some("true"));
    }
    pairs
}

fn name() -> impl Strategy<Value = String> {
    "[A-Za-zäöüßéèçñøåłşžÄÖÜÉŁ]{1,12}( [A-Za-zäöüéñøłž]{1,12})?( [A-Z][a-z'-]{0,8}[a-z])?"
}

proptest! {
    #![proptest_config(ocs_testkit::proptest_config(96))]

    #[test]
    fn every_accepted_submission_becomes_one_row_that_opens_to_the_statement(
        index in 0usize..27,
        first in name(),
        family in name(),
        email in proptest::option::of("[a-z]{1,10}@[a-z]{1,10}\\.eu"),
        previous_rows in 0u64..5,
    ) {
        let key = SecretKey::generate(Suite::X25519).unwrap();
        let public = key.public_key().unwrap();
        let initiative = initiative();
        let signer = Signer {
            validator: Validator { rules: rules(), initiative: &initiative, now: NOW },
            public_key: &public,
            shards: SHARDS,
        };
        let pairs = submission(index, &first, &family, email.as_deref());
        let raw = RawSubmission::from_pairs(pairs.iter().map(|(k, v)| (*k, v.clone())));
        let id = StatementId::generate().unwrap();
        let expected = signer.validate(&raw, id).unwrap().statement;
        let pending = signer.sign(&raw, id, &secret()).unwrap();

        // The shard the token picks, and the clear metadata of the statement.
        let token = secret().token(rules(), &expected).unwrap();
        prop_assert_eq!(pending.shard, token.shard(SHARDS));
        prop_assert_eq!(pending.sealed.token, token.0);
        prop_assert_eq!(pending.id, id);
        prop_assert_eq!(&pending.nationality, &expected.nationality);
        prop_assert_eq!(&pending.submitted_at, &expected.submitted_at);

        // The row chains onto whatever the shard holds.
        let mut rows = ocs_testkit::ledger_rows(&initiative.id, pending.shard, previous_rows);
        let prev = rows.last().map_or_else(|| genesis(&initiative.id, pending.shard), |r| r.chain);
        let row = pending.clone().chain_onto(previous_rows + 1, &prev);
        rows.push(row.clone());
        prop_assert!(verify_shard(&initiative.id, row.shard, &rows).is_ok());

        // The envelope opens under the row's binding to exactly the validated statement.
        let binding = |purpose| Binding {
            purpose, statement_id: row.id, initiative: &initiative.id, nationality: &row.nationality,
        };
        let sealed = row.sealed().unwrap();
        let plaintext = open(&key, &binding(Purpose::Statement), &sealed.envelope).unwrap();
        prop_assert_eq!(Statement::from_canonical(&plaintext).unwrap(), expected);

        // The contact is sealed apart, only when an address was given.
        match (&email, &sealed.contact) {
            (Some(address), Some(contact)) => {
                let plaintext = open(&key, &binding(Purpose::Contact), contact).unwrap();
                let contact = Contact::from_canonical(&plaintext).unwrap();
                prop_assert_eq!(&contact.email, address);
                prop_assert_eq!(contact.statement, id);
                // A contact envelope never opens as a statement.
                prop_assert!(open(&key, &binding(Purpose::Statement), &sealed.contact.clone().unwrap()).is_err());
            }
            (None, None) => {}
            (given, sealed) => prop_assert!(false, "email {given:?} but contact sealed: {}", sealed.is_some()),
        }

        // The same person again, under another id: the same token, so the shard refuses it.
        let again = signer.sign(&raw, StatementId::generate().unwrap(), &secret()).unwrap();
        prop_assert_eq!(again.sealed.token, pending.sealed.token);
        prop_assert_ne!(again.sealed.envelope, pending.sealed.envelope);
    }

    #[test]
    fn nothing_invalid_is_sealed(index in 0usize..27, drop in 0usize..4) {
        let key = SecretKey::generate(Suite::X25519).unwrap();
        let public = key.public_key().unwrap();
        let initiative = initiative();
        let signer = Signer {
            validator: Validator { rules: rules(), initiative: &initiative, now: NOW },
            public_key: &public,
            shards: SHARDS,
        };
        let mut pairs = submission(index, "Anna", "Muster", None);
        // Without the declaration, a name, the nationality or with an unknown key.
        match drop {
            0 => pairs = with(&pairs, "declaration", None),
            1 => pairs = with(&pairs, "family_names", None),
            2 => pairs = with(&pairs, "nationality", None),
            _ => pairs = with(&pairs, "favourite_colour", Some("blue")),
        }
        let raw = RawSubmission::from_pairs(pairs.iter().map(|(k, v)| (*k, v.clone())));
        let signed = signer.sign(&raw, StatementId::generate().unwrap(), &secret());
        prop_assert!(matches!(signed, Err(SignError::Invalid(_))), "{signed:?}");
    }
}
