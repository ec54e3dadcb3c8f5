# ocs-edge: slovenčina. Vzor: en.ftl (rovnaké identifikátory a premenné).

## Page frame
skip-to-content = Prejsť na obsah
language = Jazyk:
footer-initiative = Európska iniciatíva občanov { $id }.
official-register = Oficiálny register
progress-link = Priebeh zberu
back-to-initiative = Späť na iniciatívu

## Landing and nationality
support-title = Podporte túto iniciatívu
landing-intro = Každý občan Európskej únie, ktorý vo svojom členskom štáte dosiahol požadovaný vek, môže túto iniciatívu podporiť online. Trvá to asi minútu.
nationality-label = Vaša štátna príslušnosť
nationality-hint = Požadované údaje závisia od členského štátu, ktorého ste štátnym príslušníkom. Ak máte viac štátnych príslušností EÚ, vyberte jednu: iniciatívu možno podporiť len raz.
choose-option = Vyberte…
continue = Pokračovať
choose-title = Vyberte svoju štátnu príslušnosť
unknown-nationality = „{ $code }“ nie je členským štátom Európskej únie.

## Collection closed
closed-title = Podpisovať teraz nie je možné
not-started = Zber vyhlásení o podpore sa ešte nezačal. Vráťte sa, keď sa začne.
ended = Zber vyhlásení o podpore sa skončil. Ďakujeme za váš záujem.

## Confirmation
thanks-title = Ďakujeme
thanks-heading = Ďakujeme: vaša podpora bola zaznamenaná
thanks-stored = Vaše vyhlásenie o podpore bolo zašifrované pre organizátorov a uložené.
statement-number = Číslo vyhlásenia:
statement-number-hint = Uschovajte si toto číslo, ak by ste neskôr chceli organizátorov požiadať o vymazanie vyhlásenia. Nič o vás neprezrádza.

## The form
signing-as = Vaša štátna príslušnosť: { $state }.
change-nationality = Zmeniť štátnu príslušnosť
note-de-abroad = Ak žijete mimo Nemecka, môžete podpísať so svojou zahraničnou adresou len vtedy, ak ste svoj trvalý pobyt zaregistrovali na príslušnom nemeckom zastupiteľskom úrade.
bot-check-failed = Nepodarilo sa overiť, že nie ste robot. Skúste to znova; zadané údaje zostali zachované.
bot-check-unavailable = Kontrolu proti automatickému podpisovaniu sa nám teraz nepodarilo vykonať. Nič sa neuložilo a vaše údaje zostali zachované: formulár prosím odošlite znova o minútu.
wallet-button = Podpísať európskou peňaženkou digitálnej identity
wallet-intro = S európskou peňaženkou digitálnej identity pochádzajú vaše údaje z dokladu totožnosti vašej krajiny a nemusíte ich vypisovať.
wallet-filled = Vaše údaje z peňaženky sú vyplnené nižšie a tu ich nemožno zmeniť. Doplňte, čo je ešte prázdne, a formulár odošlite.
wallet-refused-untrusted = Odpoveď vašej peňaženky nebolo možné overiť ako pochádzajúcu od uznaného poskytovateľa identity. Nič sa neuložilo. Formulár môžete vyplniť sami.
wallet-refused-again = Odpoveď vašej peňaženky nebola určená pre túto stránku alebo prišla príliš neskoro. Nič sa neuložilo. Požiadajte peňaženku znova.
wallet-refused-expired = Váš doklad totožnosti stratil platnosť alebo už nie je platný. Nič sa neuložilo. Obnovte ho v peňaženke alebo vyplňte formulár sami.
wallet-refused-status = Platnosť vášho dokladu totožnosti teraz nemožno overiť. Nič sa neuložilo. Skúste to znova o minútu alebo vyplňte formulár sami.
wallet-refused-missing = Vaša peňaženka nezdieľala všetky údaje, ktoré tento formulár potrebuje. Nič sa neuložilo. Zdieľajte ich alebo vyplňte formulár sami.
wallet-refused-nationality = Váš doklad totožnosti neuvádza štátnu príslušnosť zvolenú v tomto formulári. Nič sa neuložilo.
wallet-unavailable = Podpísať pomocou peňaženky teraz nie je možné. Nič sa neuložilo. Skúste to znova o minútu alebo vyplňte formulár sami.
error-summary-title = Opravte, prosím, nasledujúce
your-details = Vaše údaje
all-required = Všetky polia sú povinné, pokiaľ nie sú označené ako nepovinné.
keeping-in-touch = Zostať v kontakte (nepovinné)
email-label = E-mailová adresa (nepovinné)
email-hint = Len ak chcete, aby vás organizátori o tejto iniciatíve informovali. Uchováva sa oddelene od vášho vyhlásenia.
email-consent = Súhlasím, aby organizátori použili moju e-mailovú adresu na informovanie o tejto iniciatíve.
declaration-legend = Vyhlásenie
submit = Podporiť iniciatívu
id-number-hint = Tak, ako je uvedené na doklade; medzery a pomlčky nevadia.
id-number-confirm = Potvrdzujem, že číslo dokladu je zadané správne.

## Field labels and hints
field-full-first-names = Všetky mená
field-family-names = Priezviská
field-date-of-birth = Dátum narodenia
field-street = Ulica
field-street-number = Číslo domu
field-postal-code = PSČ
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
hint-date-of-birth = Deň, mesiac a rok, napríklad 31. 12. 1990.
hint-postal-code = Pole nechajte prázdne, len ak adresy vo vašej krajine pobytu nemajú PSČ.

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
    [many] { $shown } vyhlásenia o podpore
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
check-ok-detail = Overené voči najnovšiemu podpísanému stavu záznamu: položka { $leaf } z { $size } v časti { $shard } záznamu.
check-fail = Toto potvrdenie sa nepodarilo overiť.
check-fail-file = Súbor nie je potvrdením z tohto zberu alebo bol zmenený. Vyberte súbor, ktorý ste stiahli po podpise (receipt-….json).
check-fail-unreachable = Verejný záznam teraz nie je dostupný. Skúste to, prosím, znova o niekoľko minút.
check-fail-missing = Záznam neobsahuje vaše vyhlásenie tak, ako uvádza potvrdenie. Informujte, prosím, organizátorov: { $contact }

## Campaigns: partners, sharing, link previews
meta-description = Podporte online európsku iniciatívu občanov „{ $title }“ vo svojom jazyku. Trvá to asi minútu.
partner-via = Podpisujete prostredníctvom organizácie { $partner }.
partner-consent = Súhlasím aj s tým, aby organizácia { $partner } používala moju e-mailovú adresu na informovanie o tejto iniciatíve.
share-heading = Požiadajte ďalších o podpis
share-text = „{ $title }“: európska iniciatíva občanov, ktorú možno podporiť online asi za minútu.
share-email = E-mail
share-more = Zdieľať…
share-hint = Tieto odkazy otvoria zvolenú službu v novom okne; predtým sa jej nič neposiela.
share-address = Adresa na zdieľanie

## Counters and the map
counter-partner = Vyhlásenia o podpore zozbierané prostredníctvom { $partner }
counter-goal = Cieľ: { $goal }
counter-sign = Podporiť iniciatívu
counter-badge = vyhlásenia o podpore
map-title = Členské štáty podľa dosiahnutého podielu ich prahovej hodnoty
map-share = { $state }: { $percent } % prahovej hodnoty
map-none = zatiaľ žiadne
map-under-25 = menej ako 25 %
map-25-50 = 25 až 50 %
map-50-100 = 50 až 100 %

## Paper form
paper-link = Vytlačiť papierový formulár na ručný zber podpisov
paper-title = Formulár vyhlásenia o podpore
paper-intro = Vytlačte tento formulár, nechajte ho ručne vyplniť občanmi uvedeného členského štátu a vráťte ho organizátorom.
paper-part-a = Časť A: pre členské štáty, ktoré nevyžadujú osobné identifikačné číslo ani číslo dokladu
paper-part-b = Časť B: pre členské štáty, ktoré vyžadujú osobné identifikačné číslo alebo číslo dokladu
paper-collected-by = Tento formulár zbiera { $partner } v mene organizátorov.
paper-table-caption = Signatári (jedna osoba na riadok, paličkovým písmom)
paper-date-signature = Dátum a podpis

## Annex III: the initiative's particulars, points 1 to 8 of every form (docs/certification.md)
particulars-heading = O tejto iniciatíve
particular-nationals = Všetci signatári tohto formulára sú štátnymi príslušníkmi tohto štátu:
particular-registration = Registračné číslo pridelené Európskou komisiou:
particular-period = Začiatok a koniec obdobia zberu:
particular-register = Webová adresa tejto iniciatívy v registri Európskej komisie:
particular-title = Názov tejto iniciatívy:
particular-objectives = Hlavné ciele:
particular-contacts = Mená a e-mailové adresy registrovaných kontaktných osôb:
particular-website = Webové sídlo iniciatívy (ak existuje):
date-range = { $start } až { $end }

## Annex III: the declaration and the privacy statement, word for word (docs/certification.md)
declaration = Týmto potvrdzujem, že informácie, ktoré som poskytol/poskytla v tomto formulári, sú správne a že som túto iniciatívu občanov ešte nepodporil(-a).
declaration-eid = Týmto potvrdzujem, že som túto iniciatívu občanov ešte nepodporil(-a).
privacy-heading = Vyhlásenie o ochrane osobných údajov
privacy-1 = V súlade s nariadením (EÚ) 2016/679 (všeobecné nariadenie o ochrane údajov) sa vaše osobné údaje poskytnuté v tomto formulári použijú len na podporu tejto iniciatívy a sprístupnia sa príslušným vnútroštátnym orgánom na účely overenia a osvedčenia. Máte nárok požadovať od skupiny organizátorov tejto iniciatívy prístup k vašim osobným údajom, ich opravu, výmaz a obmedzenie spracúvania.
privacy-2 = Skupina organizátorov uchováva vaše údaje na obdobie maximálne jedného mesiaca po predložení iniciatívy Európskej komisii alebo 21 mesiacov po začatí plynutia lehoty na zber vyhlásení, podľa toho, čo nastane skôr. V prípade správneho alebo súdneho konania ich možno uchovávať po uvedených lehotách najviac jeden mesiac od dátumu ukončenia tohto konania.
privacy-3 = Bez toho, aby boli dotknuté akékoľvek iné správne alebo súdne prostriedky nápravy, máte právo kedykoľvek podať sťažnosť orgánu pre ochranu osobných údajov, najmä v členskom štáte vášho obvyklého pobytu, miesta výkonu práce alebo miesta údajného porušenia, ak sa domnievate, že došlo k nezákonnému spracúvaniu vašich údajov.
privacy-4 = Zástupca skupiny organizátorov iniciatívy alebo prípadne právny subjekt, ktorý skupina organizátorov zriadila, je prevádzkovateľom v zmysle všeobecného nariadenia o ochrane údajov a možno ho kontaktovať použitím údajov uvedených v tomto formulári.
privacy-5 = Kontaktné údaje zodpovednej osoby (ak je uvedená) sú dostupné na webovej adrese iniciatívy v registri Európskej komisie, ako je uvedené v bode 4 tohto formuláru.
privacy-6 = Kontaktné údaje vnútroštátneho orgánu, ktorému budú vaše osobné údaje doručené a ktorý ich spracuje, a kontaktné údaje vnútroštátnych orgánov pre ochranu osobných údajov možno nájsť na adrese: http://ec.europa.eu/citizens-initiative/public/data-protection?lg=sk.
controller-label = Prevádzkovateľ:
controller-representative = { $name }, zástupca skupiny organizátorov
controller-contact = Kontakt vo veci vašich osobných údajov:
dpo-label = Zodpovedná osoba:
dpo-none = nebola určená

## Privacy notice: what the website processes besides the statement (/{lang}/privacy)
notice-title = Ako táto stránka zaobchádza s vašimi údajmi
notice-intro = Vyhlásenie o ochrane osobných údajov vo formulári sa týka vášho vyhlásenia o podpore. Táto stránka opisuje všetko ostatné, čo stránka spracúva, keď ju navštívite alebo podpíšete: čo, prečo, ako dlho a kto.
notice-statement-heading = Vaše vyhlásenie o podpore
notice-statement = Stránka vaše vyhlásenie overí, ihneď ho zašifruje tak, aby ho mohli otvoriť len organizátori, a uloží len zašifrované vyhlásenie: nikto z prevádzkovateľov stránky ho nemôže prečítať. Uchováva sa a vymaže tak, ako uvádza vyhlásenie o ochrane osobných údajov.
notice-bot-heading = Kontrola proti automatickému podpisovaniu
notice-bot = Pred prijatím vyhlásenia Cloudflare Turnstile overí, že ho posiela človek, na základe signálov, ako je vaša IP adresa a identifikácia vášho prehliadača. Cloudflare ich spracúva len na rozlíšenie ľudí od botov podľa svojho dodatku o ochrane súkromia pre Turnstile; stránka dostane len výsledok.
notice-limit-heading = Obmedzenie opakovaných pokusov
notice-limit = Na zabránenie hromadnému odosielaniu stránka počas jednej minúty počíta pokusy z každého pripojenia pod kódom jednosmerne vypočítaným z vašej IP adresy, nikdy nie pod adresou samotnou. Po uplynutí minúty sa počet zabudne.
notice-log-heading = Verejný záznam vyhlásení
notice-log = Každé uložené vyhlásenie pridá položku do verejného záznamu, aby ktokoľvek mohol overiť, že žiadne vyhlásenie nebolo odstránené ani zmenené. Položka je jednosmerný odtlačok zašifrovaného vyhlásenia a nič o vás neprezrádza. Záznam sa vymaže spolu s vyhláseniami. Vaše potvrdenie zostáva vo vašom zariadení, pokiaľ ho neposuniete ďalej.
notice-email-heading = Vaša e-mailová adresa
notice-email = Len ak ju uvediete a zaškrtnete súhlas: je zašifrovaná pre organizátorov, uchováva sa oddelene od vášho vyhlásenia a slúži len na informovanie o tejto iniciatíve. Vymaže sa spolu s vyhláseniami alebo skôr, ak súhlas odvoláte správou na nižšie uvedený kontakt.
notice-hosting-heading = Hosting
notice-hosting = Stránka beží v sieti spoločnosti Cloudflare, Inc., ktorá ju pre organizátorov spracúva ako ich sprostredkovateľ. Zašifrované vyhlásenia sa ukladajú { $where ->
    [eu] v dátových centrách v Európskej únii
   *[other] v dátových centrách, ktoré zvolí Cloudflare
}.
notice-records-heading = Prevádzkové záznamy a súbory cookie
notice-records = Stránka nezapisuje do svojich prevádzkových záznamov osobné údaje ani IP adresy. Nepoužíva súbory cookie a nenačítava nič z iných stránok okrem kontroly proti automatickému podpisovaniu.
notice-rights-heading = Vaše práva a koho kontaktovať
notice-rights = Máte práva uvedené vo vyhlásení o ochrane osobných údajov, aj pokiaľ ide o toto spracúvanie. Na ich uplatnenie alebo s otázkami k tejto stránke sa obráťte na prevádzkovateľa:
