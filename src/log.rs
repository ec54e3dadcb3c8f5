//! The public transparency log (docs/transparency.md): every shard's signed checkpoint and the
//! tiles of its tree, per C2SP tlog-tiles, for anyone to check receipts and audit the count.
//!
//! - `GET /log/` — the log's description: key name, verifier key, shards, tile height;
//! - `GET /log/checkpoint` — every shard's latest signed checkpoint, one after the other;
//! - `GET /log/{shard}/checkpoint` — the shard's latest signed checkpoint (text);
//! - `GET /log/{shard}/tile/{L}/{N}[.p/{W}]` — hash tiles (full ones never change).
//!
//! Everything here is public and served through [`crate::edge_cache`]: checkpoints for
//! [`CHECKPOINT_SECONDS`], tiles for good. A shard is asked for a tile only in a form that never
//! changes (a full tile, or a partial one named by its width), and only for tiles its cached
//! checkpoint says exist; every other partial tile is cut from one of those. A tile beyond the
//! cached tree (a reader saw a newer checkpoint elsewhere) has the shard's checkpoint looked at
//! again, at most once a second per shard. So a flood of any log route reaches a shard at most
//! once per checkpoint period, per second and per tile, per isolate (per data centre on a
//! custom domain), whatever the number of requests.
//!
//! Data tiles (entry bundles) are not served: they would publish every statement's id, time and
//! nationality (docs/transparency.md, "Privacy").

use ocs_core::transparency::Tile;
use worker::{Env, Request, Response};

use crate::config::Config;
use crate::edge_cache::{self, Lifetime, Public};
use crate::error::{EdgeError, EdgeResult};
use crate::request_url::RequestUrl;
use crate::shard::{tree::TILE_HEIGHT, ShardClient};
use crate::vault::VaultClient;

/// How long a checkpoint is served from a cache: a signature becomes visible in the public log
/// within this time (its receipt carries its own checkpoint at once).
pub const CHECKPOINT_SECONDS: u32 = 5;
/// How long the log's description is kept.
const INDEX_SECONDS: u32 = 60;

/// Whether the transparency log is on (`TRANSPARENCY_LOG = "off"` is for measurement only).
pub fn enabled(env: &Env) -> bool {
    !env.var("TRANSPARENCY_LOG")
        .is_ok_and(|v| v.to_string() == "off")
}

/// A shard number as the log's paths write it: decimal, without sign or leading zero (so one
/// shard has one path, and a cache one key per shard).
fn shard_number(segment: &str) -> Option<u32> {
    let n: u32 = segment.parse().ok()?;
    (n.to_string() == segment).then_some(n)
}

/// Routes `/log/…`.
pub async fn route(req: &Request, env: &Env, config: &Config) -> EdgeResult<Response> {
    if !enabled(env) {
        return Err(EdgeError::NotFound);
    }
    let url = RequestUrl::of(req);
    let site = url.origin().to_owned();
    let path = req.path();
    let rest = path.trim_start_matches("/log/");
    let answer = match rest {
        "" | "checkpoint" => {
            let url = format!("{site}{path}");
            if let Some((hit, lifetime, from)) = edge_cache::lookup(&url, &path).await? {
                return edge_cache::respond(&hit, lifetime, from);
            }
            let (fresh, lifetime) = if rest.is_empty() {
                (index(config, env).await?, Lifetime::Seconds(INDEX_SECONDS))
            } else {
                let all = all_checkpoints(&site, config, env).await?;
                (Some(all), Lifetime::Seconds(CHECKPOINT_SECONDS))
            };
            let Some(fresh) = fresh else {
                return Err(EdgeError::NotFound);
            };
            edge_cache::keep(&url, &path, &fresh, lifetime).await?;
            Some(edge_cache::respond(
                &fresh,
                lifetime,
                edge_cache::Source::Origin,
            )?)
        }
        _ => {
            let (shard, rest) = rest.split_once('/').ok_or(EdgeError::NotFound)?;
            let shard = shard_number(shard).ok_or(EdgeError::NotFound)?;
            let shards = VaultClient::new(env)?.shards_ever(config.shards).await?;
            if shard >= shards {
                return Err(EdgeError::NoSuchShard);
            }
            if rest == "checkpoint" {
                checkpoint(&site, env, shard)
                    .await?
                    .map(|(note, lifetime, from)| edge_cache::respond(&note, lifetime, from))
                    .transpose()?
            } else {
                let tile_path = rest.strip_prefix("tile/").ok_or(EdgeError::NotFound)?;
                tile(&site, env, shard, tile_path).await?
            }
        }
    };
    answer.ok_or(EdgeError::NotFound)
}

/// Shard `shard`'s latest checkpoint (from a cache for up to [`CHECKPOINT_SECONDS`]).
async fn checkpoint(
    site: &str,
    env: &Env,
    shard: u32,
) -> EdgeResult<Option<(Public, Lifetime, edge_cache::Source)>> {
    let path = format!("/log/{shard}/checkpoint");
    let url = format!("{site}{path}");
    if let Some(hit) = edge_cache::lookup(&url, &path).await? {
        return Ok(Some(hit));
    }
    let Some(note) = ShardClient::new(env, shard)?.checkpoint().await? else {
        return Ok(None);
    };
    let note = Public::text(note, "text/plain; charset=utf-8", true);
    let lifetime = Lifetime::Seconds(CHECKPOINT_SECONDS);
    edge_cache::keep(&url, &path, &note, lifetime).await?;
    Ok(Some((note, lifetime, edge_cache::Source::Origin)))
}

thread_local! {
    /// When this isolate last asked each shard for its checkpoint past the cache (ms).
    static LOOKED: std::cell::RefCell<Vec<(u32, f64)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The shard's tree size now, asked past the cache at most once a second per shard (so tiles
/// of trees no checkpoint has shown cost at most that); `None` within the second.
async fn newer_size(env: &Env, shard: u32) -> EdgeResult<Option<u64>> {
    let now = js_sys::Date::now();
    let recent = LOOKED.with(|l| {
        let mut looked = l.borrow_mut();
        match looked.iter_mut().find(|(s, _)| *s == shard) {
            Some((_, at)) if now - *at < 1000.0 => true,
            Some((_, at)) => {
                *at = now;
                false
            }
            None => {
                looked.push((shard, now));
                false
            }
        }
    });
    if recent {
        return Ok(None);
    }
    let Some(note) = ShardClient::new(env, shard)?.checkpoint().await? else {
        return Ok(None);
    };
    learnt(shard, &note);
    Ok(size_of(note.as_bytes()))
}

/// The tree size a checkpoint note states (its second line).
fn size_of(note: &[u8]) -> Option<u64> {
    std::str::from_utf8(note).ok()?.lines().nth(1)?.parse().ok()
}

/// Remembers, in this isolate, the checkpoint a signature just made: the signatory's next look
/// at the log sees their statement without waiting for the cache.
pub fn learnt(shard: u32, note: &str) {
    let path = format!("/log/{shard}/checkpoint");
    edge_cache::replace(
        &path,
        Public::text(note, "text/plain; charset=utf-8", true),
        Lifetime::Seconds(CHECKPOINT_SECONDS),
    );
}

/// A tile of shard `shard` (`path` after `tile/`), if the shard's tree holds it.
async fn tile(site: &str, env: &Env, shard: u32, path: &str) -> EdgeResult<Option<Response>> {
    let Ok(wanted) = Tile::from_path(&format!("tile/{TILE_HEIGHT}/{path}")) else {
        return Ok(None);
    };
    if wanted.is_data() {
        return Ok(None);
    }
    let Some((note, ..)) = checkpoint(site, env, shard).await? else {
        return Ok(None);
    };
    let size = size_of(&note.body).ok_or_else(|| EdgeError::Internal("checkpoint".into()))?;
    let source = match source_of(&wanted, size) {
        Some(source) => source,
        // A reader who saw a newer checkpoint (from another isolate) asks for a tile of that
        // tree: this isolate looks at the shard's checkpoint again, at most once a second.
        None => match newer_size(env, shard).await? {
            Some(newer) => match source_of(&wanted, newer) {
                Some(source) => source,
                None => return Ok(None),
            },
            None => return Ok(None),
        },
    };
    let key = format!("/log/{shard}/tile/{source}");
    let url = format!("{site}{key}");
    let (whole, from) = match edge_cache::lookup(&url, &key).await? {
        Some((hit, _, from)) => (hit, from),
        None => {
            let Some(tile) = ShardClient::new(env, shard)?.tile(&source).await? else {
                return Ok(None);
            };
            let bytes =
                hex::decode(&tile.data).map_err(|e| EdgeError::Internal(format!("tile: {e}")))?;
            let whole = Public {
                body: bytes.into(),
                content_type: "application/octet-stream",
                any_origin: true,
            };
            edge_cache::keep(&url, &key, &whole, Lifetime::Immutable).await?;
            (whole, edge_cache::Source::Origin)
        }
    };
    let want = usize::try_from(wanted.width()).unwrap_or(usize::MAX) * 32;
    let Some(cut) = whole.body.get(..want) else {
        return Ok(None);
    };
    let answer = Public {
        body: cut.into(),
        ..whole
    };
    edge_cache::respond(&answer, Lifetime::Immutable, from).map(Some)
}

/// The tile the shard is asked for to answer `wanted` in a tree of `size` leaves: the full tile
/// where there is one, else the partial tile as wide as the tree makes it now. Both never
/// change; `wanted` is cut from them. `None`: the tree holds no such tile.
fn source_of(wanted: &Tile, size: u64) -> Option<String> {
    let shift = u32::from(TILE_HEIGHT).checked_mul(u32::from(wanted.level()))?;
    let level_width = size.checked_shr(shift).unwrap_or(0);
    let start = wanted.level_index().checked_mul(1 << TILE_HEIGHT)?;
    let full = 1u64 << TILE_HEIGHT;
    let available = level_width.checked_sub(start)?.min(full);
    if available == 0 || u64::from(wanted.width()) > available {
        return None;
    }
    let level = wanted.level();
    let index = wanted.level_index();
    Some(if available == full {
        format!("{level}/{}", tlog_index(index))
    } else {
        format!("{level}/{}.p/{available}", tlog_index(index))
    })
}

/// A tile index as tlog-tiles paths write it: groups of three digits, all but the last
/// prefixed with `x` (`x001/x234/067`).
fn tlog_index(index: u64) -> String {
    let digits = index.to_string();
    let padded = format!("{}{digits}", "0".repeat((3 - digits.len() % 3) % 3));
    let groups: Vec<&str> = padded
        .as_bytes()
        .chunks(3)
        .filter_map(|c| std::str::from_utf8(c).ok())
        .collect();
    let last = groups.len().saturating_sub(1);
    groups
        .iter()
        .enumerate()
        .map(|(i, g)| {
            if i < last {
                format!("x{g}")
            } else {
                (*g).to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// `GET /log/checkpoint`: the shards' checkpoints in shard order, separated by a blank line
/// (each verifies on its own; together they are the collection's count), each from its own
/// cache.
async fn all_checkpoints(site: &str, config: &Config, env: &Env) -> EdgeResult<Public> {
    let shards = VaultClient::new(env)?.shards_ever(config.shards).await?;
    let mut notes = Vec::new();
    for shard in 0..shards {
        if let Some((note, ..)) = checkpoint(site, env, shard).await? {
            notes.push(String::from_utf8_lossy(&note.body).into_owned());
        }
    }
    Ok(Public::text(
        notes.join("\n"),
        "text/plain; charset=utf-8",
        true,
    ))
}

/// `GET /log/`: what a client needs to check checkpoints and find the tiles.
async fn index(config: &Config, env: &Env) -> EdgeResult<Option<Public>> {
    let initiative = &config.initiative.id;
    let Some(key) = VaultClient::new(env)?.log_key(initiative).await? else {
        return Ok(None);
    };
    let shards = VaultClient::new(env)?.shards_ever(config.shards).await?;
    let body = serde_json::json!({
        "key_name": ocs_core::transparency::key_name(initiative),
        "verifier_key": key.verifier_key(),
        "shards": shards,
        "origins": (0..shards).map(|s| ocs_core::transparency::origin(initiative, s)).collect::<Vec<_>>(),
        "tile_height": TILE_HEIGHT,
        "leaf": "docs/transparency.md",
    });
    Ok(Some(Public::text(
        body.to_string(),
        "application/json",
        true,
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tile(path: &str) -> Tile {
        Tile::from_path(&format!("tile/8/{path}")).expect("a tile path")
    }

    #[test]
    fn tile_indexes_are_written_as_tlog_tiles_writes_them() {
        for index in [0u64, 7, 999, 1000, 1_234_067, u64::MAX / 256] {
            let t = tile(&format!("0/{}", tlog_index(index)));
            assert_eq!(t.level_index(), index);
            assert_eq!(t.path(), format!("tile/8/0/{}", tlog_index(index)));
        }
    }

    #[test]
    fn only_tiles_of_the_tree_are_asked_for_and_always_in_a_form_that_never_changes() {
        // 600 leaves: level 0 has two full tiles and one of 88; level 1 one of 2.
        assert_eq!(source_of(&tile("0/000"), 600).as_deref(), Some("0/000"));
        assert_eq!(source_of(&tile("0/001.p/5"), 600).as_deref(), Some("0/001"));
        assert_eq!(
            source_of(&tile("0/002.p/88"), 600).as_deref(),
            Some("0/002.p/88")
        );
        assert_eq!(
            source_of(&tile("0/002.p/3"), 600).as_deref(),
            Some("0/002.p/88")
        );
        assert_eq!(source_of(&tile("0/002.p/89"), 600), None);
        assert_eq!(source_of(&tile("0/002"), 600), None);
        assert_eq!(source_of(&tile("0/003.p/1"), 600), None);
        assert_eq!(
            source_of(&tile("1/000.p/2"), 600).as_deref(),
            Some("1/000.p/2")
        );
        assert_eq!(source_of(&tile("1/000.p/3"), 600), None);
        assert_eq!(source_of(&tile("2/000.p/1"), 600), None);
        // Levels far above any tree: nothing, never a shift overflow.
        assert_eq!(source_of(&tile("9/000.p/1"), u64::MAX), None);
        assert_eq!(source_of(&tile("0/000.p/1"), 0), None);
    }

    #[test]
    fn one_path_per_shard() {
        assert_eq!(shard_number("5"), Some(5));
        assert_eq!(shard_number("0"), Some(0));
        for bad in ["05", "+5", "5 ", "", "-1", "99999999999"] {
            assert_eq!(shard_number(bad), None, "{bad}");
        }
    }
}
