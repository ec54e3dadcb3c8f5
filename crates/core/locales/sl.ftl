# ocs-edge: slovenščina. Vzor: en.ftl (enaki identifikatorji in spremenljivke).

## Page frame
skip-to-content = Skoči na vsebino
language = Jezik:
footer-initiative = Evropska državljanska pobuda { $id }.
official-register = Uradni register
progress-link = Potek zbiranja
back-to-initiative = Nazaj na pobudo
collection-period = Obdobje zbiranja: od { $start } do { $end }.

## Landing and nationality
support-title = Podprite to pobudo
registration-number = Registrska številka:
landing-intro = Vsak državljan Evropske unije, ki je v svoji državi članici dovolj star, lahko to pobudo podpre na spletu. Traja približno minuto.
nationality-label = Vaše državljanstvo
nationality-hint = Zahtevani podatki so odvisni od države članice, katere državljan ste. Če imate več državljanstev EU, izberite eno: pobudo lahko podprete le enkrat.
choose-option = Izberite…
continue = Naprej
choose-title = Izberite svoje državljanstvo
unknown-nationality = »{ $code }« ni država članica Evropske unije.

## Collection closed
closed-title = Zbiranje je zaprto
not-started = Zbiranje izjav o podpori se še ni začelo. Vrnite se, ko se začne.
ended = Zbiranje izjav o podpori se je končalo. Hvala za vaše zanimanje.

## Confirmation
thanks-title = Hvala
thanks-heading = Hvala: vaša podpora je zabeležena
thanks-stored = Vaša izjava o podpori je bila šifrirana za organizatorje in shranjena.
statement-number = Številka izjave:
statement-number-hint = To številko shranite, če boste pozneje želeli organizatorje prositi za izbris izjave. O vas ne razkriva ničesar.

## The form
signing-as = Podpisujete kot državljan države: { $state }.
change-nationality = Spremeni državljanstvo
note-de-abroad = Če živite zunaj Nemčije, lahko podpišete s svojim naslovom v tujini le, če ste stalno prebivališče prijavili pri pristojnem nemškem diplomatskem predstavništvu tam.
bot-check-failed = Nismo mogli potrditi, da niste robot. Poskusite znova; vneseni podatki so ohranjeni.
bot-check-unavailable = Preverjanja proti samodejnemu podpisovanju trenutno ni bilo mogoče izvesti. Nič ni bilo shranjeno, vaši podatki pa so ohranjeni: obrazec pošljite znova čez minuto.
error-summary-title = Popravite naslednje
your-details = Vaši podatki
all-required = Vsa polja so obvezna, razen če so označena kot neobvezna.
keeping-in-touch = Ostanite v stiku (neobvezno)
email-label = E-poštni naslov (neobvezno)
email-hint = Samo če želite, da vas organizatorji obveščajo o tej pobudi. Shranjen ločeno od vaše izjave.
email-consent = Strinjam se, da organizatorji uporabijo moj e-poštni naslov za obveščanje o tej pobudi.
declaration-legend = Izjava
declaration = Potrjujem, da so informacije, ki sem jih navedel(-a) v tem obrazcu, pravilne in da te predlagane državljanske pobude še nisem podprl(-a).
privacy = Vaši osebni podatki so šifrirani za organizatorje in bodo na voljo le pristojnemu organu vaše države članice za preverjanje izjave, nato pa uničeni najpozneje 21 mesecev po začetku zbiranja (Uredba (EU) 2019/788, člen 19).
submit = Podpri pobudo
id-number-hint = Kot je zapisano na dokumentu; presledki in vezaji so dovoljeni.
id-number-confirm = Potrjujem, da je številka dokumenta pravilna, kot je vnesena.

## Field labels and hints
field-full-first-names = Vsa imena
field-family-names = Priimki
field-date-of-birth = Datum rojstva
field-street = Ulica
field-street-number = Hišna številka
field-postal-code = Poštna številka (če obstaja)
field-city = Kraj
field-country = Država prebivališča
field-id-type = Vrsta dokumenta
field-id-number = Številka dokumenta
field-email = E-poštni naslov
field-email-consent = Soglasje
field-nationality = Državljanstvo
field-id-number-confirmed = Potrditev
hint-full-first-names = Vsa vaša imena, kot v osebnem dokumentu.
hint-family-names = Vsi vaši priimki, kot v osebnem dokumentu.
hint-date-of-birth = Dan, mesec in leto, na primer 31/12/1990.

## Identification documents
doc-passport = Potni list
doc-id-card = Osebna izkaznica
doc-citizens-card = Državljanska kartica
doc-personal-id = Osebna identifikacijska številka
doc-personal-number = Osebna številka

## Errors next to a field
error-required = To polje je obvezno.
error-too-long = Vnos je predolg.
error-invalid-characters = Vnos vsebuje znake, ki tu niso dovoljeni.
error-invalid-format = Vnos nima pričakovane oblike.
error-unusual-format = Ta številka nima običajne oblike; potrdite jo, če je pravilna.
error-checksum = Ta številka ni veljavna (kontrolna števka se ne ujema).
error-invalid-date = To ni veljaven datum.
error-date-in-future = Ta datum je v prihodnosti.
error-too-young = Niste še dovolj stari, da bi v svoji državi članici podprli pobudo.
error-not-allowed = Ta podatek se za vaše državljanstvo ne zahteva.
error-unknown-field = Neznano polje.
error-duplicate-field = To polje je bilo poslano dvakrat.
error-wrong-type = Vnos je napačne vrste.
error-unknown-nationality = Podpisati lahko le državljani države članice EU.
error-document-type-not-accepted = Vaša država članica ne sprejema te vrste dokumenta.
error-declaration-required = Potrdite izjavo.
error-consent-required = Privolite v stik ali pustite e-poštni naslov prazen.
error-invalid-email = To ni veljaven e-poštni naslov.

## Pages for refused submissions
unreadable-title = Obrazec ni berljiv
unreadable-text = Obrazca ni bilo mogoče prebrati. Poskusite znova.
unsupported-title = Zahteva ni podprta
unsupported-text = Uporabite obrazec.
too-large-title = Preveč podatkov
too-large-text = Obrazec je bil prevelik, da bi ga sprejeli.
rate-limited-title = Preveč poskusov
rate-limited-text = Z vaše povezave je bilo preveč poskusov. Počakajte minuto, se vrnite in pošljite znova.
duplicate-title = Že podprto
duplicate-text = Izjava o podpori s temi podatki je že zabeležena. Vsak državljan lahko pobudo podpre le enkrat.

## Progress page
progress-title = Potek zbiranja
progress-total = { $count ->
    [one] { $shown } izjava o podpori
    [two] { $shown } izjavi o podpori
    [few] { $shown } izjave o podpori
   *[other] { $shown } izjav o podpori
}
progress-states = Države članice nad svojim pragom: { $count } od { $needed }.
progress-goal = Pobuda potrebuje vsaj { $total } izjav o podpori in doseženi prag v vsaj { $needed } državah članicah.
progress-state = Država članica
progress-count = Izjave
progress-threshold = Prag
progress-reached = Prag dosežen
progress-updated = Številke se posodabljajo vsako minuto.

## Member states, in this language
state-AT = Avstrija
state-BE = Belgija
state-BG = Bolgarija
state-HR = Hrvaška
state-CY = Ciper
state-CZ = Češka
state-DK = Danska
state-EE = Estonija
state-FI = Finska
state-FR = Francija
state-DE = Nemčija
state-GR = Grčija
state-HU = Madžarska
state-IE = Irska
state-IT = Italija
state-LV = Latvija
state-LT = Litva
state-LU = Luksemburg
state-MT = Malta
state-NL = Nizozemska
state-PL = Poljska
state-PT = Portugalska
state-RO = Romunija
state-SK = Slovaška
state-SI = Slovenija
state-ES = Španija
state-SE = Švedska

## Receipts and their check (docs/transparency.md)
receipt-text = Potrdilo dokazuje, da je vaša izjava v javnem dnevniku izjav, ne da bi razkrilo karkoli o vas. Shranite ga, da boste pozneje lahko preverili, ali se še šteje.
receipt-download = Prenesi potrdilo
receipt-check-link = Preveri potrdilo
check-title = Preveri potrdilo
check-heading = Preverite, ali se vaša izjava šteje
check-intro = Izberite potrdilo, ki ste ga prenesli po podpisu. Brskalnik ga preveri v javnem dnevniku; potrdilo se nikamor ne pošlje.
check-file = Datoteka potrdila
check-button = Preveri potrdilo
check-nojs = To preverjanje poteka v vašem brskalniku in potrebuje JavaScript. Brez njega lahko kdorkoli preveri potrdilo z brezplačnim orodjem organizatorjev:
check-ok = Vaša izjava se šteje: je v javnem dnevniku, katerega podpis je veljaven.
check-fail = Tega potrdila ni bilo mogoče preveriti.

## Campaigns: partners, sharing, link previews
meta-description = Podprite spletno evropsko državljansko pobudo „{ $title }“ v svojem jeziku. Traja približno minuto.
partner-via = Podpisujete prek { $partner }.
partner-consent = Strinjam se tudi, da { $partner } uporablja moj e-poštni naslov, da me obvešča o tej pobudi.
share-heading = Prosite druge, naj podpišejo
share-text = Podprl sem evropsko državljansko pobudo „{ $title }“. Tudi vi lahko:
share-email = E-pošta
share-more = Deli…
share-hint = Te povezave odprejo izbrano storitev v novem oknu; prej se ji nič ne pošlje.
share-address = Naslov za deljenje

## Counters and the map
counter-partner = Izjave o podpori, zbrane prek { $partner }
counter-goal = Cilj: { $goal }
counter-sign = Podprite pobudo
counter-badge = izjav o podpori
map-title = Države članice glede na doseženi delež njihovega praga
map-share = { $state }: { $percent } % praga
map-under-25 = manj kot 25 %
map-25-50 = od 25 do 50 %
map-50-100 = od 50 do 100 %

## Paper form
paper-link = Natisnite papirni obrazec za ročno zbiranje podpisov
paper-title = Obrazec izjave o podpori
paper-intro = Natisnite ta obrazec, naj ga ročno izpolnijo državljani navedene države članice, in ga vrnite organizatorjem.
paper-part-a = Del A: za države članice, ki ne zahtevajo osebne identifikacijske številke ali številke dokumenta
paper-part-b = Del B: za države članice, ki zahtevajo osebno identifikacijsko številko ali številko dokumenta
paper-nationals = Vsi podpisniki na tem obrazcu so državljani države: { $state }.
paper-collected-by = Ta obrazec zbira { $partner } v imenu organizatorjev.
paper-registered-on = Datum registracije:
paper-register = Spletni naslov te pobude v registru Komisije:
paper-initiative-title = Naslov predlagane državljanske pobude:
paper-objectives = Njeni glavni cilji:
paper-contacts = Imena in e-poštni naslovi registriranih kontaktnih oseb:
paper-website = Spletišče predlagane državljanske pobude:
paper-table-caption = Podpisniki (ena oseba na vrstico, z velikimi tiskanimi črkami)
paper-privacy = Organizatorji bodo vaše osebne podatke dali na voljo samo pristojnemu organu vaše države članice za preverjanje izjave in jih uničili najpozneje 21 mesecev po začetku zbiranja (Uredba (EU) 2019/788, člen 19).
paper-date-signature = Datum in podpis
