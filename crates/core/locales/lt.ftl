# ocs-edge: lietuvių. Pavyzdys: en.ftl (tie patys pranešimų identifikatoriai ir kintamieji).

## Page frame
skip-to-content = Pereiti prie turinio
language = Kalba:
footer-initiative = Europos piliečių iniciatyva { $id }.
official-register = Oficialus registras
progress-link = Rinkimo eiga
back-to-initiative = Grįžti prie iniciatyvos
collection-period = Rinkimo laikotarpis: nuo { $start } iki { $end }.

## Landing and nationality
support-title = Paremkite šią iniciatyvą
registration-number = Registracijos numeris:
landing-intro = Bet kuris Europos Sąjungos pilietis, savo valstybėje narėje sulaukęs reikiamo amžiaus, gali paremti šią iniciatyvą internetu. Tai užtrunka apie minutę.
nationality-label = Jūsų pilietybė
nationality-hint = Prašomi duomenys priklauso nuo valstybės narės, kurios pilietis esate. Jei turite kelias ES pilietybes, pasirinkite vieną: iniciatyvą galima paremti tik vieną kartą.
choose-option = Pasirinkite…
continue = Tęsti
choose-title = Pasirinkite savo pilietybę
unknown-nationality = „{ $code }“ nėra Europos Sąjungos valstybė narė.

## Collection closed
closed-title = Rinkimas baigtas
not-started = Pareiškimų remti iniciatyvą rinkimas dar neprasidėjo. Sugrįžkite, kai jis prasidės.
ended = Pareiškimų remti iniciatyvą rinkimas baigėsi. Dėkojame už susidomėjimą.

## Confirmation
thanks-title = Ačiū
thanks-heading = Ačiū: jūsų parama užregistruota
thanks-stored = Jūsų pareiškimas užšifruotas organizatoriams ir išsaugotas.
statement-number = Pareiškimo numeris:
statement-number-hint = Išsaugokite šį numerį, jei vėliau norėtumėte paprašyti organizatorių ištrinti jūsų pareiškimą. Jis nieko apie jus neatskleidžia.

## The form
signing-as = Pasirašote kaip šios valstybės pilietis: { $state }.
change-nationality = Keisti pilietybę
note-de-abroad = Jei gyvenate ne Vokietijoje, galite pasirašyti nurodydami savo adresą užsienyje tik tuo atveju, jei savo nuolatinę gyvenamąją vietą esate užregistravę kompetentingoje Vokietijos diplomatinėje atstovybėje.
bot-check-failed = Nepavyko patvirtinti, kad nesate robotas. Bandykite dar kartą; įvesti duomenys išsaugoti.
bot-check-unavailable = Šiuo metu nepavyko atlikti patikros nuo automatinio pasirašymo. Niekas neišsaugota, o jūsų įvesti duomenys liko: po minutės pateikite formą dar kartą.
error-summary-title = Ištaisykite šiuos dalykus
your-details = Jūsų duomenys
all-required = Visi laukai privalomi, išskyrus pažymėtus kaip neprivalomus.
keeping-in-touch = Palaikyti ryšį (neprivaloma)
email-label = E. pašto adresas (neprivaloma)
email-hint = Tik jei norite, kad organizatoriai jus informuotų apie šią iniciatyvą. Saugomas atskirai nuo jūsų pareiškimo.
email-consent = Sutinku, kad organizatoriai naudotų mano e. pašto adresą informuodami mane apie šią iniciatyvą.
declaration-legend = Deklaracija
declaration = Patvirtinu, kad šioje formoje pateikta informacija yra teisinga ir kad dar nesu parėmęs (-usi) šios siūlomos piliečių iniciatyvos.
privacy = Jūsų asmens duomenys užšifruojami organizatoriams ir bus pateikti tik jūsų valstybės narės kompetentingai institucijai pareiškimui patikrinti, o vėliausiai po 21 mėnesio nuo rinkimo pradžios sunaikinti (Reglamentas (ES) 2019/788, 19 straipsnis).
submit = Paremti iniciatyvą
id-number-hint = Kaip nurodyta dokumente; tarpai ir brūkšneliai leidžiami.
id-number-confirm = Patvirtinu, kad dokumento numeris įvestas teisingai.

## Field labels and hints
field-full-first-names = Visi vardai
field-family-names = Pavardės
field-date-of-birth = Gimimo data
field-street = Gatvė
field-street-number = Namo numeris
field-postal-code = Pašto kodas (jei yra)
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
hint-date-of-birth = Diena, mėnuo ir metai, pavyzdžiui, 31/12/1990.

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
duplicate-text = Pareiškimas su šiais duomenimis jau užregistruotas. Kiekvienas pilietis gali paremti iniciatyvą tik vieną kartą.

## Progress page
progress-title = Rinkimo eiga
progress-total = { $count ->
    [one] { $shown } pareiškimas
    [few] { $shown } pareiškimai
   *[other] { $shown } pareiškimų
}
progress-states = Valstybės narės, viršijusios savo ribą: { $count } iš { $needed }.
progress-goal = Iniciatyvai reikia bent { $total } pareiškimų ir ribos pasiekimo bent { $needed } valstybėse narėse.
progress-state = Valstybė narė
progress-count = Pareiškimai
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
receipt-text = Kvitas įrodo, kad jūsų pareiškimas yra viešajame žurnale, nieko apie jus neatskleisdamas. Išsaugokite jį, kad vėliau galėtumėte patikrinti, ar jis vis dar skaičiuojamas.
receipt-download = Atsisiųsti kvitą
receipt-check-link = Patikrinti kvitą
check-title = Patikrinti kvitą
check-heading = Patikrinkite, ar jūsų pareiškimas skaičiuojamas
check-intro = Pasirinkite kvitą, kurį atsisiuntėte pasirašę. Naršyklė jį patikrina viešajame žurnale; kvitas niekur nesiunčiamas.
check-file = Kvito failas
check-button = Patikrinti kvitą
check-nojs = Šis patikrinimas vyksta jūsų naršyklėje ir reikalauja JavaScript. Be jo bet kas gali patikrinti kvitą nemokama organizatorių priemone:
check-ok = Jūsų pareiškimas skaičiuojamas: jis yra viešajame žurnale, o žurnalo parašas galioja.
check-fail = Šio kvito patvirtinti nepavyko.

## Campaigns: partners, sharing, link previews
meta-description = Paremkite Europos piliečių iniciatyvą „{ $title }“ internetu savo kalba. Tai užtrunka apie minutę.
partner-via = Pasirašote per { $partner }.
partner-consent = Taip pat sutinku, kad { $partner } naudotų mano e. pašto adresą ir informuotų mane apie šią iniciatyvą.
share-heading = Paprašykite kitų pasirašyti
share-text = Parėmiau Europos piliečių iniciatyvą „{ $title }“. Jūs taip pat galite:
share-email = E. paštas
share-more = Bendrinti…
share-hint = Šios nuorodos atveria pasirinktą paslaugą naujame lange; prieš tai jai nieko nesiunčiama.
share-address = Adresas bendrinti

## Counters and the map
counter-partner = Per { $partner } surinkti pritarimo pareiškimai
counter-goal = Tikslas: { $goal }
counter-sign = Paremkite iniciatyvą
counter-badge = pritarimo pareiškimų
map-title = Valstybės narės pagal pasiektą savo ribos dalį
map-share = { $state }: { $percent } % ribos
map-under-25 = mažiau nei 25 %
map-25-50 = nuo 25 iki 50 %
map-50-100 = nuo 50 iki 100 %

## Paper form
paper-link = Išspausdinkite popierinę formą parašams rinkti ranka
paper-title = Pritarimo pareiškimo forma
paper-intro = Išspausdinkite šią formą, paprašykite nurodytos valstybės narės piliečių ją užpildyti ranka ir grąžinkite ją organizatoriams.
paper-part-a = A dalis: valstybėms narėms, kurios nereikalauja asmens identifikavimo numerio ar dokumento numerio
paper-part-b = B dalis: valstybėms narėms, kurios reikalauja asmens identifikavimo numerio ar dokumento numerio
paper-nationals = Visi šios formos pasirašiusieji yra šios valstybės piliečiai: { $state }.
paper-collected-by = Šią formą organizatorių vardu renka { $partner }.
paper-registered-on = Registracijos data:
paper-register = Šios iniciatyvos interneto adresas Komisijos registre:
paper-initiative-title = Siūlomos piliečių iniciatyvos pavadinimas:
paper-objectives = Pagrindiniai jos tikslai:
paper-contacts = Registruotų kontaktinių asmenų vardai, pavardės ir e. pašto adresai:
paper-website = Siūlomos piliečių iniciatyvos interneto svetainė:
paper-table-caption = Pasirašiusieji (vienas asmuo eilutėje, didžiosiomis raidėmis)
paper-privacy = Organizatoriai jūsų asmens duomenis pateiks tik jūsų valstybės narės kompetentingai institucijai pareiškimui patikrinti ir sunaikins juos ne vėliau kaip per 21 mėnesį nuo rinkimo pradžios (Reglamentas (ES) 2019/788, 19 straipsnis).
paper-date-signature = Data ir parašas
