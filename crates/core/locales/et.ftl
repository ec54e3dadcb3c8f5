# ocs-edge: eesti. Eeskuju: en.ftl (samad sõnumite tunnused ja muutujad).

## Page frame
skip-to-content = Mine sisu juurde
language = Keel:
footer-initiative = Euroopa kodanikualgatus { $id }.
official-register = Ametlik register
progress-link = Kogumise seis
back-to-initiative = Tagasi algatuse juurde

## Landing and nationality
support-title = Toetage seda algatust
landing-intro = Iga Euroopa Liidu kodanik, kes on oma liikmesriigis piisavalt vana, saab seda algatust veebis toetada. See võtab umbes minuti.
nationality-label = Teie kodakondsus
nationality-hint = Küsitavad andmed sõltuvad liikmesriigist, mille kodanik te olete. Kui teil on mitu ELi kodakondsust, valige üks: algatust saab toetada vaid üks kord.
choose-option = Valige…
continue = Jätka
choose-title = Valige oma kodakondsus
unknown-nationality = „{ $code }“ ei ole Euroopa Liidu liikmesriik.

## Collection closed
closed-title = Praegu ei saa allkirjastada
not-started = Toetusavalduste kogumine ei ole veel alanud. Tulge tagasi, kui see on alanud.
ended = Toetusavalduste kogumine on lõppenud. Täname huvi eest.

## Confirmation
thanks-title = Aitäh
thanks-heading = Aitäh: teie toetus on registreeritud
thanks-stored = Teie toetusavaldus krüpteeriti korraldajatele ja salvestati.
statement-number = Toetusavalduse number:
statement-number-hint = Hoidke see number alles, kui soovite hiljem paluda korraldajatel oma toetusavaldus kustutada. See ei avalda teie kohta midagi.

## The form
signing-as = Teie kodakondsus: { $state }.
change-nationality = Muuda kodakondsust
note-de-abroad = Kui elate väljaspool Saksamaad, võite allkirjastada oma välismaise aadressiga ainult siis, kui olete registreerinud oma alalise elukoha sealses pädevas Saksamaa välisesinduses.
bot-check-failed = Me ei suutnud kinnitada, et te pole robot. Proovige uuesti; sisestatud andmed on alles.
bot-check-unavailable = Automaatse allkirjastamise vastast kontrolli ei õnnestunud praegu teha. Midagi ei salvestatud ja teie sisestatud andmed on alles: saatke vorm palun minuti pärast uuesti.
wallet-button = Allkirjasta Euroopa digitaalse identiteedi rahakotiga
wallet-intro = Euroopa digitaalse identiteedi rahakotiga tulevad teie andmed teie riigi isikutõendist ja neid ei pea sisestama.
wallet-filled = Teie andmed rahakotist on allpool täidetud ja neid ei saa siin muuta. Täitke see, mis on veel tühi, ja saatke vorm ära.
wallet-refused-untrusted = Teie rahakoti vastust ei õnnestunud kinnitada tunnustatud identiteedipakkuja omaks. Midagi ei salvestatud. Võite vormi ise täita.
wallet-refused-again = Teie rahakoti vastus ei olnud selle lehe jaoks või jõudis liiga hilja. Midagi ei salvestatud. Küsige rahakotilt uuesti.
wallet-refused-expired = Teie isikutõend on aegunud või ei kehti enam. Midagi ei salvestatud. Uuendage seda rahakotis või täitke vorm ise.
wallet-refused-status = Teie isikutõendi kehtivust ei saa praegu kontrollida. Midagi ei salvestatud. Proovige minuti pärast uuesti või täitke vorm ise.
wallet-refused-missing = Teie rahakott ei jaganud kõiki andmeid, mida see vorm vajab. Midagi ei salvestatud. Jagage neid või täitke vorm ise.
wallet-refused-nationality = Teie isikutõendil ei ole selles vormis valitud kodakondsust. Midagi ei salvestatud.
wallet-unavailable = Rahakotiga allkirjastamine ei ole praegu võimalik. Midagi ei salvestatud. Proovige minuti pärast uuesti või täitke vorm ise.
error-summary-title = Palun parandage järgmine
your-details = Teie andmed
all-required = Kõik väljad on kohustuslikud, kui neid pole märgitud vabatahtlikuks.
keeping-in-touch = Ühenduse hoidmine (vabatahtlik)
email-label = E-posti aadress (vabatahtlik)
email-hint = Ainult siis, kui soovite, et korraldajad teid sellest algatusest teavitaksid. Hoitakse teie toetusavaldusest eraldi.
email-consent = Nõustun, et korraldajad kasutavad minu e-posti aadressi, et teavitada mind sellest algatusest.
declaration-legend = Kinnitus
submit = Toeta algatust
id-number-hint = Nagu dokumendil kirjas; tühikud ja sidekriipsud on lubatud.
id-number-confirm = Kinnitan, et dokumendi number on sisestatud kujul õige.

## Field labels and hints
field-full-first-names = Kõik eesnimed
field-family-names = Perekonnanimed
field-date-of-birth = Sünniaeg
field-street = Tänav
field-street-number = Maja number
field-postal-code = Postiindeks
field-city = Linn või asula
field-country = Elukohariik
field-id-type = Dokumendi liik
field-id-number = Dokumendi number
field-email = E-posti aadress
field-email-consent = Nõusolek
field-nationality = Kodakondsus
field-id-number-confirmed = Kinnitus
hint-full-first-names = Kõik teie eesnimed, nagu isikut tõendaval dokumendil.
hint-family-names = Kõik teie perekonnanimed, nagu isikut tõendaval dokumendil.
hint-date-of-birth = Päev, kuu ja aasta, näiteks 31.12.1990.
hint-postal-code = Jätke väli tühjaks ainult siis, kui teie elukohariigi aadressidel ei ole postiindeksit.

## Identification documents
doc-passport = Pass
doc-id-card = Isikutunnistus
doc-citizens-card = Kodanikukaart
doc-personal-id = Isikukood
doc-personal-number = Isikunumber

## Errors next to a field
error-required = See väli on kohustuslik.
error-too-long = See on liiga pikk.
error-invalid-characters = See sisaldab märke, mis ei ole siin lubatud.
error-invalid-format = Sellel ei ole oodatud vormingut.
error-unusual-format = Sellel numbril ei ole tavapärast vormingut; kinnitage see, kui see on õige.
error-checksum = See number ei ole kehtiv (kontrollnumber ei sobi).
error-invalid-date = See ei ole kehtiv kuupäev.
error-date-in-future = See kuupäev on tulevikus.
error-too-young = Te ei ole veel piisavalt vana, et oma liikmesriigis algatust toetada.
error-not-allowed = Seda ei küsita teie kodakondsuse puhul.
error-unknown-field = Tundmatu väli.
error-duplicate-field = See väli saadeti kaks korda.
error-wrong-type = Sellel on vale tüüp.
error-unknown-nationality = Allkirjastada saavad ainult ELi liikmesriigi kodanikud.
error-document-type-not-accepted = Teie liikmesriik ei aktsepteeri seda dokumendiliiki.
error-declaration-required = Palun kinnitage kinnitus.
error-consent-required = Palun nõustuge ühenduse võtmisega või jätke e-posti aadress tühjaks.
error-invalid-email = See ei ole kehtiv e-posti aadress.

## Pages for refused submissions
unreadable-title = Loetamatu vorm
unreadable-text = Vormi ei õnnestunud lugeda. Proovige uuesti.
unsupported-title = Toetamata päring
unsupported-text = Palun kasutage vormi.
too-large-title = Liiga palju andmeid
too-large-text = Vorm oli vastuvõtmiseks liiga suur.
rate-limited-title = Liiga palju katseid
rate-limited-text = Teie ühenduselt on tehtud liiga palju katseid. Oodake minut, minge tagasi ja saatke uuesti.
duplicate-title = Juba toetatud
duplicate-text = Nende andmetega toetusavaldus on juba registreeritud. Iga kodanik saab algatust toetada vaid üks kord.

## Progress page
progress-title = Kogumise seis
progress-total = { $count ->
    [one] { $shown } toetus­avaldus
   *[other] { $shown } toetus­avaldust
}
progress-states = Künnise ületanud liikmesriigid: { $count } / { $needed }.
progress-goal = Algatus vajab vähemalt { $total } toetusavaldust ja künnise saavutamist vähemalt { $needed } liikmesriigis.
progress-state = Liikmes­riik
progress-count = Toetus­avaldused
progress-threshold = Künnis
progress-reached = Künnis saavutatud
progress-updated = Andmeid uuendatakse iga minut.

## Member states, in this language
state-AT = Austria
state-BE = Belgia
state-BG = Bulgaaria
state-HR = Horvaatia
state-CY = Küpros
state-CZ = Tšehhi
state-DK = Taani
state-EE = Eesti
state-FI = Soome
state-FR = Prantsusmaa
state-DE = Saksamaa
state-GR = Kreeka
state-HU = Ungari
state-IE = Iirimaa
state-IT = Itaalia
state-LV = Läti
state-LT = Leedu
state-LU = Luksemburg
state-MT = Malta
state-NL = Madalmaad
state-PL = Poola
state-PT = Portugal
state-RO = Rumeenia
state-SK = Slovakkia
state-SI = Sloveenia
state-ES = Hispaania
state-SE = Rootsi

## Receipts and their check (docs/transparency.md)
receipt-text = Kviitung tõendab, et teie toetusavaldus on avalikus logis, avaldamata teie kohta midagi. Hoidke see alles, et hiljem kontrollida, kas seda ikka arvestatakse.
receipt-download = Laadi kviitung alla
receipt-check-link = Kontrolli kviitungit
check-title = Kontrolli kviitungit
check-heading = Kontrollige, et teie toetusavaldust arvestatakse
check-intro = Valige kviitung, mille pärast allkirjastamist alla laadisite. Brauser kontrollib seda avaliku logi põhjal; kviitungit ei saadeta kuhugi.
check-file = Kviitungi fail
check-button = Kontrolli kviitungit
check-nojs = See kontroll toimub teie brauseris ja vajab JavaScripti. Ilma selleta saab igaüks kviitungit kontrollida korraldajate tasuta tööriistaga:
check-ok = Teie toetusavaldust arvestatakse: see on avalikus logis ja logi allkiri on kehtiv.
check-ok-detail = Kontrollitud logi viimase allkirjastatud seisu põhjal: kirje { $leaf } / { $size } logi osas { $shard }.
check-fail = Seda kviitungit ei õnnestunud kinnitada.
check-fail-file = Fail ei ole selle kogumise kviitung või seda on muudetud. Valige fail, mille pärast allkirjastamist alla laadisite (receipt-….json).
check-fail-unreachable = Avalikku logi ei õnnestunud praegu kätte saada. Proovige mõne minuti pärast uuesti.
check-fail-missing = Logis ei ole teie toetusavaldust nii, nagu kviitung ütleb. Palun teavitage korraldajaid: { $contact }

## Campaigns: partners, sharing, link previews
meta-description = Toetage Euroopa kodanikualgatust „{ $title }“ veebis oma keeles. See võtab umbes minuti.
partner-via = Allkirjastate organisatsiooni { $partner } kaudu.
partner-consent = Nõustun ka, et { $partner } kasutab minu e-posti aadressi, et teavitada mind sellest algatusest.
share-heading = Paluge teistel allkirjastada
share-text = „{ $title }“: Euroopa kodanikualgatus, mida saab veebis toetada umbes minutiga.
share-email = E-post
share-more = Jaga…
share-hint = Need lingid avavad valitud teenuse uues aknas; enne seda ei saadeta sellele midagi.
share-address = Jagamiseks mõeldud aadress

## Counters and the map
counter-partner = Organisatsiooni { $partner } kaudu kogutud toetusavaldused
counter-goal = Eesmärk: { $goal }
counter-sign = Toeta algatust
counter-badge = toetusavaldused
map-title = Liikmesriigid selle järgi, kui suure osa oma künnisest nad on saavutanud
map-share = { $state }: { $percent }% künnisest
map-none = veel mitte ühtegi
map-under-25 = alla 25%
map-25-50 = 25–50%
map-50-100 = 50–100%

## Paper form
paper-link = Prindi paberankeet, et koguda allkirju käsitsi
paper-title = Toetusavalduse vorm
paper-intro = Prindi see vorm, lase nimetatud liikmesriigi kodanikel see käsitsi täita ja tagasta see korraldajatele.
paper-part-a = A-osa: liikmesriikidele, kes ei nõua isikukoodi ega dokumendi numbrit
paper-part-b = B-osa: liikmesriikidele, kes nõuavad isikukoodi või dokumendi numbrit
paper-collected-by = Seda vormi kogub korraldajate nimel { $partner }.
paper-table-caption = Allkirjastajad (üks inimene reas, trükitähtedega)
paper-date-signature = Kuupäev ja allkiri

## Annex III: the initiative's particulars, points 1 to 8 of every form (docs/certification.md)
particulars-heading = Algatuse andmed
particular-nationals = Kõik käesoleval vormil allkirja andnud isikud on järgmise riigi kodanikud:
particular-registration = Euroopa Komisjoni registreerimisnumber:
particular-period = Toetusavalduste kogumise algus- ja lõppkuupäev:
particular-register = Käesoleva algatuse veebiaadress Euroopa Komisjoni registris:
particular-title = Käesoleva algatuse pealkiri:
particular-objectives = Peamised eesmärgid:
particular-contacts = Registreeritud kontaktisikute nimed ja e-posti aadressid:
particular-website = Algatuse veebisait (kui on olemas):
date-range = { $start }–{ $end }

## Annex III: the declaration and the privacy statement, word for word (docs/certification.md)
declaration = Kinnitan, et käesolevas vormis esitatud teave on õige ja et ma ei ole kõnealust algatust varem toetanud.
declaration-eid = Kinnitan, et ma ei ole kõnealust algatust varem toetanud.
privacy-heading = Privaatsusteave
privacy-1 = Vastavalt määrusele (EL) 2016/679 (isikuandmete kaitse üldmäärus) kasutatakse teie isikuandmeid, mis on sellel vormil esitatud, üksnes algatuse toetamiseks ja need tehakse pädevatele riiklikele asutustele kättesaadavaks ainult kontrollimiseks ja tõendamiseks. Teil on õigus taotleda algatuse korraldajate rühmalt juurdepääsu oma isikuandmetele, nende andmete parandamist, kustutamist ja nende töötlemisele piirangute seadmist.
privacy-2 = Korraldajate rühm säilitab teie andmeid maksimaalse säilitamisaja jooksul, mis on üks kuu pärast algatuse esitamist Euroopa Komisjonile või 21 kuud pärast kogumisperioodi algust, olenevalt sellest, kumb kuupäev on varasem. Haldus- või kohtumenetluse korral võib andmeid säilitada kauem, maksimaalselt üks kuu pärast menetluse lõppu.
privacy-3 = Ilma et see piiraks muude halduslike või õiguslike kaitsevahendite kohaldamist, on teil õigus esitada kaebus andmekaitseasutusele, eelkõige liikmesriigis, kus on teie alaline elukoht, töökoht või väidetava rikkumise toimumiskoht, kui leiate, et teie andmeid on töödeldud õigusvastaselt.
privacy-4 = Algatuse korraldajate rühma või asjakohasel juhul korraldajate rühma loodud juriidilise isiku esindaja on vastutav töötleja isikuandmete kaitse üldmääruse tähenduses ning temaga saab ühendust võtta käesoleval vormil esitatud kontaktandmete abil.
privacy-5 = Andmekaitseametniku (kui see on olemas) kontaktandmed on kättesaadavad toetusavalduse vormi punktis 4 esitatud algatuse veebiaadressil Euroopa Komisjoni registris.
privacy-6 = Teie isikuandmeid vastu võtva ja töötleva riikliku asutuse ja riiklike andmekaitseasutuste kontaktandmed on kättesaadavad aadressil http://ec.europa.eu/citizens-initiative/public/data-protection?lg=et.
controller-label = Vastutav töötleja:
controller-representative = { $name }, korraldajate rühma esindaja
controller-contact = Kontakt teie isikuandmete küsimustes:
dpo-label = Andmekaitseametnik:
dpo-none = määramata

## Privacy notice: what the website processes besides the statement (/{lang}/privacy)
notice-title = Kuidas see veebisait teie andmeid käsitleb
notice-intro = Vormil olev privaatsusteave käsitleb teie toetusavaldust. Sellel lehel kirjeldatakse kõike muud, mida veebisait töötleb, kui te seda külastate või allkirjastate: mida, miks, kui kaua ja kes.
notice-statement-heading = Teie toetusavaldus
notice-statement = Veebisait kontrollib teie toetusavaldust, krüpteerib selle kohe nii, et ainult korraldajad saavad selle avada, ja salvestab ainult krüpteeritud toetusavalduse: keegi veebisaidi haldajatest ei saa seda lugeda. Seda säilitatakse ja see kustutatakse nii, nagu privaatsusteabes öeldud.
notice-bot-heading = Automaatse allkirjastamise vastane kontroll
notice-bot = Enne toetusavalduse vastuvõtmist kontrollib Cloudflare Turnstile selliste signaalide põhjal nagu teie IP-aadress ja brauseri tunnus, et selle saadab inimene. Cloudflare töötleb neid ainult inimeste eristamiseks robotitest, oma Turnstile'i privaatsuslisa kohaselt; veebisait saab ainult tulemuse.
notice-limit-heading = Korduvate katsete piirang
notice-limit = Massiliste saatmiste takistamiseks loendab veebisait iga ühenduse katseid ühe minuti jooksul koodi all, mis arvutatakse teie IP-aadressist ühesuunaliselt, mitte kunagi aadressi enda all. Pärast seda minutit loendus unustatakse.
notice-log-heading = Toetusavalduste avalik logi
notice-log = Iga salvestatud toetusavaldus lisab avalikku logisse kirje, et igaüks saaks kontrollida, et ühtegi toetusavaldust pole eemaldatud ega muudetud. Kirje on krüpteeritud toetusavalduse ühesuunaline sõrmejälg ega avalda teie kohta midagi. Logi kustutatakse koos toetusavaldustega. Teie kviitung jääb teie seadmesse, kui te seda edasi ei anna.
notice-email-heading = Teie e-posti aadress
notice-email = Ainult siis, kui te selle esitate ja nõusoleku märgite: see krüpteeritakse korraldajatele, seda hoitakse teie toetusavaldusest eraldi ja kasutatakse ainult teid sellest algatusest teavitamiseks. See kustutatakse koos toetusavaldustega või varem, kui võtate nõusoleku tagasi, kirjutades allpool nimetatud kontaktile.
notice-hosting-heading = Majutus
notice-hosting = Veebisait töötab ettevõtte Cloudflare, Inc. võrgus, mis töötleb seda korraldajate nimel nende volitatud töötlejana. Krüpteeritud toetusavaldused salvestatakse { $where ->
    [eu] Euroopa Liidus asuvates andmekeskustes
   *[other] Cloudflare'i valitud andmekeskustes
}.
notice-records-heading = Logifailid ja küpsised
notice-records = Veebisait ei kirjuta oma logifailidesse isikuandmeid ega IP-aadresse. See ei kasuta küpsiseid ega laadi midagi teistelt veebisaitidelt, välja arvatud automaatse allkirjastamise vastane kontroll.
notice-rights-heading = Teie õigused ja kellega ühendust võtta
notice-rights = Teil on privaatsusteabes loetletud õigused ka selle töötlemise puhul. Nende kasutamiseks või selle lehe kohta küsimiseks võtke ühendust vastutava töötlejaga:
