//! The page catalogues and country names, read from the static assets (`static/locales/{code}.ftl`
//! and `static/locales/regions/{code}.ftl`, the core's `locales/` files) once per isolate: the worker's WebAssembly leaves them out, which keeps
//! 24 languages' texts (an eighth of the compressed bundle) out of every isolate's start.

use ocs_core::i18n::{Lang, Texts};
use worker::Env;

use crate::error::{EdgeError, EdgeResult};

/// The assets binding (wrangler.toml `[assets]`).
const ASSETS: &str = "ASSETS";

/// Makes the texts of `lang`, English behind them, and the country names of `lang` available to
/// the page renderers.
pub async fn ensure(env: &Env, lang: Lang) -> EdgeResult<()> {
    // English first: the other language takes it as its fallback when provided.
    for lang in [Lang::ENGLISH, lang] {
        if Texts::available(lang) {
            continue;
        }
        Texts::provide(lang, &asset(env, lang.code()).await?);
    }
    if !Texts::regions_available(lang) {
        Texts::provide_regions(
            lang,
            &asset(env, &format!("regions/{}", lang.code())).await?,
        );
    }
    Ok(())
}

/// The text of `static/locales/{name}.ftl`.
async fn asset(env: &Env, name: &str) -> EdgeResult<String> {
    // The host is never contacted: an assets binding serves by path.
    let url = format!("https://assets.invalid/locales/{name}.ftl");
    let mut response = env.assets(ASSETS)?.fetch(url, None).await?;
    if response.status_code() != 200 {
        return Err(EdgeError::Internal(format!(
            "{name}.ftl: assets answered {}",
            response.status_code()
        )));
    }
    Ok(response.text().await?)
}
