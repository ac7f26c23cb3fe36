# Deutsch: die Wörter der App, der Mappe und des Werkzeugs.

## Daten. Der Name des Monats steht in den Mustern unten.

month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
date-day-month-year = { $day }. { $month } { $year }
date-month-year = { $month } { $year }
date-year = { $year }

## Anzahlen

pages = { $count ->
    [one] { $count } Seite
   *[other] { $count } Seiten
}

## Die Abschnitte der Mappe, im Inhalt und in den Lesezeichen

section-summary = Zusammenfassung
section-questions = Fragen an die Ärztin oder den Arzt
section-background = Gesundheitliche Vorgeschichte und Alltag
section-medications = Medikamente und Allergien
section-results = Mess- und Laborwerte im Verlauf
section-clinicians = Ärzte und Behandlungsteam
section-timeline = Zeitleiste
section-index = Verzeichnis der beigefügten Unterlagen
section-documents = Beigefügte Unterlagen

## Die Mappe: Deckblatt, Inhalt und Checkliste

pdf-cover = Deckblatt
pdf-brand = MAPPE FÜR EINE ZWEITMEINUNG
pdf-born = Geburtsdatum: { $date }
pdf-born-age = Geburtsdatum: { $date } ({ $age } Jahre)
pdf-sex = Geschlecht: { $sex }
pdf-preferred-language = Bevorzugte Sprache: { $language }
pdf-phone = Telefon
pdf-email = E-Mail
pdf-address = Adresse
pdf-for = Für
pdf-appointment = Termin
pdf-decide-by = Entscheidung bis
pdf-prepared-on = Erstellt am
pdf-reasons = Anlass
pdf-situation = Situation
pdf-contents = Inhalt
pdf-section = Abschnitt
pdf-page = Seite
pdf-checklist = Checkliste der Unterlagen
pdf-record = Unterlage
pdf-status = Status
checklist-enclosed = Beigefügt
checklist-in-medicines = In dieser Mappe (Medikamente und Allergien)
checklist-in-results = In dieser Mappe (Mess- und Laborwerte im Verlauf)
checklist-kept = Liegt vor, nicht beigefügt
checklist-requested = Angefordert, noch nicht erhalten
checklist-not-applicable = Trifft laut eigener Angabe nicht zu
checklist-missing = Nicht enthalten

## Die Mappe: Zusammenfassung

pdf-problem = Fragestellung
pdf-no-diagnosis = Noch keine Diagnose eingetragen.
pdf-diagnosed-by = von { $who }
pdf-recommended-treatment = Empfohlene Behandlung
pdf-no-treatment = Noch keine Behandlung eingetragen.
pdf-recommended-by = Empfohlen von
pdf-benefits = Nutzen
pdf-risks = Risiken
pdf-costs = Kosten
pdf-alternatives = Alternativen
pdf-notes = Notizen
pdf-goal = Erwartungen an diese Zweitmeinung
pdf-not-written = Noch nicht eingetragen.
pdf-pain-score = { $score } von 10
pdf-none-known = Keine bekannt
pdf-daily-life = Alltag
pdf-tried = Was schon versucht wurde
pdf-health-background = Gesundheitliche Vorgeschichte
pdf-other-conditions = Andere Erkrankungen
pdf-current-medicines = Aktuelle Medikamente
pdf-allergies = Allergien
pdf-height-weight = Größe und Gewicht
pdf-smoking = Rauchen
pdf-implants = Implantate, Geräte
pdf-operations = Operationen
pdf-family-history = Familienanamnese
pdf-pregnancy = Schwangerschaft
pdf-pregnant = Schwanger
pdf-from-age = ab { $age } Jahren

## Die Mappe: Fragen

pdf-no-questions = Noch keine Fragen eingetragen.
pdf-other = Sonstiges
pdf-answer = Antwort: { $answer }

## Die Mappe: Vorgeschichte und Alltag

pdf-not-filled = Nicht ausgefüllt.
pdf-background = Vorgeschichte
pdf-alcohol = Alkohol
pdf-occupation = Beruf
pdf-none-other-conditions = Keine: laut eigener Angabe keine weiteren Erkrankungen.
pdf-condition = Erkrankung
pdf-since = Seit
pdf-operations-stays = Operationen und Krankenhausaufenthalte
pdf-none-operations = Keine: laut eigener Angabe keine Operationen und keine Krankenhausaufenthalte.
pdf-when = Wann
pdf-what = Was
pdf-where = Wo
pdf-none-family = Keine bekannt: laut eigener Angabe keine Erkrankungen in der Familie, die hier wichtig sind.
pdf-relative = Angehörige
pdf-age-at-onset = Erkrankungsalter
pdf-symptoms = Hauptbeschwerden
pdf-pain = Schmerz (0 bis 10)
pdf-limits = Einschränkungen
pdf-tried-so-far = Bisher versucht
pdf-matters-most = Am wichtigsten

## Die Mappe: Medikamente, Werte, Behandlungsteam, Zeitleiste, Verzeichnis

pdf-medicines = Medikamente
pdf-none-medicines = Keine: laut eigener Angabe keine Medikamente.
pdf-medicine = Medikament
pdf-dose = Dosis
pdf-started = Begonnen
pdf-stopped = Beendet
pdf-reason = Grund
pdf-none-allergies = Keine bekannt: laut eigener Angabe keine Allergien.
pdf-substance = Auslöser
pdf-reaction = Reaktion
pdf-severity = Schwere
pdf-results-note = Werte vom ältesten zum neuesten. * kennzeichnet einen Wert, den der Befund markiert, oder einen außerhalb des angegebenen Bereichs.
pdf-test = Test
pdf-unit = Einheit
pdf-range = Bereich
pdf-values = Werte (Datum)
pdf-none-listed = Keine eingetragen.
pdf-name = Name
pdf-role = Rolle
pdf-contact = Kontakt
pdf-no-events = Noch keine Ereignisse mit Datum.
pdf-details = Einzelheiten
pdf-number = Nr.
pdf-title = Titel
pdf-kind = Art
pdf-date = Datum
pdf-from = Von
pdf-not-enclosed = nicht beigefügt

## Die Einträge der Zeitleiste

timeline-diagnosis = Diagnose: { $name }
timeline-diagnosis-status = Diagnose: { $name } ({ $status })
timeline-started = Beginn: { $name }
timeline-stopped = Ende: { $name }
timeline-operation = Operation oder Krankenhausaufenthalt: { $name }
timeline-report = Dokument: { $title }

## Die Mappe: beigefügte Unterlagen

pdf-document = Unterlage { $number }: { $title }
pdf-photo-page = (Seite { $page } von { $count })
pdf-file = Datei
pdf-not-included = Diese Unterlage konnte nicht als Seiten aufgenommen werden: { $reason }.
pdf-document-is = Diese Unterlage ist { $reason }.
pdf-attached = Die Originaldatei ist an dieses PDF angehängt. In den meisten PDF-Programmen öffnen Sie die Leiste mit den Anhängen (ein Büroklammer-Symbol), um sie zu speichern.
pdf-footer-page = Seite { $page } von { $count }
pdf-footer-born = geb. { $date }
pdf-info-title = Mappe für eine Zweitmeinung: { $title }
pdf-info-subject = Unterlagen und Fragen für eine Zweitmeinung
pdf-info-subject-by = Unterlagen und Fragen für eine Zweitmeinung von { $name }

## Fixed vocabularies

reason-clarify_diagnosis = Eine Diagnose klären
reason-choose_treatment = Zwischen Behandlungen wählen
reason-confirm_plan = Einen langwierigen oder teuren Behandlungsplan überprüfen lassen
reason-rare_or_serious = Eine seltene oder schwere Erkrankung
reason-doctor_suggested = Meine Ärztin oder mein Arzt hat es vorgeschlagen
situation-life_threatening = Eine lebensbedrohliche Erkrankung
situation-lifestyle_procedure = Ein Eingriff, der den Alltag verändert, etwa ein neues Kniegelenk
situation-aesthetic = Ein großer ästhetischer Eingriff
situation-experimental = Ein experimenteller Eingriff oder ein experimentelles Medikament
situation-costly_treatment = Eine teure Behandlung, zu der es günstigere Möglichkeiten geben kann
situation-other = Etwas anderes
document-kind-pathology = Pathologiebefund
document-kind-imaging_report = Radiologischer Befund (Bildgebung)
document-kind-imaging_study = Bildgebung (die Bilder selbst)
document-kind-lab = Laborbefund
document-kind-operative = Operationsbericht
document-kind-discharge = Entlassbrief
document-kind-letter = Arztbrief
document-kind-prescription = Rezept
document-kind-other = Sonstiges
question-category-diagnosis = Diagnose
question-category-treatment = Behandlung
question-category-risks = Risiken
question-category-alternatives = Alternativen
question-category-costs = Kosten
question-category-prognosis = Prognose
question-category-logistics = Praktisches
question-category-other = Sonstiges
diagnosis-role-main = Anlass dieser Zweitmeinung
diagnosis-role-other = Eine weitere Erkrankung
diagnosis-status-suspected = Verdacht
diagnosis-status-confirmed = Gesichert
diagnosis-status-ruled_out = Ausgeschlossen
treatment-status-proposed = Vorgeschlagen
treatment-status-recommended = Empfohlen
treatment-status-started = Begonnen
treatment-status-completed = Abgeschlossen
treatment-status-declined = Abgelehnt
severity-mild = Leicht
severity-moderate = Mittelschwer
severity-severe = Schwer
severity-unknown = Nicht bekannt
consultation-mode-in_person = Vor Ort
consultation-mode-remote = Per Video, Telefon oder nur nach Aktenlage
smoking-never = Nein, nie geraucht
smoking-former = Nein, früher geraucht
smoking-current = Ja, derzeit
smoking-unknown = Nicht bekannt
pregnancy-no = Nein
pregnancy-yes = Ja
pregnancy-not_applicable = Trifft nicht zu

## Der Brief mit der Bitte um Kopien der Unterlagen

letter-title = Bitte um Kopien von Krankenunterlagen
letter-subject = Bitte um Kopien meiner Krankenunterlagen: { $name }
letter-born = Geburtsdatum: { $date }
letter-greeting = Sehr geehrte Damen und Herren,
letter-body = ich möchte eine Zweitmeinung einholen, bevor meine Ärzte und ich über meine Behandlung entscheiden. Damit die Zweitmeinung auf allen Unterlagen beruhen kann, bitte ich Sie um Kopien der folgenden Unterlagen:
letter-from-until = Zeitraum: { $from } bis { $until }.
letter-from = Zeitraum: { $from } bis heute.
letter-until = Zeitraum: bis einschließlich { $until }.
letter-send-to = Bitte senden Sie sie an: { $where }
letter-fee = Falls ein Formular auszufüllen ist oder Gebühren anfallen, geben Sie mir bitte Bescheid.
letter-thanks = Vielen Dank für Ihre Hilfe.
letter-closing = Mit freundlichen Grüßen
letter-template-note = Dieser Brief wurde nach einer Vorlage erstellt. Er ist keine Rechtsberatung; die Regeln für die Einsicht in Unterlagen sind je nach Land und Krankenhaus verschieden.

## Der Vergleich von erster und zweiter Meinung

compare-title = Erst- und Zweitmeinung: { $title }
compare-heading = Erst- und Zweitmeinung
compare-patient = Patient/in
compare-about = Worum es geht
compare-first-by = Erste Meinung von
compare-second-by = Zweite Meinung von
compare-topic = Thema
compare-first = Erste Meinung
compare-second = Zweite Meinung
compare-mark = Eigene Einschätzung
compare-not-marked = Nicht eingeschätzt
compare-not-written = Nicht eingetragen
compare-follow-ups = Weiteres Vorgehen
compare-answers = Antworten auf die Fragen
compare-marks-note = Die Einschätzungen sind die eigene Lesart der Person, die die Zweitmeinung eingeholt hat; die App beurteilt nicht, ob die beiden Meinungen übereinstimmen. Fragen Sie Ihre Ärztin oder Ihren Arzt, was ein Unterschied für Sie bedeutet.
compare-same-code = Beide Meinungen nennen den Diagnoseschlüssel { $code }.
compare-asked = { $count ->
    [one] { $count } Frage gestellt
   *[other] { $count } Fragen gestellt
}
compare-answered = { $count ->
    [one] { $count } beantwortet
   *[other] { $count } beantwortet
}
topic-diagnosis = Diagnose
topic-treatment = Empfohlene Behandlung
topic-key_points = Wichtigste Punkte
topic-questions = Beantwortete Fragen
mark-same = Übereinstimmend
mark-different = Abweichend
mark-not-sure = Unsicher

## The records checklist: each record, why it matters, and the patient's marks

checklist-title-letters = Briefe Ihrer Ärzte, auch die Überweisung
checklist-why-letters = Sie sagen, was Ihre Ärzte denken und warum sie empfehlen, was sie empfehlen.
checklist-title-medication_list = Eine Liste Ihrer Medikamente
checklist-why-medication_list = Medikamente können Laborwerte verändern und bestimmen mit, welche Behandlungen sicher sind.
checklist-title-imaging_reports = Befunde Ihrer Röntgen-, CT- oder MRT-Untersuchungen
checklist-why-imaging_reports = Die Fachärztin oder der Facharzt vergleicht, was die Radiologie geschrieben hat, mit den Bildern.
checklist-title-imaging_studies = Die Bilder selbst (auf CD oder als Download), nicht nur die Befunde
checklist-why-imaging_studies = Fachärzte sehen sich die Bilder selbst noch einmal an; frühere Aufnahmen helfen, Veränderungen zu erkennen.
checklist-title-pathology = Der Pathologiebefund
checklist-why-pathology = Er ist die Grundlage einer Krebsdiagnose; Zweitmeinungsdienste prüfen ihn oft zuerst erneut.
checklist-title-slides = Wo die Gewebeschnitte und Gewebeblöcke aufbewahrt werden
checklist-why-slides = Die Pathologie der Fachärztin oder des Facharztes möchte die Schnitte vielleicht noch einmal ansehen; das Labor, das sie aufbewahrt, kann sie schicken.
checklist-title-labs_over_time = Blut- und andere Laborwerte im Verlauf
checklist-why-labs_over_time = Veränderungen über Monate sagen mehr als ein einzelner Wert.
checklist-title-operative_notes = Berichte über Ihre Operationen oder Eingriffe
checklist-why-operative_notes = Sie sagen genau, was gemacht und was gefunden wurde.
checklist-title-discharge = Entlassbriefe aus dem Krankenhaus
checklist-why-discharge = Sie fassen jeden Krankenhausaufenthalt zusammen: was gefunden und was gemacht wurde.
checklist-title-cost_estimate = Ein schriftlicher Kostenvoranschlag für die vorgeschlagene Behandlung
checklist-why-cost_estimate = Damit kann die Fachärztin oder der Facharzt den Plan mit günstigeren Möglichkeiten vergleichen.
checklist-title-implant_card = Implantatausweis oder Brief zu Ihrem Implantat oder Gerät (Hersteller und Modell)
checklist-why-implant_card = Manche Untersuchungen, etwa eine MRT, und manche Behandlungen hängen davon ab, welches Implantat oder Gerät Sie genau haben.
checklist-title-device_information = Informationen zu dem vorgeschlagenen Gerät, Medikament oder der Studie
checklist-why-device_information = Die Fachärztin oder der Facharzt prüft, ob es für Sie zugelassen ist und wie gut es wirkt.
checklist-asked-copy = Ich habe eine Kopie angefordert
checklist-asked-for-it = Ich habe es angefordert
checklist-asked-where = Ich habe gefragt, wo sie sind
checklist-will-bring = Ich bringe es mit
checklist-asked-for-status = Angefordert
checklist-asked-status = Gefragt
checklist-will-bring-status = Bringe ich mit

## How labels and numbers are written in running text

# "yes" where a label is written in lower case inside a sentence.
labels-lowercase-in-text = no
decimal-separator = ,
pdf-bmi = BMI { $value }
pdf-treatment-status = { $status }
pdf-condition-status = { $status }
## Window: ui/index.html, ui/js/main.js, forms.js, lists.js, savequeue.js, dates.js, format.js, measures.js, secret.js, screens/common.js, screens/home.js, screens/about.js

# Die Seite um jeden Bildschirm (index.html, main.js)
main-app-name = Mappe für eine Zweitmeinung
main-skip-link = Zum Inhalt springen
main-nav-label = App
main-nav-dossiers = Alle Mappen
main-nav-privacy = Datenschutz
main-nav-settings = Einstellungen
main-nav-about = Über die App
main-opening = Wird geöffnet…
main-disclaimer = Diese App ordnet Ihre Unterlagen und Fragen. Sie gibt keinen medizinischen Rat.
# $folder ist der Pfad des Datenordners.
main-about = Version { $version }. Ihre Unterlagen liegen auf diesem Computer im Ordner:
main-title-new = Neue Mappe - Mappe für eine Zweitmeinung
# $name ist der Name der Person, $title der Titel der Mappe, wie eingegeben.
main-title-dossier = { $name }: { $title } - Mappe für eine Zweitmeinung
main-title-settings = Einstellungen - Mappe für eine Zweitmeinung
main-leave-warning = Die markierten Felder behalten Ihre Eingabe, bis sie korrigiert ist. Wenn Sie jetzt weggehen, wird ihr Inhalt nicht gespeichert.
main-leave-anyway = Weggehen, ohne die markierten Felder zu speichern
main-error-title = Etwas ist schiefgelaufen
main-error-back = Zurück zu Ihren Mappen
main-drop-open-first = Öffnen Sie zuerst eine Mappe und ziehen Sie dann Ihre Dokumente in das Fenster.
main-drop-adding = { $count ->
    [one] { $count } Datei wird hinzugefügt…
   *[other] { $count } Dateien werden hinzugefügt…
}
main-drop-added = { $count ->
    [one] { $count } Dokument hinzugefügt.
   *[other] { $count } Dokumente hinzugefügt.
}
main-drop-failed = { $count ->
    [one] { $count } Datei konnte nicht hinzugefügt werden
   *[other] { $count } Dateien konnten nicht hinzugefügt werden
}

# Felder, Speichern beim Tippen, Fehler (forms.js)
forms-day = Tag
forms-month = Monat
forms-year = Jahr
forms-date-hint = Zum Beispiel 14 3 2024. Wenn Sie nur Monat und Jahr kennen, lassen Sie den Tag leer; wenn Sie nur das Jahr kennen, lassen Sie Tag und Monat leer.
# Bezeichnung der Liste der Einheiten, in denen Größe oder Gewicht eingegeben werden.
forms-unit = Einheit
forms-not-known = Nicht bekannt oder nicht gewählt
forms-error = Fehler: { $message }
forms-saving = Wird gespeichert…
forms-saved = Gespeichert
forms-not-saved = Noch nicht gespeichert: { $message }
forms-not-saved-fill-first = Noch nicht gespeichert: Füllen Sie zuerst das markierte Feld aus; bis dahin wird nichts gespeichert
forms-saved-partly = Gespeichert, außer den markierten Feldern: Diese behalten Ihre Eingabe, bis sie korrigiert ist
# Ein Problem in der Fehlerübersicht: die Bezeichnung des Feldes, dann was falsch ist.
forms-field-error = { $label }: { $message }
forms-problem = Es gibt ein Problem
forms-delete-yes = Ja, löschen
forms-delete-no = Behalten
forms-delete-confirm = Endgültig löschen?

# Die bearbeitbaren Listen eines Abschnitts (lists.js)
lists-save-and-close = Speichern und schließen
lists-done = Fertig
lists-close-anyway = Ohne markierte Änderungen schließen
lists-no-text = (kein Text)
lists-change = Ändern
lists-open = Öffnen
lists-move-up = Nach oben
lists-move-down = Nach unten
lists-moved-up = Nach oben verschoben: jetzt Nummer { $number }
lists-moved-down = Nach unten verschoben: jetzt Nummer { $number }
lists-delete = Löschen
lists-deleted = Gelöscht

# Daten in Feldern für Tag, Monat und Jahr (dates.js)
dates-year-digits = Geben Sie das Jahr mit 4 Ziffern ein. Beispiele: 14 3 2024; 3 2024, wenn Sie nur Monat und Jahr kennen; 2024
dates-month-with-day = Geben Sie zum Tag auch den Monat ein. Beispiele: 14 3 2024; 3 2024, wenn Sie nur Monat und Jahr kennen; 2024
dates-month-range = Der Monat muss eine Zahl von 1 bis 12 sein. Beispiele: 14 3 2024; 3 2024, wenn Sie nur Monat und Jahr kennen; 2024
dates-day-range = Dieser Monat hat nur die Tage 1 bis { $max }. Beispiele: 14 3 2024; 3 2024, wenn Sie nur Monat und Jahr kennen; 2024

# Größe und Gewicht (measures.js). Die Fehler stehen nach „Fehler: “ oder nach der Bezeichnung eines Feldes.
measures-centimetres = Zentimeter
measures-feet-and-inches = Fuß und Zoll
measures-kilograms = Kilogramm
measures-pounds = Pfund
measures-stones-and-pounds = Stone und Pfund
measures-box-cm = cm
measures-box-feet = Fuß
measures-box-inches = Zoll
measures-box-kg = kg
measures-box-pounds = Pfund
measures-box-stones = Stone
measures-number-only = Schreiben Sie nur die Zahl, zum Beispiel { $example }
measures-whole-feet = Schreiben Sie hier ganze Fuß und den Rest ins nächste Feld (zum Beispiel { $big } und { $small })
measures-whole-stones = Schreiben Sie hier ganze Stone und den Rest ins nächste Feld (zum Beispiel { $big } und { $small })
measures-inches-range = Dieses Feld geht von 0 bis { $highest }; { $most } Zoll sind ein Fuß
measures-pounds-range = Dieses Feld geht von 0 bis { $highest }; { $most } Pfund sind ein Stone
# $from und $to sind Maße in Worten (measures-in-...).
measures-unlikely-height = Diese Größe ist unwahrscheinlich; geben Sie einen Wert von { $from } bis { $to } ein
measures-unlikely-weight = Dieses Gewicht ist unwahrscheinlich; geben Sie einen Wert von { $from } bis { $to } ein
measures-in-cm = { $cm } cm
measures-in-ft-in = { $feet } Fuß { $inches } Zoll
measures-in-kg = { $kg } kg
measures-in-lb = { $pounds } Pfund
measures-in-st-lb = { $stones } Stone { $pounds } Pfund

# Felder für Passphrasen (secret.js)
secret-show = Eingabe anzeigen
secret-error = Fehler: { $message }

# Gemeinsam für die Bildschirme (screens/common.js)
common-problem = Es gibt ein Problem
common-status-completed = Erledigt
common-status-in-progress = In Arbeit
common-status-not-started = Nicht begonnen
common-nav-label = Diese Mappe
common-nav-overview = Übersicht
common-nav-export = PDF exportieren
common-nav-request = Unterlagen anfordern
common-nav-after = Nach dem Termin
common-nav-parts = Teile dieser Mappe
common-pdf-language = Sprache des PDFs
common-pdf-reader-doctor = Die Sprache der Ärztin oder des Arztes.
# $reader ist ein Satz, der sagt, wessen Sprache es ist (wie common-pdf-reader-doctor).
common-pdf-language-hint = { $reader } Überschriften, Bezeichnungen und Daten stehen in dieser Sprache; was Sie eingegeben haben, bleibt, wie Sie es geschrieben haben.

# Die Startseite und die Liste der Mappen (screens/home.js)
home-welcome-title = Bereiten Sie sich auf eine Zweitmeinung vor
home-welcome-lead = Diese App hilft Ihnen, alles zu sammeln, was eine Ärztin oder ein Arzt für eine Zweitmeinung braucht: was man Ihnen gesagt hat, was empfohlen wurde, Ihre Befunde und Ihre Fragen. Am Ende erhalten Sie ein einziges PDF zum Mailen oder Ausdrucken.
home-welcome-need = Was Sie brauchen
home-welcome-need-letters = Arztbriefe und Befunde (auf Papier zum Fotografieren oder als Dateien)
home-welcome-need-medicines = die Namen Ihrer Medikamente
home-welcome-need-questions = die Fragen, die Sie stellen möchten
home-welcome-time = Es dauert etwa 20 Minuten. Alles wird beim Tippen gespeichert und bleibt auf diesem Computer.
home-welcome-no-advice = Die App hilft Ihnen, Ihre Unterlagen und Fragen zu ordnen. Sie gibt keinen medizinischen Rat.
home-start-now = Jetzt beginnen
home-open-file = Mappendatei öffnen
home-title = Ihre Mappen
home-lead = Jede Mappe gilt einer Frage, zu der Sie eine Zweitmeinung brauchen. Wählen Sie eine aus, um weiterzumachen.
home-start-new = Neue Mappe beginnen
# Nach dem Namen einer Person; $date ist ein Datum in Worten (ein Tag, ein Monat oder ein Jahr).
home-born = geb. { $date }
home-reports = { $count ->
    [one] { $count } Dokument
   *[other] { $count } Dokumente
}
home-no-dossiers = Keine Mappen für diese Person.
home-delete-person = { $name } und alle Mappen löschen
home-deleted = Gelöscht
home-privacy-title = Ihre Unterlagen schützen (freiwillig)
home-privacy-text = Wenn andere Personen diesen Computer benutzen, können Sie Ihre Unterlagen mit einer Passphrase schützen. Ohne sie kann niemand die Unterlagen lesen. Sie können das auch später unter „Datenschutz“ tun.
home-privacy-set = Passphrase festlegen
home-not-now = Nicht jetzt
# $name ist der Name einer Datei.
home-opened-title = Die Mappe aus „{ $name }“ hinzufügen?
home-opened-text = Vielleicht hat Ihnen jemand diese Datei geschickt, oder Sie haben sie als Sicherung gespeichert. Beim Hinzufügen bleibt alles erhalten, was schon hier ist.
home-opened-add = Hinzufügen
home-exists-title = Diese Person ist schon vorhanden
home-exists-attach = Mappe dieser Person zuordnen
home-exists-as-new = Getrennt halten: als neue Person hinzufügen

# Über die App (screens/about.js)
about-title = Über „Mappe für eine Zweitmeinung“
about-version = Version { $version }.
about-licence = Freie Software unter der MIT-Lizenz. Sie speichert Ihre Unterlagen auf diesem Computer und sendet nichts irgendwohin, außer Sie exportieren es.
about-where = Wo Ihre Unterlagen gespeichert sind
about-show-folder = Ordner zeigen
about-included = Was enthalten ist
about-fonts = Das PDF verwendet die Schriften DejaVu Sans (Bitstream-Vera-Lizenz; die Änderungen von DejaVu sind gemeinfrei).
about-questions = Die vorgeschlagenen Fragen hat diese App in eigenen Worten nach veröffentlichten Fragenlisten geschrieben: „Questions Are the Answer“ der AHRQ (US-Regierung, gemeinfrei), Choosing Wisely und die BRAN-Zusammenfassung dazu, Ask Me 3, das US National Cancer Institute sowie Fragen zu Medizinprodukten und neuen Medikamenten.
about-figures = Die Zahlen zu Zweitmeinungen stammen aus dem Artikel „What is a second opinion?“, der eine Studie der Mayo Clinic und Übersichtsarbeiten des British Medical Journal zitiert.
## Window: ui/js/screens/privacy.js, ui/js/screens/archive.js, ui/js/screens/export.js, ui/js/screens/letters.js, ui/js/screens/portal.js

## Datenschutz: die Sperre, der Wiederherstellungscode und die Seite Datenschutz

privacy-idle-minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
privacy-idle-hours = { $count ->
    [one] { $count } Stunde
   *[other] { $count } Stunden
}
privacy-idle-never = Nie
privacy-recovery-code-window-title = Ihr Wiederherstellungscode - Mappe für eine Zweitmeinung
privacy-locked-window-title = Gesperrt - Mappe für eine Zweitmeinung
privacy-passphrase = Passphrase
privacy-type-your-passphrase = Geben Sie Ihre Passphrase ein
privacy-unlocking = Wird entsperrt…
privacy-unlock = Entsperren
privacy-locked-heading = Ihre Unterlagen sind gesperrt
privacy-locked-lead = Geben Sie Ihre Passphrase ein, um Ihre Mappen zu öffnen.
privacy-recovery-code = Wiederherstellungscode
privacy-recovery-code-hint = Der Code aus 25 Buchstaben und Ziffern, den Sie beim Festlegen der Passphrase aufgeschrieben haben. Bindestriche und Leerzeichen spielen keine Rolle.
privacy-new-passphrase = Neue Passphrase
privacy-recovery-new-passphrase-hint = Mindestens 10 Zeichen. Ein paar Wörter, die nichts miteinander zu tun haben, sind leicht zu merken und schwer zu erraten.
privacy-new-passphrase-again = Neue Passphrase noch einmal eingeben
privacy-passphrases-differ = Die beiden Passphrasen sind nicht gleich
privacy-recovered = Ihre Unterlagen sind geöffnet und haben eine neue Passphrase.
privacy-open-with-recovery-code = Mit dem Wiederherstellungscode öffnen
privacy-forgot-passphrase = Ich habe meine Passphrase vergessen
privacy-interrupted-on = Das Einschalten des Schutzes wurde nicht beendet: Die App wurde geschlossen oder der Computer ist ausgegangen. Es ist nichts verloren, und Ihre Unterlagen sind wie vorher: nicht geschützt. Schalten Sie den Schutz auf der Seite Datenschutz noch einmal ein.
privacy-interrupted-off = Das Ausschalten des Schutzes wurde nicht beendet: Die App wurde geschlossen oder der Computer ist ausgegangen. Es ist nichts verloren, und Ihre Unterlagen sind wie vorher: weiterhin geschützt.
privacy-i-understand = Verstanden
privacy-window-title = Datenschutz - Mappe für eine Zweitmeinung
privacy-suggested-passphrase-hint = Diese sechs Wörter wurden für Sie zufällig ausgewählt. Verwenden Sie sie, oder geben Sie eine eigene Passphrase mit mindestens 10 Zeichen ein.
privacy-passphrase-again = Passphrase noch einmal eingeben
privacy-type-a-passphrase = Geben Sie eine Passphrase ein
privacy-understood-error = Fehler: Setzen Sie das Häkchen, um zu bestätigen, dass Sie es verstanden haben
privacy-protecting = Ihre Unterlagen werden geschützt… Bei vielen Dokumenten kann das eine Minute dauern.
privacy-offer-heading = Schützen Sie Ihre Unterlagen mit einer Passphrase
privacy-offer-lead = Mit einer Passphrase werden Ihre Unterlagen auf diesem Computer verschlüsselt gespeichert. Wer diesen Computer benutzt oder ihn findet, wenn er verloren geht, kann sie ohne die Passphrase nicht lesen.
privacy-offer-locks = Die App sperrt sich selbst, wenn Sie sie eine Weile nicht benutzt haben, und fragt dann wieder nach der Passphrase.
privacy-offer-recovery-code = Sie bekommen einen Wiederherstellungscode zum Aufschreiben. Damit öffnen Sie Ihre Unterlagen, wenn Sie die Passphrase vergessen.
privacy-offer-nobody = Ohne die Passphrase und den Wiederherstellungscode kann niemand Ihre Unterlagen öffnen: weder Sie noch das Team hinter dieser App.
privacy-suggest-other-words = Andere Wörter vorschlagen
privacy-understood = Ich verstehe, dass meine Unterlagen ohne die Passphrase und den Wiederherstellungscode nicht geöffnet werden können
privacy-protect-my-records = Meine Unterlagen schützen
privacy-not-now = Jetzt nicht
privacy-continue = Weiter
privacy-new-recovery-code-heading = Ihr neuer Wiederherstellungscode
privacy-protected-heading = Ihre Unterlagen sind geschützt
privacy-code-not-confirmed = Es wurde nicht bestätigt, dass Sie Ihren Wiederherstellungscode aufgeschrieben haben. Deshalb bekommen Sie hier einen neuen. Der alte gilt nicht mehr.
privacy-write-code-down = Schreiben Sie diesen Wiederherstellungscode jetzt auf und bewahren Sie ihn an einem sicheren Ort auf, nicht bei diesem Computer. Er wird nur dieses eine Mal angezeigt.
privacy-if-you-forget = Wenn Sie Ihre Passphrase vergessen, wählen Sie bei der Sperre „Ich habe meine Passphrase vergessen“ und geben Sie diesen Code ein.
privacy-code-kept = Ich habe den Wiederherstellungscode aufgeschrieben
privacy-print-it = Drucken
privacy-saved = Gespeichert
privacy-passphrase-now = Ihre jetzige Passphrase
privacy-new-passphrase-hint = Mindestens 10 Zeichen.
privacy-changing = Die Passphrase wird geändert… Das dauert einige Sekunden.
privacy-changed = Ihre Passphrase ist geändert. Der Wiederherstellungscode bleibt gleich.
privacy-your-passphrase = Ihre Passphrase
privacy-off-sure-error = Fehler: Setzen Sie das Häkchen, um zu bestätigen, dass Ihre Unterlagen unverschlüsselt gespeichert werden sollen
privacy-turning-off = Der Schutz wird ausgeschaltet… Bei vielen Dokumenten kann das eine Weile dauern. Schließen Sie das Fenster nicht.
privacy-turned-off = Der Schutz ist ausgeschaltet.
privacy-heading = Datenschutz und Passphrase
privacy-protected-lead = Ihre Unterlagen sind mit einer Passphrase geschützt. Sie werden auf diesem Computer verschlüsselt gespeichert.
privacy-lock-now = Jetzt sperren
privacy-lock-by-itself = Automatisch sperren
privacy-lock-after = Sperren nach dieser Zeit ohne Benutzung
privacy-change-heading = Passphrase ändern
privacy-change-button = Passphrase ändern
privacy-turn-off-heading = Schutz ausschalten
privacy-turn-off-warning = Ihre Unterlagen werden wieder unverschlüsselt gespeichert: Wer diesen Computer benutzt, könnte sie lesen.
privacy-off-sure = Ja, meine Unterlagen unverschlüsselt auf diesem Computer speichern
privacy-turn-off-button = Schutz ausschalten

## Mappendateien (.dossier): eine speichern, eine geschützte öffnen

archive-passphrase-label = Passphrase für die Datei
archive-passphrase-hint = Wer die Datei öffnet, gibt diese Passphrase ein. Teilen Sie sie auf einem anderen Weg als die Datei mit: am Telefon oder per SMS, nicht in der E-Mail mit der Datei.
archive-passphrase-again = Passphrase noch einmal eingeben
archive-backup-passphrase-hint = Wählen Sie eine Passphrase, die Sie sich merken können, zum Beispiel die für diese App, und schreiben Sie sie getrennt von der Datei auf. Ohne sie kann niemand die Sicherungskopie öffnen.
archive-plain-warning = Ihre Unterlagen sind auf diesem Computer geschützt, diese Datei aber nicht: Wer sie hat, könnte sie lesen.
archive-type-passphrase-or-untick = Geben Sie eine Passphrase ein oder entfernen Sie das Häkchen bei „Datei mit einer Passphrase schützen“
archive-passphrases-differ = Die beiden Passphrasen sind nicht gleich
archive-saved = Gespeichert unter { $path }
archive-saved-backup = Gespeichert unter { $path }. Die Datei lässt sich nur mit der Passphrase öffnen, die Sie gewählt haben.
archive-saved-protected = Gespeichert unter { $path }. Die Datei lässt sich nur mit dieser Passphrase öffnen: { $passphrase }
archive-for-whom = Für wen ist die Datei?
archive-for-someone-else = Für jemand anderen: Ich schicke oder gebe sie weiter
archive-for-me = Für mich: eine Sicherungskopie
archive-protect = Datei mit einer Passphrase schützen
archive-protect-hint = (ohne die Passphrase kann niemand sie öffnen)
archive-save-button = Mappendatei speichern
archive-import-passphrase = Passphrase
archive-import-passphrase-hint = Die Person, die Ihnen die Datei geschickt hat, kennt sie.
archive-type-the-passphrase = Geben Sie die Passphrase ein
archive-file-protected = Diese Mappendatei ist geschützt
archive-file-protected-lead = Geben Sie ihre Passphrase ein, um sie zu öffnen.
archive-open-file = Datei öffnen
archive-cancel = Abbrechen

## Die PDF-Mappe exportieren

export-part-summary = Zusammenfassung (Diagnose, Behandlung, Ihr Anliegen)
export-part-questions = Ihre Fragen, mit Platz für Antworten
export-part-background = Gesundheitliche Vorgeschichte und Alltag
export-part-medications = Medikamente und Allergien
export-part-results = Mess- und Laborwerte im Verlauf
export-part-clinicians = Ärzte und Behandlungsteam
export-part-timeline = Zeitleiste
export-part-index = Verzeichnis der Dokumente
export-part-documents = Die Dokumente selbst
export-paper-size = Papierformat
export-paper-a4 = A4
export-paper-letter = US-Letter
export-email-size = Für E-Mail verkleinern
export-email-size-hint = (Fotos und Scans mit 150 dpi: auf Papier trotzdem gut lesbar)
export-language-reader = Die Sprache der Ärztin oder des Arztes; zu Beginn die unter „Über Sie und den Termin“ angegebene.
export-progress = Fortschritt des Exports
export-cancel = Abbrechen
export-building = Das PDF wird erstellt…
export-cancelled = Der Export wurde abgebrochen. Es wurde keine Datei gespeichert.
export-heading = Das PDF für die Ärztin oder den Arzt exportieren
export-lead = Wählen Sie aus, was hineinkommt. Dann fragt die App, wo das PDF gespeichert werden soll.
export-parts = Teile
export-reports = Dokumente
export-no-reports = Noch keine Dokumente. Den Rest können Sie trotzdem exportieren.
export-button = PDF exportieren
export-password = Passwort für das PDF
export-password-hint = Mindestens 10 Zeichen: Ein paar Wörter sind leicht einzugeben. Die Ärztin oder der Arzt gibt es ein, um das PDF zu öffnen. Teilen Sie das Passwort auf einem anderen Weg als das PDF mit: am Telefon oder per SMS, nicht in der E-Mail mit dem PDF. Die App speichert es nicht, schreiben Sie es also bei Bedarf auf.
export-show-password = Passwort anzeigen
export-error = Fehler: { $message }
export-protect = PDF mit einem Passwort schützen
export-protect-hint = (es öffnet sich erst nach Eingabe des Passworts)
export-password-missing = Geben Sie ein Passwort ein oder entfernen Sie das Häkchen bei „PDF mit einem Passwort schützen“
export-ready = Ihr PDF ist fertig
# $size is the size in megabytes, already written with the language's decimal separator.
export-summary = { $pages ->
    [one] { $pages } Seite
   *[other] { $pages } Seiten
}, { $size } MB, gespeichert unter { $path }
export-password-reminder = Das PDF lässt sich nur mit Ihrem Passwort öffnen. Teilen Sie das Passwort der Ärztin oder dem Arzt am Telefon oder per SMS mit, nicht in der E-Mail mit dem PDF.
export-over-email-limit = Mit { $size } MB ist es größer, als viele E-Mail-Dienste annehmen (oft 20 MB). Versuchen Sie es noch einmal mit „Für E-Mail verkleinern“, oder drucken Sie es aus.
export-missing-characters = Einige Zeichen konnten nicht gedruckt werden und erscheinen als „?“: { $characters }
export-not-enclosed = Nicht als Seiten enthalten
export-not-enclosed-lead = Diese sind im PDF mit dem Grund aufgeführt, und ihre Dateien sind darin angehängt:
# Follows a report's title, in bold.
export-not-enclosed-reason = : { $reason }
export-open = Öffnen (zum Lesen oder Drucken)
export-show-in-folder = Im Ordner zeigen
export-email = E-Mail
export-email-hint = „E-Mail“ öffnet Ihr E-Mail-Programm mit { $email }, einem Betreff und einer kurzen Nachricht. Auf diesem Weg kann dem E-Mail-Programm keine Datei übergeben werden, deshalb öffnet sich auch der Ordner mit dem PDF: Ziehen Sie das PDF in die E-Mail, um es anzuhängen.
export-email-hint-no-address = „E-Mail“ öffnet Ihr E-Mail-Programm mit der Adresse der Ärztin oder des Arztes (tragen Sie sie unter „Über Sie und den Termin“ ein), einem Betreff und einer kurzen Nachricht. Auf diesem Weg kann dem E-Mail-Programm keine Datei übergeben werden, deshalb öffnet sich auch der Ordner mit dem PDF: Ziehen Sie das PDF in die E-Mail, um es anzuhängen.

## Briefe: Unterlagen anfordern, und nach dem Termin

letters-to = An wen geht der Brief?
letters-to-hint = Zum Beispiel: Patientenarchiv, Klinikum am See, oder Praxis Dr. Lehmann
letters-records = Welche Unterlagen brauchen Sie?
letters-records-hint = Eine pro Zeile. Zum Beispiel: MRT-Befund meines Knies; die MRT-Bilder auf CD; meine Blutwerte
letters-from = Von (optional)
letters-until = Bis (optional)
letters-send-to = Wohin sollen sie geschickt werden?
letters-send-to-hint = Ihre E-Mail- oder Postadresse
letters-request-language-reader = Die Sprache der Stelle oder Praxis, an die Sie schreiben.
letters-write = Brief schreiben
letters-request-saved = Gespeichert unter { $path } (und derselbe Text als .txt-Datei, zum Einfügen in eine E-Mail).
letters-open = Brief öffnen
# A box's label, then what is wrong with what was typed in it.
letters-field-error = { $label }: { $error }
letters-request-heading = Ihre Unterlagen anfordern
letters-request-lead = In den meisten Ländern haben Sie ein Recht auf Kopien Ihrer Krankenunterlagen. Hier entsteht ein kurzer, höflicher Brief, in dem steht, dass Sie eine Zweitmeinung einholen – das kennen Ärzte gut.
letters-request-template-note = Der Text ist eine Vorlage, keine Rechtsberatung. Manche Krankenhäuser haben ein eigenes Formular oder verlangen eine Gebühr.
letters-mark-same = Übereinstimmend
letters-mark-different = Abweichend
letters-mark-not-sure = Unsicher
letters-comparison-caption = Erst- und Zweitmeinung nebeneinander
letters-topic = Thema
letters-first-opinion = Erste Meinung
letters-second-opinion = Zweite Meinung
letters-your-mark = Ihre Einschätzung
letters-not-written = Nicht eingetragen
letters-not-marked = Nicht eingeschätzt
letters-mark-question = { $topic }: Wie sehen Sie die beiden Meinungen?
letters-given-by = Wer hat die Zweitmeinung abgegeben?
letters-given-on = Wann
letters-diagnosis = Diagnose der Zweitmeinung
letters-diagnosis-code = Diagnoseschlüssel, falls angegeben (optional)
letters-diagnosis-code-hint = Zum Beispiel ein ICD-10-Code wie M17.11
letters-treatment = Was empfohlen wird
letters-key-points = Die wichtigsten Punkte
letters-follow-ups = Wie es weitergeht (weiteres Vorgehen)
letters-comparison-language-reader = Die Sprache der Person, die es lesen wird.
letters-after-heading = Nach dem Termin
letters-after-lead = Schreiben Sie auf, was bei der Zweitmeinung gesagt wurde, solange Sie es noch wissen.
# $link is the link to the questions (letters-after-questions-link).
letters-after-answers = Antworten auf Ihre Fragen tragen Sie bei der jeweiligen Frage unter „{ $link }“ ein.
letters-after-questions-link = Ihre Fragen
letters-marks-heading = Ihre Einschätzungen
letters-marks-hint = Nur Sie und Ihre Ärzte können sagen, ob die beiden Meinungen übereinstimmen: Die App beurteilt das nicht. Schätzen Sie jedes Thema so ein, wie Sie es verstehen, und fragen Sie Ihre Ärztin oder Ihren Arzt, was ein Unterschied für Sie bedeutet.
letters-save-comparison = Vergleich als PDF speichern
letters-comparison-saved = Gespeichert unter { $path }

## Daten aus einer Datei des Patientenportals übernehmen

portal-group-diagnoses = Erkrankungen (kommen zu Ihrer gesundheitlichen Vorgeschichte; eine davon können Sie zur Diagnose machen, um die es bei dieser Zweitmeinung geht)
portal-since = seit { $date }
portal-group-medications = Medikamente
portal-from-date = ab { $date }
portal-stopped = bis { $date }
portal-group-allergies = Allergien
portal-group-events = Operationen, Eingriffe und Arztbesuche (für die Zeitleiste)
portal-group-clinicians = Ärzte und Behandlungsteam
portal-group-results = Mess- und Laborwerte
portal-range = Bereich { $range }
portal-group-family-history = Familienanamnese (kommt zu Ihrer gesundheitlichen Vorgeschichte)
portal-from-age = ab { $age } Jahren
portal-group-devices = Geräte und medizinische Hilfsmittel (kommen zu „Implantate oder Geräte“ in Ihrer gesundheitlichen Vorgeschichte)
portal-dated = Datum: { $date }
portal-device-status = Status laut Unterlagen: { $status }
portal-listed-twice = Mehr als einmal in der Datei
portal-already-in-dossier = Schon in Ihrer Mappe
# $hidden items are not drawn one by one; $fresh of them are not in the dossier yet.
portal-rest-add = und { $hidden } weitere, hier nicht angezeigt: { $fresh ->
    [one] den neuen Eintrag übernehmen
   *[other] die { $fresh } neuen Einträge übernehmen
}
portal-rest-none = und { $hidden } weitere, hier nicht angezeigt: alle sind schon in Ihrer Mappe
# $title is the section's heading (portal-group-...).
portal-group-count-new = { $title }: { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
}, { $fresh } neu
portal-group-count = { $title }: { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
}
portal-preview-heading = Was { $files } enthält
portal-preview-lead = Entfernen Sie das Häkchen bei allem, was Sie nicht in Ihrer Mappe haben möchten. Was Ihre Mappe schon hat, ist nicht angehakt. Die Datei selbst wird bei Ihren Dokumenten aufbewahrt.
portal-mismatch-heading = Diese Datei gehört vielleicht zu einer anderen Person
portal-mismatch-lead = Nichts ist angehakt. Übernehmen Sie die Daten nur, wenn Sie sicher sind, dass es die Unterlagen der richtigen Person sind.
portal-same-person = Ich bin sicher, dass diese Datei zu der Person gehört, für die diese Mappe ist
portal-nothing-to-add = Nichts in dieser Datei konnte in die Abschnitte der Mappe übernommen werden.
portal-undated = Ohne ihr Datum übernommen: { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
} (öffnen, um den Grund zu sehen)
portal-skipped-line = { $item }: { $reason }
portal-skipped-more = und { $count } weitere
portal-not-added = Nicht übernommen: { $count ->
    [one] { $count } Zeile
   *[other] { $count } Zeilen
} (öffnen, um den Grund zu sehen)
portal-add = Angehakte übernehmen
portal-mismatch-error = Diese Datei nennt eine andere Person: Setzen Sie zuerst das Häkchen bei „Ich bin sicher, dass diese Datei zu der Person gehört, für die diese Mappe ist“, oder wählen Sie Abbrechen
portal-added = { $count ->
    [one] { $count } Eintrag übernommen
   *[other] { $count } Einträge übernommen
}
portal-added-from-file-kept = { $count ->
    [one] { $count } Eintrag aus der Datei übernommen, und die Datei wird bei Ihren Dokumenten aufbewahrt.
   *[other] { $count } Einträge aus der Datei übernommen, und die Datei wird bei Ihren Dokumenten aufbewahrt.
}
portal-added-from-file = { $count ->
    [one] { $count } Eintrag aus der Datei übernommen.
   *[other] { $count } Einträge aus der Datei übernommen.
}
portal-close = Schließen
portal-cancel = Abbrechen
## Window: ui/js/schema.js, ui/js/screens/sections.js, ui/js/screens/walk.js

# ui/js/schema.js: die Abschnitte einer Mappe, ihre Teile und die Schritte

schema-from-file = Übernommen aus { $file }
schema-field-notes = Notizen
schema-field-condition-role = Diese Erkrankung ist
schema-field-how-sure = Wie sicher ist das?
schema-field-where-hospital = Wo (Krankenhaus oder Praxis)
schema-field-when = Wann
schema-field-date = Datum
schema-field-phone = Telefon
schema-field-email = E-Mail
schema-none-listed = Nichts eingetragen.
schema-not-known = Nicht bekannt
schema-not-answered = Nicht beantwortet
schema-diagnoses-title = Diagnose
schema-diagnoses-heading = Was wurde Ihnen gesagt?
schema-diagnoses-lead = Schreiben Sie die Diagnose so auf, wie sie in Ihren Arztbriefen oder Befunden steht, und in Ihren eigenen Worten, wenn das hilft.
schema-diagnoses-add = Diagnose hinzufügen
schema-diagnoses-empty = Noch keine Diagnose. Tragen Sie die Diagnose ein, die Sie bekommen haben, auch wenn sie nicht sicher ist.
schema-diagnoses-required = Schreiben Sie die Diagnose auf, auch in Ihren eigenen Worten
schema-diagnoses-name = Diagnose
schema-diagnoses-name-hint = Zum Beispiel: Arthrose im rechten Knie
schema-diagnoses-code = Code, falls er auf Ihren Unterlagen steht (optional)
schema-diagnoses-code-hint = Zum Beispiel ein ICD-10-Code wie M17.11
schema-diagnoses-by = Von welcher Ärztin oder welchem Arzt
schema-other-conditions-title = Andere Erkrankungen
schema-other-conditions-heading = Weitere Erkrankungen
schema-other-conditions-lead = Erkrankungen, die Sie neben der haben, um die es bei dieser Zweitmeinung geht, etwa Diabetes, Bluthochdruck oder Asthma. Sie können beeinflussen, welche Behandlung sicher ist.
schema-other-conditions-add = Erkrankung hinzufügen
schema-other-conditions-empty = Keine anderen Erkrankungen eingetragen.
schema-other-conditions-required = Schreiben Sie die Erkrankung auf, auch in Ihren eigenen Worten
schema-other-conditions-name = Erkrankung
schema-other-conditions-name-hint = Zum Beispiel: Typ-2-Diabetes
schema-other-conditions-since = Seit wann
schema-other-conditions-notes = Notizen, etwa wie sie behandelt wird
schema-since = Seit { $date }
schema-results-title = Mess- und Laborwerte
schema-results-heading = Mess- und Laborwerte
schema-results-lead = Werte aus der Datei eines Patientenportals, so wie die Datei sie angibt. Das PDF listet sie nach Untersuchung, die ältesten zuerst.
schema-results-add = Wert hinzufügen
schema-results-empty = Noch keine Mess- oder Laborwerte.
schema-results-required = Schreiben Sie den Namen der Untersuchung auf
schema-results-test = Untersuchung
schema-results-value = Wert
schema-results-unit = Einheit
schema-results-range = Normalbereich laut Labor
schema-results-flag = Was das Labor vermerkt hat (zum Beispiel: Hoch)
schema-operations-title = Operationen
schema-operations-heading = Operationen und Krankenhausaufenthalte
schema-operations-lead = Jede Operation, die Sie hatten, und jeder Aufenthalt im Krankenhaus, auch wenn es lange her ist.
schema-operations-add = Operation oder Aufenthalt hinzufügen
schema-operations-required = Schreiben Sie auf, was gemacht wurde oder warum Sie im Krankenhaus waren
schema-operations-name = Was gemacht wurde oder warum Sie im Krankenhaus waren
schema-operations-name-hint = Zum Beispiel: Gelenkspiegelung am rechten Knie
schema-family-title = Krankheiten in der Familie
schema-family-heading = Krankheiten in Ihrer Familie
schema-family-lead = Krankheiten Ihrer Eltern, Geschwister oder Kinder, die wichtig sein können, etwa Herzkrankheiten, Krebs oder die Erkrankung, die Sie haben.
schema-family-add = Krankheit hinzufügen
schema-family-required = Schreiben Sie die Krankheit auf
schema-family-relative = Wer
schema-family-relative-hint = Zum Beispiel: meine Mutter
schema-family-condition = Krankheit
schema-family-age = Alter bei Beginn (optional)
schema-from-age = Beginn mit { $age } Jahren
schema-treatments-title = Behandlung
schema-treatments-heading = Was wurde empfohlen?
schema-treatments-lead = Schreiben Sie jede Behandlung auf, die Ihnen angeboten wurde, mit dem, was Sie über Nutzen, Risiken und Kosten wissen. Sie dürfen Teile leer lassen.
schema-treatments-add = Behandlung hinzufügen
schema-treatments-empty = Noch keine Behandlung. Tragen Sie ein, was Ihre Ärztin oder Ihr Arzt vorgeschlagen hat.
schema-treatments-required = Schreiben Sie den Namen der Behandlung auf
schema-treatments-name = Behandlung
schema-treatments-name-hint = Zum Beispiel: künstliches Kniegelenk
schema-treatments-recommended-by = Empfohlen von
schema-treatments-status = Wie ist der Stand?
schema-treatments-benefits = Was sie Ihnen bringen soll
schema-treatments-risks = Risiken und Nebenwirkungen, die man Ihnen genannt hat
schema-treatments-costs = Kosten (Geld, Arbeitsausfall, Fahrten)
schema-treatments-alternatives = Andere genannte Möglichkeiten
schema-medications-title = Medikamente
schema-medications-heading = Medikamente
schema-medications-lead = Alle Medikamente, die Sie derzeit nehmen, und die, die Sie wegen dieser Beschwerden genommen haben, auch rezeptfreie aus der Apotheke.
schema-medications-add = Medikament hinzufügen
schema-medications-empty = Noch keine Medikamente.
schema-medications-required = Schreiben Sie den Namen des Medikaments auf
schema-medications-name = Medikament
schema-medications-dose = Dosis
schema-medications-dose-hint = Zum Beispiel: 400 mg
schema-medications-frequency = Wie oft
schema-medications-started = Begonnen
schema-medications-stopped = Abgesetzt
schema-medications-reason = Wofür
schema-stopped-on = Abgesetzt: { $date }
schema-allergies-title = Allergien
schema-allergies-heading = Allergien
schema-allergies-lead = Medikamente oder andere Dinge, auf die Sie reagiert haben.
schema-allergies-add = Allergie hinzufügen
schema-allergies-empty = Keine Allergien eingetragen.
schema-allergies-required = Schreiben Sie auf, wogegen Sie allergisch sind
schema-allergies-substance = Allergisch gegen
schema-allergies-reaction = Was passiert ist
schema-allergies-severity = Wie schlimm
schema-clinicians-title = Behandlungsteam
schema-clinicians-heading = Ärzte und Behandlungsteam
schema-clinicians-lead = Die Ärztinnen, Ärzte und anderen, die Sie behandeln, damit die Ärztin oder der Arzt der Zweitmeinung sie erreichen kann.
schema-clinicians-add = Person hinzufügen
schema-clinicians-empty = Noch niemand.
schema-clinicians-required = Schreiben Sie den Namen der Person auf
schema-clinicians-name = Name
schema-clinicians-role = Rolle
schema-clinicians-role-hint = Zum Beispiel: behandelnde Chirurgin, Hausarzt
schema-clinicians-specialty = Fachgebiet
schema-clinicians-institution = Krankenhaus oder Praxis
schema-events-title = Zeitleiste
schema-events-lead = Ereignisse, die wichtig sein können, etwa ein Sturz, eine Bildgebung oder ein Krankenhausaufenthalt. Diagnosen, Medikamente und Unterlagen mit Datum erscheinen hier auch.
schema-events-add = Ereignis hinzufügen
schema-events-empty = Noch keine Ereignisse.
schema-events-required = Schreiben Sie auf, was passiert ist
schema-events-what = Was passiert ist
schema-events-details = Einzelheiten
schema-documents-title = Unterlagen
schema-documents-heading = Ihre Unterlagen
schema-documents-lead = Fügen Sie Arztbriefe, Befunde, Laborwerte und Fotos von Papieren hinzu. Die App behält eine eigene Kopie, Sie können die Originale also verschieben oder löschen.
schema-documents-add = Unterlagen hinzufügen
schema-documents-empty = Noch keine Unterlagen. Fügen Sie sie mit der Schaltfläche hinzu oder ziehen Sie Dateien in dieses Fenster.
schema-documents-required = Geben Sie dem Dokument einen Titel
schema-documents-field-title = Titel
schema-documents-kind = Art des Dokuments
schema-documents-date = Datum auf dem Dokument
schema-documents-source = Von wem (Krankenhaus, Labor oder Praxis)
schema-documents-include = In das PDF für die Ärztin oder den Arzt aufnehmen
schema-documents-kind-not-set = Art nicht angegeben
schema-documents-dated = Datum: { $date }
schema-documents-date-not-given = Ohne Datum
schema-questions-title = Fragen
schema-questions-heading = Ihre Fragen
schema-questions-lead = Schreiben Sie die Fragen auf, die beantwortet werden sollen. Setzen Sie die wichtigsten an den Anfang: Vielleicht reicht die Zeit nicht für alle.
schema-questions-add = Frage hinzufügen
schema-questions-empty = Noch keine Fragen. Was möchten Sie am dringendsten wissen?
schema-questions-required = Schreiben Sie die Frage auf
schema-questions-question = Frage
schema-questions-category = Es geht um
schema-questions-answer = Antwort (nach dem Termin)
schema-questions-from = Quelle: { $source }
schema-part-why = Warum eine Zweitmeinung
schema-part-about = Über Sie und den Termin
schema-part-diagnoses = Diagnose
schema-part-treatments = Empfohlene Behandlung
schema-part-documents = Ihre Unterlagen
schema-part-questions = Ihre Fragen
schema-part-medications = Medikamente und Allergien
schema-part-background = Gesundheitliche Vorgeschichte
schema-part-daily-life = Alltag
schema-part-clinicians = Ärzte und Behandlungsteam
schema-part-events = Zeitleiste
schema-reason-hint-clarify-diagnosis = Die Diagnose ist unklar oder kompliziert. Die Ärztin oder der Arzt sieht sich Ihre Befunde an und erklärt, was sie zeigen.
schema-reason-hint-choose-treatment = Man hat Ihnen Behandlungen angeboten, und Sie brauchen Hilfe, um Nutzen, Risiken und Kosten abzuwägen.
schema-reason-hint-confirm-plan = Der Plan ist langwierig, teuer oder schwer rückgängig zu machen, und Sie möchten ihn vorher prüfen lassen.
schema-reason-hint-rare-or-serious = Die Erkrankung ist selten, oder man hat Ihnen gesagt, dass wenig getan werden kann. Fachleute kennen vielleicht mehr Möglichkeiten.
schema-reason-hint-doctor-suggested = Ihre eigene Ärztin oder Ihr eigener Arzt möchte eine weitere fachliche Meinung.
schema-step-why = Warum eine Zweitmeinung?
schema-step-who = Für wen?
schema-step-told = Was wurde Ihnen gesagt?
schema-step-recommended = Was wurde empfohlen?
schema-step-medicines = Medikamente und Allergien
schema-step-background = Ihre gesundheitliche Vorgeschichte
schema-step-daily = Alltag
schema-step-records = Ihre Unterlagen
schema-step-questions = Ihre Fragen
schema-step-doctor = Wer gibt die Zweitmeinung?
schema-step-review = Prüfen und exportieren
schema-background-height = Größe
schema-background-weight = Gewicht
schema-background-smoking = Rauchen Sie?
schema-background-smoking-details = Wie viel, wie lange oder wann Sie aufgehört haben (optional)
schema-background-implants = Implantate oder Geräte in Ihrem Körper
schema-background-implants-hint = Zum Beispiel ein Herzschrittmacher, eine Metallplatte oder ein künstliches Gelenk, ein Stent, eine Spirale. Sie sind wichtig für MRT-Untersuchungen und manche Behandlungen.
schema-background-alcohol = Alkohol: wie viel in einer normalen Woche (optional)
schema-background-occupation = Ihr Beruf oder was Sie früher gemacht haben (optional)
schema-background-pregnant = Sind Sie schwanger?
schema-background-notes = Sonst noch etwas zu Ihrer Gesundheit (optional)
schema-pain-none = 0: keine Schmerzen
schema-pain-worst = 10: die schlimmsten Schmerzen, die Sie sich vorstellen können
schema-pain-score = { $score } von 10
schema-daily-symptoms = Was sind Ihre wichtigsten Beschwerden?
schema-daily-symptoms-hint = In Ihren eigenen Worten, zum Beispiel: Schmerzen im linken Knie, schlimmer auf Treppen.
schema-daily-since = Seit wann?
schema-daily-pain = Falls Sie Schmerzen haben: Wie stark sind sie an den meisten Tagen?
schema-daily-pain-none = Keine Antwort oder keine Schmerzen
schema-daily-limits = Was können Sie deswegen nicht tun?
schema-daily-limits-hint = Zum Beispiel: Ich kann keine Treppen steigen, nicht mit dem Hund gehen und nicht durchschlafen.
schema-daily-tried = Was haben Sie versucht, und wie ging es?
schema-daily-tried-hint = Behandlungen, Übungen, Medikamente, Änderungen zu Hause.
schema-daily-matters-most = Was ist Ihnen am wichtigsten?
schema-daily-matters-most-hint = Zum Beispiel: weiter arbeiten, mich um meine Enkel kümmern, eine Operation vermeiden.

# ui/js/screens/walk.js: die Schritte und die Prüfung der Angaben

walk-person-full-name = Vollständiger Name
walk-person-full-name-required = Geben Sie den vollständigen Namen der Person ein, für die die Zweitmeinung ist
walk-person-date-of-birth = Geburtsdatum
walk-person-sex = Geschlecht (optional)
walk-person-phone = Telefon
walk-person-email = E-Mail
walk-person-address = Adresse
walk-person-language = Bevorzugte Sprache
walk-person-language-hint = Die Sprache, in der die Ärztin oder der Arzt mit Ihnen sprechen soll
walk-consultant-name = Name der Ärztin oder des Arztes für die Zweitmeinung
walk-consultant-specialty = Fachgebiet
walk-consultant-specialty-hint = Zum Beispiel: Orthopädie
walk-consultant-institution = Krankenhaus oder Praxis
walk-consultant-email = E-Mail-Adresse der Ärztin oder des Arztes
walk-consultant-email-hint = Damit wird eine E-Mail mit dem PDF vorbereitet
walk-consultant-appointment = Datum des Termins
walk-consultant-mode = Wie findet der Termin statt?
walk-consultant-language = Sprache der Ärztin oder des Arztes
walk-consultant-language-none = Nicht gewählt (Sprache der App)
walk-consultant-language-hint = Das PDF für die Zweitmeinung wird in dieser Sprache geschrieben. Beim Exportieren können Sie trotzdem eine andere Sprache wählen.
walk-figure-disagreed = Zwei Fachleute, die sich denselben Fall ansahen, waren sich in über 25 % der Fälle nicht einig.
walk-figure-disagreed-source = Quelle: Berichte, die im Artikel „What is a second opinion?“ zitiert werden.
walk-figure-bmj = Eine Übersichtsarbeit im British Medical Journal fand in fast 58 % der Fälle Unterschiede in der Diagnose.
walk-figure-bmj-source = Quelle: die Übersichtsarbeit im British Medical Journal, wie in diesem Artikel zitiert.
walk-figure-mayo = Fast 88 % der Menschen, die für eine Zweitmeinung zur Mayo Clinic gingen, bekamen dort eine geänderte Diagnose oder einen geänderten Behandlungsplan.
walk-figure-mayo-source = Quelle: eine Studie der Mayo Clinic, wie in diesem Artikel zitiert.
# Die Liste der Schritte: ihr Name für Screenreader, und jeder Schritt als „3. Was wurde Ihnen gesagt?“.
walk-steps = Schritte
walk-step-label = { $number }. { $title }
walk-continue = Weiter
walk-back = Zurück
walk-why-title = In wenigen Worten: Worum geht es bei der Zweitmeinung?
walk-why-title-hint = Zum Beispiel: Knieprothese – jetzt oder später?
walk-why-title-required = Schreiben Sie in wenigen Worten, wofür die Zweitmeinung ist
walk-why-goal = Was erhoffen Sie sich am meisten von dieser Zweitmeinung?
walk-why-goal-hint = Zum Beispiel: erfahren, ob die Operation warten kann, oder welche anderen Behandlungen es gibt
walk-why-heading = Warum eine Zweitmeinung?
walk-why-figures-intro = Eine Zweitmeinung einzuholen ist üblich, und Ärzte rechnen damit. Einige Zahlen:
walk-why-figures-note = Das sind die Zahlen aus dem Artikel, kein medizinischer Rat.
walk-why-reasons = Warum möchten Sie eine? Kreuzen Sie alles an, was zutrifft.
walk-why-situations = Geht es um einen dieser Fälle? (optional)
walk-who-legend = Für wen ist die Zweitmeinung?
walk-who-someone-new = Eine andere Person
walk-who-me = Für mich oder die Person, die ich betreue
walk-who-relative-hint = Wenn Sie jemandem aus Ihrer Familie helfen, geben Sie die Daten dieser Person ein, nicht Ihre eigenen.
walk-who-required = Wählen Sie, für wen die Zweitmeinung ist
walk-who-heading = Für wen?
walk-review-pain = Schmerzen { $score } von 10
# Die Krankheit eines Familienmitglieds, etwa „meine Mutter: Brustkrebs“, mit dem Alter bei Beginn.
walk-review-family-from-age = { $illness } (Beginn mit { $age } Jahren)
walk-review-other-conditions = Andere Erkrankungen
walk-review-none = Keine
walk-review-operations = Operationen und Krankenhausaufenthalte
walk-review-family = Krankheiten in der Familie
walk-review-none-known = Keine bekannt
walk-review-height-weight-smoking = Größe, Gewicht und Rauchen
walk-review-implants = Implantate oder Geräte
walk-review-daily-life = Alltag
walk-review-not-given = Nicht angegeben
# Der Link bei jeder Angabe: sichtbar als „Ändern“; Screenreader lesen die ganze Nachricht, mit dem Namen der Angabe.
walk-review-change = Ändern
walk-review-change-named = { $what } ändern
walk-review-heading = Prüfen Sie Ihre Angaben
walk-review-missing = Es fehlt noch
walk-review-about = Worum es geht
walk-review-reasons = Gründe
walk-review-situation = Situation
walk-review-goal = Was Sie sich davon erhoffen
walk-review-patient = Für wen
walk-review-patient-born = { $name }, Geburtsdatum: { $date }
walk-review-diagnosis = Diagnose
walk-review-treatment = Empfohlene Behandlung
walk-review-medicines = Medikamente
walk-review-allergies = Allergien
walk-review-reports = Unterlagen
walk-review-report-count = { $count ->
    [one] { $count } Dokument
   *[other] { $count } Dokumente
}
walk-review-questions = Fragen
walk-review-question-count = { $count ->
    [one] { $count } Frage
   *[other] { $count } Fragen
}
walk-review-doctor = Ärztin oder Arzt für die Zweitmeinung
walk-review-go-to-export = Zum Export

# ui/js/screens/sections.js: die Übersicht einer Mappe und ihre Teile

sections-overview-lead = Für { $name }. { $reports ->
    [one] { $reports } Dokument
   *[other] { $reports } Dokumente
}, { $questions ->
    [one] { $questions } Frage
   *[other] { $questions } Fragen
}.
sections-overview-continue = Schritte fortsetzen
sections-overview-export = PDF exportieren
sections-overview-parts = Teile Ihrer Mappe
sections-overview-missing = Es fehlt noch
sections-overview-nothing-missing = Es fehlt nichts Wichtiges.
sections-overview-copy-heading = Kopie behalten oder Mappe weitergeben
sections-overview-copy-text = Eine Mappendatei enthält alles, auch die Dokumente. Nutzen Sie sie als Sicherung oder um die Mappe jemandem zu geben, der Ihnen hilft.
sections-overview-delete = Diese Mappe löschen
sections-request-second-opinion = Die Zweitmeinung
sections-request-decide-by = Bis wann müssen Sie sich entscheiden? (optional)
sections-request-doctor-heading = Wer gibt die Zweitmeinung?
sections-request-doctor-lead = Wenn Sie es schon wissen, tragen Sie ein, wer Sie untersuchen wird. Sie können das auch später ergänzen.
sections-request-notes = Was die Ärztin oder der Arzt sonst noch wissen sollte
sections-request-about-heading = Über Sie und den Termin
sections-request-patient = Angaben zur Person
# Nach einem „keine“-Kästchen, das nicht angekreuzt werden kann, in Klammern.
sections-none-unavailable = (nicht möglich, solange die Liste Einträge hat)
sections-records-added = { $count ->
    [one] { $count } Dokument hinzugefügt.
   *[other] { $count } Dokumente hinzugefügt.
}
sections-records-failed = { $count ->
    [one] { $count } Datei konnte nicht hinzugefügt werden
   *[other] { $count } Dateien konnten nicht hinzugefügt werden
}
sections-records-add = Unterlagen hinzufügen
sections-records-choose = Wählen Sie die Dateien in dem Fenster, das sich öffnet …
sections-records-adding = Dateien werden hinzugefügt
sections-records-stop = Abbrechen
sections-records-adding-file = Datei { $number } von { $total } wird hinzugefügt …
sections-records-portal = Aus Patientenportal hinzufügen
sections-records-drop-hint = Sie können auch Dateien aus einem Ordner in dieses Fenster ziehen. Eine Akte aus einem Patientenportal (eine XML-, JSON- oder ZIP-Datei im Format C-CDA oder FHIR, etwa aus MyChart) fügt dieser Mappe ihre Erkrankungen, Medikamente, Allergien und Laborwerte hinzu, sobald Sie sie geprüft haben.
sections-open-not-opened = „{ $title }“ wurde nicht geöffnet
# $what: was die Datei wirklich enthält, so wie die App es beschreibt.
sections-open-not-viewable = Ihr Inhalt ist { $what }, kein Dokument und kein Foto, deshalb öffnet die App sie nicht: Eine solche Datei könnte ein Programm starten. Wenn Sie der Quelle vertrauen, können Sie sich die Datei in ihrem Ordner ansehen.
sections-open-show-in-folder = Im Ordner zeigen
sections-bmi = Body-Mass-Index (BMI) aus diesen Angaben: { $value }
sections-none-implants = Ich habe keine Implantate oder Geräte
sections-background-more = Mehr zu Ihrer Gesundheit (optional): Alkohol, Beruf, Schwangerschaft, Sonstiges
sections-background-heading = Ihre gesundheitliche Vorgeschichte
sections-background-lead = Was sonst an Ihrer Gesundheit den ärztlichen Rat ändern könnte. Jede Frage ist freiwillig: Beantworten Sie, was Sie wissen.
sections-none-other-conditions = Ich habe keine anderen Erkrankungen
sections-none-operations = Ich hatte keine Operationen und keine Krankenhausaufenthalte
sections-none-family = Mir ist keine Krankheit in meiner Familie bekannt, die hier wichtig ist
sections-daily-heading = Alltag
sections-daily-lead = Wie das Problem Ihren Alltag beeinflusst, in Ihren eigenen Worten. Die Ärztin oder der Arzt liest das zuerst. Jede Frage ist freiwillig.
sections-medications-heading = Medikamente und Allergien
sections-medications-medicines = Medikamente
sections-none-medicines = Ich nehme keine Medikamente
sections-medications-allergies = Allergien
sections-none-allergies = Ich habe keine bekannten Allergien
sections-timeline-heading = Zeitleiste
sections-timeline-caption = Alles mit Datum, das Älteste zuerst
sections-timeline-when = Wann
sections-timeline-what = Was
sections-timeline-details = Einzelheiten
sections-timeline-added = Von Ihnen eingetragene Ereignisse
sections-no-such-part = Es gibt keinen Teil namens { $key }.
sections-back-to-review = Zurück zur Prüfung
sections-checklist-have-it = Vorhanden
sections-checklist-missing = Fehlt
sections-checklist-not-applicable = Trifft nicht zu
sections-checklist-does-not-apply = Trifft nicht zu
# Die Schaltfläche ist als „Rückgängig“ sichtbar; Screenreader lesen die ganze Nachricht, mit dem Namen der Unterlage.
sections-checklist-undo = Rückgängig
sections-checklist-undo-named = Markierung bei { $title } rückgängig machen
sections-checklist-heading = Was Sie mitbringen sollten
# { $link } ist der Link zur Liste der Unterlagen; seine Worte stehen in der nächsten Nachricht.
sections-checklist-lead = Was Fachärzte bei einer Mappe wie dieser meist sehen möchten. Fügen Sie unter „{ $link }“ hinzu, was Sie haben, und geben Sie bei jedem Dokument die Art an, damit es mitgezählt wird.
sections-checklist-records-link = Ihre Unterlagen
sections-suggestions-other = Weitere Fragen
sections-suggestions-heading = Vorgeschlagene Fragen ({ $count })
sections-suggestions-hint = Ausgewählt nach Ihren Gründen und Ihrer Diagnose, aus veröffentlichten Fragenlisten. Fügen Sie die hinzu, die Ihnen wichtig sind; die Worte können Sie danach ändern.
sections-suggestions-from = Quelle: { $source }
sections-suggestions-added = Frage zu Ihrer Liste hinzugefügt
sections-suggestions-add = Diese Frage hinzufügen

## Window: screens/settings.js
settings-title = Einstellungen
settings-language-legend = Sprache der App
settings-language-hint = Die Sprache der Texte auf dem Bildschirm. Die Sprache eines PDFs für eine Ärztin oder einen Arzt wählen Sie jedes Mal, wenn Sie eines erstellen.
settings-language-system = Wie dieser Computer

## What the doctor would miss (the window's overview)
gap-why = Warum Sie eine Zweitmeinung möchten
gap-date-of-birth = Ihr Geburtsdatum
gap-diagnosis = Die Diagnose, die Sie bekommen haben
gap-treatment = Die Behandlung, die empfohlen wurde
gap-reports = Ihre Dokumente (Arztbriefe, Befunde, Laborwerte)
gap-questions = Ihre Fragen an die Ärztin oder den Arzt
gap-medicines = Ihre Medikamente (oder dass Sie keine nehmen)
gap-allergies = Ihre Allergien (oder dass Sie keine haben)
gap-background = Ihre Vorgeschichte (andere Erkrankungen, Operationen, Rauchen)
gap-daily-life = Wie das Problem Ihren Alltag beeinflusst
gap-consultant-name = Der Name der Ärztin oder des Arztes für die Zweitmeinung
gap-consultant-email = Deren E-Mail-Adresse, um das PDF zu senden

## Errors and reasons said to the person
error-not-added-cancelled = { $file }: Nicht hinzugefügt, weil das Hinzufügen abgebrochen wurde

## Warum ein Befund nicht unverändert beigefügt ist: auf der Seite, die für ihn steht, und im Bericht über den Export
enclose-not-read-now = die Datei konnte gerade nicht gelesen werden ({ $error })
enclose-reader-failed = die Datei ist so beschädigt, dass das Programm zum Lesen versagt hat
enclose-reader-failed-detail = die Datei ist so beschädigt, dass das Programm zum Lesen versagt hat ({ $error })
enclose-too-slow = das Lesen dauerte länger als { $seconds } Sekunden
enclose-file-too-large = die Datei ist { $size } MB groß, mehr als die { $max } MB, die ein Dokument haben darf
enclose-stored-unreadable = die gespeicherte Datei konnte nicht gelesen werden ({ $error })
enclose-misnamed = die Datei ist ihrem Namen nach { $named }, in Wirklichkeit aber { $really }
enclose-heic = HEIC-Fotos können in einem PDF nicht gezeigt werden; speichern Sie das Foto auf dem Handy oder Computer als JPEG und fügen Sie diese Datei hinzu
enclose-dicom = ein DICOM-Bild aus der Bildgebung, das sich nur mit einem Programm für medizinische Bilder ansehen lässt
enclose-cannot-show = { $what } und kann nicht als Seiten gezeigt werden
enclose-image-damaged = das Bild ist beschädigt und konnte nicht gelesen werden ({ $error })
enclose-jpeg-damaged = das JPEG-Foto ist beschädigt und konnte nicht gelesen werden ({ $error })
enclose-image-too-large = das Bild ist zu groß, um es gefahrlos zu zeigen ({ $error })
enclose-too-many-pixels = das Bild hat { $width } x { $height } Pixel, mehr als die Mappe gefahrlos aufnehmen kann (höchstens { $megapixels } Megapixel und { $side } Pixel je Seite)
enclose-jpeg-no-size = das JPEG-Foto ist beschädigt (keine Bildgröße gefunden)
enclose-jpeg-empty-size = das JPEG-Foto ist beschädigt (die Bildgröße ist leer)
enclose-jpeg-size-mismatch = das JPEG-Foto ist beschädigt (seine Größe passt nicht zu seinen Kopfdaten)
enclose-tiff-too-large = das TIFF-Bild ist zu groß, um es gefahrlos zu zeigen
enclose-tiff-damaged = das TIFF-Bild ist beschädigt oder von einer nicht unterstützten Art ({ $error })
enclose-tiff-too-many-pages = das TIFF-Bild hat mehr als { $max } Seiten
enclose-tiff-sample-format = das TIFF-Bild verwendet ein nicht unterstütztes Datenformat
enclose-tiff-colour-type = das TIFF-Bild verwendet eine nicht unterstützte Farbart ({ $type })
enclose-tiff-size-mismatch = das TIFF-Bild ist beschädigt (die Größe passt nicht zu seinen Daten)
enclose-too-many-pages = sie hat mehr als { $max } Seiten; mehr darf ein Dokument nicht haben
enclose-password = das PDF ist mit einem Passwort geschützt; speichern Sie eine ungeschützte Kopie und fügen Sie diese hinzu
enclose-pdf-damaged = das PDF ist so beschädigt, dass es nicht repariert werden kann ({ $error })
enclose-too-many-objects = das PDF besteht aus { $count } Objekten, mehr als die { $max }, die ein Dokument haben darf
enclose-no-pages = das PDF hat keine lesbaren Seiten
enclose-page-tree-too-large = der Seitenbaum ist zu groß
enclose-page-tree-too-deep = der Seitenbaum ist mehr als { $max } Ebenen tief verschachtelt
enclose-unpacks-too-large = ein Teil davon ist entpackt größer als { $max } MB
enclose-image-in-pdf-too-large = ein Bild darin hat { $width } x { $height } Pixel, mehr als gefahrlos gezeigt werden kann
enclose-image-in-pdf-damaged = ein Bild im PDF ist beschädigt und konnte nicht gelesen werden
enclose-repair-too-deep = zu tief verschachtelte Teile wurden weggelassen
enclose-repair-page-loop = die Liste der Seiten verweist auf sich selbst zurück
enclose-repair-page-entries = { $count ->
    [one] { $count } unlesbarer Seiteneintrag wurde weggelassen
   *[other] { $count } unlesbare Seiteneinträge wurden weggelassen
}
enclose-repair-content-cut = beschädigter Seiteninhalt wurde auf das Lesbare gekürzt
enclose-repair-broken-filter = ein Datenstrom mit defektem Filter wurde geleert
enclose-repair-photo-anew = ein beschädigtes Foto oder ein beschädigter Scan darin wurde neu gespeichert
enclose-repair-stream-emptied = ein Datenstrom, der nicht dekodiert werden konnte, wurde geleert

## Fehler der Unterlagen, ihrer Dateien und der Mappendateien, und was eine Datei ist (media-), für die Person
# $file, $folder und $path sind Pfade; $entry, $value, $name, $title, $item und $mark sind Werte in Anführungszeichen; $field ist der Name eines Feldes; $reason sind die Worte des Systems oder einer Bibliothek: alles bleibt, wie es ist. $date und $born sind Daten in Worten.

error-archive-entry = Eintrag { $entry }
error-file-read-failed = { $file }: Konnte nicht gelesen werden: { $reason }
error-file-too-large-mb = { $file }: größer als die erlaubten { $size } MB
error-file-too-large-bytes = { $file }: größer als die erlaubten { $size } Bytes
error-file-is-folder = { $file }: Das ist ein Ordner, keine Datei
error-file-empty = { $file }: Die Datei ist leer
error-file-not-found = { $file }: Die Datei wurde nicht gefunden; vielleicht wurde sie verschoben oder gelöscht
error-file-not-allowed = { $file }: Dieser Computer erlaubt der App nicht, die Datei zu lesen
error-file-unreadable = { $file }: Die Datei konnte nicht gelesen werden ({ $reason })
media-a-pdf = ein PDF-Dokument
media-a-jpeg = ein JPEG-Foto
media-a-png = ein PNG-Bild
media-a-gif = ein GIF-Bild
media-a-webp = ein WebP-Bild
media-a-tiff = ein TIFF-Bild
media-a-bmp = ein BMP-Bild
media-a-heic = ein HEIC-Foto
media-a-dicom = ein DICOM-Bild aus der Bildgebung
media-a-zip = ein ZIP-Archiv
media-a-xml = ein XML-Dokument
media-a-text = eine Textdatei
media-a-unknown = eine Datei unbekannter Art
error-date-invalid = { $field }: { $value } ist kein Datum; verwenden Sie JJJJ, JJJJ-MM oder JJJJ-MM-TT, zum Beispiel 2024, 2024-03 oder 2024-03-14
error-no-item-in-dossier = In { $section } dieser Mappe gibt es keinen Eintrag mit der ID { $id }.
error-document-needs-file = { $field }: Ein Dokument wird mit seiner Datei hinzugefügt, nicht als Text
error-not-one-of = { $field }: { $value } ist keiner dieser Werte: { $allowed }
error-too-long = { $field }: das ist zu lang: höchstens { $max } Zeichen
error-empty = { $field }: das darf nicht leer sein
error-out-of-range = { $field }: { $value } liegt außerhalb des Bereichs; verwenden Sie eine ganze Zahl von { $min } bis { $max }
error-before-birth = { $field }: { $date } liegt vor dem Geburtsdatum ({ $born }); prüfen Sie beide Daten
error-in-future = { $field }: { $date } liegt in der Zukunft; prüfen Sie das Jahr
error-none-known-not-allowed = { $field }: { $value } kann nicht mit „keine“ beantwortet werden; verwenden Sie { $allowed }
error-not-a-comparison-topic = { $field }: { $value } ist kein Thema des Vergleichs; verwenden Sie { $allowed }
error-archive-file-missing = die Datei von { $title } fehlt bei den gespeicherten Dateien ({ $path }): { $reason }
error-archive-entry-name-not-text = ein Eintrag hat einen Namen, der kein gültiger Text ist
error-archive-entry-absolute = Eintrag { $entry }: absolute Pfade sind nicht erlaubt
error-archive-entry-backslash = Eintrag { $entry }: umgekehrte Schrägstriche sind in Pfaden nicht erlaubt
error-archive-entry-dots = Eintrag { $entry }: ".." und "." sind in Pfaden nicht erlaubt
error-archive-entry-not-allowed = Eintrag { $entry }: erlaubt sind nur dossier.json und Dateien direkt unter files/
error-archive-record-field = dossier.json: { $field }.{ $reason }
error-archive-cannot-open = { $file }: konnte nicht geöffnet werden: { $reason }
error-archive-protected = { $file }: diese Mappendatei ist mit einer Passphrase geschützt; fragen Sie die Person, die sie Ihnen geschickt hat, nach der Passphrase (das Befehlszeilenprogramm liest --passphrase-file oder { $env })
error-archive-not-zip = { $file }: keine Mappendatei, oder eine beschädigte oder unvollständige (kein lesbares ZIP: { $reason }). Wenn jemand sie Ihnen geschickt hat, bitten Sie darum, sie noch einmal zu schicken.
error-archive-too-many-entries = { $file }: enthält { $count } Einträge, mehr als die erlaubten { $max }
error-archive-duplicate-names = { $file }: ein Eintragsname kommt zweimal vor (die Datei ist beschädigt oder wurde zur Täuschung erstellt)
error-archive-entry-damaged = Eintrag { $index } ist beschädigt: { $reason }
error-archive-entry-link = Eintrag { $entry }: Verknüpfungen sind nicht erlaubt
error-archive-entry-folder = Eintrag { $entry }: unerwarteter Ordner
error-archive-entry-encrypted = Eintrag { $entry }: verschlüsselte Einträge werden nicht unterstützt
error-archive-entry-too-large = Eintrag { $entry }: wird entpackt { $size } Bytes groß, mehr als erlaubt
error-archive-bomb = Eintrag { $entry }: Die Dateien würden entpackt mehr als { $size } MB groß, weit mehr als die Datei selbst; sie ist beschädigt oder eine Dekompressionsbombe
error-archive-entry-twice = Eintrag { $entry }: kommt zweimal vor
error-archive-record-invalid = dossier.json: kein gültiger Datensatz: { $reason }
error-archive-format-wrong = dossier.json: das Format ist { $format }, erwartet wurde { $expected }
error-archive-format-missing = dossier.json: das Format fehlt, erwartet wurde { $expected }
error-archive-newer = dossier.json: format_version { $version } wurde von einer neueren Version der App geschrieben (diese liest { $reads })
error-archive-version-missing = dossier.json: format_version fehlt oder ist nicht { $reads }
error-archive-not-json = dossier.json: kein gültiges JSON: { $reason }
error-archive-no-record = { $file }: keine Mappendatei (dossier.json fehlt)
error-archive-record-unpack = dossier.json: konnte nicht entpackt werden: { $reason }
error-archive-record-too-large = dossier.json: größer als erlaubt
error-archive-record = dossier.json: { $reason }
error-archive-not-sha256 = dossier.json: { $field }.sha256 ist kein SHA-256-Hash
error-archive-record-file = dossier.json: { $field }.file: { $reason }
error-archive-file-absent = dossier.json: { $field }.file { $file } ist nicht in der Datei enthalten
error-archive-same-file = dossier.json: { $field } ist dieselbe Datei wie ein früheres Dokument
error-patient-exists = { $file }: es gibt schon eine Person namens { $name } mit demselben Geburtsdatum; importieren Sie die Mappe als neue Person oder fügen Sie sie der vorhandenen Person hinzu
error-archive-no-space = Eintrag { $entry }: auf dem Datenträger ist nicht genug Platz frei, um ihn zu entpacken ({ $free } MB frei, und { $keep } MB müssen frei bleiben); schaffen Sie Platz und importieren Sie die Datei noch einmal
error-archive-entry-unreadable = Eintrag { $entry }: { $reason }
error-archive-hash-mismatch = Eintrag { $entry }: sein Inhalt passt nicht zum SHA-256-Hash in dossier.json (beschädigt oder verändert)
error-sealed-key-damaged = { $file }: der versiegelte Schlüssel ist beschädigt
error-protection-file-damaged = { $file }: diese Datei enthält den Schlüssel Ihrer geschützten Unterlagen und ist beschädigt, deshalb lassen sich die Unterlagen nicht entsperren. Legen Sie diese Datei aus einer Sicherungskopie des Datenordners zurück; die Passphrase und der Wiederherstellungscode brauchen sie.
error-protection-file-missing = { $folder }: Ihre Unterlagen sind geschützt, aber ihre Schutzdatei ({ $file }) fehlt, deshalb lassen sie sich nicht entsperren. Legen Sie { $file } aus einer Sicherungskopie des Datenordners zurück; die Passphrase und der Wiederherstellungscode brauchen sie.
error-passphrase-too-short = { $field }: verwenden Sie mindestens { $min } Zeichen; ein paar Wörter, die nichts miteinander zu tun haben, sind leicht zu merken und schwer zu erraten
error-spaces-easy-to-miss = { $field }: am Anfang oder Ende steht ein Leerzeichen, zwei Leerzeichen stehen hintereinander oder es gibt einen Tabulator: Das übersieht man leicht beim Vorlesen oder erneuten Eingeben. Setzen Sie nur einzelne Leerzeichen zwischen die Wörter
error-passphrase-wrong = diese Passphrase öffnet Ihre Unterlagen nicht; prüfen Sie sie auf Tippfehler und versuchen Sie es noch einmal
error-recovery-code-wrong = dieser Wiederherstellungscode öffnet Ihre Unterlagen nicht; prüfen Sie ihn auf Tippfehler und versuchen Sie es noch einmal
error-idle-too-long = { $field }: geben Sie höchstens { $max } Minuten an (einen Tag)
error-archive-wrong-passphrase = { $file }: diese Passphrase öffnet die Datei nicht; klären Sie die Passphrase mit der Person, die Ihnen die Datei geschickt hat
error-archive-damaged-encrypted = { $file }: diese verschlüsselte Mappendatei ist beschädigt oder unvollständig und lässt sich deshalb nicht öffnen. Bitten Sie darum, sie noch einmal zu schicken.
error-record-in-use = Ihre Unterlagen sind in einem anderen Fenster oder Programm geöffnet (in der App oder einem dossier-Befehl, der noch läuft). Schließen Sie es und versuchen Sie es dann noch einmal: Es wurde nichts geändert.
error-record-being-converted = Der Schutz Ihrer Unterlagen wird gerade in einem anderen Fenster oder Programm ein- oder ausgeschaltet. Versuchen Sie es noch einmal, wenn das fertig ist.
error-already-protected = { $field }: Ihre Unterlagen sind schon geschützt; ändern Sie stattdessen die Passphrase
error-report-changed = { $file }: Diese Datei hat sich geändert, seit sie hinzugefügt wurde, deshalb wurde nichts umgewandelt; führen Sie `dossier check` aus
error-record-locked = Ihre Unterlagen in { $folder } sind mit einer Passphrase geschützt; entsperren Sie sie zuerst (das Befehlszeilenprogramm liest --passphrase-file oder { $env })
error-database-missing = { $folder }: Die Datenbank Ihrer Unterlagen fehlt, deshalb können die Personen und Mappen nicht angezeigt werden; die Dateien der Dokumente sind noch da. Legen Sie { $file } aus einer Sicherungskopie des Datenordners zurück.
error-inside-data-folder = { $field }: { $file } liegt im eigenen Datenordner der App ({ $folder }); speichern Sie die Datei woanders
error-no-patient = Es gibt keine Person mit der ID { $id }.
error-no-dossier = Es gibt keine Mappe mit der ID { $id }.
error-no-item = In { $section } gibt es keinen Eintrag mit der ID { $id }.
error-birth-after-operation = { $field }: das liegt nach der Operation oder dem Krankenhausaufenthalt { $name } ({ $date }); prüfen Sie beide Daten
error-birth-after-medication = { $field }: das liegt nach dem Beginn von { $name } ({ $date }); prüfen Sie beide Daten
error-birth-after-symptoms = { $field }: das liegt nach dem Beginn der Beschwerden ({ $date }); prüfen Sie beide Daten
error-duplicate-file = { $file }: Diese Datei ist schon als { $title } in der Mappe.
error-heic = { $file }: das ist ein HEIC-Foto (das eigene Format des iPhones), das nicht in ein PDF aufgenommen werden kann. Speichern oder teilen Sie das Foto als JPEG (auf dem iPhone: Einstellungen, Kamera, Formate, Maximale Kompatibilität) und fügen Sie diese Datei hinzu.
error-newer-database = { $file }: diese Unterlagen wurden von einer neueren Version von Mappe für eine Zweitmeinung gespeichert (Schema { $version }; diese Version kennt bis { $known }). Installieren Sie die neuere Version, um sie zu öffnen; es wurde nichts geändert.
error-database-wrong-key = { $file }: die Datenbank lässt sich mit dem Schlüssel Ihrer Unterlagen nicht öffnen; vielleicht ist sie beschädigt
error-section-full = { $field }: im Abschnitt ist nach dem letzten Eintrag kein Platz mehr
error-no-suggested-question = Es gibt keine vorgeschlagene Frage { $id }.
error-not-checklist-item = { $field }: { $value } ist kein Punkt der Checkliste
error-unknown-mark = { $field }: { $item }: { $mark } ist kein bekannter Punkt mit bekannter Markierung
error-records-needed = { $field }: geben Sie an, welche Unterlagen Sie brauchen
error-opinion-first = Schreiben Sie zuerst die Zweitmeinung auf.
error-height-unlikely = { $field }: { $value } ist keine wahrscheinliche Körpergröße; geben Sie sie in cm an, von { $min } bis { $max }
error-weight-unlikely = { $field }: { $value } ist kein wahrscheinliches Gewicht; geben Sie es in kg an, von { $min } bis { $max }
error-pain-off-scale = { $field }: { $value } liegt nicht auf der Skala; verwenden Sie eine ganze Zahl von 0 (keine Schmerzen) bis { $max } (stärkste Schmerzen)
error-settings-unreadable = { $file } kann nicht gelesen werden ({ $reason }); löschen Sie die Datei, um zu den üblichen Einstellungen zurückzukehren

## Dateien aus dem Patientenportal (C-CDA, FHIR): warum etwas nicht gelesen oder nicht übernommen wurde, wen eine Datei nennt und die Worte, die die App dem Gelesenen gibt
records-file-too-large = { $file }: größer als { $size }; eine Datei aus einem Patientenportal ist viel kleiner
records-zip-in-zip = { $file }: eine ZIP-Datei in einer ZIP-Datei wird nicht gelesen
records-not-a-record = { $file }: keine C-CDA- oder FHIR-Datei (weder XML noch JSON); Portale bieten diese unter „Meine Daten herunterladen“ an
records-zip-damaged = { $file }: ist beschädigt oder unvollständig: keine ZIP-Datei, die sich öffnen lässt
records-too-many-files = { $file }: enthält mehr als { $max } Dateien
records-zip-entry = { $file }: Eintrag { $number }: { $error }
records-zip-entry-no-name = { $file }: Eintrag { $number } hat keinen lesbaren Namen: { $error }
records-zip-entry-too-large = { $file }: { $name }: größer als { $max } MB, viel größer als Daten aus einem Patientenportal; wird nicht gelesen
records-holds-no-record = { $file }: enthält keine C-CDA- oder FHIR-Datei
records-none-readable = { $file }: keine der enthaltenen Dateien konnte gelesen werden
records-xml-dtd = { $file }: enthält eine Dokumenttyp-Deklaration, die Daten aus einem Patientenportal nie haben und mit der ein Programm andere Dateien auf diesem Computer lesen könnte; die Datei wird nicht gelesen. Laden Sie die Daten erneut aus dem Portal herunter
records-xml-too-large = { $file }: ist viel größer als die Daten einer Person; die Datei wird nicht gelesen
records-xml-loop = { $file }: verweist endlos auf sich selbst; die Datei wird nicht gelesen
records-xml-malformed = { $file }: ist kein wohlgeformtes XML ({ $error })
records-utf16-odd = { $file }: ist UTF-16-Text, der mitten in einem Zeichen abbricht (eine ungerade Zahl von Bytes)
records-utf16-invalid = { $file }: sieht aus wie UTF-16-Text, ist aber kein gültiges UTF-16
records-utf8-invalid = { $file }: ist kein gültiger UTF-8-Text (Byte { $byte } kann nicht gelesen werden); speichern Sie die Datei erneut als UTF-8
records-encoding = { $file }: verwendet die Textkodierung { $encoding }, die nicht gelesen wird; speichern Sie die Datei erneut als UTF-8
records-fhir-as-xml = { $file }: ist FHIR im XML-Format, das nicht gelesen wird; fragen Sie beim Portal nach FHIR im JSON-Format
records-not-ccda = { $file }: ist XML, aber kein C-CDA-Dokument (es beginnt mit <{ $element }>)
records-too-deep = { $file }: verschachtelt seine Elemente mehr als { $max } Ebenen tief, was keine echte Unterlage tut; die Datei wird nicht gelesen
records-json-damaged = { $file }: ist beschädigt oder unvollständig: kein gültiges JSON (der Fehler steht in Zeile { $line })
records-json-not-fhir = { $file }: ist JSON, aber kein FHIR (es fehlt "resourceType")
records-no-fhir-resource = { $file }: enthält keine FHIR-Ressource
records-different-people = Die Dateien betreffen verschiedene Personen: { $first } in { $first_source }, { $other } in { $other_source }; übernehmen Sie die Daten von nur einer Person auf einmal
records-file-changed = { $file }: Die Datei hat sich geändert, seit sie für die Vorschau gelesen wurde, deshalb wurde nichts übernommen. Fügen Sie sie erneut hinzu, um zu sehen, was sie jetzt enthält.
records-mismatch = { $source } betrifft { $person }; diese Mappe ist für { $patient }
records-person-born = { $name }, geboren { $date }
records-another-patient = eine andere Person (Patient/{ $id })
records-line = Zeile { $number }
records-line-not-fhir = ist keine FHIR-Ressource in JSON
records-section-item = der Abschnitt „{ $section }“
records-section-not-read = „{ $section }“ gehört nicht zur Mappe; der Inhalt bleibt im lesbaren Text der Unterlage
records-section-advance-directives = Patientenverfügungen
records-section-plan-of-treatment = Behandlungsplan
records-section-functional-status = Funktioneller Status
records-section-mental-status = Psychischer Befund
records-section-goals = Ziele
records-section-health-concerns = Gesundheitliche Anliegen
records-section-payers = Kostenträger
records-immunization-entries = { $count ->
    [one] { $count } Impfeintrag
   *[other] { $count } Impfeinträge
}
records-immunization-not-read = Impfungen gehören nicht zur Mappe; sie bleiben im Text der Unterlage
records-social-history-entries = { $count ->
    [one] { $count } Eintrag zur Sozialanamnese
   *[other] { $count } Einträge zur Sozialanamnese
}
records-social-history-not-read = die Sozialanamnese gehört nicht zur Mappe; sie bleibt im Text der Unterlage
records-relative-condition = eine Erkrankung in der Familie ({ $relative })
records-relative-condition-unknown = eine Erkrankung in der Familie
records-no-condition = der Eintrag nennt keine Erkrankung
records-problem-without-value = ein Gesundheitsproblem ohne codierten Wert
records-no-problem = der Eintrag nennt kein Gesundheitsproblem
records-unnamed-diagnoses = ein Eintrag bei den Erkrankungen ohne Namen
records-unnamed-medications = ein Eintrag bei den Medikamenten ohne Namen
records-unnamed-allergies = ein Eintrag bei den Allergien ohne Namen
records-unnamed-events = ein Eintrag in der Zeitleiste ohne Namen
records-unnamed-clinicians = ein Eintrag beim Behandlungsteam ohne Namen
records-unnamed-results = ein Eintrag bei den Laborwerten ohne Namen
records-unnamed-family-history = ein Eintrag in der Familienanamnese ohne Namen
records-unnamed-entry = ein Eintrag ohne Namen
records-device-without-name = ein Gerät ohne Namen
records-device-unnamed = die Unterlagen sagen nicht, um welches Gerät es sich handelt
records-device-name-too-long = der Name ist zu lang für ein Gerät
records-withdrawn = laut Unterlagen zurückgezogen (irrtümlich eingetragen)
records-entered-in-error = laut Unterlagen irrtümlich eingetragen
records-cancelled = laut Unterlagen abgesagt
records-not-given = laut Unterlagen nicht gegeben
records-not-taken = laut Unterlagen nicht eingenommen
records-draft = laut Unterlagen nur ein Entwurf
records-stopped-not-when = laut Unterlagen abgesetzt, aber ohne Datum; tragen Sie das Medikament von Hand mit dem Datum ein, an dem es abgesetzt wurde, falls Sie es wissen, damit es nicht als aktuelles Medikament erscheint
records-must-not-be-given = laut Unterlagen darf es nicht gegeben werden
records-no-such-allergy = laut Unterlagen besteht diese Allergie nicht
records-allergy-ruled-out = laut Unterlagen wurde diese Allergie ausgeschlossen
records-not-done = laut Unterlagen nicht durchgeführt
records-did-not-take-place = laut Unterlagen nicht stattgefunden
records-no-value = die Unterlagen nennen keinen Wert für diese Untersuchung
records-unstructured-document = eine Unterlage ohne Struktur
records-attached-file = der Inhalt ist eine angehängte Datei ({ $type }); das Original wird aufbewahrt
records-attached-file-other = der Inhalt ist eine angehängte Datei (anderer Art); das Original wird aufbewahrt
records-attached-text = der angehängte Text zu { $name }
records-attached-text-unreadable = kein UTF-8-Text in Base64; die Originaldatei wird aufbewahrt
records-fhir-of-type = ein FHIR-Datensatz vom Typ { $type }
records-kind-not-read = diese Art von Datensatz gehört nicht zur Mappe
records-an-entry = ein Eintrag
records-dated = { $what }, Datum „{ $date }“
records-impossible-date = dieses Datum kann es nicht geben, deshalb wird der Eintrag ohne Datum übernommen; prüfen Sie das Datum in der Unterlage
records-clinical-document = Klinisches Dokument
records-author-of = Verfasserin oder Verfasser von { $title }
records-care-team = Behandlungsteam
records-procedure = Eingriff
records-visit = Arztbesuch
records-report = Befund
records-from = Aus { $source }
records-status-note = Status laut Unterlagen: { $status }
records-resolved-note = Abgeklungen: { $date }
records-severity-in-record = Schweregrad laut Unterlagen: { $severity }
records-outside-range = Außerhalb des angegebenen Bereichs
records-preliminary-result = Vorläufiges Ergebnis
records-amended-result = Korrigiertes Ergebnis
records-yes = ja
records-no = nein
records-conclusion = Beurteilung
records-conclusion-line = Beurteilung: { $conclusion }
records-coded-conclusion-line = Codierte Beurteilung: { $conclusions }
records-its-text = Der Text
records-text-too-long = { $heading }: zu lang für diese Stelle; siehe die Seiten mit dem lesbaren Text des Befunds
records-report-text = Befundtext
records-as-needed = bei Bedarf
records-as-needed-for = bei Bedarf, bei { $reason }
records-dose-range = { $low } bis { $high }
records-dose-at-least = mindestens { $low }
records-dose-up-to = bis zu { $high }
records-often-once = einmal { $per }
records-often-twice = zweimal { $per }
records-often-times = { $times }-mal { $per }
records-often-every = alle { $period } { $units }
records-often-times-every = { $times }-mal alle { $period } { $units }
records-per-second = pro Sekunde
records-per-minute = pro Minute
records-per-hour = pro Stunde
records-per-day = am Tag
records-per-week = pro Woche
records-per-month = im Monat
records-per-year = im Jahr
records-per-unit = pro { $unit }
records-seconds = Sekunden
records-minutes = Minuten
records-hours = Stunden
records-days = Tage
records-weeks = Wochen
records-months = Monate
records-years = Jahre
records-units = { $unit }
records-flag-high = Erhöht
records-flag-critically-high = Kritisch erhöht
records-flag-significantly-high = Deutlich erhöht
records-flag-low = Erniedrigt
records-flag-critically-low = Kritisch erniedrigt
records-flag-significantly-low = Deutlich erniedrigt
records-flag-abnormal = Auffällig
records-flag-critically-abnormal = Kritisch auffällig
records-flag-above-range = Über dem Messbereich
records-flag-below-range = Unter dem Messbereich
records-flag-positive = Positiv
records-flag-negative = Negativ
records-flag-detected = Nachgewiesen
records-flag-not-detected = Nicht nachgewiesen
records-relative-father = Vater
records-relative-mother = Mutter
records-relative-parent = Elternteil
records-relative-brother = Bruder
records-relative-sister = Schwester
records-relative-sibling = Bruder oder Schwester
records-relative-half-brother = Halbbruder
records-relative-half-sister = Halbschwester
records-relative-twin-brother = Zwillingsbruder
records-relative-twin-sister = Zwillingsschwester
records-relative-son = Sohn
records-relative-daughter = Tochter
records-relative-child = Kind
records-relative-grandfather = Großvater
records-relative-grandmother = Großmutter
records-relative-maternal-grandfather = Großvater mütterlicherseits
records-relative-maternal-grandmother = Großmutter mütterlicherseits
records-relative-paternal-grandfather = Großvater väterlicherseits
records-relative-paternal-grandmother = Großmutter väterlicherseits
records-relative-grandson = Enkel
records-relative-granddaughter = Enkelin
records-relative-uncle = Onkel
records-relative-aunt = Tante
records-relative-maternal-uncle = Onkel mütterlicherseits
records-relative-maternal-aunt = Tante mütterlicherseits
records-relative-paternal-uncle = Onkel väterlicherseits
records-relative-paternal-aunt = Tante väterlicherseits
records-relative-cousin = Cousin oder Cousine
records-relative-nephew = Neffe
records-relative-niece = Nichte
records-relative-husband = Ehemann
records-relative-wife = Ehefrau
records-relative-spouse = Ehepartner oder Ehepartnerin
records-device-dated = { $device }, Datum: { $date }
records-device-status = { $device }, Status laut Unterlagen: { $status }
records-device-from = { $device } (aus { $source })
records-portal-record = Daten aus dem Patientenportal ({ $file })
records-and-other-documents = { $count ->
    [one] { $title } und { $count } weiteres Dokument
   *[other] { $title } und { $count } weitere Dokumente
}
records-original-file-notes = Daten aus dem Patientenportal (die Originaldatei)
records-readable-text-title = { $title } (lesbarer Text)
records-readable-text-lead = Der lesbare Text von { $source }, so wie er verfasst wurde.
records-readable-text-notes = Der lesbare Text von { $file }, so wie er verfasst wurde

## A repaired document's note page in the bundle
pdf-repaired = Die Datei dieses Dokuments ist beschädigt: { $reason }.
pdf-repaired-follows = Die folgenden Seiten sind das, was gelesen werden konnte. Manche können unvollständig oder leer sein: Fordern Sie bei Bedarf eine neue Kopie an.

## Window titles of the app's own screens
main-title-about = Über die App - Mappe für eine Zweitmeinung

## File names suggested when saving, and the covering email (in the PDF's language)
file-name-bundle = Zweitmeinung
file-name-comparison = Erst- und Zweitmeinung
file-name-request = Anforderung von Unterlagen
email-subject = Anfrage Zweitmeinung: { $name }
email-greeting = Sehr geehrte Damen und Herren,
email-greeting-named = Guten Tag { $name },
email-about = anbei sende ich Ihnen die Unterlagen und Fragen von { $name } zu „{ $title }“.
email-about-born = anbei sende ich Ihnen die Unterlagen und Fragen von { $name } (Geburtsdatum: { $born }) zu „{ $title }“.
email-about-before = anbei sende ich Ihnen die Unterlagen und Fragen von { $name } zu „{ $title }“ vor dem Termin am { $date }.
email-about-born-before = anbei sende ich Ihnen die Unterlagen und Fragen von { $name } (Geburtsdatum: { $born }) zu „{ $title }“ vor dem Termin am { $date }.
email-contents = Das angehängte PDF ({ $file }) enthält eine Zusammenfassung, die Fragen, einen zeitlichen Verlauf und die Dokumente, mit einem Verzeichnis nach Seitenzahlen.
email-thanks = Vielen Dank für Ihre Zeit.
email-regards = Mit freundlichen Grüßen

## The window's file dialogs and the shell's messages
dialog-save-comparison = Gegenüberstellung speichern
dialog-save-letter = Brief speichern
dialog-save-bundle = PDF für die Ärztin oder den Arzt speichern
dialog-save-archive = Eine Kopie dieser Mappe speichern
dialog-open-archive = Mappendatei öffnen
dialog-dossier-file = Mappe
dialog-add-reports = Ihre Dokumente hinzufügen
dialog-reports-and-photos = Dokumente und Fotos
dialog-add-portal = Aus einer Datei des Patientenportals hinzufügen
dialog-portal-records = Dateien aus Patientenportalen
dialog-all-files = Alle Dateien
error-not-shown = { $file }: konnte nicht angezeigt werden: { $error }
error-not-opened = { $file }: konnte nicht geöffnet werden: { $error }
error-report-not-in-dossier = Dieses Dokument gehört nicht zu dieser Mappe.
error-export-stopped = der Export wurde abgebrochen: { $error }
error-export-first = Erstellen Sie zuerst das PDF.
error-no-mail-program = kein E-Mail-Programm konnte geöffnet werden: { $error }
error-no-opened-file = Es wartet keine Mappendatei darauf, geöffnet zu werden.
error-no-import-waiting = Es wartet kein Import auf eine Antwort.
error-window-locked = Ihre Unterlagen sind gesperrt. Geben Sie Ihre Passphrase ein, um fortzufahren.
error-record-not-protected = Ihre Unterlagen sind nicht geschützt.
error-pdf-password-short = Passwort: Verwenden Sie mindestens { $count } Zeichen; ein paar Wörter ohne Zusammenhang sind leicht zu tippen und schwer zu erraten

## Short names of the question library's sources
question-source-devices = Medizinprodukte und neue Medikamente
question-source-background = Vorgeschichte

## A suggested question added twice
error-question-already-asked = Diese Frage steht schon in dieser Mappe.
