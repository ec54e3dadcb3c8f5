# ocs-edge: suomi. Malli: en.ftl (samat viestitunnisteet ja muuttujat).

## Page frame
skip-to-content = Siirry sisältöön
language = Kieli:
footer-initiative = Eurooppalainen kansalaisaloite { $id }.
official-register = Virallinen rekisteri
progress-link = Keräyksen edistyminen
back-to-initiative = Takaisin aloitteeseen
collection-period = Keräysaika: { $start }–{ $end }.

## Landing and nationality
support-title = Tue tätä aloitetta
registration-number = Rekisterinumero:
landing-intro = Jokainen Euroopan unionin kansalainen, joka on jäsenvaltiossaan riittävän vanha, voi tukea tätä aloitetta verkossa. Se vie noin minuutin.
nationality-label = Kansalaisuutesi
nationality-hint = Pyydettävät tiedot riippuvat siitä, minkä jäsenvaltion kansalainen olet. Jos sinulla on useita EU-kansalaisuuksia, valitse yksi: aloitetta saa tukea vain kerran.
choose-option = Valitse…
continue = Jatka
choose-title = Valitse kansalaisuutesi
unknown-nationality = ”{ $code }” ei ole Euroopan unionin jäsenvaltio.

## Collection closed
closed-title = Keräys on päättynyt
not-started = Tukilmoitusten keräys ei ole vielä alkanut. Palaa, kun se on alkanut.
ended = Tukilmoitusten keräys on päättynyt. Kiitos kiinnostuksestasi.

## Confirmation
thanks-title = Kiitos
thanks-heading = Kiitos: tukesi on kirjattu
thanks-stored = Tukilmoituksesi on salattu järjestäjille ja tallennettu.
statement-number = Tukilmoituksen numero:
statement-number-hint = Säilytä numero, jos haluat myöhemmin pyytää järjestäjiä poistamaan tukilmoituksesi. Se ei paljasta sinusta mitään.

## The form
signing-as = Allekirjoitat seuraavan jäsenvaltion kansalaisena: { $state }.
change-nationality = Vaihda kansalaisuutta
note-de-abroad = Jos asut Saksan ulkopuolella, voit allekirjoittaa ulkomaisella osoitteellasi vain, jos olet rekisteröinyt vakituisen asuinpaikkasi siellä toimivaan Saksan diplomaattiseen edustustoon.
bot-check-failed = Emme voineet varmistaa, ettet ole robotti. Yritä uudelleen; syöttämäsi tiedot on säilytetty.
bot-check-unavailable = Automaattisen allekirjoittamisen estävää tarkistusta ei juuri nyt voitu tehdä. Mitään ei tallennettu, ja syöttämäsi tiedot säilyivät: lähetä lomake uudelleen minuutin kuluttua.
error-summary-title = Korjaa seuraavat kohdat
your-details = Tietosi
all-required = Kaikki kentät ovat pakollisia, ellei niitä ole merkitty vapaaehtoisiksi.
keeping-in-touch = Yhteydenpito (vapaaehtoinen)
email-label = Sähköpostiosoite (vapaaehtoinen)
email-hint = Vain jos haluat järjestäjien tiedottavan sinulle tästä aloitteesta. Säilytetään erillään tukilmoituksestasi.
email-consent = Hyväksyn, että järjestäjät käyttävät sähköpostiosoitettani tiedottaakseen minulle tästä aloitteesta.
declaration-legend = Vakuutus
declaration = Vakuutan, että tähän lomakkeeseen antamani tiedot ovat oikeita ja että en ole jo aiemmin tukenut tätä ehdotettua kansalaisaloitetta.
privacy = Henkilötietosi salataan järjestäjille, ja ne annetaan ainoastaan jäsenvaltiosi toimivaltaisen viranomaisen käyttöön tukilmoituksesi tarkastamista varten ja hävitetään viimeistään 21 kuukauden kuluttua keräyksen alkamisesta (asetus (EU) 2019/788, 19 artikla).
submit = Tue aloitetta
id-number-hint = Kuten asiakirjassa; välilyönnit ja väliviivat ovat sallittuja.
id-number-confirm = Vahvistan, että asiakirjan numero on oikein syötetyssä muodossa.

## Field labels and hints
field-full-first-names = Kaikki etunimet
field-family-names = Sukunimet
field-date-of-birth = Syntymäaika
field-street = Katu
field-street-number = Numero
field-postal-code = Postinumero (jos on)
field-city = Paikkakunta
field-country = Asuinmaa
field-id-type = Asiakirjan tyyppi
field-id-number = Asiakirjan numero
field-email = Sähköpostiosoite
field-email-consent = Suostumus
field-nationality = Kansalaisuus
field-id-number-confirmed = Vahvistus
hint-full-first-names = Kaikki etunimesi, kuten henkilöllisyystodistuksessasi.
hint-family-names = Kaikki sukunimesi, kuten henkilöllisyystodistuksessasi.
hint-date-of-birth = Päivä, kuukausi ja vuosi, esimerkiksi 31/12/1990.

## Identification documents
doc-passport = Passi
doc-id-card = Henkilökortti
doc-citizens-card = Kansalaiskortti
doc-personal-id = Henkilötunnus
doc-personal-number = Henkilönumero

## Errors next to a field
error-required = Tämä kenttä on pakollinen.
error-too-long = Tämä on liian pitkä.
error-invalid-characters = Tässä on merkkejä, jotka eivät ole tässä sallittuja.
error-invalid-format = Tämä ei ole odotetussa muodossa.
error-unusual-format = Numero ei ole tavanomaisessa muodossa; vahvista se, jos se on oikein.
error-checksum = Numero ei ole kelvollinen (tarkistusmerkki ei täsmää).
error-invalid-date = Tämä ei ole kelvollinen päivämäärä.
error-date-in-future = Päivämäärä on tulevaisuudessa.
error-too-young = Et ole vielä riittävän vanha tukeaksesi aloitetta jäsenvaltiossasi.
error-not-allowed = Tätä ei kysytä sinun kansalaisuudeltasi.
error-unknown-field = Tuntematon kenttä.
error-duplicate-field = Tämä kenttä lähetettiin kahdesti.
error-wrong-type = Tämä on väärää tyyppiä.
error-unknown-nationality = Vain EU:n jäsenvaltion kansalaiset voivat allekirjoittaa.
error-document-type-not-accepted = Jäsenvaltiosi ei hyväksy tätä asiakirjatyyppiä.
error-declaration-required = Vahvista vakuutus.
error-consent-required = Anna suostumus yhteydenottoon tai jätä sähköpostiosoite tyhjäksi.
error-invalid-email = Tämä ei ole kelvollinen sähköpostiosoite.

## Pages for refused submissions
unreadable-title = Lomaketta ei voitu lukea
unreadable-text = Lomaketta ei voitu lukea. Yritä uudelleen.
unsupported-title = Pyyntöä ei tueta
unsupported-text = Käytä lomaketta.
too-large-title = Liikaa tietoa
too-large-text = Lomake oli liian suuri vastaanotettavaksi.
rate-limited-title = Liian monta yritystä
rate-limited-text = Liian monta yritystä yhteydestäsi. Odota minuutti, palaa takaisin ja lähetä uudelleen.
duplicate-title = Jo tuettu
duplicate-text = Tukilmoitus näillä tiedoilla on jo kirjattu. Kukin kansalainen voi tukea aloitetta vain kerran.

## Progress page
progress-title = Keräyksen edistyminen
progress-total = { $count ->
    [one] { $shown } tukilmoitus
   *[other] { $shown } tukilmoitusta
}
progress-states = Kynnysarvon ylittäneet jäsenvaltiot: { $count }/{ $needed }.
progress-goal = Aloite tarvitsee vähintään { $total } tukilmoitusta, ja kynnysarvon on täytyttävä vähintään { $needed } jäsenvaltiossa.
progress-state = Jäsenvaltio
progress-count = Tukilmoitukset
progress-threshold = Kynnysarvo
progress-reached = Kynnysarvo saavutettu
progress-updated = Luvut päivitetään minuutin välein.

## Member states, in this language
state-AT = Itävalta
state-BE = Belgia
state-BG = Bulgaria
state-HR = Kroatia
state-CY = Kypros
state-CZ = Tšekki
state-DK = Tanska
state-EE = Viro
state-FI = Suomi
state-FR = Ranska
state-DE = Saksa
state-GR = Kreikka
state-HU = Unkari
state-IE = Irlanti
state-IT = Italia
state-LV = Latvia
state-LT = Liettua
state-LU = Luxemburg
state-MT = Malta
state-NL = Alankomaat
state-PL = Puola
state-PT = Portugali
state-RO = Romania
state-SK = Slovakia
state-SI = Slovenia
state-ES = Espanja
state-SE = Ruotsi

## Receipts and their check (docs/transparency.md)
receipt-text = Kuittisi todistaa, että tukiilmoituksesi on julkisessa lokissa paljastamatta sinusta mitään. Säilytä se, jotta voit myöhemmin tarkistaa, että ilmoitus lasketaan yhä.
receipt-download = Lataa kuitti
receipt-check-link = Tarkista kuitti
check-title = Tarkista kuitti
check-heading = Tarkista, että tukiilmoituksesi lasketaan
check-intro = Valitse kuitti, jonka latasit allekirjoittamisen jälkeen. Selaimesi tarkistaa sen julkisesta lokista; kuittia ei lähetetä minnekään.
check-file = Kuittitiedosto
check-button = Tarkista kuitti
check-nojs = Tarkistus tehdään selaimessasi ja vaatii JavaScriptin. Ilman sitä kuka tahansa voi tarkistaa kuitin järjestäjien maksuttomalla työkalulla:
check-ok = Tukiilmoituksesi lasketaan: se on julkisessa lokissa, ja lokin allekirjoitus on kelvollinen.
check-fail = Kuittia ei voitu vahvistaa.

## Campaigns: partners, sharing, link previews
meta-description = Tue eurooppalaista kansalaisaloitetta ”{ $title }” verkossa omalla kielelläsi. Se vie noin minuutin.
partner-via = Allekirjoitat järjestön { $partner } kautta.
partner-consent = Hyväksyn myös, että { $partner } käyttää sähköpostiosoitettani tiedottaakseen minulle tästä aloitteesta.
share-heading = Pyydä muita allekirjoittamaan
share-text = Olen tukenut eurooppalaista kansalaisaloitetta ”{ $title }”. Voit tehdä saman:
share-email = Sähköposti
share-more = Jaa…
share-hint = Linkit avaavat valitsemasi palvelun uuteen ikkunaan; sille ei lähetetä mitään sitä ennen.
share-address = Jaettava osoite

## Counters and the map
counter-partner = Järjestön { $partner } kautta kerätyt tuenilmaukset
counter-goal = Tavoite: { $goal }
counter-sign = Tue aloitetta
counter-badge = tuenilmausta
map-title = Jäsenvaltiot sen mukaan, kuinka suuren osan kynnysarvostaan ne ovat saavuttaneet
map-share = { $state }: { $percent } % kynnysarvosta
map-under-25 = alle 25 %
map-25-50 = 25–50 %
map-50-100 = 50–100 %

## Paper form
paper-link = Tulosta paperilomake allekirjoitusten keräämiseen käsin
paper-title = Tuenilmauslomake
paper-intro = Tulosta tämä lomake, pyydä mainitun jäsenvaltion kansalaisia täyttämään se käsin ja palauta se järjestäjille.
paper-part-a = Osa A: jäsenvaltioille, jotka eivät edellytä henkilötunnusta tai asiakirjan numeroa
paper-part-b = Osa B: jäsenvaltioille, jotka edellyttävät henkilötunnusta tai asiakirjan numeroa
paper-nationals = Kaikki tämän lomakkeen allekirjoittajat ovat seuraavan valtion kansalaisia: { $state }.
paper-collected-by = Tämän lomakkeen kerää { $partner } järjestäjien puolesta.
paper-registered-on = Rekisteröintipäivä:
paper-register = Tämän aloitteen verkko-osoite komission rekisterissä:
paper-initiative-title = Ehdotetun kansalaisaloitteen nimi:
paper-objectives = Sen päätavoitteet:
paper-contacts = Rekisteröityjen yhteyshenkilöiden nimet ja sähköpostiosoitteet:
paper-website = Ehdotetun kansalaisaloitteen verkkosivusto:
paper-table-caption = Allekirjoittajat (yksi henkilö riviä kohden, isoin kirjaimin)
paper-privacy = Järjestäjät luovuttavat henkilötietosi ainoastaan jäsenvaltiosi toimivaltaiselle viranomaiselle tuenilmauksesi tarkastamista varten ja hävittävät ne viimeistään 21 kuukauden kuluttua keräämisen alkamisesta (asetus (EU) 2019/788, 19 artikla).
paper-date-signature = Päiväys ja allekirjoitus
