#!/usr/bin/env python3
"""Known-answer vectors for the ledger chain (docs/ledger.md) and the dedupe token and shard rule
(docs/dedupe.md), computed from those documents with Python's standard library alone: no code of
ocs-edge runs here. crates/core/tests/vectors.rs checks the Rust implementation against the
output; with the `interop` feature it also runs this script and checks the committed file is
what it prints.

Usage: python3 crates/core/tests/vectors/generate.py > crates/core/tests/vectors/ledger-dedupe.json
"""

import hashlib
import hmac
import json
import struct
import unicodedata
import uuid

INITIATIVE = "ECI(2026)000001"
DEDUPE_KEY = bytes(range(32))
US = "\x1f"

# --- dedupe (docs/dedupe.md) ------------------------------------------------------------------

SPELLED_OUT = {"ς": "σ", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ø": "o", "ł": "l", "đ": "d",
               "ð": "d", "ı": "i", "ħ": "h", "ŧ": "t"}


def fold(name):
    """NFKD, combining marks removed, lower case, letters without a decomposition spelled out,
    everything but letters and digits removed."""
    decomposed = unicodedata.normalize("NFKD", name)
    no_marks = "".join(c for c in decomposed if not unicodedata.combining(c))
    lower = no_marks.lower()
    spelled = "".join(SPELLED_OUT.get(c, c) for c in lower)
    return "".join(c for c in spelled if c.isalnum())


def compact(number):
    """Upper case, without spaces, '-', '.', '/', '+'."""
    return "".join(c for c in number.upper() if c not in " -./+")


def identity_b(nationality, document_class, number):
    if nationality == "SE":
        number = number[-10:]  # a personnummer reduced to its last ten digits
    return US.join(["ocs-edge/dedupe/v1", INITIATIVE, nationality, "B", document_class, number])


def identity_a(nationality, first, family, born):
    return US.join(["ocs-edge/dedupe/v1", INITIATIVE, nationality, "A", fold(first),
                    fold(family), born])


def token(identity):
    return hmac.new(DEDUPE_KEY, identity.encode(), hashlib.sha256).digest()


def shard(tok, shards):
    return struct.unpack(">I", tok[:4])[0] % shards


# (submission as a client sends it, document class from the ruleset for Part B)
DEDUPE_CASES = [
    ({"nationality": "RO", "id_type": "personal.id", "id_number": "1630615123457"}, "personal"),
    ({"nationality": "PL", "id_type": "national.id.number", "id_number": "44051401359"},
     "personal"),
    ({"nationality": "SE", "id_type": "personal.number", "id_number": "19610116-4546"},
     "personal"),
    ({"nationality": "SE", "id_type": "personal.number", "id_number": "610116-4546"}, "personal"),
    ({"nationality": "AT", "id_type": "passport", "id_number": "p 123.4567"}, "passport"),
    ({"nationality": "DE", "full_first_names": "Anna Maria",
      "family_names": "Müller-Lüdenscheidt", "date_of_birth": "1990-01-15"}, None),
    ({"nationality": "FR", "full_first_names": "Łukasz  O'Brien-Núñez",
      "family_names": "Straße Œuvre", "date_of_birth": "1985-12-31"}, None),
    ({"nationality": "GR", "full_first_names": "Γιώργος", "family_names": "Παπαδόπουλος",
      "date_of_birth": "1970-07-07"}, None),
]

SHARD_COUNTS = [1, 4, 8, 16, 1000]


def dedupe_vectors():
    out = []
    for submission, document_class in DEDUPE_CASES:
        nationality = submission["nationality"]
        if document_class is None:
            identity = identity_a(nationality, submission["full_first_names"],
                                  submission["family_names"], submission["date_of_birth"])
        else:
            identity = identity_b(nationality, document_class, compact(submission["id_number"]))
        tok = token(identity)
        out.append({
            "submission": submission,
            "identity": identity,
            "token": tok.hex(),
            "shards": {str(n): shard(tok, n) for n in SHARD_COUNTS},
        })
    return out


# --- ledger chain (docs/ledger.md, version 2) -------------------------------------------------

def u32(n):
    return struct.pack(">I", n)


def u64(n):
    return struct.pack(">Q", n)


def with_len(b):
    return u64(len(b)) + b


def genesis(shard_no):
    return hashlib.sha256(b"ocs-edge chain genesis v1" + with_len(INITIATIVE.encode())
                          + u32(shard_no)).digest()


def sealed_digest(tok, envelope, contact):
    data = b"ocs-edge sealed v1" + tok + with_len(envelope)
    data += b"\x00" if contact is None else b"\x01" + with_len(contact)
    return hashlib.sha256(data).digest()


def chain(prev, shard_no, seq, statement_id, submitted_at, nationality, sealed):
    return hashlib.sha256(b"ocs-edge chain v2" + prev + u32(shard_no) + u64(seq) + statement_id
                          + with_len(submitted_at.encode()) + with_len(nationality.encode())
                          + sealed).digest()


def ledger_vectors():
    shard_no = 3
    prev = genesis(shard_no)
    rows = []
    for seq in range(1, 5):
        # A UUID v4 (version and variant bits set), as every statement id is.
        statement_id = uuid.UUID(bytes=bytes([0x10 + seq] * 16), version=4).bytes
        submitted_at = f"2026-11-22T12:00:0{seq}Z"
        nationality = ["DE", "PL", "FR", "IE"][seq - 1]
        tok = hashlib.sha256(b"token" + bytes([seq])).digest()
        envelope = bytes([seq]) * (40 + seq)
        contact = bytes([0xC0 + seq]) * 20 if seq % 2 == 0 else None
        sealed = sealed_digest(tok, envelope, contact)
        row = {
            "seq": seq, "id": statement_id.hex(), "submitted_at": submitted_at,
            "nationality": nationality, "token": tok.hex(), "envelope": envelope.hex(),
            "contact": None if contact is None else contact.hex(), "sealed": sealed.hex(),
        }
        prev = chain(prev, shard_no, seq, statement_id, submitted_at, nationality, sealed)
        row["chain"] = prev.hex()
        rows.append(row)
    return {"initiative": INITIATIVE, "shard": shard_no, "genesis": genesis(shard_no).hex(),
            "rows": rows}


if __name__ == "__main__":
    print(json.dumps({
        "generated_by": "crates/core/tests/vectors/generate.py (Python standard library only)",
        "dedupe_key": DEDUPE_KEY.hex(),
        "initiative": INITIATIVE,
        "dedupe": dedupe_vectors(),
        "ledger": ledger_vectors(),
    }, indent=1, ensure_ascii=False))
