#!/usr/bin/env python3
"""An independent decryptor (and encryptor) for ocs-edge envelopes, written from docs/envelope.md
alone.

It implements RFC 9180 base mode for DHKEM(X25519, HKDF-SHA256) / HKDF-SHA256 / ChaCha20-Poly1305
from the RFC's pseudocode with the `cryptography` package's primitives (no HPKE library), so a
passing test shows that the document, not the Rust code, is enough to open an envelope.

Input (JSON on stdin): {"secret_key_hex": ..., "envelopes": [{"envelope_hex", "purpose",
"statement_id", "initiative", "nationality"}...]}. Output (JSON on stdout): a list with, per
envelope, {"plaintext": utf-8 text} or {"error": reason}.

With {"seal_to_public_key_hex": ..., "statements": [{"plaintext", "purpose", "statement_id",
"initiative", "nationality"}...]} instead, it seals (a fresh ephemeral key each) and outputs the
list of envelopes, hex, so the Rust side can be shown to open what it did not seal.
"""
import hashlib
import hmac
import json
import struct
import sys
import uuid

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives import serialization

MAGIC = b"OCSE"
INFO_LABEL = b"ocs-edge envelope v1"
AAD_LABEL = b"ocs-edge aad v1"
KEM_X25519, KDF_HKDF_SHA256, AEAD_CHACHA20POLY1305 = 0x0020, 0x0001, 0x0003
PURPOSES = {"statement": 1, "contact": 2}


def extract(salt, ikm):
    return hmac.new(salt, ikm, hashlib.sha256).digest()


def expand(prk, info, length):
    out, block, counter = b"", b"", 1
    while len(out) < length:
        block = hmac.new(prk, block + info + bytes([counter]), hashlib.sha256).digest()
        out += block
        counter += 1
    return out[:length]


def labeled_extract(suite_id, salt, label, ikm):
    return extract(salt, b"HPKE-v1" + suite_id + label + ikm)


def labeled_expand(suite_id, prk, label, info, length):
    return expand(prk, struct.pack(">H", length) + b"HPKE-v1" + suite_id + label + info, length)


def raw(public_key):
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def open_envelope(sk_bytes, item):
    env = bytes.fromhex(item["envelope_hex"])
    header, rest = env[:19], env[19:]
    if len(header) < 19 or header[:4] != MAGIC:
        raise ValueError("not an envelope")
    version = header[4]
    kem_id, kdf_id, aead_id = struct.unpack(">HHH", header[5:11])
    key_id = header[11:19]
    if version != 1 or (kem_id, kdf_id, aead_id) != (KEM_X25519, KDF_HKDF_SHA256, AEAD_CHACHA20POLY1305):
        raise ValueError("unsupported version or suite")
    sk = X25519PrivateKey.from_private_bytes(sk_bytes)
    pk_r = raw(sk.public_key())
    if hashlib.sha256(pk_r).digest()[:8] != key_id:
        raise ValueError("sealed to another key")
    enc, ct = rest[:32], rest[32:]

    # DHKEM(X25519, HKDF-SHA256) Decap, RFC 9180 section 4.1.
    kem_suite = b"KEM" + struct.pack(">H", kem_id)
    dh = sk.exchange(X25519PublicKey.from_public_bytes(enc))
    eae_prk = labeled_extract(kem_suite, b"", b"eae_prk", dh)
    shared_secret = labeled_expand(kem_suite, eae_prk, b"shared_secret", enc + pk_r, 32)

    key, base_nonce = key_schedule(header, shared_secret)
    # First (and only) message of the context: sequence number 0, nonce = base_nonce.
    return ChaCha20Poly1305(key).decrypt(base_nonce, ct, aad_of(item))


def key_schedule(header, shared_secret):
    """KeySchedule, mode_base, RFC 9180 section 5.1: the AEAD key and base nonce."""
    suite = b"HPKE" + header[5:11]
    info = INFO_LABEL + header
    psk_id_hash = labeled_extract(suite, b"", b"psk_id_hash", b"")
    info_hash = labeled_extract(suite, b"", b"info_hash", info)
    context = bytes([0]) + psk_id_hash + info_hash
    secret = labeled_extract(suite, shared_secret, b"secret", b"")
    return (labeled_expand(suite, secret, b"key", context, 32),
            labeled_expand(suite, secret, b"base_nonce", context, 12))


def aad_of(item):
    initiative = item["initiative"].encode("utf-8")
    return (AAD_LABEL + bytes([PURPOSES[item["purpose"]]]) + uuid.UUID(item["statement_id"]).bytes
            + item["nationality"].encode("ascii") + struct.pack(">H", len(initiative)) + initiative)


def seal_envelope(pk_r, item):
    """DHKEM(X25519, HKDF-SHA256) Encap (RFC 9180 section 4.1) and a base-mode seal."""
    header = (MAGIC + bytes([1]) + struct.pack(">HHH", KEM_X25519, KDF_HKDF_SHA256, AEAD_CHACHA20POLY1305)
              + hashlib.sha256(pk_r).digest()[:8])
    eph = X25519PrivateKey.generate()
    enc = raw(eph.public_key())
    dh = eph.exchange(X25519PublicKey.from_public_bytes(pk_r))
    kem_suite = b"KEM" + struct.pack(">H", KEM_X25519)
    eae_prk = labeled_extract(kem_suite, b"", b"eae_prk", dh)
    shared_secret = labeled_expand(kem_suite, eae_prk, b"shared_secret", enc + pk_r, 32)
    key, base_nonce = key_schedule(header, shared_secret)
    ct = ChaCha20Poly1305(key).encrypt(base_nonce, item["plaintext"].encode("utf-8"), aad_of(item))
    return header + enc + ct


def main():
    request = json.load(sys.stdin)
    if "seal_to_public_key_hex" in request:
        pk_r = bytes.fromhex(request["seal_to_public_key_hex"])
        json.dump([seal_envelope(pk_r, item).hex() for item in request["statements"]], sys.stdout)
        return
    sk_bytes = bytes.fromhex(request["secret_key_hex"])
    results = []
    for item in request["envelopes"]:
        try:
            results.append({"plaintext": open_envelope(sk_bytes, item).decode("utf-8")})
        except Exception as e:  # report, never crash: the Rust test compares every result
            results.append({"error": type(e).__name__ + ": " + str(e)})
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
