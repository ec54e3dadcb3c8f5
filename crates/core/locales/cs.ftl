# ocs-edge: čeština. Vzor: en.ftl (stejné identifikátory a proměnné).

## Page frame
skip-to-content = Přejít na obsah
language = Jazyk:
footer-initiative = Evropská občanská iniciativa { $id }.
official-register = Oficiální rejstřík
progress-link = Průběh sběru
back-to-initiative = Zpět na iniciativu
collection-period = Období sběru: od { $start } do { $end }.

## Landing and nationality
support-title = Podpořte tuto iniciativu
registration-number = Registrační číslo:
landing-intro = Každý občan Evropské unie, který ve svém členském státě dosáhl požadovaného věku, může tuto iniciativu podpořit online. Zabere to asi minutu.
nationality-label = Vaše státní příslušnost
nationality-hint = Požadované údaje závisí na členském státě, jehož jste státním příslušníkem. Máte-li několik státních příslušností EU, zvolte jednu: iniciativu lze podpořit jen jednou.
choose-option = Vyberte…
continue = Pokračovat
choose-title = Zvolte svou státní příslušnost
unknown-nationality = „{ $code }“ není členským státem Evropské unie.

## Collection closed
closed-title = Sběr je uzavřen
not-started = Sběr prohlášení o podpoře ještě nezačal. Vraťte se, až začne.
ended = Sběr prohlášení o podpoře skončil. Děkujeme za váš zájem.

## Confirmation
thanks-title = Děkujeme
thanks-heading = Děkujeme: vaše podpora byla zaznamenána
thanks-stored = Vaše prohlášení o podpoře bylo zašifrováno pro organizátory a uloženo.
statement-number = Číslo prohlášení:
statement-number-hint = Uschovejte si toto číslo, pokud budete později chtít organizátory požádat o výmaz svého prohlášení. Nic o vás neprozrazuje.

## The form
signing-as = Podepisujete jako státní příslušník státu: { $state }.
change-nationality = Změnit státní příslušnost
note-de-abroad = Pokud žijete mimo Německo, můžete podepsat se svou zahraniční adresou jen tehdy, pokud jste své trvalé bydliště zaregistrovali na příslušném německém zastupitelském úřadě v dané zemi.
bot-check-failed = Nepodařilo se ověřit, že nejste robot. Zkuste to prosím znovu; zadané údaje zůstaly zachovány.
bot-check-unavailable = Kontrolu proti automatickému podepisování se nám teď nepodařilo provést. Nic nebylo uloženo a vaše údaje zůstaly zachovány: odešlete prosím formulář znovu za minutu.
error-summary-title = Opravte prosím následující
your-details = Vaše údaje
all-required = Všechna pole jsou povinná, pokud nejsou označena jako nepovinná.
keeping-in-touch = Zůstat v kontaktu (nepovinné)
email-label = E-mailová adresa (nepovinné)
email-hint = Jen pokud chcete, aby vás organizátoři o této iniciativě informovali. Uchovává se odděleně od vašeho prohlášení.
email-consent = Souhlasím s tím, aby organizátoři použili mou e-mailovou adresu k informování o této iniciativě.
declaration-legend = Prohlášení
declaration = Prohlašuji, že informace uvedené v tomto formuláři jsou správné a že jsem tuto navrhovanou občanskou iniciativu dosud nepodpořil(a).
privacy = Vaše osobní údaje jsou zašifrovány pro organizátory a budou zpřístupněny pouze příslušnému orgánu vašeho členského státu k ověření prohlášení a zničeny nejpozději 21 měsíců po zahájení sběru (nařízení (EU) 2019/788, článek 19).
submit = Podpořit iniciativu
id-number-hint = Jak je uvedeno na dokladu; mezery a pomlčky nevadí.
id-number-confirm = Potvrzuji, že číslo dokladu je zadáno správně.

## Field labels and hints
field-full-first-names = Všechna jména
field-family-names = Příjmení
field-date-of-birth = Datum narození
field-street = Ulice
field-street-number = Číslo domu
field-postal-code = PSČ (pokud existuje)
field-city = Obec
field-country = Země bydliště
field-id-type = Druh dokladu
field-id-number = Číslo dokladu
field-email = E-mailová adresa
field-email-consent = Souhlas
field-nationality = Státní příslušnost
field-id-number-confirmed = Potvrzení
hint-full-first-names = Všechna vaše jména, jak jsou uvedena v dokladu totožnosti.
hint-family-names = Všechna vaše příjmení, jak jsou uvedena v dokladu totožnosti.
hint-date-of-birth = Den, měsíc a rok, například 31/12/1990.

## Identification documents
doc-passport = Cestovní pas
doc-id-card = Občanský průkaz
doc-citizens-card = Karta občana
doc-personal-id = Osobní identifikační číslo
doc-personal-number = Osobní číslo

## Errors next to a field
error-required = Toto pole je povinné.
error-too-long = Údaj je příliš dlouhý.
error-invalid-characters = Údaj obsahuje znaky, které zde nejsou povoleny.
error-invalid-format = Údaj nemá očekávaný formát.
error-unusual-format = Toto číslo nemá obvyklý formát; pokud je správné, potvrďte je.
error-checksum = Toto číslo není platné (nesouhlasí kontrolní číslice).
error-invalid-date = Toto není platné datum.
error-date-in-future = Toto datum je v budoucnosti.
error-too-young = Ještě nedosahujete věku potřebného k podpoře iniciativy ve vašem členském státě.
error-not-allowed = Tento údaj se pro vaši státní příslušnost nepožaduje.
error-unknown-field = Neznámé pole.
error-duplicate-field = Toto pole bylo odesláno dvakrát.
error-wrong-type = Údaj má nesprávný typ.
error-unknown-nationality = Podepsat mohou jen občané členského státu EU.
error-document-type-not-accepted = Váš členský stát tento druh dokladu nepřijímá.
error-declaration-required = Potvrďte prosím prohlášení.
error-consent-required = Souhlaste prosím s kontaktováním, nebo nechte e-mailovou adresu prázdnou.
error-invalid-email = Toto není platná e-mailová adresa.

## Pages for refused submissions
unreadable-title = Nečitelný formulář
unreadable-text = Formulář se nepodařilo přečíst. Zkuste to prosím znovu.
unsupported-title = Nepodporovaný požadavek
unsupported-text = Použijte prosím formulář.
too-large-title = Příliš mnoho dat
too-large-text = Formulář byl příliš velký, než aby mohl být přijat.
rate-limited-title = Příliš mnoho pokusů
rate-limited-text = Z vašeho připojení přišlo příliš mnoho pokusů. Počkejte minutu, vraťte se a odešlete znovu.
duplicate-title = Již podpořeno
duplicate-text = Prohlášení o podpoře s těmito údaji již bylo zaznamenáno. Každý občan může iniciativu podpořit jen jednou.

## Progress page
progress-title = Průběh sběru
progress-total = { $count ->
    [one] { $shown } prohlášení o podpoře
    [few] { $shown } prohlášení o podpoře
   *[other] { $shown } prohlášení o podpoře
}
progress-states = Členské státy nad svou prahovou hodnotou: { $count } z { $needed }.
progress-goal = Iniciativa potřebuje nejméně { $total } prohlášení o podpoře a dosažení prahové hodnoty nejméně v { $needed } členských státech.
progress-state = Členský stát
progress-count = Prohlášení
progress-threshold = Prahová hodnota
progress-reached = Prahová hodnota dosažena
progress-updated = Údaje se aktualizují každou minutu.

## Member states, in this language
state-AT = Rakousko
state-BE = Belgie
state-BG = Bulharsko
state-HR = Chorvatsko
state-CY = Kypr
state-CZ = Česko
state-DK = Dánsko
state-EE = Estonsko
state-FI = Finsko
state-FR = Francie
state-DE = Německo
state-GR = Řecko
state-HU = Maďarsko
state-IE = Irsko
state-IT = Itálie
state-LV = Lotyšsko
state-LT = Litva
state-LU = Lucembursko
state-MT = Malta
state-NL = Nizozemsko
state-PL = Polsko
state-PT = Portugalsko
state-RO = Rumunsko
state-SK = Slovensko
state-SI = Slovinsko
state-ES = Španělsko
state-SE = Švédsko

## Receipts and their check (docs/transparency.md)
receipt-text = Potvrzení dokazuje, že vaše prohlášení je ve veřejném záznamu prohlášení, aniž by o vás cokoli prozradilo. Uschovejte si ho, abyste později mohli ověřit, že se stále započítává.
receipt-download = Stáhnout potvrzení
receipt-check-link = Ověřit potvrzení
check-title = Ověřit potvrzení
check-heading = Ověřte, že se vaše prohlášení započítává
check-intro = Vyberte potvrzení, které jste stáhli po podpisu. Prohlížeč ho ověří ve veřejném záznamu; potvrzení se nikam neposílá.
check-file = Soubor potvrzení
check-button = Ověřit potvrzení
check-nojs = Toto ověření probíhá ve vašem prohlížeči a vyžaduje JavaScript. Bez něj může kdokoli ověřit potvrzení bezplatným nástrojem organizátorů:
check-ok = Vaše prohlášení se započítává: je ve veřejném záznamu a jeho podpis je platný.
check-fail = Toto potvrzení se nepodařilo ověřit.

## Campaigns: partners, sharing, link previews
meta-description = Podpořte online evropskou občanskou iniciativu „{ $title }“ ve svém jazyce. Zabere to asi minutu.
partner-via = Podepisujete prostřednictvím { $partner }.
partner-consent = Souhlasím také s tím, aby { $partner } používal mou e-mailovou adresu k informování o této iniciativě.
share-heading = Požádejte další o podpis
share-text = Podpořil jsem evropskou občanskou iniciativu „{ $title }“. Můžete také:
share-email = E-mail
share-more = Sdílet…
share-hint = Tyto odkazy otevřou zvolenou službu v novém okně; předtím se jí nic neposílá.
share-address = Adresa ke sdílení

## Counters and the map
counter-partner = Prohlášení o podpoře shromážděná prostřednictvím { $partner }
counter-goal = Cíl: { $goal }
counter-sign = Podpořit iniciativu
counter-badge = prohlášení o podpoře
map-title = Členské státy podle dosaženého podílu jejich prahu
map-share = { $state }: { $percent } % prahu
map-under-25 = méně než 25 %
map-25-50 = 25 až 50 %
map-50-100 = 50 až 100 %

## Paper form
paper-link = Vytisknout papírový formulář pro ruční sběr podpisů
paper-title = Formulář prohlášení o podpoře
paper-intro = Vytiskněte tento formulář, nechte jej ručně vyplnit občany uvedeného členského státu a vraťte jej organizátorům.
paper-part-a = Část A: pro členské státy, které nevyžadují osobní identifikační číslo ani číslo dokladu
paper-part-b = Část B: pro členské státy, které vyžadují osobní identifikační číslo nebo číslo dokladu
paper-nationals = Všichni signatáři tohoto formuláře jsou státními příslušníky státu: { $state }.
paper-collected-by = Tento formulář shromažďuje { $partner } jménem organizátorů.
paper-registered-on = Datum registrace:
paper-register = Internetová adresa této iniciativy v rejstříku Komise:
paper-initiative-title = Název navrhované občanské iniciativy:
paper-objectives = Její hlavní cíle:
paper-contacts = Jména a e-mailové adresy registrovaných kontaktních osob:
paper-website = Internetové stránky navrhované občanské iniciativy:
paper-table-caption = Signatáři (jedna osoba na řádek, hůlkovým písmem)
paper-privacy = Organizátoři zpřístupní vaše osobní údaje pouze příslušnému orgánu vašeho členského státu k ověření prohlášení a zničí je nejpozději 21 měsíců po zahájení sběru (nařízení (EU) 2019/788, článek 19).
paper-date-signature = Datum a podpis
