# ocs-edge: italiano. Riferimento: en.ftl (stessi identificativi e variabili).

## Page frame
skip-to-content = Vai al contenuto
language = Lingua:
footer-initiative = Iniziativa dei cittadini europei { $id }.
official-register = Registro ufficiale
progress-link = Andamento della raccolta
back-to-initiative = Torna all'iniziativa
collection-period = Periodo di raccolta: dal { $start } al { $end }.

## Landing and nationality
support-title = Sostieni questa iniziativa
registration-number = Numero di registrazione:
landing-intro = Ogni cittadino dell'Unione europea che abbia l'età richiesta nel proprio Stato membro può sostenere questa iniziativa online. Ci vuole circa un minuto.
nationality-label = La tua cittadinanza
nationality-hint = I dati richiesti dipendono dallo Stato membro di cui sei cittadino. Se hai più cittadinanze dell'UE, scegline una: puoi sostenere un'iniziativa una sola volta.
choose-option = Scegli…
continue = Continua
choose-title = Scegli la tua cittadinanza
unknown-nationality = «{ $code }» non è uno Stato membro dell'Unione europea.

## Collection closed
closed-title = Raccolta chiusa
not-started = La raccolta delle dichiarazioni di sostegno non è ancora iniziata. Torna quando sarà iniziata.
ended = La raccolta delle dichiarazioni di sostegno è terminata. Grazie per l'interesse.

## Confirmation
thanks-title = Grazie
thanks-heading = Grazie: il tuo sostegno è stato registrato
thanks-stored = La tua dichiarazione di sostegno è stata cifrata per gli organizzatori e conservata.
statement-number = Numero della dichiarazione:
statement-number-hint = Conserva questo numero se in futuro vorrai chiedere agli organizzatori di cancellare la tua dichiarazione. Non rivela nulla di te.

## The form
signing-as = Stai firmando come cittadino di: { $state }.
change-nationality = Cambia cittadinanza
note-de-abroad = Se vive fuori dalla Germania, può firmare con il suo indirizzo all'estero solo se ha registrato la sua residenza permanente presso la rappresentanza diplomatica tedesca competente.
bot-check-failed = Non siamo riusciti a confermare che non sei un robot. Riprova; i dati inseriti sono stati conservati.
bot-check-unavailable = Al momento non è stato possibile effettuare il controllo contro le firme automatiche. Non è stato salvato nulla e i suoi dati sono stati conservati: invii di nuovo il modulo tra un minuto.
error-summary-title = Correggi quanto segue
your-details = I tuoi dati
all-required = Tutti i campi sono obbligatori, salvo se indicati come facoltativi.
keeping-in-touch = Restare in contatto (facoltativo)
email-label = Indirizzo e-mail (facoltativo)
email-hint = Solo se desideri che gli organizzatori ti informino su questa iniziativa. Conservato separatamente dalla tua dichiarazione.
email-consent = Acconsento a che gli organizzatori usino il mio indirizzo e-mail per informarmi su questa iniziativa.
declaration-legend = Dichiarazione
declaration = Certifico che le informazioni fornite nel presente modulo sono corrette e che non ho già sostenuto la presente proposta d'iniziativa dei cittadini.
privacy = I tuoi dati personali sono cifrati per gli organizzatori e saranno messi a disposizione solo dell'autorità competente del tuo Stato membro per verificare la dichiarazione, quindi distrutti al più tardi 21 mesi dopo l'inizio della raccolta (regolamento (UE) 2019/788, articolo 19).
submit = Sostieni l'iniziativa
id-number-hint = Come riportato sul documento; spazi e trattini sono ammessi.
id-number-confirm = Confermo che il numero del documento è corretto come inserito.

## Field labels and hints
field-full-first-names = Nomi completi
field-family-names = Cognomi
field-date-of-birth = Data di nascita
field-street = Via
field-street-number = Numero civico
field-postal-code = Codice postale (se presente)
field-city = Città
field-country = Paese di residenza
field-id-type = Tipo di documento
field-id-number = Numero del documento
field-email = Indirizzo e-mail
field-email-consent = Consenso
field-nationality = Cittadinanza
field-id-number-confirmed = Conferma
hint-full-first-names = Tutti i tuoi nomi, come sul documento d'identità.
hint-family-names = Tutti i tuoi cognomi, come sul documento d'identità.
hint-date-of-birth = Giorno, mese e anno, ad esempio 31/12/1990.

## Identification documents
doc-passport = Passaporto
doc-id-card = Carta d'identità
doc-citizens-card = Carta del cittadino
doc-personal-id = Numero di identificazione personale
doc-personal-number = Numero personale

## Errors next to a field
error-required = Questo campo è obbligatorio.
error-too-long = Il valore è troppo lungo.
error-invalid-characters = Il valore contiene caratteri non ammessi qui.
error-invalid-format = Il valore non ha il formato previsto.
error-unusual-format = Questo numero non ha il formato consueto; confermalo se è corretto.
error-checksum = Questo numero non è valido (la cifra di controllo non corrisponde).
error-invalid-date = Questa non è una data valida.
error-date-in-future = Questa data è nel futuro.
error-too-young = Non hai ancora l'età richiesta per sostenere un'iniziativa nel tuo Stato membro.
error-not-allowed = Questo dato non è richiesto per la tua cittadinanza.
error-unknown-field = Campo sconosciuto.
error-duplicate-field = Questo campo è stato inviato due volte.
error-wrong-type = Il valore è di tipo errato.
error-unknown-nationality = Possono firmare solo i cittadini di uno Stato membro dell'UE.
error-document-type-not-accepted = Il tuo Stato membro non accetta questo tipo di documento.
error-declaration-required = Conferma la dichiarazione.
error-consent-required = Acconsenti a essere contattato o lascia vuoto l'indirizzo e-mail.
error-invalid-email = Questo non è un indirizzo e-mail valido.

## Pages for refused submissions
unreadable-title = Modulo illeggibile
unreadable-text = Non è stato possibile leggere il modulo. Riprova.
unsupported-title = Richiesta non supportata
unsupported-text = Usa il modulo.
too-large-title = Troppi dati
too-large-text = Il modulo era troppo grande per essere accettato.
rate-limited-title = Troppi tentativi
rate-limited-text = Troppi tentativi dalla tua connessione. Attendi un minuto, torna indietro e invia di nuovo.
duplicate-title = Già sostenuta
duplicate-text = È già stata registrata una dichiarazione di sostegno con questi dati. Ogni cittadino può sostenere un'iniziativa una sola volta.

## Progress page
progress-title = Andamento della raccolta
progress-total = { $count ->
    [one] { $shown } dichiarazione di sostegno
   *[other] { $shown } dichiarazioni di sostegno
}
progress-states = Stati membri oltre la soglia: { $count } su { $needed }.
progress-goal = L'iniziativa ha bisogno di almeno { $total } dichiarazioni di sostegno e della soglia raggiunta in almeno { $needed } Stati membri.
progress-state = Stato membro
progress-count = Dichiarazioni
progress-threshold = Soglia
progress-reached = Soglia raggiunta
progress-updated = I dati sono aggiornati ogni minuto.

## Member states, in this language
state-AT = Austria
state-BE = Belgio
state-BG = Bulgaria
state-HR = Croazia
state-CY = Cipro
state-CZ = Cechia
state-DK = Danimarca
state-EE = Estonia
state-FI = Finlandia
state-FR = Francia
state-DE = Germania
state-GR = Grecia
state-HU = Ungheria
state-IE = Irlanda
state-IT = Italia
state-LV = Lettonia
state-LT = Lituania
state-LU = Lussemburgo
state-MT = Malta
state-NL = Paesi Bassi
state-PL = Polonia
state-PT = Portogallo
state-RO = Romania
state-SK = Slovacchia
state-SI = Slovenia
state-ES = Spagna
state-SE = Svezia

## Receipts and their check (docs/transparency.md)
receipt-text = La ricevuta dimostra che la sua dichiarazione è nel registro pubblico delle dichiarazioni, senza rivelare nulla su di lei. La conservi per verificare in seguito che venga ancora contata.
receipt-download = Scarica la ricevuta
receipt-check-link = Verifica una ricevuta
check-title = Verifica una ricevuta
check-heading = Verifichi che la sua dichiarazione sia contata
check-intro = Scelga la ricevuta scaricata dopo la firma. Il browser la verifica con il registro pubblico; la ricevuta non viene inviata da nessuna parte.
check-file = File della ricevuta
check-button = Verifica la ricevuta
check-nojs = Questa verifica avviene nel browser e richiede JavaScript. Senza, chiunque può verificare una ricevuta con lo strumento gratuito degli organizzatori:
check-ok = La sua dichiarazione è contata: è nel registro pubblico e la firma del registro è valida.
check-fail = Non è stato possibile verificare questa ricevuta.

## Campaigns: partners, sharing, link previews
meta-description = Sostieni online l'iniziativa dei cittadini europei «{ $title }», nella tua lingua. Ci vuole circa un minuto.
partner-via = Stai firmando tramite { $partner }.
partner-consent = Acconsento inoltre che { $partner } usi il mio indirizzo e-mail per informarmi su questa iniziativa.
share-heading = Chiedi ad altri di firmare
share-text = Ho sostenuto l'iniziativa dei cittadini europei «{ $title }». Puoi farlo anche tu:
share-email = E-mail
share-more = Condividi…
share-hint = Questi link aprono il servizio scelto in una nuova finestra; prima non gli viene inviato nulla.
share-address = Indirizzo da condividere

## Counters and the map
counter-partner = Dichiarazioni di sostegno raccolte tramite { $partner }
counter-goal = Obiettivo: { $goal }
counter-sign = Sostieni l'iniziativa
counter-badge = dichiarazioni di sostegno
map-title = Stati membri secondo la quota raggiunta della loro soglia
map-share = { $state }: { $percent } % della soglia
map-under-25 = meno del 25 %
map-25-50 = dal 25 al 50 %
map-50-100 = dal 50 al 100 %

## Paper form
paper-link = Stampa un modulo cartaceo per raccogliere firme a mano
paper-title = Modulo di dichiarazione di sostegno
paper-intro = Stampa questo modulo, fallo compilare a mano da cittadini dello Stato membro indicato e restituiscilo agli organizzatori.
paper-part-a = Parte A: per gli Stati membri che non richiedono un numero di identificazione personale o di un documento
paper-part-b = Parte B: per gli Stati membri che richiedono un numero di identificazione personale o di un documento
paper-nationals = Tutti i firmatari di questo modulo sono cittadini di: { $state }.
paper-collected-by = Questo modulo è raccolto da { $partner } per conto degli organizzatori.
paper-registered-on = Data di registrazione:
paper-register = Indirizzo web di questa iniziativa nel registro della Commissione:
paper-initiative-title = Titolo della proposta di iniziativa dei cittadini:
paper-objectives = I suoi obiettivi principali:
paper-contacts = Nomi e indirizzi e-mail delle persone di contatto registrate:
paper-website = Sito web della proposta di iniziativa dei cittadini:
paper-table-caption = Firmatari (una persona per riga, in stampatello)
paper-privacy = Gli organizzatori renderanno disponibili i tuoi dati personali solo all'autorità competente del tuo Stato membro per la verifica della dichiarazione e li distruggeranno al più tardi 21 mesi dopo l'inizio della raccolta (regolamento (UE) 2019/788, articolo 19).
paper-date-signature = Data e firma
