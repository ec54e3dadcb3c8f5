# ocs-edge: português. Referência: en.ftl (mesmos identificadores e variáveis).

## Page frame
skip-to-content = Saltar para o conteúdo
language = Língua:
footer-initiative = Iniciativa de cidadania europeia { $id }.
official-register = Registo oficial
progress-link = Progresso da recolha
back-to-initiative = Voltar à iniciativa

## Landing and nationality
support-title = Apoiar esta iniciativa
landing-intro = Qualquer cidadão da União Europeia com a idade exigida no seu Estado-Membro pode apoiar esta iniciativa em linha. Demora cerca de um minuto.
nationality-label = A sua nacionalidade
nationality-hint = Os dados pedidos dependem do Estado-Membro de que é nacional. Se tiver várias nacionalidades da UE, escolha uma: só pode apoiar uma iniciativa uma vez.
choose-option = Escolha…
continue = Continuar
choose-title = Escolha a sua nacionalidade
unknown-nationality = «{ $code }» não é um Estado-Membro da União Europeia.

## Collection closed
closed-title = Não é possível assinar neste momento
not-started = A recolha de declarações de apoio ainda não começou. Volte quando tiver começado.
ended = A recolha de declarações de apoio terminou. Obrigado pelo seu interesse.

## Confirmation
thanks-title = Obrigado
thanks-heading = Obrigado: o seu apoio foi registado
thanks-stored = A sua declaração de apoio foi cifrada para os organizadores e guardada.
statement-number = Número da sua declaração de apoio:
statement-number-hint = Guarde este número caso mais tarde queira pedir aos organizadores que apaguem a sua declaração. Não revela nada sobre si.

## The form
signing-as = A sua nacionalidade: { $state }.
change-nationality = Mudar de nacionalidade
note-de-abroad = Se vive fora da Alemanha, só pode assinar com a sua morada no estrangeiro se tiver registado a sua residência permanente na representação diplomática alemã competente.
bot-check-failed = Não foi possível confirmar que não é um robô. Tente novamente; os dados introduzidos foram mantidos.
bot-check-unavailable = Não foi possível fazer agora a verificação contra assinaturas automáticas. Nada foi guardado e os seus dados foram mantidos: volte a enviar o formulário dentro de um minuto.
wallet-button = Assinar com a sua carteira europeia de identidade digital
wallet-intro = Com a sua carteira europeia de identidade digital, os seus dados vêm da credencial de identidade do seu país e não precisam de ser escritos.
wallet-filled = Os seus dados da carteira estão preenchidos abaixo e não podem ser alterados aqui. Complete o que ainda estiver vazio e envie o formulário.
wallet-refused-untrusted = Não foi possível verificar que a resposta da sua carteira provém de um fornecedor de identidade reconhecido. Nada foi guardado. Pode preencher o formulário.
wallet-refused-again = A resposta da sua carteira não era para esta página ou chegou demasiado tarde. Nada foi guardado. Consulte novamente a sua carteira.
wallet-refused-expired = A sua credencial de identidade expirou ou já não é válida. Nada foi guardado. Renove-a na sua carteira ou preencha o formulário.
wallet-refused-status = De momento não é possível verificar a validade da sua credencial de identidade. Nada foi guardado. Tente novamente dentro de um minuto ou preencha o formulário.
wallet-refused-missing = A sua carteira não partilhou todos os dados de que este formulário precisa. Nada foi guardado. Partilhe-os ou preencha o formulário.
wallet-refused-nationality = A sua credencial de identidade não indica a nacionalidade escolhida neste formulário. Nada foi guardado.
wallet-unavailable = De momento não é possível assinar com a carteira. Nada foi guardado. Tente novamente dentro de um minuto ou preencha o formulário.
error-summary-title = Corrija o seguinte
your-details = Os seus dados
all-required = Todos os campos são obrigatórios, salvo indicação em contrário.
keeping-in-touch = Manter o contacto (facultativo)
email-label = Endereço de correio eletrónico (facultativo)
email-hint = Apenas se quiser que os organizadores o informem sobre esta iniciativa. Guardado separadamente da sua declaração.
email-consent = Aceito que os organizadores utilizem o meu endereço de correio eletrónico para me informarem sobre esta iniciativa.
declaration-legend = Declaração
submit = Apoiar a iniciativa
id-number-hint = Tal como consta do documento; são aceites espaços e hífenes.
id-number-confirm = Confirmo que o número do documento está correto tal como introduzido.

## Field labels and hints
field-full-first-names = Nomes próprios completos
field-family-names = Apelidos
field-date-of-birth = Data de nascimento
field-street = Rua
field-street-number = Número
field-postal-code = Código postal
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
hint-postal-code = Deixe-o vazio apenas se as moradas do seu país de residência não tiverem código postal.

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
receipt-text = O seu recibo prova que a sua declaração consta do diário público das declarações, sem revelar nada sobre si. Guarde-o para verificar mais tarde que continua a ser contada.
receipt-download = Descarregar o recibo
receipt-check-link = Verificar um recibo
check-title = Verificar um recibo
check-heading = Verifique que a sua declaração é contada
check-intro = Escolha o recibo que descarregou depois de assinar. O seu navegador verifica-o junto do diário público; o recibo não é enviado para lado nenhum.
check-file = Ficheiro do recibo
check-button = Verificar o recibo
check-nojs = Esta verificação decorre no seu navegador e precisa de JavaScript. Sem ele, qualquer pessoa pode verificar um recibo com a ferramenta gratuita dos organizadores:
check-ok = A sua declaração é contada: consta do diário público, cuja assinatura é válida.
check-ok-detail = Verificado com o último estado assinado do diário: entrada { $leaf } de { $size } na parte { $shard } do diário.
check-fail = Não foi possível verificar este recibo.
check-fail-file = O ficheiro não é um recibo desta recolha ou foi alterado. Escolha o ficheiro que descarregou depois de assinar (receipt-….json).
check-fail-unreachable = Não foi possível aceder ao diário público neste momento. Tente novamente dentro de alguns minutos.
check-fail-missing = O diário não contém a sua declaração como o recibo indica. Informe os organizadores: { $contact }

## Campaigns: partners, sharing, link previews
meta-description = Apoie em linha a iniciativa de cidadania europeia «{ $title }», na sua língua. Demora cerca de um minuto.
partner-via = Está a assinar através de { $partner }.
partner-consent = Aceito também que { $partner } utilize o meu endereço de correio eletrónico para me informar sobre esta iniciativa.
share-heading = Peça a outras pessoas que assinem
share-text = «{ $title }»: uma iniciativa de cidadania europeia que se pode apoiar em linha em cerca de um minuto.
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
map-share = { $state }: { $percent }% do limiar
map-none = nenhuma ainda
map-under-25 = menos de 25%
map-25-50 = de 25 a 50%
map-50-100 = de 50 a 100%

## Paper form
paper-link = Imprimir um formulário em papel para recolher assinaturas à mão
paper-title = Formulário de declaração de apoio
paper-intro = Imprima este formulário, peça a cidadãos do Estado-Membro indicado que o preencham à mão e devolva-o aos organizadores.
paper-part-a = Parte A: para os Estados-Membros que não exigem um número de identificação pessoal nem de documento
paper-part-b = Parte B: para os Estados-Membros que exigem um número de identificação pessoal ou de documento
paper-collected-by = Este formulário é recolhido por { $partner } em nome dos organizadores.
paper-table-caption = Signatários (uma pessoa por linha, em maiúsculas)
paper-date-signature = Data e assinatura

## Annex III: the initiative's particulars, points 1 to 8 of every form (docs/certification.md)
particulars-heading = Sobre esta iniciativa
particular-nationals = Todos os signatários do presente formulário são nacionais de:
particular-registration = Número de registo da Comissão Europeia:
particular-period = Data de início e de fim do período de recolha:
particular-register = Endereço Web da presente iniciativa no registo da Comissão Europeia:
particular-title = Título da presente iniciativa:
particular-objectives = Principais objetivos:
particular-contacts = Nomes e endereços de correio eletrónico das pessoas de contacto registadas:
particular-website = Sítio Web da iniciativa (se existir):
date-range = de { $start } a { $end }

## Annex III: the declaration and the privacy statement, word for word (docs/certification.md)
declaration = Declaro que as informações prestadas no presente formulário são corretas e que é a primeira vez que dou o meu apoio a esta iniciativa.
declaration-eid = Declaro que é a primeira vez que dou o meu apoio a esta iniciativa de cidadania.
privacy-heading = Declaração de privacidade
privacy-1 = Em conformidade com o Regulamento (UE) 2016/679 (Regulamento Geral sobre a Proteção de Dados), os seus dados pessoais fornecidos no presente formulário só serão utilizados para apoiar a iniciativa e disponibilizados às autoridades nacionais competentes para efeitos de verificação e de certificação. Tem o direito de solicitar ao grupo de organizadores desta iniciativa acesso aos seus dados pessoais, a retificação ou o apagamento desses dados e a limitação do seu tratamento.
privacy-2 = Os seus dados serão armazenados pelos organizadores durante um período máximo de conservação de um mês após a apresentação da iniciativa à Comissão Europeia ou de [21 meses] após o início do período de recolha, consoante o que se verificar primeiro. Podem ser conservados para além dos prazos indicados, em caso de procedimentos administrativos ou processos judiciais, por um período máximo de um mês após a data de conclusão dos referidos procedimentos ou processos.
privacy-3 = Sem prejuízo de qualquer outro recurso administrativo ou judicial, tem o direito de apresentar, em qualquer momento, uma reclamação junto de uma autoridade de proteção de dados, em especial no Estado-Membro da sua residência habitual, do seu local de trabalho ou do local onde foi alegadamente praticada a infração, se considerar que os seus dados são tratados de forma ilícita.
privacy-4 = O representante do grupo de organizadores da iniciativa ou, consoante o caso, a entidade jurídica por criada pelo grupo, é o responsável pelo tratamento dos dados, na aceção do Regulamento Geral sobre a Proteção de Dados, e pode ser contactado utilizando os dados de contacto fornecidos no presente formulário.
privacy-5 = Os dados de contacto do encarregado da proteção de dados (caso exista) estão disponíveis no sítio Web da presente iniciativa no registo da Comissão Europeia, como indicado no ponto 4 do presente formulário.
privacy-6 = Os dados de contacto da autoridade nacional que receberá e tratará os seus dados pessoais, bem como os dados de contacto das autoridades nacionais de proteção de dados, podem ser consultados no seguinte endereço: http://ec.europa.eu/citizens-initiative/public/data-protection?lg=pt
controller-label = Responsável pelo tratamento:
controller-representative = { $name }, representante do grupo de organizadores
controller-contact = Contacto sobre os seus dados pessoais:
dpo-label = Encarregado da proteção de dados:
dpo-none = não designado

## Privacy notice: what the website processes besides the statement (/{lang}/privacy)
notice-title = Como este sítio trata os seus dados
notice-intro = A declaração de privacidade do formulário diz respeito à sua declaração de apoio. Esta página descreve tudo o resto que este sítio trata quando o visita ou assina: o quê, porquê, durante quanto tempo e por quem.
notice-statement-heading = A sua declaração de apoio
notice-statement = O sítio verifica a sua declaração, cifra-a de imediato de modo que só os organizadores a possam abrir e guarda apenas a declaração cifrada: ninguém que gere o sítio a pode ler. É conservada e apagada como indica a declaração de privacidade.
notice-bot-heading = A verificação contra assinaturas automáticas
notice-bot = Antes de uma declaração ser aceite, o Cloudflare Turnstile verifica que é uma pessoa a enviá-la, a partir de sinais como o seu endereço IP e a identificação do seu navegador. A Cloudflare trata-os apenas para distinguir pessoas de robôs, nos termos do seu aditamento de privacidade do Turnstile; o sítio recebe apenas o resultado.
notice-limit-heading = O limite de tentativas repetidas
notice-limit = Para impedir envios em massa, o sítio conta durante um minuto as tentativas de cada ligação, sob um código calculado de forma irreversível a partir do seu endereço IP, nunca sob o próprio endereço. Passado esse minuto, a contagem é esquecida.
notice-log-heading = O diário público das declarações
notice-log = Cada declaração guardada acrescenta uma entrada a um diário público, para que qualquer pessoa possa verificar que nenhuma declaração foi retirada ou alterada. Uma entrada é uma impressão digital irreversível da declaração cifrada e não revela nada sobre si. O diário é apagado juntamente com as declarações. O seu recibo fica no seu dispositivo, a menos que o partilhe.
notice-email-heading = O seu endereço de correio eletrónico
notice-email = Só se o indicar e assinalar o consentimento: é cifrado para os organizadores, guardado separadamente da sua declaração e utilizado apenas para o informar sobre esta iniciativa. É apagado juntamente com as declarações, ou antes, se retirar o seu consentimento escrevendo ao contacto indicado abaixo.
notice-hosting-heading = Alojamento
notice-hosting = O sítio funciona na rede da Cloudflare, Inc., que o trata por conta dos organizadores como subcontratante. As declarações cifradas são guardadas { $where ->
    [eu] em centros de dados situados na União Europeia
   *[other] em centros de dados escolhidos pela Cloudflare
}.
notice-records-heading = Registos técnicos e cookies
notice-records = O sítio não escreve dados pessoais nem endereços IP nos seus registos técnicos. Não coloca cookies e não carrega nada de outros sítios, exceto a verificação contra assinaturas automáticas.
notice-rights-heading = Os seus direitos e a quem se dirigir
notice-rights = Tem os direitos enumerados na declaração de privacidade, também em relação a este tratamento. Para os exercer, ou com qualquer pergunta sobre esta página, contacte o responsável pelo tratamento:
