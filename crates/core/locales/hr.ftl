# ocs-edge: hrvatski. Predložak: en.ftl (isti identifikatori i varijable).

## Page frame
skip-to-content = Prijeđi na sadržaj
language = Jezik:
footer-initiative = Europska građanska inicijativa { $id }.
official-register = Službeni registar
progress-link = Napredak prikupljanja
back-to-initiative = Natrag na inicijativu
collection-period = Razdoblje prikupljanja: od { $start } do { $end }.

## Landing and nationality
support-title = Podržite ovu inicijativu
registration-number = Registracijski broj:
landing-intro = Svaki građanin Europske unije koji je u svojoj državi članici dovoljno star može podržati ovu inicijativu na internetu. Traje otprilike minutu.
nationality-label = Vaše državljanstvo
nationality-hint = Traženi podaci ovise o državi članici čiji ste državljanin. Ako imate više državljanstava EU-a, odaberite jedno: inicijativu možete podržati samo jednom.
choose-option = Odaberite…
continue = Nastavi
choose-title = Odaberite svoje državljanstvo
unknown-nationality = „{ $code }” nije država članica Europske unije.

## Collection closed
closed-title = Prikupljanje je zatvoreno
not-started = Prikupljanje izjava o potpori još nije počelo. Vratite se kad počne.
ended = Prikupljanje izjava o potpori završilo je. Hvala na zanimanju.

## Confirmation
thanks-title = Hvala
thanks-heading = Hvala: vaša je potpora zabilježena
thanks-stored = Vaša je izjava o potpori šifrirana za organizatore i pohranjena.
statement-number = Broj izjave:
statement-number-hint = Sačuvajte ovaj broj ako kasnije želite zatražiti od organizatora da izbrišu vašu izjavu. Ne otkriva ništa o vama.

## The form
signing-as = Potpisujete kao državljanin države: { $state }.
change-nationality = Promijeni državljanstvo
note-de-abroad = Ako živite izvan Njemačke, možete potpisati sa svojom adresom u inozemstvu samo ako ste svoje stalno prebivalište prijavili nadležnom njemačkom diplomatskom predstavništvu ondje.
bot-check-failed = Nismo mogli potvrditi da niste robot. Pokušajte ponovno; uneseni podaci su sačuvani.
bot-check-unavailable = Provjeru protiv automatskog potpisivanja trenutačno nismo mogli provesti. Ništa nije pohranjeno, a vaši su podaci sačuvani: pošaljite obrazac ponovno za minutu.
error-summary-title = Ispravite sljedeće
your-details = Vaši podaci
all-required = Sva su polja obvezna osim ako su označena kao neobvezna.
keeping-in-touch = Ostanite u kontaktu (neobvezno)
email-label = Adresa e-pošte (neobvezno)
email-hint = Samo ako želite da vas organizatori obavještavaju o ovoj inicijativi. Pohranjuje se odvojeno od vaše izjave.
email-consent = Slažem se da organizatori upotrebljavaju moju adresu e-pošte kako bi me obavještavali o ovoj inicijativi.
declaration-legend = Izjava
declaration = Ovime potvrđujem da su informacije koje sam naveo/navela u ovom obrascu točne i da već nisam podržao/podržala ovu predloženu građansku inicijativu.
privacy = Vaši osobni podaci šifriraju se za organizatore i bit će dostupni samo nadležnom tijelu vaše države članice radi provjere izjave, a zatim uništeni najkasnije 21 mjesec nakon početka prikupljanja (Uredba (EU) 2019/788, članak 19.).
submit = Podrži inicijativu
id-number-hint = Kako je navedeno na ispravi; razmaci i crtice su dopušteni.
id-number-confirm = Potvrđujem da je broj isprave točan kako je unesen.

## Field labels and hints
field-full-first-names = Sva imena
field-family-names = Prezimena
field-date-of-birth = Datum rođenja
field-street = Ulica
field-street-number = Kućni broj
field-postal-code = Poštanski broj (ako postoji)
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
hint-date-of-birth = Dan, mjesec i godina, na primjer 31/12/1990.

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
check-fail = Ovu potvrdu nije bilo moguće provjeriti.

## Campaigns: partners, sharing, link previews
meta-description = Podržite internetski europsku građansku inicijativu „{ $title }” na svojem jeziku. Traje otprilike minutu.
partner-via = Potpisujete putem { $partner }.
partner-consent = Također pristajem da { $partner } upotrebljava moju adresu e-pošte kako bi me obavještavao o ovoj inicijativi.
share-heading = Zamolite druge da potpišu
share-text = Podržao sam europsku građansku inicijativu „{ $title }”. Možete i vi:
share-email = E-pošta
share-more = Podijeli…
share-hint = Ove poveznice otvaraju odabranu uslugu u novom prozoru; prije toga joj se ništa ne šalje.
share-address = Adresa za dijeljenje

## Counters and the map
counter-partner = Izjave o potpori prikupljene putem { $partner }
counter-goal = Cilj: { $goal }
counter-sign = Podržite inicijativu
counter-badge = izjava o potpori
map-title = Države članice prema dosegnutom udjelu njihova praga
map-share = { $state }: { $percent } % praga
map-under-25 = manje od 25 %
map-25-50 = od 25 do 50 %
map-50-100 = od 50 do 100 %

## Paper form
paper-link = Ispišite papirnati obrazac za ručno prikupljanje potpisa
paper-title = Obrazac izjave o potpori
paper-intro = Ispišite ovaj obrazac, neka ga rukom ispune građani navedene države članice i vratite ga organizatorima.
paper-part-a = Dio A: za države članice koje ne zahtijevaju osobni identifikacijski broj ni broj isprave
paper-part-b = Dio B: za države članice koje zahtijevaju osobni identifikacijski broj ili broj isprave
paper-nationals = Svi potpisnici na ovom obrazcu državljani su države: { $state }.
paper-collected-by = Ovaj obrazec prikuplja { $partner } u ime organizatora.
paper-registered-on = Datum registracije:
paper-register = Internetska adresa ove inicijative u registru Komisije:
paper-initiative-title = Naslov predložene građanske inicijative:
paper-objectives = Njezini glavni ciljevi:
paper-contacts = Imena i adrese e-pošte registriranih osoba za kontakt:
paper-website = Internetske stranice predložene građanske inicijative:
paper-table-caption = Potpisnici (jedna osoba po retku, tiskanim slovima)
paper-privacy = Organizatori će vaše osobne podatke staviti na raspolaganje samo nadležnom tijelu vaše države članice radi provjere izjave i uništiti ih najkasnije 21 mjesec nakon početka prikupljanja (Uredba (EU) 2019/788, članak 19.).
paper-date-signature = Datum i potpis
