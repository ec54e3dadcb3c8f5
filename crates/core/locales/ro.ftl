# ocs-edge: română. Referință: en.ftl (aceiași identificatori și variabile).

## Page frame
skip-to-content = Salt la conținut
language = Limba:
footer-initiative = Inițiativa cetățenească europeană { $id }.
official-register = Registrul oficial
progress-link = Stadiul colectării
back-to-initiative = Înapoi la inițiativă
collection-period = Perioada de colectare: { $start } – { $end }.

## Landing and nationality
support-title = Susțineți această inițiativă
registration-number = Număr de înregistrare:
landing-intro = Orice cetățean al Uniunii Europene care are vârsta cerută în statul său membru poate susține online această inițiativă. Durează aproximativ un minut.
nationality-label = Cetățenia dumneavoastră
nationality-hint = Datele cerute depind de statul membru al cărui cetățean sunteți. Dacă aveți mai multe cetățenii ale UE, alegeți una: o inițiativă poate fi susținută o singură dată.
choose-option = Alegeți…
continue = Continuați
choose-title = Alegeți-vă cetățenia
unknown-nationality = „{ $code }” nu este un stat membru al Uniunii Europene.

## Collection closed
closed-title = Colectare încheiată
not-started = Colectarea declarațiilor de susținere nu a început încă. Reveniți după ce începe.
ended = Colectarea declarațiilor de susținere s-a încheiat. Vă mulțumim pentru interes.

## Confirmation
thanks-title = Vă mulțumim
thanks-heading = Vă mulțumim: susținerea dumneavoastră a fost înregistrată
thanks-stored = Declarația dumneavoastră de susținere a fost criptată pentru organizatori și stocată.
statement-number = Numărul declarației:
statement-number-hint = Păstrați acest număr dacă veți dori mai târziu să le cereți organizatorilor să vă șteargă declarația. Nu dezvăluie nimic despre dumneavoastră.

## The form
signing-as = Semnați în calitate de cetățean al statului: { $state }.
change-nationality = Schimbați cetățenia
note-de-abroad = Dacă locuiți în afara Germaniei, puteți semna cu adresa din străinătate numai dacă v-ați înregistrat reședința permanentă la reprezentanța diplomatică germană competentă de acolo.
bot-check-failed = Nu am putut confirma că nu sunteți un robot. Încercați din nou; datele introduse au fost păstrate.
bot-check-unavailable = Verificarea împotriva semnării automate nu a putut fi făcută acum. Nu s-a salvat nimic, iar datele dumneavoastră au fost păstrate: vă rugăm să retrimiteți formularul peste un minut.
error-summary-title = Vă rugăm să corectați următoarele
your-details = Datele dumneavoastră
all-required = Toate câmpurile sunt obligatorii, cu excepția celor marcate ca opționale.
keeping-in-touch = Păstrarea legăturii (opțional)
email-label = Adresa de e-mail (opțional)
email-hint = Numai dacă doriți ca organizatorii să vă informeze despre această inițiativă. Stocată separat de declarația dumneavoastră.
email-consent = Sunt de acord ca organizatorii să folosească adresa mea de e-mail pentru a mă informa despre această inițiativă.
declaration-legend = Declarație
declaration = Certific prin prezenta că informațiile furnizate în acest formular sunt corecte și că nu am susținut deja această propunere de inițiativă cetățenească.
privacy = Datele dumneavoastră cu caracter personal sunt criptate pentru organizatori și vor fi puse doar la dispoziția autorității competente a statului dumneavoastră membru pentru verificarea declarației, apoi distruse cel târziu la 21 de luni de la începutul colectării (Regulamentul (UE) 2019/788, articolul 19).
submit = Susțineți inițiativa
id-number-hint = Așa cum apare pe document; spațiile și cratimele sunt acceptate.
id-number-confirm = Confirm că numărul documentului este corect așa cum a fost introdus.

## Field labels and hints
field-full-first-names = Prenume complete
field-family-names = Nume de familie
field-date-of-birth = Data nașterii
field-street = Strada
field-street-number = Numărul
field-postal-code = Codul poștal (dacă există)
field-city = Localitatea
field-country = Țara de reședință
field-id-type = Tipul documentului
field-id-number = Numărul documentului
field-email = Adresa de e-mail
field-email-consent = Consimțământ
field-nationality = Cetățenie
field-id-number-confirmed = Confirmare
hint-full-first-names = Toate prenumele, ca în documentul de identitate.
hint-family-names = Toate numele de familie, ca în documentul de identitate.
hint-date-of-birth = Ziua, luna și anul, de exemplu 31/12/1990.

## Identification documents
doc-passport = Pașaport
doc-id-card = Carte de identitate
doc-citizens-card = Card de cetățean
doc-personal-id = Cod numeric personal
doc-personal-number = Număr personal

## Errors next to a field
error-required = Acest câmp este obligatoriu.
error-too-long = Valoarea este prea lungă.
error-invalid-characters = Valoarea conține caractere care nu sunt permise aici.
error-invalid-format = Valoarea nu are formatul așteptat.
error-unusual-format = Acest număr nu are formatul obișnuit; confirmați-l dacă este corect.
error-checksum = Acest număr nu este valabil (cifra de control nu corespunde).
error-invalid-date = Aceasta nu este o dată validă.
error-date-in-future = Această dată este în viitor.
error-too-young = Nu aveți încă vârsta necesară pentru a susține o inițiativă în statul dumneavoastră membru.
error-not-allowed = Această informație nu se cere pentru cetățenia dumneavoastră.
error-unknown-field = Câmp necunoscut.
error-duplicate-field = Acest câmp a fost trimis de două ori.
error-wrong-type = Valoarea are un tip greșit.
error-unknown-nationality = Pot semna doar cetățenii unui stat membru al UE.
error-document-type-not-accepted = Statul dumneavoastră membru nu acceptă acest tip de document.
error-declaration-required = Vă rugăm să confirmați declarația.
error-consent-required = Vă rugăm să fiți de acord să fiți contactat sau lăsați goală adresa de e-mail.
error-invalid-email = Aceasta nu este o adresă de e-mail validă.

## Pages for refused submissions
unreadable-title = Formular ilizibil
unreadable-text = Formularul nu a putut fi citit. Încercați din nou.
unsupported-title = Cerere neacceptată
unsupported-text = Vă rugăm să folosiți formularul.
too-large-title = Prea multe date
too-large-text = Formularul a fost prea mare pentru a fi acceptat.
rate-limited-title = Prea multe încercări
rate-limited-text = Prea multe încercări de la conexiunea dumneavoastră. Așteptați un minut, reveniți și trimiteți din nou.
duplicate-title = Deja susținută
duplicate-text = O declarație de susținere cu aceste date a fost deja înregistrată. Fiecare cetățean poate susține o inițiativă o singură dată.

## Progress page
progress-title = Stadiul colectării
progress-total = { $count ->
    [one] { $shown } declarație de susținere
    [few] { $shown } declarații de susținere
   *[other] { $shown } de declarații de susținere
}
progress-states = State membre peste prag: { $count } din { $needed }.
progress-goal = Inițiativa are nevoie de cel puțin { $total } de declarații de susținere, cu pragul atins în cel puțin { $needed } state membre.
progress-state = Stat membru
progress-count = Declarații
progress-threshold = Prag
progress-reached = Prag atins
progress-updated = Cifrele sunt actualizate în fiecare minut.

## Member states, in this language
state-AT = Austria
state-BE = Belgia
state-BG = Bulgaria
state-HR = Croația
state-CY = Cipru
state-CZ = Cehia
state-DK = Danemarca
state-EE = Estonia
state-FI = Finlanda
state-FR = Franța
state-DE = Germania
state-GR = Grecia
state-HU = Ungaria
state-IE = Irlanda
state-IT = Italia
state-LV = Letonia
state-LT = Lituania
state-LU = Luxemburg
state-MT = Malta
state-NL = Țările de Jos
state-PL = Polonia
state-PT = Portugalia
state-RO = România
state-SK = Slovacia
state-SI = Slovenia
state-ES = Spania
state-SE = Suedia

## Receipts and their check (docs/transparency.md)
receipt-text = Chitanța dovedește că declarația dumneavoastră se află în registrul public al declarațiilor, fără a dezvălui nimic despre dumneavoastră. Păstrați-o pentru a verifica mai târziu că este încă numărată.
receipt-download = Descărcați chitanța
receipt-check-link = Verificați o chitanță
check-title = Verificați o chitanță
check-heading = Verificați că declarația dumneavoastră este numărată
check-intro = Alegeți chitanța descărcată după semnare. Browserul o verifică în registrul public; chitanța nu este trimisă nicăieri.
check-file = Fișierul chitanței
check-button = Verificați chitanța
check-nojs = Această verificare are loc în browser și necesită JavaScript. Fără el, oricine poate verifica o chitanță cu instrumentul gratuit al organizatorilor:
check-ok = Declarația dumneavoastră este numărată: se află în registrul public, a cărui semnătură este validă.
check-fail = Această chitanță nu a putut fi verificată.

## Campaigns: partners, sharing, link previews
meta-description = Sprijiniți online inițiativa cetățenească europeană „{ $title }”, în limba dumneavoastră. Durează aproximativ un minut.
partner-via = Semnați prin intermediul { $partner }.
partner-consent = Sunt de acord și ca { $partner } să folosească adresa mea de e-mail pentru a mă informa despre această inițiativă.
share-heading = Rugați-i și pe alții să semneze
share-text = Am sprijinit inițiativa cetățenească europeană „{ $title }”. Puteți și dumneavoastră:
share-email = E-mail
share-more = Distribuiți…
share-hint = Aceste linkuri deschid serviciul ales într-o fereastră nouă; înainte nu i se trimite nimic.
share-address = Adresa de distribuit

## Counters and the map
counter-partner = Declarații de susținere colectate prin intermediul { $partner }
counter-goal = Obiectiv: { $goal }
counter-sign = Sprijiniți inițiativa
counter-badge = declarații de susținere
map-title = Statele membre după partea atinsă din pragul lor
map-share = { $state }: { $percent } % din prag
map-under-25 = sub 25 %
map-25-50 = între 25 și 50 %
map-50-100 = între 50 și 100 %

## Paper form
paper-link = Tipăriți un formular pe hârtie pentru a colecta semnături de mână
paper-title = Formular de declarație de susținere
paper-intro = Tipăriți acest formular, cereți cetățenilor statului membru indicat să îl completeze de mână și returnați-l organizatorilor.
paper-part-a = Partea A: pentru statele membre care nu solicită un număr personal de identificare sau un număr de document
paper-part-b = Partea B: pentru statele membre care solicită un număr personal de identificare sau un număr de document
paper-nationals = Toți semnatarii acestui formular sunt cetățeni ai statului: { $state }.
paper-collected-by = Acest formular este colectat de { $partner } în numele organizatorilor.
paper-registered-on = Data înregistrării:
paper-register = Adresa internet a acestei inițiative în registrul Comisiei:
paper-initiative-title = Titlul propunerii de inițiativă cetățenească:
paper-objectives = Principalele sale obiective:
paper-contacts = Numele și adresele de e-mail ale persoanelor de contact înregistrate:
paper-website = Site-ul propunerii de inițiativă cetățenească:
paper-table-caption = Semnatari (o persoană pe rând, cu majuscule)
paper-privacy = Organizatorii vor pune datele dumneavoastră cu caracter personal doar la dispoziția autorității competente din statul dumneavoastră membru, pentru verificarea declarației, și le vor distruge cel târziu la 21 de luni de la începerea colectării (Regulamentul (UE) 2019/788, articolul 19).
paper-date-signature = Data și semnătura
