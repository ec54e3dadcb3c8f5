# ocs-edge: suomi. Malli: en.ftl (samat viestitunnisteet ja muuttujat).

## Page frame
skip-to-content = Siirry sisältöön
language = Kieli:
footer-initiative = Eurooppalainen kansalaisaloite { $id }.
official-register = Virallinen rekisteri
progress-link = Keräyksen edistyminen
back-to-initiative = Takaisin aloitteeseen

## Landing and nationality
support-title = Tue tätä aloitetta
landing-intro = Jokainen Euroopan unionin kansalainen, joka on jäsenvaltiossaan riittävän vanha, voi tukea tätä aloitetta verkossa. Se vie noin minuutin.
nationality-label = Kansalaisuutesi
nationality-hint = Pyydettävät tiedot riippuvat siitä, minkä jäsenvaltion kansalainen olet. Jos sinulla on useita EU-kansalaisuuksia, valitse yksi: aloitetta saa tukea vain kerran.
choose-option = Valitse…
continue = Jatka
choose-title = Valitse kansalaisuutesi
unknown-nationality = ”{ $code }” ei ole Euroopan unionin jäsenvaltio.

## Collection closed
closed-title = Allekirjoittaminen ei ole nyt mahdollista
not-started = Tuenilmausten keräys ei ole vielä alkanut. Palaa, kun se on alkanut.
ended = Tuenilmausten keräys on päättynyt. Kiitos kiinnostuksestasi.

## Confirmation
thanks-title = Kiitos
thanks-heading = Kiitos: tukesi on kirjattu
thanks-stored = Tuenilmauksesi on salattu järjestäjille ja tallennettu.
statement-number = Tuenilmauksesi numero:
statement-number-hint = Säilytä numero, jos haluat myöhemmin pyytää järjestäjiä poistamaan tuenilmauksesi. Se ei paljasta sinusta mitään.

## The form
signing-as = Kansalaisuutesi: { $state }.
change-nationality = Vaihda kansalaisuutta
note-de-abroad = Jos asut Saksan ulkopuolella, voit allekirjoittaa ulkomaisella osoitteellasi vain, jos olet rekisteröinyt vakituisen asuinpaikkasi siellä toimivaan Saksan diplomaattiseen edustustoon.
bot-check-failed = Emme voineet varmistaa, ettet ole robotti. Yritä uudelleen; syöttämäsi tiedot on säilytetty.
bot-check-unavailable = Automaattisen allekirjoittamisen estävää tarkistusta ei juuri nyt voitu tehdä. Mitään ei tallennettu, ja syöttämäsi tiedot säilyivät: lähetä lomake uudelleen minuutin kuluttua.
wallet-button = Allekirjoita eurooppalaisella digitaalisen identiteetin lompakolla
wallet-intro = Eurooppalaista digitaalisen identiteetin lompakkoa käyttäessäsi tietosi tulevat maasi henkilöllisyystodisteesta, eikä niitä tarvitse kirjoittaa.
wallet-filled = Lompakosta saadut tietosi on täytetty alle, eikä niitä voi muuttaa tässä. Täydennä vielä tyhjät kohdat ja lähetä sitten lomake.
wallet-refused-untrusted = Lompakkosi vastausta ei voitu vahvistaa tunnustetun identiteettipalvelun tarjoajan antamaksi. Mitään ei tallennettu. Voit täyttää lomakkeen itse.
wallet-refused-again = Lompakkosi vastaus ei ollut tälle sivulle tai se tuli liian myöhään. Mitään ei tallennettu. Pyydä lompakolta uudelleen.
wallet-refused-expired = Henkilöllisyystodisteesi on vanhentunut tai ei ole enää voimassa. Mitään ei tallennettu. Uusi se lompakossasi tai täytä lomake itse.
wallet-refused-status = Henkilöllisyystodisteesi voimassaoloa ei voida tarkistaa juuri nyt. Mitään ei tallennettu. Yritä uudelleen minuutin kuluttua tai täytä lomake itse.
wallet-refused-missing = Lompakkosi ei jakanut kaikkia tietoja, joita tämä lomake tarvitsee. Mitään ei tallennettu. Jaa ne tai täytä lomake itse.
wallet-refused-nationality = Henkilöllisyystodisteesi ei osoita tällä lomakkeella valittua kansalaisuutta. Mitään ei tallennettu.
wallet-unavailable = Lompakolla allekirjoittaminen ei ole juuri nyt mahdollista. Mitään ei tallennettu. Yritä uudelleen minuutin kuluttua tai täytä lomake itse.
error-summary-title = Korjaa seuraavat kohdat
your-details = Tietosi
all-required = Kaikki kentät ovat pakollisia, ellei niitä ole merkitty vapaaehtoisiksi.
keeping-in-touch = Yhteydenpito (vapaaehtoinen)
email-label = Sähköpostiosoite (vapaaehtoinen)
email-hint = Vain jos haluat järjestäjien tiedottavan sinulle tästä aloitteesta. Säilytetään erillään tuenilmauksestasi.
email-consent = Hyväksyn, että järjestäjät käyttävät sähköpostiosoitettani tiedottaakseen minulle tästä aloitteesta.
declaration-legend = Vakuutus
submit = Tue aloitetta
id-number-hint = Kuten asiakirjassa; välilyönnit ja väliviivat ovat sallittuja.
id-number-confirm = Vahvistan, että asiakirjan numero on oikein syötetyssä muodossa.

## Field labels and hints
field-full-first-names = Kaikki etunimet
field-family-names = Sukunimet
field-date-of-birth = Syntymäaika
field-street = Katu
field-street-number = Numero
field-postal-code = Postinumero
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
hint-date-of-birth = Päivä, kuukausi ja vuosi, esimerkiksi 31.12.1990.
hint-postal-code = Jätä kenttä tyhjäksi vain, jos asuinmaasi osoitteissa ei ole postinumeroa.

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
duplicate-text = Näillä tiedoilla on jo kirjattu tuenilmaus. Kukin kansalainen voi tukea aloitetta vain kerran.

## Progress page
progress-title = Keräyksen edistyminen
progress-total = { $count ->
    [one] { $shown } tuen­ilmaus
   *[other] { $shown } tuen­ilmausta
}
progress-states = Kynnysarvon ylittäneet jäsenvaltiot: { $count }/{ $needed }.
progress-goal = Aloite tarvitsee vähintään { $total } tuenilmausta, ja kynnysarvon on täytyttävä vähintään { $needed } jäsenvaltiossa.
progress-state = Jäsen­valtio
progress-count = Tuen­ilmaukset
progress-threshold = Kynnys­arvo
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
receipt-text = Kuittisi todistaa, että tuenilmauksesi on julkisessa lokissa, paljastamatta sinusta mitään. Säilytä se, jotta voit myöhemmin tarkistaa, että tuenilmaus lasketaan yhä.
receipt-download = Lataa kuitti
receipt-check-link = Tarkista kuitti
check-title = Tarkista kuitti
check-heading = Tarkista, että tuenilmauksesi lasketaan
check-intro = Valitse kuitti, jonka latasit allekirjoittamisen jälkeen. Selaimesi tarkistaa sen julkisesta lokista; kuittia ei lähetetä minnekään.
check-file = Kuittitiedosto
check-button = Tarkista kuitti
check-nojs = Tarkistus tehdään selaimessasi ja vaatii JavaScriptin. Ilman sitä kuka tahansa voi tarkistaa kuitin järjestäjien maksuttomalla työkalulla:
check-ok = Tuenilmauksesi lasketaan: se on julkisessa lokissa, ja lokin allekirjoitus on kelvollinen.
check-ok-detail = Tarkistettu lokin uusimmasta allekirjoitetusta tilasta: merkintä { $leaf }/{ $size } lokin osassa { $shard }.
check-fail = Kuittia ei voitu vahvistaa.
check-fail-file = Tiedosto ei ole tämän keräyksen kuitti, tai sitä on muutettu. Valitse tiedosto, jonka latasit allekirjoittamisen jälkeen (receipt-….json).
check-fail-unreachable = Julkiseen lokiin ei juuri nyt saatu yhteyttä. Yritä uudelleen muutaman minuutin kuluttua.
check-fail-missing = Loki ei sisällä tuenilmaustasi kuitin mukaisesti. Ilmoita asiasta järjestäjille: { $contact }

## Campaigns: partners, sharing, link previews
meta-description = Tue eurooppalaista kansalaisaloitetta ”{ $title }” verkossa omalla kielelläsi. Se vie noin minuutin.
partner-via = Allekirjoitat järjestön { $partner } kautta.
partner-consent = Hyväksyn myös, että { $partner } käyttää sähköpostiosoitettani tiedottaakseen minulle tästä aloitteesta.
share-heading = Pyydä muita allekirjoittamaan
share-text = ”{ $title }”: eurooppalainen kansalaisaloite, jota voi tukea verkossa noin minuutissa.
share-email = Sähköposti
share-more = Jaa…
share-hint = Linkit avaavat valitsemasi palvelun uuteen ikkunaan; sille ei lähetetä mitään sitä ennen.
share-address = Jaettava osoite

## Counters and the map
counter-partner = Järjestön { $partner } kautta kerätyt tuenilmaukset
counter-goal = Tavoite: { $goal }
counter-sign = Tue aloitetta
counter-badge = tuenilmaukset
map-title = Jäsenvaltiot sen mukaan, kuinka suuren osan kynnysarvostaan ne ovat saavuttaneet
map-share = { $state }: { $percent } % kynnysarvosta
map-none = ei vielä yhtään
map-under-25 = alle 25 %
map-25-50 = 25–50 %
map-50-100 = 50–100 %

## Paper form
paper-link = Tulosta paperilomake allekirjoitusten keräämiseen käsin
paper-title = Tuenilmauslomake
paper-intro = Tulosta tämä lomake, pyydä mainitun jäsenvaltion kansalaisia täyttämään se käsin ja palauta se järjestäjille.
paper-part-a = Osa A: jäsenvaltioille, jotka eivät edellytä henkilötunnusta tai asiakirjan numeroa
paper-part-b = Osa B: jäsenvaltioille, jotka edellyttävät henkilötunnusta tai asiakirjan numeroa
paper-collected-by = Tämän lomakkeen kerää { $partner } järjestäjien puolesta.
paper-table-caption = Allekirjoittajat (yksi henkilö riviä kohden, isoin kirjaimin)
paper-date-signature = Päiväys ja allekirjoitus

## Annex III: the initiative's particulars, points 1 to 8 of every form (docs/certification.md)
particulars-heading = Tietoa tästä aloitteesta
particular-nationals = Kaikki tämän lomakkeen allekirjoittajat ovat seuraavan jäsenvaltion kansalaisia:
particular-registration = Euroopan komission rekisteröintinumero:
particular-period = Keräysjakson alkamis- ja päättymispäivä:
particular-register = Tämän aloitteen verkko-osoite Euroopan komission rekisterissä:
particular-title = Tämän aloitteen nimi:
particular-objectives = Päätavoitteet:
particular-contacts = Rekisteröityjen yhteyshenkilöiden nimet ja sähköpostiosoitteet:
particular-website = Aloitteen verkkosivusto (jos sellainen on):
date-range = { $start }–{ $end }

## Annex III: the declaration and the privacy statement, word for word (docs/certification.md)
declaration = Vahvistan, että tässä lomakkeessa antamani tiedot ovat oikeita ja etten ole aiemmin ilmaissut tukeani tälle aloitteelle.
declaration-eid = Vahvistan, etten ole aiemmin ilmaissut tukeani tälle kansalaisaloitteelle.
privacy-heading = Tietosuojaseloste
privacy-1 = Asetuksen (EU) 2016/679 (yleinen tietosuoja-asetus) mukaisesti tässä lomakkeessa ilmoittamianne henkilötietoja käytetään ainoastaan aloitteen tukemiseen, ja tiedot toimitetaan toimivaltaisille kansallisille viranomaisille tuenilmausten tarkastamiseksi ja vahvistamiseksi. Teillä on oikeus pyytää tämän aloitteen järjestäjäryhmältä pääsyä omiin henkilötietoihinne, kyseisten tietojen oikaisua ja niiden poistamista sekä niiden käsittelyn rajoittamista.
privacy-2 = Järjestäjäryhmä säilyttää henkilötietojanne enintään kuukauden ajan siitä, kun aloite on toimitettu Euroopan komissiolle, tai 21 kuukautta keruuajan alkamisesta sen mukaan, kumpi näistä ajankohdista on aikaisempi. Tietoja voidaan säilyttää edellä mainittuja määräaikoja pidempään hallinnollisia tai oikeudellisia menettelyjä varten. Säilytysaika on tällöin enintään kuukausi siitä päivästä, jona mainituissa menettelyissä on tehty lopullinen päätös.
privacy-3 = Teillä on oikeus tehdä milloin tahansa valitus tietosuojaviranomaiselle erityisesti siinä jäsenvaltiossa, jossa teillä on vakinainen asuinpaikka tai työpaikka taikka jossa väitetty rikkominen on tapahtunut, jos katsotte, että tietojanne on käsitelty lainvastaisesti, sanotun kuitenkaan rajoittamatta muita hallinnollisia muutoksenhakukeinoja tai oikeussuojakeinoja.
privacy-4 = Aloitteen järjestäjäryhmän edustaja tai tapauksen mukaan sen perustama oikeushenkilö on yleisessä tietosuoja-asetuksessa tarkoitettu rekisterinpitäjä, ja kyseiseen henkilöön tai oikeushenkilöön voi ottaa yhteyttä käyttäen tässä lomakkeessa olevia yhteystietoja.
privacy-5 = Tietosuojavastaavan (jos sellainen on nimetty) yhteystiedot ovat saatavilla tämän lomakkeen 4 kohdassa mainitussa tämän aloitteen verkko-osoitteessa Euroopan komission rekisterissä.
privacy-6 = Henkilötietojanne vastaanottavan ja käsittelevän kansallisen viranomaisen sekä kansallisten tietosuojaviranomaisten yhteystiedot ovat saatavilla osoitteessa: http://ec.europa.eu/citizens-initiative/public/data-protection?lg=fi
controller-label = Rekisterinpitäjä:
controller-representative = { $name }, järjestäjäryhmän edustaja
controller-contact = Yhteystieto henkilötietojasi koskevissa asioissa:
dpo-label = Tietosuojavastaava:
dpo-none = ei nimitetty

## Privacy notice: what the website processes besides the statement (/{lang}/privacy)
notice-title = Miten tämä sivusto käsittelee tietojasi
notice-intro = Lomakkeen tietosuojaseloste koskee tuenilmaustasi. Tällä sivulla kerrotaan kaikesta muusta, mitä sivusto käsittelee, kun käyt sillä tai allekirjoitat: mitä, miksi, kuinka kauan ja kuka.
notice-statement-heading = Tuenilmauksesi
notice-statement = Sivusto tarkistaa tuenilmauksesi, salaa sen heti niin, että vain järjestäjät voivat avata sen, ja tallentaa vain salatun tuenilmauksen: kukaan sivuston ylläpitäjistä ei voi lukea sitä. Se säilytetään ja poistetaan tietosuojaselosteen mukaisesti.
notice-bot-heading = Automaattisen allekirjoittamisen estävä tarkistus
notice-bot = Ennen kuin tuenilmaus hyväksytään, Cloudflare Turnstile tarkistaa, että sen lähettää ihminen, esimerkiksi IP-osoitteesi ja selaimesi tunnisteen kaltaisten signaalien perusteella. Cloudflare käsittelee niitä vain erottaakseen ihmiset boteista, Turnstilen tietosuojaliitteensä mukaisesti; sivusto saa vain tuloksen.
notice-limit-heading = Toistuvien yritysten rajoitus
notice-limit = Joukkolähetysten estämiseksi sivusto laskee kunkin yhteyden yritykset minuutin ajan koodilla, joka lasketaan IP-osoitteestasi yksisuuntaisesti, ei koskaan itse osoitteella. Minuutin kuluttua laskenta unohdetaan.
notice-log-heading = Tuenilmausten julkinen loki
notice-log = Jokainen tallennettu tuenilmaus lisää merkinnän julkiseen lokiin, jotta kuka tahansa voi tarkistaa, ettei yhtään tuenilmausta ole poistettu tai muutettu. Merkintä on salatun tuenilmauksen yksisuuntainen sormenjälki eikä paljasta sinusta mitään. Loki poistetaan tuenilmausten mukana. Kuittisi pysyy laitteellasi, ellet anna sitä eteenpäin.
notice-email-heading = Sähköpostiosoitteesi
notice-email = Vain jos annat sen ja rastitat suostumuksen: se salataan järjestäjille, säilytetään erillään tuenilmauksestasi ja sitä käytetään vain tiedottamiseen tästä aloitteesta. Se poistetaan tuenilmausten mukana tai aiemmin, jos peruutat suostumuksesi kirjoittamalla alla mainittuun yhteystietoon.
notice-hosting-heading = Palvelin
notice-hosting = Sivusto toimii Cloudflare, Inc.:n verkossa, joka käsittelee sitä järjestäjien puolesta heidän henkilötietojen käsittelijänään. Salatut tuenilmaukset tallennetaan { $where ->
    [eu] Euroopan unionissa sijaitseviin konesaleihin
   *[other] Cloudflaren valitsemiin konesaleihin
}.
notice-records-heading = Lokitiedostot ja evästeet
notice-records = Sivusto ei kirjoita lokitiedostoihinsa henkilötietoja eikä IP-osoitteita. Se ei aseta evästeitä eikä lataa mitään muilta sivustoilta automaattisen allekirjoittamisen estävää tarkistusta lukuun ottamatta.
notice-rights-heading = Oikeutesi ja yhteystiedot
notice-rights = Sinulla on tietosuojaselosteessa luetellut oikeudet myös tämän käsittelyn osalta. Käyttääksesi niitä tai kysyäksesi tästä sivusta ota yhteyttä rekisterinpitäjään:
