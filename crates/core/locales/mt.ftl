# ocs-edge: Malti. Referenza: en.ftl (l-istess identifikaturi u varjabbli).

## Page frame
skip-to-content = Aqbeż għall-kontenut
language = Lingwa:
footer-initiative = Inizjattiva taċ-ċittadini Ewropej { $id }.
official-register = Reġistru uffiċjali
progress-link = Il-progress tal-ġbir
back-to-initiative = Lura għall-inizjattiva

## Landing and nationality
support-title = Appoġġa din l-inizjattiva
landing-intro = Kull ċittadin tal-Unjoni Ewropea li għandu l-età meħtieġa fl-Istat Membru tiegħu jista' jappoġġa din l-inizjattiva online. Tieħu madwar minuta.
nationality-label = Iċ-ċittadinanza tiegħek
nationality-hint = Id-data mitluba tiddependi mill-Istat Membru li inti ċittadin tiegħu. Jekk għandek aktar minn ċittadinanza waħda tal-UE, agħżel waħda: tista' tappoġġa inizjattiva darba biss.
choose-option = Agħżel…
continue = Kompli
choose-title = Agħżel iċ-ċittadinanza tiegħek
unknown-nationality = “{ $code }” mhuwiex Stat Membru tal-Unjoni Ewropea.

## Collection closed
closed-title = L-iffirmar mhux possibbli bħalissa
not-started = Il-ġbir tad-dikjarazzjonijiet ta' appoġġ għadu ma bediex. Erġa' ġie meta jkun beda.
ended = Il-ġbir tad-dikjarazzjonijiet ta' appoġġ intemm. Grazzi tal-interess tiegħek.

## Confirmation
thanks-title = Grazzi
thanks-heading = Grazzi: l-appoġġ tiegħek ġie rreġistrat
thanks-stored = Id-dikjarazzjoni ta' appoġġ tiegħek ġiet kriptata għall-organizzaturi u maħżuna.
statement-number = Numru tad-dikjarazzjoni:
statement-number-hint = Żomm dan in-numru jekk iktar tard tixtieq titlob lill-organizzaturi jħassru d-dikjarazzjoni tiegħek. Ma jiżvela xejn dwarek.

## The form
signing-as = Iċ-ċittadinanza tiegħek: { $state }.
change-nationality = Ibdel iċ-ċittadinanza
note-de-abroad = Jekk tgħix barra l-Ġermanja, tista' tiffirma bl-indirizz tiegħek barra l-pajjiż biss jekk irreġistrajt ir-residenza permanenti tiegħek mar-rappreżentanza diplomatika Ġermaniża kompetenti hemmhekk.
bot-check-failed = Ma stajniex nikkonfermaw li m'intix robot. Jekk jogħġbok erġa' pprova; id-data li daħħalt inżammet.
bot-check-unavailable = Ma stajniex nagħmlu l-verifika kontra l-iffirmar awtomatiku bħalissa. Ma ġie maħżun xejn u d-data tiegħek inżammet: jekk jogħġbok erġa' ibgħat il-formola f'minuta.
wallet-button = Iffirma bil-Kartiera Ewropea tal-Identità Diġitali tiegħek
wallet-intro = Bil-Kartiera Ewropea tal-Identità Diġitali, id-dettalji tiegħek jiġu mill-kredenzjali tal-identità ta' pajjiżek u m'għandekx għalfejn tiktibhom.
wallet-filled = Id-dettalji tiegħek mill-kartiera huma mimlija hawn taħt u ma jistgħux jinbidlu hawn. Imla dak li għadu vojt, imbagħad ibgħat il-formola.
wallet-refused-untrusted = It-tweġiba tal-kartiera tiegħek ma setgħetx tiġi vverifikata bħala li ġejja minn fornitur tal-identità rikonoxxut. Ma nħażen xejn. Tista' timla l-formola int stess.
wallet-refused-again = It-tweġiba tal-kartiera tiegħek ma kinitx għal din il-paġna, jew waslet tard wisq. Ma nħażen xejn. Jekk jogħġbok erġa' staqsi lill-kartiera tiegħek.
wallet-refused-expired = Il-kredenzjali tal-identità tiegħek skadiet jew m'għadhiex valida. Ma nħażen xejn. Ġeddedha fil-kartiera tiegħek, jew imla l-formola int stess.
wallet-refused-status = Il-validità tal-kredenzjali tal-identità tiegħek ma tistax tiġi vverifikata bħalissa. Ma nħażen xejn. Jekk jogħġbok erġa' pprova fi ftit minuti, jew imla l-formola int stess.
wallet-refused-missing = Il-kartiera tiegħek ma qasmitx id-dettalji kollha li għandha bżonn din il-formola. Ma nħażen xejn. Jekk jogħġbok aqsamhom, jew imla l-formola int stess.
wallet-refused-nationality = Il-kredenzjali tal-identità tiegħek ma turix in-nazzjonalità magħżula f'din il-formola. Ma nħażen xejn.
wallet-unavailable = Bħalissa mhuwiex possibbli li tiffirma bil-kartiera. Ma nħażen xejn. Jekk jogħġbok erġa' pprova fi ftit minuti, jew imla l-formola int stess.
error-summary-title = Jekk jogħġbok ikkoreġi dan li ġej
your-details = Id-dettalji tiegħek
all-required = Il-oqsma kollha huma obbligatorji sakemm ma jkunux immarkati bħala fakultattivi.
keeping-in-touch = Inżommu kuntatt (fakultattiv)
email-label = Indirizz tal-email (fakultattiv)
email-hint = Biss jekk tixtieq li l-organizzaturi jinfurmawk dwar din l-inizjattiva. Maħżun separat mid-dikjarazzjoni tiegħek.
email-consent = Naqbel li l-organizzaturi jużaw l-indirizz tal-email tiegħi biex jinfurmawni dwar din l-inizjattiva.
declaration-legend = Dikjarazzjoni
submit = Appoġġa l-inizjattiva
id-number-hint = Kif miktub fuq id-dokument; spazji u strixxi huma aċċettati.
id-number-confirm = Nikkonferma li n-numru tad-dokument huwa korrett kif imdaħħal.

## Field labels and hints
field-full-first-names = L-ismijiet kollha
field-family-names = Kunjomijiet
field-date-of-birth = Data tat-twelid
field-street = Triq
field-street-number = Numru
field-postal-code = Kodiċi postali
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
hint-postal-code = Ħallih vojt biss jekk l-indirizzi fil-pajjiż ta' residenza tiegħek m'għandhomx kodiċi postali.

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
    [two] { $shown } dikjarazzjoni­jiet ta' appoġġ
    [few] { $shown } dikjarazzjoni­jiet ta' appoġġ
    [many] { $shown }-il dikjarazzjoni ta' appoġġ
   *[other] { $shown } dikjarazzjoni ta' appoġġ
}
progress-states = Stati Membri 'l fuq mil-limitu tagħhom: { $count } minn { $needed }.
progress-goal = L-inizjattiva teħtieġ mill-inqas { $total } dikjarazzjoni ta' appoġġ, bil-limitu milħuq f'mill-inqas { $needed } Stati Membri.
progress-state = Stat Membru
progress-count = Dikjarazzjoni­jiet
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
receipt-text = Ir-riċevuta tiegħek turi li d-dikjarazzjoni tiegħek tinsab fil-log pubbliku, mingħajr ma tiżvela xejn dwarek. Żommha biex aktar tard tivverifika li għadha tingħadd.
receipt-download = Niżżel ir-riċevuta
receipt-check-link = Ivverifika riċevuta
check-title = Ivverifika riċevuta
check-heading = Ivverifika li d-dikjarazzjoni tiegħek tingħadd
check-intro = Agħżel ir-riċevuta li niżżilt wara li ffirmajt. Il-browser jivverifikaha mal-log pubbliku; ir-riċevuta ma tintbagħat imkien.
check-file = Fajl tar-riċevuta
check-button = Ivverifika r-riċevuta
check-nojs = Din il-verifika ssir fil-browser tiegħek u teħtieġ JavaScript. Mingħajru, kulħadd jista' jivverifika riċevuta bl-għodda b'xejn tal-organizzaturi:
check-ok = Id-dikjarazzjoni tiegħek tingħadd: tinsab fil-log pubbliku, li l-firma tiegħu hija valida.
check-ok-detail = Ivverifikata mal-aħħar stat iffirmat tal-log: entrata { $leaf } minn { $size } fil-parti { $shard } tal-log.
check-fail = Din ir-riċevuta ma setgħetx tiġi vverifikata.
check-fail-file = Il-fajl mhuwiex riċevuta ta' dan il-ġbir, jew inbidel. Agħżel il-fajl li niżżilt wara li ffirmajt (receipt-….json).
check-fail-unreachable = Il-log pubbliku ma setax jintlaħaq bħalissa. Jekk jogħġbok erġa' pprova fi ftit minuti.
check-fail-missing = Il-log ma fihx id-dikjarazzjoni tiegħek kif tgħid ir-riċevuta. Jekk jogħġbok għarraf lill-organizzaturi: { $contact }

## Campaigns: partners, sharing, link previews
meta-description = Appoġġa online l-inizjattiva taċ-ċittadini Ewropej “{ $title }”, bil-lingwa tiegħek. Tieħu madwar minuta.
partner-via = Qed tiffirma permezz ta' { $partner }.
partner-consent = Naqbel ukoll li { $partner } juża l-indirizz tal-email tiegħi biex jinfurmani dwar din l-inizjattiva.
share-heading = Itlob lil oħrajn biex jiffirmaw
share-text = “{ $title }”: inizjattiva taċ-ċittadini Ewropej li tista' tiġi appoġġata online f'madwar minuta.
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
map-share = { $state }: { $percent }% tal-limitu
map-none = għadha xejn
map-under-25 = inqas minn 25%
map-25-50 = minn 25 sa 50%
map-50-100 = minn 50 sa 100%

## Paper form
paper-link = Stampa formola tal-karta biex tiġbor firem bl-idejn
paper-title = Formola ta' dikjarazzjoni ta' appoġġ
paper-intro = Stampa din il-formola, ħalli ċ-ċittadini tal-Istat Membru msemmi jimlewha bl-idejn, u rritornaha lill-organizzaturi.
paper-part-a = Parti A: għall-Istati Membri li ma jeħtiġux numru personali ta' identifikazzjoni jew numru ta' dokument
paper-part-b = Parti B: għall-Istati Membri li jeħtieġu numru personali ta' identifikazzjoni jew numru ta' dokument
paper-collected-by = Din il-formola tinġabar minn { $partner } f'isem l-organizzaturi.
paper-table-caption = Firmatarji (persuna waħda f'kull ringiela, b'ittri kapitali)
paper-date-signature = Data u firma

## Annex III: the initiative's particulars, points 1 to 8 of every form (docs/certification.md)
particulars-heading = Dwar din l-inizjattiva
particular-nationals = Il-firmatarji kollha f'din il-formola huma ċittadini ta':
particular-registration = Numru tar-reġistrazzjoni tal-Kummissjoni Ewropea:
particular-period = Il-bidu u t-tmiem tal-perjodu tal-ġbir:
particular-register = L-indirizz web ta' din l-inizjattiva fir-reġistru tal-Kummissjoni Ewropea:
particular-title = It-titolu ta' din l-inizjattiva:
particular-objectives = L-għanijiet ewlenin:
particular-contacts = L-ismijiet u l-indirizzi tal-email tal-persuni ta' kuntatt reġistrati:
particular-website = Is-sit web tal-inizjattiva (jekk hemm):
date-range = minn { $start } sa { $end }

## Annex III: the declaration and the privacy statement, word for word (docs/certification.md)
declaration = B'dan jien niċċertifika li l-informazzjoni li pprovdejt f'din il-formola hija korretta u li jien m'appoġġajtx diġà din l-inizjattiva.
declaration-eid = B’dan jien niċċertifika li jien m'appoġġajtx diġà din l-inizjattiva.
privacy-heading = Stqarrija ta' privatezza
privacy-1 = Skont ir-Regolament (UE) 2016/679 (ir-Regolament Ġenerali dwar il-Protezzjoni tad-Data), id-data personali tiegħek ipprovduta f'din il-formola se tintuża biss għall-appoġġ tal-inizjattiva u se tkun disponibbli għall-awtoritajiet nazzjonali kompetenti għall-fini ta' verifika u ċertifikazzjoni. Inti għandek id-dritt li titlob lill-grupp ta' organizzaturi ta' din l-inizjattiva, l-aċċess, ir-rettifika, it-tħassir u r-restrizzjoni tal-ipproċessar tad-data personali tiegħek.
privacy-2 = Id-data tiegħek se tinħażen mill-grupp ta' organizzaturi għal perjodu massimu ta' żamma ta' xahar wara l-preżentazzjoni tal-inizjattiva lill-Kummissjoni Ewropea jew 21 xahar wara l-bidu tal-perjodu ta' ġbir, liema minnhom tiġi l-ewwel. Hija tkun tista' tinżamm lil hinn minn dawn il-limiti ta' żmien fil-każ ta' proċedimenti amministrattivi jew legali, għal mhux aktar minn xahar wara d-data tal-għeluq ta' dawn il-proċedimenti.
privacy-3 = Mingħajr preġudizzju għal kwalunkwe rimedju amministrattiv jew ġudizzjarju ieħor, għandek id-dritt li jressaq fi kwalunkwe ħin ilment quddiem awtorità tal-protezzjoni tad-data, b'mod partikolari fl-Istat Membru tiegħek ta' residenza abitwali, post tax-xogħol jew post tal-ksur allegat, jekk taħseb li d-data tiegħek tkun ipproċessata illegalment.
privacy-4 = Ir-rappreżentant tal-grupp ta' organizzaturi tal-inizjattiva jew, fejn xieraq, l-entità ġuridika maħluqa minnu, huwa/hija l-kontrollur skont it-tifsira tar-Regolament Ġenerali dwar il-Protezzjoni tad-Data u jistgħu jiġu kkuntattjati bl-użu tad-dettalji mogħtija f'din il-formola.
privacy-5 = Id-dettalji ta' kuntatt tal-uffiċjal tal-protezzjoni tad-data (jekk hemm) huma disponibbli fl-indirizz tal-web ta' din l-inizjattiva fir-reġistru tal-Kummissjoni, kif previst fil-punt 4 ta' din il-formola.
privacy-6 = Id-dettalji ta' kuntatt tal-awtorità nazzjonali li se tirċievi u tipproċessa d-data personali tiegħek u d-dettalji ta' kuntatt tal-awtoritajiet nazzjonali għall-protezzjoni tad-data huma disponibbli fuq: http://ec.europa.eu/citizens-initiative/public/data-protection?lg=mt.
controller-label = Kontrollur:
controller-representative = { $name }, rappreżentant tal-grupp ta' organizzaturi
controller-contact = Kuntatt dwar id-data personali tiegħek:
dpo-label = Uffiċjal tal-protezzjoni tad-data:
dpo-none = ma nħatar ħadd

## Privacy notice: what the website processes besides the statement (/{lang}/privacy)
notice-title = Kif dan is-sit jittratta d-data tiegħek
notice-intro = L-istqarrija ta' privatezza fil-formola tkopri d-dikjarazzjoni ta' appoġġ tiegħek. Din il-paġna tkopri kull ħaġa oħra li dan is-sit jipproċessa meta żżuru jew tiffirma: x'inhu, għaliex, għal kemm żmien u min.
notice-statement-heading = Id-dikjarazzjoni ta' appoġġ tiegħek
notice-statement = Is-sit jivverifika d-dikjarazzjoni tiegħek, jikkriptaha mill-ewwel b'mod li l-organizzaturi biss ikunu jistgħu jiftħuha, u jaħżen biss id-dikjarazzjoni kriptata: ħadd minn dawk li jħaddmu s-sit ma jista' jaqraha. Tinżamm u titħassar kif tgħid l-istqarrija ta' privatezza.
notice-bot-heading = Il-verifika kontra l-iffirmar awtomatiku
notice-bot = Qabel ma dikjarazzjoni tiġi aċċettata, Cloudflare Turnstile jivverifika li qed jibgħatha bniedem, minn sinjali bħall-indirizz IP tiegħek u l-identifikazzjoni tal-browser tiegħek. Cloudflare jipproċessahom biss biex jagħżel lill-bnedmin mill-bots, skont l-addendum ta' privatezza tiegħu għal Turnstile; is-sit jirċievi r-riżultat biss.
notice-limit-heading = Il-limitu fuq tentattivi ripetuti
notice-limit = Biex jipprevjeni bgħit bil-massa, is-sit jgħodd it-tentattivi minn kull konnessjoni għal minuta, taħt kodiċi kkalkulat f'direzzjoni waħda mill-indirizz IP tiegħek, qatt taħt l-indirizz innifsu. Wara dik il-minuta, l-għadd jintesa.
notice-log-heading = Il-log pubbliku tad-dikjarazzjonijiet
notice-log = Kull dikjarazzjoni maħżuna żżid entrata f'log pubbliku, biex kulħadd ikun jista' jivverifika li l-ebda dikjarazzjoni ma tneħħiet jew inbidlet. Entrata hija marka f'direzzjoni waħda tad-dikjarazzjoni kriptata u ma tiżvela xejn dwarek. Il-log jitħassar flimkien mad-dikjarazzjonijiet. Ir-riċevuta tiegħek tibqa' fuq l-apparat tiegħek sakemm ma tgħaddihiex lil ħaddieħor.
notice-email-heading = L-indirizz tal-email tiegħek
notice-email = Biss jekk tagħtih u timmarka l-kunsens: jiġi kkriptat għall-organizzaturi, jinżamm separat mid-dikjarazzjoni tiegħek u jintuża biss biex tiġi infurmat dwar din l-inizjattiva. Jitħassar flimkien mad-dikjarazzjonijiet, jew qabel jekk tirtira l-kunsens tiegħek billi tikteb lill-kuntatt hawn taħt.
notice-hosting-heading = Hosting
notice-hosting = Is-sit jaħdem fuq in-netwerk ta' Cloudflare, Inc., li jipproċessah f'isem l-organizzaturi bħala l-proċessur tagħhom. Id-dikjarazzjonijiet kriptati jinħażnu { $where ->
    [eu] f'ċentri tad-data fl-Unjoni Ewropea
   *[other] f'ċentri tad-data li jagħżel Cloudflare
}.
notice-records-heading = Reġistrazzjonijiet tekniċi u cookies
notice-records = Is-sit ma jiktibx data personali u lanqas indirizzi IP fil-logs tekniċi tiegħu. Ma jpoġġi l-ebda cookie u ma jtella' xejn minn siti oħra ħlief il-verifika kontra l-iffirmar awtomatiku.
notice-rights-heading = Id-drittijiet tiegħek u ma' min tikkuntattja
notice-rights = Għandek id-drittijiet li telenka l-istqarrija ta' privatezza, anki għal dan l-ipproċessar. Biex teżerċitahom, jew għal kull mistoqsija dwar din il-paġna, ikkuntattja lill-kontrollur:
