# ocs-edge: dansk. Reference: en.ftl (samme meddelelses-id'er og variabler).

## Page frame
skip-to-content = Gå til indholdet
language = Sprog:
footer-initiative = Europæisk borgerinitiativ { $id }.
official-register = Officielt register
progress-link = Indsamlingens fremskridt
back-to-initiative = Tilbage til initiativet

## Landing and nationality
support-title = Støt dette initiativ
landing-intro = Alle borgere i Den Europæiske Union, der er gamle nok i deres medlemsstat, kan støtte dette initiativ online. Det tager omkring et minut.
nationality-label = Dit statsborgerskab
nationality-hint = Hvilke oplysninger der spørges om, afhænger af den medlemsstat, du er statsborger i. Har du flere EU-statsborgerskaber, så vælg ét: du må kun støtte et initiativ én gang.
choose-option = Vælg…
continue = Fortsæt
choose-title = Vælg dit statsborgerskab
unknown-nationality = »{ $code }« er ikke en medlemsstat i Den Europæiske Union.

## Collection closed
closed-title = Det er ikke muligt at skrive under nu
not-started = Indsamlingen af støtte­tilkende­givelser er ikke begyndt endnu. Kom tilbage, når den er begyndt.
ended = Indsamlingen af støtte­tilkende­givelser er afsluttet. Tak for din interesse.

## Confirmation
thanks-title = Tak
thanks-heading = Tak: din støtte er registreret
thanks-stored = Din støtte­tilkende­givelse er krypteret til organisatorerne og gemt.
statement-number = Støtte­tilkende­givelsens nummer:
statement-number-hint = Gem nummeret, hvis du senere vil bede organisatorerne om at slette din støtte­tilkende­givelse. Det afslører intet om dig.

## The form
signing-as = Du skriver under som statsborger i { $state }.
change-nationality = Skift statsborgerskab
note-de-abroad = Hvis du bor uden for Tyskland, kan du kun skrive under med din adresse i udlandet, hvis du har registreret din faste bopæl hos den kompetente tyske diplomatiske repræsentation dér.
bot-check-failed = Vi kunne ikke bekræfte, at du ikke er en robot. Prøv igen; dine oplysninger er bevaret.
bot-check-unavailable = Vi kunne ikke foretage kontrollen mod automatisk underskrivning lige nu. Intet er gemt, og dine oplysninger er bevaret: send venligst formularen igen om et minut.
wallet-button = Underskriv med din europæiske digitale identitetstegnebog
wallet-intro = Med din europæiske digitale identitetstegnebog kommer dine oplysninger fra dit lands identitetsbevis, og du behøver ikke at skrive dem.
wallet-filled = Dine oplysninger fra tegnebogen er udfyldt nedenfor og kan ikke ændres her. Udfyld det, der stadig er tomt, og send derefter formularen.
wallet-refused-untrusted = Svaret fra din tegnebog kunne ikke bekræftes som kommende fra en anerkendt identitetsudbyder. Intet blev gemt. Du kan selv udfylde formularen.
wallet-refused-again = Svaret fra din tegnebog var ikke til denne side eller kom for sent. Intet blev gemt. Spørg din tegnebog igen.
wallet-refused-expired = Dit identitetsbevis er udløbet eller ikke længere gyldigt. Intet blev gemt. Forny det i din tegnebog, eller udfyld selv formularen.
wallet-refused-status = Gyldigheden af dit identitetsbevis kan ikke kontrolleres lige nu. Intet blev gemt. Prøv igen om et minut, eller udfyld selv formularen.
wallet-refused-missing = Din tegnebog delte ikke alle de oplysninger, som denne formular har brug for. Intet blev gemt. Del dem, eller udfyld selv formularen.
wallet-refused-nationality = Dit identitetsbevis viser ikke det statsborgerskab, der er valgt i denne formular. Intet blev gemt.
wallet-unavailable = Det er ikke muligt at underskrive med tegnebogen lige nu. Intet blev gemt. Prøv igen om et minut, eller udfyld selv formularen.
error-summary-title = Ret venligst følgende
your-details = Dine oplysninger
all-required = Alle felter skal udfyldes, medmindre de er markeret som valgfrie.
keeping-in-touch = Hold kontakten (valgfrit)
email-label = E-mailadresse (valgfrit)
email-hint = Kun hvis du vil have organisatorerne til at informere dig om dette initiativ. Gemmes adskilt fra din støtte­tilkende­givelse.
email-consent = Jeg accepterer, at organisatorerne bruger min e-mailadresse til at informere mig om dette initiativ.
declaration-legend = Erklæring
submit = Støt initiativet
id-number-hint = Som det står på dokumentet; mellemrum og bindestreger er i orden.
id-number-confirm = Jeg bekræfter, at dokumentnummeret er korrekt som indtastet.

## Field labels and hints
field-full-first-names = Alle fornavne
field-family-names = Efternavne
field-date-of-birth = Fødselsdato
field-street = Gade
field-street-number = Husnummer
field-postal-code = Postnummer
field-city = By
field-country = Bopælsland
field-id-type = Dokumenttype
field-id-number = Dokumentnummer
field-email = E-mailadresse
field-email-consent = Samtykke
field-nationality = Statsborgerskab
field-id-number-confirmed = Bekræftelse
hint-full-first-names = Alle dine fornavne, som i dit identitetsdokument.
hint-family-names = Alle dine efternavne, som i dit identitetsdokument.
hint-date-of-birth = Dag, måned og år, for eksempel 31.12.1990.
hint-postal-code = Lad kun feltet stå tomt, hvis adresser i dit bopælsland ikke har postnummer.

## Identification documents
doc-passport = Pas
doc-id-card = Identitetskort
doc-citizens-card = Borgerkort
doc-personal-id = Personligt identifikationsnummer
doc-personal-number = Personnummer

## Errors next to a field
error-required = Feltet skal udfyldes.
error-too-long = Det er for langt.
error-invalid-characters = Det indeholder tegn, der ikke er tilladt her.
error-invalid-format = Det har ikke det forventede format.
error-unusual-format = Nummeret har ikke det sædvanlige format; bekræft det, hvis det er rigtigt.
error-checksum = Nummeret er ugyldigt (kontrolcifferet passer ikke).
error-invalid-date = Det er ikke en gyldig dato.
error-date-in-future = Datoen ligger i fremtiden.
error-too-young = Du er endnu ikke gammel nok til at støtte et initiativ i din medlemsstat.
error-not-allowed = Dette spørges der ikke om for dit statsborgerskab.
error-unknown-field = Ukendt felt.
error-duplicate-field = Feltet blev sendt to gange.
error-wrong-type = Det har den forkerte type.
error-unknown-nationality = Kun borgere i en EU-medlemsstat kan skrive under.
error-document-type-not-accepted = Din medlemsstat accepterer ikke denne dokumenttype.
error-declaration-required = Bekræft venligst erklæringen.
error-consent-required = Giv samtykke til at blive kontaktet, eller lad e-mailadressen være tom.
error-invalid-email = Det er ikke en gyldig e-mailadresse.

## Pages for refused submissions
unreadable-title = Formularen kunne ikke læses
unreadable-text = Formularen kunne ikke læses. Prøv igen.
unsupported-title = Anmodningen understøttes ikke
unsupported-text = Brug venligst formularen.
too-large-title = For mange data
too-large-text = Formularen var for stor til at blive modtaget.
rate-limited-title = For mange forsøg
rate-limited-text = For mange forsøg fra din forbindelse. Vent et minut, gå tilbage og send igen.
duplicate-title = Allerede støttet
duplicate-text = En støtte­tilkende­givelse med disse oplysninger er allerede registreret. Hver borger må kun støtte et initiativ én gang.

## Progress page
progress-title = Indsamlingens fremskridt
progress-total = { $count ->
    [one] { $shown } støtte­tilkende­givelse
   *[other] { $shown } støtte­tilkende­givelser
}
progress-states = Medlemsstater over deres tærskel: { $count } af { $needed }.
progress-goal = Initiativet skal have mindst { $total } støtte­tilkende­givelser og nå tærsklen i mindst { $needed } medlemsstater.
progress-state = Medlemsstat
progress-count = Støtte­tilkende­givelser
progress-threshold = Tærskel
progress-reached = Tærsklen er nået
progress-updated = Tallene opdateres hvert minut.

## Member states, in this language
state-AT = Østrig
state-BE = Belgien
state-BG = Bulgarien
state-HR = Kroatien
state-CY = Cypern
state-CZ = Tjekkiet
state-DK = Danmark
state-EE = Estland
state-FI = Finland
state-FR = Frankrig
state-DE = Tyskland
state-GR = Grækenland
state-HU = Ungarn
state-IE = Irland
state-IT = Italien
state-LV = Letland
state-LT = Litauen
state-LU = Luxembourg
state-MT = Malta
state-NL = Nederlandene
state-PL = Polen
state-PT = Portugal
state-RO = Rumænien
state-SK = Slovakiet
state-SI = Slovenien
state-ES = Spanien
state-SE = Sverige

## Receipts and their check (docs/transparency.md)
receipt-text = Din kvittering beviser, at din støtte­tilkende­givelse er i den offentlige log, uden at afsløre noget om dig. Gem den for senere at kontrollere, at den stadig tælles med.
receipt-download = Hent kvitteringen
receipt-check-link = Kontrollér en kvittering
check-title = Kontrollér en kvittering
check-heading = Kontrollér, at din støtte­tilkende­givelse tælles med
check-intro = Vælg den kvittering, du hentede efter underskrivelsen. Din browser kontrollerer den mod den offentlige log; kvitteringen sendes ingen steder hen.
check-file = Kvitteringsfil
check-button = Kontrollér kvitteringen
check-nojs = Kontrollen kører i din browser og kræver JavaScript. Uden JavaScript kan enhver kontrollere en kvittering med organisatorernes gratis værktøj:
check-ok = Din støtte­tilkende­givelse tælles med: den er i den offentlige log, og loggens signatur er gyldig.
check-ok-detail = Kontrolleret mod loggens seneste signerede tilstand: post { $leaf } af { $size } i del { $shard } af loggen.
check-fail = Kvitteringen kunne ikke bekræftes.
check-fail-file = Filen er ikke en kvittering fra denne indsamling, eller den er blevet ændret. Vælg den fil, du hentede efter underskrivelsen (receipt-….json).
check-fail-unreachable = Den offentlige log kunne ikke nås lige nu. Prøv igen om et par minutter.
check-fail-missing = Loggen indeholder ikke din støtte­tilkende­givelse, som kvitteringen siger, den skal. Giv organisatorerne besked: { $contact }

## Campaigns: partners, sharing, link previews
meta-description = Støt det europæiske borgerinitiativ »{ $title }« online på dit eget sprog. Det tager omkring et minut.
partner-via = Du skriver under via { $partner }.
partner-consent = Jeg accepterer også, at { $partner } bruger min e-mailadresse til at informere mig om dette initiativ.
share-heading = Bed andre om at skrive under
share-text = »{ $title }«: et europæisk borgerinitiativ, som du kan støtte online på cirka et minut.
share-email = E-mail
share-more = Del…
share-hint = Linkene åbner den valgte tjeneste i et nyt vindue; intet sendes til den forinden.
share-address = Adresse til deling

## Counters and the map
counter-partner = Støtte­tilkende­givelser indsamlet via { $partner }
counter-goal = Mål: { $goal }
counter-sign = Støt initiativet
counter-badge = støtte­tilkende­givelser
map-title = Medlemsstater efter, hvor stor en del af deres tærskel de har nået
map-share = { $state }: { $percent } % af tærsklen
map-none = ingen endnu
map-under-25 = under 25 %
map-25-50 = 25 til 50 %
map-50-100 = 50 til 100 %

## Paper form
paper-link = Udskriv en papirformular til at indsamle underskrifter i hånden
paper-title = Formular til støtte­tilkende­givelse
paper-intro = Udskriv formularen, lad borgere i den nævnte medlemsstat udfylde den i hånden, og giv den tilbage til organisatorerne.
paper-part-a = Del A: for medlemsstater, der ikke kræver et personligt identifikationsnummer eller dokumentnummer
paper-part-b = Del B: for medlemsstater, der kræver et personligt identifikationsnummer eller dokumentnummer
paper-collected-by = Formularen indsamles af { $partner } på organisatorernes vegne.
paper-table-caption = Underskrivere (én person pr. række, med blokbogstaver)
paper-date-signature = Dato og underskrift

## Annex III: the initiative's particulars, points 1 to 8 of every form (docs/certification.md)
particulars-heading = Om dette initiativ
particular-nationals = Alle underskrivere på denne formular er statsborgere i:
particular-registration = Europa-Kommissionens registreringsnummer:
particular-period = Indsamlingsperiodens start- og slutdato:
particular-register = Webadressen for dette initiativ i Europa-Kommissionens register:
particular-title = Initiativets titel:
particular-objectives = Hovedformål:
particular-contacts = De registrerede kontaktpersoners navne og e-mailadresser:
particular-website = Initiativets websted (hvis et sådant findes):
date-range = { $start } til { $end }

## Annex III: the declaration and the privacy statement, word for word (docs/certification.md)
declaration = Jeg bekræfter herved, at de oplysninger, jeg har afgivet i denne formular, er korrekte, og at jeg ikke allerede har støttet dette initiativ.
declaration-eid = Jeg bekræfter herved, at jeg ikke allerede har støttet dette initiativ.
privacy-heading = Databeskyttelseserklæring
privacy-1 = I overensstemmelse med forordning (EU) 2016/679 (den generelle forordning om databeskyttelse) vil dine personoplysninger, som er oplyst i denne formular, udelukkende blive anvendt til støtte for initiativet, og de vil kun blive stillet til de kompetente nationale myndigheders rådighed med henblik på kontrol og attestering. Du har ret til at anmode initiativtagerne til dette initiativ om indsigt i og berigtigelse og sletning af dine personoplysninger eller om begrænsning af behandlingen af dine personoplysninger.
privacy-2 = Dine oplysninger opbevares af initiativtagergruppen i en periode på højst en måned efter indgivelsen af initiativet til Europa-Kommissionen eller 21 måneder efter begyndelsen af indsamlingsperioden, alt efter hvad der indtræffer først. De kan opbevares ud over disse frister i tilfælde af administrative eller retlige procedurer i højst en måned efter datoen for disse procedurers afslutning.
privacy-3 = Uden at det berører andre administrative klageadgange eller adgang til retsmidler, har du til enhver tid ret til at indgive klage til en databeskyttelsesmyndighed, navnlig i den medlemsstat, hvor du har dit sædvanlige opholdssted eller arbejdssted, eller hvor den påståede overtrædelse har fundet sted, hvis du mener, at dine oplysninger behandles ulovligt.
privacy-4 = Repræsentanten for initiativtagergruppen til initiativet eller, hvor det er relevant, den retlige enhed, der oprettes af den, er dataansvarlige i den betydning, der er fastlagt i den generelle forordning om databeskyttelse, og kan kontaktes ved hjælp af oplysningerne i denne formular.
privacy-5 = Eventuelle kontaktoplysninger for databeskyttelsesrådgiveren er tilgængelige på dette initiativs webadresse i Europa-Kommissionens register som angivet i punkt 4 i denne formular.
privacy-6 = Kontaktoplysningerne på den nationale myndighed, som modtager og behandler dine personoplysninger, og kontaktoplysninger på de nationale databeskyttelsesmyndigheder findes på: http://ec.europa.eu/citizens-initiative/public/data-protection.
controller-label = Dataansvarlig:
controller-representative = { $name }, repræsentant for organisatorgruppen
controller-contact = Kontakt om dine personoplysninger:
dpo-label = Databeskyttelsesrådgiver:
dpo-none = ikke udpeget

## Privacy notice: what the website processes besides the statement (/{lang}/privacy)
notice-title = Sådan behandler dette websted dine oplysninger
notice-intro = Databeskyttelseserklæringen på formularen dækker din støtte­tilkende­givelse. Denne side beskriver alt andet, dette websted behandler, når du besøger det eller skriver under: hvad, hvorfor, hvor længe og af hvem.
notice-statement-heading = Din støtte­tilkende­givelse
notice-statement = Webstedet kontrollerer din støtte­tilkende­givelse, krypterer den straks, så kun organisatorerne kan åbne den, og gemmer kun den krypterede støtte­tilkende­givelse: ingen, der driver webstedet, kan læse den. Den opbevares og slettes, som databeskyttelseserklæringen siger.
notice-bot-heading = Kontrollen mod automatisk underskrivning
notice-bot = Før en støtte­tilkende­givelse modtages, kontrollerer Cloudflare Turnstile, at det er et menneske, der sender den, ud fra signaler som din IP-adresse og din browsers identifikation. Cloudflare behandler dem kun for at skelne mennesker fra bots, efter sit privatlivstillæg for Turnstile; webstedet modtager kun resultatet.
notice-limit-heading = Grænsen for gentagne forsøg
notice-limit = For at forhindre masseindsendelser tæller webstedet forsøgene fra hver forbindelse i ét minut, under en kode, der er beregnet envejs ud fra din IP-adresse, aldrig under selve adressen. Efter det minut er tællingen glemt.
notice-log-heading = Den offentlige log over støtte­tilkende­givelser
notice-log = Hver gemt støtte­tilkende­givelse tilføjer en post til en offentlig log, så enhver kan kontrollere, at ingen støtte­tilkende­givelse er fjernet eller ændret. En post er et envejs-fingeraftryk af den krypterede støtte­tilkende­givelse og afslører intet om dig. Loggen slettes sammen med støtte­tilkende­givelserne. Din kvittering bliver på din enhed, medmindre du giver den videre.
notice-email-heading = Din e-mailadresse
notice-email = Kun hvis du angiver den og sætter kryds ved samtykket: den krypteres til organisatorerne, opbevares adskilt fra din støtte­tilkende­givelse og bruges kun til at informere dig om dette initiativ. Den slettes sammen med støtte­tilkende­givelserne eller tidligere, hvis du trækker dit samtykke tilbage ved at skrive til kontakten nedenfor.
notice-hosting-heading = Hosting
notice-hosting = Webstedet kører på netværket hos Cloudflare, Inc., som behandler det på organisatorernes vegne som deres databehandler. De krypterede støtte­tilkende­givelser gemmes { $where ->
    [eu] i datacentre i Den Europæiske Union
   *[other] i datacentre, som Cloudflare vælger
}.
notice-records-heading = Logfiler og cookies
notice-records = Webstedet skriver hverken personoplysninger eller IP-adresser i sine logfiler. Det sætter ingen cookies og henter intet fra andre websteder, bortset fra kontrollen mod automatisk underskrivning.
notice-rights-heading = Dine rettigheder og din kontakt
notice-rights = Du har de rettigheder, som databeskyttelseserklæringen nævner, også for denne behandling. Kontakt den dataansvarlige for at udøve dem eller med spørgsmål om denne side:
