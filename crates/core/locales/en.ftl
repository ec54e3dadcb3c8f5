# ocs-edge citizen pages: English, the reference catalogue. Every other catalogue must have every
# message this one has (tests/i18n.rs). Variables: { $name } is filled in by the pages; keep it.

## Page frame
skip-to-content = Skip to content
language = Language:
footer-initiative = European citizens' initiative { $id }.
official-register = Official register
progress-link = Progress of the collection
back-to-initiative = Back to the initiative

## Landing and nationality
support-title = Support this initiative
landing-intro = Any citizen of the European Union old enough in their member state can support this initiative online. It takes about a minute.
nationality-label = Your nationality
nationality-hint = The data asked for depends on the member state of which you are a citizen. If you have several EU nationalities, choose one: you may support an initiative only once.
choose-option = Choose…
continue = Continue
choose-title = Choose your nationality
unknown-nationality = “{ $code }” is not a member state of the European Union.

## Collection closed
closed-title = Signing is not open
not-started = The collection of statements of support has not started yet. Please come back once it has.
ended = The collection of statements of support has ended. Thank you for your interest.

## Confirmation
thanks-title = Thank you
thanks-heading = Thank you: your support has been recorded
thanks-stored = Your statement of support was encrypted for the organisers and stored.
statement-number = Statement number:
statement-number-hint = Keep this number if you may later want to ask the organisers to delete your statement. It does not reveal anything about you.

## The form
signing-as = You are signing as a citizen of { $state }.
change-nationality = Change nationality
note-de-abroad = If you live outside Germany, you may sign with your address abroad only if you have registered your permanent residence with the competent German diplomatic representation there.
bot-check-failed = We could not confirm that you are not a robot. Please try again; your input has been kept.
bot-check-unavailable = We could not run the check against automated signing just now. Nothing was stored and your input has been kept: please send the form again in a minute.
wallet-button = Sign with your EU Digital Identity Wallet
wallet-intro = With your EU Digital Identity Wallet, your details come from your country's identity credential and need not be typed.
wallet-filled = Your details from your wallet are filled in below and cannot be changed here. Complete anything still empty, then send the form.
wallet-refused-untrusted = Your wallet's answer could not be verified as coming from a recognised identity provider. Nothing was stored. You can fill in the form yourself.
wallet-refused-again = Your wallet's answer was not made for this page, or it came too late. Nothing was stored. Please ask your wallet again.
wallet-refused-expired = Your identity credential has expired or is no longer valid. Nothing was stored. Renew it in your wallet, or fill in the form yourself.
wallet-refused-status = The validity of your identity credential cannot be checked just now. Nothing was stored. Please try again in a minute, or fill in the form yourself.
wallet-refused-missing = Your wallet did not share all the details this form needs. Nothing was stored. Please share them, or fill in the form yourself.
wallet-refused-nationality = Your identity credential does not show the nationality chosen on this form. Nothing was stored.
wallet-unavailable = Signing with your wallet is not possible just now. Nothing was stored. Please try again in a minute, or fill in the form yourself.
error-summary-title = Please correct the following
your-details = Your details
all-required = All fields are required unless marked optional.
keeping-in-touch = Keeping in touch (optional)
email-label = E-mail address (optional)
email-hint = Only if you want the organisers to inform you about this initiative. Stored apart from your statement.
email-consent = I agree that the organisers may use my e-mail address to inform me about this initiative.
declaration-legend = Declaration
submit = Support the initiative
id-number-hint = As written on the document; spaces and dashes are fine.
id-number-confirm = I confirm that the document number is correct as entered.

## Field labels and hints
field-full-first-names = Full first names
field-family-names = Family names
field-date-of-birth = Date of birth
field-street = Street
field-street-number = Number
field-postal-code = Postal code
field-city = City
field-country = Country of residence
field-id-type = Type of document
field-id-number = Document number
field-email = E-mail address
field-email-consent = Consent
field-nationality = Nationality
field-id-number-confirmed = Confirmation
hint-full-first-names = All your first names, as in your identity document.
hint-family-names = All your family names, as in your identity document.
hint-date-of-birth = Day, month and year, for example 31/12/1990.
hint-postal-code = Leave it empty only if addresses in your country of residence have no postal code.

## Identification documents
doc-passport = Passport
doc-id-card = Identity card
doc-citizens-card = Citizen card
doc-personal-id = Personal identification number
doc-personal-number = Personal number

## Errors next to a field
error-required = This field is required.
error-too-long = This is too long.
error-invalid-characters = This contains characters that are not allowed here.
error-invalid-format = This does not have the expected format.
error-unusual-format = This number does not look like the usual format; confirm it if it is right.
error-checksum = This number is not valid (its check digit does not match).
error-invalid-date = This is not a valid date.
error-date-in-future = This date is in the future.
error-too-young = You are not yet old enough to support an initiative in your member state.
error-not-allowed = This is not asked for your nationality.
error-unknown-field = Unknown field.
error-duplicate-field = This field was sent twice.
error-wrong-type = This has the wrong type.
error-unknown-nationality = Only citizens of an EU member state can sign.
error-document-type-not-accepted = Your member state does not accept this document type.
error-declaration-required = Please confirm the declaration.
error-consent-required = Please consent to being contacted, or leave the e-mail address empty.
error-invalid-email = This is not a valid e-mail address.

## Pages for refused submissions
unreadable-title = Unreadable form
unreadable-text = The form could not be read. Please try again.
unsupported-title = Unsupported request
unsupported-text = Please use the form.
too-large-title = Too much data
too-large-text = The form was too large to accept.
rate-limited-title = Too many attempts
rate-limited-text = Too many attempts from your connection. Wait a minute, go back and submit again.
duplicate-title = Already supported
duplicate-text = A statement of support with these details has already been recorded. Each citizen may support an initiative only once.

## Progress page
progress-title = Progress of the collection
progress-total = { $count ->
    [one] { $shown } statement of support
   *[other] { $shown } statements of support
}
progress-states = Member states over their threshold: { $count } of { $needed }.
progress-goal = The initiative needs at least { $total } statements of support, with the threshold reached in at least { $needed } member states.
progress-state = Member state
progress-count = Statements
progress-threshold = Threshold
progress-reached = Threshold reached
progress-updated = The figures are updated every minute.

## Member states, in this language
state-AT = Austria
state-BE = Belgium
state-BG = Bulgaria
state-HR = Croatia
state-CY = Cyprus
state-CZ = Czechia
state-DK = Denmark
state-EE = Estonia
state-FI = Finland
state-FR = France
state-DE = Germany
state-GR = Greece
state-HU = Hungary
state-IE = Ireland
state-IT = Italy
state-LV = Latvia
state-LT = Lithuania
state-LU = Luxembourg
state-MT = Malta
state-NL = Netherlands
state-PL = Poland
state-PT = Portugal
state-RO = Romania
state-SK = Slovakia
state-SI = Slovenia
state-ES = Spain
state-SE = Sweden

## Receipts and their check (docs/transparency.md)
receipt-text = Your receipt proves that your statement is in the public log of statements, without revealing anything about you. Keep it to check later that it is still counted.
receipt-download = Download the receipt
receipt-check-link = Check a receipt
check-title = Check a receipt
check-heading = Check that your statement is counted
check-intro = Choose the receipt you downloaded after signing. Your browser checks it against the public log; the receipt is not sent anywhere.
check-file = Receipt file
check-button = Check the receipt
check-nojs = This check runs in your browser and needs JavaScript. Without it, anyone can check a receipt with the organisers' free tool:
check-ok = Your statement is counted: it is in the public log, and the log's signature is valid.
check-ok-detail = Checked against the log's latest signed state: entry { $leaf } of { $size } in part { $shard } of the log.
check-fail = This receipt could not be verified.
check-fail-file = The file is not a receipt of this collection, or it was changed. Choose the file you downloaded after signing (receipt-….json).
check-fail-unreachable = The public log could not be reached just now. Please try again in a few minutes.
check-fail-missing = The log does not hold your statement as the receipt says it should. Please tell the organisers: { $contact }

## Campaigns: partners, sharing, link previews
meta-description = Support the European citizens' initiative “{ $title }” online, in your language. It takes about a minute.
partner-via = You are signing through { $partner }.
partner-consent = I also agree that { $partner } may use my e-mail address to inform me about this initiative.
share-heading = Ask others to sign
share-text = “{ $title }”: a European citizens' initiative you can support online in about a minute.
share-email = E-mail
share-more = Share…
share-hint = These links open the service you choose in a new window; nothing is sent to it before you do.
share-address = Address to share

## Counters and the map
counter-partner = Statements of support collected through { $partner }
counter-goal = Goal: { $goal }
counter-sign = Support the initiative
counter-badge = statements of support
map-title = Member states by share of their threshold reached
map-share = { $state }: { $percent }% of its threshold
map-none = none yet
map-under-25 = under 25%
map-25-50 = 25 to 50%
map-50-100 = 50 to 100%

## Paper form
paper-link = Print a paper form to collect signatures by hand
paper-title = Statement of support form
paper-intro = Print this form, have it filled in by hand by citizens of the member state it names, and return it to the organisers.
paper-part-a = Part A: for member states that do not require a personal identification number or document number
paper-part-b = Part B: for member states that require a personal identification number or document number
paper-collected-by = This form is collected by { $partner } on behalf of the organisers.
paper-table-caption = Signatories (one person per row, in capital letters)
paper-date-signature = Date and signature

## Annex III: the initiative's particulars, points 1 to 8 of every form (docs/certification.md)
particulars-heading = About this initiative
particular-nationals = All signatories on this form are nationals of:
particular-registration = Commission registration number:
particular-period = Start and end of the collection period:
particular-register = Web address of this initiative in the European Commission's register:
particular-title = Title of this initiative:
particular-objectives = Main objectives:
particular-contacts = Names and e-mail addresses of the registered contact persons:
particular-website = Website of this initiative (if any):
date-range = { $start } to { $end }

## Annex III: the declaration and the privacy statement, word for word (docs/certification.md)
declaration = I hereby certify that the information that I have provided in this form is correct and that I have not already supported this initiative.
declaration-eid = I hereby certify that I have not already supported this citizens’ initiative.
privacy-heading = Privacy statement
privacy-1 = In accordance with Regulation (EU) 2016/679 (the General Data Protection Regulation), your personal data provided on this form will only be used for the support of the initiative and made available to the competent national authorities for the purpose of verification and certification. You are entitled to request from the group of organisers of this initiative access to, rectification of, erasure and restriction of processing of your personal data.
privacy-2 = Your data will be stored by the group of organisers for a maximum retention period of one month after the submission of the initiative to the European Commission or 21 months after the beginning of the collection period, whichever is the earlier. It might be retained beyond these time limits in the case of administrative or legal proceedings, for a maximum of one month after the date of conclusion of these proceedings.
privacy-3 = Without prejudice to any other administrative or judicial remedy, you have the right to lodge at any time a complaint with a data protection authority, in particular in the Member State of your habitual residence, place of work or place of the alleged infringement if you consider that your data is unlawfully processed.
privacy-4 = The representative of the group of organisers of the initiative or, where appropriate, the legal entity created by it, is the controller within the meaning of the General Data Protection Regulation and can be contacted using the details provided on this form.
privacy-5 = The contact details of the data protection officer (if any) are available at the web address of this initiative in the European Commission's register, as provided in point 4 of this form.
privacy-6 = The contact details of the national authority which will receive and process your personal data and the contact details of the national data protection authorities can be consulted at: http://ec.europa.eu/citizens-initiative/public/data-protection
controller-label = Controller:
controller-representative = { $name }, representative of the group of organisers
controller-contact = Contact about your personal data:
dpo-label = Data protection officer:
dpo-none = none designated

## Privacy notice: what the website processes besides the statement (/{lang}/privacy)
notice-title = How this website handles your data
notice-intro = The privacy statement on the form covers your statement of support. This page covers everything else this website processes when you visit it or sign: what, why, for how long and by whom.
notice-statement-heading = Your statement of support
notice-statement = The website checks your statement, encrypts it at once so that only the organisers can open it, and stores only the encrypted statement: nobody running the website can read it. It is kept and deleted as the privacy statement says.
notice-bot-heading = The check against automated signing
notice-bot = Before a statement is accepted, Cloudflare Turnstile checks that a person is sending it, from signals such as your IP address and your browser's identification. Cloudflare processes them only to tell people from bots, under its Turnstile privacy addendum; the website receives only the result.
notice-limit-heading = The limit on repeated attempts
notice-limit = To stop mass submissions, the website counts the attempts from each connection for one minute, under a code computed one way from your IP address, never the address itself. The count is forgotten after that minute.
notice-log-heading = The public log of statements
notice-log = Every stored statement adds an entry to a public log, so that anyone can check that no statement was removed or changed. An entry is a one-way fingerprint of the encrypted statement and reveals nothing about you. The log is deleted with the statements. Your receipt stays on your device unless you pass it on.
notice-email-heading = Your e-mail address
notice-email = Only if you give it and tick the consent: it is encrypted for the organisers, kept apart from your statement and used only to inform you about this initiative. It is deleted with the statements, or earlier if you withdraw your consent by writing to the contact below.
notice-hosting-heading = Hosting
notice-hosting = The website runs on the network of Cloudflare, Inc., which processes it on the organisers' behalf as their processor. The encrypted statements are stored { $where ->
    [eu] in data centres in the European Union
   *[other] in data centres Cloudflare chooses
}.
notice-records-heading = Records and cookies
notice-records = The website writes neither personal data nor IP addresses into its logs. It sets no cookies and loads nothing from other sites except the check against automated signing.
notice-rights-heading = Your rights and whom to contact
notice-rights = You have the rights the privacy statement lists, for this processing too. To exercise them, or with any question about this page, contact the controller:
