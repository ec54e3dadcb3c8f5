# ocs-edge: Gaeilge. Tagairt: en.ftl (na haitheantóirí agus na hathróga céanna).

## Page frame
skip-to-content = Léim go dtí an t-ábhar
language = Teanga:
footer-initiative = Tionscnamh na Saoránach Eorpach { $id }.
official-register = Clár oifigiúil
progress-link = Dul chun cinn an bhailiúcháin
back-to-initiative = Ar ais chuig an tionscnamh

## Landing and nationality
support-title = Tacaigh leis an tionscnamh seo
landing-intro = Is féidir le haon saoránach den Aontas Eorpach atá sean go leor ina Bhallstát tacú leis an tionscnamh seo ar líne. Tógann sé thart ar nóiméad.
nationality-label = Do náisiúntacht
nationality-hint = Braitheann na sonraí a iarrtar ar an mBallstát ar saoránach de thú. Má tá níos mó ná náisiúntacht AE amháin agat, roghnaigh ceann amháin: ní féidir tacú le tionscnamh ach uair amháin.
choose-option = Roghnaigh…
continue = Ar aghaidh
choose-title = Roghnaigh do náisiúntacht
unknown-nationality = Ní Ballstát den Aontas Eorpach é “{ $code }”.

## Collection closed
closed-title = Ní féidir síniú anois
not-started = Níor thosaigh bailiú na ráiteas tacaíochta fós. Fill ar ais nuair a bheidh sé tosaithe.
ended = Tá bailiú na ráiteas tacaíochta thart. Go raibh maith agat as do spéis.

## Confirmation
thanks-title = Go raibh maith agat
thanks-heading = Go raibh maith agat: taifeadadh do thacaíocht
thanks-stored = Criptíodh do ráiteas tacaíochta do na heagraithe agus stóráladh é.
statement-number = Uimhir an ráitis:
statement-number-hint = Coinnigh an uimhir seo má theastaíonn uait iarraidh ar na heagraithe níos déanaí do ráiteas a scriosadh. Ní nochtann sí aon rud fút.

## The form
signing-as = Do náisiúntacht: { $state }.
change-nationality = Athraigh an náisiúntacht
note-de-abroad = Má chónaíonn tú lasmuigh den Ghearmáin, ní féidir leat síniú le do sheoladh thar lear ach amháin má chláraigh tú do bhuanchónaí leis an ionadaíocht taidhleoireachta Ghearmánach inniúil ansin.
bot-check-failed = Níorbh fhéidir linn a dheimhniú nach róbat thú. Bain triail eile as; coinníodh na sonraí a chuir tú isteach.
bot-check-unavailable = Níorbh fhéidir linn an seiceáil in aghaidh síniú uathoibríoch a dhéanamh faoi láthair. Níor stóráladh aon rud agus coinníodh do chuid sonraí: seol an fhoirm arís i gceann nóiméid, le do thoil.
wallet-button = Sínigh le do Sparán Eorpach don Aitheantas Digiteach
wallet-intro = Le do Sparán Eorpach don Aitheantas Digiteach, tagann do chuid sonraí ó dhintiúr aitheantais do thíre agus ní gá iad a chlóscríobh.
wallet-filled = Tá do chuid sonraí ón sparán líonta isteach thíos agus ní féidir iad a athrú anseo. Líon isteach a bhfuil fós folamh, ansin seol an fhoirm.
wallet-refused-untrusted = Níorbh fhéidir a dheimhniú gur ó sholáthraí aitheantais aitheanta a tháinig freagra do sparáin. Níor stóráladh aon rud. Is féidir leat an fhoirm a líonadh tú féin.
wallet-refused-again = Ní don leathanach seo a bhí freagra do sparáin, nó tháinig sé ró-dhéanach. Níor stóráladh aon rud. Iarr ar do sparán arís.
wallet-refused-expired = Tá do dhintiúr aitheantais imithe in éag nó níl sé bailí a thuilleadh. Níor stóráladh aon rud. Athnuaigh é i do sparán, nó líon isteach an fhoirm tú féin.
wallet-refused-status = Ní féidir bailíocht do dhintiúir aitheantais a sheiceáil faoi láthair. Níor stóráladh aon rud. Bain triail eile as i gceann nóiméid, nó líon isteach an fhoirm tú féin.
wallet-refused-missing = Níor roinn do sparán na sonraí go léir a theastaíonn ón bhfoirm seo. Níor stóráladh aon rud. Roinn iad, nó líon isteach an fhoirm tú féin.
wallet-refused-nationality = Ní léiríonn do dhintiúr aitheantais an náisiúntacht a roghnaíodh san fhoirm seo. Níor stóráladh aon rud.
wallet-unavailable = Ní féidir síniú leis an sparán faoi láthair. Níor stóráladh aon rud. Bain triail eile as i gceann nóiméid, nó líon isteach an fhoirm tú féin.
error-summary-title = Ceartaigh an méid seo a leanas
your-details = Do shonraí
all-required = Tá gach réimse éigeantach mura bhfuil sé marcáilte roghnach.
keeping-in-touch = Fanacht i dteagmháil (roghnach)
email-label = Seoladh ríomhphoist (roghnach)
email-hint = Ach amháin más mian leat go gcuirfeadh na heagraithe an t-eolas is déanaí faoin tionscnamh seo chugat. Stóráiltear é ar leithligh ó do ráiteas.
email-consent = Aontaím go bhféadfaidh na heagraithe mo sheoladh ríomhphoist a úsáid chun eolas a thabhairt dom faoin tionscnamh seo.
declaration-legend = Dearbhú
submit = Tacaigh leis an tionscnamh
id-number-hint = Mar atá scríofa ar an doiciméad; tá spásanna agus fleiscíní ceadaithe.
id-number-confirm = Deimhním go bhfuil uimhir an doiciméid ceart mar a cuireadh isteach í.

## Field labels and hints
field-full-first-names = Ainmneacha baiste go hiomlán
field-family-names = Sloinnte
field-date-of-birth = Dáta breithe
field-street = Sráid
field-street-number = Uimhir
field-postal-code = Cód poist
field-city = Baile
field-country = Tír chónaithe
field-id-type = Cineál doiciméid
field-id-number = Uimhir an doiciméid
field-email = Seoladh ríomhphoist
field-email-consent = Toiliú
field-nationality = Náisiúntacht
field-id-number-confirmed = Deimhniú
hint-full-first-names = D'ainmneacha baiste go léir, mar atá ar do dhoiciméad aitheantais.
hint-family-names = Do shloinnte go léir, mar atá ar do dhoiciméad aitheantais.
hint-date-of-birth = Lá, mí agus bliain, mar shampla 31/12/1990.
hint-postal-code = Fág folamh é ach amháin mura bhfuil cód poist ag seoltaí i do thír chónaithe.

## Identification documents
doc-passport = Pas
doc-id-card = Cárta aitheantais
doc-citizens-card = Cárta saoránaigh
doc-personal-id = Uimhir aitheantais phearsanta
doc-personal-number = Uimhir phearsanta

## Errors next to a field
error-required = Tá an réimse seo éigeantach.
error-too-long = Tá sé seo rófhada.
error-invalid-characters = Tá carachtair anseo nach bhfuil ceadaithe.
error-invalid-format = Níl an fhormáid a bhfuiltear ag súil léi air seo.
error-unusual-format = Níl an fhormáid is gnách ar an uimhir seo; deimhnigh í má tá sí ceart.
error-checksum = Níl an uimhir seo bailí (ní réitíonn an digit seiceála).
error-invalid-date = Ní dáta bailí é seo.
error-date-in-future = Tá an dáta seo sa todhchaí.
error-too-young = Níl tú sean go leor fós chun tacú le tionscnamh i do Bhallstát.
error-not-allowed = Ní iarrtar é seo do do náisiúntacht.
error-unknown-field = Réimse anaithnid.
error-duplicate-field = Seoladh an réimse seo faoi dhó.
error-wrong-type = Tá an cineál mícheart air seo.
error-unknown-nationality = Ní féidir ach le saoránaigh de Bhallstát AE síniú.
error-document-type-not-accepted = Ní ghlacann do Bhallstát leis an gcineál doiciméid seo.
error-declaration-required = Deimhnigh an dearbhú, le do thoil.
error-consent-required = Toiligh go ndéanfar teagmháil leat, nó fág an seoladh ríomhphoist folamh.
error-invalid-email = Ní seoladh ríomhphoist bailí é seo.

## Pages for refused submissions
unreadable-title = Foirm dholéite
unreadable-text = Níorbh fhéidir an fhoirm a léamh. Bain triail eile as.
unsupported-title = Iarratas gan tacaíocht
unsupported-text = Úsáid an fhoirm, le do thoil.
too-large-title = An iomarca sonraí
too-large-text = Bhí an fhoirm rómhór le glacadh léi.
rate-limited-title = An iomarca iarrachtaí
rate-limited-text = An iomarca iarrachtaí ó do nasc. Fan nóiméad, téigh ar ais agus seol arís.
duplicate-title = Tacaíocht tugtha cheana
duplicate-text = Taifeadadh ráiteas tacaíochta leis na sonraí seo cheana. Ní féidir le haon saoránach tacú le tionscnamh níos mó ná uair amháin.

## Progress page
progress-title = Dul chun cinn an bhailiúcháin
progress-total = { $count ->
    [one] { $shown } ráiteas tacaíochta
    [two] { $shown } ráiteas tacaíochta
    [few] { $shown } ráiteas tacaíochta
    [many] { $shown } ráiteas tacaíochta
   *[other] { $shown } ráiteas tacaíochta
}
progress-states = Ballstáit os cionn a dtairsí: { $count } as { $needed }.
progress-goal = Teastaíonn ar a laghad { $total } ráiteas tacaíochta ón tionscnamh, agus an tairseach bainte amach i líon Ballstát nach lú ná { $needed }.
progress-state = Ballstát
progress-count = Ráitis
progress-threshold = Tairseach
progress-reached = Tairseach bainte amach
progress-updated = Nuashonraítear na figiúirí gach nóiméad.

## Member states, in this language
state-AT = An Ostair
state-BE = An Bheilg
state-BG = An Bhulgáir
state-HR = An Chróit
state-CY = An Chipir
state-CZ = An tSeicia
state-DK = An Danmhairg
state-EE = An Eastóin
state-FI = An Fhionlainn
state-FR = An Fhrainc
state-DE = An Ghearmáin
state-GR = An Ghréig
state-HU = An Ungáir
state-IE = Éire
state-IT = An Iodáil
state-LV = An Laitvia
state-LT = An Liotuáin
state-LU = Lucsamburg
state-MT = Málta
state-NL = An Ísiltír
state-PL = An Pholainn
state-PT = An Phortaingéil
state-RO = An Rómáin
state-SK = An tSlóvaic
state-SI = An tSlóivéin
state-ES = An Spáinn
state-SE = An tSualainn

## Receipts and their check (docs/transparency.md)
receipt-text = Cruthaíonn d'admháil go bhfuil do ráiteas sa loga poiblí, gan aon ní fút a nochtadh. Coinnigh í chun a sheiceáil níos déanaí go bhfuil sé fós á chomhaireamh.
receipt-download = Íoslódáil an admháil
receipt-check-link = Seiceáil admháil
check-title = Seiceáil admháil
check-heading = Seiceáil go bhfuil do ráiteas á chomhaireamh
check-intro = Roghnaigh an admháil a d'íoslódáil tú tar éis síniú. Seiceálann do bhrabhsálaí í in aghaidh an loga phoiblí; ní sheoltar an admháil áit ar bith.
check-file = Comhad na hadmhála
check-button = Seiceáil an admháil
check-nojs = Ritheann an seiceáil seo i do bhrabhsálaí agus teastaíonn JavaScript uaithi. Gan é, is féidir le duine ar bith admháil a sheiceáil le huirlis saor in aisce na n-eagraithe:
check-ok = Tá do ráiteas á chomhaireamh: tá sé sa loga poiblí, agus tá síniú an loga bailí.
check-ok-detail = Seiceáilte in aghaidh an staid shínithe is déanaí den loga: iontráil { $leaf } as { $size } i gcuid { $shard } den loga.
check-fail = Níorbh fhéidir an admháil seo a fhíorú.
check-fail-file = Ní admháil den bhailiúchán seo é an comhad, nó athraíodh é. Roghnaigh an comhad a d'íoslódáil tú tar éis síniú (receipt-….json).
check-fail-unreachable = Níorbh fhéidir teacht ar an loga poiblí faoi láthair. Bain triail eile as i gceann cúpla nóiméad.
check-fail-missing = Níl do ráiteas sa loga mar a deir an admháil gur cheart. Cuir na heagraithe ar an eolas, le do thoil: { $contact }

## Campaigns: partners, sharing, link previews
meta-description = Tacaigh ar líne le tionscnamh na saoránach Eorpach “{ $title }”, i do theanga féin. Tógann sé timpeall nóiméid.
partner-via = Tá tú ag síniú trí { $partner }.
partner-consent = Aontaím freisin go bhféadfaidh { $partner } mo sheoladh ríomhphoist a úsáid chun eolas a thabhairt dom faoin tionscnamh seo.
share-heading = Iarr ar dhaoine eile síniú
share-text = “{ $title }”: tionscnamh na saoránach Eorpach ar féidir tacú leis ar líne i gceann nóiméid.
share-email = Ríomhphost
share-more = Comhroinn…
share-hint = Osclaíonn na naisc seo an tseirbhís a roghnaíonn tú i bhfuinneog nua; ní sheoltar aon rud chuici roimhe sin.
share-address = Seoladh le comhroinnt

## Counters and the map
counter-partner = Ráitis tacaíochta a bailíodh trí { $partner }
counter-goal = Sprioc: { $goal }
counter-sign = Tacaigh leis an tionscnamh
counter-badge = ráitis tacaíochta
map-title = Na Ballstáit de réir na coda dá dtairseach a baineadh amach
map-share = { $state }: { $percent }% den tairseach
map-none = ceann ar bith fós
map-under-25 = faoi bhun 25%
map-25-50 = idir 25 agus 50%
map-50-100 = idir 50 agus 100%

## Paper form
paper-link = Priontáil foirm pháipéir chun sínithe a bhailiú de láimh
paper-title = Foirm ráitis tacaíochta
paper-intro = Priontáil an fhoirm seo, iarr ar shaoránaigh an Bhallstáit atá luaite í a líonadh de láimh, agus tabhair ar ais do na heagraithe í.
paper-part-a = Cuid A: do Bhallstáit nach n-éilíonn uimhir aitheantais phearsanta ná uimhir doiciméid
paper-part-b = Cuid B: do Bhallstáit a éilíonn uimhir aitheantais phearsanta nó uimhir doiciméid
paper-collected-by = Is é { $partner } a bhailíonn an fhoirm seo thar ceann na n-eagraithe.
paper-table-caption = Sínitheoirí (duine amháin in aghaidh an ró, i gceannlitreacha)
paper-date-signature = Dáta agus síniú

## Annex III: the initiative's particulars, points 1 to 8 of every form (docs/certification.md)
particulars-heading = Faoin tionscnamh seo
particular-nationals = Is náisiúnaigh den Bhallstát seo a leanas gach sínitheoir ar an bhfoirm seo:
particular-registration = Uimhir chláraithe an Choimisiúin Eorpaigh:
particular-period = Tús agus deireadh na tréimhse bailiúcháin:
particular-register = Seoladh gréasáin an tionscnaimh seo i gclár an Choimisiúin Eorpaigh:
particular-title = Teideal an tionscnaimh seo:
particular-objectives = Príomhchuspóirí:
particular-contacts = Ainmneacha agus seoltaí ríomhphoist na dteagmhálaithe cláraithe:
particular-website = Suíomh gréasáin an tionscnaimh (más ann dó):
date-range = { $start } go { $end }

## Annex III: the declaration and the privacy statement, word for word (docs/certification.md)
declaration = Deimhním leis seo go bhfuil an t-eolas atá tugtha agam san fhoirm seo ceart agus nár thacaigh mé leis an tionscnamh seo cheana.
declaration-eid = Deimhním leis seo nár thacaigh mé leis an tionscnamh seo ó na saoránaigh cheana.
privacy-heading = Ráiteas príobháideachais
privacy-1 = I gcomhréir le Rialachán (AE) 2016/679 (an Rialachán Ginearálta maidir le Cosaint Sonraí), ní úsáidfear do chuid sonraí pearsanta a sholáthróidh tú ar an bhfoirm seo ach amháin chun tacú leis an tionscnamh agus cuirfear ar fáil do na húdaráis náisiúnta inniúla iad chun críche fíorú agus deimhniú amháin. Tá tú i dteideal a iarraidh ar ghrúpa d'eagraithe an tionscnaimh seo rochtain a fháil ar do chuid sonraí pearsanta, mar aon leis na sonraí sin a cheartú, a scriosadh agus a bpróiseáil a shrianadh.
privacy-2 = Déanfaidh grúpa d'eagraithe do chuid sonraí a stóráil ar feadh tréimhse uasta coinneála de 1 mhí amháin tar éis an tionscnamh a chur faoi bhráid an Choimisiúin Eorpaigh nó 21 mhí tar éis thús na tréimhse bailiúcháin, cibé acu is túisce. Féadfar iad a choinneáil níos faide ná na teorainneacha ama sin i gcás imeachtaí riaracháin nó dlí, is é sin ar feadh 1 mhí amháin ar a mhéad tar éis na himeachtaí sin a thabhairt i gcrích.
privacy-3 = Gan dochar d'aon réiteach riaracháin ná breithiúnach eile, beidh an ceart agat gearán a thaisceadh le húdarás cosanta sonraí am ar bith, go háirithe sa Bhallstát ina bhfuil gnáthchónaí ort, san ionad oibre nó in áit an tsáraithe a líomhnaítear, má mheasann tú go ndearnadh do shonraí a phróiseáil go neamhdhleathach.
privacy-4 = Is é ionadaí ghrúpa d'eagraithe an tionscnaimh ó na saoránaigh nó, más iomchuí, an eintiteas dlíthiúil a chruthaigh sé, na rialaitheoirí de réir bhrí an Rialacháin Ghinearálta maidir le Cosaint Sonraí, agus is féidir dul i dteagmháil trí na sonraí teagmhála atá ar fáil i bpointe 4 den bhfoirm seo.
privacy-5 = Tá sonraí teagmhála an oifigigh cosanta sonraí (más ann dó) ar fáil ar shuíomh gréasáin an tionscnaimh seo i gclár an Choimisiúin Eorpaigh, dá bhforáiltear i bpointe 4 den bhfoirm seo.
privacy-6 = Is féidir teacht ar shonraí teagmhála an údaráis náisiúnta a gheobhaidh agus a phróiseálfaidh do shonraí pearsanta agus sonraí teagmhála na n-údarás náisiúnta cosanta sonraí anseo: http://ec.europa.eu/citizens-initiative/public/data-protection?lg=ga.
controller-label = Rialaitheoir:
controller-representative = { $name }, ionadaí ghrúpa na n-eagraithe
controller-contact = Teagmháil maidir le do shonraí pearsanta:
dpo-label = Oifigeach cosanta sonraí:
dpo-none = níor ceapadh aon duine

## Privacy notice: what the website processes besides the statement (/{lang}/privacy)
notice-title = Conas a láimhseálann an suíomh seo do shonraí
notice-intro = Baineann an ráiteas príobháideachais ar an bhfoirm le do ráiteas tacaíochta. Cuireann an leathanach seo síos ar gach rud eile a phróiseálann an suíomh nuair a thugann tú cuairt air nó nuair a shíníonn tú: cad é, cén fáth, cá fhad agus cé.
notice-statement-heading = Do ráiteas tacaíochta
notice-statement = Seiceálann an suíomh do ráiteas, criptíonn sé láithreach é ionas nach féidir ach leis na heagraithe é a oscailt, agus ní stórálann sé ach an ráiteas criptithe: ní féidir le haon duine a reáchtálann an suíomh é a léamh. Coinnítear agus scriostar é mar a deir an ráiteas príobháideachais.
notice-bot-heading = An seiceáil in aghaidh síniú uathoibríoch
notice-bot = Sula nglactar le ráiteas, seiceálann Cloudflare Turnstile gur duine atá á sheoladh, ó chomharthaí amhail do sheoladh IP agus aitheantas do bhrabhsálaí. Ní phróiseálann Cloudflare iad ach chun daoine a idirdhealú ó bhotanna, faoina aguisín príobháideachais do Turnstile; ní fhaigheann an suíomh ach an toradh.
notice-limit-heading = An teorainn le hiarrachtaí arís agus arís eile
notice-limit = Chun olliarratais a chosc, comhaireann an suíomh na hiarrachtaí ó gach nasc ar feadh nóiméid, faoi chód a ríomhtar aontreo ó do sheoladh IP, riamh faoin seoladh féin. Tar éis an nóiméid sin, déantar dearmad ar an gcomhaireamh.
notice-log-heading = Loga poiblí na ráiteas
notice-log = Cuireann gach ráiteas stóráilte iontráil le loga poiblí, ionas gur féidir le duine ar bith a sheiceáil nár baineadh ná nár athraíodh aon ráiteas. Is méarlorg aontreo den ráiteas criptithe é iontráil agus ní nochtann sé aon rud fút. Scriostar an loga in éineacht leis na ráitis. Fanann d'admháil ar do ghléas mura dtugann tú do dhuine eile í.
notice-email-heading = Do sheoladh ríomhphoist
notice-email = Ach amháin má thugann tú é agus má chuireann tú tic sa toiliú: criptítear é do na heagraithe, coinnítear ar leithligh ó do ráiteas é agus ní úsáidtear é ach chun eolas a thabhairt duit faoin tionscnamh seo. Scriostar é in éineacht leis na ráitis, nó níos luaithe má tharraingíonn tú do thoiliú siar trí scríobh chuig an teagmhálaí thíos.
notice-hosting-heading = Óstáil
notice-hosting = Ritheann an suíomh ar líonra Cloudflare, Inc., a phróiseálann é thar ceann na n-eagraithe mar a bpróiseálaí. Stóráiltear na ráitis chriptithe { $where ->
    [eu] in ionaid sonraí san Aontas Eorpach
   *[other] in ionaid sonraí a roghnaíonn Cloudflare
}.
notice-records-heading = Logaí teicniúla agus fianáin
notice-records = Ní scríobhann an suíomh sonraí pearsanta ná seoltaí IP ina logaí teicniúla. Ní shocraíonn sé aon fhianán agus ní lódálann sé aon rud ó shuíomhanna eile ach amháin an seiceáil in aghaidh síniú uathoibríoch.
notice-rights-heading = Do chearta agus cé leis a ndéanfaidh tú teagmháil
notice-rights = Tá na cearta atá liostaithe sa ráiteas príobháideachais agat maidir leis an bpróiseáil seo freisin. Chun iad a fheidhmiú, nó le haon cheist faoin leathanach seo, déan teagmháil leis an rialaitheoir:
