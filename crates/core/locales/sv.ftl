# ocs-edge: svenska. Referens: en.ftl (samma meddelande-id och variabler).

## Page frame
skip-to-content = Gå till innehållet
language = Språk:
footer-initiative = Europeiskt medborgarinitiativ { $id }.
official-register = Officiellt register
progress-link = Insamlingens framsteg
back-to-initiative = Tillbaka till initiativet

## Landing and nationality
support-title = Stöd det här initiativet
landing-intro = Alla medborgare i Europeiska unionen som är gamla nog i sin medlemsstat kan stödja det här initiativet på nätet. Det tar ungefär en minut.
nationality-label = Ditt medborgarskap
nationality-hint = Vilka uppgifter som efterfrågas beror på vilken medlemsstat du är medborgare i. Om du har flera EU-medborgarskap, välj ett: du får stödja ett initiativ bara en gång.
choose-option = Välj…
continue = Fortsätt
choose-title = Välj ditt medborgarskap
unknown-nationality = ”{ $code }” är inte en medlemsstat i Europeiska unionen.

## Collection closed
closed-title = Det går inte att skriva under nu
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
wallet-button = Skriv under med din europeiska digitala identitetsplånbok
wallet-intro = Med din europeiska digitala identitetsplånbok hämtas dina uppgifter från ditt lands identitetsbevis och du behöver inte skriva dem.
wallet-filled = Dina uppgifter från plånboken är ifyllda nedan och kan inte ändras här. Fyll i det som fortfarande är tomt och skicka sedan formuläret.
wallet-refused-untrusted = Svaret från din plånbok kunde inte bekräftas komma från en erkänd identitetsleverantör. Ingenting sparades. Du kan fylla i formuläret själv.
wallet-refused-again = Svaret från din plånbok var inte avsett för den här sidan eller kom för sent. Ingenting sparades. Fråga din plånbok igen.
wallet-refused-expired = Ditt identitetsbevis har gått ut eller är inte längre giltigt. Ingenting sparades. Förnya det i din plånbok eller fyll i formuläret själv.
wallet-refused-status = Giltigheten hos ditt identitetsbevis kan inte kontrolleras just nu. Ingenting sparades. Försök igen om en minut eller fyll i formuläret själv.
wallet-refused-missing = Din plånbok delade inte alla uppgifter som formuläret behöver. Ingenting sparades. Dela dem eller fyll i formuläret själv.
wallet-refused-nationality = Ditt identitetsbevis visar inte det medborgarskap som valts i formuläret. Ingenting sparades.
wallet-unavailable = Det går inte att skriva under med plånboken just nu. Ingenting sparades. Försök igen om en minut eller fyll i formuläret själv.
error-summary-title = Rätta följande
your-details = Dina uppgifter
all-required = Alla fält är obligatoriska om de inte är markerade som frivilliga.
keeping-in-touch = Hålla kontakten (frivilligt)
email-label = E-postadress (frivilligt)
email-hint = Bara om du vill att organisatörerna informerar dig om initiativet. Sparas skilt från din stödförklaring.
email-consent = Jag godkänner att organisatörerna använder min e-postadress för att informera mig om det här initiativet.
declaration-legend = Försäkran
submit = Stöd initiativet
id-number-hint = Som det står på handlingen; mellanslag och bindestreck går bra.
id-number-confirm = Jag bekräftar att handlingens nummer är korrekt som det har angetts.

## Field labels and hints
field-full-first-names = Samtliga förnamn
field-family-names = Efternamn
field-date-of-birth = Födelsedatum
field-street = Gata
field-street-number = Nummer
field-postal-code = Postnummer
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
hint-date-of-birth = År, månad och dag eller dag, månad och år, till exempel 1990-12-31.
hint-postal-code = Lämna fältet tomt bara om adresser i ditt bosättningsland saknar postnummer.

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
    [one] { $shown } stöd­förklaring
   *[other] { $shown } stöd­förklaringar
}
progress-states = Medlemsstater över sin tröskel: { $count } av { $needed }.
progress-goal = Initiativet behöver minst { $total } stödförklaringar, och tröskeln nådd i minst { $needed } medlemsstater.
progress-state = Medlems­stat
progress-count = Stöd­förklaringar
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
check-ok-detail = Kontrollerat mot loggens senaste signerade tillstånd: post { $leaf } av { $size } i del { $shard } av loggen.
check-fail = Kvittot kunde inte bekräftas.
check-fail-file = Filen är inte ett kvitto från den här insamlingen, eller så har den ändrats. Välj filen som du laddade ned efter underskriften (receipt-….json).
check-fail-unreachable = Den offentliga loggen gick inte att nå just nu. Försök igen om några minuter.
check-fail-missing = Loggen innehåller inte din stödförklaring så som kvittot säger. Meddela organisatörerna: { $contact }

## Campaigns: partners, sharing, link previews
meta-description = Stöd det europeiska medborgarinitiativet ”{ $title }” på nätet, på ditt språk. Det tar ungefär en minut.
partner-via = Du skriver under via { $partner }.
partner-consent = Jag godkänner också att { $partner } använder min e-postadress för att informera mig om detta initiativ.
share-heading = Be andra att skriva under
share-text = ”{ $title }”: ett europeiskt medborgarinitiativ som du kan stödja på nätet på ungefär en minut.
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
map-share = { $state }: { $percent } % av tröskeln
map-none = inga ännu
map-under-25 = under 25 %
map-25-50 = 25 till 50 %
map-50-100 = 50 till 100 %

## Paper form
paper-link = Skriv ut ett pappersformulär för att samla namnunderskrifter för hand
paper-title = Formulär för stödförklaring
paper-intro = Skriv ut formuläret, låt medborgare i den angivna medlemsstaten fylla i det för hand och lämna det till organisatörerna.
paper-part-a = Del A: för medlemsstater som inte kräver något personligt identifikationsnummer eller dokumentnummer
paper-part-b = Del B: för medlemsstater som kräver ett personligt identifikationsnummer eller dokumentnummer
paper-collected-by = Formuläret samlas in av { $partner } för organisatörernas räkning.
paper-table-caption = Undertecknare (en person per rad, med versaler)
paper-date-signature = Datum och underskrift

## Annex III: the initiative's particulars, points 1 to 8 of every form (docs/certification.md)
particulars-heading = Om det här initiativet
particular-nationals = Alla undertecknare på detta formulär är medborgare i:
particular-registration = Europeiska kommissionens registreringsnummer:
particular-period = Insamlingsperiodens början och slut:
particular-register = Webbadress till detta initiativ i Europeiska kommissionens register:
particular-title = Initiativets titel:
particular-objectives = Huvudsakliga mål:
particular-contacts = Namn och e-postadresser för de registrerade kontaktpersonerna:
particular-website = Initiativets webbplats (om det finns en sådan):
date-range = { $start } till { $end }

## Annex III: the declaration and the privacy statement, word for word (docs/certification.md)
declaration = Härmed intygar jag att de upplysningar som jag har lämnat i detta formulär är riktiga och att jag inte redan har stött det här initiativet.
declaration-eid = Jag intygar att jag inte redan har stött det här medborgarinitiativet.
privacy-heading = Integritetsmeddelande
privacy-1 = I enlighet med förordning (EU) 2016/679 (den allmänna dataskyddsförordningen) kommer de personuppgifter som lämnas på detta formulär endast att användas till stöd för initiativet och de behöriga nationella myndigheterna kommer endast att få tillgång till dem för kontroll och intygande. Du har rätt att begära att gruppen av organisatörer av initiativet ger dig tillgång till dina personuppgifter och att de rättar, tar bort eller begränsar behandlingen av uppgifterna.
privacy-2 = Gruppen av organisatörer kommer att lagra dina uppgifter i högst en månad efter det att initiativet lämnades in till Europeiska kommissionen eller i 21 månader efter insamlingsperiodens början, beroende på vilken dag som infaller först. Uppgifterna kan komma att lagras längre vid administrativa eller rättsliga förfaranden, dock högst en månad efter den dag då dessa förfaranden slutfördes.
privacy-3 = Utan att det påverkar något annat administrativt prövningsförfarande eller rättsmedel har du, om du anser att dina uppgifter behandlas på ett olagligt sätt, rätt att när som helst lämna in ett klagomål till en dataskyddsmyndighet, särskilt i den medlemsstat där du har din hemvist eller din arbetsplats eller där det påstådda intrånget begicks.
privacy-4 = Företrädaren för gruppen av organisatörer för initiativet, eller i förekommande fall den rättsliga enhet som har bildats för att förvalta det, är personuppgiftsansvariga i den mening som avses i den allmänna dataskyddsförordningen och kan kontaktas med hjälp av uppgifterna på detta formulär.
privacy-5 = Kontaktuppgifter till dataskyddsombudet (om ett sådant finns) finns på initiativets webbadress i Europeiskakommissionens register, enligt punkt 4 i detta formulär.
privacy-6 = Kontaktuppgifter till den nationella myndighet som kommer att ta emot och behandla dina personuppgifter samt kontaktuppgifter till de nationella dataskyddsmyndigheterna finns på följande adress: http://ec.europa.eu/citizens-initiative/public/data-protection.
controller-label = Personuppgiftsansvarig:
controller-representative = { $name }, företrädare för organisatörsgruppen
controller-contact = Kontakt om dina personuppgifter:
dpo-label = Dataskyddsombud:
dpo-none = inget utsett

## Privacy notice: what the website processes besides the statement (/{lang}/privacy)
notice-title = Så hanterar den här webbplatsen dina uppgifter
notice-intro = Integritetsmeddelandet på formuläret gäller din stödförklaring. Den här sidan beskriver allt annat som webbplatsen behandlar när du besöker den eller skriver under: vad, varför, hur länge och av vem.
notice-statement-heading = Din stödförklaring
notice-statement = Webbplatsen kontrollerar din stödförklaring, krypterar den genast så att bara organisatörerna kan öppna den och sparar bara den krypterade stödförklaringen: ingen som driver webbplatsen kan läsa den. Den bevaras och raderas så som integritetsmeddelandet säger.
notice-bot-heading = Kontrollen mot automatiska underskrifter
notice-bot = Innan en stödförklaring tas emot kontrollerar Cloudflare Turnstile att det är en människa som skickar den, utifrån signaler som din IP-adress och din webbläsares identifiering. Cloudflare behandlar dem bara för att skilja människor från botar, enligt sitt integritetstillägg för Turnstile; webbplatsen får bara resultatet.
notice-limit-heading = Gränsen för upprepade försök
notice-limit = För att hindra massinskick räknar webbplatsen försöken från varje anslutning under en minut, under en kod som beräknas envägs från din IP-adress, aldrig under själva adressen. Efter den minuten är räkningen glömd.
notice-log-heading = Den offentliga loggen över stödförklaringar
notice-log = Varje sparad stödförklaring lägger till en post i en offentlig logg, så att vem som helst kan kontrollera att ingen stödförklaring har tagits bort eller ändrats. En post är ett envägs fingeravtryck av den krypterade stödförklaringen och avslöjar ingenting om dig. Loggen raderas tillsammans med stödförklaringarna. Ditt kvitto stannar på din enhet om du inte lämnar det vidare.
notice-email-heading = Din e-postadress
notice-email = Bara om du anger den och kryssar i samtycket: den krypteras för organisatörerna, sparas skilt från din stödförklaring och används bara för att informera dig om det här initiativet. Den raderas tillsammans med stödförklaringarna, eller tidigare om du återkallar ditt samtycke genom att skriva till kontakten nedan.
notice-hosting-heading = Drift
notice-hosting = Webbplatsen körs i nätverket hos Cloudflare, Inc., som behandlar den för organisatörernas räkning som deras personuppgiftsbiträde. De krypterade stödförklaringarna sparas { $where ->
    [eu] i datacenter i Europeiska unionen
   *[other] i datacenter som Cloudflare väljer
}.
notice-records-heading = Loggfiler och kakor
notice-records = Webbplatsen skriver varken personuppgifter eller IP-adresser i sina loggfiler. Den sätter inga kakor och hämtar ingenting från andra webbplatser utom kontrollen mot automatiska underskrifter.
notice-rights-heading = Dina rättigheter och vem du kontaktar
notice-rights = Du har de rättigheter som integritetsmeddelandet räknar upp, även för den här behandlingen. Kontakta den personuppgiftsansvarige för att utöva dem eller med frågor om den här sidan:
