#!/usr/bin/env python3
"""A test PID provider and wallet the collector did not write (docs/wallet.md, "Tests").

The PID provider issues SD-JWT VC PIDs (`urn:eudi:pid:1`, the PID Rulebook's claims) with the
OpenWallet Foundation's SD-JWT implementation (PyPI `sd-jwt`), and mdoc PIDs
(`eu.europa.ec.eudi.pid.1`) with PyPI `pymdoccbor` (the MSO, its COSE signature and the
element digests), signed under a test trust anchor made here with PyPI `cryptography`. The
wallet answers an OpenID4VP DC API request as a wallet does: it reads the DCQL query, discloses
the first claim set its PID can satisfy (never more), and binds the presentation to the
request's nonce and the page's origin: a key binding JWT for the SD-JWT VC, a device signature
(PyPI `pycose`) over the DC API session transcript for the mdoc.

Reads one JSON document on standard input:
  {"origin": "http://127.0.0.1:8787", "now": 1765000000,
   "anchor": {"certificate": "<PEM path>", "key": "<PEM path>"}   (optional: the published
             test anchor, crates/core/data/wallet-test-anchor.pem; else one made for the run),
   "cases": [{"id": "...", "request": <the worker's DC API request>,
              "person": {PID claims}, "faults": ["..."],
              "format": "dc+sd-jwt" (the default) or "mso_mdoc"}]}
and writes {"anchors_pem": "...", "answers": {"<id>": {"vp_token": {...}}}}.

A case with "seal": "<presentation>" (and "request") returns that presentation encrypted as the
request asks, whatever it holds.

Where the request asks for it (`dc_api.jwt`), the answer is {"response": "<JWE>"}, encrypted with
jwcrypto to the request's key (fault `unencrypted`: in the clear anyway; `a256gcm`: A256GCM
instead of A128GCM, a valid choice).

Faults (each breaks one thing a verifier must check): untrusted_issuer, expired_certificate,
expired_pid, tampered_credential, forged_disclosure, wrong_nonce, wrong_audience,
stale_binding (SD-JWT VC only: an mdoc's device signature carries no time), foreign_holder_key,
no_key_binding, not_pid, withhold_birthdate; and, with
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

import cbor2
from pycose.headers import Algorithm
from pycose.algorithms import Es256
from pycose.keys import EC2Key
from pycose.messages import Sign1Message
from pymdoccbor.mdoc.issuer import MdocCborIssuer

SD_JWT_FORMAT = "dc+sd-jwt"
MDOC_FORMAT = "mso_mdoc"
# The mdoc PID's elements, by the SD-JWT VC claim (or address part) they encode.
MDOC_ELEMENTS = {
    "given_name": "given_name", "family_name": "family_name", "birthdate": "birth_date",
    "nationalities": "nationality", "issuing_country": "issuing_country",
}
MDOC_ADDRESS = {
    "street_address": "resident_street", "house_number": "resident_house_number",
    "postal_code": "resident_postal_code", "locality": "resident_city", "country": "resident_country",
}


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
        self.signing_keys = {}
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
            self.signing_keys[key] = (signing_key, der)
        return self.providers[key]

    def provider_key(self, country, fault=None):
        """The provider's key (for pymdoccbor, as a COSE key) and its certificate, DER."""
        self.provider(country, fault)
        signing_key, der = self.signing_keys[(country, fault)]
        return cose_key(signing_key, private=True), der

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


def cose_key(key, private=False):
    numbers = key.public_key().public_numbers()
    cose = {"KTY": "EC2", "CURVE": "P_256", "ALG": "ES256",
            "X": numbers.x.to_bytes(32, "big"), "Y": numbers.y.to_bytes(32, "big")}
    if private:
        cose["D"] = key.private_numbers().private_value.to_bytes(32, "big")
    return cose


def status_reference(case, authorities, country, now, status, faults):
    """Where the PID's status is (and the list written there), or None."""
    if not status:
        return None
    name = f"{country}-{case['id']}" if faults & {"status_list_forged", "status_list_missing"} else country
    uri = f"{status['base']}/{name}"
    index = next((STATUS_INDEX[f] for f in faults if f in STATUS_INDEX), 3)
    if "status_list_missing" not in faults:
        with open(os.path.join(status["dir"], name), "w") as out:
            out.write(status_list(authorities, country, uri, now, "status_list_forged" in faults))
    return {"status_list": {"idx": index, "uri": uri}}


def mdoc_answer(case, authorities, origin, now, status):
    """An mdoc DeviceResponse: pymdoccbor issues the PID; the wallet keeps the elements the
    claim set asks and signs the DC API session transcript with the device key."""
    faults = set(case.get("faults", []))
    person = case["person"]
    request = case["request"]["data"]
    query = next(q for q in request["dcql_query"]["credentials"] if q["format"] == MDOC_FORMAT)
    namespace = query["meta"]["doctype_value"]
    elements = {}
    for claim, value in person.items():
        if claim in MDOC_ELEMENTS:
            elements[MDOC_ELEMENTS[claim]] = value
        elif claim == "address":
            elements.update({MDOC_ADDRESS[k]: v for k, v in value.items()})
        elif claim == "age_equal_or_over":
            elements.update({f"age_over_{age}": over for age, over in value.items()})
    country = person.get("issuing_country", "EU")
    fault = next(iter(faults & {"untrusted_issuer", "expired_certificate"}), None)
    issuer_key, der = authorities.provider_key(country, fault)
    device_key = ec.generate_private_key(ec.SECP256R1())
    today = datetime.datetime.fromtimestamp(now, datetime.timezone.utc).date()
    expiry = today - datetime.timedelta(days=2) if "expired_pid" in faults else today + datetime.timedelta(days=90)
    doctype = "org.iso.18013.5.1.mDL" if "not_pid" in faults else namespace
    mdoc = MdocCborIssuer(private_key=issuer_key, alg="ES256").new(
        data={namespace: elements},
        doctype=doctype,
        validity={"issuance_date": (today - datetime.timedelta(days=1)).isoformat(),
                  "expiry_date": expiry.isoformat()},
        devicekeyinfo=cose_key(device_key),
        x509_chain=[der],
        revocation=status_reference(case, authorities, country, now, status, faults),
    )
    document = mdoc["documents"][0]

    chosen = disclosure_choice(query, {namespace: elements})
    if chosen is None:
        return {"error": "the PID cannot satisfy the request"}
    wanted = set(chosen[namespace])
    if "withhold_birthdate" in faults:
        wanted.discard("birth_date")
    kept = []
    for item in document["issuerSigned"]["nameSpaces"][namespace]:
        element = cbor2.loads(item.value)
        if element["elementIdentifier"] not in wanted:
            continue
        if "forged_disclosure" in faults and element["elementIdentifier"] == "family_name":
            element["elementValue"] = "Forged"
            item = cbor2.CBORTag(24, cbor2.dumps(element))
        kept.append(item)
    document["issuerSigned"]["nameSpaces"] = {namespace: kept}
    if "tampered_credential" in faults:
        issuer_auth = document["issuerSigned"]["issuerAuth"]
        mso = cbor2.loads(cbor2.loads(issuer_auth[2]).value)
        mso["validityInfo"]["validUntil"] = cbor2.CBORTag(0, "2099-12-31T00:00:00Z")
        issuer_auth[2] = cbor2.dumps(cbor2.CBORTag(24, cbor2.dumps(mso)))

    if "no_key_binding" not in faults:
        nonce = "bm90LXRoZS1yZXF1ZXN0cy1ub25jZQ" if "wrong_nonce" in faults else request["nonce"]
        signing_origin = "https://elsewhere.example" if "wrong_audience" in faults else origin
        signer = ec.generate_private_key(ec.SECP256R1()) if "foreign_holder_key" in faults else device_key
        # Encrypted to the collector (dc_api.jwt): the transcript names that key's thumbprint.
        key = response_key(request)
        thumbprint = base64.urlsafe_b64decode(key.thumbprint() + "=") if key else None
        handover = hashlib.sha256(cbor2.dumps([signing_origin, nonce, thumbprint])).digest()
        transcript = [None, None, ["OpenID4VPDCAPIHandover", handover]]
        device_name_spaces = cbor2.CBORTag(24, cbor2.dumps({}))
        authentication = cbor2.dumps(cbor2.CBORTag(24, cbor2.dumps(
            ["DeviceAuthentication", transcript, doctype, device_name_spaces])))
        message = Sign1Message(phdr={Algorithm: Es256}, payload=authentication)
        message.key = EC2Key.from_dict(cose_key(signer, private=True))
        signature = cbor2.loads(message.encode(tag=False))
        # Detached (18013-5 §9.1.3.6): the verifier rebuilds the payload from its own request.
        signature[2] = None
        document["deviceSigned"] = {
            "nameSpaces": device_name_spaces,
            "deviceAuth": {"deviceSignature": signature},
        }
    return seal({"vp_token": {query["id"]: [b64url(cbor2.dumps(mdoc))]}}, request, faults)


def answer(case, authorities, origin, now, status=None):
    if "seal" in case:
        # A presentation made elsewhere (a hostile test's), encrypted as a wallet would send it.
        token = {case.get("query", "pid_mdoc"): [case["seal"]]}
        return seal({"vp_token": token}, case["request"]["data"], set())
    if case.get("format") == MDOC_FORMAT:
        return mdoc_answer(case, authorities, origin, now, status)
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
    reference = status_reference(case, authorities, country, now, status, faults)
    if reference:
        claims["status"] = reference
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
    return seal({"vp_token": {query["id"]: [presentation]}}, request, faults)


def response_key(request):
    """The key the request asks the answer to be encrypted to (`dc_api.jwt`), if it does."""
    if request.get("response_mode") != "dc_api.jwt":
        return None
    return JWK(**request["client_metadata"]["jwks"]["keys"][0])


def seal(answer, request, faults):
    """The answer as the request asks for it: a JWE (ECDH-ES, A128GCM; jwcrypto) to its key, or
    in the clear (and so with the fault `unencrypted`)."""
    key = response_key(request)
    if key is None or "unencrypted" in faults:
        return answer
    from jwcrypto.jwe import JWE

    jwe = JWE(json.dumps(answer), protected=json.dumps(
        {"alg": "ECDH-ES", "enc": "A256GCM" if "a256gcm" in faults else "A128GCM", "kid": key.get("kid")}))
    jwe.add_recipient(key)
    return {"response": jwe.serialize(compact=True)}


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
