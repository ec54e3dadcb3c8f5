//! What the runtime does for the wallet (docs/wallet.md) that the bundle should not carry:
//! ECDSA P-256 verification by WebCrypto and zlib inflation by `DecompressionStream`, each
//! behind one promise.

use js_sys::{Array, Uint8Array};
use ocs_core::wallet::SignatureCheck;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::error::{EdgeError, EdgeResult};

// The checks run in JavaScript, concurrently, behind one promise: an `await` per check in Rust
// would cost the bundle a state machine and glue per step (docs/wallet.md, the bundle).
#[wasm_bindgen(inline_js = r#"
export async function inflateZlib(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
export function verifyP256(keys, signatures, messages) {
  const subtle = crypto.subtle;
  return Promise.all(keys.map(async (raw, i) => {
    try {
      const key = await subtle.importKey(
        "raw", raw, { name: "ECDSA", namedCurve: "P-256" }, false, ["verify"]);
      return await subtle.verify(
        { name: "ECDSA", hash: "SHA-256" }, key, signatures[i], messages[i]);
    } catch (refused) {
      return false;
    }
  }));
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = inflateZlib, catch)]
    fn inflate_zlib(bytes: &Uint8Array) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(js_name = verifyP256, catch)]
    fn verify_p256(
        keys: &Array,
        signatures: &Array,
        messages: &Array,
    ) -> Result<js_sys::Promise, JsValue>;
}

/// Every check by WebCrypto (ECDSA, P-256, SHA-256), which takes the raw key and `r || s` as
/// [`SignatureCheck`] has them; a verdict per check, in order. A key the runtime refuses is a
/// signature that does not verify.
pub async fn verify(checks: &[SignatureCheck]) -> EdgeResult<Vec<bool>> {
    let internal = |e: JsValue| EdgeError::Internal(format!("WebCrypto: {e:?}"));
    let (keys, signatures, messages) = (Array::new(), Array::new(), Array::new());
    for check in checks {
        keys.push(&Uint8Array::from(check.public_key.as_slice()));
        signatures.push(&Uint8Array::from(check.signature.as_slice()));
        messages.push(&Uint8Array::from(check.message.as_slice()));
    }
    let verdicts = JsFuture::from(verify_p256(&keys, &signatures, &messages).map_err(internal)?)
        .await
        .map_err(internal)?;
    Ok(Array::from(&verdicts)
        .iter()
        .map(|verdict| verdict.as_bool() == Some(true))
        .collect())
}

/// Inflates zlib data (RFC 1950) with the runtime's `DecompressionStream("deflate")`.
pub async fn inflate(compressed: &[u8]) -> Result<Vec<u8>, JsValue> {
    let promise = inflate_zlib(&Uint8Array::from(compressed))?;
    Ok(Uint8Array::new(&JsFuture::from(promise).await?).to_vec())
}
