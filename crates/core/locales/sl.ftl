# ocs-edge: slovenščina. Vzor: en.ftl (enaki identifikatorji in spremenljivke).

## Page frame
skip-to-content = Skoči na vsebino
language = Jezik:
footer-initiative = Evropska državljanska pobuda { $id }.
official-register = Uradni register
progress-link = Potek zbiranja
back-to-initiative = Nazaj na pobudo

## Landing and nationality
support-title = Podprite to pobudo
landing-intro = Vsak državljan Evropske unije, ki je v svoji državi članici dovolj star, lahko to pobudo podpre na spletu. Traja približno minuto.
nationality-label = Vaše državljanstvo
nationality-hint = Zahtevani podatki so odvisni od države članice, katere državljan ste. Če imate več državljanstev EU, izberite eno: pobudo lahko podprete le enkrat.
choose-option = Izberite…
continue = Naprej
choose-title = Izberite svoje državljanstvo
unknown-nationality = »{ $code }« ni država članica Evropske unije.

## Collection closed
closed-title = Podpisovanje zdaj ni mogoče
not-started = Zbiranje izjav o podpori se še ni začelo. Vrnite se, ko se začne.
ended = Zbiranje izjav o podpori se je končalo. Hvala za vaše zanimanje.

## Confirmation
thanks-title = Hvala
thanks-heading = Hvala: vaša podpora je zabeležena
thanks-stored = Vaša izjava o podpori je bila šifrirana za organizatorje in shranjena.
statement-number = Številka izjave:
statement-number-hint = To številko shranite, če boste pozneje želeli organizatorje prositi za izbris izjave. O vas ne razkriva ničesar.

## The form
signing-as = Vaše državljanstvo: { $state }.
change-nationality = Spremeni državljanstvo
note-de-abroad = Če živite zunaj Nemčije, lahko podpišete s svojim naslovom v tujini le, če ste stalno prebivališče prijavili pri pristojnem nemškem diplomatskem predstavništvu tam.
bot-check-failed = Nismo mogli potrditi, da niste robot. Poskusite znova; vneseni podatki so ohranjeni.
bot-check-unavailable = Preverjanja proti samodejnemu podpisovanju trenutno ni bilo mogoče izvesti. Nič ni bilo shranjeno, vaši podatki pa so ohranjeni: obrazec pošljite znova čez minuto.
wallet-button = Podpišite z evropsko denarnico za digitalno identiteto
wallet-intro = Z evropsko denarnico za digitalno identiteto so vaši podatki vzeti iz dokazila o identiteti vaše države in jih ni treba vnašati.
wallet-filled = Vaši podatki iz denarnice so vpisani spodaj in jih tu ni mogoče spremeniti. Dopolnite, kar je še prazno, nato pošljite obrazec.
wallet-refused-untrusted = Odgovora vaše denarnice ni bilo mogoče potrditi kot odgovora priznanega ponudnika identitete. Nič ni bilo shranjeno. Obrazec lahko izpolnite sami.
wallet-refused-again = Odgovor vaše denarnice ni bil namenjen tej strani ali pa je prišel prepozno. Nič ni bilo shranjeno. Denarnico vprašajte znova.
wallet-refused-expired = Vaše dokazilo o identiteti je poteklo ali ni več veljavno. Nič ni bilo shranjeno. Obnovite ga v denarnici ali sami izpolnite obrazec.
wallet-refused-status = Veljavnosti vašega dokazila o identiteti trenutno ni mogoče preveriti. Nič ni bilo shranjeno. Poskusite znova čez minuto ali sami izpolnite obrazec.
wallet-refused-missing = Vaša denarnica ni delila vseh podatkov, ki jih ta obrazec potrebuje. Nič ni bilo shranjeno. Delite jih ali sami izpolnite obrazec.
wallet-refused-nationality = Vaše dokazilo o identiteti ne navaja državljanstva, izbranega v tem obrazcu. Nič ni bilo shranjeno.
wallet-unavailable = Podpisovanje z denarnico trenutno ni mogoče. Nič ni bilo shranjeno. Poskusite znova čez minuto ali sami izpolnite obrazec.
error-summary-title = Popravite naslednje
your-details = Vaši podatki
all-required = Vsa polja so obvezna, razen če so označena kot neobvezna.
keeping-in-touch = Ostanite v stiku (neobvezno)
email-label = E-poštni naslov (neobvezno)
email-hint = Samo če želite, da vas organizatorji obveščajo o tej pobudi. Shranjen ločeno od vaše izjave.
email-consent = Strinjam se, da organizatorji uporabijo moj e-poštni naslov za obveščanje o tej pobudi.
declaration-legend = Izjava
submit = Podprite pobudo
id-number-hint = Kot je zapisano na dokumentu; presledki in vezaji so dovoljeni.
id-number-confirm = Potrjujem, da je številka dokumenta pravilna, kot je vnesena.

## Field labels and hints
field-full-first-names = Vsa imena
field-family-names = Priimki
field-date-of-birth = Datum rojstva
field-street = Ulica
field-street-number = Hišna številka
field-postal-code = Poštna številka
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
hint-date-of-birth = Dan, mesec in leto, na primer 31. 12. 1990.
hint-postal-code = Polje pustite prazno le, če naslovi v vaši državi prebivališča nimajo poštne številke.

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
check-ok-detail = Preverjeno glede na zadnje podpisano stanje dnevnika: vnos { $leaf } od { $size } v delu { $shard } dnevnika.
check-fail = Tega potrdila ni bilo mogoče preveriti.
check-fail-file = Datoteka ni potrdilo tega zbiranja ali pa je bila spremenjena. Izberite datoteko, ki ste jo prenesli po podpisu (receipt-….json).
check-fail-unreachable = Javni dnevnik trenutno ni dosegljiv. Poskusite znova čez nekaj minut.
check-fail-missing = Dnevnik ne vsebuje vaše izjave, kot navaja potrdilo. Obvestite organizatorje: { $contact }

## Campaigns: partners, sharing, link previews
meta-description = Podprite evropsko državljansko pobudo „{ $title }“ na spletu, v svojem jeziku. Traja približno minuto.
partner-via = Podpisujete prek { $partner }.
partner-consent = Strinjam se tudi, da { $partner } uporablja moj e-poštni naslov, da me obvešča o tej pobudi.
share-heading = Prosite druge, naj podpišejo
share-text = „{ $title }“: evropska državljanska pobuda, ki jo je mogoče podpreti na spletu v približno minuti.
share-email = E-pošta
share-more = Deli…
share-hint = Te povezave odprejo izbrano storitev v novem oknu; prej se ji nič ne pošlje.
share-address = Naslov za deljenje

## Counters and the map
counter-partner = Izjave o podpori, zbrane prek { $partner }
counter-goal = Cilj: { $goal }
counter-sign = Podprite pobudo
counter-badge = izjave o podpori
map-title = Države članice glede na doseženi delež njihovega praga
map-share = { $state }: { $percent } % praga
map-none = še nobene
map-under-25 = manj kot 25 %
map-25-50 = od 25 do 50 %
map-50-100 = od 50 do 100 %

## Paper form
paper-link = Natisnite papirni obrazec za ročno zbiranje podpisov
paper-title = Obrazec izjave o podpori
paper-intro = Natisnite ta obrazec, naj ga ročno izpolnijo državljani navedene države članice, in ga vrnite organizatorjem.
paper-part-a = Del A: za države članice, ki ne zahtevajo osebne identifikacijske številke ali številke dokumenta
paper-part-b = Del B: za države članice, ki zahtevajo osebno identifikacijsko številko ali številko dokumenta
paper-collected-by = Ta obrazec zbira { $partner } v imenu organizatorjev.
paper-table-caption = Podpisniki (ena oseba na vrstico, z velikimi tiskanimi črkami)
paper-date-signature = Datum in podpis

## Annex III: the initiative's particulars, points 1 to 8 of every form (docs/certification.md)
particulars-heading = O tej pobudi
particular-nationals = Vsi podpisniki na tem obrazcu so državljani države:
particular-registration = Registrska številka Evropske komisije:
particular-period = Začetek in konec obdobja zbiranja:
particular-register = Spletni naslov te pobude v registru Evropske komisije:
particular-title = Naslov te pobude:
particular-objectives = Glavni cilji:
particular-contacts = Imena in e-poštni naslovi registriranih kontaktnih oseb:
particular-website = Spletna stran pobude (če obstaja):
date-range = od { $start } do { $end }

## Annex III: the declaration and the privacy statement, word for word (docs/certification.md)
declaration = Potrjujem, da so navedene informacije v tem obrazcu pravilne in da te pobude še nisem podprl/-a.
declaration-eid = Potrjujem, da te državljanske pobude še nisem podprl/-a.
privacy-heading = Izjava o varstvu osebnih podatkov
privacy-1 = V skladu z Uredbo (EU) 2016/679 (Splošna uredba o varstvu podatkov) bodo vaši osebni podatki, predloženi na tem obrazcu, uporabljeni le za podporo pobudi in bodo na voljo pristojnim nacionalnim organom za namene preverjanja in potrjevanja. Od skupine organizatorjev te pobude imate pravico zahtevati dostop do svojih osebnih podatkov, njihov popravek, izbris in omejitev njihove obdelave.
privacy-2 = Skupina organizatorjev bo vaše podatke hranila največ mesec dni po predložitvi pobude Evropski komisiji ali 21 mesecev od začetka obdobja zbiranja, kar nastopi prej. V primeru upravnih ali pravnih postopkov se lahko vaši podatki hranijo po izteku teh rokov, in sicer do največ mesec dni po datumu zaključka teh postopkov.
privacy-3 = Če menite, da so bili vaši podatki nezakonito obdelani, imate brez poseganja v vsako drugo upravno ali sodno sredstvo pravico, da kadar koli vložite pritožbo pri organu za varstvo podatkov, zlasti v državi članici svojega običajnega prebivališča, kraja dela ali kraja domnevne kršitve.
privacy-4 = Predstavnik skupine organizatorjev pobude ali, kadar je primerno, pravna oseba, ki jo je ustanovil, je upravljavec v smislu Splošne uredbe o varstvu podatkov, s katerim oziroma katero lahko vzpostavite stik s pomočjo podatkov na tem obrazcu.
privacy-5 = Kontaktni podatki uradne osebe za varstvo podatkov (če obstaja) so na voljo na spletnem mestu te pobude v registru Evropske komisije, kot je navedeno v točki 4 tega obrazca.
privacy-6 = Kontaktni podatki nacionalnega organa, ki bo vaše osebne podatke prejel in obdelal, in kontaktni podatki nacionalnih organov za varstvo podatkov so na voljo na: http://ec.europa.eu/citizens-initiative/public/data-protection?lg=sl.
controller-label = Upravljavec:
controller-representative = { $name }, predstavnik skupine organizatorjev
controller-contact = Kontakt glede vaših osebnih podatkov:
dpo-label = Pooblaščena oseba za varstvo podatkov:
dpo-none = ni imenovana

## Privacy notice: what the website processes besides the statement (/{lang}/privacy)
notice-title = Kako ta spletna stran ravna z vašimi podatki
notice-intro = Izjava o varstvu osebnih podatkov na obrazcu se nanaša na vašo izjavo o podpori. Ta stran opisuje vse drugo, kar spletna stran obdeluje, ko jo obiščete ali podpišete: kaj, zakaj, kako dolgo in kdo.
notice-statement-heading = Vaša izjava o podpori
notice-statement = Spletna stran vašo izjavo preveri, jo takoj šifrira tako, da jo lahko odprejo le organizatorji, in shrani le šifrirano izjavo: nihče od upravljavcev spletne strani je ne more prebrati. Hrani se in izbriše, kot navaja izjava o varstvu osebnih podatkov.
notice-bot-heading = Preverjanje proti samodejnemu podpisovanju
notice-bot = Preden je izjava sprejeta, Cloudflare Turnstile na podlagi signalov, kot sta vaš naslov IP in identifikacija vašega brskalnika, preveri, da jo pošilja človek. Cloudflare jih obdeluje le za razlikovanje ljudi od robotov v skladu s svojim dodatkom o zasebnosti za Turnstile; spletna stran prejme le rezultat.
notice-limit-heading = Omejitev ponovljenih poskusov
notice-limit = Da bi preprečila množično pošiljanje, spletna stran eno minuto šteje poskuse z vsake povezave pod kodo, ki je enosmerno izračunana iz vašega naslova IP, nikoli pod samim naslovom. Po tej minuti se štetje pozabi.
notice-log-heading = Javni dnevnik izjav
notice-log = Vsaka shranjena izjava doda vnos v javni dnevnik, da lahko kdorkoli preveri, da nobena izjava ni bila odstranjena ali spremenjena. Vnos je enosmerni prstni odtis šifrirane izjave in o vas ne razkriva ničesar. Dnevnik se izbriše skupaj z izjavami. Vaše potrdilo ostane v vaši napravi, razen če ga posredujete naprej.
notice-email-heading = Vaš e-poštni naslov
notice-email = Le če ga navedete in označite privolitev: šifriran je za organizatorje, hrani se ločeno od vaše izjave in se uporablja le za obveščanje o tej pobudi. Izbriše se skupaj z izjavami ali prej, če privolitev prekličete s sporočilom na spodaj navedeni kontakt.
notice-hosting-heading = Gostovanje
notice-hosting = Spletna stran deluje v omrežju družbe Cloudflare, Inc., ki jo za organizatorje obdeluje kot njihov obdelovalec. Šifrirane izjave se hranijo { $where ->
    [eu] v podatkovnih središčih v Evropski uniji
   *[other] v podatkovnih središčih, ki jih izbere Cloudflare
}.
notice-records-heading = Dnevniške datoteke in piškotki
notice-records = Spletna stran v svoje dnevniške datoteke ne zapisuje osebnih podatkov niti naslovov IP. Ne uporablja piškotkov in ne nalaga ničesar z drugih spletnih strani, razen preverjanja proti samodejnemu podpisovanju.
notice-rights-heading = Vaše pravice in na koga se obrniti
notice-rights = Imate pravice, ki jih navaja izjava o varstvu osebnih podatkov, tudi glede te obdelave. Za njihovo uveljavljanje ali z vprašanji o tej strani se obrnite na upravljavca:
