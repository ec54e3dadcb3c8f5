# ocs-edge: Nederlands. Referentie: en.ftl (dezelfde berichtnamen en variabelen).

## Page frame
skip-to-content = Naar de inhoud
language = Taal:
footer-initiative = Europees burgerinitiatief { $id }.
official-register = Officieel register
progress-link = Voortgang van de verzameling
back-to-initiative = Terug naar het initiatief

## Landing and nationality
support-title = Dit initiatief steunen
landing-intro = Elke burger van de Europese Unie die in zijn lidstaat oud genoeg is, kan dit initiatief online steunen. Het duurt ongeveer een minuut.
nationality-label = Uw nationaliteit
nationality-hint = Welke gegevens worden gevraagd, hangt af van de lidstaat waarvan u onderdaan bent. Hebt u meerdere EU-nationaliteiten, kies er dan één: u mag een initiatief maar één keer steunen.
choose-option = Kies…
continue = Verder
choose-title = Kies uw nationaliteit
unknown-nationality = ‘{ $code }’ is geen lidstaat van de Europese Unie.

## Collection closed
closed-title = Ondertekenen is nu niet mogelijk
not-started = De verzameling van steunbetuigingen is nog niet begonnen. Kom terug zodra ze begonnen is.
ended = De verzameling van steunbetuigingen is afgelopen. Bedankt voor uw belangstelling.

## Confirmation
thanks-title = Bedankt
thanks-heading = Bedankt: uw steun is geregistreerd
thanks-stored = Uw steunbetuiging is voor de organisatoren versleuteld en opgeslagen.
statement-number = Nummer van de steunbetuiging:
statement-number-hint = Bewaar dit nummer als u de organisatoren later wilt vragen uw steunbetuiging te wissen. Het zegt niets over u.

## The form
signing-as = Uw nationaliteit: { $state }.
change-nationality = Nationaliteit wijzigen
note-de-abroad = Als u buiten Duitsland woont, mag u alleen met uw buitenlandse adres ondertekenen als u uw vaste woonplaats hebt laten registreren bij de bevoegde Duitse diplomatieke vertegenwoordiging aldaar.
bot-check-failed = We konden niet bevestigen dat u geen robot bent. Probeer het opnieuw; uw invoer is bewaard.
bot-check-unavailable = De controle tegen automatisch ondertekenen kon op dit moment niet worden uitgevoerd. Er is niets opgeslagen en uw invoer is bewaard: verstuur het formulier over een minuut opnieuw.
wallet-button = Ondertekenen met uw Europese digitale-identiteitsportemonnee
wallet-intro = Met uw Europese digitale-identiteitsportemonnee komen uw gegevens uit het identiteitsbewijs van uw land en hoeft u ze niet te typen.
wallet-filled = Uw gegevens uit de portemonnee zijn hieronder ingevuld en kunnen hier niet worden gewijzigd. Vul aan wat nog leeg is en verstuur dan het formulier.
wallet-refused-untrusted = Het antwoord van uw portemonnee kon niet worden bevestigd als afkomstig van een erkende identiteitsaanbieder. Er is niets opgeslagen. U kunt het formulier zelf invullen.
wallet-refused-again = Het antwoord van uw portemonnee was niet voor deze pagina bedoeld of kwam te laat. Er is niets opgeslagen. Vraag het uw portemonnee opnieuw.
wallet-refused-expired = Uw identiteitsbewijs is verlopen of niet meer geldig. Er is niets opgeslagen. Vernieuw het in uw portemonnee of vul het formulier zelf in.
wallet-refused-status = De geldigheid van uw identiteitsbewijs kan nu niet worden gecontroleerd. Er is niets opgeslagen. Probeer het over een minuut opnieuw of vul het formulier zelf in.
wallet-refused-missing = Uw portemonnee heeft niet alle gegevens gedeeld die dit formulier nodig heeft. Er is niets opgeslagen. Deel ze of vul het formulier zelf in.
wallet-refused-nationality = Uw identiteitsbewijs vermeldt niet de nationaliteit die in dit formulier is gekozen. Er is niets opgeslagen.
wallet-unavailable = Ondertekenen met de portemonnee is nu niet mogelijk. Er is niets opgeslagen. Probeer het over een minuut opnieuw of vul het formulier zelf in.
error-summary-title = Verbeter het volgende
your-details = Uw gegevens
all-required = Alle velden zijn verplicht, tenzij als optioneel aangeduid.
keeping-in-touch = Op de hoogte blijven (optioneel)
email-label = E-mailadres (optioneel)
email-hint = Alleen als u wilt dat de organisatoren u over dit initiatief informeren. Apart van uw steunbetuiging bewaard.
email-consent = Ik ga ermee akkoord dat de organisatoren mijn e-mailadres gebruiken om mij over dit initiatief te informeren.
declaration-legend = Verklaring
submit = Initiatief steunen
id-number-hint = Zoals op het document vermeld; spaties en streepjes zijn toegestaan.
id-number-confirm = Ik bevestig dat het documentnummer juist is zoals ingevoerd.

## Field labels and hints
field-full-first-names = Volledige voornamen
field-family-names = Achternamen
field-date-of-birth = Geboortedatum
field-street = Straat
field-street-number = Huisnummer
field-postal-code = Postcode
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
hint-date-of-birth = Dag, maand en jaar, bijvoorbeeld 31-12-1990.
hint-postal-code = Laat dit veld alleen leeg als adressen in uw land van verblijf geen postcode hebben.

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
    [one] { $shown } steun­betuiging
   *[other] { $shown } steun­betuigingen
}
progress-states = Lidstaten boven hun drempel: { $count } van { $needed }.
progress-goal = Het initiatief heeft minstens { $total } steunbetuigingen nodig, met de drempel gehaald in minstens { $needed } lidstaten.
progress-state = Lid­staat
progress-count = Steun­betuigingen
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
receipt-text = Uw ontvangstbewijs toont aan dat uw steunbetuiging in het openbare logboek staat, zonder iets over u prijs te geven. Bewaar het om later te controleren dat ze nog meetelt.
receipt-download = Ontvangstbewijs downloaden
receipt-check-link = Een ontvangstbewijs controleren
check-title = Een ontvangstbewijs controleren
check-heading = Controleer dat uw steunbetuiging meetelt
check-intro = Kies het ontvangstbewijs dat u na het ondertekenen hebt gedownload. Uw browser controleert het met het openbare logboek; het bewijs wordt nergens naartoe gestuurd.
check-file = Bestand van het ontvangstbewijs
check-button = Ontvangstbewijs controleren
check-nojs = Deze controle gebeurt in uw browser en vraagt JavaScript. Zonder JavaScript kan iedereen een ontvangstbewijs controleren met het gratis hulpmiddel van de organisatoren:
check-ok = Uw steunbetuiging telt mee: ze staat in het openbare logboek en de handtekening van het logboek is geldig.
check-ok-detail = Gecontroleerd met de laatste ondertekende stand van het logboek: regel { $leaf } van { $size } in deel { $shard } van het logboek.
check-fail = Dit ontvangstbewijs kon niet worden bevestigd.
check-fail-file = Het bestand is geen ontvangstbewijs van deze verzameling, of het is gewijzigd. Kies het bestand dat u na het ondertekenen hebt gedownload (receipt-….json).
check-fail-unreachable = Het openbare logboek was nu niet bereikbaar. Probeer het over een paar minuten opnieuw.
check-fail-missing = Het logboek bevat uw steunbetuiging niet zoals het ontvangstbewijs zegt. Meld dit aan de organisatoren: { $contact }

## Campaigns: partners, sharing, link previews
meta-description = Steun het Europees burgerinitiatief ‘{ $title }’ online, in uw taal. Het duurt ongeveer een minuut.
partner-via = U ondertekent via { $partner }.
partner-consent = Ik ga er ook mee akkoord dat { $partner } mijn e-mailadres gebruikt om mij over dit initiatief te informeren.
share-heading = Vraag anderen om te ondertekenen
share-text = ‘{ $title }’: een Europees burgerinitiatief dat u in ongeveer een minuut online kunt steunen.
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
map-share = { $state }: { $percent }% van de drempel
map-none = nog geen
map-under-25 = minder dan 25%
map-25-50 = 25 tot 50%
map-50-100 = 50 tot 100%

## Paper form
paper-link = Een papieren formulier afdrukken om met de hand handtekeningen te verzamelen
paper-title = Formulier voor een steunbetuiging
paper-intro = Druk dit formulier af, laat het met de hand invullen door burgers van de genoemde lidstaat en geef het terug aan de organisatoren.
paper-part-a = Deel A: voor lidstaten die geen persoonlijk identificatienummer of documentnummer vereisen
paper-part-b = Deel B: voor lidstaten die een persoonlijk identificatienummer of documentnummer vereisen
paper-collected-by = Dit formulier wordt door { $partner } namens de organisatoren verzameld.
paper-table-caption = Ondertekenaars (één persoon per regel, in hoofdletters)
paper-date-signature = Datum en handtekening

## Annex III: the initiative's particulars, points 1 to 8 of every form (docs/certification.md)
particulars-heading = Over dit initiatief
particular-nationals = Alle ondertekenaars op dit formulier zijn onderdaan van:
particular-registration = Registratienummer van de Europese Commissie:
particular-period = Begin en einde van de verzamelperiode:
particular-register = Webadres van dit initiatief in het register van de Europese Commissie:
particular-title = Titel van dit initiatief:
particular-objectives = Belangrijkste doelstellingen:
particular-contacts = Namen en e-mailadressen van de geregistreerde contactpersonen:
particular-website = Website van het initiatief (indien beschikbaar):
date-range = { $start } tot en met { $end }

## Annex III: the declaration and the privacy statement, word for word (docs/certification.md)
declaration = Ik verklaar hierbij dat de gegevens in dit formulier juist zijn en dat ik dit initiatief nog niet eerder heb gesteund.
declaration-eid = Ik verklaar hierbij dat ik het voorgestelde burgerinitiatief nog niet eerder heb gesteund.
privacy-heading = Privacyverklaring
privacy-1 = Overeenkomstig Verordening (EU) 2016/679 (de Algemene Verordening Gegevensbescherming) zullen uw op dit formulier vermelde persoonsgegevens uitsluitend ter ondersteuning van het initiatief worden gebruikt en aan de bevoegde nationale instanties ter beschikking worden gesteld ter verificatie en certificering. U heeft het recht om de groep organisatoren van dit initiatief te verzoeken om inzage, rectificatie, verwijdering en beperking van de verwerking van uw persoonsgegevens.
privacy-2 = Uw gegevens zullen door de groep organisatoren worden bewaard voor een maximale bewaringstermijn van één maand na de indiening van het initiatief bij de Europese Commissie of 21 maanden na het begin van de verzamelperiode, al naargelang welk moment het eerst komt. In het geval van administratieve of juridische procedures kan de bewaringstermijn worden verlengd tot uiterlijk een maand na de datum van afronding van deze procedures.
privacy-3 = Onverminderd andere mogelijkheden van administratief beroep of een voorziening in rechte heeft u het recht om te allen tijde een klacht in te dienen bij een gegevensbeschermingsautoriteit, met name in de lidstaat waar u gewoonlijk verblijft, waar u uw werkplek heeft of waar de beweerde inbreuk is begaan, indien u van mening bent dat uw gegevens onrechtmatig zijn verwerkt.
privacy-4 = De vertegenwoordiger van de groep organisatoren van het initiatief of, in voorkomend geval, de door haar gecreëerde juridische entiteit, is de verwerkingsverantwoordelijke in de zin van de Algemene Verordening Gegevensbescherming met wie u contact kan opnemen aan de hand van de in dit formulier verstrekte gegevens.
privacy-5 = De contactgegevens van de functionaris voor gegevensbescherming (in voorkomend geval) zijn beschikbaar op het internetadres van dit initiatief in het register van de Europese Commissie, als vermeld in punt 4 van dit formulier.
privacy-6 = De contactgegevens van de nationale instantie die uw persoonsgegevens zal ontvangen en verwerken en de contactgegevens van de nationale gegevensbeschermingsautoriteiten zijn te vinden op: http://ec.europa.eu/citizens-initiative/public/data-protection?lg=nl
controller-label = Verwerkingsverantwoordelijke:
controller-representative = { $name }, vertegenwoordiger van de organisatorengroep
controller-contact = Contact over uw persoonsgegevens:
dpo-label = Functionaris voor gegevensbescherming:
dpo-none = niet aangewezen

## Privacy notice: what the website processes besides the statement (/{lang}/privacy)
notice-title = Hoe deze website met uw gegevens omgaat
notice-intro = De privacyverklaring op het formulier gaat over uw steunbetuiging. Deze pagina beschrijft al het andere dat deze website verwerkt wanneer u haar bezoekt of ondertekent: wat, waarom, hoe lang en door wie.
notice-statement-heading = Uw steunbetuiging
notice-statement = De website controleert uw steunbetuiging, versleutelt ze meteen zodat alleen de organisatoren ze kunnen openen, en slaat alleen de versleutelde steunbetuiging op: wie de website beheert, kan ze niet lezen. Ze wordt bewaard en gewist zoals de privacyverklaring zegt.
notice-bot-heading = De controle tegen automatisch ondertekenen
notice-bot = Voordat een steunbetuiging wordt aanvaard, controleert Cloudflare Turnstile dat een mens ze verstuurt, aan de hand van signalen zoals uw IP-adres en de identificatie van uw browser. Cloudflare verwerkt ze alleen om mensen van bots te onderscheiden, volgens zijn privacyaddendum voor Turnstile; de website ontvangt alleen de uitkomst.
notice-limit-heading = De grens aan herhaalde pogingen
notice-limit = Om massale inzendingen te voorkomen, telt de website een minuut lang de pogingen van elke verbinding, onder een code die in één richting uit uw IP-adres wordt berekend, nooit onder het adres zelf. Na die minuut is de telling vergeten.
notice-log-heading = Het openbare logboek van steunbetuigingen
notice-log = Elke opgeslagen steunbetuiging voegt een regel toe aan een openbaar logboek, zodat iedereen kan controleren dat er geen steunbetuiging is verwijderd of gewijzigd. Een regel is een onomkeerbare vingerafdruk van de versleutelde steunbetuiging en zegt niets over u. Het logboek wordt met de steunbetuigingen gewist. Uw ontvangstbewijs blijft op uw apparaat, tenzij u het doorgeeft.
notice-email-heading = Uw e-mailadres
notice-email = Alleen als u het opgeeft en de toestemming aanvinkt: het wordt voor de organisatoren versleuteld, apart van uw steunbetuiging bewaard en alleen gebruikt om u over dit initiatief te informeren. Het wordt met de steunbetuigingen gewist, of eerder als u uw toestemming intrekt door te schrijven naar het contact hieronder.
notice-hosting-heading = Hosting
notice-hosting = De website draait op het netwerk van Cloudflare, Inc., dat haar namens de organisatoren als verwerker verwerkt. De versleutelde steunbetuigingen worden opgeslagen { $where ->
    [eu] in datacenters in de Europese Unie
   *[other] in datacenters die Cloudflare kiest
}.
notice-records-heading = Logbestanden en cookies
notice-records = De website schrijft geen persoonsgegevens en geen IP-adressen in haar logbestanden. Ze plaatst geen cookies en laadt niets van andere websites, behalve de controle tegen automatisch ondertekenen.
notice-rights-heading = Uw rechten en uw contactpunt
notice-rights = U hebt de rechten die de privacyverklaring noemt, ook voor deze verwerking. Om ze uit te oefenen, of met vragen over deze pagina, neemt u contact op met de verwerkingsverantwoordelijke:
