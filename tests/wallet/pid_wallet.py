#!/usr/bin/env python3
"""A test PID provider and wallet the collector did not write (docs/wallet.md, "Tests").

The PID provider issues SD-JWT VC PIDs (`urn:eudi:pid:1`, the PID Rulebook's claims) with the
OpenWallet Foundation's SD-JWT implementation (PyPI `sd-jwt`), signed under a test trust anchor
made here with PyPI `cryptography`. The wallet answers an OpenID4VP DC API request as a wallet
does: it reads the DCQL query, discloses the first claim set its PID can satisfy (never more),
and binds the presentation to the request's nonce and the page's origin.

Reads one JSON document on standard input:
  {"origin": "http://127.0.0.1:8787", "now": 1765000000,
   "anchor": {"certificate": "<PEM path>", "key": "<PEM path>"}   (optional: the published
             test anchor, crates/core/data/wallet-test-anchor.pem; else one made for the run),
   "cases": [{"id": "...", "request": <the worker's DC API request>,
              "person": {PID claims}, "faults": ["..."]}]}
and writes {"anchors_pem": "...", "answers": {"<id>": {"vp_token": {...}}}}.

Faults (each breaks one thing a verifier must check): untrusted_issuer, expired_certificate,
expired_pid, tampered_credential, forged_disclosure, wrong_nonce, wrong_audience,
stale_binding, foreign_holder_key, no_key_binding, not_pid, withhold_birthdate; and, with
"status": {"dir": "<folder>", "base": "<URL the folder is served at>"} in the job, every PID
points to its provider's Token Status List (written into the folder, one file per country, 2-bit
statuses: index 3 valid, 7 revoked, 8 suspended): revoked, suspended, status_list_missing,
status_list_forged (the list signed by a key the anchor never certified).
"""

STATUS_INDEX = {"revoked": 7, "suspended": 8}


def status_list(authorities, country, uri, now, forged=False):
    """A Token Status List token for `country`'s provider: 2 bits per status, LSB first."""
    statuses = [0] * 16
    statuses[7], statuses[8] = 1, 2
    packed = bytearray(len(statuses) // 4)
    for index, status in enumerate(statuses):
        packed[index // 4] |= status << (2 * (index % 4))
    key, x5c = authorities.provider(country)
    if forged:
        key = JWK.generate(kty="EC", crv="P-256")
    from jwcrypto.jws import JWS

    jws = JWS(payload=json.dumps({
        "sub": uri,
        "iat": now,
        "ttl": 300,
        "status_list": {"bits": 2, "lst": b64url(zlib.compress(bytes(packed)))},
    }))
    jws.add_signature(key, alg="ES256", protected=json.dumps(
        {"alg": "ES256", "typ": "statuslist+jwt", "x5c": [x5c]}))
    return jws.serialize(compact=True)

import base64
import datetime
import hashlib
import json
import os
import sys
import time
import zlib

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from jwcrypto.jwk import JWK
from sd_jwt.common import SDObj
from sd_jwt.holder import SDJWTHolder
from sd_jwt.issuer import SDJWTIssuer

SD_JWT_FORMAT = "dc+sd-jwt"


def name(common_name, country):
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, country),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "ocs-edge test PID providers"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def certificate(subject, key, issuer, issuer_key, ca, not_before, not_after):
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    return builder.sign(issuer_key, hashes.SHA256())


class Authorities:
    """The test trust anchor (made for this run, or the published one a collector on this
    machine trusts), a rogue CA no one trusts, and a PID provider per country."""

    def __init__(self, now, published=None):
        self.now = now
        start = now - datetime.timedelta(days=30)
        end = now + datetime.timedelta(days=3650)
        if published:
            with open(published["key"], "rb") as key:
                self.anchor_key = serialization.load_pem_private_key(key.read(), None)
            with open(published["certificate"], "rb") as pem:
                self.anchor = x509.load_pem_x509_certificate(pem.read())
            self.anchor_name = self.anchor.subject
            end = min(end, self.anchor.not_valid_after_utc)
        else:
            self.anchor_key = ec.generate_private_key(ec.SECP256R1())
            self.anchor_name = name("ocs-edge TEST PID trust anchor", "EU")
            self.anchor = certificate(
                self.anchor_name, self.anchor_key, self.anchor_name, self.anchor_key, True, start, end
            )
        # The rogue CA has the same name as the anchor: only the signature tells them apart.
        self.rogue_key = ec.generate_private_key(ec.SECP256R1())
        self.providers = {}
        self.start, self.end = start, end

    def provider(self, country, fault=None):
        key = (country, fault)
        if key not in self.providers:
            signing_key = ec.generate_private_key(ec.SECP256R1())
            ca_key = self.rogue_key if fault == "untrusted_issuer" else self.anchor_key
            not_after = self.end
            if fault == "expired_certificate":
                not_after = self.now - datetime.timedelta(days=1)
            cert = certificate(
                name(f"Test PID Provider {country}", country),
                signing_key,
                self.anchor_name,
                ca_key,
                False,
                self.start,
                not_after,
            )
            der = cert.public_bytes(serialization.Encoding.DER)
            pem = signing_key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
            self.providers[key] = (JWK.from_pem(pem), base64.b64encode(der).decode())
        return self.providers[key]

    def anchors_pem(self):
        return self.anchor.public_bytes(serialization.Encoding.PEM).decode()


def selectively_disclosable(person):
    """The PID's claims, every one selectively disclosable, as a PID provider issues them."""
    claims = {}
    for claim, value in person.items():
        if claim in ("issuing_country",):
            claims[claim] = value
        elif claim == "nationalities":
            claims[SDObj(claim)] = [SDObj(code) for code in value]
        elif isinstance(value, dict):
            claims[SDObj(claim)] = {SDObj(k): v for k, v in value.items()}
        else:
            claims[SDObj(claim)] = value
    return claims


def has_path(person, path):
    value = person
    for step in path:
        if not isinstance(value, dict) or step not in value:
            return False
        value = value[step]
    return True


def disclosure_choice(query, person):
    """What to disclose: the first claim set (in the verifier's order) the PID satisfies."""
    paths = {claim["id"]: claim["path"] for claim in query["claims"]}
    for claim_set in query.get("claim_sets", [list(paths)]):
        if all(has_path(person, paths[claim_id]) for claim_id in claim_set):
            chosen = {}
            for claim_id in claim_set:
                path = paths[claim_id]
                target = chosen
                for step in path[:-1]:
                    target = target.setdefault(step, {})
                last = path[-1]
                value = person
                for step in path:
                    value = value[step]
                target[last] = [True] * len(value) if isinstance(value, list) else True
            return chosen
    return None


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def answer(case, authorities, origin, now, status=None):
    faults = set(case.get("faults", []))
    person = case["person"]
    request = case["request"]["data"]
    query = next(
        q for q in request["dcql_query"]["credentials"] if q["format"] == SD_JWT_FORMAT
    )
    country = person.get("issuing_country", "EU")
    fault = next(iter(faults & {"untrusted_issuer", "expired_certificate"}), None)
    issuer_key, x5c = authorities.provider(country, fault)
    holder_key = JWK.generate(kty="EC", crv="P-256")

    claims = selectively_disclosable(person)
    claims["vct"] = "urn:eu.europa.ec.eudi:ehic:1" if "not_pid" in faults else "urn:eudi:pid:1"
    if status:
        name = f"{country}-{case['id']}" if faults & {"status_list_forged", "status_list_missing"} else country
        uri = f"{status['base']}/{name}"
        index = next((STATUS_INDEX[f] for f in faults if f in STATUS_INDEX), 3)
        claims["status"] = {"status_list": {"idx": index, "uri": uri}}
        if "status_list_missing" not in faults:
            with open(os.path.join(status["dir"], name), "w") as out:
                out.write(status_list(authorities, country, uri, now, "status_list_forged" in faults))
    claims["iat"] = now - 3600
    claims["exp"] = now - 60 * 60 * 24 if "expired_pid" in faults else now + 60 * 60 * 24 * 90
    issuance = SDJWTIssuer(
        claims,
        issuer_key,
        holder_key,
        sign_alg="ES256",
        add_decoy_claims=True,
        extra_header_parameters={"typ": SD_JWT_FORMAT, "x5c": [x5c]},
    ).sd_jwt_issuance

    chosen = disclosure_choice(query, person)
    if chosen is None:
        return {"error": "the PID cannot satisfy the request"}
    if "withhold_birthdate" in faults:
        chosen.pop("birthdate", None)
    nonce = "bm90LXRoZS1yZXF1ZXN0cy1ub25jZQ" if "wrong_nonce" in faults else request["nonce"]
    audience = "origin:https://elsewhere.example" if "wrong_audience" in faults else f"origin:{origin}"
    binding_key = JWK.generate(kty="EC", crv="P-256") if "foreign_holder_key" in faults else holder_key
    holder = SDJWTHolder(issuance)
    if "no_key_binding" in faults:
        holder.create_presentation(chosen)
    else:
        holder.create_presentation(chosen, nonce, audience, binding_key, "ES256")
    presentation = holder.sd_jwt_presentation

    if "stale_binding" in faults:
        presentation = restamp_binding(presentation, binding_key, now - 3600)
    if "tampered_credential" in faults:
        presentation = tamper_credential(presentation, binding_key, nonce, audience)
    if "forged_disclosure" in faults:
        presentation = forge_disclosure(presentation, binding_key, nonce, audience)
    return {"vp_token": {query["id"]: [presentation]}}


def sign_binding(payload, key):
    from jwcrypto.jws import JWS

    jws = JWS(payload=json.dumps(payload))
    jws.add_signature(key, alg="ES256", protected=json.dumps({"alg": "ES256", "typ": "kb+jwt"}))
    return jws.serialize(compact=True)


def binding_payload(presentation):
    body = presentation.rsplit("~", 1)[1].split(".")[1]
    return json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))


def restamp_binding(presentation, key, issued_at):
    payload = binding_payload(presentation)
    payload["iat"] = issued_at
    signed_part = presentation.rsplit("~", 1)[0] + "~"
    return signed_part + sign_binding(payload, key)


def tamper_credential(presentation, key, nonce, audience):
    """Rewrites the issuer-signed payload (a later expiry), keeps the issuer's old signature,
    and binds the result properly (so only the issuer signature check can catch it)."""
    jwt, rest = presentation.split("~", 1)
    header, body, signature = jwt.split(".")
    payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    payload["exp"] += 60 * 60 * 24 * 365
    jwt = ".".join([header, b64url(json.dumps(payload).encode()), signature])
    return rebind((jwt + "~" + rest).split("~"), key, nonce, audience)


def forge_disclosure(presentation, key, nonce, audience):
    """Swaps in a disclosure of another family name the issuer never signed, and binds the
    forged presentation properly (so only the digest check can catch it)."""
    parts = presentation.split("~")
    for position, disclosure in enumerate(parts[1:-1], start=1):
        decoded = json.loads(base64.urlsafe_b64decode(disclosure + "=" * (-len(disclosure) % 4)))
        if len(decoded) == 3 and decoded[1] == "family_name":
            decoded[2] = "Forged"
            parts[position] = b64url(json.dumps(decoded).encode())
    return rebind(parts, key, nonce, audience)


def rebind(parts, key, nonce, audience):
    """A fresh key binding over the presentation's parts (its old binding, last, dropped)."""
    signed_part = "~".join(parts[:-1]) + "~"
    payload = {
        "nonce": nonce,
        "aud": audience,
        "iat": int(time.time()),
        "sd_hash": b64url(hashlib.sha256(signed_part.encode()).digest()),
    }
    return signed_part + sign_binding(payload, key)


def main():
    job = json.load(sys.stdin)
    now = job.get("now", int(time.time()))
    authorities = Authorities(
        datetime.datetime.fromtimestamp(now, datetime.timezone.utc), job.get("anchor")
    )
    status = job.get("status")
    answers = {
        case["id"]: answer(case, authorities, job["origin"], now, status) for case in job["cases"]
    }
    json.dump({"anchors_pem": authorities.anchors_pem(), "answers": answers}, sys.stdout)


if __name__ == "__main__":
    main()
