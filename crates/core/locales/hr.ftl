# ocs-edge: hrvatski. Predložak: en.ftl (isti identifikatori i varijable).

## Page frame
skip-to-content = Prijeđi na sadržaj
language = Jezik:
footer-initiative = Europska građanska inicijativa { $id }.
official-register = Službeni registar
progress-link = Napredak prikupljanja
back-to-initiative = Natrag na inicijativu

## Landing and nationality
support-title = Podržite ovu inicijativu
landing-intro = Svaki građanin Europske unije koji je u svojoj državi članici dovoljno star može podržati ovu inicijativu na internetu. Traje otprilike minutu.
nationality-label = Vaše državljanstvo
nationality-hint = Traženi podaci ovise o državi članici čiji ste državljanin. Ako imate više državljanstava EU-a, odaberite jedno: inicijativu možete podržati samo jednom.
choose-option = Odaberite…
continue = Nastavi
choose-title = Odaberite svoje državljanstvo
unknown-nationality = „{ $code }” nije država članica Europske unije.

## Collection closed
closed-title = Potpisivanje trenutačno nije moguće
not-started = Prikupljanje izjava o potpori još nije počelo. Vratite se kad počne.
ended = Prikupljanje izjava o potpori završilo je. Hvala na zanimanju.

## Confirmation
thanks-title = Hvala
thanks-heading = Hvala: vaša je potpora zabilježena
thanks-stored = Vaša je izjava o potpori šifrirana za organizatore i pohranjena.
statement-number = Broj izjave:
statement-number-hint = Sačuvajte ovaj broj ako kasnije želite zatražiti od organizatora da izbrišu vašu izjavu. Ne otkriva ništa o vama.

## The form
signing-as = Vaše državljanstvo: { $state }.
change-nationality = Promijeni državljanstvo
note-de-abroad = Ako živite izvan Njemačke, možete potpisati sa svojom adresom u inozemstvu samo ako ste svoje stalno prebivalište prijavili nadležnom njemačkom diplomatskom predstavništvu ondje.
bot-check-failed = Nismo mogli potvrditi da niste robot. Pokušajte ponovno; uneseni podaci su sačuvani.
bot-check-unavailable = Provjeru protiv automatskog potpisivanja trenutačno nismo mogli provesti. Ništa nije pohranjeno, a vaši su podaci sačuvani: pošaljite obrazac ponovno za minutu.
wallet-button = Potpišite europskim novčanikom digitalnog identiteta
wallet-intro = S europskim novčanikom digitalnog identiteta vaši podaci dolaze iz identifikacijske isprave vaše države i ne morate ih upisivati.
wallet-filled = Vaši podaci iz novčanika upisani su u nastavku i ovdje se ne mogu mijenjati. Dopunite ono što je još prazno, a zatim pošaljite obrazac.
wallet-refused-untrusted = Nije bilo moguće potvrditi da odgovor vašeg novčanika dolazi od priznatog pružatelja identiteta. Ništa nije spremljeno. Obrazac možete ispuniti sami.
wallet-refused-again = Odgovor vašeg novčanika nije bio namijenjen ovoj stranici ili je stigao prekasno. Ništa nije spremljeno. Ponovno zatražite novčanik.
wallet-refused-expired = Vaša identifikacijska isprava istekla je ili više nije valjana. Ništa nije spremljeno. Obnovite je u novčaniku ili sami ispunite obrazac.
wallet-refused-status = Valjanost vaše identifikacijske isprave trenutačno se ne može provjeriti. Ništa nije spremljeno. Pokušajte ponovno za minutu ili sami ispunite obrazac.
wallet-refused-missing = Vaš novčanik nije podijelio sve podatke koji su ovom obrascu potrebni. Ništa nije spremljeno. Podijelite ih ili sami ispunite obrazac.
wallet-refused-nationality = Vaša identifikacijska isprava ne navodi državljanstvo odabrano u ovom obrascu. Ništa nije spremljeno.
wallet-unavailable = Potpisivanje novčanikom trenutačno nije moguće. Ništa nije spremljeno. Pokušajte ponovno za minutu ili sami ispunite obrazac.
error-summary-title = Ispravite sljedeće
your-details = Vaši podaci
all-required = Sva su polja obvezna osim ako su označena kao neobvezna.
keeping-in-touch = Ostanite u kontaktu (neobvezno)
email-label = Adresa e-pošte (neobvezno)
email-hint = Samo ako želite da vas organizatori obavještavaju o ovoj inicijativi. Pohranjuje se odvojeno od vaše izjave.
email-consent = Slažem se da organizatori upotrebljavaju moju adresu e-pošte kako bi me obavještavali o ovoj inicijativi.
declaration-legend = Izjava
submit = Podržite inicijativu
id-number-hint = Kako je navedeno na ispravi; razmaci i crtice su dopušteni.
id-number-confirm = Potvrđujem da je broj isprave točan kako je unesen.

## Field labels and hints
field-full-first-names = Sva imena
field-family-names = Prezimena
field-date-of-birth = Datum rođenja
field-street = Ulica
field-street-number = Kućni broj
field-postal-code = Poštanski broj
field-city = Mjesto
field-country = Država boravišta
field-id-type = Vrsta isprave
field-id-number = Broj isprave
field-email = Adresa e-pošte
field-email-consent = Privola
field-nationality = Državljanstvo
field-id-number-confirmed = Potvrda
hint-full-first-names = Sva vaša imena, kao u identifikacijskoj ispravi.
hint-family-names = Sva vaša prezimena, kao u identifikacijskoj ispravi.
hint-date-of-birth = Dan, mjesec i godina, na primjer 31. 12. 1990.
hint-postal-code = Polje ostavite praznim samo ako adrese u vašoj državi boravišta nemaju poštanski broj.

## Identification documents
doc-passport = Putovnica
doc-id-card = Osobna iskaznica
doc-citizens-card = Građanska iskaznica
doc-personal-id = Osobni identifikacijski broj
doc-personal-number = Osobni broj

## Errors next to a field
error-required = Ovo je polje obvezno.
error-too-long = Unos je predug.
error-invalid-characters = Unos sadržava znakove koji ovdje nisu dopušteni.
error-invalid-format = Unos nije u očekivanom obliku.
error-unusual-format = Ovaj broj nije u uobičajenom obliku; potvrdite ga ako je točan.
error-checksum = Ovaj broj nije valjan (kontrolna znamenka ne odgovara).
error-invalid-date = Ovo nije valjan datum.
error-date-in-future = Ovaj je datum u budućnosti.
error-too-young = Još niste dovoljno stari da biste u svojoj državi članici podržali inicijativu.
error-not-allowed = Ovaj se podatak ne traži za vaše državljanstvo.
error-unknown-field = Nepoznato polje.
error-duplicate-field = Ovo je polje poslano dvaput.
error-wrong-type = Unos je pogrešne vrste.
error-unknown-nationality = Potpisati mogu samo državljani države članice EU-a.
error-document-type-not-accepted = Vaša država članica ne prihvaća ovu vrstu isprave.
error-declaration-required = Potvrdite izjavu.
error-consent-required = Pristanite na kontakt ili ostavite adresu e-pošte praznom.
error-invalid-email = Ovo nije valjana adresa e-pošte.

## Pages for refused submissions
unreadable-title = Obrazac nije čitljiv
unreadable-text = Obrazac nije bilo moguće pročitati. Pokušajte ponovno.
unsupported-title = Zahtjev nije podržan
unsupported-text = Upotrijebite obrazac.
too-large-title = Previše podataka
too-large-text = Obrazac je bio prevelik da bi se prihvatio.
rate-limited-title = Previše pokušaja
rate-limited-text = Previše pokušaja s vaše veze. Pričekajte minutu, vratite se i pošaljite ponovno.
duplicate-title = Već podržano
duplicate-text = Izjava o potpori s tim podacima već je zabilježena. Svaki građanin može podržati inicijativu samo jednom.

## Progress page
progress-title = Napredak prikupljanja
progress-total = { $count ->
    [one] { $shown } izjava o potpori
    [few] { $shown } izjave o potpori
   *[other] { $shown } izjava o potpori
}
progress-states = Države članice iznad svojeg praga: { $count } od { $needed }.
progress-goal = Inicijativi je potrebno najmanje { $total } izjava o potpori i dosegnut prag u najmanje { $needed } država članica.
progress-state = Država članica
progress-count = Izjave
progress-threshold = Prag
progress-reached = Prag dosegnut
progress-updated = Brojke se ažuriraju svake minute.

## Member states, in this language
state-AT = Austrija
state-BE = Belgija
state-BG = Bugarska
state-HR = Hrvatska
state-CY = Cipar
state-CZ = Češka
state-DK = Danska
state-EE = Estonija
state-FI = Finska
state-FR = Francuska
state-DE = Njemačka
state-GR = Grčka
state-HU = Mađarska
state-IE = Irska
state-IT = Italija
state-LV = Latvija
state-LT = Litva
state-LU = Luksemburg
state-MT = Malta
state-NL = Nizozemska
state-PL = Poljska
state-PT = Portugal
state-RO = Rumunjska
state-SK = Slovačka
state-SI = Slovenija
state-ES = Španjolska
state-SE = Švedska

## Receipts and their check (docs/transparency.md)
receipt-text = Potvrda dokazuje da je vaša izjava u javnom zapisniku izjava, a da ne otkriva ništa o vama. Sačuvajte je kako biste kasnije provjerili da se i dalje broji.
receipt-download = Preuzmi potvrdu
receipt-check-link = Provjeri potvrdu
check-title = Provjeri potvrdu
check-heading = Provjerite broji li se vaša izjava
check-intro = Odaberite potvrdu koju ste preuzeli nakon potpisivanja. Preglednik je provjerava u javnom zapisniku; potvrda se nikamo ne šalje.
check-file = Datoteka potvrde
check-button = Provjeri potvrdu
check-nojs = Ova se provjera odvija u vašem pregledniku i treba JavaScript. Bez njega svatko može provjeriti potvrdu besplatnim alatom organizatora:
check-ok = Vaša se izjava broji: nalazi se u javnom zapisniku, čiji je potpis valjan.
check-ok-detail = Provjereno prema posljednjem potpisanom stanju zapisnika: unos { $leaf } od { $size } u dijelu { $shard } zapisnika.
check-fail = Ovu potvrdu nije bilo moguće provjeriti.
check-fail-file = Datoteka nije potvrda ovog prikupljanja ili je izmijenjena. Odaberite datoteku koju ste preuzeli nakon potpisivanja (receipt-….json).
check-fail-unreachable = Javni zapisnik trenutačno nije dostupan. Pokušajte ponovno za nekoliko minuta.
check-fail-missing = Zapisnik ne sadržava vašu izjavu kako navodi potvrda. Obavijestite organizatore: { $contact }

## Campaigns: partners, sharing, link previews
meta-description = Podržite europsku građansku inicijativu „{ $title }” na internetu, na svojem jeziku. Traje otprilike minutu.
partner-via = Potpisujete putem { $partner }.
partner-consent = Također pristajem da { $partner } upotrebljava moju adresu e-pošte za obavještavanje o ovoj inicijativi.
share-heading = Zamolite druge da potpišu
share-text = „{ $title }”: europska građanska inicijativa koju je moguće podržati na internetu za otprilike minutu.
share-email = E-pošta
share-more = Podijeli…
share-hint = Ove poveznice otvaraju odabranu uslugu u novom prozoru; prije toga joj se ništa ne šalje.
share-address = Adresa za dijeljenje

## Counters and the map
counter-partner = Izjave o potpori prikupljene putem { $partner }
counter-goal = Cilj: { $goal }
counter-sign = Podržite inicijativu
counter-badge = izjave o potpori
map-title = Države članice prema dosegnutom udjelu njihova praga
map-share = { $state }: { $percent } % praga
map-none = još nijedna
map-under-25 = manje od 25 %
map-25-50 = od 25 do 50 %
map-50-100 = od 50 do 100 %

## Paper form
paper-link = Ispišite papirnati obrazac za ručno prikupljanje potpisa
paper-title = Obrazac izjave o potpori
paper-intro = Ispišite ovaj obrazac, neka ga rukom ispune građani navedene države članice i vratite ga organizatorima.
paper-part-a = Dio A: za države članice koje ne zahtijevaju osobni identifikacijski broj ni broj isprave
paper-part-b = Dio B: za države članice koje zahtijevaju osobni identifikacijski broj ili broj isprave
paper-collected-by = Ovaj obrazec prikuplja { $partner } u ime organizatora.
paper-table-caption = Potpisnici (jedna osoba po retku, tiskanim slovima)
paper-date-signature = Datum i potpis

## Annex III: the initiative's particulars, points 1 to 8 of every form (docs/certification.md)
particulars-heading = O ovoj inicijativi
particular-nationals = Svi potpisnici na ovom obrascu državljani su sljedeće države:
particular-registration = Registracijski broj Europske komisije:
particular-period = Početak i kraj razdoblja prikupljanja:
particular-register = Internetska adresa ove inicijative u registru Europske komisije:
particular-title = Naziv ove inicijative:
particular-objectives = Glavni ciljevi:
particular-contacts = Imena i adrese e-pošte registriranih osoba za kontakt:
particular-website = Internetske stranice inicijative (ako postoje):
date-range = od { $start } do { $end }

## Annex III: the declaration and the privacy statement, word for word (docs/certification.md)
declaration = Ovime potvrđujem da su informacije koje sam dostavio/dostavila u ovom obrascu točne i da dosad nisam podržao/podržala ovu inicijativu.
declaration-eid = Ovime potvrđujem da dosad nisam podržao/podržala ovu građansku inicijativu.
privacy-heading = Izjava o zaštiti osobnih podataka
privacy-1 = U skladu s Uredbom (EU) 2016/679 (Opća uredba o zaštiti podataka), vaši osobni podaci navedeni u ovom obrascu upotrebljavat će se samo za potporu inicijativi i bit će stavljeni na raspolaganje nadležnim nacionalnim tijelima u svrhu provjere i ovjere. Imate pravo od skupine organizatora ove inicijative zatražiti pristup svojim osobnim podacima, njihov ispravak i brisanje te ograničenje njihove obrade.
privacy-2 = Skupina organizatora pohranit će vaše podatke najdulje mjesec dana nakon podnošenja inicijative Europskoj komisiji ili 21 mjesec nakon početka razdoblja prikupljanja, ovisno o tome što nastupi ranije. U slučaju upravnih ili sudskih postupaka mogu se zadržati i nakon tih rokova, najdulje mjesec dana nakon datuma okončanja tih postupaka.
privacy-3 = Ne dovodeći u pitanje bilo koji drugi upravni ili pravni lijek, imate pravo u bilo kojem trenutku podnijeti pritužbu tijelu za zaštitu podataka, posebno u državi članici u kojoj imate uobičajeno boravište, u kojoj radite ili u kojoj je došlo do navodne povrede, ako smatrate da se vaši podaci obrađuju nezakonito.
privacy-4 = Predstavnik skupine organizatora inicijative ili, prema potrebi, pravna osoba koju je skupina osnovala voditelj je obrade u smislu Opće uredbe o zaštiti podataka i može mu se obratiti putem podataka navedenih u ovom obrascu.
privacy-5 = Kontaktni podaci službenika za zaštitu podataka (ako je imenovan) dostupni su na internetskoj adresi ove inicijative u registru Europske komisije, navedenoj u točki 4. ovog obrasca.
privacy-6 = Kontaktni podaci nacionalnog tijela koje će primati i obrađivati vaše osobne podatke te kontaktni podaci nacionalnih tijela za zaštitu podataka dostupni su na: http://ec.europa.eu/citizens-initiative/public/data-protection
controller-label = Voditelj obrade:
controller-representative = { $name }, predstavnik skupine organizatora
controller-contact = Kontakt u vezi s vašim osobnim podacima:
dpo-label = Službenik za zaštitu podataka:
dpo-none = nije imenovan

## Privacy notice: what the website processes besides the statement (/{lang}/privacy)
notice-title = Kako ove stranice postupaju s vašim podacima
notice-intro = Izjava o zaštiti osobnih podataka na obrascu odnosi se na vašu izjavu o potpori. Ova stranica opisuje sve ostalo što stranice obrađuju kad ih posjetite ili potpišete: što, zašto, koliko dugo i tko.
notice-statement-heading = Vaša izjava o potpori
notice-statement = Stranice provjeravaju vašu izjavu, odmah je šifriraju tako da je mogu otvoriti samo organizatori i pohranjuju samo šifriranu izjavu: nitko od onih koji upravljaju stranicama ne može je pročitati. Čuva se i briše kako navodi izjava o zaštiti osobnih podataka.
notice-bot-heading = Provjera protiv automatskog potpisivanja
notice-bot = Prije nego što se izjava prihvati, Cloudflare Turnstile na temelju signala kao što su vaša IP adresa i identifikacija vašeg preglednika provjerava šalje li je čovjek. Cloudflare ih obrađuje samo kako bi razlikovao ljude od botova, u skladu sa svojim dodatkom o privatnosti za Turnstile; stranice dobivaju samo rezultat.
notice-limit-heading = Ograničenje ponovljenih pokušaja
notice-limit = Kako bi spriječile masovno slanje, stranice jednu minutu broje pokušaje sa svake veze pod kodom koji se jednosmjerno izračunava iz vaše IP adrese, nikad pod samom adresom. Nakon te minute brojanje se zaboravlja.
notice-log-heading = Javni zapisnik izjava
notice-log = Svaka pohranjena izjava dodaje unos u javni zapisnik kako bi svatko mogao provjeriti da nijedna izjava nije uklonjena ni izmijenjena. Unos je jednosmjerni otisak šifrirane izjave i ne otkriva ništa o vama. Zapisnik se briše zajedno s izjavama. Vaša potvrda ostaje na vašem uređaju, osim ako je ne proslijedite.
notice-email-heading = Vaša adresa e-pošte
notice-email = Samo ako je navedete i označite privolu: šifrira se za organizatore, čuva odvojeno od vaše izjave i upotrebljava samo za obavještavanje o ovoj inicijativi. Briše se zajedno s izjavama ili ranije ako povučete privolu porukom na kontakt naveden u nastavku.
notice-hosting-heading = Smještaj stranica
notice-hosting = Stranice rade na mreži društva Cloudflare, Inc., koje ih za organizatore obrađuje kao njihov izvršitelj obrade. Šifrirane izjave pohranjuju se { $where ->
    [eu] u podatkovnim centrima u Europskoj uniji
   *[other] u podatkovnim centrima koje odabere Cloudflare
}.
notice-records-heading = Tehnički zapisi i kolačići
notice-records = Stranice u svoje tehničke zapise ne upisuju osobne podatke ni IP adrese. Ne upotrebljavaju kolačiće i ne učitavaju ništa s drugih stranica osim provjere protiv automatskog potpisivanja.
notice-rights-heading = Vaša prava i kome se obratiti
notice-rights = Imate prava navedena u izjavi o zaštiti osobnih podataka, i kad je riječ o ovoj obradi. Da biste ih ostvarili ili ako imate pitanja o ovoj stranici, obratite se voditelju obrade:
