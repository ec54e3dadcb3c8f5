# ocs-edge: magyar. Minta: en.ftl (ugyanazok az azonosítók és változók).

## Page frame
skip-to-content = Ugrás a tartalomra
language = Nyelv:
footer-initiative = Európai polgári kezdeményezés: { $id }.
official-register = Hivatalos nyilvántartás
progress-link = A gyűjtés állása
back-to-initiative = Vissza a kezdeményezéshez
collection-period = Gyűjtési időszak: { $start } – { $end }.

## Landing and nationality
support-title = Támogassa ezt a kezdeményezést
registration-number = Nyilvántartási szám:
landing-intro = Az Európai Unió minden polgára, aki tagállamában elérte az előírt életkort, online támogathatja ezt a kezdeményezést. Körülbelül egy percet vesz igénybe.
nationality-label = Az Ön állampolgársága
nationality-hint = A kért adatok attól függenek, hogy Ön melyik tagállam állampolgára. Ha több uniós állampolgársága van, válasszon egyet: egy kezdeményezést csak egyszer lehet támogatni.
choose-option = Válasszon…
continue = Tovább
choose-title = Válassza ki állampolgárságát
unknown-nationality = „{ $code }” nem az Európai Unió tagállama.

## Collection closed
closed-title = A gyűjtés lezárult
not-started = A támogató nyilatkozatok gyűjtése még nem kezdődött el. Kérjük, térjen vissza, amikor elkezdődött.
ended = A támogató nyilatkozatok gyűjtése véget ért. Köszönjük érdeklődését.

## Confirmation
thanks-title = Köszönjük
thanks-heading = Köszönjük: támogatását rögzítettük
thanks-stored = Támogató nyilatkozatát a szervezők számára titkosítottuk és tároltuk.
statement-number = A nyilatkozat száma:
statement-number-hint = Őrizze meg ezt a számot, ha később kérni szeretné a szervezőktől nyilatkozata törlését. Semmit nem árul el Önről.

## The form
signing-as = Ön a következő tagállam állampolgáraként ír alá: { $state }.
change-nationality = Állampolgárság módosítása
note-de-abroad = Ha Németországon kívül él, külföldi lakcímével csak akkor írhat alá, ha állandó lakóhelyét bejelentette az ott illetékes német külképviseleten.
bot-check-failed = Nem tudtuk megerősíteni, hogy Ön nem robot. Kérjük, próbálja újra; a megadott adatokat megőriztük.
bot-check-unavailable = Az automatikus aláírás elleni ellenőrzést most nem tudtuk elvégezni. Semmit sem tároltunk, és a megadott adatai megmaradtak: kérjük, egy perc múlva küldje el újra az űrlapot.
error-summary-title = Kérjük, javítsa a következőket
your-details = Az Ön adatai
all-required = Minden mező kitöltése kötelező, kivéve a nem kötelezőként jelölteket.
keeping-in-touch = Kapcsolattartás (nem kötelező)
email-label = E-mail-cím (nem kötelező)
email-hint = Csak ha szeretné, hogy a szervezők tájékoztassák e kezdeményezésről. A nyilatkozatától elkülönítve tároljuk.
email-consent = Hozzájárulok, hogy a szervezők az e-mail-címemet a kezdeményezéssel kapcsolatos tájékoztatásomra használják.
declaration-legend = Nyilatkozat
declaration = Kijelentem, hogy az ezen a nyomtatványon feltüntetett adatok helytállóak, és ezt a javasolt polgári kezdeményezést korábban még nem támogattam.
privacy = Személyes adatait a szervezők számára titkosítjuk, és azokat kizárólag az Ön tagállamának illetékes hatósága kapja meg nyilatkozata ellenőrzésére; legkésőbb a gyűjtés kezdetétől számított 21 hónapon belül megsemmisítjük őket ((EU) 2019/788 rendelet, 19. cikk).
submit = A kezdeményezés támogatása
id-number-hint = Ahogyan az okmányon szerepel; a szóközök és kötőjelek megengedettek.
id-number-confirm = Megerősítem, hogy az okmány száma a megadott formában helyes.

## Field labels and hints
field-full-first-names = Teljes utónév
field-family-names = Családi név
field-date-of-birth = Születési dátum
field-street = Utca
field-street-number = Házszám
field-postal-code = Irányítószám (ha van)
field-city = Település
field-country = Lakóhely szerinti ország
field-id-type = Az okmány típusa
field-id-number = Az okmány száma
field-email = E-mail-cím
field-email-consent = Hozzájárulás
field-nationality = Állampolgárság
field-id-number-confirmed = Megerősítés
hint-full-first-names = Minden utóneve, ahogyan a személyazonosító okmányában szerepel.
hint-family-names = Minden családi neve, ahogyan a személyazonosító okmányában szerepel.
hint-date-of-birth = Nap, hónap és év, például 31/12/1990.

## Identification documents
doc-passport = Útlevél
doc-id-card = Személyazonosító igazolvány
doc-citizens-card = Állampolgári kártya
doc-personal-id = Személyi azonosító szám
doc-personal-number = Személyi szám

## Errors next to a field
error-required = A mező kitöltése kötelező.
error-too-long = Ez túl hosszú.
error-invalid-characters = Olyan karaktereket tartalmaz, amelyek itt nem megengedettek.
error-invalid-format = Nem a várt formátumú.
error-unusual-format = A szám nem a szokásos formátumú; erősítse meg, ha helyes.
error-checksum = A szám érvénytelen (az ellenőrző számjegy nem egyezik).
error-invalid-date = Ez nem érvényes dátum.
error-date-in-future = Ez a dátum a jövőben van.
error-too-young = Még nem érte el a kezdeményezés támogatásához szükséges életkort tagállamában.
error-not-allowed = Ezt az adatot az Ön állampolgársága esetén nem kérjük.
error-unknown-field = Ismeretlen mező.
error-duplicate-field = Ezt a mezőt kétszer küldték el.
error-wrong-type = Nem megfelelő típusú.
error-unknown-nationality = Csak uniós tagállam polgárai írhatnak alá.
error-document-type-not-accepted = Tagállama nem fogadja el ezt az okmánytípust.
error-declaration-required = Kérjük, erősítse meg a nyilatkozatot.
error-consent-required = Járuljon hozzá a kapcsolatfelvételhez, vagy hagyja üresen az e-mail-címet.
error-invalid-email = Ez nem érvényes e-mail-cím.

## Pages for refused submissions
unreadable-title = Olvashatatlan űrlap
unreadable-text = Az űrlapot nem sikerült beolvasni. Kérjük, próbálja újra.
unsupported-title = Nem támogatott kérés
unsupported-text = Kérjük, használja az űrlapot.
too-large-title = Túl sok adat
too-large-text = Az űrlap túl nagy volt ahhoz, hogy elfogadjuk.
rate-limited-title = Túl sok próbálkozás
rate-limited-text = Túl sok próbálkozás érkezett a kapcsolatáról. Várjon egy percet, lépjen vissza, és küldje el újra.
duplicate-title = Már támogatta
duplicate-text = Ezekkel az adatokkal már rögzítettek egy támogató nyilatkozatot. Minden polgár csak egyszer támogathat egy kezdeményezést.

## Progress page
progress-title = A gyűjtés állása
progress-total = { $count ->
   *[other] { $shown } támogató nyilatkozat
}
progress-states = A küszöbértéket elért tagállamok: { $count } / { $needed }.
progress-goal = A kezdeményezéshez legalább { $total } támogató nyilatkozat szükséges, és legalább { $needed } tagállamban el kell érni a küszöbértéket.
progress-state = Tagállam
progress-count = Nyilatkozatok
progress-threshold = Küszöbérték
progress-reached = Küszöbérték elérve
progress-updated = A számok percenként frissülnek.

## Member states, in this language
state-AT = Ausztria
state-BE = Belgium
state-BG = Bulgária
state-HR = Horvátország
state-CY = Ciprus
state-CZ = Csehország
state-DK = Dánia
state-EE = Észtország
state-FI = Finnország
state-FR = Franciaország
state-DE = Németország
state-GR = Görögország
state-HU = Magyarország
state-IE = Írország
state-IT = Olaszország
state-LV = Lettország
state-LT = Litvánia
state-LU = Luxemburg
state-MT = Málta
state-NL = Hollandia
state-PL = Lengyelország
state-PT = Portugália
state-RO = Románia
state-SK = Szlovákia
state-SI = Szlovénia
state-ES = Spanyolország
state-SE = Svédország

## Receipts and their check (docs/transparency.md)
receipt-text = A nyugta igazolja, hogy támogató nyilatkozata szerepel a nyilvános naplóban, anélkül hogy bármit elárulna Önről. Őrizze meg, hogy később ellenőrizhesse: továbbra is beszámítják.
receipt-download = A nyugta letöltése
receipt-check-link = Nyugta ellenőrzése
check-title = Nyugta ellenőrzése
check-heading = Ellenőrizze, hogy nyilatkozatát beszámítják
check-intro = Válassza ki az aláírás után letöltött nyugtát. Böngészője a nyilvános naplóval ellenőrzi; a nyugtát nem küldi el sehova.
check-file = Nyugtafájl
check-button = A nyugta ellenőrzése
check-nojs = Az ellenőrzés a böngészőjében fut, és JavaScriptet igényel. Enélkül bárki ellenőrizhet egy nyugtát a szervezők ingyenes eszközével:
check-ok = Nyilatkozatát beszámítják: szerepel a nyilvános naplóban, amelynek aláírása érvényes.
check-fail = Ezt a nyugtát nem sikerült ellenőrizni.

## Campaigns: partners, sharing, link previews
meta-description = Támogassa online a(z) „{ $title }” európai polgári kezdeményezést a saját nyelvén. Nagyjából egy percet vesz igénybe.
partner-via = Ön a következőn keresztül ír alá: { $partner }.
partner-consent = Hozzájárulok ahhoz is, hogy { $partner } az e-mail-címemet a kezdeményezéssel kapcsolatos tájékoztatásra használja.
share-heading = Kérjen meg másokat is az aláírásra
share-text = Támogattam a(z) „{ $title }” európai polgári kezdeményezést. Ön is megteheti:
share-email = E-mail
share-more = Megosztás…
share-hint = Ezek a hivatkozások új ablakban nyitják meg a választott szolgáltatást; előtte semmit sem küldenek neki.
share-address = Megosztandó cím

## Counters and the map
counter-partner = A következőn keresztül gyűjtött támogató nyilatkozatok: { $partner }
counter-goal = Cél: { $goal }
counter-sign = A kezdeményezés támogatása
counter-badge = támogató nyilatkozat
map-title = A tagállamok aszerint, hogy küszöbértékük mekkora részét érték el
map-share = { $state }: a küszöbérték { $percent } %-a
map-under-25 = 25 % alatt
map-25-50 = 25–50 %
map-50-100 = 50–100 %

## Paper form
paper-link = Papíralapú űrlap nyomtatása kézi aláírásgyűjtéshez
paper-title = Támogató nyilatkozat űrlapja
paper-intro = Nyomtassa ki ezt az űrlapot, töltesse ki kézzel a megnevezett tagállam polgáraival, és juttassa vissza a szervezőknek.
paper-part-a = A. rész: azon tagállamok számára, amelyek nem kérnek személyi azonosító számot vagy okmányszámot
paper-part-b = B. rész: azon tagállamok számára, amelyek személyi azonosító számot vagy okmányszámot kérnek
paper-nationals = Az űrlapon szereplő valamennyi aláíró a következő állam polgára: { $state }.
paper-collected-by = Ezt az űrlapot { $partner } gyűjti a szervezők nevében.
paper-registered-on = A nyilvántartásba vétel dátuma:
paper-register = A kezdeményezés internetes címe a Bizottság nyilvántartásában:
paper-initiative-title = A tervezett polgári kezdeményezés címe:
paper-objectives = Fő célkitűzései:
paper-contacts = A nyilvántartásba vett kapcsolattartók neve és e-mail-címe:
paper-website = A tervezett polgári kezdeményezés honlapja:
paper-table-caption = Aláírók (soronként egy személy, nagybetűkkel)
paper-privacy = A szervezők az Ön személyes adatait kizárólag a tagállama illetékes hatóságának adják át a nyilatkozat ellenőrzésére, és legkésőbb a gyűjtés kezdetétől számított 21 hónapon belül megsemmisítik (az (EU) 2019/788 rendelet 19. cikke).
paper-date-signature = Dátum és aláírás
