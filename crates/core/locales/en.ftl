# ocs-edge citizen pages: English, the reference catalogue. Every other catalogue must have every
# message this one has (tests/i18n.rs). Variables: { $name } is filled in by the pages; keep it.

## Page frame
skip-to-content = Skip to content
language = Language:
footer-initiative = European citizens' initiative { $id }.
official-register = Official register
progress-link = Progress of the collection
back-to-initiative = Back to the initiative
collection-period = Collection period: { $start } to { $end }.

## Landing and nationality
support-title = Support this initiative
registration-number = Registration number:
landing-intro = Any citizen of the European Union old enough in their member state can support this initiative online. It takes about a minute.
nationality-label = Your nationality
nationality-hint = The data asked for depends on the member state of which you are a citizen. If you have several EU nationalities, choose one: you may support an initiative only once.
choose-option = Choose…
continue = Continue
choose-title = Choose your nationality
unknown-nationality = “{ $code }” is not a member state of the European Union.

## Collection closed
closed-title = Collection closed
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
error-summary-title = Please correct the following
your-details = Your details
all-required = All fields are required unless marked optional.
keeping-in-touch = Keeping in touch (optional)
email-label = E-mail address (optional)
email-hint = Only if you want the organisers to inform you about this initiative. Stored apart from your statement.
email-consent = I agree that the organisers may use my e-mail address to inform me about this initiative.
declaration-legend = Declaration
declaration = I hereby certify that the information provided in this form is correct and that I have not already supported this proposed citizens' initiative.
privacy = Your personal data is encrypted for the organisers and will be made available only to the competent authority of your member state to verify your statement, then destroyed at the latest 21 months after the start of the collection (Regulation (EU) 2019/788, Article 19).
submit = Support the initiative
id-number-hint = As written on the document; spaces and dashes are fine.
id-number-confirm = I confirm that the document number is correct as entered.

## Field labels and hints
field-full-first-names = Full first names
field-family-names = Family names
field-date-of-birth = Date of birth
field-street = Street
field-street-number = Number
field-postal-code = Postal code (if any)
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
check-fail = This receipt could not be verified.

## Campaigns: partners, sharing, link previews
meta-description = Support the European citizens' initiative “{ $title }” online, in your language. It takes about a minute.
partner-via = You are signing through { $partner }.
partner-consent = I also agree that { $partner } may use my e-mail address to inform me about this initiative.
share-heading = Ask others to sign
share-text = I have supported the European citizens' initiative “{ $title }”. You can too:
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
map-share = { $state }: { $percent } % of its threshold
map-under-25 = under 25 %
map-25-50 = 25 to 50 %
map-50-100 = 50 to 100 %

## Paper form
paper-link = Print a paper form to collect signatures by hand
paper-title = Statement of support form
paper-intro = Print this form, have it filled in by hand by citizens of the member state it names, and return it to the organisers.
paper-part-a = Part A: for member states that do not require a personal identification number or document number
paper-part-b = Part B: for member states that require a personal identification number or document number
paper-nationals = All signatories on this form are nationals of { $state }.
paper-collected-by = This form is collected by { $partner } on behalf of the organisers.
paper-registered-on = Date of registration:
paper-register = Web address of this initiative in the Commission's register:
paper-initiative-title = Title of this proposed citizens' initiative:
paper-objectives = Its main objectives:
paper-contacts = Names and e-mail addresses of the registered contact persons:
paper-website = Website of this proposed citizens' initiative:
paper-table-caption = Signatories (one person per row, in capital letters)
paper-privacy = The organisers will make your personal data available only to the competent authority of your member state to verify your statement, and will destroy it at the latest 21 months after the start of the collection (Regulation (EU) 2019/788, Article 19).
paper-date-signature = Date and signature
