# ocs-edge: Nederlands. Referentie: en.ftl (dezelfde berichtnamen en variabelen).

## Page frame
skip-to-content = Naar de inhoud
language = Taal:
footer-initiative = Europees burgerinitiatief { $id }.
official-register = Officieel register
progress-link = Voortgang van de verzameling
back-to-initiative = Terug naar het initiatief
collection-period = Verzamelperiode: { $start } tot en met { $end }.

## Landing and nationality
support-title = Dit initiatief steunen
registration-number = Registratienummer:
landing-intro = Elke burger van de Europese Unie die in zijn lidstaat oud genoeg is, kan dit initiatief online steunen. Het duurt ongeveer een minuut.
nationality-label = Uw nationaliteit
nationality-hint = Welke gegevens worden gevraagd, hangt af van de lidstaat waarvan u onderdaan bent. Hebt u meerdere EU-nationaliteiten, kies er dan één: u mag een initiatief maar één keer steunen.
choose-option = Kies…
continue = Verder
choose-title = Kies uw nationaliteit
unknown-nationality = ‘{ $code }’ is geen lidstaat van de Europese Unie.

## Collection closed
closed-title = Verzameling gesloten
not-started = De verzameling van steunbetuigingen is nog niet begonnen. Kom terug zodra ze begonnen is.
ended = De verzameling van steunbetuigingen is afgelopen. Bedankt voor uw belangstelling.

## Confirmation
thanks-title = Bedankt
thanks-heading = Bedankt: uw steun is geregistreerd
thanks-stored = Uw steunbetuiging is voor de organisatoren versleuteld en opgeslagen.
statement-number = Nummer van de steunbetuiging:
statement-number-hint = Bewaar dit nummer als u de organisatoren later wilt vragen uw steunbetuiging te wissen. Het zegt niets over u.

## The form
signing-as = U tekent als onderdaan van { $state }.
change-nationality = Nationaliteit wijzigen
note-de-abroad = Als u buiten Duitsland woont, mag u alleen met uw buitenlandse adres ondertekenen als u uw vaste woonplaats hebt laten registreren bij de bevoegde Duitse diplomatieke vertegenwoordiging aldaar.
bot-check-failed = We konden niet bevestigen dat u geen robot bent. Probeer het opnieuw; uw invoer is bewaard.
bot-check-unavailable = De controle tegen automatisch ondertekenen kon op dit moment niet worden uitgevoerd. Er is niets opgeslagen en uw invoer is bewaard: verstuur het formulier over een minuut opnieuw.
error-summary-title = Verbeter het volgende
your-details = Uw gegevens
all-required = Alle velden zijn verplicht, tenzij als optioneel aangeduid.
keeping-in-touch = Op de hoogte blijven (optioneel)
email-label = E-mailadres (optioneel)
email-hint = Alleen als u wilt dat de organisatoren u over dit initiatief informeren. Apart van uw steunbetuiging bewaard.
email-consent = Ik ga ermee akkoord dat de organisatoren mijn e-mailadres gebruiken om mij over dit initiatief te informeren.
declaration-legend = Verklaring
declaration = Ik verklaar hierbij dat de gegevens die ik op dit formulier heb ingevuld, juist zijn en dat ik dit voorgestelde burgerinitiatief nog niet eerder heb gesteund.
privacy = Uw persoonsgegevens worden voor de organisatoren versleuteld en alleen ter beschikking gesteld van de bevoegde autoriteit van uw lidstaat om uw steunbetuiging te controleren, en uiterlijk 21 maanden na het begin van de verzameling vernietigd (Verordening (EU) 2019/788, artikel 19).
submit = Initiatief steunen
id-number-hint = Zoals op het document vermeld; spaties en streepjes zijn toegestaan.
id-number-confirm = Ik bevestig dat het documentnummer juist is zoals ingevoerd.

## Field labels and hints
field-full-first-names = Volledige voornamen
field-family-names = Achternamen
field-date-of-birth = Geboortedatum
field-street = Straat
field-street-number = Huisnummer
field-postal-code = Postcode (indien van toepassing)
field-city = Woonplaats
field-country = Land van verblijf
field-id-type = Soort document
field-id-number = Documentnummer
field-email = E-mailadres
field-email-consent = Toestemming
field-nationality = Nationaliteit
field-id-number-confirmed = Bevestiging
hint-full-first-names = Al uw voornamen, zoals in uw identiteitsdocument.
hint-family-names = Al uw achternamen, zoals in uw identiteitsdocument.
hint-date-of-birth = Dag, maand en jaar, bijvoorbeeld 31/12/1990.

## Identification documents
doc-passport = Paspoort
doc-id-card = Identiteitskaart
doc-citizens-card = Burgerkaart
doc-personal-id = Persoonlijk identificatienummer
doc-personal-number = Persoonsnummer

## Errors next to a field
error-required = Dit veld is verplicht.
error-too-long = Dit is te lang.
error-invalid-characters = Dit bevat tekens die hier niet zijn toegestaan.
error-invalid-format = Dit heeft niet de verwachte vorm.
error-unusual-format = Dit nummer heeft niet de gebruikelijke vorm; bevestig het als het juist is.
error-checksum = Dit nummer is ongeldig (het controlecijfer klopt niet).
error-invalid-date = Dit is geen geldige datum.
error-date-in-future = Deze datum ligt in de toekomst.
error-too-young = U bent nog niet oud genoeg om in uw lidstaat een initiatief te steunen.
error-not-allowed = Dit wordt voor uw nationaliteit niet gevraagd.
error-unknown-field = Onbekend veld.
error-duplicate-field = Dit veld is twee keer verzonden.
error-wrong-type = Dit heeft het verkeerde type.
error-unknown-nationality = Alleen burgers van een EU-lidstaat kunnen tekenen.
error-document-type-not-accepted = Uw lidstaat aanvaardt dit soort document niet.
error-declaration-required = Bevestig de verklaring.
error-consent-required = Geef toestemming om contact met u op te nemen, of laat het e-mailadres leeg.
error-invalid-email = Dit is geen geldig e-mailadres.

## Pages for refused submissions
unreadable-title = Formulier onleesbaar
unreadable-text = Het formulier kon niet worden gelezen. Probeer het opnieuw.
unsupported-title = Verzoek niet ondersteund
unsupported-text = Gebruik het formulier.
too-large-title = Te veel gegevens
too-large-text = Het formulier was te groot om te aanvaarden.
rate-limited-title = Te veel pogingen
rate-limited-text = Te veel pogingen vanaf uw verbinding. Wacht een minuut, ga terug en verstuur opnieuw.
duplicate-title = Al gesteund
duplicate-text = Er is al een steunbetuiging met deze gegevens geregistreerd. Elke burger mag een initiatief maar één keer steunen.

## Progress page
progress-title = Voortgang van de verzameling
progress-total = { $count ->
    [one] { $shown } steunbetuiging
   *[other] { $shown } steunbetuigingen
}
progress-states = Lidstaten boven hun drempel: { $count } van { $needed }.
progress-goal = Het initiatief heeft minstens { $total } steunbetuigingen nodig, met de drempel gehaald in minstens { $needed } lidstaten.
progress-state = Lidstaat
progress-count = Steunbetuigingen
progress-threshold = Drempel
progress-reached = Drempel gehaald
progress-updated = De cijfers worden elke minuut bijgewerkt.

## Member states, in this language
state-AT = Oostenrijk
state-BE = België
state-BG = Bulgarije
state-HR = Kroatië
state-CY = Cyprus
state-CZ = Tsjechië
state-DK = Denemarken
state-EE = Estland
state-FI = Finland
state-FR = Frankrijk
state-DE = Duitsland
state-GR = Griekenland
state-HU = Hongarije
state-IE = Ierland
state-IT = Italië
state-LV = Letland
state-LT = Litouwen
state-LU = Luxemburg
state-MT = Malta
state-NL = Nederland
state-PL = Polen
state-PT = Portugal
state-RO = Roemenië
state-SK = Slowakije
state-SI = Slovenië
state-ES = Spanje
state-SE = Zweden

## Receipts and their check (docs/transparency.md)
receipt-text = Uw ontvangstbewijs toont aan dat uw steunbetuiging in het openbare register staat, zonder iets over u prijs te geven. Bewaar het om later te controleren dat ze nog meetelt.
receipt-download = Ontvangstbewijs downloaden
receipt-check-link = Een ontvangstbewijs controleren
check-title = Een ontvangstbewijs controleren
check-heading = Controleer dat uw steunbetuiging meetelt
check-intro = Kies het ontvangstbewijs dat u na het ondertekenen hebt gedownload. Uw browser controleert het met het openbare register; het bewijs wordt nergens naartoe gestuurd.
check-file = Bestand van het ontvangstbewijs
check-button = Ontvangstbewijs controleren
check-nojs = Deze controle gebeurt in uw browser en vraagt JavaScript. Zonder JavaScript kan iedereen een ontvangstbewijs controleren met het gratis hulpmiddel van de organisatoren:
check-ok = Uw steunbetuiging telt mee: ze staat in het openbare register en de handtekening van het register is geldig.
check-fail = Dit ontvangstbewijs kon niet worden bevestigd.

## Campaigns: partners, sharing, link previews
meta-description = Steun het Europees burgerinitiatief "{ $title }" online, in uw taal. Het duurt ongeveer een minuut.
partner-via = U ondertekent via { $partner }.
partner-consent = Ik ga er ook mee akkoord dat { $partner } mijn e-mailadres gebruikt om mij over dit initiatief te informeren.
share-heading = Vraag anderen om te tekenen
share-text = Ik heb het Europees burgerinitiatief "{ $title }" gesteund. U kunt dat ook:
share-email = E-mail
share-more = Delen…
share-hint = Deze links openen de gekozen dienst in een nieuw venster; daarvoor wordt er niets naartoe gestuurd.
share-address = Adres om te delen

## Counters and the map
counter-partner = Steunbetuigingen verzameld via { $partner }
counter-goal = Doel: { $goal }
counter-sign = Het initiatief steunen
counter-badge = steunbetuigingen
map-title = Lidstaten naar het bereikte deel van hun drempel
map-share = { $state }: { $percent } % van de drempel
map-under-25 = minder dan 25 %
map-25-50 = 25 tot 50 %
map-50-100 = 50 tot 100 %

## Paper form
paper-link = Een papieren formulier afdrukken om met de hand handtekeningen te verzamelen
paper-title = Formulier voor een steunbetuiging
paper-intro = Druk dit formulier af, laat het met de hand invullen door burgers van de genoemde lidstaat en geef het terug aan de organisatoren.
paper-part-a = Deel A: voor lidstaten die geen persoonlijk identificatienummer of documentnummer vereisen
paper-part-b = Deel B: voor lidstaten die een persoonlijk identificatienummer of documentnummer vereisen
paper-nationals = Alle ondertekenaars op dit formulier zijn onderdanen van { $state }.
paper-collected-by = Dit formulier wordt door { $partner } namens de organisatoren verzameld.
paper-registered-on = Datum van registratie:
paper-register = Webadres van dit initiatief in het register van de Commissie:
paper-initiative-title = Titel van dit voorgestelde burgerinitiatief:
paper-objectives = De belangrijkste doelstellingen:
paper-contacts = Namen en e-mailadressen van de geregistreerde contactpersonen:
paper-website = Website van dit voorgestelde burgerinitiatief:
paper-table-caption = Ondertekenaars (één persoon per regel, in hoofdletters)
paper-privacy = De organisatoren stellen uw persoonsgegevens alleen ter beschikking van de bevoegde autoriteit van uw lidstaat om uw steunbetuiging te controleren, en vernietigen ze uiterlijk 21 maanden na het begin van de verzameling (Verordening (EU) 2019/788, artikel 19).
paper-date-signature = Datum en handtekening
