#!/usr/bin/env python3
"""Check-digit vectors judged by python-stdnum (an independent implementation of the national
number formats): for each of our algorithms, numbers stdnum accepts (with the birth date it
reads from them) and numbers it refuses (with why: check digit, encoded date, or shape).
crates/core/tests/checksums.rs checks our algorithms give the same verdicts; it also runs this
script and checks the committed file is what it prints.

Usage: python3 crates/core/tests/vectors/stdnum_checksums.py > crates/core/tests/vectors/checksums.json
Needs python-stdnum (scripts/test installs it).
"""

import datetime
import json

import stdnum
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength
from stdnum import bg, be, ee, es, hr, pl, pt, ro, se, si  # noqa: F401
import stdnum.be.nn
import stdnum.bg.egn
import stdnum.ee.ik
import stdnum.es.dni
import stdnum.hr.oib
import stdnum.pl.pesel
import stdnum.pt.cc
import stdnum.ro.cnp
import stdnum.se.personnummer
import stdnum.si.emso

# Our algorithm name → the stdnum module, and candidate numbers (valid and invalid alike: stdnum
# decides which is which).
ALGORITHMS = {
    "BeNationalNumber": (stdnum.be.nn, [
        "85073003328", "60031366730", "43022754943", "12050500168", "17073003384",
        "85073003329", "60031366731", "43022754944", "46061906088"]),
    "BgEgn": (stdnum.bg.egn, [
        "4507140714", "5502184347", "9809070386", "1243030007",
        "4507140715", "5502184348", "9809070387", "4513140713"]),
    "EeLtPersonalCode": (stdnum.ee.ik, [
        "36805280109", "34310046459", "48204018519", "33309240064", "34601195491", "61203030006",
        "36805280108", "34310046450", "48204018510", "33309240164", "34601195492"]),
    "EsDni": (stdnum.es.dni, [
        "54362315K", "10256129S", "24241764V", "47203213Z", "12345678Z",
        "54362315Z", "10256129A", "24241764A", "12345678A"]),
    "HrOib": (stdnum.hr.oib, [
        "33392005961", "12524273167", "49208312402", "31925449920",
        "33392005962", "12524273168", "49208312403", "31925449921"]),
    "PlPesel": (stdnum.pl.pesel, [
        "44051401359", "59021602294", "68051327503", "12230300003",
        "44051401358", "59021602295", "68051327504", "98040376215", "02381307589"]),
    "RoCnp": (stdnum.ro.cnp, [
        "1630615123457", "2781117085983", "2540816022606", "5120303460003",
        "1630615123458", "2781117085984", "2540816022607", "1632215123454"]),
    "SePersonnummer": (stdnum.se.personnummer, [
        "8803200016", "6101164546", "196101164546", "6712257754", "201203030000",
        "8803200018", "6101164547", "6712257755"]),
    "SiEmso": (stdnum.si.emso, [
        "0101006500006", "0805945506952", "2405940508271", "0303012505003",
        "0101006500007", "0805945506953", "2405940508272"]),
    "PtCitizenCard": (stdnum.pt.cc, [
        "000000000ZZ4", "622838191AB3", "776155293CA6", "394167223AA3",
        "000000000ZZ3", "622838191AB4", "776155293CA7", "394167223AA4"]),
}

WHY = [(InvalidChecksum, "check_digit"), (InvalidComponent, "encoded_date"),
       (InvalidLength, "shape"), (InvalidFormat, "shape")]


def birth_date(module, number):
    get = getattr(module, "get_birth_date", None)
    if get is None:
        return None
    born = get(number)
    return born.isoformat() if isinstance(born, datetime.date) else None


def verdicts():
    out = {}
    for name, (module, numbers) in ALGORITHMS.items():
        valid, invalid = [], []
        for number in numbers:
            try:
                module.validate(number)
                valid.append({"number": number, "born": birth_date(module, number)})
            except tuple(e for e, _ in WHY) as error:
                why = next(w for e, w in WHY if isinstance(error, e))
                invalid.append({"number": number, "error": why})
        out[name] = {"stdnum_module": module.__name__, "valid": valid, "invalid": invalid}
    return out


if __name__ == "__main__":
    print(json.dumps({"generated_by": "python-stdnum " + stdnum.__version__,
                      "algorithms": verdicts()}, indent=1))
