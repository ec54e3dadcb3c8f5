# ocs-edge: latviešu. Paraugs: en.ftl (tie paši ziņojumu identifikatori un mainīgie).

## Page frame
skip-to-content = Pāriet uz saturu
language = Valoda:
footer-initiative = Eiropas pilsoņu iniciatīva { $id }.
official-register = Oficiālais reģistrs
progress-link = Vākšanas gaita
back-to-initiative = Atpakaļ uz iniciatīvu
collection-period = Vākšanas periods: no { $start } līdz { $end }.

## Landing and nationality
support-title = Atbalstiet šo iniciatīvu
registration-number = Reģistrācijas numurs:
landing-intro = Ikviens Eiropas Savienības pilsonis, kurš savā dalībvalstī ir sasniedzis vajadzīgo vecumu, var šo iniciatīvu atbalstīt tiešsaistē. Tas aizņem apmēram minūti.
nationality-label = Jūsu pilsonība
nationality-hint = Prasītie dati ir atkarīgi no dalībvalsts, kuras pilsonis esat. Ja jums ir vairākas ES pilsonības, izvēlieties vienu: iniciatīvu var atbalstīt tikai vienreiz.
choose-option = Izvēlieties…
continue = Turpināt
choose-title = Izvēlieties savu pilsonību
unknown-nationality = “{ $code }” nav Eiropas Savienības dalībvalsts.

## Collection closed
closed-title = Vākšana slēgta
not-started = Paziņojumu par atbalstu vākšana vēl nav sākusies. Lūdzu, atgriezieties, kad tā būs sākusies.
ended = Paziņojumu par atbalstu vākšana ir beigusies. Paldies par interesi.

## Confirmation
thanks-title = Paldies
thanks-heading = Paldies: jūsu atbalsts ir reģistrēts
thanks-stored = Jūsu paziņojums par atbalstu ir šifrēts organizatoriem un saglabāts.
statement-number = Paziņojuma numurs:
statement-number-hint = Saglabājiet šo numuru, ja vēlāk vēlēsieties lūgt organizatoriem dzēst jūsu paziņojumu. Tas neko neatklāj par jums.

## The form
signing-as = Jūs parakstāties kā šīs valsts pilsonis: { $state }.
change-nationality = Mainīt pilsonību
note-de-abroad = Ja dzīvojat ārpus Vācijas, varat parakstīties ar savu adresi ārzemēs tikai tad, ja esat reģistrējis savu pastāvīgo dzīvesvietu attiecīgajā Vācijas diplomātiskajā pārstāvniecībā.
bot-check-failed = Mēs nevarējām apstiprināt, ka neesat robots. Lūdzu, mēģiniet vēlreiz; ievadītie dati ir saglabāti.
bot-check-unavailable = Pārbaudi pret automātisku parakstīšanu pašlaik neizdevās veikt. Nekas netika saglabāts, un jūsu ievadītie dati ir saglabāti: lūdzu, pēc minūtes nosūtiet veidlapu vēlreiz.
error-summary-title = Lūdzu, izlabojiet turpmāk minēto
your-details = Jūsu dati
all-required = Visi lauki ir obligāti, ja vien tie nav atzīmēti kā neobligāti.
keeping-in-touch = Saziņas uzturēšana (neobligāti)
email-label = E-pasta adrese (neobligāti)
email-hint = Tikai tad, ja vēlaties, lai organizatori jūs informē par šo iniciatīvu. Glabā atsevišķi no jūsu paziņojuma.
email-consent = Piekrītu, ka organizatori izmanto manu e-pasta adresi, lai informētu mani par šo iniciatīvu.
declaration-legend = Apliecinājums
declaration = Ar šo apliecinu, ka šajā veidlapā sniegtā informācija ir pareiza un ka es vēl neesmu atbalstījis(-usi) šo ierosināto pilsoņu iniciatīvu.
privacy = Jūsu personas dati tiek šifrēti organizatoriem un tiks darīti pieejami tikai jūsu dalībvalsts kompetentajai iestādei paziņojuma pārbaudei, pēc tam iznīcināti ne vēlāk kā 21 mēnesi pēc vākšanas sākuma (Regula (ES) 2019/788, 19. pants).
submit = Atbalstīt iniciatīvu
id-number-hint = Kā norādīts dokumentā; atstarpes un defises ir atļautas.
id-number-confirm = Apstiprinu, ka dokumenta numurs ir ievadīts pareizi.

## Field labels and hints
field-full-first-names = Visi vārdi
field-family-names = Uzvārdi
field-date-of-birth = Dzimšanas datums
field-street = Iela
field-street-number = Mājas numurs
field-postal-code = Pasta indekss (ja ir)
field-city = Apdzīvotā vieta
field-country = Dzīvesvietas valsts
field-id-type = Dokumenta veids
field-id-number = Dokumenta numurs
field-email = E-pasta adrese
field-email-consent = Piekrišana
field-nationality = Pilsonība
field-id-number-confirmed = Apstiprinājums
hint-full-first-names = Visi jūsu vārdi, kā personu apliecinošā dokumentā.
hint-family-names = Visi jūsu uzvārdi, kā personu apliecinošā dokumentā.
hint-date-of-birth = Diena, mēnesis un gads, piemēram, 31/12/1990.

## Identification documents
doc-passport = Pase
doc-id-card = Personas apliecība
doc-citizens-card = Pilsoņa karte
doc-personal-id = Personas kods
doc-personal-number = Personas numurs

## Errors next to a field
error-required = Šis lauks ir obligāts.
error-too-long = Vērtība ir pārāk gara.
error-invalid-characters = Vērtībā ir rakstzīmes, kas šeit nav atļautas.
error-invalid-format = Vērtībai nav gaidītā formāta.
error-unusual-format = Šim numuram nav ierastā formāta; apstipriniet to, ja tas ir pareizs.
error-checksum = Šis numurs nav derīgs (nesakrīt kontrolcipars).
error-invalid-date = Tas nav derīgs datums.
error-date-in-future = Šis datums ir nākotnē.
error-too-young = Jūs vēl neesat sasniedzis vecumu, kas vajadzīgs, lai savā dalībvalstī atbalstītu iniciatīvu.
error-not-allowed = Šie dati jūsu pilsonībai netiek prasīti.
error-unknown-field = Nezināms lauks.
error-duplicate-field = Šis lauks nosūtīts divreiz.
error-wrong-type = Vērtībai ir nepareizs tips.
error-unknown-nationality = Parakstīties var tikai ES dalībvalsts pilsoņi.
error-document-type-not-accepted = Jūsu dalībvalsts nepieņem šā veida dokumentu.
error-declaration-required = Lūdzu, apstipriniet apliecinājumu.
error-consent-required = Lūdzu, piekrītiet saziņai vai atstājiet e-pasta adresi tukšu.
error-invalid-email = Tā nav derīga e-pasta adrese.

## Pages for refused submissions
unreadable-title = Nelasāma veidlapa
unreadable-text = Veidlapu neizdevās nolasīt. Lūdzu, mēģiniet vēlreiz.
unsupported-title = Neatbalstīts pieprasījums
unsupported-text = Lūdzu, izmantojiet veidlapu.
too-large-title = Pārāk daudz datu
too-large-text = Veidlapa bija pārāk liela, lai to pieņemtu.
rate-limited-title = Pārāk daudz mēģinājumu
rate-limited-text = No jūsu savienojuma ir pārāk daudz mēģinājumu. Pagaidiet minūti, atgriezieties un iesniedziet vēlreiz.
duplicate-title = Jau atbalstīts
duplicate-text = Paziņojums par atbalstu ar šiem datiem jau ir reģistrēts. Katrs pilsonis iniciatīvu var atbalstīt tikai vienreiz.

## Progress page
progress-title = Vākšanas gaita
progress-total = { $count ->
    [zero] { $shown } paziņojumu par atbalstu
    [one] { $shown } paziņojums par atbalstu
   *[other] { $shown } paziņojumi par atbalstu
}
progress-states = Dalībvalstis virs sava sliekšņa: { $count } no { $needed }.
progress-goal = Iniciatīvai vajag vismaz { $total } paziņojumu par atbalstu un sasniegtu slieksni vismaz { $needed } dalībvalstīs.
progress-state = Dalībvalsts
progress-count = Paziņojumi
progress-threshold = Slieksnis
progress-reached = Slieksnis sasniegts
progress-updated = Skaitļi tiek atjaunināti katru minūti.

## Member states, in this language
state-AT = Austrija
state-BE = Beļģija
state-BG = Bulgārija
state-HR = Horvātija
state-CY = Kipra
state-CZ = Čehija
state-DK = Dānija
state-EE = Igaunija
state-FI = Somija
state-FR = Francija
state-DE = Vācija
state-GR = Grieķija
state-HU = Ungārija
state-IE = Īrija
state-IT = Itālija
state-LV = Latvija
state-LT = Lietuva
state-LU = Luksemburga
state-MT = Malta
state-NL = Nīderlande
state-PL = Polija
state-PT = Portugāle
state-RO = Rumānija
state-SK = Slovākija
state-SI = Slovēnija
state-ES = Spānija
state-SE = Zviedrija

## Receipts and their check (docs/transparency.md)
receipt-text = Kvīts pierāda, ka jūsu paziņojums ir publiskajā žurnālā, neko neatklājot par jums. Saglabājiet to, lai vēlāk pārbaudītu, ka tas joprojām tiek skaitīts.
receipt-download = Lejupielādēt kvīti
receipt-check-link = Pārbaudīt kvīti
check-title = Pārbaudīt kvīti
check-heading = Pārbaudiet, vai jūsu paziņojums tiek skaitīts
check-intro = Izvēlieties kvīti, ko lejupielādējāt pēc parakstīšanas. Pārlūks to pārbauda publiskajā žurnālā; kvīts netiek nekur sūtīta.
check-file = Kvīts datne
check-button = Pārbaudīt kvīti
check-nojs = Šī pārbaude notiek jūsu pārlūkā, un tai vajag JavaScript. Bez tā ikviens var pārbaudīt kvīti ar organizatoru bezmaksas rīku:
check-ok = Jūsu paziņojums tiek skaitīts: tas ir publiskajā žurnālā, un žurnāla paraksts ir derīgs.
check-fail = Šo kvīti neizdevās apstiprināt.

## Campaigns: partners, sharing, link previews
meta-description = Atbalstiet Eiropas pilsoņu iniciatīvu “{ $title }” tiešsaistē savā valodā. Tas aizņem apmēram minūti.
partner-via = Jūs parakstāt ar { $partner } starpniecību.
partner-consent = Piekrītu arī tam, ka { $partner } izmanto manu e-pasta adresi, lai informētu mani par šo iniciatīvu.
share-heading = Aiciniet citus parakstīt
share-text = Es atbalstīju Eiropas pilsoņu iniciatīvu “{ $title }”. To varat arī jūs:
share-email = E-pasts
share-more = Kopīgot…
share-hint = Šīs saites atver izvēlēto pakalpojumu jaunā logā; pirms tam tam nekas netiek nosūtīts.
share-address = Kopīgojamā adrese

## Counters and the map
counter-partner = Ar { $partner } starpniecību savāktie paziņojumi par atbalstu
counter-goal = Mērķis: { $goal }
counter-sign = Atbalstiet iniciatīvu
counter-badge = paziņojumi par atbalstu
map-title = Dalībvalstis pēc sasniegtās to sliekšņa daļas
map-share = { $state }: { $percent } % no sliekšņa
map-under-25 = zem 25 %
map-25-50 = no 25 līdz 50 %
map-50-100 = no 50 līdz 100 %

## Paper form
paper-link = Izdrukājiet papīra veidlapu, lai parakstus vāktu ar roku
paper-title = Paziņojuma par atbalstu veidlapa
paper-intro = Izdrukājiet šo veidlapu, lūdziet norādītās dalībvalsts pilsoņiem to aizpildīt ar roku un nododiet to organizētājiem.
paper-part-a = A daļa: dalībvalstīm, kuras neprasa personas identifikācijas numuru vai dokumenta numuru
paper-part-b = B daļa: dalībvalstīm, kuras prasa personas identifikācijas numuru vai dokumenta numuru
paper-nationals = Visi šīs veidlapas parakstītāji ir šīs valsts pilsoņi: { $state }.
paper-collected-by = Šo veidlapu organizētāju vārdā vāc { $partner }.
paper-registered-on = Reģistrācijas datums:
paper-register = Šīs iniciatīvas tīmekļa adrese Komisijas reģistrā:
paper-initiative-title = Ierosinātās pilsoņu iniciatīvas nosaukums:
paper-objectives = Tās galvenie mērķi:
paper-contacts = Reģistrēto kontaktpersonu vārdi un e-pasta adreses:
paper-website = Ierosinātās pilsoņu iniciatīvas tīmekļa vietne:
paper-table-caption = Parakstītāji (viena persona rindā, ar lielajiem burtiem)
paper-privacy = Organizētāji jūsu personas datus darīs pieejamus tikai jūsu dalībvalsts kompetentajai iestādei paziņojuma pārbaudei un tos iznīcinās ne vēlāk kā 21 mēnesi pēc vākšanas sākuma (Regula (ES) 2019/788, 19. pants).
paper-date-signature = Datums un paraksts
