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
section-results = Laborwerte im Verlauf
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
pdf-decide-by = Entscheidung nötig bis
pdf-prepared-on = Erstellt am
pdf-reasons = Gründe für die Anfrage
pdf-situation = Situation
pdf-contents = Inhalt
pdf-section = Abschnitt
pdf-page = Seite
pdf-checklist = Checkliste der Unterlagen
pdf-record = Unterlage
pdf-status = Status
checklist-enclosed = Beigefügt
checklist-in-medicines = In dieser Mappe (Medikamente und Allergien)
checklist-in-results = In dieser Mappe (Laborwerte im Verlauf)
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
timeline-report = Befund: { $title }

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
reason-confirm_plan = Einen langen oder teuren Plan bestätigen
reason-rare_or_serious = Eine seltene oder schwere Erkrankung
reason-doctor_suggested = Mein Arzt hat es vorgeschlagen
situation-life_threatening = Eine lebensbedrohliche Erkrankung
situation-lifestyle_procedure = Ein Eingriff, der den Alltag verändert, etwa ein neues Kniegelenk
situation-aesthetic = Ein großer kosmetischer Eingriff
situation-experimental = Ein experimenteller Eingriff oder ein experimentelles Medikament
situation-costly_treatment = Eine teure Behandlung, zu der es günstigere Möglichkeiten geben kann
situation-other = Etwas anderes
document-kind-pathology = Pathologiebefund
document-kind-imaging_report = Befund einer Bildgebung
document-kind-imaging_study = Bildgebung (die Bilder selbst)
document-kind-lab = Laborwerte
document-kind-operative = Operationsbericht
document-kind-discharge = Entlassbrief
document-kind-letter = Brief
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
diagnosis-role-main = Worum es bei dieser Zweitmeinung geht
diagnosis-role-other = Eine andere Erkrankung
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
consultation-mode-remote = Aus der Ferne (Video, Telefon oder nur Unterlagen)
smoking-never = Hat nie geraucht
smoking-former = Hat früher geraucht
smoking-current = Raucht jetzt
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
compare-patient = Patient
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
checklist-title-imaging_reports = Befunde Ihrer Bildgebung und Röntgenaufnahmen
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
checklist-title-implant_card = Ein Ausweis oder Brief zu Ihrem Implantat oder Gerät (Hersteller und Modell)
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
