//! The page catalogues, read from the static assets (`static/locales/{code}.ftl`, the core's
//! `locales/` files) once per isolate: the worker's WebAssembly leaves them out, which keeps
//! 24 languages' texts (an eighth of the compressed bundle) out of every isolate's start.

use ocs_core::i18n::{Lang, Texts};
use worker::Env;

use crate::error::{EdgeError, EdgeResult};

/// The assets binding (wrangler.toml `[assets]`).
const ASSETS: &str = "ASSETS";

/// Makes the texts of `lang`, and English behind them, available to the page renderers.
pub async fn ensure(env: &Env, lang: Lang) -> EdgeResult<()> {
    // English first: the other language takes it as its fallback when provided.
    for lang in [Lang::ENGLISH, lang] {
        if Texts::available(lang) {
            continue;
        }
        // The host is never contacted: an assets binding serves by path.
        let url = format!("https://assets.invalid/locales/{}.ftl", lang.code());
        let mut response = env.assets(ASSETS)?.fetch(url, None).await?;
        if response.status_code() != 200 {
            return Err(EdgeError::Internal(format!(
                "catalogue {}: assets answered {}",
                lang.code(),
                response.status_code()
            )));
        }
        Texts::provide(lang, &response.text().await?);
    }
    Ok(())
}
