# ocs-edge: español. Referencia: en.ftl (mismos identificadores y variables).

## Page frame
skip-to-content = Ir al contenido
language = Idioma:
footer-initiative = Iniciativa ciudadana europea { $id }.
official-register = Registro oficial
progress-link = Avance de la recogida
back-to-initiative = Volver a la iniciativa
collection-period = Período de recogida: del { $start } al { $end }.

## Landing and nationality
support-title = Apoyar esta iniciativa
registration-number = Número de registro:
landing-intro = Cualquier ciudadano de la Unión Europea con la edad exigida en su Estado miembro puede apoyar esta iniciativa en línea. Se tarda alrededor de un minuto.
nationality-label = Su nacionalidad
nationality-hint = Los datos solicitados dependen del Estado miembro del que usted sea nacional. Si tiene varias nacionalidades de la UE, elija una: solo puede apoyar una iniciativa una vez.
choose-option = Elija…
continue = Continuar
choose-title = Elija su nacionalidad
unknown-nationality = «{ $code }» no es un Estado miembro de la Unión Europea.

## Collection closed
closed-title = Recogida cerrada
not-started = La recogida de declaraciones de apoyo aún no ha comenzado. Vuelva cuando haya empezado.
ended = La recogida de declaraciones de apoyo ha terminado. Gracias por su interés.

## Confirmation
thanks-title = Gracias
thanks-heading = Gracias: su apoyo ha quedado registrado
thanks-stored = Su declaración de apoyo se ha cifrado para los organizadores y se ha almacenado.
statement-number = Número de la declaración:
statement-number-hint = Guarde este número por si más adelante desea pedir a los organizadores que supriman su declaración. No revela nada sobre usted.

## The form
signing-as = Firma usted como nacional de { $state }.
change-nationality = Cambiar de nacionalidad
note-de-abroad = Si vive fuera de Alemania, solo puede firmar con su dirección en el extranjero si ha registrado su residencia permanente en la representación diplomática alemana competente en ese país.
bot-check-failed = No hemos podido confirmar que usted no es un robot. Inténtelo de nuevo; sus datos se han conservado.
bot-check-unavailable = No hemos podido realizar ahora la comprobación contra las firmas automáticas. No se ha guardado nada y se han conservado sus datos: vuelva a enviar el formulario dentro de un minuto.
error-summary-title = Corrija lo siguiente
your-details = Sus datos
all-required = Todos los campos son obligatorios salvo que se indique lo contrario.
keeping-in-touch = Mantenerse informado (opcional)
email-label = Dirección de correo electrónico (opcional)
email-hint = Solo si desea que los organizadores le informen sobre esta iniciativa. Se guarda separada de su declaración.
email-consent = Acepto que los organizadores utilicen mi dirección de correo electrónico para informarme sobre esta iniciativa.
declaration-legend = Declaración
declaration = Por la presente certifico que la información que figura en este formulario es correcta y que no he apoyado anteriormente esta propuesta de iniciativa ciudadana.
privacy = Sus datos personales se cifran para los organizadores y solo se pondrán a disposición de la autoridad competente de su Estado miembro para verificar su declaración; se destruirán a más tardar 21 meses después del inicio de la recogida (Reglamento (UE) 2019/788, artículo 19).
submit = Apoyar la iniciativa
id-number-hint = Tal como figura en el documento; se admiten espacios y guiones.
id-number-confirm = Confirmo que el número del documento es correcto tal como lo he introducido.

## Field labels and hints
field-full-first-names = Nombre completo
field-family-names = Apellidos
field-date-of-birth = Fecha de nacimiento
field-street = Calle
field-street-number = Número
field-postal-code = Código postal (si lo hay)
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
receipt-text = Su recibo demuestra que su declaración figura en el registro público de declaraciones, sin revelar nada sobre usted. Guárdelo para comprobar más adelante que sigue contando.
receipt-download = Descargar el recibo
receipt-check-link = Comprobar un recibo
check-title = Comprobar un recibo
check-heading = Compruebe que su declaración se cuenta
check-intro = Elija el recibo que descargó después de firmar. Su navegador lo comprueba con el registro público; el recibo no se envía a ninguna parte.
check-file = Archivo del recibo
check-button = Comprobar el recibo
check-nojs = Esta comprobación se hace en su navegador y necesita JavaScript. Sin él, cualquiera puede comprobar un recibo con la herramienta gratuita de los organizadores:
check-ok = Su declaración se cuenta: figura en el registro público y la firma del registro es válida.
check-fail = No se pudo verificar este recibo.

## Campaigns: partners, sharing, link previews
meta-description = Apoye en línea la iniciativa ciudadana europea «{ $title }», en su lengua. Se tarda alrededor de un minuto.
partner-via = Está firmando a través de { $partner }.
partner-consent = También acepto que { $partner } utilice mi dirección de correo electrónico para informarme sobre esta iniciativa.
share-heading = Pida a otras personas que firmen
share-text = He apoyado la iniciativa ciudadana europea «{ $title }». Usted también puede hacerlo:
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
map-share = { $state }: { $percent } % de su umbral
map-under-25 = menos del 25 %
map-25-50 = del 25 al 50 %
map-50-100 = del 50 al 100 %

## Paper form
paper-link = Imprimir un formulario en papel para recoger firmas a mano
paper-title = Formulario de declaración de apoyo
paper-intro = Imprima este formulario, haga que lo rellenen a mano ciudadanos del Estado miembro indicado y devuélvalo a los organizadores.
paper-part-a = Parte A: para los Estados miembros que no exigen un número de identificación personal ni de documento
paper-part-b = Parte B: para los Estados miembros que exigen un número de identificación personal o de documento
paper-nationals = Todos los firmantes de este formulario son nacionales de: { $state }.
paper-collected-by = Este formulario lo recoge { $partner } en nombre de los organizadores.
paper-registered-on = Fecha de registro:
paper-register = Dirección web de esta iniciativa en el registro de la Comisión:
paper-initiative-title = Título de la propuesta de iniciativa ciudadana:
paper-objectives = Sus principales objetivos:
paper-contacts = Nombres y direcciones de correo electrónico de las personas de contacto registradas:
paper-website = Sitio web de la propuesta de iniciativa ciudadana:
paper-table-caption = Firmantes (una persona por fila, en mayúsculas)
paper-privacy = Los organizadores solo pondrán sus datos personales a disposición de la autoridad competente de su Estado miembro para verificar su declaración y los destruirán a más tardar 21 meses después del inicio de la recogida (Reglamento (UE) 2019/788, artículo 19).
paper-date-signature = Fecha y firma
