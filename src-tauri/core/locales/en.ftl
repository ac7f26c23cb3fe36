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
