//! The form after a refused wallet answer (docs/wallet.md): every refusal shows a message of the
//! page's own language (one of the `wallet-refused-…` group, or the typed form's "too young"),
//! with its code, and nothing of the answer.

use ocs_core::i18n::{Lang, Texts};
use ocs_core::pages::{form, Empty, Notice};
use ocs_core::rules::CollectionStatus;
use ocs_core::wallet::WalletError;
use ocs_testkit::{rules, site};

#[test]
fn every_refusal_says_what_happened_in_every_language() {
    let english = Texts::of(Lang::ENGLISH);
    for lang in Lang::all() {
        let texts = Texts::of(lang);
        let site = ocs_core::pages::Site {
            wallet: true,
            ..site(lang, CollectionStatus::Open)
        };
        for refusal in WalletError::all() {
            let id = refusal.page_message();
            let message = texts.get(id);
            assert_ne!(message, id, "{}: {id} is missing", lang.code());
            if lang != Lang::ENGLISH {
                assert_ne!(
                    message,
                    english.get(id),
                    "{}: {id} is not translated",
                    lang.code()
                );
            }
            let page = form(
                &site,
                "DE",
                rules().state("DE").unwrap(),
                &Empty,
                &[],
                Some(Notice::WalletRefused(refusal)),
            )
            .into_string();
            let summary = page.split("error-summary").nth(1).unwrap_or_default();
            let shown = maud::html! { (message) }.into_string();
            assert!(
                summary.contains(&shown),
                "{} {}: the message",
                lang.code(),
                refusal.code()
            );
            assert!(
                summary.contains(refusal.code()),
                "{} {}: the code",
                lang.code(),
                refusal.code()
            );
        }
    }
}
