# ocs-edge: italiano. Riferimento: en.ftl (stessi identificativi e variabili).

## Page frame
skip-to-content = Vai al contenuto
language = Lingua:
footer-initiative = Iniziativa dei cittadini europei { $id }.
official-register = Registro ufficiale
progress-link = Andamento della raccolta
back-to-initiative = Torna all'iniziativa

## Landing and nationality
support-title = Sostenere questa iniziativa
landing-intro = Ogni cittadino dell'Unione europea che abbia l'età richiesta nel proprio Stato membro può sostenere questa iniziativa online. Ci vuole circa un minuto.
nationality-label = La sua cittadinanza
nationality-hint = I dati richiesti dipendono dallo Stato membro di cui è cittadino. Se ha più cittadinanze dell'UE, ne scelga una: è possibile sostenere un'iniziativa una sola volta.
choose-option = Scelga…
continue = Continua
choose-title = Scelga la sua cittadinanza
unknown-nationality = «{ $code }» non è uno Stato membro dell'Unione europea.

## Collection closed
closed-title = Non è possibile firmare ora
not-started = La raccolta delle dichiarazioni di sostegno non è ancora iniziata. Torni quando sarà iniziata.
ended = La raccolta delle dichiarazioni di sostegno è terminata. Grazie per l'interesse.

## Confirmation
thanks-title = Grazie
thanks-heading = Grazie: il suo sostegno è stato registrato
thanks-stored = La sua dichiarazione di sostegno è stata cifrata per gli organizzatori e conservata.
statement-number = Numero della sua dichiarazione di sostegno:
statement-number-hint = Conservi questo numero se in futuro vorrà chiedere agli organizzatori di cancellare la sua dichiarazione. Non rivela nulla su di lei.

## The form
signing-as = La sua cittadinanza: { $state }.
change-nationality = Cambia cittadinanza
note-de-abroad = Se vive fuori dalla Germania, può firmare con il suo indirizzo all'estero solo se ha registrato la sua residenza permanente presso la rappresentanza diplomatica tedesca competente.
bot-check-failed = Non siamo riusciti a confermare che lei non è un robot. Riprovi; i dati inseriti sono stati conservati.
bot-check-unavailable = Al momento non è stato possibile effettuare il controllo contro le firme automatiche. Non è stato salvato nulla e i suoi dati sono stati conservati: invii di nuovo il modulo tra un minuto.
wallet-button = Firma con il tuo portafoglio europeo di identità digitale
wallet-intro = Con il tuo portafoglio europeo di identità digitale, i tuoi dati provengono dalla credenziale d'identità del tuo paese e non devi digitarli.
wallet-filled = I tuoi dati dal portafoglio sono compilati qui sotto e non possono essere modificati qui. Completa ciò che è ancora vuoto, poi invia il modulo.
wallet-refused-untrusted = Non è stato possibile verificare che la risposta del tuo portafoglio provenga da un fornitore di identità riconosciuto. Non è stato salvato nulla. Puoi compilare tu stesso il modulo.
wallet-refused-again = La risposta del tuo portafoglio non era destinata a questa pagina oppure è arrivata troppo tardi. Non è stato salvato nulla. Interroga di nuovo il tuo portafoglio.
wallet-refused-expired = La tua credenziale d'identità è scaduta o non è più valida. Non è stato salvato nulla. Rinnovala nel portafoglio oppure compila tu stesso il modulo.
wallet-refused-status = Al momento non è possibile verificare la validità della tua credenziale d'identità. Non è stato salvato nulla. Riprova tra un minuto oppure compila tu stesso il modulo.
wallet-refused-missing = Il tuo portafoglio non ha condiviso tutti i dati di cui questo modulo ha bisogno. Non è stato salvato nulla. Condividili oppure compila tu stesso il modulo.
wallet-refused-nationality = La tua credenziale d'identità non indica la cittadinanza scelta in questo modulo. Non è stato salvato nulla.
wallet-unavailable = Al momento non è possibile firmare con il portafoglio. Non è stato salvato nulla. Riprova tra un minuto oppure compila tu stesso il modulo.
error-summary-title = Corregga quanto segue
your-details = I suoi dati
all-required = Tutti i campi sono obbligatori, salvo se indicati come facoltativi.
keeping-in-touch = Restare in contatto (facoltativo)
email-label = Indirizzo e-mail (facoltativo)
email-hint = Solo se desidera che gli organizzatori la informino su questa iniziativa. Conservato separatamente dalla sua dichiarazione.
email-consent = Acconsento a che gli organizzatori usino il mio indirizzo e-mail per informarmi su questa iniziativa.
declaration-legend = Dichiarazione
submit = Sostengo l'iniziativa
id-number-hint = Come riportato sul documento; spazi e trattini sono ammessi.
id-number-confirm = Confermo che il numero del documento è corretto come inserito.

## Field labels and hints
field-full-first-names = Nomi completi
field-family-names = Cognomi
field-date-of-birth = Data di nascita
field-street = Via
field-street-number = Numero civico
field-postal-code = Codice postale
field-city = Città
field-country = Paese di residenza
field-id-type = Tipo di documento
field-id-number = Numero del documento
field-email = Indirizzo e-mail
field-email-consent = Consenso
field-nationality = Cittadinanza
field-id-number-confirmed = Conferma
hint-full-first-names = Tutti i suoi nomi, come sul documento d'identità.
hint-family-names = Tutti i suoi cognomi, come sul documento d'identità.
hint-date-of-birth = Giorno, mese e anno, ad esempio 31/12/1990.
hint-postal-code = Lo lasci vuoto solo se gli indirizzi del suo paese di residenza non hanno codice postale.

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
error-unusual-format = Questo numero non ha il formato consueto; lo confermi se è corretto.
error-checksum = Questo numero non è valido (la cifra di controllo non corrisponde).
error-invalid-date = Questa non è una data valida.
error-date-in-future = Questa data è nel futuro.
error-too-young = Non ha ancora l'età richiesta per sostenere un'iniziativa nel suo Stato membro.
error-not-allowed = Questo dato non è richiesto per la sua cittadinanza.
error-unknown-field = Campo sconosciuto.
error-duplicate-field = Questo campo è stato inviato due volte.
error-wrong-type = Il valore è di tipo errato.
error-unknown-nationality = Possono firmare solo i cittadini di uno Stato membro dell'UE.
error-document-type-not-accepted = Il suo Stato membro non accetta questo tipo di documento.
error-declaration-required = Confermi la dichiarazione.
error-consent-required = Acconsenta a essere contattato o lasci vuoto l'indirizzo e-mail.
error-invalid-email = Questo non è un indirizzo e-mail valido.

## Pages for refused submissions
unreadable-title = Modulo illeggibile
unreadable-text = Non è stato possibile leggere il modulo. Riprovi.
unsupported-title = Richiesta non supportata
unsupported-text = Usi il modulo.
too-large-title = Troppi dati
too-large-text = Il modulo era troppo grande per essere accettato.
rate-limited-title = Troppi tentativi
rate-limited-text = Troppi tentativi dalla sua connessione. Attenda un minuto, torni indietro e invii di nuovo.
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
receipt-text = La ricevuta dimostra che la sua dichiarazione è nel log pubblico delle dichiarazioni, senza rivelare nulla su di lei. La conservi per verificare in seguito che venga ancora contata.
receipt-download = Scarica la ricevuta
receipt-check-link = Verifica una ricevuta
check-title = Verifica una ricevuta
check-heading = Verifichi che la sua dichiarazione sia contata
check-intro = Scelga la ricevuta scaricata dopo la firma. Il browser la verifica con il log pubblico; la ricevuta non viene inviata da nessuna parte.
check-file = File della ricevuta
check-button = Verifica la ricevuta
check-nojs = Questa verifica avviene nel browser e richiede JavaScript. Senza, chiunque può verificare una ricevuta con lo strumento gratuito degli organizzatori:
check-ok = La sua dichiarazione è contata: è nel log pubblico e la firma del log è valida.
check-ok-detail = Verificata rispetto all'ultimo stato firmato del log: voce { $leaf } di { $size } nella parte { $shard } del log.
check-fail = Non è stato possibile verificare questa ricevuta.
check-fail-file = Il file non è una ricevuta di questa raccolta, oppure è stato modificato. Scelga il file scaricato dopo la firma (receipt-….json).
check-fail-unreachable = Al momento non è stato possibile raggiungere il log pubblico. Riprovi tra qualche minuto.
check-fail-missing = Il log non contiene la sua dichiarazione come indica la ricevuta. Ne informi gli organizzatori: { $contact }

## Campaigns: partners, sharing, link previews
meta-description = Sostenga online l'iniziativa dei cittadini europei «{ $title }», nella sua lingua. Ci vuole circa un minuto.
partner-via = Sta firmando tramite { $partner }.
partner-consent = Acconsento inoltre che { $partner } usi il mio indirizzo e-mail per informarmi su questa iniziativa.
share-heading = Chieda ad altri di firmare
share-text = «{ $title }»: un'iniziativa dei cittadini europei che si può sostenere online in circa un minuto.
share-email = E-mail
share-more = Condividi…
share-hint = Questi link aprono il servizio scelto in una nuova finestra; prima non gli viene inviato nulla.
share-address = Indirizzo da condividere

## Counters and the map
counter-partner = Dichiarazioni di sostegno raccolte tramite { $partner }
counter-goal = Obiettivo: { $goal }
counter-sign = Sostenere l'iniziativa
counter-badge = dichiarazioni di sostegno
map-title = Stati membri secondo la quota raggiunta della loro soglia
map-share = { $state }: { $percent }% della soglia
map-none = ancora nessuna
map-under-25 = meno del 25%
map-25-50 = dal 25 al 50%
map-50-100 = dal 50 al 100%

## Paper form
paper-link = Stampa un modulo cartaceo per raccogliere firme a mano
paper-title = Modulo di dichiarazione di sostegno
paper-intro = Stampa questo modulo, fallo compilare a mano da cittadini dello Stato membro indicato e restituiscilo agli organizzatori.
paper-part-a = Parte A: per gli Stati membri che non richiedono un numero di identificazione personale o di un documento
paper-part-b = Parte B: per gli Stati membri che richiedono un numero di identificazione personale o di un documento
paper-collected-by = Questo modulo è raccolto da { $partner } per conto degli organizzatori.
paper-table-caption = Firmatari (una persona per riga, in stampatello)
paper-date-signature = Data e firma

## Annex III: the initiative's particulars, points 1 to 8 of every form (docs/certification.md)
particulars-heading = Informazioni su questa iniziativa
particular-nationals = Tutti i firmatari del presente modulo sono cittadini di:
particular-registration = Numero di registrazione della Commissione europea:
particular-period = Data di inizio e di fine del periodo di raccolta:
particular-register = Indirizzo web della presente iniziativa nel registro della Commissione europea:
particular-title = Titolo della presente iniziativa:
particular-objectives = Obiettivi principali:
particular-contacts = Nomi e indirizzi e-mail delle persone di contatto registrate:
particular-website = Sito web dell'iniziativa (se esiste):
date-range = dal { $start } al { $end }

## Annex III: the declaration and the privacy statement, word for word (docs/certification.md)
declaration = Certifico che le informazioni da me fornite nel presente modulo sono esatte e che non ho dichiarato in precedenza il mio sostegno alla presente iniziativa.
declaration-eid = Certifico che non ho dichiarato in precedenza il mio sostegno alla presente iniziativa.
privacy-heading = Informativa sulla privacy
privacy-1 = In conformità del regolamento (UE) 2016/679 (regolamento generale sulla protezione dei dati), i dati personali forniti nel presente modulo saranno usati solo a sostegno dell'iniziativa e messi a disposizione delle autorità nazionali competenti a scopo di verifica e certificazione. Gli interessati hanno il diritto di chiedere al gruppo di organizzatori dell'iniziativa l'accesso ai propri dati personali nonché la rettifica, cancellazione e limitazione del trattamento degli stessi.
privacy-2 = I dati sono conservati dal gruppo di organizzatori per un periodo massimo di conservazione di un mese a partire dalla presentazione dell'iniziativa alla Commissione europea o per 21 mesi dopo l'inizio del periodo di conservazione, se questo termine è anteriore. Possono essere conservati oltre questi termini in caso di procedimenti amministrativi o giudiziari, per un mese al massimo dopo la data della conclusione di tali procedimenti.
privacy-3 = Fatto salvo ogni altro ricorso amministrativo o giudiziario, se ritiene che i suoi dati sono trattati in modo illecito l'interessato ha diritto in qualsiasi momento di proporre reclamo presso un'autorità di protezione dei dati, in particolare nel suo Stato membro di residenza abituale, nel luogo di lavoro oppure nel luogo della presunta violazione.
privacy-4 = Il rappresentante del gruppo di organizzatori dell'iniziativa o, se del caso, l'entità giuridica da esso creata, è il titolare del trattamento ai sensi del regolamento generale sulla protezione dei dati e può essere contattato utilizzando le informazioni fornite sul presente modulo.
privacy-5 = I dati di contatto del responsabile della protezione dei dati (se presente) sono disponibili al sito web dell'iniziativa nel registro della Commissione europea, quali forniti nel punto 4 di tale modulo.
privacy-6 = I dati di contatto dell'autorità nazionale che riceve e tratta i dati personali e i dati di contatto delle autorità nazionali di protezione dei dati possono essere consultati all'indirizzo: http://ec.europa.eu/citizens-initiative/public/data-protection.
controller-label = Titolare del trattamento:
controller-representative = { $name }, rappresentante del gruppo di organizzatori
controller-contact = Contatto per i suoi dati personali:
dpo-label = Responsabile della protezione dei dati:
dpo-none = non designato

## Privacy notice: what the website processes besides the statement (/{lang}/privacy)
notice-title = Come questo sito tratta i suoi dati
notice-intro = L'informativa sulla privacy del modulo riguarda la sua dichiarazione di sostegno. Questa pagina descrive tutto ciò che il sito tratta oltre a essa quando lo visita o firma: che cosa, perché, per quanto tempo e chi.
notice-statement-heading = La sua dichiarazione di sostegno
notice-statement = Il sito verifica la sua dichiarazione, la cifra subito in modo che solo gli organizzatori possano aprirla e conserva soltanto la dichiarazione cifrata: chi gestisce il sito non può leggerla. È conservata e cancellata come indica l'informativa sulla privacy.
notice-bot-heading = Il controllo contro le firme automatiche
notice-bot = Prima che una dichiarazione sia accettata, Cloudflare Turnstile verifica che a inviarla sia una persona, in base a segnali come il suo indirizzo IP e l'identificazione del suo browser. Cloudflare li tratta solo per distinguere le persone dai bot, secondo la sua appendice sulla privacy di Turnstile; il sito riceve soltanto l'esito.
notice-limit-heading = Il limite ai tentativi ripetuti
notice-limit = Per impedire invii in massa, il sito conta per un minuto i tentativi di ogni connessione, sotto un codice calcolato in modo irreversibile dal suo indirizzo IP, mai sotto l'indirizzo stesso. Trascorso quel minuto, il conteggio è dimenticato.
notice-log-heading = Il log pubblico delle dichiarazioni
notice-log = Ogni dichiarazione conservata aggiunge una voce a un log pubblico, affinché chiunque possa verificare che nessuna dichiarazione sia stata rimossa o modificata. Una voce è un'impronta irreversibile della dichiarazione cifrata e non rivela nulla su di lei. Il log è cancellato insieme alle dichiarazioni. La sua ricevuta resta sul suo dispositivo, a meno che lei non la trasmetta.
notice-email-heading = Il suo indirizzo e-mail
notice-email = Solo se lo indica e spunta il consenso: è cifrato per gli organizzatori, conservato separatamente dalla sua dichiarazione e usato solo per informarla su questa iniziativa. È cancellato insieme alle dichiarazioni, o prima se lei revoca il consenso scrivendo al contatto indicato sotto.
notice-hosting-heading = Hosting
notice-hosting = Il sito funziona sulla rete di Cloudflare, Inc., che lo tratta per conto degli organizzatori in qualità di responsabile del trattamento. Le dichiarazioni cifrate sono conservate { $where ->
    [eu] in centri dati nell'Unione europea
   *[other] in centri dati scelti da Cloudflare
}.
notice-records-heading = Log tecnici e cookie
notice-records = Il sito non scrive né dati personali né indirizzi IP nei suoi log tecnici. Non imposta cookie e non carica nulla da altri siti, tranne il controllo contro le firme automatiche.
notice-rights-heading = I suoi diritti e chi contattare
notice-rights = Lei gode dei diritti elencati nell'informativa sulla privacy, anche per questi trattamenti. Per esercitarli, o per qualsiasi domanda su questa pagina, contatti il titolare del trattamento:
