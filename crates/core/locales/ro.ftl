# ocs-edge: română. Referință: en.ftl (aceiași identificatori și variabile).

## Page frame
skip-to-content = Salt la conținut
language = Limba:
footer-initiative = Inițiativa cetățenească europeană { $id }.
official-register = Registrul oficial
progress-link = Stadiul colectării
back-to-initiative = Înapoi la inițiativă

## Landing and nationality
support-title = Susțineți această inițiativă
landing-intro = Orice cetățean al Uniunii Europene care are vârsta cerută în statul său membru poate susține online această inițiativă. Durează aproximativ un minut.
nationality-label = Cetățenia dumneavoastră
nationality-hint = Datele cerute depind de statul membru al cărui cetățean sunteți. Dacă aveți mai multe cetățenii ale UE, alegeți una: o inițiativă poate fi susținută o singură dată.
choose-option = Alegeți…
continue = Continuați
choose-title = Alegeți-vă cetățenia
unknown-nationality = „{ $code }” nu este un stat membru al Uniunii Europene.

## Collection closed
closed-title = Semnarea nu este posibilă acum
not-started = Colectarea declarațiilor de susținere nu a început încă. Reveniți după ce începe.
ended = Colectarea declarațiilor de susținere s-a încheiat. Vă mulțumim pentru interes.

## Confirmation
thanks-title = Vă mulțumim
thanks-heading = Vă mulțumim: susținerea dumneavoastră a fost înregistrată
thanks-stored = Declarația dumneavoastră de susținere a fost criptată pentru organizatori și stocată.
statement-number = Numărul declarației:
statement-number-hint = Păstrați acest număr dacă veți dori mai târziu să le cereți organizatorilor să vă șteargă declarația. Nu dezvăluie nimic despre dumneavoastră.

## The form
signing-as = Cetățenia dumneavoastră: { $state }.
change-nationality = Schimbați cetățenia
note-de-abroad = Dacă locuiți în afara Germaniei, puteți semna cu adresa din străinătate numai dacă v-ați înregistrat reședința permanentă la reprezentanța diplomatică germană competentă de acolo.
bot-check-failed = Nu am putut confirma că nu sunteți un robot. Încercați din nou; datele introduse au fost păstrate.
bot-check-unavailable = Verificarea împotriva semnării automate nu a putut fi făcută acum. Nu s-a salvat nimic, iar datele dumneavoastră au fost păstrate: vă rugăm să retrimiteți formularul peste un minut.
wallet-button = Semnați cu portofelul european pentru identitatea digitală
wallet-intro = Cu portofelul european pentru identitatea digitală, datele dumneavoastră provin din documentul de identitate al țării dumneavoastră și nu trebuie tastate.
wallet-filled = Datele dumneavoastră din portofel sunt completate mai jos și nu pot fi modificate aici. Completați ce a rămas gol, apoi trimiteți formularul.
wallet-refused-untrusted = Răspunsul portofelului dumneavoastră nu a putut fi confirmat ca provenind de la un furnizor de identitate recunoscut. Nu s-a stocat nimic. Puteți completa singur formularul.
wallet-refused-again = Răspunsul portofelului dumneavoastră nu era pentru această pagină sau a sosit prea târziu. Nu s-a stocat nimic. Întrebați din nou portofelul.
wallet-refused-expired = Documentul dumneavoastră de identitate a expirat sau nu mai este valabil. Nu s-a stocat nimic. Reînnoiți-l în portofel sau completați singur formularul.
wallet-refused-status = Valabilitatea documentului dumneavoastră de identitate nu poate fi verificată acum. Nu s-a stocat nimic. Încercați din nou peste un minut sau completați singur formularul.
wallet-refused-missing = Portofelul dumneavoastră nu a comunicat toate datele de care are nevoie acest formular. Nu s-a stocat nimic. Comunicați-le sau completați singur formularul.
wallet-refused-nationality = Documentul dumneavoastră de identitate nu indică cetățenia aleasă în acest formular. Nu s-a stocat nimic.
wallet-unavailable = Semnarea cu portofelul nu este posibilă acum. Nu s-a stocat nimic. Încercați din nou peste un minut sau completați singur formularul.
error-summary-title = Vă rugăm să corectați următoarele
your-details = Datele dumneavoastră
all-required = Toate câmpurile sunt obligatorii, cu excepția celor marcate ca opționale.
keeping-in-touch = Păstrarea legăturii (opțional)
email-label = Adresa de e-mail (opțional)
email-hint = Numai dacă doriți ca organizatorii să vă informeze despre această inițiativă. Stocată separat de declarația dumneavoastră.
email-consent = Sunt de acord ca organizatorii să folosească adresa mea de e-mail pentru a mă informa despre această inițiativă.
declaration-legend = Declarație
submit = Susțineți inițiativa
id-number-hint = Așa cum apare pe document; spațiile și cratimele sunt acceptate.
id-number-confirm = Confirm că numărul documentului este corect așa cum a fost introdus.

## Field labels and hints
field-full-first-names = Prenume complete
field-family-names = Nume de familie
field-date-of-birth = Data nașterii
field-street = Strada
field-street-number = Numărul
field-postal-code = Cod poștal
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
hint-date-of-birth = Ziua, luna și anul, de exemplu 31.12.1990.
hint-postal-code = Lăsați câmpul gol numai dacă adresele din țara dumneavoastră de reședință nu au cod poștal.

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
receipt-text = Chitanța dovedește că declarația dumneavoastră se află în jurnalul public al declarațiilor, fără a dezvălui nimic despre dumneavoastră. Păstrați-o pentru a verifica mai târziu că este încă numărată.
receipt-download = Descărcați chitanța
receipt-check-link = Verificați o chitanță
check-title = Verificați o chitanță
check-heading = Verificați că declarația dumneavoastră este numărată
check-intro = Alegeți chitanța descărcată după semnare. Browserul o verifică în jurnalul public; chitanța nu este trimisă nicăieri.
check-file = Fișierul chitanței
check-button = Verificați chitanța
check-nojs = Această verificare are loc în browser și necesită JavaScript. Fără el, oricine poate verifica o chitanță cu instrumentul gratuit al organizatorilor:
check-ok = Declarația dumneavoastră este numărată: se află în jurnalul public, a cărui semnătură este validă.
check-ok-detail = Verificat față de cea mai recentă stare semnată a jurnalului: intrarea { $leaf } din { $size } în partea { $shard } a jurnalului.
check-fail = Această chitanță nu a putut fi verificată.
check-fail-file = Fișierul nu este o chitanță a acestei colectări sau a fost modificat. Alegeți fișierul descărcat după semnare (receipt-….json).
check-fail-unreachable = Jurnalul public nu a putut fi accesat acum. Încercați din nou peste câteva minute.
check-fail-missing = Jurnalul nu conține declarația dumneavoastră așa cum arată chitanța. Vă rugăm să informați organizatorii: { $contact }

## Campaigns: partners, sharing, link previews
meta-description = Susțineți online inițiativa cetățenească europeană „{ $title }”, în limba dumneavoastră. Durează aproximativ un minut.
partner-via = Semnați prin intermediul organizației { $partner }.
partner-consent = Sunt de acord și ca { $partner } să folosească adresa mea de e-mail pentru a mă informa despre această inițiativă.
share-heading = Rugați-i și pe alții să semneze
share-text = „{ $title }”: o inițiativă cetățenească europeană care poate fi susținută online în aproximativ un minut.
share-email = E-mail
share-more = Distribuiți…
share-hint = Aceste linkuri deschid serviciul ales într-o fereastră nouă; înainte nu i se trimite nimic.
share-address = Adresa de distribuit

## Counters and the map
counter-partner = Declarații de susținere colectate prin intermediul organizației { $partner }
counter-goal = Obiectiv: { $goal }
counter-sign = Susțineți inițiativa
counter-badge = declarații de susținere
map-title = Statele membre după partea atinsă din pragul lor
map-share = { $state }: { $percent } % din prag
map-none = încă niciuna
map-under-25 = sub 25 %
map-25-50 = între 25 și 50 %
map-50-100 = între 50 și 100 %

## Paper form
paper-link = Tipăriți un formular pe hârtie pentru a colecta semnături de mână
paper-title = Formular de declarație de susținere
paper-intro = Tipăriți acest formular, cereți cetățenilor statului membru indicat să îl completeze de mână și returnați-l organizatorilor.
paper-part-a = Partea A: pentru statele membre care nu solicită un număr personal de identificare sau un număr de document
paper-part-b = Partea B: pentru statele membre care solicită un număr personal de identificare sau un număr de document
paper-collected-by = Acest formular este colectat de { $partner } în numele organizatorilor.
paper-table-caption = Semnatari (o persoană pe rând, cu majuscule)
paper-date-signature = Data și semnătura

## Annex III: the initiative's particulars, points 1 to 8 of every form (docs/certification.md)
particulars-heading = Despre această inițiativă
particular-nationals = Toți semnatarii acestui formular sunt cetățeni ai statului:
particular-registration = Numărul de înregistrare atribuit de Comisia Europeană:
particular-period = Data de începere și data de încheiere a perioadei de colectare:
particular-register = Adresa web a acestei inițiative în registrul Comisiei Europene:
particular-title = Titlul acestei inițiative:
particular-objectives = Obiectivele principale:
particular-contacts = Numele și adresele de e-mail ale persoanelor de contact înregistrate:
particular-website = Site-ul web al inițiativei (dacă există):
date-range = { $start } – { $end }

## Annex III: the declaration and the privacy statement, word for word (docs/certification.md)
declaration = Certific prin prezenta că informațiile furnizate în acest formular sunt corecte și că nu am mai susținut anterior această inițiativă.
declaration-eid = Certific prin prezenta că nu am mai susținut anterior această inițiativă.
privacy-heading = Declarație de confidențialitate
privacy-1 = În conformitate cu Regulamentul (UE) 2016/679 (Regulamentul general privind protecția datelor), datele dumneavoastră cu caracter personal furnizate în acest formular vor fi utilizate exclusiv pentru susținerea inițiativei și vor fi puse la dispoziția autorităților naționale competente în scopul verificării și al certificării. Aveți dreptul de a solicita grupului de organizatori ai acestei inițiative accesul la datele dumneavoastră cu caracter personal, rectificarea acestora, ștergerea acestora și restricționarea prelucrării acestora.
privacy-2 = Datele dumneavoastră vor fi stocate de către grupul de organizatori pentru o perioadă de păstrare maximă de o lună de la depunerea inițiativei la Comisia Europeană sau de 21 de luni de la începutul perioadei de colectare, luându-se în considerare prima dintre aceste date. Datele dumneavoastră ar putea fi păstrate dincolo de termenele respective în cazul unor proceduri administrative sau judiciare, pentru o perioadă de maximum o lună de la data încheierii procedurilor în cauză.
privacy-3 = Fără a aduce atingere posibilității de a introduce orice alte căi de atac administrative sau judiciare, aveți dreptul de a adresa în orice moment o plângere unei autorități pentru protecția datelor, în special în statul membru unde aveți reședința obișnuită, unde vă desfășurați activitatea profesională sau unde a avut loc presupusa încălcare, în cazul în care considerați că datele dumneavoastră sunt prelucrate în mod ilegal.
privacy-4 = Reprezentantul grupului de organizatori ai inițiativei sau, dacă este cazul, entitatea juridică constituită de acesta este operatorul în sensul Regulamentului general privind protecția datelor și poate fi contactat utilizând datele de contact furnizate în prezentul formular.
privacy-5 = Datele de contact ale responsabilului cu protecția datelor (dacă există) sunt disponibile la adresa de internet a acestei inițiative din registrul Comisiei Europene, astfel cum se prevede la punctul 4 din prezentul formular.
privacy-6 = Datele de contact ale autorității naționale care va primi și va prelucra datele dumneavoastră cu caracter personal și ale autorităților naționale pentru protecția datelor pot fi consultate la adresa: http://ec.europa.eu/citizens-initiative/public/data-protection?lg=ro
controller-label = Operator:
controller-representative = { $name }, reprezentantul grupului de organizatori
controller-contact = Contact privind datele dumneavoastră cu caracter personal:
dpo-label = Responsabil cu protecția datelor:
dpo-none = nedesemnat

## Privacy notice: what the website processes besides the statement (/{lang}/privacy)
notice-title = Cum tratează acest site datele dumneavoastră
notice-intro = Declarația de confidențialitate din formular se referă la declarația dumneavoastră de susținere. Această pagină descrie tot ce altceva prelucrează site-ul atunci când îl vizitați sau semnați: ce, de ce, cât timp și cine.
notice-statement-heading = Declarația dumneavoastră de susținere
notice-statement = Site-ul vă verifică declarația, o criptează imediat astfel încât numai organizatorii să o poată deschide și stochează numai declarația criptată: nimeni dintre cei care administrează site-ul nu o poate citi. Este păstrată și ștearsă conform declarației de confidențialitate.
notice-bot-heading = Verificarea împotriva semnării automate
notice-bot = Înainte ca o declarație să fie acceptată, Cloudflare Turnstile verifică dacă o trimite o persoană, pe baza unor semnale precum adresa dumneavoastră IP și identificarea browserului. Cloudflare le prelucrează numai pentru a deosebi oamenii de roboți, conform anexei sale de confidențialitate pentru Turnstile; site-ul primește numai rezultatul.
notice-limit-heading = Limita încercărilor repetate
notice-limit = Pentru a împiedica trimiterile în masă, site-ul numără timp de un minut încercările de la fiecare conexiune, sub un cod calculat ireversibil din adresa dumneavoastră IP, niciodată sub adresa însăși. După acest minut, numărătoarea este uitată.
notice-log-heading = Jurnalul public al declarațiilor
notice-log = Fiecare declarație stocată adaugă o intrare într-un jurnal public, astfel încât oricine să poată verifica faptul că nicio declarație nu a fost eliminată sau modificată. O intrare este o amprentă ireversibilă a declarației criptate și nu dezvăluie nimic despre dumneavoastră. Jurnalul este șters odată cu declarațiile. Chitanța rămâne pe dispozitivul dumneavoastră, dacă nu o transmiteți mai departe.
notice-email-heading = Adresa dumneavoastră de e-mail
notice-email = Numai dacă o furnizați și bifați consimțământul: este criptată pentru organizatori, păstrată separat de declarația dumneavoastră și folosită numai pentru a vă informa despre această inițiativă. Este ștearsă odată cu declarațiile sau mai devreme, dacă vă retrageți consimțământul scriind la contactul de mai jos.
notice-hosting-heading = Găzduire
notice-hosting = Site-ul funcționează în rețeaua Cloudflare, Inc., care îl prelucrează în numele organizatorilor, în calitate de persoană împuternicită. Declarațiile criptate sunt stocate { $where ->
    [eu] în centre de date din Uniunea Europeană
   *[other] în centre de date alese de Cloudflare
}.
notice-records-heading = Jurnale tehnice și cookie-uri
notice-records = Site-ul nu scrie nici date cu caracter personal, nici adrese IP în jurnalele sale tehnice. Nu folosește cookie-uri și nu încarcă nimic de pe alte site-uri, cu excepția verificării împotriva semnării automate.
notice-rights-heading = Drepturile dumneavoastră și cui vă adresați
notice-rights = Aveți drepturile enumerate în declarația de confidențialitate și în privința acestei prelucrări. Pentru a le exercita sau pentru orice întrebare despre această pagină, contactați operatorul:
