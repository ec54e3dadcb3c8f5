//! A verified PID and how it becomes a statement: the claims fill the fields the nationality
//! requires, the rest comes from the form, and the typed form's validation then applies as to
//! any statement.

use std::collections::BTreeMap;

use time::Date;
use zeroize::Zeroize;

use super::error::WalletError;
use super::request::PidClaim;
use crate::rules::{Part, Ruleset};
use crate::statement::raw::NATIONALITY;
use crate::statement::RawSubmission;

/// The credential format a PID was presented in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr)]
pub enum PidFormat {
    /// SD-JWT VC (`dc+sd-jwt`).
    #[strum(serialize = "dc+sd-jwt")]
    SdJwtVc,
    /// ISO/IEC 18013-5 mdoc (`mso_mdoc`).
    #[strum(serialize = "mso_mdoc")]
    Mdoc,
}

/// Who vouched for a PID: what a statement records of it (never the credential).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provenance {
    /// The PID provider: its signing certificate's common name.
    pub issuer: String,
    /// The country in that certificate's subject.
    pub issuer_country: Option<String>,
    /// The format it was presented in.
    pub format: PidFormat,
    /// The PID's `issuing_country`, when disclosed.
    pub issuing_country: Option<String>,
}

impl Provenance {
    /// What a statement records of it ([`crate::statement::Verification`]).
    pub fn verification(&self) -> crate::statement::Verification {
        let format: &'static str = self.format.into();
        crate::statement::Verification {
            format: format.to_owned(),
            issuer: self
                .issuer
                .chars()
                .take(crate::statement::Verification::MAX_ISSUER)
                .collect(),
            issuer_country: self.issuer_country.clone(),
        }
    }
}

/// The claims of a verified PID. Personal data: zeroised on drop, never printed.
#[derive(Clone)]
pub struct Pid {
    /// The disclosed text claims (names, birth date as `YYYY-MM-DD`, address parts).
    pub(crate) text: BTreeMap<PidClaim, String>,
    /// `nationalities`, ISO 3166-1 alpha-2.
    pub nationalities: Vec<String>,
    /// `age_equal_or_over` / `age_over_NN`, as disclosed.
    pub age_over: BTreeMap<u8, bool>,
    /// Who issued it.
    pub provenance: Provenance,
}

impl Drop for Pid {
    fn drop(&mut self) {
        for value in self.text.values_mut() {
            value.zeroize();
        }
    }
}

impl std::fmt::Debug for Pid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pid")
            .field("claims", &self.text.keys().collect::<Vec<_>>())
            .field("provenance", &self.provenance)
            .finish_non_exhaustive()
    }
}

impl Pid {
    /// The PID a verified presentation disclosed, in either format; a birth date that is not a
    /// date is refused as the claim `birth_claim` (the format's name for it) not disclosed.
    pub(super) fn disclosed(
        text: BTreeMap<PidClaim, String>,
        nationalities: Vec<String>,
        age_over: BTreeMap<u8, bool>,
        provenance: Provenance,
        birth_claim: &'static str,
    ) -> Result<Pid, WalletError> {
        let pid = Pid {
            text,
            nationalities,
            age_over,
            provenance,
        };
        if pid.claim(PidClaim::BirthDate).is_some() && pid.birth_date().is_none() {
            return Err(WalletError::MissingClaim(birth_claim));
        }
        Ok(pid)
    }

    /// A disclosed text claim.
    pub fn claim(&self, claim: PidClaim) -> Option<&str> {
        self.text.get(&claim).map(String::as_str)
    }

    /// The birth date, when disclosed.
    pub fn birth_date(&self) -> Option<Date> {
        self.claim(PidClaim::BirthDate)
            .and_then(|d| crate::dates::parse_iso_date(d).ok())
    }

    /// Whether the holder is at least `age` on `day`: by the age claim where disclosed, else by
    /// the birth date; `None` if the PID disclosed neither.
    pub fn is_of_age(&self, age: u8, day: Date) -> Option<bool> {
        if let Some(over) = self.age_over.get(&age) {
            return Some(*over);
        }
        let born = self.birth_date()?;
        let years = day.year() - born.year();
        let birthday_passed = (day.month() as u8, day.day()) >= (born.month() as u8, born.day());
        Some(years - i32::from(!birthday_passed) >= i32::from(age))
    }

    /// The statement this PID makes for `nationality` (as chosen on the form), on `day`: the
    /// fields the state requires are the PID's where it carries them, the others (Part B's
    /// document number, an address part the PID lacks) are the `typed` ones; everything else of
    /// `typed` (declaration, email, consents) is kept. The result goes through the ruleset's
    /// validation like any submission.
    pub fn into_submission(
        &self,
        rules: &Ruleset,
        nationality: &str,
        day: Date,
        mut typed: RawSubmission,
    ) -> Result<RawSubmission, WalletError> {
        let eu: Vec<&str> = self
            .nationalities
            .iter()
            .filter(|code| rules.state(code).is_some())
            .map(String::as_str)
            .collect();
        if eu.is_empty() {
            return Err(WalletError::NotEuNationality);
        }
        let (iso, state) = rules
            .resolve_nationality(nationality)
            .ok_or(WalletError::NationalityMismatch)?;
        if !eu.contains(&iso) {
            return Err(WalletError::NationalityMismatch);
        }
        for claim in [PidClaim::GivenName, PidClaim::FamilyName] {
            if self.claim(claim).is_none() {
                return Err(WalletError::MissingClaim(claim_name(claim)));
            }
        }
        // Checked here for both parts: Part B statements carry no birth date to check later.
        match self.is_of_age(state.min_age_on(day), day) {
            None if state.part() == Part::A => {
                return Err(WalletError::MissingClaim(claim_name(PidClaim::BirthDate)))
            }
            None => return Err(WalletError::MissingClaim("age_equal_or_over")),
            Some(false) => return Err(WalletError::UnderAge),
            Some(true) => {}
        }
        for field in &state.fields {
            let Some(claim) = PidClaim::for_field(*field) else {
                continue;
            };
            match self.claim(claim) {
                Some(value) => typed.put(field.as_str(), value.to_owned()),
                // Part A's birth date is the PID's or none: the minimum age is checked on it.
                None if claim == PidClaim::BirthDate => {
                    return Err(WalletError::MissingClaim(claim_name(claim)))
                }
                None => {}
            }
        }
        typed.put(NATIONALITY, iso.to_owned());
        Ok(typed)
    }
}

fn claim_name(claim: PidClaim) -> &'static str {
    match claim {
        PidClaim::GivenName => "given_name",
        PidClaim::FamilyName => "family_name",
        PidClaim::BirthDate => "birthdate",
        PidClaim::Nationalities => "nationalities",
        _ => "address",
    }
}
