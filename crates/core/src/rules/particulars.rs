//! What every statement-of-support form must show besides the signatory's fields (Annex III of
//! Regulation (EU) 2019/788, points 1 to 8, and the controller its privacy statement names), and
//! the check that an initiative's configuration has all of it: a collector missing one refuses to
//! open rather than show an incomplete form.

use super::initiative::Initiative;

/// One item the form shows that the operator configures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Particular {
    /// Point 5: the title as registered.
    Title,
    /// Point 4: the initiative's page in the Commission's register (the privacy statement sends
    /// the signatory there for the data protection officer's details).
    RegisterUrl,
    /// Point 6: the main objectives as registered.
    Objectives,
    /// Point 7: the registered contact persons' names and e-mail addresses.
    ContactPersons,
    /// Point 8: the initiative's website, if it has one.
    Website,
    /// The controller's contact for data-protection requests (the privacy statement says the
    /// controller "can be contacted using the details provided on this form").
    ControllerContact,
    /// The data protection officer's contact, or `none`.
    DataProtectionOfficer,
}

/// Why the configured particulars cannot make a lawful form.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{problem}")]
pub struct ParticularError {
    /// The item at fault.
    pub particular: Particular,
    /// What is wrong with it.
    pub problem: String,
}

/// A registered contact person (Article 5(3): the representative and the substitute).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactPerson {
    /// The name as registered.
    pub name: String,
    /// The e-mail address as registered.
    pub email: String,
}

/// Who the controller is and how to reach the data protection officer, as the form states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Officer {
    /// The organisers designated one: their contact.
    Designated(String),
    /// The organisers have none (a group of natural persons usually need not designate one).
    None,
}

fn problem(particular: Particular, problem: impl Into<String>) -> ParticularError {
    ParticularError {
        particular,
        problem: problem.into(),
    }
}

/// A plausible e-mail address: one `@`, something before it, a dotted domain after it, no
/// spaces or angle brackets.
pub fn is_plain_email(s: &str) -> bool {
    match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !s.contains(|c: char| c.is_whitespace() || c == '<' || c == '>' || c == ',')
        }
        None => false,
    }
}

fn is_web_address(s: &str) -> bool {
    s.strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .is_some_and(|rest| !rest.is_empty() && !rest.contains(char::is_whitespace))
}

impl Initiative {
    /// The registered contact persons, read from `contact_persons`: entries separated by `,` or
    /// `;`, each a name followed by an e-mail address (`Erika Mustermann erika@example.eu` or
    /// `Erika Mustermann <erika@example.eu>`).
    pub fn contact_list(&self) -> Result<Vec<ContactPerson>, ParticularError> {
        let at_fault = Particular::ContactPersons;
        let mut out = Vec::new();
        for entry in self.contact_persons.split([',', ';']) {
            let entry = entry.trim();
            if entry.is_empty() {
                continue;
            }
            let (name, email) = entry
                .rsplit_once(char::is_whitespace)
                .map(|(name, email)| (name.trim(), email.trim_matches(['<', '>'])))
                .filter(|(name, email)| !name.is_empty() && is_plain_email(email))
                .ok_or_else(|| {
                    problem(
                        at_fault,
                        format!("{entry:?} is not a name followed by an e-mail address"),
                    )
                })?;
            out.push(ContactPerson {
                name: name.trim_end_matches('<').trim().to_owned(),
                email: email.to_owned(),
            });
        }
        if out.is_empty() {
            return Err(problem(
                at_fault,
                "missing: the registered contact persons' names and e-mail addresses",
            ));
        }
        Ok(out)
    }

    /// The data protection officer as configured.
    pub fn officer(&self) -> Officer {
        match self.data_protection_officer.trim() {
            dpo if dpo.eq_ignore_ascii_case("none") => Officer::None,
            dpo => Officer::Designated(dpo.to_owned()),
        }
    }

    /// Checks that every item the form must show is configured and well formed.
    pub fn check_particulars(&self) -> Result<(), ParticularError> {
        let required = [
            (Particular::Title, &self.title, "the title as registered"),
            (
                Particular::RegisterUrl,
                &self.register_url,
                "the initiative's address in the Commission's register",
            ),
            (
                Particular::Objectives,
                &self.objectives,
                "the main objectives as registered",
            ),
            (
                Particular::ControllerContact,
                &self.controller_contact,
                "how to reach the controller (an e-mail or postal address)",
            ),
            (
                Particular::DataProtectionOfficer,
                &self.data_protection_officer,
                "the data protection officer's contact, or \"none\"",
            ),
        ];
        for (particular, value, what) in required {
            if value.trim().is_empty() {
                return Err(problem(particular, format!("missing: {what}")));
            }
        }
        if !is_web_address(&self.register_url) {
            return Err(problem(Particular::RegisterUrl, "not an http(s) address"));
        }
        if !self.website.is_empty() && !is_web_address(&self.website) {
            return Err(problem(Particular::Website, "not an http(s) address"));
        }
        self.contact_list().map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::ymd;

    fn initiative() -> Initiative {
        let day = ymd(2026, 3, 2).expect("a day");
        Initiative {
            id: "ECI(2026)000001".into(),
            title: "Title".into(),
            register_url: "https://citizens-initiative.europa.eu/x".into(),
            objectives: "Objectives.".into(),
            contact_persons: "Erika Mustermann erika@example.eu; Jan Kowalski <jan@example.eu>"
                .into(),
            website: String::new(),
            legal_entity: String::new(),
            controller_contact: "privacy@example.eu".into(),
            data_protection_officer: "none".into(),
            registration_date: day,
            collection_start: day,
            collection_end: day,
        }
    }

    #[test]
    fn contact_persons_are_read_in_both_forms() {
        let list = initiative().contact_list().expect("contacts");
        assert_eq!(
            list,
            [
                ContactPerson {
                    name: "Erika Mustermann".into(),
                    email: "erika@example.eu".into()
                },
                ContactPerson {
                    name: "Jan Kowalski".into(),
                    email: "jan@example.eu".into()
                }
            ]
        );
        assert_eq!(initiative().check_particulars(), Ok(()));
    }

    #[test]
    fn each_missing_item_is_named() {
        type Blank = fn(&mut Initiative);
        let cases: [(Blank, Particular); 7] = [
            (|i| i.title.clear(), Particular::Title),
            (|i| i.register_url.clear(), Particular::RegisterUrl),
            (|i| i.objectives.clear(), Particular::Objectives),
            (|i| i.contact_persons.clear(), Particular::ContactPersons),
            (
                |i| i.controller_contact.clear(),
                Particular::ControllerContact,
            ),
            (
                |i| i.data_protection_officer = " ".into(),
                Particular::DataProtectionOfficer,
            ),
            (|i| i.website = "www.example.eu".into(), Particular::Website),
        ];
        for (blank, particular) in cases {
            let mut i = initiative();
            blank(&mut i);
            assert_eq!(
                i.check_particulars().map_err(|e| e.particular),
                Err(particular)
            );
        }
        let mut i = initiative();
        i.contact_persons = "Erika Mustermann".into();
        assert!(i.check_particulars().is_err());
    }

    #[test]
    fn the_officer_or_none() {
        let mut i = initiative();
        assert_eq!(i.officer(), Officer::None);
        i.data_protection_officer = "dpo@example.eu".into();
        assert_eq!(i.officer(), Officer::Designated("dpo@example.eu".into()));
    }
}
