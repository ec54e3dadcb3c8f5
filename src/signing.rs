//! Signing: the I/O around the core's pure signing step. Read the body (type, size, per-client
//! limit) → validate → bot check → dedupe key from the vault → seal (core) → append to the
//! shard the token picks. Plaintext lives only in this request's memory; what leaves it is
//! ciphertext. The JSON API's handler is here; the form posts of the pages use the same steps.

use ocs_core::rules::CollectionStatus;
use ocs_core::signing::Signer;
use ocs_core::statement::{ParseError, RawSubmission, StatementId, Validator};
use serde::Serialize;
use worker::{Env, Request, Response};
use zeroize::Zeroizing;

use crate::config::Config;
use crate::error::{EdgeError, EdgeResult};
use crate::request_url::RequestUrl;
use crate::shard::{Appended, Receipt, ShardClient};
use crate::vault::VaultClient;
use crate::wallet::WalletAnswer;
use crate::{bot_check, clock, rate_limit};

/// What the signatory gets back: the statement id and where it is in the ledger.
#[derive(Serialize)]
pub struct Accepted {
    /// The statement id (needed to ask for its erasure).
    pub id: String,
    /// Shard, row and chain hash.
    pub receipt: Receipt,
}

/// A submission, read and parsed after the cheap checks (type, declared size, per-client limit),
/// with what the edge handles itself taken out of it: signing only reads it.
pub struct Received {
    /// What was sent, without the bot-check token; its partner code, if any, one the collector
    /// knows (kept so that the pages that follow keep it).
    pub raw: RawSubmission,
    /// The bot-check token (Turnstile's field, or the API's).
    pub bot_token: Zeroizing<String>,
    /// The partner the signatory came through, if the collector knows its code.
    pub partner: Option<String>,
    /// The client's address, for the bot check.
    pub client: String,
    /// The host the form was posted to: a bot-check token must have been solved there.
    pub host: String,
    /// A fault to inject into the append (a build with the `test-hooks` feature only).
    pub fault: Option<String>,
    /// A wallet's answer, when the statement is made with the EU Digital Identity Wallet.
    pub wallet: Option<WalletAnswer>,
    /// The origin the form was posted to: a wallet's answer must have been made for it.
    pub origin: String,
}

/// Reads a submission: JSON or a form, at most [`ocs_core::statement::MAX_BODY_BYTES`], within
/// the client's limit.
pub async fn receive(mut req: Request, env: &Env, config: &Config) -> EdgeResult<Received> {
    let content_type = req.headers().get("content-type")?.unwrap_or_default();
    let kind = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let json = match kind.as_str() {
        "application/json" => true,
        "application/x-www-form-urlencoded" => false,
        _ => return Err(EdgeError::UnsupportedMediaType),
    };
    // Before the rate limit: an oversized body costs the collector nothing.
    crate::body::refuse_declared_too_large(&req)?;
    let client = rate_limit::client_of(&req)?;
    // Once the vault is retired (nothing can be signed any more), the address is not used.
    let key = match VaultClient::new(env)?.dedupe_secret().await? {
        Some(secret) => rate_limit::client_key(&secret, &config.initiative.id, &client)?,
        None => "retired".to_owned(),
    };
    if !rate_limit::allows(env, key).await? {
        return Err(EdgeError::RateLimited);
    }
    let url = RequestUrl::of(&req);
    let (host, origin) = (url.host().to_owned(), url.origin().to_owned());
    let fault = crate::test_hooks::fault_of(&req);
    let body = crate::body::read_capped(&mut req).await?;
    let parsed = if json {
        RawSubmission::from_json(&body)
    } else {
        RawSubmission::from_form(&body)
    };
    let mut raw = match parsed {
        Ok(raw) => raw,
        Err(ParseError::TooLarge) => return Err(EdgeError::TooLarge),
        Err(_) => return Err(EdgeError::Unreadable),
    };
    let wallet = WalletAnswer::take_from(&mut raw)?;
    let bot_token = bot_check::TOKEN_FIELDS
        .iter()
        .find_map(|f| raw.take(f))
        .unwrap_or_default();
    // Only a partner the collector knows goes with the statement; any other code is dropped,
    // never an error for the citizen (docs/campaigns.md).
    let partner = raw
        .take(ocs_core::statement::PARTNER)
        .and_then(|code| config.partners.find(&code).map(|p| p.code.clone()));
    if let Some(code) = &partner {
        raw.put(ocs_core::statement::PARTNER, code.clone());
    }
    Ok(Received {
        raw,
        bot_token,
        partner,
        client,
        host,
        fault,
        wallet,
        origin,
    })
}

/// Signs one submission. It only reads `received`: the caller keeps it (zeroised on drop) to
/// re-render a form with the signatory's input.
pub async fn sign(config: &Config, env: &Env, received: &Received) -> EdgeResult<Accepted> {
    let now = clock::now()?;
    // Submitted to the Commission or withdrawn: the collection is over, whatever its end date.
    if config.retention.collection_over(now.date()) {
        return Err(EdgeError::CollectionClosed(CollectionStatus::Ended));
    }
    let signer = Signer {
        validator: Validator {
            rules: config.rules,
            initiative: &config.initiative,
            now,
        },
        public_key: &config.public_key,
        shards: config.shards,
    };
    let id = StatementId::generate().map_err(|e| EdgeError::Internal(e.to_string()))?;
    // A wallet's answer is verified first; its claims then go the way typed fields go.
    let from_wallet = match &received.wallet {
        Some(answer) => Some(
            crate::wallet::verified_submission(
                config,
                answer,
                &received.raw,
                &received.origin,
                now,
            )
            .await?,
        ),
        None => None,
    };
    let raw = from_wallet.as_ref().map_or(&received.raw, |(raw, _)| raw);
    let mut validated = signer.validate(raw, id).map_err(|e| match e {
        ocs_core::ValidationError::CollectionNotOpen(status) => EdgeError::CollectionClosed(status),
        ocs_core::ValidationError::Invalid(errors) => EdgeError::Invalid(errors),
    })?;
    validated.statement.verified = from_wallet.map(|(_, verified)| verified);
    bot_check::check(
        config,
        &received.bot_token,
        &received.client,
        &received.host,
    )
    .await?;
    // After the retention sweep the key is gone for good: nothing can be signed any more. The
    // first signature of an isolate also has the vault check this deployment's settings
    // against the collection's (recorded at its first signature).
    let Some(secret) = VaultClient::new(env)?
        .signing_secret(&crate::vault::Settings::of(config))
        .await?
    else {
        return Err(EdgeError::CollectionClosed(CollectionStatus::Ended));
    };
    let row = signer
        .seal(validated, &secret)
        .map_err(|e| EdgeError::Internal(e.to_string()))?;
    let shard = row.shard;
    match ShardClient::new(env, shard)?
        .append(row, received.partner.clone(), received.fault.clone())
        .await?
    {
        Appended::Stored(receipt) => {
            if let Some(log) = &receipt.log {
                crate::log::learnt(shard, &log.checkpoint);
            }
            Ok(Accepted {
                id: id.to_string(),
                receipt: *receipt,
            })
        }
        Appended::Duplicate => Err(EdgeError::AlreadySupported),
    }
}

/// `POST /api/v1/statements`.
pub async fn post_statement(req: Request, env: &Env, config: &Config) -> EdgeResult<Response> {
    let received = receive(req, env, config).await?;
    let accepted = sign(config, env, &received).await?;
    Ok(Response::from_json(&accepted)?.with_status(201))
}
