//! The status of a wallet credential (docs/wallet.md, "Revocation"): the Token Status List it
//! points to, fetched (at most every few minutes per list and isolate), its signatures checked
//! by WebCrypto and its statuses inflated by the runtime, then read by the core. A list that
//! cannot be fetched or trusted refuses the signature (`wallet_status_unavailable`, 503): a
//! collector does not accept a credential whose revocation it cannot check.

use std::cell::RefCell;
use std::rc::Rc;

use futures_util::future::Either;
use ocs_core::wallet::status::{read_status_token, refusal_for, status_at};
use ocs_core::wallet::{StatusReference, TrustAnchors, WalletError};
use worker::{console_warn, Delay, Fetch, Method, Request};

use crate::error::{EdgeError, EdgeResult};

/// How long a status list fetch may take.
const TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);
/// Most status lists kept per isolate (one per PID provider in practice: 27 member states).
const MAX_CACHED: usize = 64;
/// Longest status list token read, in bytes.
const MAX_TOKEN_BYTES: usize = 4 << 20;

/// A list read and checked: its statuses until `fresh_until`.
struct Cached {
    fresh_until: i64,
    bits: u8,
    statuses: Rc<Vec<u8>>,
}

thread_local! {
    /// By address; at most [`MAX_CACHED`], so a list (no map's code in the bundle for it).
    static LISTS: RefCell<Vec<(String, Cached)>> = const { RefCell::new(Vec::new()) };
}

/// Refuses unless the credential's status is valid.
pub async fn check(
    reference: &StatusReference,
    anchors: &TrustAnchors,
    now_unix: i64,
) -> EdgeResult<()> {
    let cached = LISTS.with(|lists| {
        lists
            .borrow()
            .iter()
            .find(|(uri, c)| *uri == reference.uri && c.fresh_until >= now_unix)
            .map(|(_, c)| (c.bits, Rc::clone(&c.statuses)))
    });
    let (bits, statuses) = match cached {
        Some(found) => found,
        None => fetch(reference, anchors, now_unix).await?,
    };
    refusal_for(status_at(&statuses, bits, reference.index)).map_err(EdgeError::Wallet)
}

async fn fetch(
    reference: &StatusReference,
    anchors: &TrustAnchors,
    now_unix: i64,
) -> EdgeResult<(u8, Rc<Vec<u8>>)> {
    let unavailable = |why: &str| {
        console_warn!("wallet status list: {why}");
        EdgeError::Wallet(WalletError::StatusUnavailable)
    };
    // The runtime parses the address: the `url` crate's parser would cost the bundle 12 KiB.
    let request =
        Request::new(&reference.uri, Method::Get).map_err(|_| unavailable("not a URL"))?;
    let fetch = Fetch::Request(request);
    let sent = fetch.send();
    let timeout = Delay::from(TIMEOUT);
    futures_util::pin_mut!(sent, timeout);
    let mut response = match futures_util::future::select(sent, timeout).await {
        Either::Left((Ok(response), _)) => response,
        Either::Left((Err(_), _)) => return Err(unavailable("unreachable")),
        Either::Right(_) => return Err(unavailable("no answer in time")),
    };
    if response.status_code() != 200 {
        return Err(unavailable("not 200"));
    }
    let token = response
        .text()
        .await
        .map_err(|_| unavailable("unreadable"))?;
    if token.len() > MAX_TOKEN_BYTES {
        return Err(unavailable("too large"));
    }
    let list =
        read_status_token(&token, reference, anchors, now_unix).map_err(EdgeError::Wallet)?;
    let verdicts = crate::webcrypto::verify(&list.checks).await?;
    if verdicts.len() != list.checks.len() || !verdicts.iter().all(|v| *v) {
        return Err(unavailable("a signature does not verify"));
    }
    let statuses = Rc::new(
        crate::webcrypto::inflate(&list.compressed)
            .await
            .map_err(|_| unavailable("not zlib"))?,
    );
    LISTS.with(|lists| {
        let mut lists = lists.borrow_mut();
        // Only trusted providers' lists get here, but an isolate lives long: at most
        // MAX_CACHED are kept (when full, all go, to be fetched again as needed).
        // A stale copy of the same list goes first.
        lists.retain(|(uri, _)| *uri != reference.uri);
        if lists.len() >= MAX_CACHED {
            lists.clear();
        }
        lists.push((
            reference.uri.clone(),
            Cached {
                fresh_until: list.fresh_until,
                bits: list.bits,
                statuses: Rc::clone(&statuses),
            },
        ));
    });
    Ok((list.bits, statuses))
}
