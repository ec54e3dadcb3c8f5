# ocs-edge: lietuvių. Pavyzdys: en.ftl (tie patys pranešimų identifikatoriai ir kintamieji).

## Page frame
skip-to-content = Pereiti prie turinio
language = Kalba:
footer-initiative = Europos piliečių iniciatyva { $id }.
official-register = Oficialus registras
progress-link = Rinkimo eiga
back-to-initiative = Grįžti prie iniciatyvos

## Landing and nationality
support-title = Paremkite šią iniciatyvą
landing-intro = Bet kuris Europos Sąjungos pilietis, savo valstybėje narėje sulaukęs reikiamo amžiaus, gali paremti šią iniciatyvą internetu. Tai užtrunka apie minutę.
nationality-label = Jūsų pilietybė
nationality-hint = Prašomi duomenys priklauso nuo valstybės narės, kurios pilietis esate. Jei turite kelias ES pilietybes, pasirinkite vieną: iniciatyvą galima paremti tik vieną kartą.
choose-option = Pasirinkite…
continue = Tęsti
choose-title = Pasirinkite savo pilietybę
unknown-nationality = „{ $code }“ nėra Europos Sąjungos valstybė narė.

## Collection closed
closed-title = Šiuo metu pasirašyti negalima
not-started = Pritarimo pareiškimų rinkimas dar neprasidėjo. Sugrįžkite, kai jis prasidės.
ended = Pritarimo pareiškimų rinkimas baigėsi. Dėkojame už susidomėjimą.

## Confirmation
thanks-title = Ačiū
thanks-heading = Ačiū: jūsų parama užregistruota
thanks-stored = Jūsų pritarimo pareiškimas užšifruotas organizatoriams ir išsaugotas.
statement-number = Pritarimo pareiškimo numeris:
statement-number-hint = Išsaugokite šį numerį, jei vėliau norėtumėte paprašyti organizatorių ištrinti jūsų pritarimo pareiškimą. Jis nieko apie jus neatskleidžia.

## The form
signing-as = Jūsų pilietybė: { $state }.
change-nationality = Keisti pilietybę
note-de-abroad = Jei gyvenate ne Vokietijoje, galite pasirašyti nurodydami savo adresą užsienyje tik tuo atveju, jei savo nuolatinę gyvenamąją vietą esate užregistravę kompetentingoje Vokietijos diplomatinėje atstovybėje.
bot-check-failed = Nepavyko patvirtinti, kad nesate robotas. Bandykite dar kartą; įvesti duomenys išsaugoti.
bot-check-unavailable = Šiuo metu nepavyko atlikti patikros nuo automatinio pasirašymo. Niekas neišsaugota, o jūsų įvesti duomenys liko: po minutės pateikite formą dar kartą.
wallet-button = Pasirašyti Europos skaitmeninės tapatybės pinigine
wallet-intro = Naudojant Europos skaitmeninės tapatybės piniginę, jūsų duomenys paimami iš jūsų šalies asmens tapatybės liudijimo ir jų nereikia rašyti.
wallet-filled = Jūsų duomenys iš piniginės įrašyti toliau ir čia jų pakeisti negalima. Užpildykite tai, kas dar tuščia, ir išsiųskite formą.
wallet-refused-untrusted = Nepavyko patvirtinti, kad jūsų piniginės atsakymas gautas iš pripažinto tapatybės paslaugų teikėjo. Niekas neišsaugota. Formą galite užpildyti patys.
wallet-refused-again = Jūsų piniginės atsakymas buvo skirtas ne šiam puslapiui arba atėjo per vėlai. Niekas neišsaugota. Paprašykite piniginės dar kartą.
wallet-refused-expired = Jūsų tapatybės liudijimo galiojimas baigėsi arba jis nebegalioja. Niekas neišsaugota. Atnaujinkite jį piniginėje arba užpildykite formą patys.
wallet-refused-status = Šiuo metu nepavyksta patikrinti jūsų tapatybės liudijimo galiojimo. Niekas neišsaugota. Bandykite dar kartą po minutės arba užpildykite formą patys.
wallet-refused-missing = Jūsų piniginė pateikė ne visus duomenis, kurių reikia šiai formai. Niekas neišsaugota. Pateikite juos arba užpildykite formą patys.
wallet-refused-nationality = Jūsų tapatybės liudijime nenurodyta šioje formoje pasirinkta pilietybė. Niekas neišsaugota.
wallet-unavailable = Šiuo metu pasirašyti pinigine negalima. Niekas neišsaugota. Bandykite dar kartą po minutės arba užpildykite formą patys.
error-summary-title = Ištaisykite šiuos dalykus
your-details = Jūsų duomenys
all-required = Visi laukai privalomi, išskyrus pažymėtus kaip neprivalomus.
keeping-in-touch = Palaikyti ryšį (neprivaloma)
email-label = E. pašto adresas (neprivaloma)
email-hint = Tik jei norite, kad organizatoriai jus informuotų apie šią iniciatyvą. Saugomas atskirai nuo jūsų pritarimo pareiškimo.
email-consent = Sutinku, kad organizatoriai naudotų mano e. pašto adresą informuodami mane apie šią iniciatyvą.
declaration-legend = Deklaracija
submit = Paremti iniciatyvą
id-number-hint = Kaip nurodyta dokumente; tarpai ir brūkšneliai leidžiami.
id-number-confirm = Patvirtinu, kad dokumento numeris įvestas teisingai.

## Field labels and hints
field-full-first-names = Visi vardai
field-family-names = Pavardės
field-date-of-birth = Gimimo data
field-street = Gatvė
field-street-number = Namo numeris
field-postal-code = Pašto kodas
field-city = Vietovė
field-country = Gyvenamoji šalis
field-id-type = Dokumento rūšis
field-id-number = Dokumento numeris
field-email = E. pašto adresas
field-email-consent = Sutikimas
field-nationality = Pilietybė
field-id-number-confirmed = Patvirtinimas
hint-full-first-names = Visi jūsų vardai, kaip asmens tapatybės dokumente.
hint-family-names = Visos jūsų pavardės, kaip asmens tapatybės dokumente.
hint-date-of-birth = Metai, mėnuo ir diena, pavyzdžiui, 1990-12-31.
hint-postal-code = Palikite tuščią tik tuo atveju, jei jūsų gyvenamosios šalies adresai neturi pašto kodo.

## Identification documents
doc-passport = Pasas
doc-id-card = Asmens tapatybės kortelė
doc-citizens-card = Piliečio kortelė
doc-personal-id = Asmens kodas
doc-personal-number = Asmens numeris

## Errors next to a field
error-required = Šis laukas privalomas.
error-too-long = Reikšmė per ilga.
error-invalid-characters = Reikšmėje yra čia neleidžiamų ženklų.
error-invalid-format = Reikšmė neatitinka laukiamo formato.
error-unusual-format = Šio numerio formatas neįprastas; patvirtinkite jį, jei jis teisingas.
error-checksum = Šis numeris negalioja (nesutampa kontrolinis skaitmuo).
error-invalid-date = Tai nėra galiojanti data.
error-date-in-future = Ši data yra ateityje.
error-too-young = Dar nesate pakankamai vyresnis (-ė), kad galėtumėte paremti iniciatyvą savo valstybėje narėje.
error-not-allowed = Šie duomenys jūsų pilietybei neprašomi.
error-unknown-field = Nežinomas laukas.
error-duplicate-field = Šis laukas išsiųstas du kartus.
error-wrong-type = Reikšmės tipas netinkamas.
error-unknown-nationality = Pasirašyti gali tik ES valstybės narės piliečiai.
error-document-type-not-accepted = Jūsų valstybė narė nepriima šios rūšies dokumento.
error-declaration-required = Patvirtinkite deklaraciją.
error-consent-required = Sutikite, kad su jumis būtų susisiekta, arba palikite e. pašto adresą tuščią.
error-invalid-email = Tai nėra galiojantis e. pašto adresas.

## Pages for refused submissions
unreadable-title = Forma neįskaitoma
unreadable-text = Formos nepavyko perskaityti. Bandykite dar kartą.
unsupported-title = Nepalaikoma užklausa
unsupported-text = Naudokitės forma.
too-large-title = Per daug duomenų
too-large-text = Forma buvo per didelė, kad būtų priimta.
rate-limited-title = Per daug bandymų
rate-limited-text = Iš jūsų ryšio per daug bandymų. Palaukite minutę, grįžkite ir pateikite dar kartą.
duplicate-title = Jau paremta
duplicate-text = Pritarimo pareiškimas su šiais duomenimis jau užregistruotas. Kiekvienas pilietis gali paremti iniciatyvą tik vieną kartą.

## Progress page
progress-title = Rinkimo eiga
progress-total = { $count ->
    [one] { $shown } pritarimo pareiškimas
    [few] { $shown } pritarimo pareiškimai
    [many] { $shown } pritarimo pareiškimo
   *[other] { $shown } pritarimo pareiškimų
}
progress-states = Valstybės narės, viršijusios savo ribą: { $count } iš { $needed }.
progress-goal = Iniciatyvai reikia bent { $total } pritarimo pareiškimų ir ribos pasiekimo bent { $needed } valstybėse narėse.
progress-state = Valstybė narė
progress-count = Pritarimo pareiškimai
progress-threshold = Riba
progress-reached = Riba pasiekta
progress-updated = Skaičiai atnaujinami kas minutę.

## Member states, in this language
state-AT = Austrija
state-BE = Belgija
state-BG = Bulgarija
state-HR = Kroatija
state-CY = Kipras
state-CZ = Čekija
state-DK = Danija
state-EE = Estija
state-FI = Suomija
state-FR = Prancūzija
state-DE = Vokietija
state-GR = Graikija
state-HU = Vengrija
state-IE = Airija
state-IT = Italija
state-LV = Latvija
state-LT = Lietuva
state-LU = Liuksemburgas
state-MT = Malta
state-NL = Nyderlandai
state-PL = Lenkija
state-PT = Portugalija
state-RO = Rumunija
state-SK = Slovakija
state-SI = Slovėnija
state-ES = Ispanija
state-SE = Švedija

## Receipts and their check (docs/transparency.md)
receipt-text = Kvitas įrodo, kad jūsų pritarimo pareiškimas yra viešajame žurnale, nieko apie jus neatskleisdamas. Išsaugokite jį, kad vėliau galėtumėte patikrinti, ar pareiškimas vis dar skaičiuojamas.
receipt-download = Atsisiųsti kvitą
receipt-check-link = Patikrinti kvitą
check-title = Patikrinti kvitą
check-heading = Patikrinkite, ar jūsų pritarimo pareiškimas skaičiuojamas
check-intro = Pasirinkite kvitą, kurį atsisiuntėte pasirašę. Naršyklė jį patikrina viešajame žurnale; kvitas niekur nesiunčiamas.
check-file = Kvito failas
check-button = Patikrinti kvitą
check-nojs = Šis patikrinimas vyksta jūsų naršyklėje ir reikalauja JavaScript. Be jo bet kas gali patikrinti kvitą nemokama organizatorių priemone:
check-ok = Jūsų pritarimo pareiškimas skaičiuojamas: jis yra viešajame žurnale, o žurnalo parašas galioja.
check-ok-detail = Patikrinta pagal naujausią pasirašytą žurnalo būseną: įrašas { $leaf } iš { $size } žurnalo dalyje { $shard }.
check-fail = Šio kvito patvirtinti nepavyko.
check-fail-file = Failas nėra šio rinkimo kvitas arba buvo pakeistas. Pasirinkite failą, kurį atsisiuntėte pasirašę (receipt-….json).
check-fail-unreachable = Šiuo metu nepavyko pasiekti viešojo žurnalo. Bandykite dar kartą po kelių minučių.
check-fail-missing = Žurnale nėra jūsų pritarimo pareiškimo taip, kaip nurodyta kvite. Praneškite organizatoriams: { $contact }

## Campaigns: partners, sharing, link previews
meta-description = Paremkite Europos piliečių iniciatyvą „{ $title }“ internetu savo kalba. Tai užtrunka apie minutę.
partner-via = Pasirašote per { $partner }.
partner-consent = Taip pat sutinku, kad { $partner } naudotų mano e. pašto adresą ir informuotų mane apie šią iniciatyvą.
share-heading = Paprašykite kitų pasirašyti
share-text = „{ $title }“: Europos piliečių iniciatyva, kurią galima paremti internetu maždaug per minutę.
share-email = E. paštas
share-more = Bendrinti…
share-hint = Šios nuorodos atveria pasirinktą paslaugą naujame lange; prieš tai jai nieko nesiunčiama.
share-address = Adresas bendrinti

## Counters and the map
counter-partner = Per { $partner } surinkti pritarimo pareiškimai
counter-goal = Tikslas: { $goal }
counter-sign = Paremkite iniciatyvą
counter-badge = pritarimo pareiškimai
map-title = Valstybės narės pagal pasiektą savo ribos dalį
map-share = { $state }: { $percent } % ribos
map-none = dar nė vieno
map-under-25 = mažiau nei 25 %
map-25-50 = nuo 25 iki 50 %
map-50-100 = nuo 50 iki 100 %

## Paper form
paper-link = Išspausdinkite popierinę formą parašams rinkti ranka
paper-title = Pritarimo pareiškimo forma
paper-intro = Išspausdinkite šią formą, paprašykite nurodytos valstybės narės piliečių ją užpildyti ranka ir grąžinkite ją organizatoriams.
paper-part-a = A dalis: valstybėms narėms, kurios nereikalauja asmens identifikavimo numerio ar dokumento numerio
paper-part-b = B dalis: valstybėms narėms, kurios reikalauja asmens identifikavimo numerio ar dokumento numerio
paper-collected-by = Šią formą organizatorių vardu renka { $partner }.
paper-table-caption = Pasirašiusieji (vienas asmuo eilutėje, didžiosiomis raidėmis)
paper-date-signature = Data ir parašas

## Annex III: the initiative's particulars, points 1 to 8 of every form (docs/certification.md)
particulars-heading = Apie šią iniciatyvą
particular-nationals = Visi šioje formoje pasirašę asmenys yra šios valstybės piliečiai:
particular-registration = Europos Komisijos suteiktas registracijos numeris:
particular-period = Rinkimo laikotarpio pradžia ir pabaiga:
particular-register = Šios iniciatyvos interneto adresas Europos Komisijos registre:
particular-title = Šios iniciatyvos pavadinimas:
particular-objectives = Pagrindiniai tikslai:
particular-contacts = Registruotų kontaktinių asmenų vardai, pavardės ir e. pašto adresai:
particular-website = Iniciatyvos interneto svetainė (jei yra):
date-range = { $start } – { $end }

## Annex III: the declaration and the privacy statement, word for word (docs/certification.md)
declaration = Patvirtinu, kad šioje formoje pateikta informacija yra teisinga ir kad šiai iniciatyvai dar nesu pritaręs.
declaration-eid = Patvirtinu, kad šiai piliečių iniciatyvai dar nesu pritaręs.
privacy-heading = Pareiškimas apie privatumo apsaugą
privacy-1 = Remiantis Reglamentu (ES) 2016/679 (Bendrasis duomenų apsaugos reglamentas), šioje formoje pateikti jūsų asmens duomenys bus naudojami tik su pritarimu iniciatyvai susijusiais tikslais, o kompetentingos nacionalinės institucijos galės su jais susipažinti tik tikrinimo ir tvirtinimo tikslais. Jūs turite teisę prašyti šios iniciatyvos organizatorių grupės leisti susipažinti su savo asmens duomenimis, juos ištaisyti, ištrinti ir apriboti jų tvarkymą.
privacy-2 = Jūsų duomenis organizatorių grupė saugos ne ilgiau kaip vieną mėnesį nuo iniciatyvos pateikimo Europos Komisijai dienos arba 21 mėnesį nuo rinkimo laikotarpio pradžios, atsižvelgiant į tai, kuris terminas sueina anksčiau. Administracinio arba teismo proceso atveju jie gali būti saugomi ilgesnį laiką, bet ne ilgiau kaip vieną mėnesį nuo šio proceso baigimo dienos.
privacy-3 = Nedarant poveikio galimybei imtis kitų administracinių arba teisminių teisių gynimo priemonių, turite teisę bet kuriuo metu pateikti skundą duomenų apsaugos institucijai, visų pirma valstybėje narėje, kurioje yra jūsų nuolatinė gyvenamoji vieta, darbo vieta arba vieta, kurioje padarytas įtariamas pažeidimas, jeigu manote, kad jūsų asmens duomenys tvarkomi neteisėtai.
privacy-4 = Iniciatyvos organizatorių grupės atstovas arba, kai tinkama, jos sukurtas juridinis asmuo yra duomenų valdytojai, kaip apibrėžta Bendrajame duomenų apsaugos reglamente, ir su jais galima susisiekti naudojantis šioje formoje pateiktais duomenimis.
privacy-5 = Duomenų apsaugos pareigūno (jei yra) kontaktiniai duomenys Europos Komisijos registre pateikti šios iniciatyvos interneto adresu, kuris nurodytas šios formos 4 punkte.
privacy-6 = Jūsų asmens duomenis gausiančios ir tvarkysiančios kompetentingos nacionalinės institucijos ir nacionalinių duomenų apsaugos institucijų kontaktiniai duomenys pateikti adresu http://ec.europa.eu/citizens-initiative/public/data-protection?lg=lt.
controller-label = Duomenų valdytojas:
controller-representative = { $name }, organizatorių grupės atstovas
controller-contact = Kontaktai dėl jūsų asmens duomenų:
dpo-label = Duomenų apsaugos pareigūnas:
dpo-none = nepaskirtas

## Privacy notice: what the website processes besides the statement (/{lang}/privacy)
notice-title = Kaip ši svetainė tvarko jūsų duomenis
notice-intro = Formoje pateiktas pareiškimas apie privatumo apsaugą susijęs su jūsų pritarimo pareiškimu. Šiame puslapyje aprašoma visa kita, ką svetainė tvarko, kai ją lankote arba pasirašote: ką, kodėl, kiek laiko ir kas.
notice-statement-heading = Jūsų pritarimo pareiškimas
notice-statement = Svetainė patikrina jūsų pritarimo pareiškimą, iškart jį užšifruoja taip, kad atverti galėtų tik organizatoriai, ir saugo tik užšifruotą pareiškimą: niekas iš svetainę tvarkančių asmenų negali jo perskaityti. Jis saugomas ir ištrinamas, kaip nurodyta pareiškime apie privatumo apsaugą.
notice-bot-heading = Patikra nuo automatinio pasirašymo
notice-bot = Prieš priimant pritarimo pareiškimą, Cloudflare Turnstile pagal tokius signalus kaip jūsų IP adresas ir naršyklės identifikacija patikrina, ar jį siunčia žmogus. Cloudflare juos tvarko tik tam, kad atskirtų žmones nuo robotų, pagal savo Turnstile privatumo priedą; svetainė gauna tik rezultatą.
notice-limit-heading = Pakartotinių bandymų riba
notice-limit = Kad būtų užkirstas kelias masiniam siuntimui, svetainė vieną minutę skaičiuoja kiekvieno ryšio bandymus pagal kodą, vienakrypčiu būdu apskaičiuotą iš jūsų IP adreso, bet niekada pagal patį adresą. Po tos minutės skaičiavimas pamirštamas.
notice-log-heading = Viešasis pritarimo pareiškimų žurnalas
notice-log = Kiekvienas išsaugotas pritarimo pareiškimas prideda įrašą į viešąjį žurnalą, kad bet kas galėtų patikrinti, jog joks pareiškimas nebuvo pašalintas ar pakeistas. Įrašas yra vienakryptis užšifruoto pareiškimo pirštų atspaudas ir nieko apie jus neatskleidžia. Žurnalas ištrinamas kartu su pareiškimais. Jūsų kvitas lieka jūsų įrenginyje, nebent jį perduosite kitiems.
notice-email-heading = Jūsų e. pašto adresas
notice-email = Tik jei jį nurodote ir pažymite sutikimą: jis užšifruojamas organizatoriams, saugomas atskirai nuo jūsų pritarimo pareiškimo ir naudojamas tik informuoti jus apie šią iniciatyvą. Jis ištrinamas kartu su pareiškimais arba anksčiau, jei atšaukiate sutikimą parašę toliau nurodytu kontaktu.
notice-hosting-heading = Talpinimas
notice-hosting = Svetainė veikia Cloudflare, Inc. tinkle, kuris ją organizatorių vardu tvarko kaip jų duomenų tvarkytojas. Užšifruoti pritarimo pareiškimai saugomi { $where ->
    [eu] Europos Sąjungoje esančiuose duomenų centruose
   *[other] Cloudflare pasirinktuose duomenų centruose
}.
notice-records-heading = Techniniai žurnalai ir slapukai
notice-records = Svetainė į savo techninius žurnalus nerašo nei asmens duomenų, nei IP adresų. Ji nenaudoja slapukų ir nieko nekrauna iš kitų svetainių, išskyrus patikrą nuo automatinio pasirašymo.
notice-rights-heading = Jūsų teisės ir į ką kreiptis
notice-rights = Turite pareiškime apie privatumo apsaugą išvardytas teises ir dėl šio tvarkymo. Norėdami jomis pasinaudoti arba turėdami klausimų apie šį puslapį, kreipkitės į duomenų valdytoją:
