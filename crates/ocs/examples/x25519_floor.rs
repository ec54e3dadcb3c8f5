//! The floor of opening one envelope: one X25519 shared-secret computation with the
//! implementation the opening KEM uses (x25519-dalek, crates/core/src/receiver.rs), timed on
//! this machine in the same run as the export it is compared with (`scripts/bench`). Prints the
//! median over rounds, in microseconds, as `x25519 µs <median>`.
//!
//! usage: x25519_floor [ROUNDS]

use std::hint::black_box;
use std::time::Instant;

fn main() -> anyhow::Result<()> {
    let rounds: usize = std::env::args().nth(1).map_or(Ok(31), |s| s.parse())?;
    let mut bytes = [0u8; 64];
    getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut seed = [0u8; 32];
    seed.copy_from_slice(&bytes[..32]);
    let secret = x25519_dalek::StaticSecret::from(seed);
    seed.copy_from_slice(&bytes[32..]);
    let peer = x25519_dalek::PublicKey::from(&x25519_dalek::StaticSecret::from(seed));
    const PER_ROUND: u32 = 2000;
    let mut times: Vec<f64> = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..PER_ROUND {
                black_box(secret.diffie_hellman(black_box(&peer)));
            }
            start.elapsed().as_secs_f64() * 1e6 / f64::from(PER_ROUND)
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let median = times.get(times.len() / 2).copied().unwrap_or(f64::NAN);
    println!("x25519 µs {median:.2}");
    Ok(())
}
