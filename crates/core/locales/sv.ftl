# ocs-edge: svenska. Referens: en.ftl (samma meddelande-id och variabler).

## Page frame
skip-to-content = Gå till innehållet
language = Språk:
footer-initiative = Europeiskt medborgarinitiativ { $id }.
official-register = Officiellt register
progress-link = Insamlingens framsteg
back-to-initiative = Tillbaka till initiativet
collection-period = Insamlingsperiod: { $start } till { $end }.

## Landing and nationality
support-title = Stöd det här initiativet
registration-number = Registreringsnummer:
landing-intro = Alla medborgare i Europeiska unionen som är gamla nog i sin medlemsstat kan stödja det här initiativet på nätet. Det tar ungefär en minut.
nationality-label = Ditt medborgarskap
nationality-hint = Vilka uppgifter som efterfrågas beror på vilken medlemsstat du är medborgare i. Om du har flera EU-medborgarskap, välj ett: du får stödja ett initiativ bara en gång.
choose-option = Välj…
continue = Fortsätt
choose-title = Välj ditt medborgarskap
unknown-nationality = ”{ $code }” är inte en medlemsstat i Europeiska unionen.

## Collection closed
closed-title = Insamlingen är stängd
not-started = Insamlingen av stödförklaringar har inte börjat ännu. Kom tillbaka när den har börjat.
ended = Insamlingen av stödförklaringar har avslutats. Tack för ditt intresse.

## Confirmation
thanks-title = Tack
thanks-heading = Tack: ditt stöd har registrerats
thanks-stored = Din stödförklaring har krypterats för organisatörerna och sparats.
statement-number = Stödförklaringens nummer:
statement-number-hint = Spara numret om du senare vill be organisatörerna att radera din stödförklaring. Det avslöjar ingenting om dig.

## The form
signing-as = Du skriver under som medborgare i { $state }.
change-nationality = Byt medborgarskap
note-de-abroad = Om du bor utanför Tyskland får du bara skriva under med din adress utomlands om du har registrerat din permanenta bostad hos den behöriga tyska beskickningen där.
bot-check-failed = Vi kunde inte bekräfta att du inte är en robot. Försök igen; dina uppgifter har sparats.
bot-check-unavailable = Kontrollen mot automatiska underskrifter kunde inte göras just nu. Inget har sparats och dina uppgifter finns kvar: skicka formuläret igen om en minut.
error-summary-title = Rätta följande
your-details = Dina uppgifter
all-required = Alla fält är obligatoriska om de inte är markerade som frivilliga.
keeping-in-touch = Hålla kontakten (frivilligt)
email-label = E-postadress (frivilligt)
email-hint = Bara om du vill att organisatörerna informerar dig om initiativet. Sparas skilt från din stödförklaring.
email-consent = Jag godkänner att organisatörerna använder min e-postadress för att informera mig om det här initiativet.
declaration-legend = Försäkran
declaration = Jag intygar härmed att de uppgifter som jag har lämnat i detta formulär är korrekta och att jag inte redan har stött detta föreslagna medborgarinitiativ.
privacy = Dina personuppgifter krypteras för organisatörerna och görs tillgängliga endast för den behöriga myndigheten i din medlemsstat för kontroll av din stödförklaring, och förstörs senast 21 månader efter insamlingens början (förordning (EU) 2019/788, artikel 19).
submit = Stöd initiativet
id-number-hint = Som det står på handlingen; mellanslag och bindestreck går bra.
id-number-confirm = Jag bekräftar att handlingens nummer är korrekt som det har angetts.

## Field labels and hints
field-full-first-names = Samtliga förnamn
field-family-names = Efternamn
field-date-of-birth = Födelsedatum
field-street = Gata
field-street-number = Nummer
field-postal-code = Postnummer (om sådant finns)
field-city = Ort
field-country = Bosättningsland
field-id-type = Typ av handling
field-id-number = Handlingens nummer
field-email = E-postadress
field-email-consent = Samtycke
field-nationality = Medborgarskap
field-id-number-confirmed = Bekräftelse
hint-full-first-names = Alla dina förnamn, som i din id-handling.
hint-family-names = Alla dina efternamn, som i din id-handling.
hint-date-of-birth = Dag, månad och år, till exempel 31/12/1990.

## Identification documents
doc-passport = Pass
doc-id-card = Identitetskort
doc-citizens-card = Medborgarkort
doc-personal-id = Personligt identifikationsnummer
doc-personal-number = Personnummer

## Errors next to a field
error-required = Fältet är obligatoriskt.
error-too-long = Det här är för långt.
error-invalid-characters = Det här innehåller tecken som inte är tillåtna här.
error-invalid-format = Det här har inte det förväntade formatet.
error-unusual-format = Numret har inte det vanliga formatet; bekräfta det om det är rätt.
error-checksum = Numret är ogiltigt (kontrollsiffran stämmer inte).
error-invalid-date = Det här är inte ett giltigt datum.
error-date-in-future = Datumet ligger i framtiden.
error-too-young = Du är ännu inte gammal nog för att stödja ett initiativ i din medlemsstat.
error-not-allowed = Det här efterfrågas inte för ditt medborgarskap.
error-unknown-field = Okänt fält.
error-duplicate-field = Fältet skickades två gånger.
error-wrong-type = Det här har fel typ.
error-unknown-nationality = Bara medborgare i en EU-medlemsstat kan skriva under.
error-document-type-not-accepted = Din medlemsstat godtar inte den här typen av handling.
error-declaration-required = Bekräfta försäkran.
error-consent-required = Samtyck till att bli kontaktad, eller lämna e-postadressen tom.
error-invalid-email = Det här är inte en giltig e-postadress.

## Pages for refused submissions
unreadable-title = Formuläret kunde inte läsas
unreadable-text = Formuläret kunde inte läsas. Försök igen.
unsupported-title = Begäran stöds inte
unsupported-text = Använd formuläret.
too-large-title = För mycket data
too-large-text = Formuläret var för stort för att tas emot.
rate-limited-title = För många försök
rate-limited-text = För många försök från din anslutning. Vänta en minut, gå tillbaka och skicka igen.
duplicate-title = Redan stött
duplicate-text = En stödförklaring med dessa uppgifter har redan registrerats. Varje medborgare får stödja ett initiativ bara en gång.

## Progress page
progress-title = Insamlingens framsteg
progress-total = { $count ->
    [one] { $shown } stödförklaring
   *[other] { $shown } stödförklaringar
}
progress-states = Medlemsstater över sin tröskel: { $count } av { $needed }.
progress-goal = Initiativet behöver minst { $total } stödförklaringar, och tröskeln nådd i minst { $needed } medlemsstater.
progress-state = Medlemsstat
progress-count = Stödförklaringar
progress-threshold = Tröskel
progress-reached = Tröskeln nådd
progress-updated = Siffrorna uppdateras varje minut.

## Member states, in this language
state-AT = Österrike
state-BE = Belgien
state-BG = Bulgarien
state-HR = Kroatien
state-CY = Cypern
state-CZ = Tjeckien
state-DK = Danmark
state-EE = Estland
state-FI = Finland
state-FR = Frankrike
state-DE = Tyskland
state-GR = Grekland
state-HU = Ungern
state-IE = Irland
state-IT = Italien
state-LV = Lettland
state-LT = Litauen
state-LU = Luxemburg
state-MT = Malta
state-NL = Nederländerna
state-PL = Polen
state-PT = Portugal
state-RO = Rumänien
state-SK = Slovakien
state-SI = Slovenien
state-ES = Spanien
state-SE = Sverige

## Receipts and their check (docs/transparency.md)
receipt-text = Kvittot bevisar att din stödförklaring finns i den offentliga loggen, utan att avslöja något om dig. Spara det för att senare kontrollera att den fortfarande räknas.
receipt-download = Ladda ned kvittot
receipt-check-link = Kontrollera ett kvitto
check-title = Kontrollera ett kvitto
check-heading = Kontrollera att din stödförklaring räknas
check-intro = Välj kvittot som du laddade ned efter underskriften. Webbläsaren kontrollerar det mot den offentliga loggen; kvittot skickas ingenstans.
check-file = Kvittofil
check-button = Kontrollera kvittot
check-nojs = Kontrollen körs i din webbläsare och kräver JavaScript. Utan JavaScript kan vem som helst kontrollera ett kvitto med organisatörernas kostnadsfria verktyg:
check-ok = Din stödförklaring räknas: den finns i den offentliga loggen och loggens signatur är giltig.
check-fail = Kvittot kunde inte bekräftas.

## Campaigns: partners, sharing, link previews
meta-description = Stöd det europeiska medborgarinitiativet ”{ $title }” på nätet, på ditt språk. Det tar ungefär en minut.
partner-via = Du skriver under via { $partner }.
partner-consent = Jag godkänner också att { $partner } använder min e-postadress för att informera mig om detta initiativ.
share-heading = Be andra att skriva under
share-text = Jag har stött det europeiska medborgarinitiativet ”{ $title }”. Det kan du också:
share-email = E-post
share-more = Dela…
share-hint = Länkarna öppnar den tjänst du väljer i ett nytt fönster; inget skickas dit innan dess.
share-address = Adress att dela

## Counters and the map
counter-partner = Stödförklaringar insamlade via { $partner }
counter-goal = Mål: { $goal }
counter-sign = Stöd initiativet
counter-badge = stödförklaringar
map-title = Medlemsstater efter hur stor del av sin tröskel de nått
map-share = { $state }: { $percent } % av tröskeln
map-under-25 = under 25 %
map-25-50 = 25 till 50 %
map-50-100 = 50 till 100 %

## Paper form
paper-link = Skriv ut ett pappersformulär för att samla namnunderskrifter för hand
paper-title = Formulär för stödförklaring
paper-intro = Skriv ut formuläret, låt medborgare i den angivna medlemsstaten fylla i det för hand och lämna det till organisatörerna.
paper-part-a = Del A: för medlemsstater som inte kräver något personligt identifikationsnummer eller dokumentnummer
paper-part-b = Del B: för medlemsstater som kräver ett personligt identifikationsnummer eller dokumentnummer
paper-nationals = Alla som skriver under på detta formulär är medborgare i { $state }.
paper-collected-by = Formuläret samlas in av { $partner } för organisatörernas räkning.
paper-registered-on = Registreringsdatum:
paper-register = Webbadress till detta initiativ i kommissionens register:
paper-initiative-title = Titel på det föreslagna medborgarinitiativet:
paper-objectives = Dess viktigaste mål:
paper-contacts = Namn och e-postadresser till de registrerade kontaktpersonerna:
paper-website = Webbplats för det föreslagna medborgarinitiativet:
paper-table-caption = Undertecknare (en person per rad, med versaler)
paper-privacy = Organisatörerna gör dina personuppgifter tillgängliga endast för den behöriga myndigheten i din medlemsstat för kontroll av din stödförklaring och förstör dem senast 21 månader efter att insamlingen börjat (förordning (EU) 2019/788, artikel 19).
paper-date-signature = Datum och underskrift
