# ocs-edge: Deutsch. Reference: en.ftl (same message ids and variables).

## Page frame
skip-to-content = Zum Inhalt springen
language = Sprache:
footer-initiative = Europäische Bürgerinitiative { $id }.
official-register = Offizielles Register
progress-link = Stand der Sammlung
back-to-initiative = Zurück zur Initiative

## Landing and nationality
support-title = Diese Initiative unterstützen
landing-intro = Alle Bürgerinnen und Bürger der Europäischen Union, die in ihrem Mitgliedstaat alt genug sind, können diese Initiative online unterstützen. Es dauert etwa eine Minute.
nationality-label = Ihre Staatsangehörigkeit
nationality-hint = Welche Angaben verlangt werden, hängt vom Mitgliedstaat ab, dessen Staatsangehörigkeit Sie besitzen. Wenn Sie mehrere EU-Staatsangehörigkeiten haben, wählen Sie eine: Sie dürfen eine Initiative nur einmal unterstützen.
choose-option = Bitte wählen…
continue = Weiter
choose-title = Wählen Sie Ihre Staatsangehörigkeit
unknown-nationality = „{ $code }“ ist kein Mitgliedstaat der Europäischen Union.

## Collection closed
closed-title = Unterzeichnen derzeit nicht möglich
not-started = Die Sammlung von Unterstützungs­bekundungen hat noch nicht begonnen. Bitte kommen Sie wieder, sobald sie begonnen hat.
ended = Die Sammlung von Unterstützungs­bekundungen ist beendet. Vielen Dank für Ihr Interesse.

## Confirmation
thanks-title = Vielen Dank
thanks-heading = Vielen Dank: Ihre Unterstützung wurde erfasst
thanks-stored = Ihre Unterstützungs­bekundung wurde für die Organisatoren verschlüsselt und gespeichert.
statement-number = Nummer Ihrer Unterstützungs­bekundung:
statement-number-hint = Bewahren Sie diese Nummer auf, falls Sie die Organisatoren später bitten möchten, Ihre Unterstützungs­bekundung zu löschen. Sie verrät nichts über Sie.

## The form
signing-as = Ihre Staatsangehörigkeit: { $state }.
change-nationality = Staatsangehörigkeit ändern
note-de-abroad = Wenn Sie außerhalb Deutschlands wohnen, dürfen Sie nur dann mit Ihrer Adresse im Ausland unterzeichnen, wenn Sie Ihren ständigen Wohnsitz bei der zuständigen deutschen Auslandsvertretung gemeldet haben.
bot-check-failed = Wir konnten nicht bestätigen, dass Sie kein Roboter sind. Bitte versuchen Sie es erneut; Ihre Eingaben bleiben erhalten.
bot-check-unavailable = Die Prüfung gegen automatisches Unterzeichnen war gerade nicht möglich. Es wurde nichts gespeichert und Ihre Eingaben bleiben erhalten: Bitte senden Sie das Formular in einer Minute erneut.
wallet-button = Mit Ihrer EUDI-Wallet unterzeichnen
wallet-intro = Mit Ihrer europäischen Brieftasche für die Digitale Identität (EUDI-Wallet) kommen Ihre Angaben aus dem Identitätsnachweis Ihres Landes und müssen nicht eingetippt werden.
wallet-filled = Ihre Angaben aus der Wallet sind unten eingetragen und können hier nicht geändert werden. Ergänzen Sie, was noch leer ist, und senden Sie dann das Formular.
wallet-refused-untrusted = Die Antwort Ihrer Wallet konnte nicht als die eines anerkannten Identitätsanbieters bestätigt werden. Es wurde nichts gespeichert. Sie können das Formular selbst ausfüllen.
wallet-refused-again = Die Antwort Ihrer Wallet war nicht für diese Seite bestimmt oder kam zu spät. Es wurde nichts gespeichert. Bitte fragen Sie Ihre Wallet erneut.
wallet-refused-expired = Ihr Identitätsnachweis ist abgelaufen oder nicht mehr gültig. Es wurde nichts gespeichert. Erneuern Sie ihn in Ihrer Wallet oder füllen Sie das Formular selbst aus.
wallet-refused-status = Die Gültigkeit Ihres Identitätsnachweises kann gerade nicht geprüft werden. Es wurde nichts gespeichert. Bitte versuchen Sie es in einer Minute erneut oder füllen Sie das Formular selbst aus.
wallet-refused-missing = Ihre Wallet hat nicht alle Angaben geteilt, die dieses Formular braucht. Es wurde nichts gespeichert. Bitte teilen Sie sie oder füllen Sie das Formular selbst aus.
wallet-refused-nationality = Ihr Identitätsnachweis nennt nicht die in diesem Formular gewählte Staatsangehörigkeit. Es wurde nichts gespeichert.
wallet-unavailable = Das Unterzeichnen mit der Wallet ist gerade nicht möglich. Es wurde nichts gespeichert. Bitte versuchen Sie es in einer Minute erneut oder füllen Sie das Formular selbst aus.
error-summary-title = Bitte korrigieren Sie Folgendes
your-details = Ihre Angaben
all-required = Alle Felder sind Pflichtfelder, sofern nicht als optional gekennzeichnet.
keeping-in-touch = In Kontakt bleiben (optional)
email-label = E-Mail-Adresse (optional)
email-hint = Nur wenn die Organisatoren Sie über diese Initiative informieren sollen. Getrennt von Ihrer Unterstützungs­bekundung gespeichert.
email-consent = Ich bin damit einverstanden, dass die Organisatoren meine E-Mail-Adresse nutzen, um mich über diese Initiative zu informieren.
declaration-legend = Erklärung
submit = Initiative unterstützen
id-number-hint = Wie auf dem Dokument angegeben; Leerzeichen und Bindestriche sind erlaubt.
id-number-confirm = Ich bestätige, dass die Dokumentennummer wie eingegeben richtig ist.

## Field labels and hints
field-full-first-names = Vollständige Vornamen
field-family-names = Familiennamen
field-date-of-birth = Geburtsdatum
field-street = Straße
field-street-number = Hausnummer
field-postal-code = Postleitzahl
field-city = Ort
field-country = Wohnsitzland
field-id-type = Art des Dokuments
field-id-number = Dokumentennummer
field-email = E-Mail-Adresse
field-email-consent = Einwilligung
field-nationality = Staatsangehörigkeit
field-id-number-confirmed = Bestätigung
hint-full-first-names = Alle Ihre Vornamen, wie in Ihrem Ausweisdokument.
hint-family-names = Alle Ihre Familiennamen, wie in Ihrem Ausweisdokument.
hint-date-of-birth = Tag, Monat und Jahr, zum Beispiel 31.12.1990.
hint-postal-code = Lassen Sie das Feld nur leer, wenn Adressen in Ihrem Wohnsitzland keine Postleitzahl haben.

## Identification documents
doc-passport = Reisepass
doc-id-card = Personalausweis
doc-citizens-card = Bürgerkarte
doc-personal-id = Persönliche Identifikationsnummer
doc-personal-number = Persönliche Nummer

## Errors next to a field
error-required = Dieses Feld ist ein Pflichtfeld.
error-too-long = Diese Angabe ist zu lang.
error-invalid-characters = Diese Angabe enthält Zeichen, die hier nicht erlaubt sind.
error-invalid-format = Diese Angabe hat nicht das erwartete Format.
error-unusual-format = Diese Nummer entspricht nicht dem üblichen Format; bestätigen Sie sie, wenn sie richtig ist.
error-checksum = Diese Nummer ist ungültig (ihre Prüfziffer stimmt nicht).
error-invalid-date = Dies ist kein gültiges Datum.
error-date-in-future = Dieses Datum liegt in der Zukunft.
error-too-young = Sie sind noch nicht alt genug, um in Ihrem Mitgliedstaat eine Initiative zu unterstützen.
error-not-allowed = Diese Angabe wird für Ihre Staatsangehörigkeit nicht verlangt.
error-unknown-field = Unbekanntes Feld.
error-duplicate-field = Dieses Feld wurde zweimal gesendet.
error-wrong-type = Diese Angabe hat den falschen Typ.
error-unknown-nationality = Nur Bürgerinnen und Bürger eines EU-Mitgliedstaats können unterzeichnen.
error-document-type-not-accepted = Ihr Mitgliedstaat akzeptiert diese Dokumentenart nicht.
error-declaration-required = Bitte bestätigen Sie die Erklärung.
error-consent-required = Bitte willigen Sie in die Kontaktaufnahme ein oder lassen Sie die E-Mail-Adresse leer.
error-invalid-email = Dies ist keine gültige E-Mail-Adresse.

## Pages for refused submissions
unreadable-title = Formular nicht lesbar
unreadable-text = Das Formular konnte nicht gelesen werden. Bitte versuchen Sie es erneut.
unsupported-title = Nicht unterstützte Anfrage
unsupported-text = Bitte verwenden Sie das Formular.
too-large-title = Zu viele Daten
too-large-text = Das Formular war zu groß, um angenommen zu werden.
rate-limited-title = Zu viele Versuche
rate-limited-text = Zu viele Versuche von Ihrer Verbindung. Warten Sie eine Minute, gehen Sie zurück und senden Sie erneut.
duplicate-title = Bereits unterstützt
duplicate-text = Eine Unterstützungs­bekundung mit diesen Angaben wurde bereits erfasst. Jede Bürgerin und jeder Bürger darf eine Initiative nur einmal unterstützen.

## Progress page
progress-title = Stand der Sammlung
progress-total = { $count ->
    [one] { $shown } Unterstützungs­bekundung
   *[other] { $shown } Unterstützungs­bekundungen
}
progress-states = Mitgliedstaaten über ihrem Schwellenwert: { $count } von { $needed }.
progress-goal = Die Initiative braucht mindestens { $total } Unterstützungs­bekundungen und den erreichten Schwellenwert in mindestens { $needed } Mitgliedstaaten.
progress-state = Mitglied­staat
progress-count = Unterstützungs­bekundungen
progress-threshold = Schwellen­wert
progress-reached = Schwellenwert erreicht
progress-updated = Die Zahlen werden jede Minute aktualisiert.

## Member states, in this language
state-AT = Österreich
state-BE = Belgien
state-BG = Bulgarien
state-HR = Kroatien
state-CY = Zypern
state-CZ = Tschechien
state-DK = Dänemark
state-EE = Estland
state-FI = Finnland
state-FR = Frankreich
state-DE = Deutschland
state-GR = Griechenland
state-HU = Ungarn
state-IE = Irland
state-IT = Italien
state-LV = Lettland
state-LT = Litauen
state-LU = Luxemburg
state-MT = Malta
state-NL = Niederlande
state-PL = Polen
state-PT = Portugal
state-RO = Rumänien
state-SK = Slowakei
state-SI = Slowenien
state-ES = Spanien
state-SE = Schweden

## Receipts and their check (docs/transparency.md)
receipt-text = Ihre Quittung beweist, dass Ihre Unterstützungs­bekundung im öffentlichen Protokoll steht, ohne etwas über Sie preiszugeben. Bewahren Sie sie auf, um später zu prüfen, dass sie weiter gezählt wird.
receipt-download = Quittung herunterladen
receipt-check-link = Quittung prüfen
check-title = Quittung prüfen
check-heading = Prüfen, ob Ihre Unterstützungs­bekundung gezählt wird
check-intro = Wählen Sie die Quittung, die Sie nach dem Unterzeichnen heruntergeladen haben. Ihr Browser prüft sie gegen das öffentliche Protokoll; die Quittung wird nirgendwohin gesendet.
check-file = Quittungsdatei
check-button = Quittung prüfen
check-nojs = Diese Prüfung läuft in Ihrem Browser und braucht JavaScript. Ohne JavaScript kann jeder eine Quittung mit dem kostenlosen Werkzeug der Organisatoren prüfen:
check-ok = Ihre Unterstützungs­bekundung wird gezählt: Sie steht im öffentlichen Protokoll, und dessen Signatur ist gültig.
check-ok-detail = Geprüft gegen den neuesten signierten Stand des Protokolls: Eintrag { $leaf } von { $size } in Teil { $shard } des Protokolls.
check-fail = Diese Quittung konnte nicht bestätigt werden.
check-fail-file = Die Datei ist keine Quittung dieser Sammlung, oder sie wurde verändert. Wählen Sie die Datei, die Sie nach dem Unterzeichnen heruntergeladen haben (receipt-….json).
check-fail-unreachable = Das öffentliche Protokoll war gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.
check-fail-missing = Das Protokoll enthält Ihre Unterstützungs­bekundung nicht so, wie es die Quittung verlangt. Bitte informieren Sie die Organisatoren: { $contact }

## Campaigns: partners, sharing, link previews
meta-description = Unterstützen Sie die Europäische Bürgerinitiative „{ $title }“ online, in Ihrer Sprache. Es dauert etwa eine Minute.
partner-via = Sie unterzeichnen über { $partner }.
partner-consent = Ich bin außerdem einverstanden, dass { $partner } meine E-Mail-Adresse nutzt, um mich über diese Initiative zu informieren.
share-heading = Bitten Sie andere um ihre Unterstützung
share-text = „{ $title }“: eine Europäische Bürgerinitiative, die Sie in etwa einer Minute online unterstützen können.
share-email = E-Mail
share-more = Teilen …
share-hint = Diese Links öffnen den gewählten Dienst in einem neuen Fenster; vorher wird nichts an ihn gesendet.
share-address = Adresse zum Teilen

## Counters and the map
counter-partner = Über { $partner } gesammelte Unterstützungs­bekundungen
counter-goal = Ziel: { $goal }
counter-sign = Die Initiative unterstützen
counter-badge = Unterstützungs­bekundungen
map-title = Mitgliedstaaten nach dem erreichten Anteil ihres Schwellenwerts
map-share = { $state }: { $percent } % des Schwellenwerts
map-none = noch keine
map-under-25 = unter 25 %
map-25-50 = 25 bis 50 %
map-50-100 = 50 bis 100 %

## Paper form
paper-link = Ein Papierformular drucken, um Unterschriften von Hand zu sammeln
paper-title = Formular für die Unterstützungs­bekundung
paper-intro = Drucken Sie dieses Formular aus, lassen Sie es von Bürgerinnen und Bürgern des genannten Mitgliedstaats von Hand ausfüllen und geben Sie es den Organisatoren zurück.
paper-part-a = Teil A: für Mitgliedstaaten, die keine persönliche Identifikationsnummer oder Ausweisnummer verlangen
paper-part-b = Teil B: für Mitgliedstaaten, die eine persönliche Identifikationsnummer oder Ausweisnummer verlangen
paper-collected-by = Dieses Formular wird von { $partner } im Auftrag der Organisatoren gesammelt.
paper-table-caption = Unterzeichnende (eine Person pro Zeile, in Großbuchstaben)
paper-date-signature = Datum und Unterschrift

## Annex III: the initiative's particulars, points 1 to 8 of every form (docs/certification.md)
particulars-heading = Zu dieser Initiative
particular-nationals = Alle Unterzeichnenden dieses Formulars sind Staatsangehörige von:
particular-registration = Registriernummer der Europäischen Kommission:
particular-period = Beginn und Ende des Sammelzeitraums:
particular-register = Internetadresse dieser Initiative im Register der Europäischen Kommission:
particular-title = Titel dieser Initiative:
particular-objectives = Hauptziele:
particular-contacts = Namen und E-Mail-Adressen der registrierten Kontaktpersonen:
particular-website = Website dieser Initiative (falls vorhanden):
date-range = { $start } bis { $end }

## Annex III: the declaration and the privacy statement, word for word (docs/certification.md)
declaration = Hiermit bestätige ich, dass die in diesem Formular gemachten Angaben zutreffend sind und ich diese Initiative bisher noch nicht unterstützt habe.
declaration-eid = Hiermit bestätige ich, dass ich diese Bürgerinitiative bisher noch nicht unterstützt habe.
privacy-heading = Datenschutzerklärung
privacy-1 = Gemäß der Verordnung (EU) 2016/679 (Datenschutz-Grundverordnung) werden Ihre personenbezogenen Daten in diesem Formular nur für die Unterstützung der Initiative verwendet und den zuständigen nationalen Behörden für die Zwecke der Überprüfung und Bescheinigung zur Verfügung gestellt. Sie haben das Recht, von der Organisatorengruppe dieser Initiative Zugang zu Ihren personenbezogenen Daten, deren Berichtigung, Löschung und die Einschränkung ihrer Verarbeitung zu verlangen.
privacy-2 = Ihre Daten werden von der Organisatorengruppe für eine maximale Speicherfrist von einem Monat nach Einreichung der Initiative bei der Europäischen Kommission oder 21 Monate nach Beginn des Erfassungszeitraums gespeichert, je nachdem, welcher Zeitpunkt früher liegt. Im Fall von rechtlichen oder verwaltungstechnischen Verfahren können die Daten über diese Fristen hinaus für einen Zeitraum von höchstens einem Monat nach Abschluss der jeweiligen Verfahren gespeichert werden.
privacy-3 = Unbeschadet jedes anderweitigen verwaltungstechnischen oder gerichtlichen Rechtsbehelfs haben Sie das Recht, jederzeit und insbesondere in dem Mitgliedstaat Ihres gewöhnlichen Aufenthalts, Ihres Arbeitsorts oder des Orts des mutmaßlichen Verstoßes Beschwerde bei einer Datenschutzbehörde zu erheben, wenn Sie meinen, dass Ihre Daten unrechtmäßig verarbeitet worden sind.
privacy-4 = Der Vertreter der Organisatorengruppe der Initiative oder gegebenenfalls die von der Gruppe geschaffene juristische Person ist der für die Verarbeitung Verantwortliche im Sinne der Datenschutz-Grundverordnung und kann anhand der Angaben auf diesem Formular kontaktiert werden.
privacy-5 = Die Kontaktdaten des Datenschutzbeauftragten (sofern vorhanden) sind über die in Nummer 4 dieses Formulars angegebene Internetadresse dieser Initiative im Register der Europäischen Kommission abrufbar.
privacy-6 = Die Kontaktdaten der nationalen Behörde, die Ihre personenbezogenen Daten annimmt und bearbeitet, und die Kontaktdaten der nationalen Datenschutzbehörden sind abrufbar unter: http://ec.europa.eu/citizens-initiative/public/data-protection?lg=de.
controller-label = Verantwortlicher:
controller-representative = { $name }, Vertreter/in der Organisatorengruppe
controller-contact = Kontakt zu Ihren personenbezogenen Daten:
dpo-label = Datenschutzbeauftragte/r:
dpo-none = nicht benannt

## Privacy notice: what the website processes besides the statement (/{lang}/privacy)
notice-title = Wie diese Website mit Ihren Daten umgeht
notice-intro = Die Datenschutzerklärung im Formular betrifft Ihre Unterstützungs­bekundung. Diese Seite beschreibt alles andere, was diese Website verarbeitet, wenn Sie sie besuchen oder unterzeichnen: was, warum, wie lange und durch wen.
notice-statement-heading = Ihre Unterstützungs­bekundung
notice-statement = Die Website prüft Ihre Unterstützungs­bekundung, verschlüsselt sie sofort so, dass nur die Organisatoren sie öffnen können, und speichert nur die verschlüsselte Bekundung: Wer die Website betreibt, kann sie nicht lesen. Sie wird aufbewahrt und gelöscht, wie es die Datenschutzerklärung sagt.
notice-bot-heading = Die Prüfung gegen automatisches Unterzeichnen
notice-bot = Bevor eine Unterstützungs­bekundung angenommen wird, prüft Cloudflare Turnstile anhand von Signalen wie Ihrer IP-Adresse und der Kennung Ihres Browsers, dass ein Mensch sie sendet. Cloudflare verarbeitet sie nur, um Menschen von Bots zu unterscheiden, nach seinem Datenschutzzusatz für Turnstile; die Website erhält nur das Ergebnis.
notice-limit-heading = Die Begrenzung wiederholter Versuche
notice-limit = Um Massen-Einsendungen zu verhindern, zählt die Website die Versuche jeder Verbindung eine Minute lang, unter einem Code, der nur in eine Richtung aus Ihrer IP-Adresse berechnet wird, nie unter der Adresse selbst. Nach dieser Minute ist die Zählung vergessen.
notice-log-heading = Das öffentliche Protokoll der Unterstützungs­bekundungen
notice-log = Jede gespeicherte Unterstützungs­bekundung fügt einem öffentlichen Protokoll einen Eintrag hinzu, damit jeder prüfen kann, dass keine Bekundung entfernt oder verändert wurde. Ein Eintrag ist ein nicht umkehrbarer Fingerabdruck der verschlüsselten Bekundung und verrät nichts über Sie. Das Protokoll wird mit den Bekundungen gelöscht. Ihre Quittung bleibt auf Ihrem Gerät, solange Sie sie nicht weitergeben.
notice-email-heading = Ihre E-Mail-Adresse
notice-email = Nur wenn Sie sie angeben und die Einwilligung ankreuzen: Sie wird für die Organisatoren verschlüsselt, getrennt von Ihrer Unterstützungs­bekundung aufbewahrt und nur genutzt, um Sie über diese Initiative zu informieren. Sie wird mit den Bekundungen gelöscht, oder früher, wenn Sie Ihre Einwilligung mit einer Nachricht an den unten genannten Kontakt widerrufen.
notice-hosting-heading = Hosting
notice-hosting = Die Website läuft im Netz von Cloudflare, Inc., das sie im Auftrag der Organisatoren als deren Auftragsverarbeiter betreibt. Die verschlüsselten Unterstützungs­bekundungen werden { $where ->
    [eu] in Rechenzentren in der Europäischen Union
   *[other] in Rechenzentren nach Wahl von Cloudflare
} gespeichert.
notice-records-heading = Protokolle und Cookies
notice-records = Die Website schreibt weder personenbezogene Daten noch IP-Adressen in ihre Protokolle. Sie setzt keine Cookies und lädt nichts von anderen Websites außer der Prüfung gegen automatisches Unterzeichnen.
notice-rights-heading = Ihre Rechte und Ihr Kontakt
notice-rights = Sie haben die Rechte, die die Datenschutzerklärung nennt, auch für diese Verarbeitung. Um sie auszuüben, oder mit Fragen zu dieser Seite, wenden Sie sich an den Verantwortlichen:
