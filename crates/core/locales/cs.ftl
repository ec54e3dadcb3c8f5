# ocs-edge: čeština. Vzor: en.ftl (stejné identifikátory a proměnné).

## Page frame
skip-to-content = Přejít na obsah
language = Jazyk:
footer-initiative = Evropská občanská iniciativa { $id }.
official-register = Oficiální rejstřík
progress-link = Průběh sběru
back-to-initiative = Zpět na iniciativu

## Landing and nationality
support-title = Podpořte tuto iniciativu
landing-intro = Každý občan Evropské unie, který ve svém členském státě dosáhl požadovaného věku, může tuto iniciativu podpořit online. Zabere to asi minutu.
nationality-label = Vaše státní příslušnost
nationality-hint = Požadované údaje závisí na členském státě, jehož jste státním příslušníkem. Máte-li několik státních příslušností EU, zvolte jednu: iniciativu lze podpořit jen jednou.
choose-option = Vyberte…
continue = Pokračovat
choose-title = Zvolte svou státní příslušnost
unknown-nationality = „{ $code }“ není členským státem Evropské unie.

## Collection closed
closed-title = Podepisovat teď nelze
not-started = Sběr prohlášení o podpoře ještě nezačal. Vraťte se, až začne.
ended = Sběr prohlášení o podpoře skončil. Děkujeme za váš zájem.

## Confirmation
thanks-title = Děkujeme
thanks-heading = Děkujeme: vaše podpora byla zaznamenána
thanks-stored = Vaše prohlášení o podpoře bylo zašifrováno pro organizátory a uloženo.
statement-number = Číslo prohlášení:
statement-number-hint = Uschovejte si toto číslo, pokud budete později chtít organizátory požádat o výmaz svého prohlášení. Nic o vás neprozrazuje.

## The form
signing-as = Vaše státní příslušnost: { $state }.
change-nationality = Změnit státní příslušnost
note-de-abroad = Pokud žijete mimo Německo, můžete podepsat se svou zahraniční adresou jen tehdy, pokud jste své trvalé bydliště zaregistrovali na příslušném německém zastupitelském úřadě v dané zemi.
bot-check-failed = Nepodařilo se ověřit, že nejste robot. Zkuste to prosím znovu; zadané údaje zůstaly zachovány.
bot-check-unavailable = Kontrolu proti automatickému podepisování se nám teď nepodařilo provést. Nic nebylo uloženo a vaše údaje zůstaly zachovány: odešlete prosím formulář znovu za minutu.
wallet-button = Podepsat evropskou peněženkou digitální identity
wallet-intro = S evropskou peněženkou digitální identity pocházejí vaše údaje z dokladu totožnosti vaší země a nemusíte je vypisovat.
wallet-filled = Vaše údaje z peněženky jsou vyplněny níže a zde je nelze změnit. Doplňte, co je ještě prázdné, a formulář odešlete.
wallet-refused-untrusted = Odpověď vaší peněženky nebylo možné ověřit jako pocházející od uznaného poskytovatele identity. Nic nebylo uloženo. Formulář můžete vyplnit sami.
wallet-refused-again = Odpověď vaší peněženky nebyla určena pro tuto stránku nebo přišla příliš pozdě. Nic nebylo uloženo. Požádejte peněženku znovu.
wallet-refused-expired = Váš doklad totožnosti vypršel nebo již není platný. Nic nebylo uloženo. Obnovte jej v peněžence, nebo formulář vyplňte sami.
wallet-refused-status = Platnost vašeho dokladu totožnosti teď nelze ověřit. Nic nebylo uloženo. Zkuste to za minutu znovu, nebo formulář vyplňte sami.
wallet-refused-missing = Vaše peněženka nesdílela všechny údaje, které tento formulář potřebuje. Nic nebylo uloženo. Sdílejte je, nebo formulář vyplňte sami.
wallet-refused-nationality = Váš doklad totožnosti neuvádí státní občanství zvolené v tomto formuláři. Nic nebylo uloženo.
wallet-unavailable = Podepsat pomocí peněženky teď nelze. Nic nebylo uloženo. Zkuste to za minutu znovu, nebo formulář vyplňte sami.
error-summary-title = Opravte prosím následující
your-details = Vaše údaje
all-required = Všechna pole jsou povinná, pokud nejsou označena jako nepovinná.
keeping-in-touch = Zůstat v kontaktu (nepovinné)
email-label = E-mailová adresa (nepovinné)
email-hint = Jen pokud chcete, aby vás organizátoři o této iniciativě informovali. Uchovává se odděleně od vašeho prohlášení.
email-consent = Souhlasím s tím, aby organizátoři použili mou e-mailovou adresu k informování o této iniciativě.
declaration-legend = Prohlášení
submit = Podpořit iniciativu
id-number-hint = Jak je uvedeno na dokladu; mezery a pomlčky nevadí.
id-number-confirm = Potvrzuji, že číslo dokladu je zadáno správně.

## Field labels and hints
field-full-first-names = Všechna jména
field-family-names = Příjmení
field-date-of-birth = Datum narození
field-street = Ulice
field-street-number = Číslo domu
field-postal-code = PSČ
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
hint-date-of-birth = Den, měsíc a rok, například 31. 12. 1990.
hint-postal-code = Pole nechte prázdné, jen pokud adresy ve vaší zemi bydliště nemají poštovní směrovací číslo.

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
    [many] { $shown } prohlášení o podpoře
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
check-ok-detail = Ověřeno proti nejnovějšímu podepsanému stavu záznamu: položka { $leaf } z { $size } v části { $shard } záznamu.
check-fail = Toto potvrzení se nepodařilo ověřit.
check-fail-file = Soubor není potvrzením z tohoto sběru nebo byl změněn. Vyberte soubor, který jste stáhli po podpisu (receipt-….json).
check-fail-unreachable = Veřejný záznam teď není dostupný. Zkuste to prosím znovu za několik minut.
check-fail-missing = Záznam neobsahuje vaše prohlášení tak, jak uvádí potvrzení. Informujte prosím organizátory: { $contact }

## Campaigns: partners, sharing, link previews
meta-description = Podpořte online evropskou občanskou iniciativu „{ $title }“ ve svém jazyce. Zabere to asi minutu.
partner-via = Podepisujete prostřednictvím organizace { $partner }.
partner-consent = Souhlasím také s tím, aby organizace { $partner } používala mou e-mailovou adresu k informování o této iniciativě.
share-heading = Požádejte další o podpis
share-text = „{ $title }“: evropská občanská iniciativa, kterou lze podpořit online asi za minutu.
share-email = E-mail
share-more = Sdílet…
share-hint = Tyto odkazy otevřou zvolenou službu v novém okně; předtím se jí nic neposílá.
share-address = Adresa ke sdílení

## Counters and the map
counter-partner = Prohlášení o podpoře shromážděná prostřednictvím { $partner }
counter-goal = Cíl: { $goal }
counter-sign = Podpořit iniciativu
counter-badge = prohlášení o podpoře
map-title = Členské státy podle dosaženého podílu jejich prahové hodnoty
map-share = { $state }: { $percent } % prahové hodnoty
map-none = zatím žádná
map-under-25 = méně než 25 %
map-25-50 = 25 až 50 %
map-50-100 = 50 až 100 %

## Paper form
paper-link = Vytisknout papírový formulář pro ruční sběr podpisů
paper-title = Formulář prohlášení o podpoře
paper-intro = Vytiskněte tento formulář, nechte jej ručně vyplnit občany uvedeného členského státu a vraťte jej organizátorům.
paper-part-a = Část A: pro členské státy, které nevyžadují osobní identifikační číslo ani číslo dokladu
paper-part-b = Část B: pro členské státy, které vyžadují osobní identifikační číslo nebo číslo dokladu
paper-collected-by = Tento formulář shromažďuje { $partner } jménem organizátorů.
paper-table-caption = Signatáři (jedna osoba na řádek, hůlkovým písmem)
paper-date-signature = Datum a podpis

## Annex III: the initiative's particulars, points 1 to 8 of every form (docs/certification.md)
particulars-heading = O této iniciativě
particular-nationals = Všichni podepsaní na tomto formuláři jsou státními příslušníky tohoto státu:
particular-registration = Registrační číslo přidělené Evropskou komisí:
particular-period = Začátek a konec období sběru:
particular-register = Internetová adresa této iniciativy v rejstříku Evropské komise:
particular-title = Název této iniciativy:
particular-objectives = Hlavní cíle:
particular-contacts = Jména a e-mailové adresy registrovaných kontaktních osob:
particular-website = Internetové stránky iniciativy (pokud existují):
date-range = { $start } až { $end }

## Annex III: the declaration and the privacy statement, word for word (docs/certification.md)
declaration = Prohlašuji, že mnou poskytnuté informace v tomto formuláři jsou správné a že jsem dosud tuto iniciativu nepodpořil/a.
declaration-eid = Prohlašuji, že jsem dosud tuto občanskou iniciativu nepodpořil/a.
privacy-heading = Prohlášení o ochraně osobních údajů
privacy-1 = V souladu s nařízením (EU) 2016/679 (obecné nařízení o ochraně osobních údajů) budou Vaše osobní údaje uvedené v tomto formuláři použity pouze na podporu iniciativy a budou zpřístupněny příslušným vnitrostátním orgánům za účelem ověření a potvrzení. Máte právo od skupiny organizátorů této iniciativy požadovat přístup ke svým osobním údajům, opravu a vymazání Vašich osobních údajů a omezení jejich zpracování.
privacy-2 = Doba, po kterou bude skupina organizátoři uchovávat Vaše údaje, nepřesáhne jeden měsíc po předložení iniciativy Evropské komisi nebo 21 měsíců od začátku období sběru, podle toho, co nastane dříve. V případě správního či soudního řízení mohou být uchovávány i po uplynutí těchto lhůt, a to po dobu nejvýše jednoho měsíce ode dne ukončení tohoto řízení.
privacy-3 = Aniž jsou dotčeny jakékoliv jiné správní nebo soudní opravné prostředky, máte právo kdykoliv podat stížnost u úřadu pro ochranu údajů, zejména v členském státě Vašeho obvyklého bydliště, místa výkonu práce nebo místa, kde došlo k údajnému porušení, pokud se domníváte, že Vaše osobní údaje byly zpracovávány protiprávně.
privacy-4 = Zástupce skupiny organizátorů iniciativy nebo v příslušných případech, právní subjekt jí zřízený je správcem údajů ve smyslu obecného nařízení o ochraně osobních údajů a lze jej kontaktovat na základě informací uvedených v tomto formuláři.
privacy-5 = Kontaktní údaje pověřence pro ochranu osobních údajů, byl-li jmenován, jsou k dispozici na internetových stránkách iniciativy v registru Evropské komise, jak je uvedeno v bodu 4 tohoto formuláře.
privacy-6 = Kontaktní údaje vnitrostátního orgánu, který Vaše osobní údaje přijímá a zpracovává, a kontaktní údaje vnitrostátních orgánů pro ochranu údajů naleznete na adrese: http://ec.europa.eu/citizens-initiative/public/data-protection?lg=cs.
controller-label = Správce:
controller-representative = { $name }, zástupce skupiny organizátorů
controller-contact = Kontakt ve věci vašich osobních údajů:
dpo-label = Pověřenec pro ochranu osobních údajů:
dpo-none = nejmenován

## Privacy notice: what the website processes besides the statement (/{lang}/privacy)
notice-title = Jak tyto stránky nakládají s vašimi údaji
notice-intro = Prohlášení o ochraně osobních údajů ve formuláři se týká vašeho prohlášení o podpoře. Tato stránka popisuje vše ostatní, co stránky zpracovávají, když je navštívíte nebo podepíšete: co, proč, jak dlouho a kdo.
notice-statement-heading = Vaše prohlášení o podpoře
notice-statement = Stránky vaše prohlášení ověří, ihned je zašifrují tak, aby je mohli otevřít jen organizátoři, a uloží pouze zašifrované prohlášení: nikdo z provozovatelů stránek je nemůže přečíst. Uchovává se a maže, jak uvádí prohlášení o ochraně osobních údajů.
notice-bot-heading = Kontrola proti automatickému podepisování
notice-bot = Než je prohlášení přijato, Cloudflare Turnstile ověří, že je odesílá člověk, na základě signálů, jako je vaše IP adresa a identifikace vašeho prohlížeče. Cloudflare je zpracovává jen k rozlišení lidí od botů podle svého dodatku o ochraně soukromí pro Turnstile; stránky obdrží pouze výsledek.
notice-limit-heading = Omezení opakovaných pokusů
notice-limit = Aby se zabránilo hromadnému odesílání, stránky po dobu jedné minuty počítají pokusy z každého připojení pod kódem jednosměrně vypočteným z vaší IP adresy, nikdy ne pod adresou samotnou. Po uplynutí minuty se počet zapomene.
notice-log-heading = Veřejný záznam prohlášení
notice-log = Každé uložené prohlášení přidá položku do veřejného záznamu, aby kdokoli mohl ověřit, že žádné prohlášení nebylo odstraněno ani změněno. Položka je jednosměrný otisk zašifrovaného prohlášení a nic o vás neprozrazuje. Záznam se maže spolu s prohlášeními. Vaše potvrzení zůstává ve vašem zařízení, pokud je nepředáte dál.
notice-email-heading = Vaše e-mailová adresa
notice-email = Jen pokud ji uvedete a zaškrtnete souhlas: je zašifrována pro organizátory, uchovává se odděleně od vašeho prohlášení a slouží jen k informování o této iniciativě. Maže se spolu s prohlášeními, nebo dříve, pokud souhlas odvoláte dopisem na níže uvedený kontakt.
notice-hosting-heading = Hosting
notice-hosting = Stránky běží v síti společnosti Cloudflare, Inc., která je pro organizátory zpracovává jako jejich zpracovatel. Zašifrovaná prohlášení se ukládají { $where ->
    [eu] v datových centrech v Evropské unii
   *[other] v datových centrech, která zvolí Cloudflare
}.
notice-records-heading = Provozní záznamy a soubory cookie
notice-records = Stránky do svých provozních záznamů nezapisují osobní údaje ani IP adresy. Nepoužívají soubory cookie a nenačítají nic z jiných stránek kromě kontroly proti automatickému podepisování.
notice-rights-heading = Vaše práva a koho kontaktovat
notice-rights = Máte práva uvedená v prohlášení o ochraně osobních údajů, i pokud jde o toto zpracování. K jejich uplatnění nebo s dotazy k této stránce se obraťte na správce:
