//! The signing step and the opening step of ocs-core, per suite, each beside its floors in the
//! same run (docs/performance.md): the raw X25519 computations (and ML-KEM-768 for X-Wing) that
//! any HPKE seal or open must do, libsodium's sealed box (what peer campaign tools use) and age,
//! on the same plaintext. `scripts/bench` reads criterion's estimates and prints the ratios.
#![allow(missing_docs)]

use std::hint::black_box;
use std::io::{Read, Write};

use criterion::{criterion_group, criterion_main, Criterion};
use ocs_bench::{keys, submission};
use ocs_core::dedupe::DedupeSecret;
use ocs_core::envelope::{open, Binding, Purpose};
use ocs_core::signing::Signer;
use ocs_core::{Statement, StatementId, Suite, Validator};

fn random32() -> [u8; 32] {
    let mut b = [0u8; 32];
    getrandom::fill(&mut b).expect("random");
    b
}

/// X25519 with x25519-dalek 3, the implementation `hpke` uses.
fn x25519(c: &mut Criterion) {
    let mut g = c.benchmark_group("floor");
    let secret = x25519_dalek::StaticSecret::from(random32());
    let peer = x25519_dalek::PublicKey::from(&x25519_dalek::StaticSecret::from(random32()));
    g.bench_function("x25519 dh", |b| {
        b.iter(|| black_box(secret.diffie_hellman(black_box(&peer))))
    });
    g.bench_function("x25519 public key", |b| {
        b.iter(|| black_box(x25519_dalek::PublicKey::from(black_box(&secret))))
    });
    g.finish();
}

/// The same X25519 shared secret with the native candidates (docs/performance.md, "Which
/// X25519"): libsodium's `crypto_scalarmult` and OpenSSL's EVP X25519 derive, beside
/// x25519-dalek's above. Each result is checked against x25519-dalek's first.
fn x25519_candidates(c: &mut Criterion) {
    let sk = random32();
    let peer_sk = random32();
    let peer = x25519_dalek::PublicKey::from(&x25519_dalek::StaticSecret::from(peer_sk));
    let expected = x25519_dalek::StaticSecret::from(sk).diffie_hellman(&peer);
    let mut g = c.benchmark_group("candidate");
    // SAFETY (benchmark only): 32-byte buffers as libsodium documents; init is called first.
    #[allow(unsafe_code)]
    unsafe {
        use libsodium_sys as s;
        assert!(s::sodium_init() >= 0);
        let mut out = [0u8; 32];
        assert_eq!(s::crypto_scalarmult(out.as_mut_ptr(), sk.as_ptr(), peer.as_bytes().as_ptr()), 0);
        assert_eq!(&out, expected.as_bytes(), "libsodium agrees with x25519-dalek");
        g.bench_function("libsodium x25519", |b| {
            b.iter(|| {
                s::crypto_scalarmult(out.as_mut_ptr(), black_box(sk.as_ptr()), peer.as_bytes().as_ptr())
            })
        });
    }
    {
        use openssl::derive::Deriver;
        use openssl::pkey::{Id, PKey};
        let ours = PKey::private_key_from_raw_bytes(&sk, Id::X25519).expect("key");
        let theirs = PKey::public_key_from_raw_bytes(peer.as_bytes(), Id::X25519).expect("peer");
        let derive = || {
            let mut d = Deriver::new(&ours).expect("deriver");
            d.set_peer(&theirs).expect("peer");
            d.derive_to_vec().expect("derive")
        };
        assert_eq!(derive(), expected.as_bytes(), "OpenSSL agrees with x25519-dalek");
        g.bench_function("openssl x25519", |b| b.iter(|| black_box(derive())));
    }
    g.finish();
}

fn ml_kem(c: &mut Criterion) {
    use ml_kem::{Decapsulate, Encapsulate, Kem, MlKem768};
    let mut g = c.benchmark_group("floor");
    let (dk, ek) = MlKem768::generate_keypair();
    let (ct, _) = ek.encapsulate();
    g.bench_function("ml-kem-768 encapsulate", |b| {
        b.iter(|| black_box(ek.encapsulate()))
    });
    g.bench_function("ml-kem-768 decapsulate", |b| {
        b.iter(|| black_box(dk.decapsulate(black_box(&ct))))
    });
    g.finish();
}

/// libsodium's `crypto_box_seal` (X25519, XSalsa20-Poly1305), through its C library.
fn sodium(c: &mut Criterion, plaintext: &[u8]) {
    use libsodium_sys as s;
    // SAFETY (benchmark only): buffers are sized as libsodium documents; init is called first.
    #[allow(unsafe_code)]
    unsafe {
        assert!(s::sodium_init() >= 0);
        let mut pk = [0u8; 32];
        let mut sk = [0u8; 32];
        s::crypto_box_keypair(pk.as_mut_ptr(), sk.as_mut_ptr());
        let seal_len = plaintext.len() + s::crypto_box_SEALBYTES as usize;
        let mut sealed = vec![0u8; seal_len];
        let mut opened = vec![0u8; plaintext.len()];
        let mut g = c.benchmark_group("peer");
        g.bench_function("libsodium sealed box seal", |b| {
            b.iter(|| {
                s::crypto_box_seal(
                    sealed.as_mut_ptr(),
                    plaintext.as_ptr(),
                    plaintext.len() as u64,
                    pk.as_ptr(),
                );
            })
        });
        s::crypto_box_seal(
            sealed.as_mut_ptr(),
            plaintext.as_ptr(),
            plaintext.len() as u64,
            pk.as_ptr(),
        );
        g.bench_function("libsodium sealed box open", |b| {
            b.iter(|| {
                let r = s::crypto_box_seal_open(
                    opened.as_mut_ptr(),
                    sealed.as_ptr(),
                    seal_len as u64,
                    pk.as_ptr(),
                    sk.as_ptr(),
                );
                assert_eq!(r, 0);
            })
        });
        g.finish();
        assert_eq!(opened, plaintext);
    }
}

/// age (X25519 recipient, ChaCha20-Poly1305 payload).
fn age(c: &mut Criterion, plaintext: &[u8]) {
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public();
    let encrypt = || {
        let encryptor =
            age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
                .expect("recipients");
        let mut out = Vec::new();
        let mut w = encryptor.wrap_output(&mut out).expect("wrap");
        w.write_all(plaintext).expect("write");
        w.finish().expect("finish");
        out
    };
    let mut g = c.benchmark_group("peer");
    g.bench_function("age encrypt", |b| b.iter(|| black_box(encrypt())));
    let sealed = encrypt();
    g.bench_function("age decrypt", |b| {
        b.iter(|| {
            let d = age::Decryptor::new(&sealed[..]).expect("header");
            let mut r = d
                .decrypt(std::iter::once(&identity as &dyn age::Identity))
                .expect("decrypt");
            let mut out = Vec::new();
            r.read_to_end(&mut out).expect("read");
            out
        })
    });
    g.finish();
}

/// Ours: the signing step (validate → dedupe token → seal) and the opening step (open → AAD
/// check → parse), per suite.
fn ours(c: &mut Criterion) -> Vec<u8> {
    let initiative = ocs_testkit::initiative();
    let raw = submission();
    let secret = DedupeSecret::from_hex(&"5a".repeat(32)).expect("secret");
    let mut plaintext = Vec::new();
    let mut g = c.benchmark_group("ours");
    for suite in Suite::all() {
        let (key, public) = keys(suite);
        let signer = Signer {
            validator: Validator {
                rules: ocs_testkit::rules(),
                initiative: &initiative,
                now: ocs_testkit::NOW,
            },
            public_key: &public,
            shards: 8,
        };
        let id = StatementId::generate().expect("id");
        g.bench_function(format!("sign {}", suite.name()), |b| {
            b.iter(|| black_box(signer.sign(black_box(&raw), id, &secret).expect("signed")))
        });
        let validated = signer.validate(&raw, id).expect("valid");
        plaintext = validated.statement.to_canonical().to_vec();
        let row = signer.seal(validated, &secret).expect("sealed");
        let binding = Binding {
            purpose: Purpose::Statement,
            statement_id: row.id,
            initiative: &initiative.id,
            nationality: &row.nationality,
        };
        g.bench_function(format!("open {}", suite.name()), |b| {
            b.iter(|| {
                let opened = open(key, &binding, black_box(&row.sealed.envelope)).expect("opens");
                black_box(Statement::from_canonical(&opened).expect("parses"))
            })
        });
    }
    g.finish();
    plaintext
}

fn all(c: &mut Criterion) {
    let plaintext = ours(c);
    x25519(c);
    x25519_candidates(c);
    ml_kem(c);
    sodium(c, &plaintext);
    age(c, &plaintext);
}

criterion_group!(benches, all);
criterion_main!(benches);
