//! The floor of opening one envelope: one X25519 shared-secret computation with the
//! implementation the opening KEM uses (x25519-dalek, crates/core/src/receiver.rs), timed on
//! this machine in the same run as the export it is compared with (`scripts/bench`).
//!
//! The export opens envelopes on every core at once, and a core computes more slowly while its
//! neighbours are busy too (shared caches, power): so the floor is timed the same way, one thread
//! per core each timing its own rounds, beside the same computation on one core with the others
//! idle. Prints the medians over rounds, in microseconds, as
//! `x25519 µs <median, every core busy> alone <median, one core>`.
//!
//! usage: x25519_floor [ROUNDS]

use std::hint::black_box;
use std::time::Instant;

/// Shared secrets per timed round.
const PER_ROUND: u32 = 2000;

fn rounds_of(rounds: usize, seed: [u8; 64]) -> Vec<f64> {
    let (secret, peer) = seed.split_at(32);
    let mut bytes = [0u8; 32];
    bytes.copy_from_slice(secret);
    let secret = x25519_dalek::StaticSecret::from(bytes);
    bytes.copy_from_slice(peer);
    let peer = x25519_dalek::PublicKey::from(&x25519_dalek::StaticSecret::from(bytes));
    (0..rounds)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..PER_ROUND {
                black_box(secret.diffie_hellman(black_box(&peer)));
            }
            start.elapsed().as_secs_f64() * 1e6 / f64::from(PER_ROUND)
        })
        .collect()
}

fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(f64::total_cmp);
    times.get(times.len() / 2).copied().unwrap_or(f64::NAN)
}

fn main() -> anyhow::Result<()> {
    let rounds: usize = std::env::args().nth(1).map_or(Ok(31), |s| s.parse())?;
    let mut seed = [0u8; 64];
    getrandom::fill(&mut seed).map_err(|e| anyhow::anyhow!("{e}"))?;
    let alone = median(rounds_of(rounds, seed));
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let busy = std::thread::scope(|scope| {
        let threads: Vec<_> = (0..cores)
            .map(|_| scope.spawn(move || rounds_of(rounds, seed)))
            .collect();
        threads
            .into_iter()
            .map(|t| {
                t.join()
                    .map_err(|_| anyhow::anyhow!("a timing thread failed"))
            })
            .collect::<anyhow::Result<Vec<Vec<f64>>>>()
    })?;
    let busy = median(busy.into_iter().flatten().collect());
    println!("x25519 µs {busy:.2} alone {alone:.2}");
    Ok(())
}
