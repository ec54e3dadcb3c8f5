# ocs-edge: slovenčina. Vzor: en.ftl (rovnaké identifikátory a premenné).

## Page frame
skip-to-content = Prejsť na obsah
language = Jazyk:
footer-initiative = Európska iniciatíva občanov { $id }.
official-register = Oficiálny register
progress-link = Priebeh zberu
back-to-initiative = Späť na iniciatívu
collection-period = Obdobie zberu: od { $start } do { $end }.

## Landing and nationality
support-title = Podporte túto iniciatívu
registration-number = Registračné číslo:
landing-intro = Každý občan Európskej únie, ktorý vo svojom členskom štáte dosiahol požadovaný vek, môže túto iniciatívu podporiť online. Trvá to asi minútu.
nationality-label = Vaša štátna príslušnosť
nationality-hint = Požadované údaje závisia od členského štátu, ktorého ste štátnym príslušníkom. Ak máte viac štátnych príslušností EÚ, vyberte jednu: iniciatívu možno podporiť len raz.
choose-option = Vyberte…
continue = Pokračovať
choose-title = Vyberte svoju štátnu príslušnosť
unknown-nationality = „{ $code }“ nie je členským štátom Európskej únie.

## Collection closed
closed-title = Zber je uzavretý
not-started = Zber vyhlásení o podpore sa ešte nezačal. Vráťte sa, keď sa začne.
ended = Zber vyhlásení o podpore sa skončil. Ďakujeme za váš záujem.

## Confirmation
thanks-title = Ďakujeme
thanks-heading = Ďakujeme: vaša podpora bola zaznamenaná
thanks-stored = Vaše vyhlásenie o podpore bolo zašifrované pre organizátorov a uložené.
statement-number = Číslo vyhlásenia:
statement-number-hint = Uschovajte si toto číslo, ak by ste neskôr chceli organizátorov požiadať o vymazanie vyhlásenia. Nič o vás neprezrádza.

## The form
signing-as = Podpisujete ako štátny príslušník štátu: { $state }.
change-nationality = Zmeniť štátnu príslušnosť
note-de-abroad = Ak žijete mimo Nemecka, môžete podpísať so svojou zahraničnou adresou len vtedy, ak ste svoj trvalý pobyt zaregistrovali na príslušnom nemeckom zastupiteľskom úrade.
bot-check-failed = Nepodarilo sa overiť, že nie ste robot. Skúste to znova; zadané údaje zostali zachované.
bot-check-unavailable = Kontrolu proti automatickému podpisovaniu sa nám teraz nepodarilo vykonať. Nič sa neuložilo a vaše údaje zostali zachované: formulár prosím odošlite znova o minútu.
error-summary-title = Opravte, prosím, nasledujúce
your-details = Vaše údaje
all-required = Všetky polia sú povinné, pokiaľ nie sú označené ako nepovinné.
keeping-in-touch = Zostať v kontakte (nepovinné)
email-label = E-mailová adresa (nepovinné)
email-hint = Len ak chcete, aby vás organizátori o tejto iniciatíve informovali. Uchováva sa oddelene od vášho vyhlásenia.
email-consent = Súhlasím, aby organizátori použili moju e-mailovú adresu na informovanie o tejto iniciatíve.
declaration-legend = Vyhlásenie
declaration = Týmto potvrdzujem, že informácie uvedené v tomto formulári sú správne a že som túto navrhovanú iniciatívu občanov ešte nepodporil(-a).
privacy = Vaše osobné údaje sú zašifrované pre organizátorov a sprístupnia sa len príslušnému orgánu vášho členského štátu na overenie vyhlásenia; zničia sa najneskôr 21 mesiacov po začatí zberu (nariadenie (EÚ) 2019/788, článok 19).
submit = Podporiť iniciatívu
id-number-hint = Tak, ako je uvedené na doklade; medzery a pomlčky nevadia.
id-number-confirm = Potvrdzujem, že číslo dokladu je zadané správne.

## Field labels and hints
field-full-first-names = Všetky mená
field-family-names = Priezviská
field-date-of-birth = Dátum narodenia
field-street = Ulica
field-street-number = Číslo domu
field-postal-code = PSČ (ak existuje)
field-city = Obec
field-country = Krajina pobytu
field-id-type = Druh dokladu
field-id-number = Číslo dokladu
field-email = E-mailová adresa
field-email-consent = Súhlas
field-nationality = Štátna príslušnosť
field-id-number-confirmed = Potvrdenie
hint-full-first-names = Všetky vaše mená, ako sú uvedené v doklade totožnosti.
hint-family-names = Všetky vaše priezviská, ako sú uvedené v doklade totožnosti.
hint-date-of-birth = Deň, mesiac a rok, napríklad 31/12/1990.

## Identification documents
doc-passport = Cestovný pas
doc-id-card = Občiansky preukaz
doc-citizens-card = Karta občana
doc-personal-id = Osobné identifikačné číslo
doc-personal-number = Osobné číslo

## Errors next to a field
error-required = Toto pole je povinné.
error-too-long = Údaj je príliš dlhý.
error-invalid-characters = Údaj obsahuje znaky, ktoré tu nie sú povolené.
error-invalid-format = Údaj nemá očakávaný formát.
error-unusual-format = Toto číslo nemá obvyklý formát; ak je správne, potvrďte ho.
error-checksum = Toto číslo nie je platné (nesedí kontrolná číslica).
error-invalid-date = Toto nie je platný dátum.
error-date-in-future = Tento dátum je v budúcnosti.
error-too-young = Ešte nemáte vek potrebný na podporu iniciatívy vo vašom členskom štáte.
error-not-allowed = Tento údaj sa pre vašu štátnu príslušnosť nepožaduje.
error-unknown-field = Neznáme pole.
error-duplicate-field = Toto pole bolo odoslané dvakrát.
error-wrong-type = Údaj má nesprávny typ.
error-unknown-nationality = Podpísať môžu len občania členského štátu EÚ.
error-document-type-not-accepted = Váš členský štát tento druh dokladu neprijíma.
error-declaration-required = Potvrďte, prosím, vyhlásenie.
error-consent-required = Súhlaste, prosím, s kontaktovaním, alebo nechajte e-mailovú adresu prázdnu.
error-invalid-email = Toto nie je platná e-mailová adresa.

## Pages for refused submissions
unreadable-title = Nečitateľný formulár
unreadable-text = Formulár sa nepodarilo prečítať. Skúste to znova.
unsupported-title = Nepodporovaná požiadavka
unsupported-text = Použite, prosím, formulár.
too-large-title = Príliš veľa údajov
too-large-text = Formulár bol príliš veľký na to, aby bol prijatý.
rate-limited-title = Príliš veľa pokusov
rate-limited-text = Z vášho pripojenia prišlo príliš veľa pokusov. Počkajte minútu, vráťte sa a odošlite znova.
duplicate-title = Už podporené
duplicate-text = Vyhlásenie o podpore s týmito údajmi už bolo zaznamenané. Každý občan môže iniciatívu podporiť len raz.

## Progress page
progress-title = Priebeh zberu
progress-total = { $count ->
    [one] { $shown } vyhlásenie o podpore
    [few] { $shown } vyhlásenia o podpore
   *[other] { $shown } vyhlásení o podpore
}
progress-states = Členské štáty nad svojou prahovou hodnotou: { $count } z { $needed }.
progress-goal = Iniciatíva potrebuje aspoň { $total } vyhlásení o podpore a dosiahnutie prahovej hodnoty aspoň v { $needed } členských štátoch.
progress-state = Členský štát
progress-count = Vyhlásenia
progress-threshold = Prahová hodnota
progress-reached = Prahová hodnota dosiahnutá
progress-updated = Údaje sa aktualizujú každú minútu.

## Member states, in this language
state-AT = Rakúsko
state-BE = Belgicko
state-BG = Bulharsko
state-HR = Chorvátsko
state-CY = Cyprus
state-CZ = Česko
state-DK = Dánsko
state-EE = Estónsko
state-FI = Fínsko
state-FR = Francúzsko
state-DE = Nemecko
state-GR = Grécko
state-HU = Maďarsko
state-IE = Írsko
state-IT = Taliansko
state-LV = Lotyšsko
state-LT = Litva
state-LU = Luxembursko
state-MT = Malta
state-NL = Holandsko
state-PL = Poľsko
state-PT = Portugalsko
state-RO = Rumunsko
state-SK = Slovensko
state-SI = Slovinsko
state-ES = Španielsko
state-SE = Švédsko

## Receipts and their check (docs/transparency.md)
receipt-text = Potvrdenie dokazuje, že vaše vyhlásenie je vo verejnom zázname vyhlásení bez toho, aby o vás čokoľvek prezradilo. Uschovajte si ho, aby ste neskôr mohli overiť, že sa stále započítava.
receipt-download = Stiahnuť potvrdenie
receipt-check-link = Overiť potvrdenie
check-title = Overiť potvrdenie
check-heading = Overte, že sa vaše vyhlásenie započítava
check-intro = Vyberte potvrdenie, ktoré ste stiahli po podpise. Prehliadač ho overí vo verejnom zázname; potvrdenie sa nikam neposiela.
check-file = Súbor potvrdenia
check-button = Overiť potvrdenie
check-nojs = Toto overenie prebieha vo vašom prehliadači a vyžaduje JavaScript. Bez neho môže ktokoľvek overiť potvrdenie bezplatným nástrojom organizátorov:
check-ok = Vaše vyhlásenie sa započítava: je vo verejnom zázname a jeho podpis je platný.
check-fail = Toto potvrdenie sa nepodarilo overiť.

## Campaigns: partners, sharing, link previews
meta-description = Podporte online európsku iniciatívu občanov „{ $title }“ vo svojom jazyku. Trvá to asi minútu.
partner-via = Podpisujete prostredníctvom { $partner }.
partner-consent = Súhlasím aj s tým, aby { $partner } používal moju e-mailovú adresu na informovanie o tejto iniciatíve.
share-heading = Požiadajte ďalších o podpis
share-text = Podporil som európsku iniciatívu občanov „{ $title }“. Môžete aj vy:
share-email = E-mail
share-more = Zdieľať…
share-hint = Tieto odkazy otvoria zvolenú službu v novom okne; predtým sa jej nič neposiela.
share-address = Adresa na zdieľanie

## Counters and the map
counter-partner = Vyhlásenia o podpore zozbierané prostredníctvom { $partner }
counter-goal = Cieľ: { $goal }
counter-sign = Podporiť iniciatívu
counter-badge = vyhlásení o podpore
map-title = Členské štáty podľa dosiahnutého podielu ich prahu
map-share = { $state }: { $percent } % prahu
map-under-25 = menej ako 25 %
map-25-50 = 25 až 50 %
map-50-100 = 50 až 100 %

## Paper form
paper-link = Vytlačiť papierový formulár na ručný zber podpisov
paper-title = Formulár vyhlásenia o podpore
paper-intro = Vytlačte tento formulár, nechajte ho ručne vyplniť občanmi uvedeného členského štátu a vráťte ho organizátorom.
paper-part-a = Časť A: pre členské štáty, ktoré nevyžadujú osobné identifikačné číslo ani číslo dokladu
paper-part-b = Časť B: pre členské štáty, ktoré vyžadujú osobné identifikačné číslo alebo číslo dokladu
paper-nationals = Všetci signatári tohto formulára sú štátnymi príslušníkmi štátu: { $state }.
paper-collected-by = Tento formulár zbiera { $partner } v mene organizátorov.
paper-registered-on = Dátum registrácie:
paper-register = Internetová adresa tejto iniciatívy v registri Komisie:
paper-initiative-title = Názov navrhovanej iniciatívy občanov:
paper-objectives = Jej hlavné ciele:
paper-contacts = Mená a e-mailové adresy registrovaných kontaktných osôb:
paper-website = Webové sídlo navrhovanej iniciatívy občanov:
paper-table-caption = Signatári (jedna osoba na riadok, paličkovým písmom)
paper-privacy = Organizátori sprístupnia vaše osobné údaje iba príslušnému orgánu vášho členského štátu na overenie vyhlásenia a zničia ich najneskôr 21 mesiacov po začatí zberu (nariadenie (EÚ) 2019/788, článok 19).
paper-date-signature = Dátum a podpis
