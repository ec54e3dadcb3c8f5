# ocs-edge: español. Referencia: en.ftl (mismos identificadores y variables).

## Page frame
skip-to-content = Ir al contenido
language = Idioma:
footer-initiative = Iniciativa ciudadana europea { $id }.
official-register = Registro oficial
progress-link = Avance de la recogida
back-to-initiative = Volver a la iniciativa

## Landing and nationality
support-title = Apoyar esta iniciativa
landing-intro = Cualquier ciudadano de la Unión Europea con la edad exigida en su Estado miembro puede apoyar esta iniciativa en línea. Se tarda alrededor de un minuto.
nationality-label = Su nacionalidad
nationality-hint = Los datos solicitados dependen del Estado miembro del que usted sea nacional. Si tiene varias nacionalidades de la UE, elija una: solo puede apoyar una iniciativa una vez.
choose-option = Elija…
continue = Continuar
choose-title = Elija su nacionalidad
unknown-nationality = «{ $code }» no es un Estado miembro de la Unión Europea.

## Collection closed
closed-title = No es posible firmar ahora
not-started = La recogida de declaraciones de apoyo aún no ha comenzado. Vuelva cuando haya empezado.
ended = La recogida de declaraciones de apoyo ha terminado. Gracias por su interés.

## Confirmation
thanks-title = Gracias
thanks-heading = Gracias: su apoyo ha quedado registrado
thanks-stored = Su declaración de apoyo se ha cifrado para los organizadores y se ha almacenado.
statement-number = Número de su declaración de apoyo:
statement-number-hint = Guarde este número por si más adelante desea pedir a los organizadores que supriman su declaración. No revela nada sobre usted.

## The form
signing-as = Su nacionalidad: { $state }.
change-nationality = Cambiar de nacionalidad
note-de-abroad = Si vive fuera de Alemania, solo puede firmar con su dirección en el extranjero si ha registrado su residencia permanente en la representación diplomática alemana competente en ese país.
bot-check-failed = No hemos podido confirmar que usted no es un robot. Inténtelo de nuevo; sus datos se han conservado.
bot-check-unavailable = No hemos podido realizar ahora la comprobación contra las firmas automáticas. No se ha guardado nada y se han conservado sus datos: vuelva a enviar el formulario dentro de un minuto.
wallet-button = Firmar con su cartera europea de identidad digital
wallet-intro = Con su cartera europea de identidad digital, sus datos proceden de la credencial de identidad de su país y no tiene que escribirlos.
wallet-filled = Sus datos de la cartera figuran abajo y no pueden modificarse aquí. Complete lo que siga vacío y envíe el formulario.
wallet-refused-untrusted = No se ha podido verificar que la respuesta de su cartera proceda de un proveedor de identidad reconocido. No se ha guardado nada. Puede rellenar usted mismo el formulario.
wallet-refused-again = La respuesta de su cartera no era para esta página o llegó demasiado tarde. No se ha guardado nada. Vuelva a consultar su cartera.
wallet-refused-expired = Su credencial de identidad ha caducado o ya no es válida. No se ha guardado nada. Renuévela en su cartera o rellene usted mismo el formulario.
wallet-refused-status = En este momento no se puede comprobar la validez de su credencial de identidad. No se ha guardado nada. Vuelva a intentarlo dentro de un minuto o rellene usted mismo el formulario.
wallet-refused-missing = Su cartera no ha compartido todos los datos que necesita este formulario. No se ha guardado nada. Compártalos o rellene usted mismo el formulario.
wallet-refused-nationality = Su credencial de identidad no indica la nacionalidad elegida en este formulario. No se ha guardado nada.
wallet-unavailable = En este momento no es posible firmar con la cartera. No se ha guardado nada. Vuelva a intentarlo dentro de un minuto o rellene usted mismo el formulario.
error-summary-title = Corrija lo siguiente
your-details = Sus datos
all-required = Todos los campos son obligatorios salvo que se indique lo contrario.
keeping-in-touch = Mantenerse informado (opcional)
email-label = Dirección de correo electrónico (opcional)
email-hint = Solo si desea que los organizadores le informen sobre esta iniciativa. Se guarda separada de su declaración.
email-consent = Acepto que los organizadores utilicen mi dirección de correo electrónico para informarme sobre esta iniciativa.
declaration-legend = Declaración
submit = Apoyar la iniciativa
id-number-hint = Tal como figura en el documento; se admiten espacios y guiones.
id-number-confirm = Confirmo que el número del documento es correcto tal como lo he introducido.

## Field labels and hints
field-full-first-names = Nombre completo
field-family-names = Apellidos
field-date-of-birth = Fecha de nacimiento
field-street = Calle
field-street-number = Número
field-postal-code = Código postal
field-city = Localidad
field-country = País de residencia
field-id-type = Tipo de documento
field-id-number = Número del documento
field-email = Dirección de correo electrónico
field-email-consent = Consentimiento
field-nationality = Nacionalidad
field-id-number-confirmed = Confirmación
hint-full-first-names = Todos sus nombres, como en su documento de identidad.
hint-family-names = Todos sus apellidos, como en su documento de identidad.
hint-date-of-birth = Día, mes y año, por ejemplo 31/12/1990.
hint-postal-code = Déjelo vacío solo si las direcciones de su país de residencia no tienen código postal.

## Identification documents
doc-passport = Pasaporte
doc-id-card = Documento de identidad
doc-citizens-card = Tarjeta de ciudadano
doc-personal-id = Número de identificación personal
doc-personal-number = Número personal

## Errors next to a field
error-required = Este campo es obligatorio.
error-too-long = Es demasiado largo.
error-invalid-characters = Contiene caracteres que no se admiten aquí.
error-invalid-format = No tiene el formato esperado.
error-unusual-format = Este número no tiene el formato habitual; confírmelo si es correcto.
error-checksum = Este número no es válido (su dígito de control no coincide).
error-invalid-date = No es una fecha válida.
error-date-in-future = Esta fecha es posterior a hoy.
error-too-young = Todavía no tiene la edad exigida para apoyar una iniciativa en su Estado miembro.
error-not-allowed = Este dato no se solicita para su nacionalidad.
error-unknown-field = Campo desconocido.
error-duplicate-field = Este campo se ha enviado dos veces.
error-wrong-type = Tiene un tipo incorrecto.
error-unknown-nationality = Solo pueden firmar los ciudadanos de un Estado miembro de la UE.
error-document-type-not-accepted = Su Estado miembro no acepta este tipo de documento.
error-declaration-required = Confirme la declaración.
error-consent-required = Acepte que se le contacte o deje vacía la dirección de correo electrónico.
error-invalid-email = No es una dirección de correo electrónico válida.

## Pages for refused submissions
unreadable-title = Formulario ilegible
unreadable-text = No se ha podido leer el formulario. Inténtelo de nuevo.
unsupported-title = Solicitud no admitida
unsupported-text = Utilice el formulario.
too-large-title = Demasiados datos
too-large-text = El formulario era demasiado grande para aceptarlo.
rate-limited-title = Demasiados intentos
rate-limited-text = Demasiados intentos desde su conexión. Espere un minuto, vuelva atrás y envíelo de nuevo.
duplicate-title = Ya apoyada
duplicate-text = Ya se ha registrado una declaración de apoyo con estos datos. Cada ciudadano solo puede apoyar una iniciativa una vez.

## Progress page
progress-title = Avance de la recogida
progress-total = { $count ->
    [one] { $shown } declaración de apoyo
   *[other] { $shown } declaraciones de apoyo
}
progress-states = Estados miembros por encima de su umbral: { $count } de { $needed }.
progress-goal = La iniciativa necesita al menos { $total } declaraciones de apoyo, con el umbral alcanzado en al menos { $needed } Estados miembros.
progress-state = Estado miembro
progress-count = Declaraciones
progress-threshold = Umbral
progress-reached = Umbral alcanzado
progress-updated = Las cifras se actualizan cada minuto.

## Member states, in this language
state-AT = Austria
state-BE = Bélgica
state-BG = Bulgaria
state-HR = Croacia
state-CY = Chipre
state-CZ = Chequia
state-DK = Dinamarca
state-EE = Estonia
state-FI = Finlandia
state-FR = Francia
state-DE = Alemania
state-GR = Grecia
state-HU = Hungría
state-IE = Irlanda
state-IT = Italia
state-LV = Letonia
state-LT = Lituania
state-LU = Luxemburgo
state-MT = Malta
state-NL = Países Bajos
state-PL = Polonia
state-PT = Portugal
state-RO = Rumanía
state-SK = Eslovaquia
state-SI = Eslovenia
state-ES = España
state-SE = Suecia

## Receipts and their check (docs/transparency.md)
receipt-text = Su recibo demuestra que su declaración figura en el diario público de declaraciones, sin revelar nada sobre usted. Guárdelo para comprobar más adelante que sigue contando.
receipt-download = Descargar el recibo
receipt-check-link = Comprobar un recibo
check-title = Comprobar un recibo
check-heading = Compruebe que su declaración se cuenta
check-intro = Elija el recibo que descargó después de firmar. Su navegador lo comprueba con el diario público; el recibo no se envía a ninguna parte.
check-file = Archivo del recibo
check-button = Comprobar el recibo
check-nojs = Esta comprobación se hace en su navegador y necesita JavaScript. Sin él, cualquiera puede comprobar un recibo con la herramienta gratuita de los organizadores:
check-ok = Su declaración se cuenta: figura en el diario público y la firma del diario es válida.
check-ok-detail = Comprobado con el último estado firmado del diario: entrada { $leaf } de { $size } en la parte { $shard } del diario.
check-fail = No se pudo verificar este recibo.
check-fail-file = El archivo no es un recibo de esta recogida o ha sido modificado. Elija el archivo que descargó después de firmar (receipt-….json).
check-fail-unreachable = No se ha podido acceder al diario público en este momento. Inténtelo de nuevo dentro de unos minutos.
check-fail-missing = El diario no contiene su declaración tal como indica el recibo. Informe a los organizadores: { $contact }

## Campaigns: partners, sharing, link previews
meta-description = Apoye en línea la iniciativa ciudadana europea «{ $title }», en su lengua. Se tarda alrededor de un minuto.
partner-via = Está firmando a través de { $partner }.
partner-consent = También acepto que { $partner } utilice mi dirección de correo electrónico para informarme sobre esta iniciativa.
share-heading = Pida a otras personas que firmen
share-text = «{ $title }»: una iniciativa ciudadana europea que se puede apoyar en línea en un minuto.
share-email = Correo electrónico
share-more = Compartir…
share-hint = Estos enlaces abren el servicio elegido en una ventana nueva; antes no se le envía nada.
share-address = Dirección para compartir

## Counters and the map
counter-partner = Declaraciones de apoyo recogidas a través de { $partner }
counter-goal = Objetivo: { $goal }
counter-sign = Apoyar la iniciativa
counter-badge = declaraciones de apoyo
map-title = Estados miembros según la parte alcanzada de su umbral
map-share = { $state }: { $percent } % de su umbral
map-none = ninguna aún
map-under-25 = menos del 25 %
map-25-50 = del 25 al 50 %
map-50-100 = del 50 al 100 %

## Paper form
paper-link = Imprimir un formulario en papel para recoger firmas a mano
paper-title = Formulario de declaración de apoyo
paper-intro = Imprima este formulario, haga que lo rellenen a mano ciudadanos del Estado miembro indicado y devuélvalo a los organizadores.
paper-part-a = Parte A: para los Estados miembros que no exigen un número de identificación personal ni de documento
paper-part-b = Parte B: para los Estados miembros que exigen un número de identificación personal o de documento
paper-collected-by = Este formulario lo recoge { $partner } en nombre de los organizadores.
paper-table-caption = Firmantes (una persona por fila, en mayúsculas)
paper-date-signature = Fecha y firma

## Annex III: the initiative's particulars, points 1 to 8 of every form (docs/certification.md)
particulars-heading = Sobre esta iniciativa
particular-nationals = Todos los firmantes del presente formulario son nacionales de:
particular-registration = Número de registro de la Comisión Europea:
particular-period = Fecha de inicio y fin del período de recogida:
particular-register = Dirección de la página web de esta iniciativa en el registro de la Comisión Europea:
particular-title = Título de esta iniciativa:
particular-objectives = Objetivos principales:
particular-contacts = Nombres y direcciones de correo electrónico de las personas de contacto registradas:
particular-website = Sitio web de la iniciativa (si lo hay):
date-range = del { $start } al { $end }

## Annex III: the declaration and the privacy statement, word for word (docs/certification.md)
declaration = Certifico que los datos facilitados en este formulario son correctos y que aún no he dado apoyo con mi firma a la iniciativa.
declaration-eid = Certifico que aún no he dado apoyo con mi firma a esta iniciativa ciudadana.
privacy-heading = Declaración de privacidad
privacy-1 = De conformidad con el Reglamento (UE) 2016/679 (Reglamento general de protección de datos), los datos personales facilitados en el presente formulario solo se utilizarán para el apoyo de la iniciativa y se pondrán a disposición de las autoridades nacionales competentes a efectos de la verificación y certificación. Tiene usted derecho a solicitar al grupo de organizadores de esta iniciativa acceso, rectificación, supresión y restricción del tratamiento de sus datos personales.
privacy-2 = El grupo de organizadores conservará sus datos durante un período de conservación máximo de un mes desde la presentación de la iniciativa a la Comisión Europea o de 21 meses desde el inicio del período de recogida, si este plazo fuese más breve. Podrán conservarse más allá de los plazos previstos en el caso de procedimientos administrativos o judiciales, durante un plazo máximo de un mes después de la fecha en que concluyan dichos procedimientos.
privacy-3 = Sin perjuicio de cualquier otro recurso administrativo o acción judicial, si considera que sus datos se han tratado de forma ilegal, tiene usted derecho a presentar en todo momento una reclamación ante una autoridad de protección de datos, en particular en el Estado miembro en el que tenga su residencia habitual, lugar de trabajo o lugar de la supuesta infracción.
privacy-4 = El representante del grupo de organizadores de la iniciativa o, en su caso, la persona jurídica creada por ellos, es el responsable del tratamiento de datos en el sentido del Reglamento general de protección de datos y puede ser contactado con la información facilitada en el presente formulario.
privacy-5 = Los datos de contacto del delegado de protección de datos (en su caso) están disponibles en la página web de esta iniciativa en el registro de la Comisión Europea, tal como se indica en el punto 4 del presente formulario.
privacy-6 = Los datos de contacto de la autoridad nacional encargada de recibir y tratar sus datos personales y los datos de contacto de las autoridades nacionales de protección de datos pueden consultarse en: http://ec.europa.eu/citizens-initiative/public/data-protection.
controller-label = Responsable del tratamiento:
controller-representative = { $name }, representante del grupo de organizadores
controller-contact = Contacto sobre sus datos personales:
dpo-label = Delegado de protección de datos:
dpo-none = no designado

## Privacy notice: what the website processes besides the statement (/{lang}/privacy)
notice-title = Cómo trata este sitio sus datos
notice-intro = La declaración de privacidad del formulario se refiere a su declaración de apoyo. Esta página describe todo lo demás que este sitio trata cuando usted lo visita o firma: qué, por qué, durante cuánto tiempo y quién.
notice-statement-heading = Su declaración de apoyo
notice-statement = El sitio comprueba su declaración, la cifra de inmediato de modo que solo los organizadores puedan abrirla y almacena únicamente la declaración cifrada: nadie de quienes gestionan el sitio puede leerla. Se conserva y se suprime como indica la declaración de privacidad.
notice-bot-heading = La comprobación contra las firmas automáticas
notice-bot = Antes de aceptar una declaración, Cloudflare Turnstile comprueba que la envía una persona, a partir de señales como su dirección IP y la identificación de su navegador. Cloudflare las trata solo para distinguir a las personas de los bots, conforme a su anexo de privacidad de Turnstile; el sitio recibe únicamente el resultado.
notice-limit-heading = El límite de intentos repetidos
notice-limit = Para impedir los envíos masivos, el sitio cuenta durante un minuto los intentos de cada conexión, bajo un código calculado de forma irreversible a partir de su dirección IP, nunca bajo la dirección misma. Pasado ese minuto, el recuento se olvida.
notice-log-heading = El diario público de declaraciones
notice-log = Cada declaración almacenada añade una entrada a un diario público, para que cualquiera pueda comprobar que no se ha suprimido ni modificado ninguna declaración. Una entrada es una huella irreversible de la declaración cifrada y no revela nada sobre usted. El diario se suprime junto con las declaraciones. Su recibo permanece en su dispositivo, salvo que usted lo comparta.
notice-email-heading = Su dirección de correo electrónico
notice-email = Solo si la facilita y marca el consentimiento: se cifra para los organizadores, se guarda separada de su declaración y se utiliza únicamente para informarle sobre esta iniciativa. Se suprime junto con las declaraciones, o antes si retira su consentimiento escribiendo al contacto indicado abajo.
notice-hosting-heading = Alojamiento
notice-hosting = El sitio funciona en la red de Cloudflare, Inc., que lo trata por cuenta de los organizadores como encargado del tratamiento. Las declaraciones cifradas se almacenan { $where ->
    [eu] en centros de datos situados en la Unión Europea
   *[other] en centros de datos que elige Cloudflare
}.
notice-records-heading = Registros técnicos y cookies
notice-records = El sitio no anota datos personales ni direcciones IP en sus registros técnicos. No instala cookies ni carga nada de otros sitios, salvo la comprobación contra las firmas automáticas.
notice-rights-heading = Sus derechos y a quién dirigirse
notice-rights = Usted tiene los derechos que enumera la declaración de privacidad, también respecto de este tratamiento. Para ejercerlos, o ante cualquier pregunta sobre esta página, diríjase al responsable del tratamiento:
