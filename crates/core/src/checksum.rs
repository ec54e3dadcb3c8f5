//! Check-digit algorithms of national identification numbers, used only where the algorithm is
//! public and certain. Each works on the compacted number (digits and upper-case letters only)
//! and returns the date of birth the number encodes, where it encodes one, so the minimum age can
//! be checked for Part B signatories too.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::dates::ymd;

/// A check-digit algorithm, named in the ruleset by its snake-case name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, strum::EnumIter)]
#[serde(rename_all = "snake_case")]
pub enum Checksum {
    /// Belgian national register number (Rijksregisternummer): 97 − (YYMMDDSSS mod 97).
    BeNationalNumber,
    /// Bulgarian EGN: weights 2,4,8,5,10,9,7,3,6 mod 11.
    BgEgn,
    /// Estonian isikukood and Lithuanian asmens kodas: two-stage mod 11.
    EeLtPersonalCode,
    /// Spanish DNI: control letter of the number mod 23.
    EsDni,
    /// Croatian OIB: ISO 7064 MOD 11,10.
    HrOib,
    /// Polish PESEL: weights 1,3,7,9 mod 10.
    PlPesel,
    /// Romanian CNP: weights 2,7,9,1,4,6,3,5,8,2,7,9 mod 11.
    RoCnp,
    /// Swedish personnummer: Luhn over the last ten digits.
    SePersonnummer,
    /// Slovenian EMŠO: weights 7..2,7..2 mod 11.
    SiEmso,
    /// Portuguese citizen card: Luhn-style over digits and letters (A=10 … Z=35).
    PtCitizenCard,
}

/// Why a number fails its algorithm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ChecksumError {
    /// The check digit does not match.
    #[error("the check digit does not match")]
    CheckDigit,
    /// The birth date encoded in the number does not exist.
    #[error("the number encodes a date that does not exist")]
    EncodedDate,
    /// Wrong length or characters.
    #[error("the number has the wrong length or characters for this algorithm")]
    Shape,
}

type Outcome = Result<Option<Date>, ChecksumError>;

impl Checksum {
    /// Every algorithm.
    pub fn all() -> impl Iterator<Item = Checksum> {
        <Checksum as strum::IntoEnumIterator>::iter()
    }

    /// Verifies `number`; `today` resolves the century of ten-digit Swedish numbers.
    pub fn verify(self, number: &str, today: Date) -> Outcome {
        match self {
            Checksum::BeNationalNumber => be_national_number(number),
            Checksum::BgEgn => bg_egn(number),
            Checksum::EeLtPersonalCode => ee_lt_personal_code(number),
            Checksum::EsDni => es_dni(number),
            Checksum::HrOib => hr_oib(number),
            Checksum::PlPesel => pl_pesel(number),
            Checksum::RoCnp => ro_cnp(number),
            Checksum::SePersonnummer => se_personnummer(number, today),
            Checksum::SiEmso => si_emso(number),
            Checksum::PtCitizenCard => pt_citizen_card(number),
        }
    }
}

fn digits<const N: usize>(s: &str) -> Result<[u32; N], ChecksumError> {
    let mut out = [0u32; N];
    if s.len() != N {
        return Err(ChecksumError::Shape);
    }
    for (slot, c) in out.iter_mut().zip(s.chars()) {
        *slot = c.to_digit(10).ok_or(ChecksumError::Shape)?;
    }
    Ok(out)
}

fn weighted(d: &[u32], w: &[u32]) -> u32 {
    d.iter().zip(w).map(|(a, b)| a * b).sum()
}

fn two(d: &[u32], i: usize) -> u32 {
    d.get(i).copied().unwrap_or(0) * 10 + d.get(i + 1).copied().unwrap_or(0)
}

fn date(year: i64, month: u32, day: u32) -> Outcome {
    let year = i32::try_from(year).map_err(|_| ChecksumError::EncodedDate)?;
    let month = u8::try_from(month).map_err(|_| ChecksumError::EncodedDate)?;
    let day = u8::try_from(day).map_err(|_| ChecksumError::EncodedDate)?;
    ymd(year, month, day)
        .map(Some)
        .ok_or(ChecksumError::EncodedDate)
}

fn check(ok: bool) -> Result<(), ChecksumError> {
    if ok {
        Ok(())
    } else {
        Err(ChecksumError::CheckDigit)
    }
}

fn be_national_number(s: &str) -> Outcome {
    let d: [u32; 11] = digits(s)?;
    let body: u64 = s
        .get(..9)
        .and_then(|b| b.parse().ok())
        .ok_or(ChecksumError::Shape)?;
    let given = u64::from(two(&d, 9));
    let century = if 97 - body % 97 == given {
        1900
    } else if 97 - (2_000_000_000 + body) % 97 == given {
        2000
    } else {
        return Err(ChecksumError::CheckDigit);
    };
    // Month 0 or day 0 mean "unknown"; +20/+40 mark numbers of the bis register.
    let (mm, dd) = (two(&d, 2) % 20, two(&d, 4));
    if mm == 0 || dd == 0 || two(&d, 2) > 52 {
        return Ok(None);
    }
    date(century + i64::from(two(&d, 0)), mm, dd)
}

fn bg_egn(s: &str) -> Outcome {
    let d: [u32; 10] = digits(s)?;
    let sum = weighted(&d, &[2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11;
    check(sum % 10 == d[9])?;
    let (yy, mm, dd) = (i64::from(two(&d, 0)), two(&d, 2), two(&d, 4));
    match mm {
        1..=12 => date(1900 + yy, mm, dd),
        21..=32 => date(1800 + yy, mm - 20, dd),
        41..=52 => date(2000 + yy, mm - 40, dd),
        _ => Err(ChecksumError::EncodedDate),
    }
}

fn ee_lt_personal_code(s: &str) -> Outcome {
    let d: [u32; 11] = digits(s)?;
    let mut sum = weighted(&d, &[1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
    if sum == 10 {
        sum = weighted(&d, &[3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11 % 10;
    }
    check(sum == d[10])?;
    let century = match d[0] {
        1 | 2 => 1800,
        3 | 4 => 1900,
        5 | 6 => 2000,
        7 | 8 => 2100,
        _ => return Err(ChecksumError::EncodedDate),
    };
    date(century + i64::from(two(&d, 1)), two(&d, 3), two(&d, 5))
}

fn es_dni(s: &str) -> Outcome {
    const LETTERS: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";
    if s.len() != 9 {
        return Err(ChecksumError::Shape);
    }
    let (num, letter) = (s.get(..8), s.get(8..));
    let n: usize = num
        .filter(|n| n.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|n| n.parse().ok())
        .ok_or(ChecksumError::Shape)?;
    let expected = LETTERS.get(n % 23).map(|&b| char::from(b));
    check(letter.and_then(|l| l.chars().next()) == expected)?;
    Ok(None)
}

fn hr_oib(s: &str) -> Outcome {
    let d: [u32; 11] = digits(s)?;
    let mut a = 10;
    for x in &d[..10] {
        a = (a + x) % 10;
        if a == 0 {
            a = 10;
        }
        a = (a * 2) % 11;
    }
    check((11 - a) % 10 == d[10])?;
    Ok(None)
}

fn pl_pesel(s: &str) -> Outcome {
    let d: [u32; 11] = digits(s)?;
    let sum = weighted(&d, &[1, 3, 7, 9, 1, 3, 7, 9, 1, 3]);
    check((10 - sum % 10) % 10 == d[10])?;
    let (yy, mm, dd) = (i64::from(two(&d, 0)), two(&d, 2), two(&d, 4));
    let (century, month) = match mm {
        81..=92 => (1800, mm - 80),
        1..=12 => (1900, mm),
        21..=32 => (2000, mm - 20),
        41..=52 => (2100, mm - 40),
        61..=72 => (2200, mm - 60),
        _ => return Err(ChecksumError::EncodedDate),
    };
    date(century + yy, month, dd)
}

fn ro_cnp(s: &str) -> Outcome {
    let d: [u32; 13] = digits(s)?;
    let sum = weighted(&d, &[2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
    check((if sum == 10 { 1 } else { sum }) == d[12])?;
    let century = match d[0] {
        1 | 2 => 1900,
        3 | 4 => 1800,
        5 | 6 => 2000,
        // 7, 8, 9: residents and foreigners; the century is not encoded. Still check the date.
        7..=9 => {
            let (mm, dd) = (two(&d, 3), two(&d, 5));
            return ymd(
                2000,
                u8::try_from(mm).unwrap_or(0),
                u8::try_from(dd).unwrap_or(0),
            )
            .map(|_| None)
            .ok_or(ChecksumError::EncodedDate);
        }
        _ => return Err(ChecksumError::EncodedDate),
    };
    date(century + i64::from(two(&d, 1)), two(&d, 3), two(&d, 5))
}

fn luhn_ok(d: &[u32]) -> bool {
    let sum: u32 = d
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| {
            if i % 2 == 1 {
                (x * 2) / 10 + (x * 2) % 10
            } else {
                x
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

fn se_personnummer(s: &str, today: Date) -> Outcome {
    let (century, core) = match s.len() {
        12 => (
            Some(
                s.get(..2)
                    .and_then(|c| c.parse::<i64>().ok())
                    .ok_or(ChecksumError::Shape)?,
            ),
            s.get(2..).ok_or(ChecksumError::Shape)?,
        ),
        10 => (None, s),
        _ => return Err(ChecksumError::Shape),
    };
    let d: [u32; 10] = digits(core)?;
    check(luhn_ok(&d))?;
    let (yy, mm) = (i64::from(two(&d, 0)), two(&d, 2));
    // Coordination numbers add 60 to the day.
    let dd = match two(&d, 4) {
        day @ 61..=91 => day - 60,
        day => day,
    };
    let year = match century {
        Some(c) => c * 100 + yy,
        None => {
            // Without the century, take the latest year not after today (ages under 100).
            let this_century = i64::from(today.year()) / 100 * 100;
            let candidate = this_century + yy;
            match date(candidate, mm, dd)? {
                Some(born) if born <= today => candidate,
                _ => candidate - 100,
            }
        }
    };
    date(year, mm, dd)
}

fn si_emso(s: &str) -> Outcome {
    let d: [u32; 13] = digits(s)?;
    let m = weighted(&d, &[7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11;
    let k = if m == 0 { 0 } else { 11 - m };
    check(k < 10 && k == d[12])?;
    let yyy = i64::from(d[4] * 100 + d[5] * 10 + d[6]);
    let year = if yyy >= 800 { 1000 + yyy } else { 2000 + yyy };
    date(year, two(&d, 2), two(&d, 0))
}

fn pt_citizen_card(s: &str) -> Outcome {
    if s.len() != 12 {
        return Err(ChecksumError::Shape);
    }
    let mut sum = 0;
    for (i, c) in s.chars().rev().enumerate() {
        let mut v = match c {
            '0'..='9' => c.to_digit(10).ok_or(ChecksumError::Shape)?,
            'A'..='Z' => u32::from(c) - u32::from('A') + 10,
            _ => return Err(ChecksumError::Shape),
        };
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    check(sum.is_multiple_of(10))?;
    Ok(None)
}

impl Checksum {
    /// The form of a valid number that names its holder uniquely: the same person typing the
    /// number two accepted ways (a Swedish number with or without its century) gets one form.
    pub fn canonical_number(self, number: &str) -> &str {
        match self {
            Checksum::SePersonnummer if number.len() == 12 => number.get(2..).unwrap_or(number),
            _ => number,
        }
    }
}
