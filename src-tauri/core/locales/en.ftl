# English: the words the app, the bundle and the tool say.
# Keys are the same in every language; what the patient typed is never here.

## Dates. The month's name goes into the patterns below.

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-day-month-year = { $day } { $month } { $year }
date-month-year = { $month } { $year }
date-year = { $year }

## Counts

pages = { $count ->
    [one] { $count } page
   *[other] { $count } pages
}

## The bundle's sections, in its contents and bookmarks

section-summary = Summary
section-questions = Questions for the doctor
section-background = Health background and daily life
section-medications = Medicines and allergies
section-results = Test results over time
section-clinicians = Doctors and care team
section-timeline = Timeline
section-index = Index of enclosed documents
section-documents = Enclosed documents

## The bundle: cover, contents and checklist

pdf-cover = Cover
pdf-brand = SECOND OPINION DOSSIER
pdf-born = Born { $date }
pdf-born-age = Born { $date } (age { $age })
pdf-sex = Sex: { $sex }
pdf-preferred-language = Preferred language: { $language }
pdf-phone = Phone
pdf-email = Email
pdf-address = Address
pdf-for = For
pdf-appointment = Appointment
pdf-decide-by = Decision needed by
pdf-prepared-on = Prepared on
pdf-reasons = Reasons for asking
pdf-situation = Situation
pdf-contents = Contents
pdf-section = Section
pdf-page = Page
pdf-checklist = Records checklist
pdf-record = Record
pdf-status = Status
checklist-enclosed = Enclosed
checklist-in-medicines = In this bundle (Medicines and allergies)
checklist-in-results = In this bundle (Test results over time)
checklist-kept = Kept by the patient, not enclosed
checklist-requested = Requested, not yet received
checklist-not-applicable = Not applicable, says the patient
checklist-missing = Not included

## The bundle: summary

pdf-problem = The problem this opinion is about
pdf-no-diagnosis = No diagnosis has been written down yet.
pdf-diagnosed-by = by { $who }
pdf-recommended-treatment = Recommended treatment
pdf-no-treatment = No treatment has been written down yet.
pdf-recommended-by = Recommended by
pdf-benefits = Benefits
pdf-risks = Risks
pdf-costs = Costs
pdf-alternatives = Alternatives
pdf-notes = Notes
pdf-goal = What the patient wants from this opinion
pdf-not-written = Not written down yet.
pdf-pain-score = { $score } out of 10
pdf-none-known = None known
pdf-daily-life = Daily life
pdf-tried = What has been tried
pdf-health-background = Health background
pdf-other-conditions = Other conditions
pdf-current-medicines = Current medicines
pdf-allergies = Allergies
pdf-height-weight = Height and weight
pdf-smoking = Smoking
pdf-implants = Implants, devices
pdf-operations = Operations
pdf-family-history = Family history
pdf-pregnancy = Pregnancy
pdf-pregnant = Pregnant
pdf-from-age = from age { $age }

## The bundle: questions

pdf-no-questions = No questions written down yet.
pdf-other = Other
pdf-answer = Answer: { $answer }

## The bundle: health background and daily life

pdf-not-filled = Not filled in.
pdf-background = Background
pdf-alcohol = Alcohol
pdf-occupation = Occupation
pdf-none-other-conditions = None: the patient says they have no other conditions.
pdf-condition = Condition
pdf-since = Since
pdf-operations-stays = Operations and hospital stays
pdf-none-operations = None: the patient says they have had no operations or hospital stays.
pdf-when = When
pdf-what = What
pdf-where = Where
pdf-none-family = None known: the patient knows of no illness in the family that matters here.
pdf-relative = Relative
pdf-age-at-onset = Age at onset
pdf-symptoms = Main symptoms
pdf-pain = Pain (0 to 10)
pdf-limits = Cannot do now
pdf-tried-so-far = Tried so far
pdf-matters-most = Matters most

## The bundle: medicines, results, care team, timeline, index

pdf-medicines = Medicines
pdf-none-medicines = None: the patient says they take no medicines.
pdf-medicine = Medicine
pdf-dose = Dose
pdf-started = Started
pdf-stopped = Stopped
pdf-reason = Reason
pdf-none-allergies = None known: the patient says they have no allergies.
pdf-substance = Substance
pdf-reaction = Reaction
pdf-severity = Severity
pdf-results-note = Values oldest first. * marks a value the record flags, or one outside the numeric range it gives.
pdf-test = Test
pdf-unit = Unit
pdf-range = Range
pdf-values = Values (date)
pdf-none-listed = None listed.
pdf-name = Name
pdf-role = Role
pdf-contact = Contact
pdf-no-events = No dated events yet.
pdf-details = Details
pdf-number = No.
pdf-title = Title
pdf-kind = Kind
pdf-date = Date
pdf-from = From
pdf-not-enclosed = not enclosed

## The timeline's entries

timeline-diagnosis = Diagnosis: { $name }
timeline-diagnosis-status = Diagnosis: { $name } ({ $status })
timeline-started = Started { $name }
timeline-stopped = Stopped { $name }
timeline-operation = Operation or hospital stay: { $name }
timeline-report = Report: { $title }

## The bundle: enclosed documents

pdf-document = Document { $number }: { $title }
pdf-photo-page = (page { $page } of { $count })
pdf-file = File
pdf-not-included = This document could not be included as pages: { $reason }.
pdf-document-is = This document is { $reason }.
pdf-attached = The original file is attached to this PDF. In most PDF viewers, open the attachments panel (a paper-clip symbol) to save it.
pdf-footer-page = page { $page } of { $count }
pdf-footer-born = born { $date }
pdf-info-title = Second opinion dossier: { $title }
pdf-info-subject = Records and questions for a second opinion
pdf-info-subject-by = Records and questions for a second opinion by { $name }

## Fixed vocabularies
reason-clarify_diagnosis = Make a diagnosis clearer
reason-choose_treatment = Choose between treatments
reason-confirm_plan = Confirm a long or costly plan
reason-rare_or_serious = A rare or serious condition
reason-doctor_suggested = My doctor suggested it
situation-life_threatening = A life-threatening illness
situation-lifestyle_procedure = A procedure that changes daily life, such as a knee replacement
situation-aesthetic = A major cosmetic procedure
situation-experimental = An experimental procedure or drug
situation-costly_treatment = A costly treatment that may have cheaper options
situation-other = Something else
document-kind-pathology = Pathology report
document-kind-imaging_report = Imaging report
document-kind-imaging_study = Imaging study (scan images)
document-kind-lab = Lab results
document-kind-operative = Operation notes
document-kind-discharge = Discharge summary
document-kind-letter = Letter
document-kind-prescription = Prescription
document-kind-other = Other
question-category-diagnosis = Diagnosis
question-category-treatment = Treatment
question-category-risks = Risks
question-category-alternatives = Alternatives
question-category-costs = Costs
question-category-prognosis = What to expect
question-category-logistics = Practical matters
question-category-other = Other
diagnosis-role-main = What this second opinion is about
diagnosis-role-other = Another condition
diagnosis-status-suspected = Suspected
diagnosis-status-confirmed = Confirmed
diagnosis-status-ruled_out = Ruled out
treatment-status-proposed = Proposed
treatment-status-recommended = Recommended
treatment-status-started = Started
treatment-status-completed = Completed
treatment-status-declined = Declined
severity-mild = Mild
severity-moderate = Moderate
severity-severe = Severe
severity-unknown = Not known
consultation-mode-in_person = In person
consultation-mode-remote = Remote (video, phone or records only)
smoking-never = Never smoked
smoking-former = Used to smoke
smoking-current = Smokes now
smoking-unknown = Not known
pregnancy-no = No
pregnancy-yes = Yes
pregnancy-not_applicable = Does not apply

## The records-request letter

letter-title = Request for copies of medical records
letter-subject = Request for copies of my medical records: { $name }
letter-born = Date of birth: { $date }
letter-greeting = Dear Sir or Madam,
letter-body = I am preparing for a second opinion, a step my doctors and I want to take before deciding on my care. To help the specialist, I would be grateful for copies of the following records:
letter-from-until = from { $from } to { $until }.
letter-from = from { $from } to today.
letter-until = up to { $until }.
letter-send-to = Please send them to: { $where }
letter-fee = If there is a form to fill in or a fee, please let me know.
letter-thanks = Thank you for your help.
letter-closing = Yours faithfully,
letter-template-note = This letter was prepared from a template. It is not legal advice; rules on access to records differ between countries and hospitals.

## The comparison of the first and second opinion

compare-title = First and second opinion: { $title }
compare-heading = First and second opinion
compare-patient = Patient
compare-about = About
compare-first-by = First opinion by
compare-second-by = Second opinion by
compare-topic = Topic
compare-first = First opinion
compare-second = Second opinion
compare-mark = Patient's mark
compare-not-marked = Not marked
compare-not-written = Not written down
compare-follow-ups = Follow-ups
compare-answers = Answers to the questions
compare-marks-note = The marks are the patient's own reading of the two opinions; the app does not judge whether they agree. Ask your doctor what a difference means for you.
compare-same-code = Both opinions give the diagnosis code { $code }.
compare-asked = { $count } asked
compare-answered = { $count } answered
topic-diagnosis = Diagnosis
topic-treatment = Recommended treatment
topic-key_points = Key points
topic-questions = Questions answered
mark-same = The same
mark-different = Different
mark-not-sure = Not sure

## The records checklist: each record, why it matters, and the patient's marks

checklist-title-letters = Letters from your doctors, including the referral
checklist-why-letters = They say what your doctors think and why they recommend what they do.
checklist-title-medication_list = A list of your medicines
checklist-why-medication_list = Medicines can change test results and which treatments are safe.
checklist-title-imaging_reports = Reports of your scans and X-rays
checklist-why-imaging_reports = The specialist compares what the radiologist wrote with the images.
checklist-title-imaging_studies = The scan images themselves (CD or download), not only the reports
checklist-why-imaging_studies = Specialists look at the images again themselves; earlier scans help them see change.
checklist-title-pathology = The pathology report
checklist-why-pathology = It is the basis of a cancer diagnosis; second-opinion services often re-examine it first.
checklist-title-slides = Where the pathology slides and tissue blocks are kept
checklist-why-slides = The specialist's pathologist may want to look at the slides again; the lab that holds them can send them.
checklist-title-labs_over_time = Blood and other lab results over time
checklist-why-labs_over_time = Changes over months say more than one result.
checklist-title-operative_notes = Notes of operations or procedures you had
checklist-why-operative_notes = They say exactly what was done and what was found.
checklist-title-discharge = Hospital discharge summaries
checklist-why-discharge = They sum up each hospital stay: what was found and done.
checklist-title-cost_estimate = A written cost estimate for the proposed treatment
checklist-why-cost_estimate = It lets the specialist weigh the plan against cheaper options.
checklist-title-implant_card = A card or letter about your implant or device (make and model)
checklist-why-implant_card = Some scans, such as MRI, and some treatments depend on exactly which implant or device you have.
checklist-title-device_information = Information on the device, drug or trial proposed
checklist-why-device_information = The specialist will check whether it is approved for you and how well it works.
checklist-asked-copy = I have asked for a copy
checklist-asked-for-it = I have asked for it
checklist-asked-where = I have asked where they are
checklist-will-bring = I will bring it
checklist-asked-for-status = Asked for
checklist-asked-status = Asked
checklist-will-bring-status = Will bring

## How labels and numbers are written in running text

# "yes" where a label is written in lower case inside a sentence.
labels-lowercase-in-text = yes
decimal-separator = .
pdf-bmi = BMI { $value }
pdf-treatment-status = { $status }
pdf-condition-status = { $status }
## Window: ui/index.html, ui/js/main.js, forms.js, lists.js, savequeue.js, dates.js, format.js, measures.js, secret.js, screens/common.js, screens/home.js, screens/about.js

# The page around every screen (index.html, main.js)
main-app-name = Second Opinion Dossier
main-skip-link = Skip to the content
main-nav-label = App
main-nav-dossiers = All dossiers
main-nav-privacy = Privacy
main-nav-settings = Settings
main-nav-about = About
main-opening = Opening…
main-disclaimer = This app organises your records and questions. It does not give medical advice.
# $folder is the data folder's path.
main-about = Version { $version }. Your records are kept on this computer in:
main-title-new = New dossier - Second Opinion Dossier
# $name is the patient's name, $title the dossier's title, as typed.
main-title-dossier = { $name }: { $title } - Second Opinion Dossier
main-title-settings = Settings - Second Opinion Dossier
main-leave-warning = The marked boxes keep what you typed until it is fixed. If you leave now, what is in them is not saved.
main-leave-anyway = Leave without saving the marked boxes
main-error-title = Something went wrong
main-error-back = Go back to your dossiers
main-drop-open-first = Open a dossier first, then drop your reports on the window.
main-drop-adding = { $count ->
    [one] Adding { $count } file…
   *[other] Adding { $count } files…
}
main-drop-added = { $count ->
    [one] Added { $count } report.
   *[other] Added { $count } reports.
}
main-drop-failed = { $count ->
    [one] { $count } file could not be added
   *[other] { $count } files could not be added
}

# Form fields, saving as you type, errors (forms.js)
forms-day = Day
forms-month = Month
forms-year = Year
forms-date-hint = For example 14 3 2024. If you only know the month, leave the day empty; if only the year, leave both empty.
# Label of the list of units a height or weight is typed in.
forms-unit = In
forms-not-known = Not known or not chosen
forms-error = Error: { $message }
forms-saving = Saving…
forms-saved = Saved
forms-not-saved = Not saved yet: { $message }
forms-not-saved-fill-first = Not saved yet: fill in the marked box first; nothing is saved until then
forms-saved-partly = Saved, except the marked boxes: they keep what you typed until it is fixed
# A problem in the error summary: the box's label, then what is wrong.
forms-field-error = { $label }: { $message }
forms-problem = There is a problem
forms-delete-yes = Yes, delete
forms-delete-no = Keep it
forms-delete-confirm = Delete for good?

# The editable lists of a section (lists.js)
lists-save-and-close = Save and close
lists-done = Done
lists-close-anyway = Close without the marked changes
lists-no-text = (no text)
lists-change = Change
lists-open = Open
lists-move-up = Move up
lists-move-down = Move down
lists-moved-up = Moved up: now number { $number }
lists-moved-down = Moved down: now number { $number }
lists-delete = Delete
lists-deleted = Deleted

# Dates typed in day, month and year boxes (dates.js)
dates-year-digits = Enter the year with 4 digits, for example 14 3 2024, or 3 2024 if you only know the month, or 2024
dates-month-with-day = Enter the month as well as the day, for example 14 3 2024, or 3 2024 if you only know the month, or 2024
dates-month-range = The month must be a number from 1 to 12, for example 14 3 2024, or 3 2024 if you only know the month, or 2024
dates-day-range = The day must be a number from 1 to { $max } for that month, for example 14 3 2024, or 3 2024 if you only know the month, or 2024

# Height and weight (measures.js). The errors follow "Error: " or a box's label.
measures-centimetres = Centimetres
measures-feet-and-inches = Feet and inches
measures-kilograms = Kilograms
measures-pounds = Pounds
measures-stones-and-pounds = Stones and pounds
measures-box-cm = cm
measures-box-feet = Feet
measures-box-inches = Inches
measures-box-kg = kg
measures-box-pounds = Pounds
measures-box-stones = Stones
measures-number-only = write the number only, such as { $example }
measures-whole-feet = write whole feet here and the rest in the next box (for example { $big } and { $small })
measures-whole-stones = write whole stones here and the rest in the next box (for example { $big } and { $small })
measures-inches-range = this box goes from 0 to { $highest }; { $most } inches make a foot
measures-pounds-range = this box goes from 0 to { $highest }; { $most } pounds make a stone
# $from and $to are measures in words (measures-in-...).
measures-unlikely-height = this is not a likely height; give it from { $from } to { $to }
measures-unlikely-weight = this is not a likely weight; give it from { $from } to { $to }
measures-in-cm = { $cm } cm
measures-in-ft-in = { $feet } ft { $inches } in
measures-in-kg = { $kg } kg
measures-in-lb = { $pounds } lb
measures-in-st-lb = { $stones } st { $pounds } lb

# Passphrase fields (secret.js)
secret-show = Show what I type
secret-error = Error: { $message }

# Shared by the screens (screens/common.js)
common-problem = There is a problem
common-status-completed = Completed
common-status-in-progress = In progress
common-status-not-started = Not started
common-nav-label = This dossier
common-nav-overview = Overview
common-nav-export = Export the PDF
common-nav-request = Ask for your records
common-nav-after = After the visit
common-nav-parts = Parts of this dossier
common-pdf-language = Language of the PDF
common-pdf-reader-doctor = The doctor’s language.
# $reader is a sentence saying whose language it is (such as common-pdf-reader-doctor).
common-pdf-language-hint = { $reader } Headings, labels and dates are written in it; what you typed stays as you wrote it.

# The start page and the list of dossiers (screens/home.js)
home-welcome-title = Prepare for a second opinion
home-welcome-lead = This app helps you gather what a doctor needs to give you a second opinion: what you were told, what was recommended, your reports and your questions. At the end you get one PDF to email or print.
home-welcome-need = What you will need
home-welcome-need-letters = letters and reports from your doctors (paper you can photograph, or files)
home-welcome-need-medicines = the names of your medicines
home-welcome-need-questions = the questions you want to ask
home-welcome-time = It takes about 20 minutes. Everything is saved as you type and stays on this computer.
home-welcome-no-advice = The app helps you organise your records and questions. It does not give medical advice.
home-start-now = Start now
home-open-file = Open a dossier file
home-title = Your dossiers
home-lead = Each dossier is for one question that needs a second opinion. Choose one to carry on.
home-start-new = Start a new dossier
# After a person's name; $date is a date in words (a day, a month or a year).
home-born = born { $date }
home-reports = { $count ->
    [one] { $count } report
   *[other] { $count } reports
}
home-no-dossiers = No dossiers for this person.
home-delete-person = Delete { $name } and their dossiers
home-deleted = Deleted
home-privacy-title = Keep your records private (optional)
home-privacy-text = If other people use this computer, you can protect your records with a passphrase. Without it, nobody can read them. You can also do this later, under Privacy.
home-privacy-set = Set a passphrase
home-not-now = Not now
# $name is a file's name.
home-opened-title = Add the dossier in “{ $name }”?
home-opened-text = Someone may have sent you this file, or you saved it as a backup. Adding it keeps everything already here.
home-opened-add = Add it
home-exists-title = This person is already here
home-exists-attach = Add the dossier to that person
home-exists-as-new = Keep them apart: add as a new person

# About the app (screens/about.js)
about-title = About Second Opinion Dossier
about-version = Version { $version }.
about-licence = Free software under the MIT licence. It keeps your records on this computer and sends nothing anywhere unless you export it.
about-where = Where your records are kept
about-show-folder = Show the folder
about-included = What is included
about-fonts = The PDF uses the DejaVu Sans fonts (Bitstream Vera licence; DejaVu changes in the public domain).
about-questions = Suggested questions are written in this app’s own words from published question lists: AHRQ “Questions Are the Answer” (US government, public domain), Choosing Wisely and its BRAN summary, Ask Me 3, the US National Cancer Institute, and questions about devices and new medicines.
about-figures = Figures on second opinions come from the article “What is a second opinion?”, which cites a Mayo Clinic study and British Medical Journal reviews.
## Window: ui/js/screens/privacy.js, ui/js/screens/archive.js, ui/js/screens/export.js, ui/js/screens/letters.js, ui/js/screens/portal.js

## Privacy: the lock screen, the recovery code and the Privacy screen

privacy-idle-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
privacy-idle-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
privacy-idle-never = Never
privacy-recovery-code-window-title = Your recovery code - Second Opinion Dossier
privacy-locked-window-title = Locked - Second Opinion Dossier
privacy-passphrase = Passphrase
privacy-type-your-passphrase = Type your passphrase
privacy-unlocking = Unlocking…
privacy-unlock = Unlock
privacy-locked-heading = Your record is locked
privacy-locked-lead = Type your passphrase to open your dossiers.
privacy-recovery-code = Recovery code
privacy-recovery-code-hint = The code of 25 letters and numbers you wrote down when you set the passphrase. Dashes and spaces do not matter.
privacy-new-passphrase = New passphrase
privacy-recovery-new-passphrase-hint = At least 10 characters. A few unrelated words are easy to remember and hard to guess.
privacy-new-passphrase-again = Type the new passphrase again
privacy-passphrases-differ = The two passphrases are not the same
privacy-recovered = The record is open and has a new passphrase.
privacy-open-with-recovery-code = Open with the recovery code
privacy-forgot-passphrase = I forgot my passphrase
privacy-interrupted-on = Turning protection on did not finish: the app was closed or the computer stopped. Nothing is lost, and your records are as they were before: not protected. Turn protection on again on the Privacy screen.
privacy-interrupted-off = Turning protection off did not finish: the app was closed or the computer stopped. Nothing is lost, and your records are as they were before: still protected.
privacy-i-understand = I understand
privacy-window-title = Privacy - Second Opinion Dossier
privacy-suggested-passphrase-hint = These six words were picked at random for you. Use them, or type your own of at least 10 characters.
privacy-passphrase-again = Type the passphrase again
privacy-type-a-passphrase = Type a passphrase
privacy-understood-error = Error: tick the box to say you understand
privacy-protecting = Protecting your record… This can take a minute when there are many reports.
privacy-offer-heading = Protect your records with a passphrase
privacy-offer-lead = With a passphrase, your records are stored scrambled (encrypted) on this computer. Anyone who uses this computer, or finds it if it is lost, cannot read them without the passphrase.
privacy-offer-locks = The app locks itself when you have not used it for a while, and asks for the passphrase again.
privacy-offer-recovery-code = You get a recovery code to write down. It opens your records if you forget the passphrase.
privacy-offer-nobody = Without the passphrase and the recovery code, nobody can open your records: not you, and not the makers of this app.
privacy-suggest-other-words = Suggest other words
privacy-understood = I understand that without the passphrase and the recovery code my records cannot be opened
privacy-protect-my-records = Protect my records
privacy-not-now = Not now
privacy-continue = Continue
privacy-new-recovery-code-heading = Your new recovery code
privacy-protected-heading = Your records are protected
privacy-code-not-confirmed = Your recovery code was not confirmed as written down, so here is a new one. The old one no longer works.
privacy-write-code-down = Write down this recovery code now and keep it somewhere safe, away from this computer. It is shown only this once.
privacy-if-you-forget = If you forget your passphrase, choose “I forgot my passphrase” on the lock screen and type this code.
privacy-code-kept = I have written down the recovery code
privacy-print-it = Print it
privacy-saved = Saved
privacy-passphrase-now = Your passphrase now
privacy-new-passphrase-hint = At least 10 characters.
privacy-changing = Changing the passphrase… This takes a few seconds.
privacy-changed = Your passphrase is changed. The recovery code stays the same.
privacy-your-passphrase = Your passphrase
privacy-off-sure-error = Error: tick the box to say you want your records stored unencrypted
privacy-turning-off = Turning protection off… This can take a while for many reports. Do not close the window.
privacy-turned-off = Protection is turned off.
privacy-heading = Privacy and passphrase
privacy-protected-lead = Your records are protected with a passphrase. They are stored encrypted on this computer.
privacy-lock-now = Lock now
privacy-lock-by-itself = Lock by itself
privacy-lock-after = Lock after this long without use
privacy-change-heading = Change the passphrase
privacy-change-button = Change the passphrase
privacy-turn-off-heading = Turn protection off
privacy-turn-off-warning = Your records will be stored unencrypted again: anyone who uses this computer could read them.
privacy-off-sure = Yes, store my records unencrypted on this computer
privacy-turn-off-button = Turn protection off

## Dossier files (.dossier): saving one, opening a protected one

archive-passphrase-label = Passphrase for the file
archive-passphrase-hint = Whoever opens the file types this. Tell them the passphrase another way than the file: in a phone call or a text message, not in the email with the file.
archive-passphrase-again = Type the passphrase again
archive-backup-passphrase-hint = Choose a passphrase you will remember, for example the one you use for this app, and write it down away from the file. Without it, nobody can open the backup.
archive-plain-warning = Your records are protected on this computer, but this file would not be: anyone who has it could read it.
archive-type-passphrase-or-untick = Type a passphrase, or untick "Protect the file with a passphrase"
archive-passphrases-differ = The two passphrases are not the same
archive-saved = Saved to { $path }
archive-saved-backup = Saved to { $path }. It opens only with the passphrase you chose.
archive-saved-protected = Saved to { $path }. It opens only with the passphrase: { $passphrase }
archive-for-whom = Who is the file for?
archive-for-someone-else = Someone else: I will send or give it to them
archive-for-me = Me: a backup copy
archive-protect = Protect the file with a passphrase
archive-protect-hint = (nobody can open it without the passphrase)
archive-save-button = Save a dossier file
archive-import-passphrase = Passphrase
archive-import-passphrase-hint = The person who sent you the file has it.
archive-type-the-passphrase = Type the passphrase
archive-file-protected = This dossier file is protected
archive-file-protected-lead = Type its passphrase to open it.
archive-open-file = Open the file
archive-cancel = Cancel

## Exporting the PDF bundle

export-part-summary = Summary (diagnosis, treatment, what you want)
export-part-questions = Your questions, with room for answers
export-part-background = Health background and daily life
export-part-medications = Medicines and allergies
export-part-results = Test results over time
export-part-clinicians = Doctors and care team
export-part-timeline = Timeline
export-part-index = Index of reports
export-part-documents = The reports themselves
export-paper-size = Paper size
export-paper-a4 = A4
export-paper-letter = US Letter
export-email-size = Make it smaller for email
export-email-size-hint = (photos and scans at 150 dpi: still clear on paper)
export-language-reader = The doctor’s language; it starts as the one set for them under About you and the appointment.
export-progress = Export progress
export-cancel = Cancel
export-building = Building the PDF…
export-cancelled = The export was cancelled. No file was written.
export-heading = Export the PDF for the doctor
export-lead = Choose what goes in. The app then asks where to save the PDF.
export-parts = Parts
export-reports = Reports
export-no-reports = No reports yet. You can still export the rest.
export-button = Export the PDF
export-password = Password for the PDF
export-password-hint = At least 10 characters: a few words are easy to type. The doctor types it to open the PDF. Tell the doctor the password another way than the PDF: in a phone call or a text message, not in the email with the PDF. The app does not keep it, so write it down if you need to.
export-show-password = Show the password
export-error = Error: { $message }
export-protect = Protect the PDF with a password
export-protect-hint = (it opens only after typing the password)
export-password-missing = Enter a password, or untick "Protect the PDF with a password"
export-ready = Your PDF is ready
# $size is the size in megabytes, already written with the language's decimal separator.
export-summary = { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}, { $size } MB, saved to { $path }
export-password-reminder = The PDF opens only with your password. Tell the doctor the password in a phone call or a text message, not in the email with the PDF.
export-over-email-limit = At { $size } MB it is larger than many email services accept (often 20 MB). Try again with "Make it smaller for email", or print it.
export-missing-characters = Some letters could not be printed and show as "?": { $characters }
export-not-enclosed = Not shown as pages
export-not-enclosed-lead = These are listed in the PDF with the reason, and their files are attached inside it:
# Follows a report's title, in bold.
export-not-enclosed-reason = : { $reason }
export-open = Open (to read or print)
export-show-in-folder = Show in folder
export-email = Email
export-email-hint = Email opens your mail program with { $email }, a subject and a short message. Mail programs cannot be handed a file this way, so the folder with the PDF opens too: drag the PDF into the email to attach it.
export-email-hint-no-address = Email opens your mail program with the doctor’s address (add it under About you and the appointment), a subject and a short message. Mail programs cannot be handed a file this way, so the folder with the PDF opens too: drag the PDF into the email to attach it.

## Letters: asking for records, and after the visit

letters-to = Who is the letter to?
letters-to-hint = For example: Records office, Valley Hospital, or Dr Lee
letters-records = Which records do you need?
letters-records-hint = One a line. For example: MRI report of my knee; the MRI images on CD; my blood tests
letters-from = From (optional)
letters-until = Until (optional)
letters-send-to = Where should they send them?
letters-send-to-hint = Your email or postal address
letters-request-language-reader = The language of the records office or doctor you write to.
letters-write = Write the letter
letters-request-saved = Saved to { $path } (and the same text as a .txt file to paste into an email).
letters-open = Open the letter
# A box's label, then what is wrong with what was typed in it.
letters-field-error = { $label }: { $error }
letters-request-heading = Ask for your records
letters-request-lead = You have a right to copies of your records in most countries. This writes a short, polite letter saying you are getting a second opinion, which doctors are used to.
letters-request-template-note = The wording is a template, not legal advice. Some hospitals have their own form or charge a fee.
letters-mark-same = The same
letters-mark-different = Different
letters-mark-not-sure = Not sure
letters-comparison-caption = First and second opinion side by side
letters-topic = Topic
letters-first-opinion = First opinion
letters-second-opinion = Second opinion
letters-your-mark = Your mark
letters-not-written = Not written down
letters-not-marked = Not marked
letters-mark-question = { $topic }: how do you read the two opinions?
letters-given-by = Who gave the second opinion?
letters-given-on = When
letters-diagnosis = Their diagnosis
letters-diagnosis-code = Their diagnosis code, if they wrote one (optional)
letters-diagnosis-code-hint = For example an ICD-10 code such as M17.11
letters-treatment = What they recommend
letters-key-points = Key points they made
letters-follow-ups = What happens next (follow-ups)
letters-comparison-language-reader = The language of whoever will read it.
letters-after-heading = After the visit
letters-after-lead = Write down what the second doctor said while you remember it.
# $link is the link to the questions (letters-after-questions-link).
letters-after-answers = Answers to your questions go with each question under { $link }.
letters-after-questions-link = Your questions
letters-marks-heading = Your marks
letters-marks-hint = Only you and your doctors can say whether the two opinions agree: the app does not judge it. Mark each topic the way you read it, and ask your doctor what a difference means for you.
letters-save-comparison = Save the comparison as a PDF
letters-comparison-saved = Saved to { $path }

## Adding records from a patient-portal file

portal-group-diagnoses = Conditions (added to your health background; you can make one the diagnosis this opinion is about)
portal-since = since { $date }
portal-group-medications = Medicines
portal-from-date = from { $date }
portal-stopped = stopped { $date }
portal-group-allergies = Allergies
portal-group-events = Operations, procedures and visits (for the timeline)
portal-group-clinicians = Doctors and care team
portal-group-results = Test results
portal-range = range { $range }
portal-group-family-history = Family history (added to your health background)
portal-from-age = from age { $age }
portal-group-devices = Devices and medical equipment (added to “Implants or devices” in your health background)
portal-dated = dated { $date }
portal-device-status = status in the record: { $status }
portal-listed-twice = Listed more than once in the file
portal-already-in-dossier = Already in your dossier
# $hidden items are not drawn one by one; $fresh of them are not in the dossier yet.
portal-rest-add = and { $hidden } more not shown here: { $fresh ->
    [one] add the { $fresh } that is new
   *[other] add the { $fresh } that are new
}
portal-rest-none = and { $hidden } more not shown here: all are in your dossier already
# $title is the section's heading (portal-group-...).
portal-group-count-new = { $title }: { $count ->
    [one] { $count } item
   *[other] { $count } items
}, { $fresh } new
portal-group-count = { $title }: { $count ->
    [one] { $count } item
   *[other] { $count } items
}
portal-preview-heading = What { $files } holds
portal-preview-lead = Untick anything you do not want in your dossier. Items your dossier has already are unticked. The file itself is kept with your reports.
portal-mismatch-heading = This file may be about someone else
portal-mismatch-lead = Nothing is ticked. Add it only if you are sure it is the right person’s record.
portal-same-person = I am sure this file is about the person this dossier is for
portal-nothing-to-add = Nothing in this file could be added to the dossier’s sections.
portal-undated = Added without their date: { $count ->
    [one] { $count } item
   *[other] { $count } items
} (open to see why)
portal-skipped-line = { $item }: { $reason }
portal-skipped-more = and { $count } more
portal-not-added = Not added: { $count ->
    [one] { $count } line
   *[other] { $count } lines
} (open to see why)
portal-add = Add the ticked items
portal-mismatch-error = This file names someone else: tick “I am sure this file is about the person this dossier is for” first, or Cancel
portal-added = Added { $count ->
    [one] { $count } item
   *[other] { $count } items
}
portal-added-from-file-kept = Added { $count ->
    [one] { $count } item
   *[other] { $count } items
} from the file, and kept the file with your reports.
portal-added-from-file = Added { $count ->
    [one] { $count } item
   *[other] { $count } items
} from the file.
portal-close = Close
portal-cancel = Cancel
## Window: ui/js/schema.js, ui/js/screens/sections.js, ui/js/screens/walk.js

# ui/js/schema.js: the sections of a dossier, its parts and the guided steps

schema-from-file = From { $file }
schema-field-notes = Notes
schema-field-condition-role = This condition is
schema-field-how-sure = How sure is it?
schema-field-where-hospital = Where (hospital or clinic)
schema-field-when = When
schema-field-date = Date
schema-field-phone = Phone
schema-field-email = Email
schema-none-listed = None listed.
schema-not-known = Not known
schema-not-answered = Not answered
schema-diagnoses-title = Diagnosis
schema-diagnoses-heading = What were you told?
schema-diagnoses-lead = Write the diagnosis as the doctor wrote it in your letters or reports, and in your own words if that helps.
schema-diagnoses-add = Add a diagnosis
schema-diagnoses-empty = No diagnosis yet. Add the one you were given, even if it is not certain.
schema-diagnoses-required = Write the diagnosis, even in your own words
schema-diagnoses-name = Diagnosis
schema-diagnoses-name-hint = For example: osteoarthritis of the right knee
schema-diagnoses-code = Code, if it is on your paperwork (optional)
schema-diagnoses-code-hint = For example an ICD-10 code such as M17.11
schema-diagnoses-by = By which doctor
schema-other-conditions-title = Other conditions
schema-other-conditions-heading = Other health conditions
schema-other-conditions-lead = Conditions you have besides the one this second opinion is about, such as diabetes, high blood pressure or asthma. They can change which treatment is safe.
schema-other-conditions-add = Add a condition
schema-other-conditions-empty = No other conditions listed.
schema-other-conditions-required = Write the condition, even in your own words
schema-other-conditions-name = Condition
schema-other-conditions-name-hint = For example: type 2 diabetes
schema-other-conditions-since = Since when
schema-other-conditions-notes = Notes, such as how it is treated
schema-since = Since { $date }
schema-results-title = Test results
schema-results-heading = Test results
schema-results-lead = Results brought in from a patient-portal file, as the file gives them. The PDF lists them by test, oldest first.
schema-results-add = Add a result
schema-results-empty = No test results yet.
schema-results-required = Write the name of the test
schema-results-test = Test
schema-results-value = Value
schema-results-unit = Unit
schema-results-range = Normal range given by the lab
schema-results-flag = What the lab noted (for example: High)
schema-operations-title = Operations
schema-operations-heading = Operations and hospital stays
schema-operations-lead = Any operation you had, and any stay in hospital, even long ago.
schema-operations-add = Add an operation or stay
schema-operations-required = Write what was done, or why you were in hospital
schema-operations-name = What was done, or why you were in hospital
schema-operations-name-hint = For example: keyhole surgery on the right knee
schema-family-title = Family history
schema-family-heading = Illness in your family
schema-family-lead = Illnesses of your parents, brothers, sisters or children that may matter, such as heart disease, cancer or the condition you have.
schema-family-add = Add a relative’s illness
schema-family-required = Write the illness
schema-family-relative = Who
schema-family-relative-hint = For example: my mother
schema-family-condition = Illness
schema-family-age = Their age when it started (optional)
schema-from-age = From age { $age }
schema-treatments-title = Treatment
schema-treatments-heading = What was recommended?
schema-treatments-lead = Write down each treatment you were offered, with what you know of its benefits, risks and costs. It is fine to leave parts empty.
schema-treatments-add = Add a treatment
schema-treatments-empty = No treatment yet. Add what your doctor suggested.
schema-treatments-required = Write the treatment's name
schema-treatments-name = Treatment
schema-treatments-name-hint = For example: total knee replacement
schema-treatments-recommended-by = Recommended by
schema-treatments-status = Where does it stand?
schema-treatments-benefits = What it should do for you
schema-treatments-risks = Risks and side effects you were told about
schema-treatments-costs = Costs (money, time off, travel)
schema-treatments-alternatives = Other options mentioned
schema-medications-title = Medicines
schema-medications-heading = Medicines
schema-medications-lead = Every medicine you take or took for this, including ones from a pharmacy without a prescription.
schema-medications-add = Add a medicine
schema-medications-empty = No medicines yet.
schema-medications-required = Write the medicine's name
schema-medications-name = Medicine
schema-medications-dose = Dose
schema-medications-dose-hint = For example: 400 mg
schema-medications-frequency = How often
schema-medications-started = Started
schema-medications-stopped = Stopped
schema-medications-reason = What it is for
schema-stopped-on = Stopped { $date }
schema-allergies-title = Allergies
schema-allergies-heading = Allergies
schema-allergies-lead = Medicines or other things that gave you a reaction.
schema-allergies-add = Add an allergy
schema-allergies-empty = No allergies written down.
schema-allergies-required = Write what you are allergic to
schema-allergies-substance = Allergic to
schema-allergies-reaction = What happened
schema-allergies-severity = How bad
schema-clinicians-title = Care team
schema-clinicians-heading = Doctors and care team
schema-clinicians-lead = The doctors and others who treat you, so the second-opinion doctor can contact them.
schema-clinicians-add = Add a person
schema-clinicians-empty = No one yet.
schema-clinicians-required = Write the person's name
schema-clinicians-name = Name
schema-clinicians-role = Role
schema-clinicians-role-hint = For example: treating surgeon, family doctor
schema-clinicians-specialty = Specialty
schema-clinicians-institution = Hospital or practice
schema-events-title = Timeline
schema-events-lead = Events worth knowing, such as a fall, a scan or a hospital stay. Dated diagnoses, medicines and reports appear here too.
schema-events-add = Add an event
schema-events-empty = No events yet.
schema-events-required = Write what happened
schema-events-what = What happened
schema-events-details = Details
schema-documents-title = Reports
schema-documents-heading = Your records
schema-documents-lead = Add letters, scan reports, test results and photos of paperwork. The app keeps its own copy, so you can move or delete the originals.
schema-documents-add = Add reports
schema-documents-empty = No reports yet. Add them with the button, or drag files onto this window.
schema-documents-required = Write a title for the report
schema-documents-field-title = Title
schema-documents-kind = What kind of report
schema-documents-date = Date on the report
schema-documents-source = From (hospital, lab or doctor)
schema-documents-include = Put it in the PDF for the doctor
schema-documents-kind-not-set = Kind not set
schema-documents-dated = Dated { $date }
schema-documents-date-not-given = Date not given
schema-questions-title = Questions
schema-questions-heading = Your questions
schema-questions-lead = Write the questions you want answered. Put the most important first: the doctor may not have time for all of them.
schema-questions-add = Add a question
schema-questions-empty = No questions yet. What do you most want to know?
schema-questions-required = Write the question
schema-questions-question = Question
schema-questions-category = It is about
schema-questions-answer = Answer (after the visit)
schema-questions-from = From: { $source }
schema-part-why = Why a second opinion
schema-part-about = About you and the appointment
schema-part-diagnoses = Diagnosis
schema-part-treatments = Recommended treatment
schema-part-documents = Your records
schema-part-questions = Your questions
schema-part-medications = Medicines and allergies
schema-part-background = Health background
schema-part-daily-life = Daily life
schema-part-clinicians = Doctors and care team
schema-part-events = Timeline
schema-reason-hint-clarify-diagnosis = The diagnosis is unclear or complicated. The doctor will look at your reports and explain what they show.
schema-reason-hint-choose-treatment = You were offered treatments and need help weighing benefits, risks and costs.
schema-reason-hint-confirm-plan = The plan is long, costly or hard to undo, and you want it checked first.
schema-reason-hint-rare-or-serious = The condition is rare, or you were told little can be done. An expert may know more options.
schema-reason-hint-doctor-suggested = Your own doctor asked for another expert view.
schema-step-why = Why a second opinion?
schema-step-who = Who is this for?
schema-step-told = What were you told?
schema-step-recommended = What was recommended?
schema-step-medicines = Medicines and allergies
schema-step-background = Your health background
schema-step-daily = Daily life
schema-step-records = Your records
schema-step-questions = Your questions
schema-step-doctor = Who gives the second opinion?
schema-step-review = Check and export
schema-background-height = Height
schema-background-weight = Weight
schema-background-smoking = Do you smoke?
schema-background-smoking-details = How much, for how long, or when you stopped (optional)
schema-background-implants = Implants or devices in your body
schema-background-implants-hint = For example a pacemaker, a metal plate or joint, a stent, a coil. They matter for MRI scans and some treatments.
schema-background-alcohol = Alcohol: how much in a usual week (optional)
schema-background-occupation = Your work, or what you did before (optional)
schema-background-pregnant = Are you pregnant?
schema-background-notes = Anything else about your health (optional)
schema-pain-none = 0: no pain
schema-pain-worst = 10: the worst pain you can imagine
schema-pain-score = { $score } out of 10
schema-daily-symptoms = What are your main symptoms?
schema-daily-symptoms-hint = In your own words, for example: pain in the left knee, worse on stairs.
schema-daily-since = Since when?
schema-daily-pain = If you have pain: how bad is it on most days?
schema-daily-pain-none = No answer, or no pain to rate
schema-daily-limits = What does it stop you doing?
schema-daily-limits-hint = For example: I cannot climb stairs, walk the dog or sleep through the night.
schema-daily-tried = What have you tried, and how did it go?
schema-daily-tried-hint = Treatments, exercises, medicines, changes at home.
schema-daily-matters-most = What matters most to you?
schema-daily-matters-most-hint = For example: to keep working, to look after my grandchildren, to avoid an operation.

# ui/js/screens/walk.js: the guided steps and the check of the answers

walk-person-full-name = Full name
walk-person-full-name-required = Enter the full name of the person the second opinion is for
walk-person-date-of-birth = Date of birth
walk-person-sex = Sex (optional)
walk-person-phone = Phone
walk-person-email = Email
walk-person-address = Address
walk-person-language = Preferred language
walk-person-language-hint = The language the doctor should use with you
walk-consultant-name = Name of the doctor giving the second opinion
walk-consultant-specialty = Their specialty
walk-consultant-specialty-hint = For example: orthopaedic surgery
walk-consultant-institution = Hospital or clinic
walk-consultant-email = Their email address
walk-consultant-email-hint = Used to prepare an email with the PDF
walk-consultant-appointment = Appointment date
walk-consultant-mode = How will you see them?
walk-consultant-language = The language they read
walk-consultant-language-none = Not chosen (the app's language)
walk-consultant-language-hint = The PDF for them is written in it. You can still choose another language when you export.
walk-figure-disagreed = Two experts looking at the same case disagreed in over 25% of cases.
walk-figure-disagreed-source = Source: reports cited in the article “What is a second opinion?”.
walk-figure-bmj = A review in the British Medical Journal found differences in the diagnosis in nearly 58% of cases.
walk-figure-bmj-source = Source: the British Medical Journal review, as cited in that article.
walk-figure-mayo = Nearly 88% of people who went to the Mayo Clinic for a second opinion left with a changed diagnosis or care plan.
walk-figure-mayo-source = Source: a Mayo Clinic study, as cited in that article.
# The guided steps' list: its name for screen readers, and each step as "3. What were you told?".
walk-steps = Steps
walk-step-label = { $number }. { $title }
walk-continue = Continue
walk-back = Back
walk-why-title = In a few words, what is the second opinion about?
walk-why-title-hint = For example: knee replacement, now or later?
walk-why-title-required = Write a few words about what the second opinion is for
walk-why-goal = What do you most want from this second opinion?
walk-why-goal-hint = For example: to know if surgery can wait, or to hear about other treatments
walk-why-heading = Why a second opinion?
walk-why-figures-intro = Asking for a second opinion is common, and doctors expect it. Some figures:
walk-why-figures-note = These are the article’s figures, not medical advice.
walk-why-reasons = Why do you want one? Tick all that apply.
walk-why-situations = Is it about one of these? (optional)
walk-who-legend = Who is the second opinion for?
walk-who-someone-new = Someone new
walk-who-me = Me, or the person I care for
walk-who-relative-hint = If you are helping a relative, enter their details, not yours.
walk-who-required = Choose who the second opinion is for
walk-who-heading = Who is this for?
walk-review-pain = Pain { $score } out of 10
# A relative's illness, as "my mother: breast cancer", with the age it started.
walk-review-family-from-age = { $illness } (from age { $age })
walk-review-other-conditions = Other conditions
walk-review-none = None
walk-review-operations = Operations and hospital stays
walk-review-family = Illness in the family
walk-review-none-known = None known
walk-review-height-weight-smoking = Height, weight and smoking
walk-review-implants = Implants or devices
walk-review-daily-life = Daily life
walk-review-not-given = Not given
# The link on each answer: visible as "Change"; screen readers hear the whole message, with the answer's label.
walk-review-change = Change
walk-review-change-named = Change { $what }
walk-review-heading = Check your answers
walk-review-missing = Still missing
walk-review-about = What it is about
walk-review-reasons = Reasons
walk-review-situation = Situation
walk-review-goal = What you want from it
walk-review-patient = Patient
walk-review-patient-born = { $name }, born { $date }
walk-review-diagnosis = Diagnosis
walk-review-treatment = Recommended treatment
walk-review-medicines = Medicines
walk-review-allergies = Allergies
walk-review-reports = Reports
walk-review-report-count = { $count ->
    [one] { $count } report
   *[other] { $count } reports
}
walk-review-questions = Questions
walk-review-question-count = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
walk-review-doctor = Doctor for the second opinion
walk-review-go-to-export = Go to export

# ui/js/screens/sections.js: a dossier's overview and its parts

sections-overview-lead = For { $name }. { $reports ->
    [one] { $reports } report
   *[other] { $reports } reports
}, { $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
}.
sections-overview-continue = Continue the guided steps
sections-overview-export = Export the PDF
sections-overview-parts = Parts of your dossier
sections-overview-missing = Still missing
sections-overview-nothing-missing = Nothing important is missing.
sections-overview-copy-heading = Keep a copy or move this dossier
sections-overview-copy-text = A dossier file holds everything, reports included. Use it as a backup, or to give the dossier to someone who helps you.
sections-overview-delete = Delete this dossier
sections-request-second-opinion = The second opinion
sections-request-decide-by = When do you need to decide by? (optional)
sections-request-doctor-heading = Who gives the second opinion?
sections-request-doctor-lead = If you know already, write who will see you. You can add it later.
sections-request-notes = Anything else the doctor should know
sections-request-about-heading = About you and the appointment
sections-request-patient = The patient
# After a "none" box that cannot be ticked, in brackets.
sections-none-unavailable = (not available while the list has entries)
sections-records-added = { $count ->
    [one] Added { $count } report.
   *[other] Added { $count } reports.
}
sections-records-failed = { $count ->
    [one] { $count } file could not be added
   *[other] { $count } files could not be added
}
sections-records-add = Add reports
sections-records-choose = Choose the files in the window that opens…
sections-records-adding = Adding files
sections-records-stop = Stop adding
sections-records-adding-file = Adding file { $number } of { $total }…
sections-records-portal = Add from a patient-portal file
sections-records-drop-hint = You can also drag files from a folder onto this window. A record downloaded from a patient portal (MyChart and the like: an XML, JSON or zip file) adds its conditions, medicines, allergies and test results to this dossier once you have checked them.
sections-open-not-opened = “{ $title }” was not opened
# $what: what the file really holds, as the app describes it (such as "a program").
sections-open-not-viewable = Its contents are { $what }, not a document or photo, so the app does not open it: a file like this could start a program. If you trust who sent it, you can look at it in its folder.
sections-open-show-in-folder = Show in folder
sections-bmi = Body mass index (BMI) from these: { $value }
sections-none-implants = I have no implants or devices
sections-background-more = More about your health (optional): alcohol, work, pregnancy, anything else
sections-background-heading = Your health background
sections-background-lead = What else about your health could change the doctor’s advice. Every question is optional: answer what you know.
sections-none-other-conditions = I have no other conditions
sections-none-operations = I have had no operations or hospital stays
sections-none-family = I know of no illness in my family that matters here
sections-daily-heading = Daily life
sections-daily-lead = How the problem affects your days, in your own words. The doctor reads this first. Every question is optional.
sections-medications-heading = Medicines and allergies
sections-medications-medicines = Medicines
sections-none-medicines = I take no medicines
sections-medications-allergies = Allergies
sections-none-allergies = I have no known allergies
sections-timeline-heading = Timeline
sections-timeline-caption = Everything with a date, oldest first
sections-timeline-when = When
sections-timeline-what = What
sections-timeline-details = Details
sections-timeline-added = Events you added
sections-no-such-part = There is no part called { $key }.
sections-back-to-review = Back to checking your answers
sections-checklist-have-it = Have it
sections-checklist-missing = Missing
sections-checklist-not-applicable = Not applicable
sections-checklist-does-not-apply = Does not apply
# The button is visible as "Undo"; screen readers hear the whole message, with the record's name.
sections-checklist-undo = Undo
sections-checklist-undo-named = Undo the mark on { $title }
sections-checklist-heading = What to bring
# { $link } is the link to the list of reports; its words are the next message.
sections-checklist-lead = What a specialist usually wants to see for a dossier like this one. Add what you have under { $link }, and set each report’s kind so it is counted.
sections-checklist-records-link = Your records
sections-suggestions-other = Other questions
sections-suggestions-heading = Suggested questions ({ $count })
sections-suggestions-hint = Chosen for your reasons and diagnosis from published question lists. Add the ones that matter to you; you can change the words afterwards.
sections-suggestions-from = From: { $source }
sections-suggestions-added = Question added to your list
sections-suggestions-add = Add this question

## Window: screens/settings.js
settings-title = Settings
settings-language-legend = Language of the app
settings-language-hint = The words on the screens. The language of a PDF for a doctor is chosen each time you make one.
settings-language-system = Same as this computer

## What the doctor would miss (the window's overview)
gap-why = Why you want a second opinion
gap-date-of-birth = Your date of birth
gap-diagnosis = The diagnosis you were given
gap-treatment = The treatment that was recommended
gap-reports = Your reports (letters, scans, test results)
gap-questions = Your questions for the doctor
gap-medicines = Your medicines (or that you take none)
gap-allergies = Your allergies (or that you have none)
gap-background = Your health background (other conditions, operations, smoking)
gap-daily-life = How the problem affects your daily life
gap-consultant-name = The name of the doctor giving the second opinion
gap-consultant-email = That doctor's email address, to send the PDF

## Errors and reasons said to the person
error-not-added-cancelled = { $file }: not added, because adding was cancelled

## Why a report is not enclosed as it is: on the page that stands in for it, and in the export's report
# Each follows "This document could not be included as pages:" (or, for enclose-dicom and enclose-cannot-show, "This document is"). $error is the reading program's own words, which stay as they are.
enclose-not-read-now = the file could not be read now ({ $error })
enclose-reader-failed = the file is damaged in a way that made its reader fail
enclose-reader-failed-detail = the file is damaged in a way that made its reader fail ({ $error })
enclose-too-slow = reading it took longer than { $seconds } seconds
enclose-file-too-large = the file is { $size } MB, more than the { $max } MB one report may have
enclose-stored-unreadable = the stored file could not be read ({ $error })
# $named and $really are kinds of file with their article ("a PDF document").
enclose-misnamed = the file is named like { $named } but is really { $really }
enclose-heic = HEIC photos cannot be shown in a PDF; save the photo as JPEG on the phone or computer and add that file
enclose-dicom = a DICOM scan image; it needs a medical image viewer, so the original file is attached to this PDF
# $what is a kind of file with its article ("a zip archive").
enclose-cannot-show = { $what } that cannot be shown as pages; the original file is attached to this PDF
enclose-image-damaged = the image is damaged and could not be read ({ $error })
enclose-jpeg-damaged = the JPEG photo is damaged and could not be read ({ $error })
enclose-image-too-large = the image is larger than can be shown safely ({ $error })
enclose-too-many-pixels = the image is { $width } x { $height } pixels, more than the bundle can take safely (at most { $megapixels } megapixels, and { $side } pixels a side)
enclose-jpeg-no-size = the JPEG photo is damaged (no image size found)
enclose-jpeg-empty-size = the JPEG photo is damaged (empty image size)
enclose-jpeg-size-mismatch = the JPEG photo is damaged (its size does not match its header)
enclose-tiff-too-large = the TIFF image is larger than can be shown safely
enclose-tiff-damaged = the TIFF image is damaged or of an unsupported kind ({ $error })
enclose-tiff-too-many-pages = the TIFF image has more than { $max } pages
enclose-tiff-sample-format = the TIFF image uses a sample format that is not supported
# $type is the image format's own name for it.
enclose-tiff-colour-type = the TIFF image uses a colour type that is not supported ({ $type })
enclose-tiff-size-mismatch = the TIFF image is damaged (size does not match its data)
enclose-too-many-pages = it has more than { $max } pages, the most one report may have
enclose-password = the PDF is protected by a password; save an unprotected copy and add that
enclose-pdf-damaged = the PDF is damaged beyond repair ({ $error })
enclose-too-many-objects = the PDF is made of { $count } objects, more than the { $max } a report may have
enclose-no-pages = the PDF has no readable pages
enclose-page-tree-too-large = its page tree is too large
enclose-page-tree-too-deep = its page tree is nested more than { $max } levels deep
enclose-unpacks-too-large = part of it unpacks to more than { $max } MB
enclose-image-in-pdf-too-large = an image in it is { $width } x { $height } pixels, more than can be shown safely
enclose-image-in-pdf-damaged = an image in the PDF is damaged and could not be read
# What was repaired in a report that is enclosed (listed in the export's report, joined by "; ").
enclose-repair-too-deep = parts nested too deeply were left out
enclose-repair-page-loop = its list of pages loops back on itself
enclose-repair-page-entries = { $count } unreadable page entries were left out
enclose-repair-content-cut = damaged page content was cut back to what could be read
enclose-repair-broken-filter = a stream with a broken filter was emptied
enclose-repair-photo-anew = a damaged photo or scan in it was stored anew
enclose-repair-stream-emptied = a stream that could not be decoded was emptied

## Errors of the record, its files and dossier files, and what a file is (media-), said to the person
# $file, $folder and $path are paths; $entry, $value, $name, $title, $item and $mark are quoted values; $field is a field's name; $reason is the system's or a library's own words: all stay as they are. $date and $born are dates in words.

error-archive-entry = entry { $entry }
error-file-read-failed = { $file }: could not be read: { $reason }
error-file-too-large-mb = { $file }: larger than the { $size } MB allowed
error-file-too-large-bytes = { $file }: larger than the { $size } bytes allowed
error-file-is-folder = { $file }: is a folder, not a file
error-file-empty = { $file }: the file is empty
error-file-not-found = { $file }: the file could not be found; it may have been moved or deleted
error-file-not-allowed = { $file }: this computer does not allow the app to read the file
error-file-unreadable = { $file }: the file could not be read ({ $reason })
media-a-pdf = a PDF document
media-a-jpeg = a JPEG photo
media-a-png = a PNG image
media-a-gif = a GIF image
media-a-webp = a WebP image
media-a-tiff = a TIFF image
media-a-bmp = a BMP image
media-a-heic = a HEIC photo
media-a-dicom = a DICOM scan image
media-a-zip = a zip archive
media-a-xml = an XML document
media-a-text = a text file
media-a-unknown = a file of unknown type
error-date-invalid = { $field }: { $value } is not a date; use YYYY, YYYY-MM or YYYY-MM-DD, for example 2024, 2024-03 or 2024-03-14
error-no-item-in-dossier = There is no item with ID { $id } in { $section } of this dossier.
error-document-needs-file = { $field }: a report is added with its file, not as text
error-not-one-of = { $field }: { $value } is not one of { $allowed }
error-too-long = { $field }: this is too long: at most { $max } characters
error-empty = { $field }: this cannot be empty
error-out-of-range = { $field }: { $value } is out of range; use a whole number from { $min } to { $max }
error-before-birth = { $field }: { $date } is before the date of birth ({ $born }); check either date
error-in-future = { $field }: { $date } is in the future; check the year
error-none-known-not-allowed = { $field }: { $value } cannot be answered with none; use { $allowed }
error-not-a-comparison-topic = { $field }: { $value } is not a topic of the comparison; use { $allowed }
error-archive-file-missing = the file of { $title } is missing from the store ({ $path }): { $reason }
error-archive-entry-name-not-text = an entry has a name that is not valid text
error-archive-entry-absolute = entry { $entry }: absolute paths are not allowed
error-archive-entry-backslash = entry { $entry }: backslashes are not allowed in paths
error-archive-entry-dots = entry { $entry }: ".." and "." are not allowed in paths
error-archive-entry-not-allowed = entry { $entry }: only dossier.json and files directly under files/ are allowed
error-archive-record-field = dossier.json: { $field }.{ $reason }
error-archive-cannot-open = { $file }: could not be opened: { $reason }
error-archive-protected = { $file }: this dossier file is protected with a passphrase; ask the person who sent it for the passphrase (the tool reads --passphrase-file or { $env })
error-archive-not-zip = { $file }: not a dossier archive, or a damaged or incomplete one (not a readable zip: { $reason }). If someone sent it to you, ask for it to be sent again.
error-archive-too-many-entries = { $file }: holds { $count } entries, more than the { $max } allowed
error-archive-duplicate-names = { $file }: an entry name appears twice (the archive is damaged or was made to deceive)
error-archive-entry-damaged = entry { $index } is damaged: { $reason }
error-archive-entry-link = entry { $entry }: links are not allowed
error-archive-entry-folder = entry { $entry }: unexpected folder
error-archive-entry-encrypted = entry { $entry }: encrypted entries are not supported
error-archive-entry-too-large = entry { $entry }: unpacks to { $size } bytes, more than allowed
error-archive-bomb = entry { $entry }: the report files would unpack to more than { $size } MB, far more than the archive's own size; it is damaged or a decompression bomb
error-archive-entry-twice = entry { $entry }: appears twice
error-archive-record-invalid = dossier.json: not a valid record: { $reason }
error-archive-format-wrong = dossier.json: format is { $format }, expected { $expected }
error-archive-format-missing = dossier.json: format is missing, expected { $expected }
error-archive-newer = dossier.json: format_version { $version } was written by a newer version of the app (this one reads { $reads })
error-archive-version-missing = dossier.json: format_version is missing or not { $reads }
error-archive-not-json = dossier.json: not valid JSON: { $reason }
error-archive-no-record = { $file }: not a dossier archive (no dossier.json)
error-archive-record-unpack = dossier.json: could not be unpacked: { $reason }
error-archive-record-too-large = dossier.json: larger than allowed
error-archive-record = dossier.json: { $reason }
error-archive-not-sha256 = dossier.json: { $field }.sha256 is not a SHA-256 hash
error-archive-record-file = dossier.json: { $field }.file: { $reason }
error-archive-file-absent = dossier.json: { $field }.file { $file } is not in the archive
error-archive-same-file = dossier.json: { $field } is the same file as an earlier document
error-patient-exists = { $file }: a patient named { $name } with the same date of birth already exists; import as a new patient or add the dossier to the existing one
error-archive-no-space = entry { $entry }: there is not enough free disk space to unpack it ({ $free } MB free, and { $keep } MB must stay free); free some space and import again
error-archive-entry-unreadable = entry { $entry }: { $reason }
error-archive-hash-mismatch = entry { $entry }: its contents do not match the SHA-256 hash in dossier.json (damaged or altered)
error-sealed-key-damaged = { $file }: the sealed key is damaged
error-protection-file-damaged = { $file }: this file holds the key of the protected record and it is damaged, so the record cannot be unlocked. Put back this file from a backup copy of the data folder; the passphrase and the recovery code need it.
error-protection-file-missing = { $folder }: the record is protected but its protection file ({ $file }) is missing, so it cannot be unlocked. Put back { $file } from a backup copy of the data folder; the passphrase and the recovery code need it.
error-passphrase-too-short = { $field }: use at least { $min } characters; a few unrelated words are easy to remember and hard to guess
error-spaces-easy-to-miss = { $field }: it has a space at its start or end, two spaces in a row, or a tab: easy to miss when it is read out or typed again. Use single spaces between words
error-passphrase-wrong = that passphrase does not open this record; check for typing mistakes and try again
error-recovery-code-wrong = that recovery code does not open this record; check for typing mistakes and try again
error-idle-too-long = { $field }: give at most { $max } minutes (a day)
error-archive-wrong-passphrase = { $file }: that passphrase does not open this file; check it with the person who sent it
error-archive-damaged-encrypted = { $file }: this encrypted dossier file is damaged or incomplete, so it cannot be opened. Ask for it to be sent again.
error-record-in-use = The record is open in another window or program (the app, or a dossier command still running). Close it, then try again: nothing was changed.
error-record-being-converted = The record's protection is being turned on or off by another window or program. Try again when it has finished.
error-already-protected = { $field }: the record is already protected; change its passphrase instead
error-report-changed = { $file }: this report file has changed since it was added, so nothing was converted; run `dossier check`
error-record-locked = the record in { $folder } is protected with a passphrase; unlock it first (the tool reads --passphrase-file or { $env })
error-database-missing = { $folder }: the record's database is missing, so its patients and dossiers cannot be shown; the report files are still there. Put back { $file } from a backup copy of the data folder.
error-inside-data-folder = { $field }: { $file } is inside the app's own data folder ({ $folder }); save it somewhere else
error-no-patient = There is no patient with ID { $id }.
error-no-dossier = There is no dossier with ID { $id }.
error-no-item = There is no item with ID { $id } in { $section }.
error-birth-after-operation = { $field }: this is after the operation or hospital stay { $name } ({ $date }); check either date
error-birth-after-medication = { $field }: this is after starting { $name } ({ $date }); check either date
error-birth-after-symptoms = { $field }: this is after the symptoms began ({ $date }); check either date
error-duplicate-file = { $file }: this file is already in the dossier as { $title }.
error-heic = { $file }: this is a HEIC photo (the iPhone's own format), which cannot be put in a PDF. Save or share the photo as JPEG (on an iPhone: Settings, Camera, Formats, Most Compatible) and add that file instead.
error-newer-database = { $file }: this record was saved by a newer version of Second Opinion Dossier (schema { $version }; this version knows up to { $known }). Install the newer version to open it; nothing was changed.
error-database-wrong-key = { $file }: the database does not open with this record's key; it may be damaged
error-section-full = { $field }: the section has no room after its last item
error-no-suggested-question = There is no suggested question { $id }.
error-not-checklist-item = { $field }: { $value } is not a checklist item
error-unknown-mark = { $field }: { $item }: { $mark } is not a known item and mark
error-records-needed = { $field }: say which records you need
error-opinion-first = Write down the second opinion first.
error-height-unlikely = { $field }: { $value } is not a likely height; give it in { $min } to { $max } cm
error-weight-unlikely = { $field }: { $value } is not a likely weight; give it in { $min } to { $max } kg
error-pain-off-scale = { $field }: { $value } is not on the scale; use a whole number from 0 (no pain) to { $max } (the worst pain)
error-settings-unreadable = { $file } cannot be read ({ $reason }); delete it to go back to the usual settings

## Patient-portal files (C-CDA, FHIR): why something was not read or not added, whom a file names, and the words the app gives what it read
# $file is a file's name (and the entry inside a zip); $error is a library's own words; $section, $title, $name, $what, $type, $element, $encoding, $status, $severity, $reason, $conclusion(s), $heading and $date (when quoted) are as the file has them: all stay as they are.
records-file-too-large = { $file }: larger than { $size }; a patient-portal file is far smaller
records-zip-in-zip = { $file }: a zip inside a zip is not read
records-not-a-record = { $file }: not a C-CDA or FHIR file (neither XML nor JSON); portals offer these as "download my record"
records-zip-damaged = { $file }: is damaged or cut short: it is not a zip that can be opened
records-too-many-files = { $file }: holds more than { $max } files
records-zip-entry = { $file }: entry { $number }: { $error }
records-zip-entry-no-name = { $file }: entry { $number } has no readable name: { $error }
records-zip-entry-too-large = { $file }: { $name }: larger than { $max } MB, far larger than a patient-portal record; it is not read
records-holds-no-record = { $file }: holds no C-CDA or FHIR file
records-none-readable = { $file }: none of its files could be read
records-xml-dtd = { $file }: contains a document type declaration, which a patient-portal record never has and which could make a program read other files on this computer; it is not read. Download the record from the portal again
records-xml-too-large = { $file }: is far larger than a patient's record; it is not read
records-xml-loop = { $file }: refers to itself endlessly; it is not read
records-xml-malformed = { $file }: is not well-formed XML ({ $error })
records-utf16-odd = { $file }: is UTF-16 text cut in the middle of a letter (an odd number of bytes)
records-utf16-invalid = { $file }: looks like UTF-16 text but is not valid UTF-16
records-utf8-invalid = { $file }: is not valid UTF-8 text (byte { $byte } cannot be read); save it again as UTF-8
records-encoding = { $file }: uses the text encoding { $encoding }, which is not read; save it again as UTF-8
records-fhir-as-xml = { $file }: is FHIR written as XML, which is not read; ask the portal for FHIR as JSON
records-not-ccda = { $file }: is XML but not a C-CDA document (it starts with <{ $element }>)
records-too-deep = { $file }: nests its elements more than { $max } levels deep, which no real record does; it is not read
records-json-damaged = { $file }: is damaged or cut short: it is not valid JSON (the fault is on line { $line })
records-json-not-fhir = { $file }: is JSON but not FHIR (it has no "resourceType")
records-no-fhir-resource = { $file }: holds no FHIR resource
records-different-people = The files are about different people: { $first } in { $first_source }, { $other } in { $other_source }; add one person's records at a time
records-file-changed = { $file }: the file has changed since it was read for the preview, so nothing was added. Add it again to see what it holds now.
# The files name another patient than the dossier's. $source is the file (and document); $person and $patient are a name, or records-person-born.
records-mismatch = { $source } is about { $person }; this dossier is for { $patient }
records-person-born = { $name }, born { $date }
records-another-patient = another patient (Patient/{ $id })
# What was not added (shown as "what: why").
records-line = line { $number }
records-line-not-fhir = is not a FHIR resource in JSON
records-section-item = the { $section } section
records-section-not-read = { $section } is not a part of the dossier; it stays in the document's readable text
records-section-advance-directives = advance directives
records-section-plan-of-treatment = plan of treatment
records-section-functional-status = functional status
records-section-mental-status = mental status
records-section-goals = goals
records-section-health-concerns = health concerns
records-section-payers = payers
records-immunization-entries = { $count ->
    [one] { $count } immunization entry
   *[other] { $count } immunization entries
}
records-immunization-not-read = immunization is not a part of the dossier; it stays in the document's text
records-social-history-entries = { $count ->
    [one] { $count } social history entry
   *[other] { $count } social history entries
}
records-social-history-not-read = social history is not a part of the dossier; it stays in the document's text
records-relative-condition = a condition of { $relative }
records-relative-condition-unknown = a condition of a relative
records-no-condition = the entry names no condition
records-problem-without-value = a problem without a coded value
records-no-problem = the entry names no problem
records-unnamed-diagnoses = an entry of diagnoses without a name
records-unnamed-medications = an entry of medications without a name
records-unnamed-allergies = an entry of allergies without a name
records-unnamed-events = an entry of events without a name
records-unnamed-clinicians = an entry of clinicians without a name
records-unnamed-results = an entry of results without a name
records-unnamed-family-history = an entry of family history without a name
records-unnamed-entry = an entry without a name
records-device-without-name = a device without a name
records-device-unnamed = the record does not say what the device is
records-device-name-too-long = its name is too long to be a device's
records-withdrawn = the record marks it as withdrawn (entered in error)
records-entered-in-error = the record marks it as entered in error
records-cancelled = the record says it was cancelled
records-not-given = the record says it was not given
records-not-taken = the record says it was not taken
records-draft = the record says it is only a draft
records-stopped-not-when = the record says it was stopped but not when; add it by hand with the date it stopped, if you know it, so that it is not listed as a current medicine
records-must-not-be-given = the record says it must not be given
records-no-such-allergy = the record says there is no such allergy
records-allergy-ruled-out = the record says this allergy was ruled out
records-not-done = the record says it was not done
records-did-not-take-place = the record says it did not take place
records-no-value = the record gives no value for this test
records-unstructured-document = an unstructured document
records-attached-file = its content is an attached file ({ $type }); the original is kept
records-attached-file-other = its content is an attached file (of another type); the original is kept
records-attached-text = the attached text of { $name }
records-attached-text-unreadable = it is not UTF-8 text in base64; the original file is kept
records-fhir-of-type = a FHIR record of type { $type }
records-kind-not-read = this kind of record is not a part of the dossier
records-an-entry = an entry
records-dated = { $what }, dated "{ $date }"
records-impossible-date = that date cannot exist, so this comes in without it; check the date in the document
# Words the app gives what it read, kept with the items added.
records-clinical-document = Clinical document
records-author-of = Author of the { $title }
records-care-team = Care team
records-procedure = Procedure
records-visit = Visit
records-report = Report
records-from = From { $source }
records-status-note = Status in the record: { $status }
records-resolved-note = Resolved { $date }
records-severity-in-record = severity in the record: { $severity }
records-outside-range = Outside the range given
records-preliminary-result = Preliminary result
records-amended-result = Amended result
records-yes = yes
records-no = no
records-conclusion = Conclusion
records-conclusion-line = Conclusion: { $conclusion }
records-coded-conclusion-line = Coded conclusion: { $conclusions }
records-its-text = Its text
records-text-too-long = { $heading }: too long to show here; it is in the report's readable-text pages
records-report-text = Report text
records-as-needed = as needed
records-as-needed-for = as needed for { $reason }
# $low and $high are doses with their units.
records-dose-range = { $low } to { $high }
records-dose-at-least = at least { $low }
records-dose-up-to = up to { $high }
# How often a medicine is taken: "once a day", "3 times a week", "every 8 hours". $per is one of records-per-..., $units one of the plurals below; $unit is a unit as the file writes it.
records-often-once = once { $per }
records-often-twice = twice { $per }
records-often-times = { $times } times { $per }
records-often-every = every { $period } { $units }
records-often-times-every = { $times } times every { $period } { $units }
records-per-second = a second
records-per-minute = a minute
records-per-hour = an hour
records-per-day = a day
records-per-week = a week
records-per-month = a month
records-per-year = a year
records-per-unit = a { $unit }
records-seconds = seconds
records-minutes = minutes
records-hours = hours
records-days = days
records-weeks = weeks
records-months = months
records-years = years
records-units = { $unit }s
# A result's flag, from the code the lab gives it.
records-flag-high = High
records-flag-critically-high = Critically high
records-flag-significantly-high = Significantly high
records-flag-low = Low
records-flag-critically-low = Critically low
records-flag-significantly-low = Significantly low
records-flag-abnormal = Abnormal
records-flag-critically-abnormal = Critically abnormal
records-flag-above-range = Above the measurable range
records-flag-below-range = Below the measurable range
records-flag-positive = Positive
records-flag-negative = Negative
records-flag-detected = Detected
records-flag-not-detected = Not detected
# A relative, from the code the file gives them.
records-relative-father = father
records-relative-mother = mother
records-relative-parent = parent
records-relative-brother = brother
records-relative-sister = sister
records-relative-sibling = brother or sister
records-relative-half-brother = half-brother
records-relative-half-sister = half-sister
records-relative-twin-brother = twin brother
records-relative-twin-sister = twin sister
records-relative-son = son
records-relative-daughter = daughter
records-relative-child = child
records-relative-grandfather = grandfather
records-relative-grandmother = grandmother
records-relative-maternal-grandfather = grandfather (mother's side)
records-relative-maternal-grandmother = grandmother (mother's side)
records-relative-paternal-grandfather = grandfather (father's side)
records-relative-paternal-grandmother = grandmother (father's side)
records-relative-grandson = grandson
records-relative-granddaughter = granddaughter
records-relative-uncle = uncle
records-relative-aunt = aunt
records-relative-maternal-uncle = uncle (mother's side)
records-relative-maternal-aunt = aunt (mother's side)
records-relative-paternal-uncle = uncle (father's side)
records-relative-paternal-aunt = aunt (father's side)
records-relative-cousin = cousin
records-relative-nephew = nephew
records-relative-niece = niece
records-relative-husband = husband
records-relative-wife = wife
records-relative-spouse = spouse
# A device added to the health background's implants and devices: "Pacemaker, dated 3 May 2019, status in the record: inactive (from ccd.xml)".
records-device-dated = { $device }, dated { $date }
records-device-status = { $device }, status in the record: { $status }
records-device-from = { $device } (from { $source })
# The files kept as documents, and the pages made of a document's readable text.
records-portal-record = Patient-portal record ({ $file })
records-and-other-documents = { $count ->
    [one] { $title } and { $count } other document
   *[other] { $title } and { $count } other documents
}
records-original-file-notes = Patient-portal record (the original file)
records-readable-text-title = { $title } (readable text)
records-readable-text-lead = The readable text of { $source }, as its authors wrote it.
records-readable-text-notes = The readable text of { $file }, as its authors wrote it

## A repaired document's note page in the bundle
pdf-repaired = This document's file is damaged: { $reason }.
pdf-repaired-follows = The pages that follow are what could be read. Some may be incomplete or blank: ask for a new copy if you need it.

## Window titles of the app's own screens
main-title-about = About - Second Opinion Dossier

## File names suggested when saving, and the covering email (in the PDF's language)
file-name-bundle = Second opinion
file-name-comparison = First and second opinion
file-name-request = Records request
email-subject = Second opinion request: { $name }
email-greeting = Dear Doctor,
email-greeting-named = Dear { $name },
email-about = Please find attached the records and questions of { $name } about "{ $title }".
email-about-born = Please find attached the records and questions of { $name } (born { $born }) about "{ $title }".
email-about-before = Please find attached the records and questions of { $name } about "{ $title }" before the appointment on { $date }.
email-about-born-before = Please find attached the records and questions of { $name } (born { $born }) about "{ $title }" before the appointment on { $date }.
email-contents = The attached PDF ({ $file }) has a summary, the questions, a timeline and the reports, with an index on page numbers.
email-thanks = Thank you for your time.
email-regards = Kind regards,

## The window's file dialogs and the shell's messages
dialog-save-comparison = Save the comparison
dialog-save-letter = Save the letter
dialog-save-bundle = Save the PDF for the doctor
dialog-save-archive = Save a copy of this dossier
dialog-open-archive = Open a dossier file
dialog-dossier-file = Dossier
dialog-add-reports = Add your reports
dialog-reports-and-photos = Reports and photos
dialog-add-portal = Add from a patient-portal file
dialog-portal-records = Patient-portal records
dialog-all-files = All files
error-not-shown = { $file }: could not be shown: { $error }
error-not-opened = { $file }: could not be opened: { $error }
error-report-not-in-dossier = That report is not in this dossier.
error-export-stopped = the export stopped: { $error }
error-export-first = Export the PDF first.
error-no-mail-program = no mail program could be opened: { $error }
error-no-opened-file = There is no dossier file waiting to be opened.
error-no-import-waiting = There is no import waiting for an answer.
error-window-locked = The record is locked. Type its passphrase to go on.
error-record-not-protected = The record is not protected.
error-pdf-password-short = password: use at least { $count } characters; a few unrelated words are easy to type and hard to guess

## Short names of the question library's sources
question-source-devices = Devices and new drugs
question-source-background = Health background

## A suggested question added twice
error-question-already-asked = That question is already in this dossier.
