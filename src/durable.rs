//! What the Durable Objects' typed clients and the objects share: one JSON request per call to
//! the object's `fetch`, and one JSON answer (or a 500 with the reason).

use serde::de::DeserializeOwned;
use serde::Serialize;
use worker::{Method, Request, RequestInit, Response, Stub};

use crate::error::{EdgeError, EdgeResult};

/// Sends `request` as JSON to the object behind `stub` and reads its JSON answer. `url` names
/// nothing (a Durable Object's `fetch` needs one); `what` names the object in errors.
pub async fn call<Req: Serialize, Ans: DeserializeOwned>(
    stub: &Stub,
    url: &str,
    request: &Req,
    what: &str,
) -> EdgeResult<Ans> {
    let body = serde_json::to_string(request)
        .map_err(|e| EdgeError::Internal(format!("{what} request: {e}")))?;
    let mut init = RequestInit::new();
    init.with_method(Method::Post).with_body(Some(body.into()));
    // A Durable Object that does not answer is passing trouble (overload, a restart, a network
    // fault): the client is told to try again, never that its request was wrong.
    let mut response = stub
        .fetch_with_request(Request::new_with_init(url, &init)?)
        .await
        .map_err(|e| EdgeError::Unavailable(format!("{what}: {e}")))?;
    if response.status_code() != 200 {
        // The object ran and refused: a fault of ours, logged as such.
        let why = response.text().await.unwrap_or_default();
        return Err(EdgeError::Internal(format!(
            "{what} answered {}: {why}",
            response.status_code()
        )));
    }
    // Parsed in Rust, not by the runtime's JSON.parse: a u64 must stay exact.
    let text = response
        .text()
        .await
        .map_err(|e| EdgeError::Unavailable(format!("{what}: unreadable answer: {e}")))?;
    serde_json::from_str(&text)
        .map_err(|e| EdgeError::Internal(format!("{what}: unreadable answer: {e}")))
}

/// Inside an object: the call a client sent, or the 400 to answer.
pub async fn read_call<Req: DeserializeOwned>(
    req: &mut Request,
    what: &str,
) -> Result<Req, worker::Result<Response>> {
    // Parsed in Rust, not by the runtime's JSON.parse, which turns numbers over 2^53 into
    // floats (a `?after=` near u64::MAX became a 500).
    let text = match req.text().await {
        Ok(text) => text,
        Err(e) => {
            return Err(Response::error(
                format!("unreadable {what} request: {e}"),
                400,
            ))
        }
    };
    serde_json::from_str(&text)
        .map_err(|e| Response::error(format!("not a {what} request: {e}"), 400))
}

/// Inside an object: the answer, or a 500 naming the fault (never personal data: objects hold
/// only ciphertext and counts).
pub fn reply(answer: EdgeResult<Response>, what: &str) -> worker::Result<Response> {
    answer.or_else(|e| Response::error(format!("{what}: {e}"), 500))
}

/// Runs `work` in one SQLite transaction of an object's storage (`transactionSync`): if it
/// fails, every write it made is rolled back, so no request leaves part of its writes behind.
/// `work` must not await (it runs inside the runtime's synchronous callback).
pub fn transaction<T: 'static>(
    storage: &worker::Storage,
    work: impl FnOnce() -> EdgeResult<T> + 'static,
) -> EdgeResult<T> {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};

    let raw: &JsValue = storage.as_raw().as_ref();
    let method = js_sys::Reflect::get(raw, &"transactionSync".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or_else(|| EdgeError::Internal("storage has no transactionSync".into()))?;
    let outcome: Rc<RefCell<Option<EdgeResult<T>>>> = Rc::new(RefCell::new(None));
    let slot = outcome.clone();
    // Throwing from the callback is what makes the runtime roll the transaction back.
    let callback: Closure<dyn FnMut() -> Result<JsValue, JsValue>> =
        Closure::once_aborting(move || {
            let result = work();
            let failed = result.is_err();
            *slot.borrow_mut() = Some(result);
            if failed {
                Err(JsValue::from_str("rolled back"))
            } else {
                Ok(JsValue::UNDEFINED)
            }
        });
    let called = method.call1(raw, callback.as_ref());
    let result = outcome.borrow_mut().take();
    match (called, result) {
        (_, Some(Err(e))) => Err(e),
        (Ok(_), Some(Ok(value))) => Ok(value),
        (Err(e), _) => Err(EdgeError::Internal(format!(
            "transaction: {}",
            e.as_string().unwrap_or_else(|| "failed to commit".into())
        ))),
        (Ok(_), None) => Err(EdgeError::Internal("transaction: did not run".into())),
    }
}
