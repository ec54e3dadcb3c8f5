# ocs-edge: magyar. Minta: en.ftl (ugyanazok az azonosítók és változók).

## Page frame
skip-to-content = Ugrás a tartalomra
language = Nyelv:
footer-initiative = Európai polgári kezdeményezés: { $id }.
official-register = Hivatalos nyilvántartás
progress-link = A gyűjtés állása
back-to-initiative = Vissza a kezdeményezéshez

## Landing and nationality
support-title = Támogassa ezt a kezdeményezést
landing-intro = Az Európai Unió minden polgára, aki tagállamában elérte az előírt életkort, online támogathatja ezt a kezdeményezést. Körülbelül egy percet vesz igénybe.
nationality-label = Az Ön állampolgársága
nationality-hint = A kért adatok attól függenek, hogy Ön melyik tagállam állampolgára. Ha több uniós állampolgársága van, válasszon egyet: egy kezdeményezést csak egyszer lehet támogatni.
choose-option = Válasszon…
continue = Tovább
choose-title = Válassza ki állampolgárságát
unknown-nationality = „{ $code }” nem az Európai Unió tagállama.

## Collection closed
closed-title = Az aláírás most nem lehetséges
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
wallet-button = Aláírás az európai digitális személyazonossági tárcával
wallet-intro = Az európai digitális személyazonossági tárcával adatai országa személyazonosító igazolásából származnak, nem kell begépelnie őket.
wallet-filled = A tárcából származó adatai alább ki vannak töltve, és itt nem módosíthatók. Töltse ki, ami még üres, majd küldje el az űrlapot.
wallet-refused-untrusted = A tárca válaszáról nem sikerült megállapítani, hogy elismert személyazonosság-szolgáltatótól származik. Semmi sem került tárolásra. Az űrlapot saját maga is kitöltheti.
wallet-refused-again = A tárca válasza nem ehhez az oldalhoz készült, vagy túl későn érkezett. Semmi sem került tárolásra. Kérje újra a tárcát.
wallet-refused-expired = A személyazonosító igazolása lejárt vagy már nem érvényes. Semmi sem került tárolásra. Újítsa meg a tárcában, vagy töltse ki saját maga az űrlapot.
wallet-refused-status = A személyazonosító igazolás érvényessége most nem ellenőrizhető. Semmi sem került tárolásra. Próbálja újra egy perc múlva, vagy töltse ki saját maga az űrlapot.
wallet-refused-missing = A tárca nem osztotta meg az összes adatot, amelyre ennek az űrlapnak szüksége van. Semmi sem került tárolásra. Ossza meg őket, vagy töltse ki saját maga az űrlapot.
wallet-refused-nationality = A személyazonosító igazolás nem az ezen az űrlapon választott állampolgárságot tünteti fel. Semmi sem került tárolásra.
wallet-unavailable = A tárcával való aláírás most nem lehetséges. Semmi sem került tárolásra. Próbálja újra egy perc múlva, vagy töltse ki saját maga az űrlapot.
error-summary-title = Kérjük, javítsa a következőket
your-details = Az Ön adatai
all-required = Minden mező kitöltése kötelező, kivéve a nem kötelezőként jelölteket.
keeping-in-touch = Kapcsolattartás (nem kötelező)
email-label = E-mail-cím (nem kötelező)
email-hint = Csak ha szeretné, hogy a szervezők tájékoztassák e kezdeményezésről. A nyilatkozatától elkülönítve tároljuk.
email-consent = Hozzájárulok, hogy a szervezők az e-mail-címemet a kezdeményezéssel kapcsolatos tájékoztatásomra használják.
declaration-legend = Nyilatkozat
submit = A kezdeményezés támogatása
id-number-hint = Ahogyan az okmányon szerepel; a szóközök és kötőjelek megengedettek.
id-number-confirm = Megerősítem, hogy az okmány száma a megadott formában helyes.

## Field labels and hints
field-full-first-names = Teljes utónév
field-family-names = Családi név
field-date-of-birth = Születési dátum
field-street = Utca
field-street-number = Házszám
field-postal-code = Irányítószám
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
hint-date-of-birth = Év, hónap és nap, például 1990. 12. 31.
hint-postal-code = Csak akkor hagyja üresen, ha lakóhelye országában a címeknek nincs irányítószáma.

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
    [one] { $shown } támogató nyilatkozat
   *[other] { $shown } támogató nyilatkozat
}
progress-states = A küszöbértéket elért tagállamok: { $count } / { $needed }.
progress-goal = A kezdeményezéshez legalább { $total } támogató nyilatkozat szükséges, és legalább { $needed } tagállamban el kell érni a küszöbértéket.
progress-state = Tagállam
progress-count = Nyilatkozatok
progress-threshold = Küszöb­érték
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
check-ok-detail = Ellenőrizve a napló legutóbbi aláírt állapotával: { $leaf }. bejegyzés a(z) { $size } közül, a napló { $shard }. részében.
check-fail = Ezt a nyugtát nem sikerült ellenőrizni.
check-fail-file = A fájl nem ennek a gyűjtésnek a nyugtája, vagy módosították. Válassza ki az aláírás után letöltött fájlt (receipt-….json).
check-fail-unreachable = A nyilvános napló most nem érhető el. Kérjük, néhány perc múlva próbálja újra.
check-fail-missing = A napló nem úgy tartalmazza támogató nyilatkozatát, ahogyan a nyugta szerint kellene. Kérjük, értesítse a szervezőket: { $contact }

## Campaigns: partners, sharing, link previews
meta-description = Támogassa online a(z) „{ $title }” európai polgári kezdeményezést a saját nyelvén. Nagyjából egy percet vesz igénybe.
partner-via = Ön a következőn keresztül ír alá: { $partner }.
partner-consent = Hozzájárulok ahhoz is, hogy { $partner } az e-mail-címemet a kezdeményezéssel kapcsolatos tájékoztatásra használja.
share-heading = Kérjen meg másokat is az aláírásra
share-text = „{ $title }”: európai polgári kezdeményezés, amely körülbelül egy perc alatt online támogatható.
share-email = E-mail
share-more = Megosztás…
share-hint = Ezek a hivatkozások új ablakban nyitják meg a választott szolgáltatást; előtte semmit sem küldenek neki.
share-address = Megosztandó cím

## Counters and the map
counter-partner = A következőn keresztül gyűjtött támogató nyilatkozatok: { $partner }
counter-goal = Cél: { $goal }
counter-sign = A kezdeményezés támogatása
counter-badge = támogató nyilatkozatok
map-title = A tagállamok aszerint, hogy küszöbértékük mekkora részét érték el
map-share = { $state }: a küszöbérték { $percent }%-a
map-none = még egy sem
map-under-25 = 25% alatt
map-25-50 = 25–50%
map-50-100 = 50–100%

## Paper form
paper-link = Papíralapú űrlap nyomtatása kézi aláírásgyűjtéshez
paper-title = Támogató nyilatkozat űrlapja
paper-intro = Nyomtassa ki ezt az űrlapot, töltesse ki kézzel a megnevezett tagállam polgáraival, és juttassa vissza a szervezőknek.
paper-part-a = A. rész: azon tagállamok számára, amelyek nem kérnek személyi azonosító számot vagy okmányszámot
paper-part-b = B. rész: azon tagállamok számára, amelyek személyi azonosító számot vagy okmányszámot kérnek
paper-collected-by = Ezt az űrlapot { $partner } gyűjti a szervezők nevében.
paper-table-caption = Aláírók (soronként egy személy, nagybetűkkel)
paper-date-signature = Dátum és aláírás

## Annex III: the initiative's particulars, points 1 to 8 of every form (docs/certification.md)
particulars-heading = A kezdeményezés adatai
particular-nationals = Az űrlapot aláíró valamennyi személy a következő tagállam állampolgára:
particular-registration = Az Európai Bizottság által adott nyilvántartási szám:
particular-period = A gyűjtési időszak kezdete és vége:
particular-register = A kezdeményezés internetes címe az Európai Bizottság nyilvántartásában:
particular-title = A kezdeményezés címe:
particular-objectives = Fő célkitűzések:
particular-contacts = A nyilvántartásba vett kapcsolattartók neve és e-mail-címe:
particular-website = A kezdeményezés weboldala (ha van ilyen):
date-range = { $start } – { $end }

## Annex III: the declaration and the privacy statement, word for word (docs/certification.md)
declaration = Kijelentem, hogy fent megadott adataim a valóságnak megfelelnek, és ezt a kezdeményezést eddig még nem támogattam.
declaration-eid = Kijelentem, hogy ezt a polgári kezdeményezést eddig még nem támogattam.
privacy-heading = Adatvédelmi nyilatkozat
privacy-1 = Az (EU) 2016/679 rendelettel (általános adatvédelmi rendelet) összhangban az e formanyomtatványon megadott személyes adatait kizárólag a kezdeményezés támogatására használják fel és kizárólag ellenőrzés és igazolás céljából bocsátják az illetékes nemzeti hatóságok rendelkezésére. Ön ezen kezdeményezés szervezői csoportjától kérheti a személyes adataihoz való hozzáférést, azok helyesbítését, törlését, valamint kezelésük korlátozását.
privacy-2 = Az Ön adatait a szervezői csoport a kezdeményezésnek az Európai Bizottsághoz történő benyújtásától számított legfeljebb egy hónapig, vagy a gyűjtési időszak kezdetétől számított legfeljebb 21 hónapig tárolják, attól függően, hogy melyik következik be korábban. Közigazgatási vagy bírósági eljárás esetén az adatok e határidőkön túl is megőrizhetők, legfeljebb az eljárás lezárultát követő egy hónapig.
privacy-3 = Az egyéb közigazgatási vagy bírósági jogorvoslatok sérelme nélkül, Ön jogosult arra, hogy bármikor panaszt tegyen valamely adatvédelmi hatóságnál – különösen a szokásos tartózkodási helye, a munkahelye vagy a feltételezett jogsértés helye szerinti tagállamban –, ha megítélése szerint jogellenesen kezelik az adatait.
privacy-4 = A kezdeményezés szervezői csoportjának képviselője, vagy adott esetben az általa létrehozott jogi személy az általános adatvédelmi rendelet szerinti adatkezelők, akikkel az e formanyomtatványon megadott adatok segítségével lehet felvenni a kapcsolatot.
privacy-5 = Az adatvédelmi tisztviselő (ha van ilyen) elérhetőségei hozzáférhetők e kezdeményezésnek az Európai Bizottság nyilvántartásában szereplő internetes oldalán, az e formanyomtatvány 4. pontjában megadottak szerint.
privacy-6 = Az Ön személyes adatait fogadó és kezelő nemzeti hatóságok elérhetőségei, valamint a nemzeti adatvédelmi hatóságok kapcsolattartási adatai megtalálhatók az alábbi címen: http://ec.europa.eu/citizens-initiative/public/data-protection?lg=hu.
controller-label = Adatkezelő:
controller-representative = { $name }, a szervezői csoport képviselője
controller-contact = Kapcsolattartás személyes adataival kapcsolatban:
dpo-label = Adatvédelmi tisztviselő:
dpo-none = nincs kijelölve

## Privacy notice: what the website processes besides the statement (/{lang}/privacy)
notice-title = Hogyan kezeli adatait ez a weboldal
notice-intro = Az űrlapon található adatvédelmi nyilatkozat az Ön támogató nyilatkozatára vonatkozik. Ez az oldal minden mást bemutat, amit a weboldal kezel, amikor Ön meglátogatja vagy aláír: mit, miért, mennyi ideig és ki.
notice-statement-heading = Az Ön támogató nyilatkozata
notice-statement = A weboldal ellenőrzi támogató nyilatkozatát, azonnal úgy titkosítja, hogy csak a szervezők nyithassák meg, és csak a titkosított nyilatkozatot tárolja: a weboldal üzemeltetői közül senki sem olvashatja el. Megőrzése és törlése az adatvédelmi nyilatkozat szerint történik.
notice-bot-heading = Az automatikus aláírás elleni ellenőrzés
notice-bot = Mielőtt egy nyilatkozatot elfogadnánk, a Cloudflare Turnstile olyan jelek alapján, mint az Ön IP-címe és böngészőjének azonosítója, ellenőrzi, hogy ember küldi-e. A Cloudflare ezeket csak arra használja, hogy megkülönböztesse az embereket a robotoktól, a Turnstile-ra vonatkozó adatvédelmi kiegészítése szerint; a weboldal csak az eredményt kapja meg.
notice-limit-heading = Az ismételt próbálkozások korlátozása
notice-limit = A tömeges beküldések megakadályozására a weboldal egy percig számolja az egyes kapcsolatokról érkező próbálkozásokat, az Ön IP-címéből egyirányúan számított kód alatt, soha nem magával a címmel. Egy perc elteltével a számlálás feledésbe merül.
notice-log-heading = A támogató nyilatkozatok nyilvános naplója
notice-log = Minden tárolt nyilatkozat egy bejegyzést ad egy nyilvános naplóhoz, hogy bárki ellenőrizhesse: egyetlen nyilatkozatot sem távolítottak el vagy változtattak meg. A bejegyzés a titkosított nyilatkozat egyirányú ujjlenyomata, és semmit sem árul el Önről. A naplót a nyilatkozatokkal együtt törlik. Nyugtája az Ön eszközén marad, hacsak tovább nem adja.
notice-email-heading = Az Ön e-mail-címe
notice-email = Csak ha megadja, és bejelöli a hozzájárulást: a szervezők számára titkosítjuk, támogató nyilatkozatától elkülönítve tároljuk, és kizárólag a kezdeményezéssel kapcsolatos tájékoztatására használjuk. A nyilatkozatokkal együtt töröljük, vagy korábban, ha hozzájárulását az alább megadott elérhetőségre írva visszavonja.
notice-hosting-heading = Tárhely
notice-hosting = A weboldal a Cloudflare, Inc. hálózatán működik, amely a szervezők nevében, adatfeldolgozóként kezeli. A titkosított nyilatkozatokat { $where ->
    [eu] az Európai Unióban található adatközpontokban
   *[other] a Cloudflare által választott adatközpontokban
} tároljuk.
notice-records-heading = Naplófájlok és sütik
notice-records = A weboldal sem személyes adatokat, sem IP-címeket nem ír a naplófájljaiba. Nem használ sütiket, és más weboldalakról semmit sem tölt be, kivéve az automatikus aláírás elleni ellenőrzést.
notice-rights-heading = Az Ön jogai és elérhetőségünk
notice-rights = Önt megilletik az adatvédelmi nyilatkozatban felsorolt jogok e kezelés tekintetében is. Gyakorlásukhoz, vagy ha kérdése van ezzel az oldallal kapcsolatban, forduljon az adatkezelőhöz:
