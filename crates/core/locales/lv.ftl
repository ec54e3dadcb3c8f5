# ocs-edge: latviešu. Paraugs: en.ftl (tie paši ziņojumu identifikatori un mainīgie).

## Page frame
skip-to-content = Pāriet uz saturu
language = Valoda:
footer-initiative = Eiropas pilsoņu iniciatīva { $id }.
official-register = Oficiālais reģistrs
progress-link = Vākšanas gaita
back-to-initiative = Atpakaļ uz iniciatīvu

## Landing and nationality
support-title = Atbalstiet šo iniciatīvu
landing-intro = Ikviens Eiropas Savienības pilsonis, kurš savā dalībvalstī ir sasniedzis vajadzīgo vecumu, var šo iniciatīvu atbalstīt tiešsaistē. Tas aizņem apmēram minūti.
nationality-label = Jūsu pilsonība
nationality-hint = Prasītie dati ir atkarīgi no dalībvalsts, kuras pilsonis esat. Ja jums ir vairākas ES pilsonības, izvēlieties vienu: iniciatīvu var atbalstīt tikai vienreiz.
choose-option = Izvēlieties…
continue = Turpināt
choose-title = Izvēlieties savu pilsonību
unknown-nationality = “{ $code }” nav Eiropas Savienības dalībvalsts.

## Collection closed
closed-title = Parakstīties pašlaik nav iespējams
not-started = Paziņojumu par atbalstu vākšana vēl nav sākusies. Lūdzu, atgriezieties, kad tā būs sākusies.
ended = Paziņojumu par atbalstu vākšana ir beigusies. Paldies par interesi.

## Confirmation
thanks-title = Paldies
thanks-heading = Paldies: jūsu atbalsts ir reģistrēts
thanks-stored = Jūsu paziņojums par atbalstu ir šifrēts organizatoriem un saglabāts.
statement-number = Paziņojuma numurs:
statement-number-hint = Saglabājiet šo numuru, ja vēlāk vēlēsieties lūgt organizatoriem dzēst jūsu paziņojumu. Tas neko neatklāj par jums.

## The form
signing-as = Jūsu pilsonība: { $state }.
change-nationality = Mainīt pilsonību
note-de-abroad = Ja dzīvojat ārpus Vācijas, varat parakstīties ar savu adresi ārzemēs tikai tad, ja jūsu pastāvīgā dzīvesvieta ir reģistrēta attiecīgajā Vācijas diplomātiskajā pārstāvniecībā.
bot-check-failed = Mēs nevarējām apstiprināt, ka neesat robots. Lūdzu, mēģiniet vēlreiz; ievadītie dati ir saglabāti.
bot-check-unavailable = Pārbaudi pret automātisku parakstīšanu pašlaik neizdevās veikt. Nekas netika saglabāts, un jūsu ievadītie dati ir saglabāti: lūdzu, pēc minūtes nosūtiet veidlapu vēlreiz.
wallet-button = Parakstīt ar Eiropas digitālās identitātes maku
wallet-intro = Izmantojot Eiropas digitālās identitātes maku, jūsu dati tiek ņemti no jūsu valsts personu apliecinoša apliecinājuma, un tie nav jāievada.
wallet-filled = Jūsu dati no maka ir aizpildīti zemāk, un tos šeit nevar mainīt. Aizpildiet to, kas vēl ir tukšs, un pēc tam nosūtiet veidlapu.
wallet-refused-untrusted = Nevarēja apstiprināt, ka jūsu maka atbilde nāk no atzīta identitātes nodrošinātāja. Nekas netika saglabāts. Veidlapu varat aizpildīt pats.
wallet-refused-again = Jūsu maka atbilde nebija paredzēta šai lapai vai pienāca pārāk vēlu. Nekas netika saglabāts. Lūdzu, vaicājiet makam vēlreiz.
wallet-refused-expired = Jūsu personu apliecinošā apliecinājuma derīgums ir beidzies, vai tas vairs nav derīgs. Nekas netika saglabāts. Atjaunojiet to makā vai aizpildiet veidlapu pats.
wallet-refused-status = Jūsu personu apliecinošā apliecinājuma derīgumu pašlaik nevar pārbaudīt. Nekas netika saglabāts. Mēģiniet vēlreiz pēc minūtes vai aizpildiet veidlapu pats.
wallet-refused-missing = Jūsu maks nekopīgoja visus datus, kas vajadzīgi šai veidlapai. Nekas netika saglabāts. Kopīgojiet tos vai aizpildiet veidlapu pats.
wallet-refused-nationality = Jūsu personu apliecinošajā apliecinājumā nav norādīta šajā veidlapā izvēlētā pilsonība. Nekas netika saglabāts.
wallet-unavailable = Parakstīt ar maku pašlaik nav iespējams. Nekas netika saglabāts. Mēģiniet vēlreiz pēc minūtes vai aizpildiet veidlapu pats.
error-summary-title = Lūdzu, izlabojiet turpmāk minēto
your-details = Jūsu dati
all-required = Visi lauki ir obligāti, ja vien tie nav atzīmēti kā neobligāti.
keeping-in-touch = Saziņas uzturēšana (neobligāti)
email-label = E-pasta adrese (neobligāti)
email-hint = Tikai tad, ja vēlaties, lai organizatori jūs informē par šo iniciatīvu. Glabā atsevišķi no jūsu paziņojuma.
email-consent = Piekrītu, ka organizatori izmanto manu e-pasta adresi, lai informētu mani par šo iniciatīvu.
declaration-legend = Apliecinājums
submit = Atbalstīt iniciatīvu
id-number-hint = Kā norādīts dokumentā; atstarpes un defises ir atļautas.
id-number-confirm = Apstiprinu, ka dokumenta numurs ir ievadīts pareizi.

## Field labels and hints
field-full-first-names = Visi vārdi
field-family-names = Uzvārdi
field-date-of-birth = Dzimšanas datums
field-street = Iela
field-street-number = Mājas numurs
field-postal-code = Pasta indekss
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
hint-date-of-birth = Diena, mēnesis un gads, piemēram, 31.12.1990.
hint-postal-code = Atstājiet tukšu tikai tad, ja jūsu dzīvesvietas valsts adresēm nav pasta indeksa.

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
error-too-young = Jūsu vecums vēl nav pietiekams, lai savā dalībvalstī atbalstītu iniciatīvu.
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
check-ok-detail = Pārbaudīts pret žurnāla jaunāko parakstīto stāvokli: ieraksts { $leaf } no { $size } žurnāla daļā { $shard }.
check-fail = Šo kvīti neizdevās apstiprināt.
check-fail-file = Datne nav šīs vākšanas kvīts vai ir mainīta. Izvēlieties datni, ko lejupielādējāt pēc parakstīšanās (receipt-….json).
check-fail-unreachable = Publiskais žurnāls pašlaik nav pieejams. Lūdzu, mēģiniet vēlreiz pēc dažām minūtēm.
check-fail-missing = Žurnālā nav jūsu paziņojuma tā, kā norāda kvīts. Lūdzu, informējiet organizatorus: { $contact }

## Campaigns: partners, sharing, link previews
meta-description = Atbalstiet Eiropas pilsoņu iniciatīvu “{ $title }” tiešsaistē savā valodā. Tas aizņem apmēram minūti.
partner-via = Jūs parakstāties ar { $partner } starpniecību.
partner-consent = Piekrītu arī tam, ka { $partner } izmanto manu e-pasta adresi, lai informētu mani par šo iniciatīvu.
share-heading = Aiciniet citus parakstīties
share-text = “{ $title }”: Eiropas pilsoņu iniciatīva, ko tiešsaistē var atbalstīt apmēram minūtē.
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
map-share = { $state }: { $percent }% no sliekšņa
map-none = vēl neviena
map-under-25 = zem 25%
map-25-50 = no 25 līdz 50%
map-50-100 = no 50 līdz 100%

## Paper form
paper-link = Izdrukājiet papīra veidlapu, lai parakstus vāktu ar roku
paper-title = Paziņojuma par atbalstu veidlapa
paper-intro = Izdrukājiet šo veidlapu, lūdziet norādītās dalībvalsts pilsoņiem to aizpildīt ar roku un nododiet to organizētājiem.
paper-part-a = A daļa: dalībvalstīm, kuras neprasa personas identifikācijas numuru vai dokumenta numuru
paper-part-b = B daļa: dalībvalstīm, kuras prasa personas identifikācijas numuru vai dokumenta numuru
paper-collected-by = Šo veidlapu organizētāju vārdā vāc { $partner }.
paper-table-caption = Parakstītāji (viena persona rindā, ar lielajiem burtiem)
paper-date-signature = Datums un paraksts

## Annex III: the initiative's particulars, points 1 to 8 of every form (docs/certification.md)
particulars-heading = Par šo iniciatīvu
particular-nationals = Visi šīs veidlapas parakstītāji ir šādas dalībvalsts pilsoņi:
particular-registration = Eiropas Komisijas piešķirtais reģistrācijas numurs:
particular-period = Vākšanas perioda sākums un beigas:
particular-register = Šīs iniciatīvas tīmekļa adrese Eiropas Komisijas reģistrā:
particular-title = Šīs iniciatīvas nosaukums:
particular-objectives = Galvenie mērķi:
particular-contacts = Reģistrēto kontaktpersonu vārdi un e-pasta adreses:
particular-website = Iniciatīvas tīmekļa vietne (ja tāda ir):
date-range = { $start } – { $end }

## Annex III: the declaration and the privacy statement, word for word (docs/certification.md)
declaration = Ar šo apliecinu, ka informācija, ko sniedzu šajā veidlapā, ir pareiza un ka vēl neesmu atbalstījis šo iniciatīvu.
declaration-eid = Ar šo apliecinu, ka vēl neesmu atbalstījis šo iniciatīvu.
privacy-heading = Paziņojums par privātumu
privacy-1 = Saskaņā ar Regulu (ES) 2016/679 (Vispārīgā datu aizsardzības regula) šajā veidlapā sniegtie jūsu personas dati tiks izmantoti tikai iniciatīvas atbalstam un darīti pieejami kompetentajām valsts iestādēm verifikācijas un sertifikācijas vajadzībām. Jums ir tiesības pieprasīt šīs iniciatīvas organizatoru grupai nodrošināt piekļuvi jūsu personas datiem, šo datu labošanu, dzēšanu vai apstrādes ierobežošanu.
privacy-2 = Jūsu datus organizatoru grupa glabās maksimālo glabāšanas laikposmu, proti, vienu mēnesi pēc iniciatīvas iesniegšanas Eiropas Komisijai vai 21 mēnesi pēc vākšanas perioda sākuma – atkarībā no tā, kas ir agrāk. Tos var saglabāt ilgāk par šiem laikposmiem administratīvā vai tiesas procesa gadījumā uz laiku, kas nepārsniedz vienu mēnesi pēc minētā procesa pabeigšanas dienas.
privacy-3 = Neskarot tiesību aizsardzību administratīvā kārtā vai tiesā, jums ir tiesības jebkurā brīdī iesniegt sūdzību datu aizsardzības iestādē, jo īpaši tajā dalībvalstī, kurā ir jūsu pastāvīgā dzīvesvieta, darbavieta vai iespējamā pārkāpuma izdarīšanas vieta, ja uzskatāt, ka jūsu personas dati ir apstrādāti nelikumīgi.
privacy-4 = Iniciatīvas organizatoru grupas pārstāvis vai attiecīgā gadījumā tās izveidotā juridiskā persona ir datu pārzinis Vispārīgās datu aizsardzības regulas izpratnē, un ar to var sazināties, izmantojot šajā veidlapā sniegto kontaktinformāciju.
privacy-5 = Datu aizsardzības speciālista (ja tāds ir) kontaktinformācija ir pieejama šīs veidlapas 4. punktā norādītajā šīs iniciatīvas tīmekļa adresē Eiropas Komisijas reģistrā.
privacy-6 = Ar tās valsts iestādes kontaktinformāciju, kas saņems un apstrādās jūsu personas datus, un valsts datu aizsardzības iestāžu kontaktinformāciju var iepazīties: http://ec.europa.eu/citizens-initiative/public/data-protection?lg=lv.
controller-label = Pārzinis:
controller-representative = { $name }, organizatoru grupas pārstāvis
controller-contact = Saziņa par jūsu personas datiem:
dpo-label = Datu aizsardzības speciālists:
dpo-none = nav iecelts

## Privacy notice: what the website processes besides the statement (/{lang}/privacy)
notice-title = Kā šī tīmekļa vietne apstrādā jūsu datus
notice-intro = Paziņojums par privātumu veidlapā attiecas uz jūsu paziņojumu par atbalstu. Šajā lapā aprakstīts viss pārējais, ko tīmekļa vietne apstrādā, kad to apmeklējat vai parakstāties: ko, kāpēc, cik ilgi un kas.
notice-statement-heading = Jūsu paziņojums par atbalstu
notice-statement = Tīmekļa vietne pārbauda jūsu paziņojumu, to uzreiz šifrē tā, lai atvērt to varētu tikai organizatori, un saglabā tikai šifrēto paziņojumu: neviens no vietnes uzturētājiem to nevar izlasīt. To glabā un dzēš, kā norādīts paziņojumā par privātumu.
notice-bot-heading = Pārbaude pret automātisku parakstīšanu
notice-bot = Pirms paziņojums tiek pieņemts, Cloudflare Turnstile pēc tādiem signāliem kā jūsu IP adrese un pārlūka identifikācija pārbauda, vai to sūta cilvēks. Cloudflare tos apstrādā tikai, lai atšķirtu cilvēkus no robotiem, saskaņā ar savu Turnstile privātuma pielikumu; tīmekļa vietne saņem tikai rezultātu.
notice-limit-heading = Atkārtotu mēģinājumu ierobežojums
notice-limit = Lai novērstu masveida iesniegšanu, tīmekļa vietne vienu minūti skaita katra savienojuma mēģinājumus ar kodu, kas vienvirziena veidā aprēķināts no jūsu IP adreses, nekad ne ar pašu adresi. Pēc šīs minūtes skaitījums tiek aizmirsts.
notice-log-heading = Paziņojumu publiskais žurnāls
notice-log = Katrs saglabātais paziņojums pievieno ierakstu publiskajā žurnālā, lai ikviens varētu pārbaudīt, ka neviens paziņojums nav izņemts vai mainīts. Ieraksts ir šifrētā paziņojuma vienvirziena nospiedums un neko par jums neatklāj. Žurnāls tiek dzēsts kopā ar paziņojumiem. Jūsu kvīts paliek jūsu ierīcē, ja vien jūs to nenododat tālāk.
notice-email-heading = Jūsu e-pasta adrese
notice-email = Tikai tad, ja to norādāt un atzīmējat piekrišanu: to šifrē organizatoriem, glabā atsevišķi no jūsu paziņojuma un izmanto tikai, lai informētu jūs par šo iniciatīvu. To dzēš kopā ar paziņojumiem vai agrāk, ja atsaucat piekrišanu, rakstot uz tālāk norādīto kontaktu.
notice-hosting-heading = Mitināšana
notice-hosting = Tīmekļa vietne darbojas Cloudflare, Inc. tīklā, kas to apstrādā organizatoru vārdā kā viņu apstrādātājs. Šifrētie paziņojumi tiek glabāti { $where ->
    [eu] datu centros Eiropas Savienībā
   *[other] Cloudflare izvēlētos datu centros
}.
notice-records-heading = Tehniskie žurnāli un sīkdatnes
notice-records = Tīmekļa vietne savos tehniskajos žurnālos neraksta ne personas datus, ne IP adreses. Tā neizmanto sīkdatnes un neielādē neko no citām vietnēm, izņemot pārbaudi pret automātisku parakstīšanu.
notice-rights-heading = Jūsu tiesības un saziņa
notice-rights = Jums ir paziņojumā par privātumu uzskaitītās tiesības arī attiecībā uz šo apstrādi. Lai tās izmantotu vai ja jums ir jautājumi par šo lapu, sazinieties ar pārzini:
