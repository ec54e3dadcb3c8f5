# ocs-edge: Deutsch. Reference: en.ftl (same message ids and variables).

## Page frame
skip-to-content = Zum Inhalt springen
language = Sprache:
footer-initiative = Europäische Bürgerinitiative { $id }.
official-register = Offizielles Register
progress-link = Stand der Sammlung
back-to-initiative = Zurück zur Initiative
collection-period = Sammelzeitraum: { $start } bis { $end }.

## Landing and nationality
support-title = Diese Initiative unterstützen
registration-number = Registriernummer:
landing-intro = Alle Bürgerinnen und Bürger der Europäischen Union, die in ihrem Mitgliedstaat alt genug sind, können diese Initiative online unterstützen. Es dauert etwa eine Minute.
nationality-label = Ihre Staatsangehörigkeit
nationality-hint = Welche Angaben verlangt werden, hängt vom Mitgliedstaat ab, dessen Staatsangehörigkeit Sie besitzen. Wenn Sie mehrere EU-Staatsangehörigkeiten haben, wählen Sie eine: Sie dürfen eine Initiative nur einmal unterstützen.
choose-option = Bitte wählen…
continue = Weiter
choose-title = Wählen Sie Ihre Staatsangehörigkeit
unknown-nationality = „{ $code }“ ist kein Mitgliedstaat der Europäischen Union.

## Collection closed
closed-title = Sammlung geschlossen
not-started = Die Sammlung von Unterstützungsbekundungen hat noch nicht begonnen. Bitte kommen Sie wieder, sobald sie begonnen hat.
ended = Die Sammlung von Unterstützungsbekundungen ist beendet. Vielen Dank für Ihr Interesse.

## Confirmation
thanks-title = Vielen Dank
thanks-heading = Vielen Dank: Ihre Unterstützung wurde erfasst
thanks-stored = Ihre Unterstützungsbekundung wurde für die Organisatoren verschlüsselt und gespeichert.
statement-number = Nummer der Bekundung:
statement-number-hint = Bewahren Sie diese Nummer auf, falls Sie die Organisatoren später bitten möchten, Ihre Bekundung zu löschen. Sie verrät nichts über Sie.

## The form
signing-as = Sie unterzeichnen als Staatsangehörige/r von { $state }.
change-nationality = Staatsangehörigkeit ändern
note-de-abroad = Wenn Sie außerhalb Deutschlands wohnen, dürfen Sie nur dann mit Ihrer Adresse im Ausland unterzeichnen, wenn Sie Ihren ständigen Wohnsitz bei der zuständigen deutschen Auslandsvertretung gemeldet haben.
bot-check-failed = Wir konnten nicht bestätigen, dass Sie kein Roboter sind. Bitte versuchen Sie es erneut; Ihre Eingaben bleiben erhalten.
bot-check-unavailable = Die Prüfung gegen automatisches Unterzeichnen war gerade nicht möglich. Es wurde nichts gespeichert und Ihre Eingaben bleiben erhalten: Bitte senden Sie das Formular in einer Minute erneut.
error-summary-title = Bitte korrigieren Sie Folgendes
your-details = Ihre Angaben
all-required = Alle Felder sind Pflichtfelder, sofern nicht als optional gekennzeichnet.
keeping-in-touch = In Kontakt bleiben (optional)
email-label = E-Mail-Adresse (optional)
email-hint = Nur wenn die Organisatoren Sie über diese Initiative informieren sollen. Getrennt von Ihrer Bekundung gespeichert.
email-consent = Ich bin damit einverstanden, dass die Organisatoren meine E-Mail-Adresse nutzen, um mich über diese Initiative zu informieren.
declaration-legend = Erklärung
declaration = Hiermit bestätige ich, dass meine Angaben in diesem Formular richtig sind und dass ich diese geplante Bürgerinitiative noch nicht unterstützt habe.
privacy = Ihre personenbezogenen Daten werden für die Organisatoren verschlüsselt und nur der zuständigen Behörde Ihres Mitgliedstaats zur Überprüfung Ihrer Bekundung zugänglich gemacht; spätestens 21 Monate nach Beginn der Sammlung werden sie vernichtet (Verordnung (EU) 2019/788, Artikel 19).
submit = Initiative unterstützen
id-number-hint = Wie auf dem Dokument angegeben; Leerzeichen und Bindestriche sind erlaubt.
id-number-confirm = Ich bestätige, dass die Dokumentennummer wie eingegeben richtig ist.

## Field labels and hints
field-full-first-names = Vollständige Vornamen
field-family-names = Familiennamen
field-date-of-birth = Geburtsdatum
field-street = Straße
field-street-number = Hausnummer
field-postal-code = Postleitzahl (falls vorhanden)
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
hint-date-of-birth = Tag, Monat und Jahr, zum Beispiel 31/12/1990.

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
duplicate-text = Eine Unterstützungsbekundung mit diesen Angaben wurde bereits erfasst. Jede Bürgerin und jeder Bürger darf eine Initiative nur einmal unterstützen.

## Progress page
progress-title = Stand der Sammlung
progress-total = { $count ->
    [one] { $shown } Unterstützungsbekundung
   *[other] { $shown } Unterstützungsbekundungen
}
progress-states = Mitgliedstaaten über ihrem Schwellenwert: { $count } von { $needed }.
progress-goal = Die Initiative braucht mindestens { $total } Unterstützungsbekundungen und den erreichten Schwellenwert in mindestens { $needed } Mitgliedstaaten.
progress-state = Mitgliedstaat
progress-count = Bekundungen
progress-threshold = Schwellenwert
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
receipt-text = Ihre Quittung beweist, dass Ihre Unterstützungsbekundung im öffentlichen Protokoll steht, ohne etwas über Sie preiszugeben. Bewahren Sie sie auf, um später zu prüfen, dass sie weiter gezählt wird.
receipt-download = Quittung herunterladen
receipt-check-link = Quittung prüfen
check-title = Quittung prüfen
check-heading = Prüfen, ob Ihre Bekundung gezählt wird
check-intro = Wählen Sie die Quittung, die Sie nach dem Unterzeichnen heruntergeladen haben. Ihr Browser prüft sie gegen das öffentliche Protokoll; die Quittung wird nirgendwohin gesendet.
check-file = Quittungsdatei
check-button = Quittung prüfen
check-nojs = Diese Prüfung läuft in Ihrem Browser und braucht JavaScript. Ohne JavaScript kann jeder eine Quittung mit dem kostenlosen Werkzeug der Organisatoren prüfen:
check-ok = Ihre Bekundung wird gezählt: Sie steht im öffentlichen Protokoll, und dessen Signatur ist gültig.
check-fail = Diese Quittung konnte nicht bestätigt werden.

## Campaigns: partners, sharing, link previews
meta-description = Unterstützen Sie die Europäische Bürgerinitiative „{ $title }“ online, in Ihrer Sprache. Es dauert etwa eine Minute.
partner-via = Sie unterzeichnen über { $partner }.
partner-consent = Ich bin außerdem einverstanden, dass { $partner } meine E-Mail-Adresse nutzt, um mich über diese Initiative zu informieren.
share-heading = Bitten Sie andere um ihre Unterstützung
share-text = Ich habe die Europäische Bürgerinitiative „{ $title }“ unterstützt. Sie können das auch:
share-email = E-Mail
share-more = Teilen …
share-hint = Diese Links öffnen den gewählten Dienst in einem neuen Fenster; vorher wird nichts an ihn gesendet.
share-address = Adresse zum Teilen

## Counters and the map
counter-partner = Über { $partner } gesammelte Unterstützungsbekundungen
counter-goal = Ziel: { $goal }
counter-sign = Die Initiative unterstützen
counter-badge = Unterstützungsbekundungen
map-title = Mitgliedstaaten nach dem erreichten Anteil ihrer Schwelle
map-share = { $state }: { $percent } % der Schwelle
map-under-25 = unter 25 %
map-25-50 = 25 bis 50 %
map-50-100 = 50 bis 100 %

## Paper form
paper-link = Ein Papierformular drucken, um Unterschriften von Hand zu sammeln
paper-title = Formular für die Unterstützungsbekundung
paper-intro = Drucken Sie dieses Formular aus, lassen Sie es von Bürgerinnen und Bürgern des genannten Mitgliedstaats von Hand ausfüllen und geben Sie es den Organisatoren zurück.
paper-part-a = Teil A: für Mitgliedstaaten, die keine persönliche Identifikationsnummer oder Ausweisnummer verlangen
paper-part-b = Teil B: für Mitgliedstaaten, die eine persönliche Identifikationsnummer oder Ausweisnummer verlangen
paper-nationals = Alle Unterzeichnenden auf diesem Formular sind Staatsangehörige von { $state }.
paper-collected-by = Dieses Formular wird von { $partner } im Auftrag der Organisatoren gesammelt.
paper-registered-on = Datum der Registrierung:
paper-register = Internetadresse dieser Initiative im Register der Kommission:
paper-initiative-title = Titel dieser geplanten Bürgerinitiative:
paper-objectives = Ihre wichtigsten Ziele:
paper-contacts = Namen und E-Mail-Adressen der registrierten Kontaktpersonen:
paper-website = Website dieser geplanten Bürgerinitiative:
paper-table-caption = Unterzeichnende (eine Person pro Zeile, in Großbuchstaben)
paper-privacy = Die Organisatoren machen Ihre personenbezogenen Daten nur der zuständigen Behörde Ihres Mitgliedstaats zur Überprüfung Ihrer Bekundung zugänglich und vernichten sie spätestens 21 Monate nach Beginn der Sammlung (Verordnung (EU) 2019/788, Artikel 19).
paper-date-signature = Datum und Unterschrift
