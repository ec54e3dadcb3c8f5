# ocs-edge: português. Referência: en.ftl (mesmos identificadores e variáveis).

## Page frame
skip-to-content = Saltar para o conteúdo
language = Língua:
footer-initiative = Iniciativa de cidadania europeia { $id }.
official-register = Registo oficial
progress-link = Progresso da recolha
back-to-initiative = Voltar à iniciativa
collection-period = Período de recolha: de { $start } a { $end }.

## Landing and nationality
support-title = Apoiar esta iniciativa
registration-number = Número de registo:
landing-intro = Qualquer cidadão da União Europeia com a idade exigida no seu Estado-Membro pode apoiar esta iniciativa em linha. Demora cerca de um minuto.
nationality-label = A sua nacionalidade
nationality-hint = Os dados pedidos dependem do Estado-Membro de que é nacional. Se tiver várias nacionalidades da UE, escolha uma: só pode apoiar uma iniciativa uma vez.
choose-option = Escolha…
continue = Continuar
choose-title = Escolha a sua nacionalidade
unknown-nationality = «{ $code }» não é um Estado-Membro da União Europeia.

## Collection closed
closed-title = Recolha encerrada
not-started = A recolha de declarações de apoio ainda não começou. Volte quando tiver começado.
ended = A recolha de declarações de apoio terminou. Obrigado pelo seu interesse.

## Confirmation
thanks-title = Obrigado
thanks-heading = Obrigado: o seu apoio foi registado
thanks-stored = A sua declaração de apoio foi cifrada para os organizadores e guardada.
statement-number = Número da declaração:
statement-number-hint = Guarde este número caso mais tarde queira pedir aos organizadores que apaguem a sua declaração. Não revela nada sobre si.

## The form
signing-as = Está a assinar como nacional de: { $state }.
change-nationality = Mudar de nacionalidade
note-de-abroad = Se vive fora da Alemanha, só pode assinar com a sua morada no estrangeiro se tiver registado a sua residência permanente na representação diplomática alemã competente.
bot-check-failed = Não foi possível confirmar que não é um robô. Tente novamente; os dados introduzidos foram mantidos.
bot-check-unavailable = Não foi possível fazer agora a verificação contra assinaturas automáticas. Nada foi guardado e os seus dados foram mantidos: volte a enviar o formulário dentro de um minuto.
error-summary-title = Corrija o seguinte
your-details = Os seus dados
all-required = Todos os campos são obrigatórios, salvo indicação em contrário.
keeping-in-touch = Manter o contacto (facultativo)
email-label = Endereço de correio eletrónico (facultativo)
email-hint = Apenas se quiser que os organizadores o informem sobre esta iniciativa. Guardado separadamente da sua declaração.
email-consent = Aceito que os organizadores utilizem o meu endereço de correio eletrónico para me informarem sobre esta iniciativa.
declaration-legend = Declaração
declaration = Certifico que as informações que constam do presente formulário são corretas e que ainda não apoiei esta proposta de iniciativa de cidadania.
privacy = Os seus dados pessoais são cifrados para os organizadores e só serão disponibilizados à autoridade competente do seu Estado-Membro para verificar a sua declaração, sendo destruídos o mais tardar 21 meses após o início da recolha (Regulamento (UE) 2019/788, artigo 19.º).
submit = Apoiar a iniciativa
id-number-hint = Tal como consta do documento; são aceites espaços e hífenes.
id-number-confirm = Confirmo que o número do documento está correto tal como introduzido.

## Field labels and hints
field-full-first-names = Nomes próprios completos
field-family-names = Apelidos
field-date-of-birth = Data de nascimento
field-street = Rua
field-street-number = Número
field-postal-code = Código postal (se existir)
field-city = Localidade
field-country = País de residência
field-id-type = Tipo de documento
field-id-number = Número do documento
field-email = Endereço de correio eletrónico
field-email-consent = Consentimento
field-nationality = Nacionalidade
field-id-number-confirmed = Confirmação
hint-full-first-names = Todos os seus nomes próprios, como no documento de identificação.
hint-family-names = Todos os seus apelidos, como no documento de identificação.
hint-date-of-birth = Dia, mês e ano, por exemplo 31/12/1990.

## Identification documents
doc-passport = Passaporte
doc-id-card = Bilhete de identidade
doc-citizens-card = Cartão de cidadão
doc-personal-id = Número de identificação pessoal
doc-personal-number = Número pessoal

## Errors next to a field
error-required = Este campo é obrigatório.
error-too-long = É demasiado longo.
error-invalid-characters = Contém carateres que não são permitidos aqui.
error-invalid-format = Não tem o formato esperado.
error-unusual-format = Este número não tem o formato habitual; confirme-o se estiver correto.
error-checksum = Este número não é válido (o dígito de controlo não corresponde).
error-invalid-date = Não é uma data válida.
error-date-in-future = Esta data é no futuro.
error-too-young = Ainda não tem a idade exigida para apoiar uma iniciativa no seu Estado-Membro.
error-not-allowed = Este dado não é pedido para a sua nacionalidade.
error-unknown-field = Campo desconhecido.
error-duplicate-field = Este campo foi enviado duas vezes.
error-wrong-type = Tem um tipo errado.
error-unknown-nationality = Só os cidadãos de um Estado-Membro da UE podem assinar.
error-document-type-not-accepted = O seu Estado-Membro não aceita este tipo de documento.
error-declaration-required = Confirme a declaração.
error-consent-required = Aceite ser contactado ou deixe vazio o endereço de correio eletrónico.
error-invalid-email = Não é um endereço de correio eletrónico válido.

## Pages for refused submissions
unreadable-title = Formulário ilegível
unreadable-text = Não foi possível ler o formulário. Tente novamente.
unsupported-title = Pedido não suportado
unsupported-text = Utilize o formulário.
too-large-title = Demasiados dados
too-large-text = O formulário era demasiado grande para ser aceite.
rate-limited-title = Demasiadas tentativas
rate-limited-text = Demasiadas tentativas a partir da sua ligação. Aguarde um minuto, volte atrás e envie novamente.
duplicate-title = Já apoiada
duplicate-text = Já foi registada uma declaração de apoio com estes dados. Cada cidadão só pode apoiar uma iniciativa uma vez.

## Progress page
progress-title = Progresso da recolha
progress-total = { $count ->
    [one] { $shown } declaração de apoio
   *[other] { $shown } declarações de apoio
}
progress-states = Estados-Membros acima do limiar: { $count } de { $needed }.
progress-goal = A iniciativa precisa de pelo menos { $total } declarações de apoio, com o limiar atingido em pelo menos { $needed } Estados-Membros.
progress-state = Estado-Membro
progress-count = Declarações
progress-threshold = Limiar
progress-reached = Limiar atingido
progress-updated = Os números são atualizados a cada minuto.

## Member states, in this language
state-AT = Áustria
state-BE = Bélgica
state-BG = Bulgária
state-HR = Croácia
state-CY = Chipre
state-CZ = Chéquia
state-DK = Dinamarca
state-EE = Estónia
state-FI = Finlândia
state-FR = França
state-DE = Alemanha
state-GR = Grécia
state-HU = Hungria
state-IE = Irlanda
state-IT = Itália
state-LV = Letónia
state-LT = Lituânia
state-LU = Luxemburgo
state-MT = Malta
state-NL = Países Baixos
state-PL = Polónia
state-PT = Portugal
state-RO = Roménia
state-SK = Eslováquia
state-SI = Eslovénia
state-ES = Espanha
state-SE = Suécia

## Receipts and their check (docs/transparency.md)
receipt-text = O seu recibo prova que a sua declaração consta do registo público de declarações, sem revelar nada sobre si. Guarde-o para verificar mais tarde que continua a ser contada.
receipt-download = Descarregar o recibo
receipt-check-link = Verificar um recibo
check-title = Verificar um recibo
check-heading = Verifique que a sua declaração é contada
check-intro = Escolha o recibo que descarregou depois de assinar. O seu navegador verifica-o junto do registo público; o recibo não é enviado para lado nenhum.
check-file = Ficheiro do recibo
check-button = Verificar o recibo
check-nojs = Esta verificação decorre no seu navegador e precisa de JavaScript. Sem ele, qualquer pessoa pode verificar um recibo com a ferramenta gratuita dos organizadores:
check-ok = A sua declaração é contada: consta do registo público, cuja assinatura é válida.
check-fail = Não foi possível verificar este recibo.

## Campaigns: partners, sharing, link previews
meta-description = Apoie em linha a iniciativa de cidadania europeia «{ $title }», na sua língua. Demora cerca de um minuto.
partner-via = Está a assinar através de { $partner }.
partner-consent = Aceito também que { $partner } utilize o meu endereço de correio eletrónico para me informar sobre esta iniciativa.
share-heading = Peça a outras pessoas que assinem
share-text = Apoiei a iniciativa de cidadania europeia «{ $title }». Também pode fazê-lo:
share-email = Correio eletrónico
share-more = Partilhar…
share-hint = Estas ligações abrem o serviço escolhido numa nova janela; antes disso nada lhe é enviado.
share-address = Endereço a partilhar

## Counters and the map
counter-partner = Declarações de apoio recolhidas através de { $partner }
counter-goal = Objetivo: { $goal }
counter-sign = Apoiar a iniciativa
counter-badge = declarações de apoio
map-title = Estados-Membros segundo a parte atingida do seu limiar
map-share = { $state }: { $percent } % do limiar
map-under-25 = menos de 25 %
map-25-50 = de 25 a 50 %
map-50-100 = de 50 a 100 %

## Paper form
paper-link = Imprimir um formulário em papel para recolher assinaturas à mão
paper-title = Formulário de declaração de apoio
paper-intro = Imprima este formulário, peça a cidadãos do Estado-Membro indicado que o preencham à mão e devolva-o aos organizadores.
paper-part-a = Parte A: para os Estados-Membros que não exigem um número de identificação pessoal nem de documento
paper-part-b = Parte B: para os Estados-Membros que exigem um número de identificação pessoal ou de documento
paper-nationals = Todos os signatários deste formulário são nacionais de: { $state }.
paper-collected-by = Este formulário é recolhido por { $partner } em nome dos organizadores.
paper-registered-on = Data de registo:
paper-register = Endereço web desta iniciativa no registo da Comissão:
paper-initiative-title = Título da proposta de iniciativa de cidadania:
paper-objectives = Os seus principais objetivos:
paper-contacts = Nomes e endereços de correio eletrónico das pessoas de contacto registadas:
paper-website = Sítio web da proposta de iniciativa de cidadania:
paper-table-caption = Signatários (uma pessoa por linha, em maiúsculas)
paper-privacy = Os organizadores só disponibilizarão os seus dados pessoais à autoridade competente do seu Estado-Membro para verificar a sua declaração e destrui-los-ão o mais tardar 21 meses após o início da recolha (Regulamento (UE) 2019/788, artigo 19.º).
paper-date-signature = Data e assinatura
