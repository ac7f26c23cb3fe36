# Español: las palabras de la aplicación, del dosier y de la herramienta.

## Fechas. El nombre del mes va en los patrones de abajo.

month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
date-day-month-year = { $day } de { $month } de { $year }
date-month-year = { $month } de { $year }
date-year = { $year }

## Cantidades

pages = { $count ->
    [one] { $count } página
   *[other] { $count } páginas
}

## Secciones del dosier, en el índice y los marcadores

section-summary = Resumen
section-questions = Preguntas para el médico
section-background = Antecedentes de salud y vida diaria
section-medications = Medicamentos y alergias
section-results = Resultados de pruebas a lo largo del tiempo
section-clinicians = Médicos y equipo de atención
section-timeline = Cronología
section-index = Índice de documentos adjuntos
section-documents = Documentos adjuntos

## El dosier: portada, índice y lista de documentos

pdf-cover = Portada
pdf-brand = DOSIER PARA UNA SEGUNDA OPINIÓN
pdf-born = Fecha de nacimiento: { $date }
pdf-born-age = Fecha de nacimiento: { $date } ({ $age } años)
pdf-sex = Sexo: { $sex }
pdf-preferred-language = Idioma preferido: { $language }
pdf-phone = Teléfono
pdf-email = Correo electrónico
pdf-address = Dirección
pdf-for = Para
pdf-appointment = Cita
pdf-decide-by = Decidir antes del
pdf-prepared-on = Preparado el
pdf-reasons = Motivos de la consulta
pdf-situation = Situación
pdf-contents = Índice
pdf-section = Sección
pdf-page = Página
pdf-checklist = Lista de documentos
pdf-record = Documento
pdf-status = Estado
checklist-enclosed = Adjunto
checklist-in-medicines = En este dosier (Medicamentos y alergias)
checklist-in-results = En este dosier (Resultados de pruebas a lo largo del tiempo)
checklist-kept = En su poder, no adjunto
checklist-requested = Pedido, aún no recibido
checklist-not-applicable = No corresponde, según lo indicado
checklist-missing = No incluido

## El dosier: resumen

pdf-problem = El problema sobre el que se pide esta opinión
pdf-no-diagnosis = Todavía no se ha anotado ningún diagnóstico.
pdf-diagnosed-by = por { $who }
pdf-recommended-treatment = Tratamiento recomendado
pdf-no-treatment = Todavía no se ha anotado ningún tratamiento.
pdf-recommended-by = Recomendado por
pdf-benefits = Beneficios
pdf-risks = Riesgos
pdf-costs = Costes
pdf-alternatives = Alternativas
pdf-notes = Notas
pdf-goal = Qué espera de esta opinión
pdf-not-written = Todavía no se ha anotado.
pdf-pain-score = { $score } de 10
pdf-none-known = No refiere
pdf-daily-life = Vida diaria
pdf-tried = Lo que ya se ha probado
pdf-health-background = Antecedentes de salud
pdf-other-conditions = Otras enfermedades
pdf-current-medicines = Medicamentos actuales
pdf-allergies = Alergias
pdf-height-weight = Estatura y peso
pdf-smoking = Tabaco
pdf-implants = Implantes, dispositivos
pdf-operations = Operaciones
pdf-family-history = Antecedentes familiares
pdf-pregnancy = Embarazo
pdf-pregnant = Embarazada
pdf-from-age = desde los { $age } años

## El dosier: preguntas

pdf-no-questions = Todavía no se han anotado preguntas.
pdf-other = Otras
pdf-answer = Respuesta: { $answer }

## El dosier: antecedentes de salud y vida diaria

pdf-not-filled = Sin rellenar.
pdf-background = Antecedentes
pdf-alcohol = Alcohol
pdf-occupation = Profesión
pdf-none-other-conditions = Ninguna: refiere no tener otras enfermedades.
pdf-condition = Enfermedad
pdf-since = Desde
pdf-operations-stays = Operaciones e ingresos en el hospital
pdf-none-operations = Ninguna: refiere no haber tenido operaciones ni ingresos en el hospital.
pdf-when = Cuándo
pdf-what = Qué
pdf-where = Dónde
pdf-none-family = No refiere: no conoce ninguna enfermedad en la familia que importe aquí.
pdf-relative = Familiar
pdf-age-at-onset = Edad de inicio
pdf-symptoms = Síntomas principales
pdf-pain = Dolor (de 0 a 10)
pdf-limits = Ya no puede hacer
pdf-tried-so-far = Probado hasta ahora
pdf-matters-most = Lo que más importa

## El dosier: medicamentos, resultados, equipo, cronología, índice

pdf-medicines = Medicamentos
pdf-none-medicines = Ninguno: refiere no tomar medicamentos.
pdf-medicine = Medicamento
pdf-dose = Dosis
pdf-started = Inicio
pdf-stopped = Fin
pdf-reason = Motivo
pdf-none-allergies = No refiere: dice no tener alergias.
pdf-substance = Sustancia
pdf-reaction = Reacción
pdf-severity = Gravedad
pdf-results-note = Valores del más antiguo al más reciente. * marca un valor que el informe señala, o uno fuera del rango numérico que da.
pdf-test = Prueba
pdf-unit = Unidad
pdf-range = Rango
pdf-values = Valores (fecha)
pdf-none-listed = No hay ninguno.
pdf-name = Nombre
pdf-role = Función
pdf-contact = Contacto
pdf-no-events = Todavía no hay hechos con fecha.
pdf-details = Detalles
pdf-number = N.º
pdf-title = Título
pdf-kind = Tipo
pdf-date = Fecha
pdf-from = De
pdf-not-enclosed = no adjunto

## Las entradas de la cronología

timeline-diagnosis = Diagnóstico: { $name }
timeline-diagnosis-status = Diagnóstico: { $name } ({ $status })
timeline-started = Inicio de { $name }
timeline-stopped = Suspensión de { $name }
timeline-operation = Operación o ingreso en el hospital: { $name }
timeline-report = Informe: { $title }

## El dosier: documentos adjuntos

pdf-document = Documento { $number }: { $title }
pdf-photo-page = (página { $page } de { $count })
pdf-file = Archivo
pdf-not-included = Este documento no se pudo incluir como páginas: { $reason }.
pdf-document-is = Este documento es { $reason }.
pdf-attached = El archivo original va adjunto a este PDF. En la mayoría de los lectores de PDF, abra el panel de archivos adjuntos (un símbolo de clip) para guardarlo.
pdf-footer-page = página { $page } de { $count }
pdf-footer-born = nac. { $date }
pdf-info-title = Dosier para una segunda opinión: { $title }
pdf-info-subject = Documentos y preguntas para una segunda opinión
pdf-info-subject-by = Documentos y preguntas para una segunda opinión de { $name }

## Fixed vocabularies

reason-clarify_diagnosis = Aclarar un diagnóstico
reason-choose_treatment = Elegir entre tratamientos
reason-confirm_plan = Confirmar un plan largo o costoso
reason-rare_or_serious = Una enfermedad rara o grave
reason-doctor_suggested = Mi médico me lo sugirió
situation-life_threatening = Una enfermedad que pone en peligro la vida
situation-lifestyle_procedure = Una intervención que cambia la vida diaria, como una prótesis de rodilla
situation-aesthetic = Una intervención estética importante
situation-experimental = Una intervención o un fármaco experimental
situation-costly_treatment = Un tratamiento costoso que puede tener opciones más baratas
situation-other = Otra cosa
document-kind-pathology = Informe de anatomía patológica
document-kind-imaging_report = Informe de imagen
document-kind-imaging_study = Estudio de imagen (las imágenes)
document-kind-lab = Resultados de laboratorio
document-kind-operative = Informe de la operación
document-kind-discharge = Informe de alta
document-kind-letter = Carta
document-kind-prescription = Receta
document-kind-other = Otro
question-category-diagnosis = Diagnóstico
question-category-treatment = Tratamiento
question-category-risks = Riesgos
question-category-alternatives = Alternativas
question-category-costs = Costes
question-category-prognosis = Pronóstico
question-category-logistics = Cuestiones prácticas
question-category-other = Otras
diagnosis-role-main = Sobre lo que trata esta segunda opinión
diagnosis-role-other = Otra enfermedad
diagnosis-status-suspected = De sospecha
diagnosis-status-confirmed = Confirmado
diagnosis-status-ruled_out = Descartado
treatment-status-proposed = Propuesto
treatment-status-recommended = Recomendado
treatment-status-started = Iniciado
treatment-status-completed = Realizado
treatment-status-declined = Rechazado
severity-mild = Leve
severity-moderate = Moderada
severity-severe = Grave
severity-unknown = No se sabe
consultation-mode-in_person = En persona
consultation-mode-remote = A distancia (vídeo, teléfono o solo documentos)
smoking-never = Nunca ha fumado
smoking-former = Ha dejado de fumar
smoking-current = Fuma ahora
smoking-unknown = No se sabe
pregnancy-no = No
pregnancy-yes = Sí
pregnancy-not_applicable = No corresponde

## La carta para pedir copias de la historia clínica

letter-title = Solicitud de copias de la historia clínica
letter-subject = Solicitud de copias de mi historia clínica: { $name }
letter-born = Fecha de nacimiento: { $date }
letter-greeting = Estimados señores:
letter-body = Me estoy preparando para una segunda opinión, un paso que mis médicos y yo queremos dar antes de decidir sobre mi tratamiento. Para que quien dé esa opinión tenga toda la información, les agradecería que me enviaran copias de los siguientes documentos:
letter-from-until = Desde: { $from }. Hasta: { $until }.
letter-from = Desde: { $from }. Hasta: hoy.
letter-until = Hasta: { $until }.
letter-send-to = Por favor, envíenlos a: { $where }
letter-fee = Si hay que rellenar un formulario o pagar una tasa, les ruego que me lo indiquen.
letter-thanks = Muchas gracias por su ayuda.
letter-closing = Atentamente,
letter-template-note = Esta carta se ha preparado a partir de un modelo. No es asesoramiento jurídico; las normas sobre el acceso a la historia clínica varían según el país y el hospital.

## La comparación de la primera y la segunda opinión

compare-title = Primera y segunda opinión: { $title }
compare-heading = Primera y segunda opinión
compare-patient = Paciente
compare-about = Asunto
compare-first-by = Primera opinión de
compare-second-by = Segunda opinión de
compare-topic = Tema
compare-first = Primera opinión
compare-second = Segunda opinión
compare-mark = Valoración propia
compare-not-marked = Sin valorar
compare-not-written = No anotado
compare-follow-ups = Seguimiento
compare-answers = Respuestas a las preguntas
compare-marks-note = Las valoraciones son la lectura propia de quien pide la opinión; la aplicación no juzga si las dos opiniones coinciden. Pregunte a su médico qué significa una diferencia para usted.
compare-same-code = Las dos opiniones dan el código de diagnóstico { $code }.
compare-asked = { $count ->
    [one] { $count } planteada
   *[other] { $count } planteadas
}
compare-answered = { $count ->
    [one] { $count } respondida
   *[other] { $count } respondidas
}
topic-diagnosis = Diagnóstico
topic-treatment = Tratamiento recomendado
topic-key_points = Puntos clave
topic-questions = Preguntas respondidas
mark-same = Coincide
mark-different = Difiere
mark-not-sure = Dudoso

## The records checklist: each record, why it matters, and the patient's marks

checklist-title-letters = Cartas de sus médicos, incluida la derivación
checklist-why-letters = Dicen lo que piensan sus médicos y por qué recomiendan lo que recomiendan.
checklist-title-medication_list = Una lista de sus medicamentos
checklist-why-medication_list = Los medicamentos pueden cambiar los resultados de las pruebas y qué tratamientos son seguros.
checklist-title-imaging_reports = Los informes de sus escáneres y radiografías
checklist-why-imaging_reports = El especialista compara lo que escribió el radiólogo con las imágenes.
checklist-title-imaging_studies = Las imágenes mismas (en CD o descarga), no solo los informes
checklist-why-imaging_studies = Los especialistas vuelven a mirar las imágenes ellos mismos; las anteriores les ayudan a ver cambios.
checklist-title-pathology = El informe de anatomía patológica
checklist-why-pathology = Es la base de un diagnóstico de cáncer; los servicios de segunda opinión suelen revisarlo primero.
checklist-title-slides = Dónde se guardan las preparaciones y los bloques de tejido
checklist-why-slides = El patólogo del especialista puede querer mirar las preparaciones de nuevo; el laboratorio que las guarda puede enviarlas.
checklist-title-labs_over_time = Análisis de sangre y otros resultados de laboratorio a lo largo del tiempo
checklist-why-labs_over_time = Los cambios a lo largo de los meses dicen más que un solo resultado.
checklist-title-operative_notes = Informes de las operaciones o intervenciones que ha tenido
checklist-why-operative_notes = Dicen exactamente qué se hizo y qué se encontró.
checklist-title-discharge = Informes de alta del hospital
checklist-why-discharge = Resumen cada ingreso: qué se encontró y qué se hizo.
checklist-title-cost_estimate = Un presupuesto por escrito del tratamiento propuesto
checklist-why-cost_estimate = Permite al especialista comparar el plan con opciones más baratas.
checklist-title-implant_card = Una tarjeta o carta sobre su implante o dispositivo (marca y modelo)
checklist-why-implant_card = Algunas pruebas, como la resonancia magnética, y algunos tratamientos dependen de qué implante o dispositivo tiene exactamente.
checklist-title-device_information = Información sobre el dispositivo, el fármaco o el ensayo propuesto
checklist-why-device_information = El especialista comprobará si está aprobado para usted y cómo de bien funciona.
checklist-asked-copy = He pedido una copia
checklist-asked-for-it = Lo he pedido
checklist-asked-where = He preguntado dónde están
checklist-will-bring = Lo llevaré yo
checklist-asked-for-status = Pedido
checklist-asked-status = Preguntado
checklist-will-bring-status = Lo llevará

## How labels and numbers are written in running text

# "yes" where a label is written in lower case inside a sentence.
labels-lowercase-in-text = yes
decimal-separator = ,
pdf-bmi = IMC { $value }
pdf-treatment-status = estado: { $status }
pdf-condition-status = diagnóstico { $status }
