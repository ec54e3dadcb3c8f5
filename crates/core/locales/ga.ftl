# ocs-edge: Gaeilge. Tagairt: en.ftl (na haitheantóirí agus na hathróga céanna).

## Page frame
skip-to-content = Léim go dtí an t-ábhar
language = Teanga:
footer-initiative = Tionscnamh na Saoránach Eorpach { $id }.
official-register = Clár oifigiúil
progress-link = Dul chun cinn an bhailiúcháin
back-to-initiative = Ar ais chuig an tionscnamh
collection-period = Tréimhse bhailiúcháin: ó { $start } go { $end }.

## Landing and nationality
support-title = Tacaigh leis an tionscnamh seo
registration-number = Uimhir chláraithe:
landing-intro = Is féidir le haon saoránach den Aontas Eorpach atá sean go leor ina Bhallstát tacú leis an tionscnamh seo ar líne. Tógann sé thart ar nóiméad.
nationality-label = Do náisiúntacht
nationality-hint = Braitheann na sonraí a iarrtar ar an mBallstát ar saoránach de thú. Má tá níos mó ná náisiúntacht AE amháin agat, roghnaigh ceann amháin: ní féidir tacú le tionscnamh ach uair amháin.
choose-option = Roghnaigh…
continue = Ar aghaidh
choose-title = Roghnaigh do náisiúntacht
unknown-nationality = Ní Ballstát den Aontas Eorpach é “{ $code }”.

## Collection closed
closed-title = Bailiúchán dúnta
not-started = Níor thosaigh bailiú na ráiteas tacaíochta fós. Fill ar ais nuair a bheidh sé tosaithe.
ended = Tá bailiú na ráiteas tacaíochta thart. Go raibh maith agat as do spéis.

## Confirmation
thanks-title = Go raibh maith agat
thanks-heading = Go raibh maith agat: taifeadadh do thacaíocht
thanks-stored = Criptíodh do ráiteas tacaíochta do na heagraithe agus stóráladh é.
statement-number = Uimhir an ráitis:
statement-number-hint = Coinnigh an uimhir seo má theastaíonn uait iarraidh ar na heagraithe níos déanaí do ráiteas a scriosadh. Ní nochtann sí aon rud fút.

## The form
signing-as = Tá tú ag síniú mar shaoránach de: { $state }.
change-nationality = Athraigh an náisiúntacht
note-de-abroad = Má chónaíonn tú lasmuigh den Ghearmáin, ní féidir leat síniú le do sheoladh thar lear ach amháin má chláraigh tú do bhuanchónaí leis an ionadaíocht taidhleoireachta Ghearmánach inniúil ansin.
bot-check-failed = Níorbh fhéidir linn a dheimhniú nach róbat thú. Bain triail eile as; coinníodh na sonraí a chuir tú isteach.
bot-check-unavailable = Níorbh fhéidir linn an seiceáil in aghaidh síniú uathoibríoch a dhéanamh faoi láthair. Níor stóráladh aon rud agus coinníodh do chuid sonraí: seol an fhoirm arís i gceann nóiméid, le do thoil.
error-summary-title = Ceartaigh an méid seo a leanas
your-details = Do shonraí
all-required = Tá gach réimse éigeantach mura bhfuil sé marcáilte roghnach.
keeping-in-touch = Fanacht i dteagmháil (roghnach)
email-label = Seoladh ríomhphoist (roghnach)
email-hint = Ach amháin más mian leat go gcuirfeadh na heagraithe an t-eolas is déanaí faoin tionscnamh seo chugat. Stóráiltear é ar leithligh ó do ráiteas.
email-consent = Aontaím go bhféadfaidh na heagraithe mo sheoladh ríomhphoist a úsáid chun eolas a thabhairt dom faoin tionscnamh seo.
declaration-legend = Dearbhú
declaration = Deimhním leis seo go bhfuil an fhaisnéis a thugtar san fhoirm seo ceart agus nár thacaigh mé cheana leis an tionscnamh saoránach beartaithe seo.
privacy = Criptítear do shonraí pearsanta do na heagraithe agus ní chuirfear ar fáil iad ach don údarás inniúil i do Bhallstát chun do ráiteas a fhíorú; scriosfar iad 21 mhí ar a dhéanaí tar éis thús an bhailiúcháin (Rialachán (AE) 2019/788, Airteagal 19).
submit = Tacaigh leis an tionscnamh
id-number-hint = Mar atá scríofa ar an doiciméad; tá spásanna agus fleiscíní ceadaithe.
id-number-confirm = Deimhním go bhfuil uimhir an doiciméid ceart mar a cuireadh isteach í.

## Field labels and hints
field-full-first-names = Ainmneacha baiste go hiomlán
field-family-names = Sloinnte
field-date-of-birth = Dáta breithe
field-street = Sráid
field-street-number = Uimhir
field-postal-code = Cód poist (más ann dó)
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
duplicate-text = Taifeadadh ráiteas tacaíochta leis na sonraí seo cheana. Ní féidir le gach saoránach tacú le tionscnamh ach uair amháin.

## Progress page
progress-title = Dul chun cinn an bhailiúcháin
progress-total = { $count ->
    [one] { $shown } ráiteas tacaíochta
    [two] { $shown } ráiteas tacaíochta
   *[other] { $shown } ráiteas tacaíochta
}
progress-states = Ballstáit os cionn a dtairsí: { $count } as { $needed }.
progress-goal = Teastaíonn ar a laghad { $total } ráiteas tacaíochta ón tionscnamh, agus an tairseach bainte amach in { $needed } Bhallstát ar a laghad.
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
check-fail = Níorbh fhéidir an admháil seo a fhíorú.

## Campaigns: partners, sharing, link previews
meta-description = Tacaigh ar líne leis an tionscnamh ó shaoránaigh Eorpacha “{ $title }”, i do theanga féin. Tógann sé timpeall nóiméid.
partner-via = Tá tú ag síniú trí { $partner }.
partner-consent = Aontaím freisin go bhféadfaidh { $partner } mo sheoladh ríomhphoist a úsáid chun eolas a thabhairt dom faoin tionscnamh seo.
share-heading = Iarr ar dhaoine eile síniú
share-text = Thacaigh mé leis an tionscnamh ó shaoránaigh Eorpacha “{ $title }”. Is féidir leatsa freisin:
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
map-share = { $state }: { $percent } % den tairseach
map-under-25 = faoi bhun 25 %
map-25-50 = idir 25 agus 50 %
map-50-100 = idir 50 agus 100 %

## Paper form
paper-link = Priontáil foirm pháipéir chun sínithe a bhailiú de láimh
paper-title = Foirm ráitis tacaíochta
paper-intro = Priontáil an fhoirm seo, iarr ar shaoránaigh an Bhallstáit atá luaite í a líonadh de láimh, agus tabhair ar ais do na heagraithe í.
paper-part-a = Cuid A: do Bhallstáit nach n-éilíonn uimhir aitheantais phearsanta ná uimhir doiciméid
paper-part-b = Cuid B: do Bhallstáit a éilíonn uimhir aitheantais phearsanta nó uimhir doiciméid
paper-nationals = Is náisiúnaigh de { $state } iad na sínitheoirí go léir ar an bhfoirm seo.
paper-collected-by = Is é { $partner } a bhailíonn an fhoirm seo thar ceann na n-eagraithe.
paper-registered-on = Dáta clárúcháin:
paper-register = Seoladh gréasáin an tionscnaimh seo i gclár an Choimisiúin:
paper-initiative-title = Teideal an tionscnaimh bheartaithe ó na saoránaigh:
paper-objectives = A phríomhchuspóirí:
paper-contacts = Ainmneacha agus seoltaí ríomhphoist na dteagmhálaithe cláraithe:
paper-website = Suíomh gréasáin an tionscnaimh bheartaithe ó na saoránaigh:
paper-table-caption = Sínitheoirí (duine amháin in aghaidh an ró, i gceannlitreacha)
paper-privacy = Ní chuirfidh na heagraithe do shonraí pearsanta ar fáil ach don údarás inniúil i do Bhallstát chun do ráiteas a fhíorú, agus scriosfaidh siad iad tráth nach déanaí ná 21 mhí tar éis thús an bhailithe (Rialachán (AE) 2019/788, Airteagal 19).
paper-date-signature = Dáta agus síniú
