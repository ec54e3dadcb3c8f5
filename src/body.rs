//! A request's body, read within [`MAX_BODY_BYTES`] (a statement's size) however it is sent.

use futures_util::StreamExt;
use ocs_core::statement::MAX_BODY_BYTES;
use worker::Request;
use zeroize::Zeroizing;

use crate::error::{EdgeError, EdgeResult};

/// The body, refused unread when its `content-length` passes [`MAX_BODY_BYTES`] (the client
/// then gets its answer before it has sent the rest), and as soon as it passes it while it
/// streams in: a chunked body, or one whose `content-length` lies, is never read whole.
pub async fn read_capped(req: &mut Request) -> EdgeResult<Zeroizing<Vec<u8>>> {
    refuse_declared_too_large(req)?;
    let mut body = Zeroizing::new(Vec::new());
    let Ok(mut stream) = req.stream() else {
        return Ok(body); // No body at all.
    };
    while let Some(chunk) = stream.next().await {
        let chunk = Zeroizing::new(chunk?);
        if body.len() + chunk.len() > MAX_BODY_BYTES {
            return Err(EdgeError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// Refuses a body whose `content-length` passes [`MAX_BODY_BYTES`], before reading any of it.
pub fn refuse_declared_too_large(req: &Request) -> EdgeResult<()> {
    let declared = req
        .headers()
        .get("content-length")?
        .and_then(|l| l.parse::<usize>().ok());
    if declared.is_some_and(|l| l > MAX_BODY_BYTES) {
        return Err(EdgeError::TooLarge);
    }
    Ok(())
}
