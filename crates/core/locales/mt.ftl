# ocs-edge: Malti. Referenza: en.ftl (l-istess identifikaturi u varjabbli).

## Page frame
skip-to-content = Aqbeż għall-kontenut
language = Lingwa:
footer-initiative = Inizjattiva taċ-ċittadini Ewropej { $id }.
official-register = Reġistru uffiċjali
progress-link = Il-progress tal-ġbir
back-to-initiative = Lura għall-inizjattiva
collection-period = Perjodu tal-ġbir: minn { $start } sa { $end }.

## Landing and nationality
support-title = Appoġġa din l-inizjattiva
registration-number = Numru tar-reġistrazzjoni:
landing-intro = Kull ċittadin tal-Unjoni Ewropea li għandu l-età meħtieġa fl-Istat Membru tiegħu jista' jappoġġa din l-inizjattiva online. Tieħu madwar minuta.
nationality-label = Iċ-ċittadinanza tiegħek
nationality-hint = Id-data mitluba tiddependi mill-Istat Membru li inti ċittadin tiegħu. Jekk għandek aktar minn ċittadinanza waħda tal-UE, agħżel waħda: tista' tappoġġa inizjattiva darba biss.
choose-option = Agħżel…
continue = Kompli
choose-title = Agħżel iċ-ċittadinanza tiegħek
unknown-nationality = "{ $code }" mhuwiex Stat Membru tal-Unjoni Ewropea.

## Collection closed
closed-title = Il-ġbir għalaq
not-started = Il-ġbir tad-dikjarazzjonijiet ta' appoġġ għadu ma bediex. Erġa' ġie meta jkun beda.
ended = Il-ġbir tad-dikjarazzjonijiet ta' appoġġ intemm. Grazzi tal-interess tiegħek.

## Confirmation
thanks-title = Grazzi
thanks-heading = Grazzi: l-appoġġ tiegħek ġie rreġistrat
thanks-stored = Id-dikjarazzjoni ta' appoġġ tiegħek ġiet kriptata għall-organizzaturi u maħżuna.
statement-number = Numru tad-dikjarazzjoni:
statement-number-hint = Żomm dan in-numru jekk iktar tard tixtieq titlob lill-organizzaturi jħassru d-dikjarazzjoni tiegħek. Ma jiżvela xejn dwarek.

## The form
signing-as = Qed tiffirma bħala ċittadin ta': { $state }.
change-nationality = Ibdel iċ-ċittadinanza
note-de-abroad = Jekk tgħix barra l-Ġermanja, tista' tiffirma bl-indirizz tiegħek barra l-pajjiż biss jekk irreġistrajt ir-residenza permanenti tiegħek mar-rappreżentanza diplomatika Ġermaniża kompetenti hemmhekk.
bot-check-failed = Ma stajniex nikkonfermaw li m'intix robot. Jekk jogħġbok erġa' pprova; id-data li daħħalt inżammet.
bot-check-unavailable = Ma stajniex nagħmlu l-verifika kontra l-iffirmar awtomatiku bħalissa. Ma ġie maħżun xejn u d-data tiegħek inżammet: jekk jogħġbok erġa' ibgħat il-formola f'minuta.
error-summary-title = Jekk jogħġbok ikkoreġi dan li ġej
your-details = Id-dettalji tiegħek
all-required = Il-oqsma kollha huma obbligatorji sakemm ma jkunux immarkati bħala fakultattivi.
keeping-in-touch = Inżommu kuntatt (fakultattiv)
email-label = Indirizz tal-email (fakultattiv)
email-hint = Biss jekk tixtieq li l-organizzaturi jinfurmawk dwar din l-inizjattiva. Maħżun separat mid-dikjarazzjoni tiegħek.
email-consent = Naqbel li l-organizzaturi jużaw l-indirizz tal-email tiegħi biex jinfurmawni dwar din l-inizjattiva.
declaration-legend = Dikjarazzjoni
declaration = B'dan jiena niċċertifika li l-informazzjoni pprovduta f'din il-formola hija korretta u li jiena għadni ma tajtx l-appoġġ tiegħi lil din l-inizjattiva taċ-ċittadini proposta.
privacy = Id-data personali tiegħek hija kriptata għall-organizzaturi u ssir disponibbli biss għall-awtorità kompetenti tal-Istat Membru tiegħek biex tivverifika d-dikjarazzjoni, imbagħad tinqered mhux aktar tard minn 21 xahar wara l-bidu tal-ġbir (Regolament (UE) 2019/788, Artikolu 19).
submit = Appoġġa l-inizjattiva
id-number-hint = Kif miktub fuq id-dokument; spazji u strixxi huma aċċettati.
id-number-confirm = Nikkonferma li n-numru tad-dokument huwa korrett kif imdaħħal.

## Field labels and hints
field-full-first-names = L-ismijiet kollha
field-family-names = Kunjomijiet
field-date-of-birth = Data tat-twelid
field-street = Triq
field-street-number = Numru
field-postal-code = Kodiċi postali (jekk hemm)
field-city = Belt jew raħal
field-country = Pajjiż ta' residenza
field-id-type = Tip ta' dokument
field-id-number = Numru tad-dokument
field-email = Indirizz tal-email
field-email-consent = Kunsens
field-nationality = Ċittadinanza
field-id-number-confirmed = Konferma
hint-full-first-names = L-ismijiet kollha tiegħek, kif fid-dokument tal-identità.
hint-family-names = Il-kunjomijiet kollha tiegħek, kif fid-dokument tal-identità.
hint-date-of-birth = Jum, xahar u sena, pereżempju 31/12/1990.

## Identification documents
doc-passport = Passaport
doc-id-card = Karta tal-identità
doc-citizens-card = Karta taċ-ċittadin
doc-personal-id = Numru ta' identifikazzjoni personali
doc-personal-number = Numru personali

## Errors next to a field
error-required = Dan il-qasam huwa obbligatorju.
error-too-long = Dan huwa twil wisq.
error-invalid-characters = Dan fih karattri li mhumiex permessi hawn.
error-invalid-format = Dan m'għandux il-format mistenni.
error-unusual-format = Dan in-numru m'għandux il-format tas-soltu; ikkonfermah jekk huwa korrett.
error-checksum = Dan in-numru mhuwiex validu (iċ-ċifra ta' kontroll ma taqbilx).
error-invalid-date = Din mhijiex data valida.
error-date-in-future = Din id-data hija fil-futur.
error-too-young = Għadek m'għandekx l-età meħtieġa biex tappoġġa inizjattiva fl-Istat Membru tiegħek.
error-not-allowed = Dan mhux mitlub għaċ-ċittadinanza tiegħek.
error-unknown-field = Qasam mhux magħruf.
error-duplicate-field = Dan il-qasam intbagħat darbtejn.
error-wrong-type = Dan għandu tip żbaljat.
error-unknown-nationality = Iċ-ċittadini ta' Stat Membru tal-UE biss jistgħu jiffirmaw.
error-document-type-not-accepted = L-Istat Membru tiegħek ma jaċċettax dan it-tip ta' dokument.
error-declaration-required = Jekk jogħġbok ikkonferma d-dikjarazzjoni.
error-consent-required = Jekk jogħġbok agħti l-kunsens biex tiġi kkuntattjat, jew ħalli l-indirizz tal-email vojt.
error-invalid-email = Dan mhuwiex indirizz tal-email validu.

## Pages for refused submissions
unreadable-title = Formola ma tinqarax
unreadable-text = Il-formola ma setgħetx tinqara. Jekk jogħġbok erġa' pprova.
unsupported-title = Talba mhux appoġġata
unsupported-text = Jekk jogħġbok uża l-formola.
too-large-title = Wisq data
too-large-text = Il-formola kienet kbira wisq biex tiġi aċċettata.
rate-limited-title = Wisq tentattivi
rate-limited-text = Wisq tentattivi mill-konnessjoni tiegħek. Stenna minuta, mur lura u erġa' ibgħat.
duplicate-title = Diġà appoġġata
duplicate-text = Dikjarazzjoni ta' appoġġ b'dawn id-dettalji diġà ġiet irreġistrata. Kull ċittadin jista' jappoġġa inizjattiva darba biss.

## Progress page
progress-title = Il-progress tal-ġbir
progress-total = { $count ->
    [one] { $shown } dikjarazzjoni ta' appoġġ
   *[other] { $shown } dikjarazzjonijiet ta' appoġġ
}
progress-states = Stati Membri 'l fuq mil-limitu tagħhom: { $count } minn { $needed }.
progress-goal = L-inizjattiva teħtieġ mill-inqas { $total } dikjarazzjoni ta' appoġġ, bil-limitu milħuq f'mill-inqas { $needed } Stati Membri.
progress-state = Stat Membru
progress-count = Dikjarazzjonijiet
progress-threshold = Limitu
progress-reached = Limitu milħuq
progress-updated = Iċ-ċifri jiġu aġġornati kull minuta.

## Member states, in this language
state-AT = L-Awstrija
state-BE = Il-Belġju
state-BG = Il-Bulgarija
state-HR = Il-Kroazja
state-CY = Ċipru
state-CZ = Iċ-Ċekja
state-DK = Id-Danimarka
state-EE = L-Estonja
state-FI = Il-Finlandja
state-FR = Franza
state-DE = Il-Ġermanja
state-GR = Il-Greċja
state-HU = L-Ungerija
state-IE = L-Irlanda
state-IT = L-Italja
state-LV = Il-Latvja
state-LT = Il-Litwanja
state-LU = Il-Lussemburgu
state-MT = Malta
state-NL = In-Netherlands
state-PL = Il-Polonja
state-PT = Il-Portugall
state-RO = Ir-Rumanija
state-SK = Is-Slovakkja
state-SI = Is-Slovenja
state-ES = Spanja
state-SE = L-Iżvezja

## Receipts and their check (docs/transparency.md)
receipt-text = Ir-riċevuta tagħkom turi li d-dikjarazzjoni tagħkom tinsab fir-reġistru pubbliku, mingħajr ma tiżvela xejn dwarkom. Żommuha biex aktar tard tivverifikaw li għadha tingħadd.
receipt-download = Niżżlu r-riċevuta
receipt-check-link = Ivverifikaw riċevuta
check-title = Ivverifikaw riċevuta
check-heading = Ivverifikaw li d-dikjarazzjoni tagħkom tingħadd
check-intro = Agħżlu r-riċevuta li niżżiltu wara li ffirmajtu. Il-browser jivverifikaha mar-reġistru pubbliku; ir-riċevuta ma tintbagħat imkien.
check-file = Fajl tar-riċevuta
check-button = Ivverifikaw ir-riċevuta
check-nojs = Din il-verifika ssir fil-browser tagħkom u teħtieġ JavaScript. Mingħajru, kulħadd jista' jivverifika riċevuta bl-għodda b'xejn tal-organizzaturi:
check-ok = Id-dikjarazzjoni tagħkom tingħadd: tinsab fir-reġistru pubbliku, li l-firma tiegħu hija valida.
check-fail = Din ir-riċevuta ma setgħetx tiġi vverifikata.

## Campaigns: partners, sharing, link previews
meta-description = Appoġġa online l-inizjattiva taċ-ċittadini Ewropej “{ $title }”, bil-lingwa tiegħek. Tieħu madwar minuta.
partner-via = Qed tiffirma permezz ta' { $partner }.
partner-consent = Naqbel ukoll li { $partner } juża l-indirizz tal-email tiegħi biex jinfurmani dwar din l-inizjattiva.
share-heading = Itlob lil oħrajn biex jiffirmaw
share-text = Appoġġajt l-inizjattiva taċ-ċittadini Ewropej “{ $title }”. Tista' tagħmel hekk int ukoll:
share-email = Email
share-more = Aqsam…
share-hint = Dawn il-links jiftħu s-servizz li tagħżel f'tieqa ġdida; xejn ma jintbagħat lilu qabel.
share-address = Indirizz biex taqsam

## Counters and the map
counter-partner = Dikjarazzjonijiet ta' appoġġ miġbura permezz ta' { $partner }
counter-goal = Għan: { $goal }
counter-sign = Appoġġa l-inizjattiva
counter-badge = dikjarazzjonijiet ta' appoġġ
map-title = L-Istati Membri skont is-sehem milħuq tal-limitu tagħhom
map-share = { $state }: { $percent } % tal-limitu
map-under-25 = inqas minn 25 %
map-25-50 = minn 25 sa 50 %
map-50-100 = minn 50 sa 100 %

## Paper form
paper-link = Stampa formola tal-karta biex tiġbor firem bl-idejn
paper-title = Formola ta' dikjarazzjoni ta' appoġġ
paper-intro = Stampa din il-formola, ħalli ċ-ċittadini tal-Istat Membru msemmi jimlewha bl-idejn, u rritornaha lill-organizzaturi.
paper-part-a = Parti A: għall-Istati Membri li ma jeħtiġux numru personali ta' identifikazzjoni jew numru ta' dokument
paper-part-b = Parti B: għall-Istati Membri li jeħtieġu numru personali ta' identifikazzjoni jew numru ta' dokument
paper-nationals = Il-firmatarji kollha ta' din il-formola huma ċittadini ta': { $state }.
paper-collected-by = Din il-formola tinġabar minn { $partner } f'isem l-organizzaturi.
paper-registered-on = Data tar-reġistrazzjoni:
paper-register = Indirizz web ta' din l-inizjattiva fir-reġistru tal-Kummissjoni:
paper-initiative-title = Titlu tal-inizjattiva taċ-ċittadini proposta:
paper-objectives = L-għanijiet ewlenin tagħha:
paper-contacts = Ismijiet u indirizzi tal-email tal-persuni ta' kuntatt reġistrati:
paper-website = Sit web tal-inizjattiva taċ-ċittadini proposta:
paper-table-caption = Firmatarji (persuna waħda f'kull ringiela, b'ittri kapitali)
paper-privacy = L-organizzaturi se jagħmlu d-data personali tiegħek disponibbli biss għall-awtorità kompetenti tal-Istat Membru tiegħek biex tivverifika d-dikjarazzjoni, u se jeqirduha mhux aktar tard minn 21 xahar wara l-bidu tal-ġbir (Regolament (UE) 2019/788, Artikolu 19).
paper-date-signature = Data u firma
