#!/usr/bin/env python3
"""Certificates of the shapes a PID provider's chain may have, for the check of the wallet's
certificate reader against x509-cert (crates/core/tests/wallet_certificates.rs): CA and leaf,
key usages, critical and non-critical extensions, UTCTime and GeneralizedTime, UTF8String and
PrintableString names, P-256, P-384 and Ed25519 keys. Prints a JSON list of base64 DER, kept as
crates/core/tests/fixtures/wallet-certificates.json (python3 tests/wallet/certificates.py > it)."""

import base64
import datetime
import json

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.x509.oid import NameOID


def name(common_name, country, utf8=True):
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, country),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Prüfstelle für PID"),
            x509.NameAttribute(
                NameOID.COMMON_NAME,
                common_name,
                _type=None if utf8 else x509.name._ASN1Type.PrintableString,
            ),
        ]
    )


def make(key, signer, *, ca, usage, critical_extra, start, end, utf8=True, common_name="Test PID Provider"):
    builder = (
        x509.CertificateBuilder()
        .subject_name(name(common_name, "AT", utf8))
        .issuer_name(name("Test anchor", "EU"))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=0 if ca else None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if usage:
        builder = builder.add_extension(
            x509.KeyUsage(
                digital_signature=not ca,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=ca,
                crl_sign=ca,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
    if critical_extra:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.CODE_SIGNING]), critical=True
        )
    algorithm = None if isinstance(signer, ed25519.Ed25519PrivateKey) else hashes.SHA256()
    return builder.sign(signer, algorithm)


def main():
    anchor = ec.generate_private_key(ec.SECP256R1())
    utc = datetime.timezone.utc
    now = datetime.datetime(2026, 12, 1, tzinfo=utc)
    shapes = []
    for ca in (False, True):
        for usage in (False, True):
            for critical_extra in (False, True):
                shapes.append(
                    make(ec.generate_private_key(ec.SECP256R1()), anchor, ca=ca, usage=usage,
                         critical_extra=critical_extra, start=now, end=now + datetime.timedelta(days=365))
                )
    # GeneralizedTime (2050 and later), a PrintableString name, other keys and signers.
    shapes.append(make(ec.generate_private_key(ec.SECP256R1()), anchor, ca=False, usage=True,
                       critical_extra=False, start=now, end=datetime.datetime(2055, 1, 1, tzinfo=utc)))
    shapes.append(make(ec.generate_private_key(ec.SECP256R1()), anchor, ca=False, usage=True,
                       critical_extra=False, start=now, end=now + datetime.timedelta(days=30), utf8=False))
    shapes.append(make(ec.generate_private_key(ec.SECP384R1()), anchor, ca=False, usage=True,
                       critical_extra=False, start=now, end=now + datetime.timedelta(days=30)))
    p384 = ec.generate_private_key(ec.SECP384R1())
    shapes.append(make(ec.generate_private_key(ec.SECP256R1()), p384, ca=False, usage=True,
                       critical_extra=False, start=now, end=now + datetime.timedelta(days=30)))
    edwards = ed25519.Ed25519PrivateKey.generate()
    shapes.append(make(edwards, edwards, ca=True, usage=True, critical_extra=False, start=now,
                       end=now + datetime.timedelta(days=30)))
    shapes.append(make(ec.generate_private_key(ec.SECP256R1()), anchor, ca=False, usage=True,
                       critical_extra=False, start=now, end=now + datetime.timedelta(days=30),
                       common_name="Ελληνικός πάροχος PID"))
    print(json.dumps([base64.b64encode(c.public_bytes(serialization.Encoding.DER)).decode() for c in shapes]))


if __name__ == "__main__":
    main()
