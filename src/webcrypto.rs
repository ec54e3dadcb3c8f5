//! What the runtime does for the wallet (docs/wallet.md) that the bundle should not carry:
//! ECDSA P-256 verification, ECDH P-256 and AES-GCM by WebCrypto, and zlib inflation by
//! `DecompressionStream`, each behind one promise.

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
export async function ecdhP256(pkcs8, peer) {
  const subtle = crypto.subtle;
  const curve = { name: "ECDH", namedCurve: "P-256" };
  const mine = await subtle.importKey("pkcs8", pkcs8, curve, true, ["deriveBits"]);
  const jwk = await subtle.exportKey("jwk", mine);
  let shared = null;
  if (peer) {
    try {
      const theirs = await subtle.importKey("raw", peer, curve, false, []);
      shared = new Uint8Array(await subtle.deriveBits({ name: "ECDH", public: theirs }, mine, 256));
    } catch (refused) { /* not a point on the curve: the answer does not open */ }
  }
  return [jwk.x, jwk.y, shared];
}
export async function openAesGcm(key, iv, sealed, aad) {
  try {
    const k = await crypto.subtle.importKey("raw", key, "AES-GCM", false, ["decrypt"]);
    return new Uint8Array(await crypto.subtle.decrypt(
      { name: "AES-GCM", iv, additionalData: aad, tagLength: 128 }, k, sealed));
  } catch (refused) {
    return null;
  }
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

    #[wasm_bindgen(js_name = ecdhP256, catch)]
    fn ecdh_p256(pkcs8: &Uint8Array, peer: &JsValue) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(js_name = openAesGcm, catch)]
    fn open_aes_gcm(
        key: &Uint8Array,
        iv: &Uint8Array,
        sealed: &Uint8Array,
        aad: &Uint8Array,
    ) -> Result<js_sys::Promise, JsValue>;

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

/// The public key of the P-256 secret `pkcs8` (the runtime computes it on import), and with
/// `peer` the ECDH shared secret (None when `peer` is not a point of the curve).
pub async fn ecdh(
    pkcs8: &[u8],
    peer: Option<&[u8; 65]>,
) -> EdgeResult<([u8; 65], Option<Vec<u8>>)> {
    let internal = |e: JsValue| EdgeError::Internal(format!("WebCrypto: {e:?}"));
    let peer = peer.map_or(JsValue::NULL, |p| Uint8Array::from(p.as_slice()).into());
    let promise = ecdh_p256(&Uint8Array::from(pkcs8), &peer).map_err(internal)?;
    let answer = Array::from(&JsFuture::from(promise).await.map_err(internal)?);
    let (x, y) = (answer.get(0).as_string(), answer.get(1).as_string());
    let point =
        ocs_core::wallet::response::point_of(&x.unwrap_or_default(), &y.unwrap_or_default())
            .map_err(EdgeError::Wallet)?;
    let shared = answer.get(2);
    let shared = (!shared.is_null()).then(|| Uint8Array::new(&shared).to_vec());
    Ok((point, shared))
}

/// AES-GCM decryption of `sealed` (ciphertext and 128-bit tag) by the runtime; None when it
/// does not authenticate.
pub async fn open_aes_gcm_sealed(
    key: &[u8],
    iv: &[u8],
    sealed: &[u8],
    aad: &[u8],
) -> EdgeResult<Option<zeroize::Zeroizing<Vec<u8>>>> {
    let internal = |e: JsValue| EdgeError::Internal(format!("WebCrypto: {e:?}"));
    let promise = open_aes_gcm(
        &Uint8Array::from(key),
        &Uint8Array::from(iv),
        &Uint8Array::from(sealed),
        &Uint8Array::from(aad),
    )
    .map_err(internal)?;
    let plain = JsFuture::from(promise).await.map_err(internal)?;
    Ok((!plain.is_null()).then(|| zeroize::Zeroizing::new(Uint8Array::new(&plain).to_vec())))
}
