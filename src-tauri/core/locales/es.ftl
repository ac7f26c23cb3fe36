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
pdf-decide-by = Decidir antes de
pdf-prepared-on = Preparado el
pdf-reasons = Motivos
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
timeline-report = Documento: { $title }

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
document-kind-imaging_report = Informe de radiología (prueba de imagen)
document-kind-imaging_study = Estudio de imagen (las imágenes)
document-kind-lab = Resultados de laboratorio
document-kind-operative = Informe quirúrgico
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
diagnosis-role-main = La que motiva esta segunda opinión
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
mark-same = Coinciden
mark-different = Difieren
mark-not-sure = No lo tengo claro

## The records checklist: each record, why it matters, and the patient's marks

checklist-title-letters = Cartas de sus médicos, incluida la derivación
checklist-why-letters = Dicen lo que piensan sus médicos y por qué recomiendan lo que recomiendan.
checklist-title-medication_list = Una lista de sus medicamentos
checklist-why-medication_list = Los medicamentos pueden cambiar los resultados de las pruebas y qué tratamientos son seguros.
checklist-title-imaging_reports = Los informes de sus pruebas de imagen (radiografías, TAC, resonancias)
checklist-why-imaging_reports = El especialista compara lo que escribió el radiólogo con las imágenes.
checklist-title-imaging_studies = Las propias imágenes (en CD o descargadas), no solo los informes
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
## Window: ui/index.html, ui/js/main.js, forms.js, lists.js, savequeue.js, dates.js, format.js, measures.js, secret.js, screens/common.js, screens/home.js, screens/about.js

# La página que rodea cada pantalla (index.html, main.js)
main-app-name = Dosier para una segunda opinión
main-skip-link = Saltar al contenido
main-nav-label = Aplicación
main-nav-dossiers = Todos los dosieres
main-nav-privacy = Privacidad
main-nav-settings = Ajustes
main-nav-about = Acerca de
main-opening = Abriendo…
main-disclaimer = Esta aplicación ordena sus documentos y preguntas. No da consejo médico.
# $folder es la ruta de la carpeta de datos.
main-about = Versión { $version }. Sus documentos se guardan en este ordenador, en:
main-title-new = Nuevo dosier - Dosier para una segunda opinión
# $name es el nombre de la persona, $title el título del dosier, tal como se escribieron.
main-title-dossier = { $name }: { $title } - Dosier para una segunda opinión
main-title-settings = Ajustes - Dosier para una segunda opinión
main-leave-warning = Los campos marcados conservan lo que escribió hasta que lo corrija. Si sale ahora, lo que hay en ellos no se guarda.
main-leave-anyway = Salir sin guardar los campos marcados
main-error-title = Algo ha fallado
main-error-back = Volver a sus dosieres
main-drop-open-first = Abra primero un dosier y después suelte sus documentos sobre la ventana.
main-drop-adding = { $count ->
    [one] Añadiendo { $count } archivo…
   *[other] Añadiendo { $count } archivos…
}
main-drop-added = { $count ->
    [one] Se ha añadido { $count } documento.
   *[other] Se han añadido { $count } documentos.
}
main-drop-failed = { $count ->
    [one] No se ha podido añadir { $count } archivo
   *[other] No se han podido añadir { $count } archivos
}

# Campos, guardado mientras se escribe, errores (forms.js)
forms-day = Día
forms-month = Mes
forms-year = Año
forms-date-hint = Por ejemplo 14 3 2024. Si solo sabe el mes, deje el día vacío; si solo sabe el año, deje los dos vacíos.
# Etiqueta de la lista de unidades en que se escribe la altura o el peso.
forms-unit = Unidad
forms-not-known = No se sabe o no se ha elegido
forms-error = Error: { $message }
forms-saving = Guardando…
forms-saved = Guardado
forms-not-saved = Aún no se ha guardado: { $message }
forms-not-saved-fill-first = Aún no se ha guardado: rellene primero el campo marcado; hasta entonces no se guarda nada
forms-saved-partly = Guardado, salvo los campos marcados: conservan lo que escribió hasta que lo corrija
# Un problema en el resumen de errores: la etiqueta de la casilla y lo que está mal.
forms-field-error = { $label }: { $message }
forms-problem = Hay un problema
forms-delete-yes = Sí, eliminar
forms-delete-no = Conservar
forms-delete-confirm = ¿Eliminar para siempre?

# Las listas que se pueden editar (lists.js)
lists-save-and-close = Guardar y cerrar
lists-done = Hecho
lists-close-anyway = Cerrar sin los cambios marcados
lists-no-text = (sin texto)
lists-change = Cambiar
lists-open = Abrir
lists-move-up = Subir
lists-move-down = Bajar
lists-moved-up = Subido: ahora es el número { $number }
lists-moved-down = Bajado: ahora es el número { $number }
lists-delete = Eliminar
lists-deleted = Se ha eliminado

# Fechas escritas en casillas de día, mes y año (dates.js)
dates-year-digits = Escriba el año con 4 cifras, por ejemplo 14 3 2024, o 3 2024 si solo sabe el mes, o 2024
dates-month-with-day = Escriba también el mes, no solo el día, por ejemplo 14 3 2024, o 3 2024 si solo sabe el mes, o 2024
dates-month-range = El mes debe ser un número del 1 al 12, por ejemplo 14 3 2024, o 3 2024 si solo sabe el mes, o 2024
dates-day-range = El día debe ser un número del 1 al { $max } en ese mes, por ejemplo 14 3 2024, o 3 2024 si solo sabe el mes, o 2024

# Altura y peso (measures.js). Los errores van detrás de "Error: " o de la etiqueta de una casilla.
measures-centimetres = Centímetros
measures-feet-and-inches = Pies y pulgadas
measures-kilograms = Kilogramos
measures-pounds = Libras
measures-stones-and-pounds = Stones y libras
measures-box-cm = cm
measures-box-feet = Pies
measures-box-inches = Pulgadas
measures-box-kg = kg
measures-box-pounds = Libras
measures-box-stones = Stones
measures-number-only = escriba solo el número, por ejemplo { $example }
measures-whole-feet = escriba aquí los pies enteros y el resto en la casilla siguiente (por ejemplo { $big } y { $small })
measures-whole-stones = escriba aquí los stones enteros y el resto en la casilla siguiente (por ejemplo { $big } y { $small })
measures-inches-range = esta casilla va de 0 a { $highest }; { $most } pulgadas son un pie
measures-pounds-range = esta casilla va de 0 a { $highest }; { $most } libras son un stone
# $from y $to son medidas en palabras (measures-in-...).
measures-unlikely-height = no parece una altura posible; escriba una entre { $from } y { $to }
measures-unlikely-weight = no parece un peso posible; escriba uno entre { $from } y { $to }
measures-in-cm = { $cm } cm
measures-in-ft-in = { $feet } ft { $inches } in
measures-in-kg = { $kg } kg
measures-in-lb = { $pounds } lb
measures-in-st-lb = { $stones } st { $pounds } lb

# Campos de frase de contraseña (secret.js)
secret-show = Mostrar lo que escribo
secret-error = Error: { $message }

# Compartido por las pantallas (screens/common.js)
common-problem = Hay un problema
common-status-completed = Terminado
common-status-in-progress = En curso
common-status-not-started = Sin empezar
common-nav-label = Este dosier
common-nav-overview = Resumen
common-nav-export = Exportar el PDF
common-nav-request = Pedir sus documentos
common-nav-after = Después de la consulta
common-nav-parts = Partes de este dosier
common-pdf-language = Idioma del PDF
common-pdf-reader-doctor = El idioma del médico.
# $reader es una frase que dice de quién es el idioma (como common-pdf-reader-doctor).
common-pdf-language-hint = { $reader } Los títulos, las etiquetas y las fechas se escriben en ese idioma; lo que usted escribió queda tal como lo escribió.

# La página de inicio y la lista de dosieres (screens/home.js)
home-welcome-title = Prepárese para una segunda opinión
home-welcome-lead = Esta aplicación le ayuda a reunir lo que un médico necesita para darle una segunda opinión: lo que le dijeron, lo que le recomendaron, sus informes y sus preguntas. Al final obtiene un solo PDF para enviarlo por correo electrónico o imprimirlo.
home-welcome-need = Lo que necesitará
home-welcome-need-letters = cartas e informes de sus médicos (papeles que puede fotografiar, o archivos)
home-welcome-need-medicines = los nombres de sus medicamentos
home-welcome-need-questions = las preguntas que quiere hacer
home-welcome-time = Se tarda unos 20 minutos. Todo se guarda mientras escribe y se queda en este ordenador.
home-welcome-no-advice = La aplicación le ayuda a ordenar sus documentos y preguntas. No da consejo médico.
home-start-now = Empezar
home-open-file = Abrir un archivo de dosier
home-title = Sus dosieres
home-lead = Cada dosier es para una cuestión que necesita una segunda opinión. Elija uno para continuar.
home-start-new = Empezar un dosier nuevo
# Detrás del nombre de una persona; $date es una fecha en palabras (un día, un mes o un año).
home-born = nac. { $date }
home-reports = { $count ->
    [one] { $count } documento
   *[other] { $count } documentos
}
home-no-dossiers = No hay dosieres de esta persona.
home-delete-person = Eliminar a { $name } y sus dosieres
home-deleted = Se ha eliminado
home-privacy-title = Mantenga sus documentos en privado (opcional)
home-privacy-text = Si otras personas usan este ordenador, puede proteger sus documentos con una frase de contraseña. Sin ella, nadie puede leerlos. También puede hacerlo más tarde, en Privacidad.
home-privacy-set = Poner una frase de contraseña
home-not-now = Ahora no
# $name es el nombre de un archivo.
home-opened-title = ¿Añadir el dosier que hay en «{ $name }»?
home-opened-text = Puede que alguien le haya enviado este archivo, o que usted lo guardara como copia de seguridad. Al añadirlo se conserva todo lo que ya hay aquí.
home-opened-add = Añadirlo
home-exists-title = Esta persona ya está aquí
home-exists-attach = Añadir el dosier a esa persona
home-exists-as-new = Por separado: añadir como persona nueva

# Acerca de la aplicación (screens/about.js)
about-title = Acerca de Dosier para una segunda opinión
about-version = Versión { $version }.
about-licence = Software libre con licencia MIT. Guarda sus documentos en este ordenador y no envía nada a ninguna parte, salvo que usted lo exporte.
about-where = Dónde se guardan sus documentos
about-show-folder = Mostrar la carpeta
about-included = Qué incluye
about-fonts = El PDF usa las fuentes DejaVu Sans (licencia Bitstream Vera; los cambios de DejaVu son de dominio público).
about-questions = Las preguntas sugeridas están redactadas con palabras propias de esta aplicación a partir de listas de preguntas publicadas: «Questions Are the Answer» de la AHRQ (Gobierno de EE. UU., dominio público), Choosing Wisely y su resumen BRAN, Ask Me 3, el Instituto Nacional del Cáncer de EE. UU., y preguntas sobre dispositivos y medicamentos nuevos.
about-figures = Las cifras sobre segundas opiniones proceden del artículo «What is a second opinion?», que cita un estudio de la Clínica Mayo y revisiones del British Medical Journal.
## Window: ui/js/screens/privacy.js, ui/js/screens/archive.js, ui/js/screens/export.js, ui/js/screens/letters.js, ui/js/screens/portal.js

## Privacidad: la pantalla de bloqueo, el código de recuperación y la pantalla Privacidad

privacy-idle-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
privacy-idle-hours = { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
privacy-idle-never = Nunca
privacy-recovery-code-window-title = Su código de recuperación - Dosier para una segunda opinión
privacy-locked-window-title = Bloqueado - Dosier para una segunda opinión
privacy-passphrase = Frase de contraseña
privacy-type-your-passphrase = Escriba su frase de contraseña
privacy-unlocking = Desbloqueando…
privacy-unlock = Desbloquear
privacy-locked-heading = Sus documentos están bloqueados
privacy-locked-lead = Escriba su frase de contraseña para abrir sus dosieres.
privacy-recovery-code = Código de recuperación
privacy-recovery-code-hint = El código de 25 letras y números que anotó al poner la frase de contraseña. Da igual si escribe guiones o espacios.
privacy-new-passphrase = Nueva frase de contraseña
privacy-recovery-new-passphrase-hint = Al menos 10 caracteres. Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.
privacy-new-passphrase-again = Escriba otra vez la nueva frase de contraseña
privacy-passphrases-differ = Las dos frases de contraseña no son iguales
privacy-recovered = Sus documentos están abiertos y tienen una nueva frase de contraseña.
privacy-open-with-recovery-code = Abrir con el código de recuperación
privacy-forgot-passphrase = He olvidado mi frase de contraseña
privacy-interrupted-on = No se terminó de activar la protección: la aplicación se cerró o el ordenador se apagó. No se ha perdido nada y sus documentos están como antes: sin proteger. Vuelva a activar la protección en la pantalla Privacidad.
privacy-interrupted-off = No se terminó de desactivar la protección: la aplicación se cerró o el ordenador se apagó. No se ha perdido nada y sus documentos están como antes: todavía protegidos.
privacy-i-understand = Entendido
privacy-window-title = Privacidad - Dosier para una segunda opinión
privacy-suggested-passphrase-hint = Estas seis palabras se han elegido al azar para usted. Úselas, o escriba una frase propia de al menos 10 caracteres.
privacy-passphrase-again = Escriba otra vez la frase de contraseña
privacy-type-a-passphrase = Escriba una frase de contraseña
privacy-understood-error = Error: marque la casilla para indicar que lo entiende
privacy-protecting = Protegiendo sus documentos… Puede tardar un minuto si hay muchos archivos.
privacy-offer-heading = Proteja sus documentos con una frase de contraseña
privacy-offer-lead = Con una frase de contraseña, sus documentos se guardan cifrados en este ordenador. Quien use este ordenador, o lo encuentre si se pierde, no podrá leerlos sin la frase de contraseña.
privacy-offer-locks = La aplicación se bloquea sola cuando no la usa durante un rato, y vuelve a pedir la frase de contraseña.
privacy-offer-recovery-code = Recibirá un código de recuperación para anotarlo. Con él puede abrir sus documentos si olvida la frase de contraseña.
privacy-offer-nobody = Sin la frase de contraseña y sin el código de recuperación, nadie puede abrir sus documentos: ni usted, ni quienes han creado esta aplicación.
privacy-suggest-other-words = Proponer otras palabras
privacy-understood = Entiendo que sin la frase de contraseña y sin el código de recuperación no se pueden abrir mis documentos
privacy-protect-my-records = Proteger mis documentos
privacy-not-now = Ahora no
privacy-continue = Continuar
privacy-new-recovery-code-heading = Su nuevo código de recuperación
privacy-protected-heading = Sus documentos están protegidos
privacy-code-not-confirmed = No se confirmó que hubiera anotado su código de recuperación, así que aquí tiene uno nuevo. El anterior ya no sirve.
privacy-write-code-down = Anote ahora este código de recuperación y guárdelo en un lugar seguro, lejos de este ordenador. Solo se muestra esta vez.
privacy-if-you-forget = Si olvida su frase de contraseña, elija «He olvidado mi frase de contraseña» en la pantalla de bloqueo y escriba este código.
privacy-code-kept = He anotado el código de recuperación
privacy-print-it = Imprimir
privacy-saved = Guardado
privacy-passphrase-now = Su frase de contraseña actual
privacy-new-passphrase-hint = Al menos 10 caracteres.
privacy-changing = Cambiando la frase de contraseña… Tarda unos segundos.
privacy-changed = Su frase de contraseña ha cambiado. El código de recuperación sigue siendo el mismo.
privacy-your-passphrase = Su frase de contraseña
privacy-off-sure-error = Error: marque la casilla para indicar que quiere guardar sus documentos sin cifrar
privacy-turning-off = Desactivando la protección… Puede tardar un rato si hay muchos archivos. No cierre la ventana.
privacy-turned-off = La protección está desactivada.
privacy-heading = Privacidad y frase de contraseña
privacy-protected-lead = Sus documentos están protegidos con una frase de contraseña. Se guardan cifrados en este ordenador.
privacy-lock-now = Bloquear ahora
privacy-lock-by-itself = Bloqueo automático
privacy-lock-after = Bloquear tras este tiempo sin uso
privacy-change-heading = Cambiar la frase de contraseña
privacy-change-button = Cambiar la frase de contraseña
privacy-turn-off-heading = Desactivar la protección
privacy-turn-off-warning = Sus documentos volverán a guardarse sin cifrar: cualquiera que use este ordenador podría leerlos.
privacy-off-sure = Sí, quiero guardar mis documentos sin cifrar en este ordenador
privacy-turn-off-button = Desactivar la protección

## Archivos de dosier (.dossier): guardar uno, abrir uno protegido

archive-passphrase-label = Frase de contraseña del archivo
archive-passphrase-hint = Quien abra el archivo tendrá que escribirla. Comuníquele la frase de contraseña por otra vía distinta del archivo: en una llamada o en un mensaje de texto, no en el correo electrónico que lleva el archivo.
archive-passphrase-again = Escriba otra vez la frase de contraseña
archive-backup-passphrase-hint = Elija una frase de contraseña que vaya a recordar, por ejemplo la que usa para esta aplicación, y anótela lejos del archivo. Sin ella, nadie puede abrir la copia de seguridad.
archive-plain-warning = Sus documentos están protegidos en este ordenador, pero este archivo no lo estaría: cualquiera que lo tenga podría leerlo.
archive-type-passphrase-or-untick = Escriba una frase de contraseña, o desmarque «Proteger el archivo con una frase de contraseña»
archive-passphrases-differ = Las dos frases de contraseña no son iguales
archive-saved = Guardado en { $path }
archive-saved-backup = Guardado en { $path }. Solo se abre con la frase de contraseña que ha elegido.
archive-saved-protected = Guardado en { $path }. Solo se abre con la frase de contraseña: { $passphrase }
archive-for-whom = ¿Para quién es el archivo?
archive-for-someone-else = Para otra persona: se lo enviaré o se lo daré
archive-for-me = Para mí: una copia de seguridad
archive-protect = Proteger el archivo con una frase de contraseña
archive-protect-hint = (nadie puede abrirlo sin la frase de contraseña)
archive-save-button = Guardar un archivo de dosier
archive-import-passphrase = Frase de contraseña
archive-import-passphrase-hint = La tiene la persona que le envió el archivo.
archive-type-the-passphrase = Escriba la frase de contraseña
archive-file-protected = Este archivo de dosier está protegido
archive-file-protected-lead = Escriba su frase de contraseña para abrirlo.
archive-open-file = Abrir el archivo
archive-cancel = Cancelar

## Exportar el dosier en PDF

export-part-summary = Resumen (diagnóstico, tratamiento, lo que usted quiere)
export-part-questions = Sus preguntas, con espacio para las respuestas
export-part-background = Antecedentes de salud y vida diaria
export-part-medications = Medicamentos y alergias
export-part-results = Resultados de pruebas a lo largo del tiempo
export-part-clinicians = Médicos y equipo de atención
export-part-timeline = Cronología
export-part-index = Índice de documentos
export-part-documents = Los propios documentos
export-paper-size = Tamaño del papel
export-paper-a4 = A4
export-paper-letter = Carta (EE. UU.)
export-email-size = Reducir para el correo
export-email-size-hint = (fotos y escaneos a 150 ppp: se siguen viendo bien en papel)
export-language-reader = El idioma del médico; al principio es el que se indicó en «Sobre usted y la cita».
export-progress = Progreso de la exportación
export-cancel = Cancelar
export-building = Creando el PDF…
export-cancelled = Se canceló la exportación. No se ha guardado ningún archivo.
export-heading = Exportar el PDF para el médico
export-lead = Elija qué se incluye. Después, la aplicación le pregunta dónde guardar el PDF.
export-parts = Partes
export-reports = Documentos
export-no-reports = Todavía no hay documentos. Puede exportar el resto igualmente.
export-button = Exportar el PDF
export-password = Contraseña del PDF
export-password-hint = Al menos 10 caracteres: unas cuantas palabras son fáciles de escribir. El médico la escribe para abrir el PDF. Comuníquele la contraseña por otra vía distinta del PDF: en una llamada o en un mensaje de texto, no en el correo electrónico que lleva el PDF. La aplicación no la guarda, así que anótela si la necesita.
export-show-password = Mostrar la contraseña
export-error = Error: { $message }
export-protect = Proteger el PDF con una contraseña
export-protect-hint = (solo se abre tras escribir la contraseña)
export-password-missing = Escriba una contraseña, o desmarque «Proteger el PDF con una contraseña»
export-ready = Su PDF está listo
# $size is the size in megabytes, already written with the language's decimal separator.
export-summary = { $pages ->
    [one] { $pages } página
   *[other] { $pages } páginas
}, { $size } MB, guardado en { $path }
export-password-reminder = El PDF solo se abre con su contraseña. Comunique la contraseña al médico en una llamada o en un mensaje de texto, no en el correo electrónico que lleva el PDF.
export-over-email-limit = Con { $size } MB es más grande de lo que aceptan muchos servicios de correo (a menudo 20 MB). Vuelva a intentarlo con «Reducir para el correo», o imprímalo.
export-missing-characters = Algunas letras no se pudieron imprimir y aparecen como «?»: { $characters }
export-not-enclosed = No se muestran como páginas
export-not-enclosed-lead = Figuran en el PDF con el motivo, y sus archivos van adjuntos dentro de él:
# Follows a report's title, in bold.
export-not-enclosed-reason = : { $reason }
export-open = Abrir (para leer o imprimir)
export-show-in-folder = Mostrar en la carpeta
export-email = Correo
export-email-hint = «Correo» abre su programa de correo con { $email }, un asunto y un mensaje breve. De esta forma no se le puede pasar un archivo al programa de correo, así que también se abre la carpeta del PDF: arrastre el PDF al correo para adjuntarlo.
export-email-hint-no-address = «Correo» abre su programa de correo con la dirección del médico (añádala en «Sobre usted y la cita»), un asunto y un mensaje breve. De esta forma no se le puede pasar un archivo al programa de correo, así que también se abre la carpeta del PDF: arrastre el PDF al correo para adjuntarlo.

## Cartas: pedir los informes, y después de la visita

letters-to = ¿A quién va dirigida la carta?
letters-to-hint = Por ejemplo: Servicio de Documentación Clínica, Hospital del Valle, o Dra. López
letters-records = ¿Qué documentos necesita?
letters-records-hint = Uno por línea. Por ejemplo: informe de la resonancia de la rodilla; las imágenes de la resonancia en CD; mis análisis de sangre
letters-from = Desde (opcional)
letters-until = Hasta (opcional)
letters-send-to = ¿Adónde deben enviarlos?
letters-send-to-hint = Su correo electrónico o su dirección postal
letters-request-language-reader = El idioma del servicio de documentación o del médico al que escribe.
letters-write = Redactar la carta
letters-request-saved = Guardada en { $path } (y el mismo texto en un archivo .txt para pegarlo en un correo electrónico).
letters-open = Abrir la carta
# A box's label, then what is wrong with what was typed in it.
letters-field-error = { $label }: { $error }
letters-request-heading = Pedir sus documentos
letters-request-lead = En la mayoría de los países tiene derecho a recibir copias de su historia clínica. Aquí se redacta una carta breve y cortés que dice que va a pedir una segunda opinión, algo a lo que los médicos están acostumbrados.
letters-request-template-note = El texto es una plantilla, no asesoramiento jurídico. Algunos hospitales tienen su propio formulario o cobran una tasa.
letters-mark-same = Coinciden
letters-mark-different = Difieren
letters-mark-not-sure = No lo tengo claro
letters-comparison-caption = Primera y segunda opinión, una al lado de la otra
letters-topic = Tema
letters-first-opinion = Primera opinión
letters-second-opinion = Segunda opinión
letters-your-mark = Su valoración
letters-not-written = No anotado
letters-not-marked = Sin valorar
letters-mark-question = { $topic }: ¿cómo ve usted las dos opiniones?
letters-given-by = ¿Quién dio la segunda opinión?
letters-given-on = Cuándo
letters-diagnosis = El diagnóstico que dio
letters-diagnosis-code = El código de diagnóstico, si lo anotó (opcional)
letters-diagnosis-code-hint = Por ejemplo, un código CIE-10 como M17.11
letters-treatment = Qué recomienda
letters-key-points = Puntos clave que señaló
letters-follow-ups = Qué pasa ahora (seguimiento)
letters-comparison-language-reader = El idioma de quien lo vaya a leer.
letters-after-heading = Después de la consulta
letters-after-lead = Anote lo que le dijeron en la segunda opinión mientras lo recuerda.
# $link is the link to the questions (letters-after-questions-link).
letters-after-answers = Las respuestas a sus preguntas se anotan con cada pregunta, en «{ $link }».
letters-after-questions-link = Sus preguntas
letters-marks-heading = Sus valoraciones
letters-marks-hint = Solo usted y sus médicos pueden decir si las dos opiniones coinciden: la aplicación no lo juzga. Valore cada tema según lo vea usted, y pregunte a su médico qué significa una diferencia para usted.
letters-save-comparison = Guardar la comparación en PDF
letters-comparison-saved = Guardada en { $path }

## Añadir datos desde un archivo del portal del paciente

portal-group-diagnoses = Enfermedades (se añaden a sus antecedentes de salud; puede elegir una como el diagnóstico sobre el que pide esta opinión)
portal-since = desde { $date }
portal-group-medications = Medicamentos
portal-from-date = desde { $date }
portal-stopped = hasta { $date }
portal-group-allergies = Alergias
portal-group-events = Operaciones, procedimientos y visitas (para la cronología)
portal-group-clinicians = Médicos y equipo de atención
portal-group-results = Resultados de pruebas
portal-range = rango { $range }
portal-group-family-history = Antecedentes familiares (se añaden a sus antecedentes de salud)
portal-from-age = desde los { $age } años
portal-group-devices = Dispositivos y equipos médicos (se añaden a «Implantes o dispositivos» en sus antecedentes de salud)
portal-dated = con fecha { $date }
portal-device-status = estado en el informe: { $status }
portal-listed-twice = Aparece más de una vez en el archivo
portal-already-in-dossier = Ya está en su dosier
# $hidden items are not drawn one by one; $fresh of them are not in the dossier yet.
portal-rest-add = y { $hidden } más que no se muestran aquí: { $fresh ->
    [one] añadir el que es nuevo
   *[other] añadir los { $fresh } que son nuevos
}
portal-rest-none = y { $hidden } más que no se muestran aquí: todos están ya en su dosier
# $title is the section's heading (portal-group-...).
portal-group-count-new = { $title }: { $count ->
    [one] { $count } elemento
   *[other] { $count } elementos
}, { $fresh ->
    [one] { $fresh } nuevo
   *[other] { $fresh } nuevos
}
portal-group-count = { $title }: { $count ->
    [one] { $count } elemento
   *[other] { $count } elementos
}
portal-preview-heading = Qué contiene { $files }
portal-preview-lead = Desmarque lo que no quiera en su dosier. Lo que su dosier ya tiene aparece desmarcado. El archivo en sí se guarda con sus documentos.
portal-mismatch-heading = Puede que este archivo sea de otra persona
portal-mismatch-lead = No hay nada marcado. Añádalo solo si tiene la certeza de que son los datos de la persona correcta.
portal-same-person = Tengo la certeza de que este archivo es de la persona de este dosier
portal-nothing-to-add = No hay nada en este archivo que se pueda añadir a las secciones del dosier.
portal-undated = Añadidos sin su fecha: { $count ->
    [one] { $count } elemento
   *[other] { $count } elementos
} (abra para ver por qué)
portal-skipped-line = { $item }: { $reason }
portal-skipped-more = y { $count } más
portal-not-added = No añadido: { $count ->
    [one] { $count } línea
   *[other] { $count } líneas
} (abra para ver por qué)
portal-add = Añadir lo marcado
portal-mismatch-error = Este archivo nombra a otra persona: marque antes «Tengo la certeza de que este archivo es de la persona de este dosier», o pulse Cancelar
portal-added = { $count ->
    [one] Se ha añadido { $count } elemento
   *[other] Se han añadido { $count } elementos
}
portal-added-from-file-kept = { $count ->
    [one] Se ha añadido { $count } elemento del archivo, y el archivo se ha guardado con sus documentos.
   *[other] Se han añadido { $count } elementos del archivo, y el archivo se ha guardado con sus documentos.
}
portal-added-from-file = { $count ->
    [one] Se ha añadido { $count } elemento del archivo.
   *[other] Se han añadido { $count } elementos del archivo.
}
portal-close = Cerrar
portal-cancel = Cancelar
## Window: ui/js/schema.js, ui/js/screens/sections.js, ui/js/screens/walk.js

# ui/js/schema.js: las secciones de un dosier, sus partes y los pasos guiados

schema-from-file = Importado de { $file }
schema-field-notes = Notas
schema-field-condition-role = Esta enfermedad es
schema-field-how-sure = ¿Está confirmado?
schema-field-where-hospital = Dónde (hospital o clínica)
schema-field-when = Cuándo
schema-field-date = Fecha
schema-field-phone = Teléfono
schema-field-email = Correo electrónico
schema-none-listed = No hay nada anotado.
schema-not-known = No se sabe
schema-not-answered = Sin responder
schema-diagnoses-title = Diagnóstico
schema-diagnoses-heading = ¿Qué le dijeron?
schema-diagnoses-lead = Escriba el diagnóstico tal como lo escribió el médico en sus cartas o informes, y también con sus propias palabras si le ayuda.
schema-diagnoses-add = Añadir un diagnóstico
schema-diagnoses-empty = Todavía no hay ningún diagnóstico. Añada el que le dieron, aunque no sea seguro.
schema-diagnoses-required = Escriba el diagnóstico, aunque sea con sus propias palabras
schema-diagnoses-name = Diagnóstico
schema-diagnoses-name-hint = Por ejemplo: artrosis de la rodilla derecha
schema-diagnoses-code = Código, si aparece en sus papeles (opcional)
schema-diagnoses-code-hint = Por ejemplo, un código CIE-10 como M17.11
schema-diagnoses-by = Qué médico lo diagnosticó
schema-other-conditions-title = Otras enfermedades
schema-other-conditions-heading = Otros problemas de salud
schema-other-conditions-lead = Enfermedades que tiene además de la que motiva esta segunda opinión, como diabetes, hipertensión o asma. Pueden cambiar qué tratamiento es seguro.
schema-other-conditions-add = Añadir una enfermedad
schema-other-conditions-empty = No hay otras enfermedades anotadas.
schema-other-conditions-required = Escriba la enfermedad, aunque sea con sus propias palabras
schema-other-conditions-name = Enfermedad
schema-other-conditions-name-hint = Por ejemplo: diabetes tipo 2
schema-other-conditions-since = Desde cuándo
schema-other-conditions-notes = Notas, por ejemplo cómo se trata
schema-since = Desde { $date }
schema-results-title = Resultados de pruebas
schema-results-heading = Resultados de pruebas
schema-results-lead = Resultados traídos de un archivo de un portal de pacientes, tal como los da el archivo. El PDF los ordena por prueba, del más antiguo al más reciente.
schema-results-add = Añadir un resultado
schema-results-empty = Todavía no hay resultados de pruebas.
schema-results-required = Escriba el nombre de la prueba
schema-results-test = Prueba
schema-results-value = Valor
schema-results-unit = Unidad
schema-results-range = Rango normal que da el laboratorio
schema-results-flag = Lo que señaló el laboratorio (por ejemplo: Alto)
schema-operations-title = Operaciones
schema-operations-heading = Operaciones e ingresos en el hospital
schema-operations-lead = Cualquier operación que le hayan hecho y cualquier ingreso en el hospital, aunque sea de hace mucho tiempo.
schema-operations-add = Añadir operación o ingreso
schema-operations-required = Escriba qué se hizo, o por qué estuvo en el hospital
schema-operations-name = Qué se hizo, o por qué estuvo en el hospital
schema-operations-name-hint = Por ejemplo: artroscopia de la rodilla derecha
schema-family-title = Antecedentes familiares
schema-family-heading = Enfermedades en su familia
schema-family-lead = Enfermedades de sus padres, hermanos o hijos que puedan importar, como enfermedades del corazón, cáncer o la misma enfermedad que tiene usted.
schema-family-add = Añadir enfermedad de un familiar
schema-family-required = Escriba la enfermedad
schema-family-relative = Quién
schema-family-relative-hint = Por ejemplo: mi madre
schema-family-condition = Enfermedad
schema-family-age = Edad que tenía cuando empezó (opcional)
schema-from-age = Desde los { $age } años
schema-treatments-title = Tratamiento
schema-treatments-heading = ¿Qué le recomendaron?
schema-treatments-lead = Anote cada tratamiento que le propusieron, con lo que sepa de sus beneficios, riesgos y costes. Puede dejar partes en blanco.
schema-treatments-add = Añadir un tratamiento
schema-treatments-empty = Todavía no hay ningún tratamiento. Añada lo que le propuso su médico.
schema-treatments-required = Escriba el nombre del tratamiento
schema-treatments-name = Tratamiento
schema-treatments-name-hint = Por ejemplo: prótesis total de rodilla
schema-treatments-recommended-by = Recomendado por
schema-treatments-status = ¿En qué punto está?
schema-treatments-benefits = Qué debería conseguir en su caso
schema-treatments-risks = Riesgos y efectos secundarios que le explicaron
schema-treatments-costs = Costes (dinero, días sin trabajar, viajes)
schema-treatments-alternatives = Otras opciones mencionadas
schema-medications-title = Medicamentos
schema-medications-heading = Medicamentos
schema-medications-lead = Todos los medicamentos que toma ahora, y los que tomó por este problema, también los que se compran sin receta en la farmacia.
schema-medications-add = Añadir un medicamento
schema-medications-empty = Todavía no hay medicamentos.
schema-medications-required = Escriba el nombre del medicamento
schema-medications-name = Medicamento
schema-medications-dose = Dosis
schema-medications-dose-hint = Por ejemplo: 400 mg
schema-medications-frequency = Cada cuánto
schema-medications-started = Inicio
schema-medications-stopped = Fin
schema-medications-reason = Para qué es
schema-stopped-on = Suspendido: { $date }
schema-allergies-title = Alergias
schema-allergies-heading = Alergias
schema-allergies-lead = Medicamentos u otras cosas que le causaron una reacción.
schema-allergies-add = Añadir una alergia
schema-allergies-empty = No hay alergias anotadas.
schema-allergies-required = Escriba a qué tiene alergia
schema-allergies-substance = Alergia a
schema-allergies-reaction = Qué pasó
schema-allergies-severity = Gravedad
schema-clinicians-title = Equipo de atención
schema-clinicians-heading = Médicos y equipo de atención
schema-clinicians-lead = Los médicos y otros profesionales que le atienden, para que el médico de la segunda opinión pueda contactar con ellos.
schema-clinicians-add = Añadir una persona
schema-clinicians-empty = Todavía no hay nadie.
schema-clinicians-required = Escriba el nombre de la persona
schema-clinicians-name = Nombre
schema-clinicians-role = Función
schema-clinicians-role-hint = Por ejemplo: cirujano que le trata, médico de familia
schema-clinicians-specialty = Especialidad
schema-clinicians-institution = Hospital o consulta
schema-events-title = Cronología
schema-events-lead = Hechos que conviene saber, como una caída, una prueba de imagen o un ingreso en el hospital. Aquí aparecen también los diagnósticos, medicamentos y documentos con fecha.
schema-events-add = Añadir un hecho
schema-events-empty = Todavía no hay hechos.
schema-events-required = Escriba qué pasó
schema-events-what = Qué pasó
schema-events-details = Detalles
schema-documents-title = Documentos
schema-documents-heading = Sus documentos
schema-documents-lead = Añada cartas, informes de pruebas de imagen, resultados de análisis y fotos de papeles. La aplicación guarda su propia copia, así que puede mover o borrar los originales.
schema-documents-add = Añadir documentos
schema-documents-empty = Todavía no hay documentos. Añádalos con el botón o arrastre archivos a esta ventana.
schema-documents-required = Escriba un título para el documento
schema-documents-field-title = Título
schema-documents-kind = Tipo de documento
schema-documents-date = Fecha del documento
schema-documents-source = De (hospital, laboratorio o médico)
schema-documents-include = Incluirlo en el PDF para el médico
schema-documents-kind-not-set = Tipo sin indicar
schema-documents-dated = Fecha: { $date }
schema-documents-date-not-given = Sin fecha
schema-questions-title = Preguntas
schema-questions-heading = Sus preguntas
schema-questions-lead = Escriba las preguntas que quiere que le respondan. Ponga primero las más importantes: puede que el médico no tenga tiempo para todas.
schema-questions-add = Añadir una pregunta
schema-questions-empty = Todavía no hay preguntas. ¿Qué es lo que más quiere saber?
schema-questions-required = Escriba la pregunta
schema-questions-question = Pregunta
schema-questions-category = Trata sobre
schema-questions-answer = Respuesta (después de la consulta)
schema-questions-from = Fuente: { $source }
schema-part-why = Por qué una segunda opinión
schema-part-about = Sobre usted y la cita
schema-part-diagnoses = Diagnóstico
schema-part-treatments = Tratamiento recomendado
schema-part-documents = Sus documentos
schema-part-questions = Sus preguntas
schema-part-medications = Medicamentos y alergias
schema-part-background = Antecedentes de salud
schema-part-daily-life = Vida diaria
schema-part-clinicians = Médicos y equipo de atención
schema-part-events = Cronología
schema-reason-hint-clarify-diagnosis = El diagnóstico no está claro o es complicado. El médico revisará sus informes y le explicará lo que muestran.
schema-reason-hint-choose-treatment = Le han propuesto tratamientos y necesita ayuda para sopesar beneficios, riesgos y costes.
schema-reason-hint-confirm-plan = El plan es largo, costoso o difícil de deshacer, y quiere que lo revisen antes.
schema-reason-hint-rare-or-serious = La enfermedad es rara, o le dijeron que se puede hacer poco. Un experto puede conocer más opciones.
schema-reason-hint-doctor-suggested = Su propio médico pidió la opinión de otro experto.
schema-step-why = ¿Por qué una segunda opinión?
schema-step-who = ¿Para quién es?
schema-step-told = ¿Qué le dijeron?
schema-step-recommended = ¿Qué le recomendaron?
schema-step-medicines = Medicamentos y alergias
schema-step-background = Sus antecedentes de salud
schema-step-daily = Vida diaria
schema-step-records = Sus documentos
schema-step-questions = Sus preguntas
schema-step-doctor = ¿Quién da la segunda opinión?
schema-step-review = Revisar y exportar
schema-background-height = Estatura
schema-background-weight = Peso
schema-background-smoking = ¿Fuma?
schema-background-smoking-details = Cuánto, desde hace cuánto, o cuándo lo dejó (opcional)
schema-background-implants = Implantes o dispositivos en su cuerpo
schema-background-implants-hint = Por ejemplo, un marcapasos, una placa o una articulación de metal, un stent, un DIU. Importan para las resonancias magnéticas y para algunos tratamientos.
schema-background-alcohol = Alcohol: cuánto en una semana normal (opcional)
schema-background-occupation = Su trabajo, o a qué se dedicaba antes (opcional)
schema-background-pregnant = ¿Está embarazada?
schema-background-notes = Cualquier otra cosa sobre su salud (opcional)
schema-pain-none = 0: sin dolor
schema-pain-worst = 10: el peor dolor que pueda imaginar
schema-pain-score = { $score } de 10
schema-daily-symptoms = ¿Cuáles son sus síntomas principales?
schema-daily-symptoms-hint = Con sus propias palabras, por ejemplo: dolor en la rodilla izquierda, peor al subir escaleras.
schema-daily-since = ¿Desde cuándo?
schema-daily-pain = Si tiene dolor: ¿cuánto le duele la mayoría de los días?
schema-daily-pain-none = Sin respuesta, o sin dolor que valorar
schema-daily-limits = ¿Qué le impide hacer?
schema-daily-limits-hint = Por ejemplo: no puedo subir escaleras, pasear al perro ni dormir toda la noche.
schema-daily-tried = ¿Qué ha probado y qué tal le fue?
schema-daily-tried-hint = Tratamientos, ejercicios, medicamentos, cambios en casa.
schema-daily-matters-most = ¿Qué es lo que más le importa?
schema-daily-matters-most-hint = Por ejemplo: seguir trabajando, cuidar de mis nietos, evitar una operación.

# ui/js/screens/walk.js: los pasos guiados y la revisión de las respuestas

walk-person-full-name = Nombre completo
walk-person-full-name-required = Escriba el nombre completo de la persona para la que es la segunda opinión
walk-person-date-of-birth = Fecha de nacimiento
walk-person-sex = Sexo (opcional)
walk-person-phone = Teléfono
walk-person-email = Correo electrónico
walk-person-address = Dirección
walk-person-language = Idioma preferido
walk-person-language-hint = El idioma en el que el médico debe hablarle
walk-consultant-name = Nombre del médico que da la segunda opinión
walk-consultant-specialty = Especialidad
walk-consultant-specialty-hint = Por ejemplo: traumatología
walk-consultant-institution = Hospital o clínica
walk-consultant-email = Correo electrónico del médico
walk-consultant-email-hint = Sirve para preparar un correo con el PDF
walk-consultant-appointment = Fecha de la cita
walk-consultant-mode = ¿Cómo será la consulta?
walk-consultant-language = Idioma en el que lee el médico
walk-consultant-language-none = Sin elegir (el idioma de la aplicación)
walk-consultant-language-hint = El PDF para el médico se escribe en ese idioma. Al exportar puede elegir otro idioma.
walk-figure-disagreed = Dos expertos que estudiaron el mismo caso no estuvieron de acuerdo en más del 25 % de los casos.
walk-figure-disagreed-source = Fuente: informes citados en el artículo «What is a second opinion?».
walk-figure-bmj = Una revisión publicada en el British Medical Journal encontró diferencias en el diagnóstico en casi el 58 % de los casos.
walk-figure-bmj-source = Fuente: la revisión del British Medical Journal, tal como la cita ese artículo.
walk-figure-mayo = Casi el 88 % de las personas que acudieron a la Clínica Mayo para pedir una segunda opinión salieron con un diagnóstico o un plan de tratamiento distinto.
walk-figure-mayo-source = Fuente: un estudio de la Clínica Mayo, tal como lo cita ese artículo.
# La lista de los pasos guiados: su nombre para los lectores de pantalla, y cada paso como «3. ¿Qué le dijeron?».
walk-steps = Pasos
walk-step-label = { $number }. { $title }
walk-continue = Continuar
walk-back = Volver
walk-why-title = En pocas palabras, ¿sobre qué es la segunda opinión?
walk-why-title-hint = Por ejemplo: prótesis de rodilla, ¿ahora o más adelante?
walk-why-title-required = Escriba unas palabras sobre para qué es la segunda opinión
walk-why-goal = ¿Qué es lo que más espera de esta segunda opinión?
walk-why-goal-hint = Por ejemplo: saber si la operación puede esperar, o conocer otros tratamientos
walk-why-heading = ¿Por qué una segunda opinión?
walk-why-figures-intro = Pedir una segunda opinión es habitual, y los médicos cuentan con ello. Algunas cifras:
walk-why-figures-note = Son las cifras del artículo, no un consejo médico.
walk-why-reasons = ¿Por qué la quiere? Marque todo lo que corresponda.
walk-why-situations = ¿Se trata de alguno de estos casos? (opcional)
walk-who-legend = ¿Para quién es la segunda opinión?
walk-who-someone-new = Otra persona
walk-who-me = Para mí, o para la persona que cuido
walk-who-relative-hint = Si ayuda a un familiar, escriba los datos de esa persona, no los suyos.
walk-who-required = Elija para quién es la segunda opinión
walk-who-heading = ¿Para quién es?
walk-review-pain = Dolor { $score } de 10
# La enfermedad de un familiar, como «mi madre: cáncer de mama», con la edad a la que empezó.
walk-review-family-from-age = { $illness } (desde los { $age } años)
walk-review-other-conditions = Otras enfermedades
walk-review-none = No hay
walk-review-operations = Operaciones e ingresos en el hospital
walk-review-family = Enfermedades en la familia
walk-review-none-known = Ninguna conocida
walk-review-height-weight-smoking = Estatura, peso y tabaco
walk-review-implants = Implantes o dispositivos
walk-review-daily-life = Vida diaria
walk-review-not-given = Sin indicar
# El enlace de cada respuesta: se ve «Cambiar»; los lectores de pantalla oyen el mensaje entero, con el nombre de la respuesta.
walk-review-change = Cambiar
walk-review-change-named = Cambiar { $what }
walk-review-heading = Revise sus respuestas
walk-review-missing = Todavía falta
walk-review-about = De qué se trata
walk-review-reasons = Motivos
walk-review-situation = Situación
walk-review-goal = Lo que espera de ella
walk-review-patient = Paciente
walk-review-patient-born = { $name }, fecha de nacimiento: { $date }
walk-review-diagnosis = Diagnóstico
walk-review-treatment = Tratamiento recomendado
walk-review-medicines = Medicamentos
walk-review-allergies = Alergias
walk-review-reports = Documentos
walk-review-report-count = { $count ->
    [one] { $count } documento
   *[other] { $count } documentos
}
walk-review-questions = Preguntas
walk-review-question-count = { $count ->
    [one] { $count } pregunta
   *[other] { $count } preguntas
}
walk-review-doctor = Médico de la segunda opinión
walk-review-go-to-export = Ir a exportar

# ui/js/screens/sections.js: el resumen de un dosier y sus partes

sections-overview-lead = Para { $name }. { $reports ->
    [one] { $reports } documento
   *[other] { $reports } documentos
}, { $questions ->
    [one] { $questions } pregunta
   *[other] { $questions } preguntas
}.
sections-overview-continue = Seguir con los pasos guiados
sections-overview-export = Exportar el PDF
sections-overview-parts = Partes de su dosier
sections-overview-missing = Todavía falta
sections-overview-nothing-missing = No falta nada importante.
sections-overview-copy-heading = Guardar una copia o mover este dosier
sections-overview-copy-text = Un archivo de dosier lo contiene todo, también los documentos. Úselo como copia de seguridad, o para dar el dosier a alguien que le ayude.
sections-overview-delete = Borrar este dosier
sections-request-second-opinion = La segunda opinión
sections-request-decide-by = ¿Para cuándo tiene que decidir? (opcional)
sections-request-doctor-heading = ¿Quién da la segunda opinión?
sections-request-doctor-lead = Si ya lo sabe, escriba quién le atenderá. Puede añadirlo más tarde.
sections-request-notes = Cualquier otra cosa que el médico deba saber
sections-request-about-heading = Sobre usted y la cita
sections-request-patient = Paciente
# Tras una casilla de «ninguno» que no se puede marcar, entre paréntesis.
sections-none-unavailable = (no disponible mientras la lista tenga entradas)
sections-records-added = { $count ->
    [one] Se añadió { $count } documento.
   *[other] Se añadieron { $count } documentos.
}
sections-records-failed = { $count ->
    [one] No se pudo añadir { $count } archivo
   *[other] No se pudieron añadir { $count } archivos
}
sections-records-add = Añadir documentos
sections-records-choose = Elija los archivos en la ventana que se abre…
sections-records-adding = Añadiendo archivos
sections-records-stop = Detener
sections-records-adding-file = Añadiendo el archivo { $number } de { $total }…
sections-records-portal = Añadir de un portal de pacientes
sections-records-drop-hint = También puede arrastrar archivos desde una carpeta a esta ventana. Un historial descargado de un portal de pacientes (un archivo XML, JSON o zip en formato C-CDA o FHIR, como los de MyChart) añade sus enfermedades, medicamentos, alergias y resultados de pruebas a este dosier una vez que usted los haya revisado.
sections-open-not-opened = No se abrió «{ $title }»
# $what: lo que contiene de verdad el archivo, tal como lo describe la aplicación.
sections-open-not-viewable = Su contenido es { $what }, no un documento ni una foto, así que la aplicación no lo abre: un archivo así podría poner en marcha un programa. Si confía en quien se lo envió, puede verlo en su carpeta.
sections-open-show-in-folder = Mostrar en la carpeta
sections-bmi = Índice de masa corporal (IMC) según estos datos: { $value }
sections-none-implants = No tengo implantes ni dispositivos
sections-background-more = Más sobre su salud (opcional): alcohol, trabajo, embarazo, otras cosas
sections-background-heading = Sus antecedentes de salud
sections-background-lead = Qué más sobre su salud podría cambiar el consejo del médico. Todas las preguntas son opcionales: responda lo que sepa.
sections-none-other-conditions = No tengo otras enfermedades
sections-none-operations = No he tenido operaciones ni ingresos en el hospital
sections-none-family = No conozco ninguna enfermedad en mi familia que importe aquí
sections-daily-heading = Vida diaria
sections-daily-lead = Cómo afecta el problema a su día a día, con sus propias palabras. El médico lee esto primero. Todas las preguntas son opcionales.
sections-medications-heading = Medicamentos y alergias
sections-medications-medicines = Medicamentos
sections-none-medicines = No tomo ningún medicamento
sections-medications-allergies = Alergias
sections-none-allergies = No tengo alergias conocidas
sections-timeline-heading = Cronología
sections-timeline-caption = Todo lo que tiene fecha, de lo más antiguo a lo más reciente
sections-timeline-when = Cuándo
sections-timeline-what = Qué
sections-timeline-details = Detalles
sections-timeline-added = Hechos que usted añadió
sections-no-such-part = No hay ninguna parte llamada { $key }.
sections-back-to-review = Volver a revisar sus respuestas
sections-checklist-have-it = Lo tengo
sections-checklist-missing = Falta
sections-checklist-not-applicable = No corresponde
sections-checklist-does-not-apply = No corresponde
# El botón se ve como «Deshacer»; los lectores de pantalla oyen el mensaje entero, con el nombre del documento.
sections-checklist-undo = Deshacer
sections-checklist-undo-named = Deshacer la marca de { $title }
sections-checklist-heading = Qué llevar
# { $link } es el enlace a la lista de informes; sus palabras son el mensaje siguiente.
sections-checklist-lead = Lo que un especialista suele querer ver en un dosier como este. Añada lo que tenga en «{ $link }» e indique el tipo de cada documento para que se cuente.
sections-checklist-records-link = Sus documentos
sections-suggestions-other = Otras preguntas
sections-suggestions-heading = Preguntas sugeridas ({ $count })
sections-suggestions-hint = Elegidas según sus motivos y su diagnóstico, a partir de listas de preguntas publicadas. Añada las que le importen; después puede cambiar las palabras.
sections-suggestions-from = Fuente: { $source }
sections-suggestions-added = Pregunta añadida a su lista
sections-suggestions-add = Añadir esta pregunta

## Window: screens/settings.js
settings-title = Ajustes
settings-language-legend = Idioma de la aplicación
settings-language-hint = Las palabras de las pantallas. El idioma de un PDF para un médico se elige cada vez que lo crea.
settings-language-system = El mismo que este ordenador

## What the doctor would miss (the window's overview)
gap-why = Por qué quiere una segunda opinión
gap-date-of-birth = Su fecha de nacimiento
gap-diagnosis = El diagnóstico que le dieron
gap-treatment = El tratamiento que le recomendaron
gap-reports = Sus documentos (informes, cartas, pruebas de imagen, análisis)
gap-questions = Sus preguntas para el médico
gap-medicines = Sus medicamentos (o que no toma ninguno)
gap-allergies = Sus alergias (o que no tiene ninguna)
gap-background = Sus antecedentes de salud (otras enfermedades, operaciones, tabaco)
gap-daily-life = Cómo afecta el problema a su vida diaria
gap-consultant-name = El nombre del médico que da la segunda opinión
gap-consultant-email = El correo electrónico de ese médico, para enviarle el PDF

## Errors and reasons said to the person
error-not-added-cancelled = { $file }: no se ha añadido porque se canceló la operación

## Por qué un informe no se adjunta tal cual: en la página que lo sustituye y en el resumen de la exportación
enclose-not-read-now = no se pudo leer el archivo en este momento ({ $error })
enclose-reader-failed = el archivo está dañado de tal forma que el programa que lo lee falló
enclose-reader-failed-detail = el archivo está dañado de tal forma que el programa que lo lee falló ({ $error })
enclose-too-slow = leerlo llevó más de { $seconds } segundos
enclose-file-too-large = el archivo ocupa { $size } MB, más de los { $max } MB que puede ocupar un documento
enclose-stored-unreadable = no se pudo leer el archivo guardado ({ $error })
enclose-misnamed = el nombre del archivo indica { $named }, pero en realidad es { $really }
enclose-heic = las fotos HEIC no se pueden mostrar en un PDF; guarde la foto como JPEG en el teléfono o el ordenador y añada ese archivo
enclose-dicom = una imagen de un estudio DICOM, que solo se puede ver con un visor de imágenes médicas
enclose-cannot-show = { $what } que no se puede mostrar como páginas
enclose-image-damaged = la imagen está dañada y no se pudo leer ({ $error })
enclose-jpeg-damaged = la foto JPEG está dañada y no se pudo leer ({ $error })
enclose-image-too-large = la imagen es demasiado grande para mostrarla sin riesgo ({ $error })
enclose-too-many-pixels = la imagen tiene { $width } x { $height } píxeles, más de lo que el dosier puede incluir sin riesgo (como máximo { $megapixels } megapíxeles y { $side } píxeles por lado)
enclose-jpeg-no-size = la foto JPEG está dañada (no se encontró el tamaño de la imagen)
enclose-jpeg-empty-size = la foto JPEG está dañada (el tamaño de la imagen está vacío)
enclose-jpeg-size-mismatch = la foto JPEG está dañada (su tamaño no coincide con su cabecera)
enclose-tiff-too-large = la imagen TIFF es demasiado grande para mostrarla sin riesgo
enclose-tiff-damaged = la imagen TIFF está dañada o es de un tipo no admitido ({ $error })
enclose-tiff-too-many-pages = la imagen TIFF tiene más de { $max } páginas
enclose-tiff-sample-format = la imagen TIFF usa un formato de muestra no admitido
enclose-tiff-colour-type = la imagen TIFF usa un tipo de color no admitido ({ $type })
enclose-tiff-size-mismatch = la imagen TIFF está dañada (el tamaño no coincide con sus datos)
enclose-too-many-pages = tiene más de { $max } páginas, el máximo que puede tener un documento
enclose-password = el PDF está protegido con contraseña; guarde una copia sin protección y añada esa
enclose-pdf-damaged = el PDF está dañado y no se puede reparar ({ $error })
enclose-too-many-objects = el PDF consta de { $count } objetos, más de los { $max } que puede tener un documento
enclose-no-pages = el PDF no tiene páginas legibles
enclose-page-tree-too-large = su árbol de páginas es demasiado grande
enclose-page-tree-too-deep = su árbol de páginas tiene más de { $max } niveles de anidamiento
enclose-unpacks-too-large = una parte ocupa más de { $max } MB al descomprimirla
enclose-image-in-pdf-too-large = contiene una imagen de { $width } x { $height } píxeles, más de lo que se puede mostrar sin riesgo
enclose-image-in-pdf-damaged = una imagen del PDF está dañada y no se pudo leer
enclose-repair-too-deep = se omitieron partes anidadas a demasiada profundidad
enclose-repair-page-loop = su lista de páginas vuelve sobre sí misma
enclose-repair-page-entries = { $count ->
    [one] se omitió { $count } entrada de página ilegible
   *[other] se omitieron { $count } entradas de página ilegibles
}
enclose-repair-content-cut = el contenido dañado de una página se recortó hasta donde se podía leer
enclose-repair-broken-filter = se vació un flujo de datos con un filtro dañado
enclose-repair-photo-anew = una foto o un escaneo dañado que contenía se guardó de nuevo
enclose-repair-stream-emptied = se vació un flujo de datos que no se pudo descodificar

## Errores de los datos, sus archivos y los archivos de dosier, y qué es un archivo (media-), dichos a la persona
# $file, $folder y $path son rutas; $entry, $value, $name, $title, $item y $mark son valores entre comillas; $field es el nombre de un campo; $reason son las palabras del sistema o de una biblioteca: todo queda tal cual. $date y $born son fechas en palabras.

error-archive-entry = entrada { $entry }
error-file-read-failed = { $file }: no se pudo leer: { $reason }
error-file-too-large-mb = { $file }: ocupa más de los { $size } MB permitidos
error-file-too-large-bytes = { $file }: ocupa más de los { $size } bytes permitidos
error-file-is-folder = { $file }: es una carpeta, no un archivo
error-file-empty = { $file }: el archivo está vacío
error-file-not-found = { $file }: no se encuentra el archivo; puede que se haya movido o borrado
error-file-not-allowed = { $file }: este ordenador no permite que la aplicación lea el archivo
error-file-unreadable = { $file }: no se pudo leer el archivo ({ $reason })
media-a-pdf = un documento PDF
media-a-jpeg = una foto JPEG
media-a-png = una imagen PNG
media-a-gif = una imagen GIF
media-a-webp = una imagen WebP
media-a-tiff = una imagen TIFF
media-a-bmp = una imagen BMP
media-a-heic = una foto HEIC
media-a-dicom = una imagen médica DICOM
media-a-zip = un archivo comprimido zip
media-a-xml = un documento XML
media-a-text = un archivo de texto
media-a-unknown = un archivo de tipo desconocido
error-date-invalid = { $field }: { $value } no es una fecha; use AAAA, AAAA-MM o AAAA-MM-DD, por ejemplo 2024, 2024-03 o 2024-03-14
error-no-item-in-dossier = No hay ningún elemento con el ID { $id } en { $section } de este dosier.
error-document-needs-file = { $field }: un documento se añade con su archivo, no como texto
error-not-one-of = { $field }: { $value } no es uno de estos: { $allowed }
error-too-long = { $field }: es demasiado largo: como máximo { $max } caracteres
error-empty = { $field }: no puede quedar vacío
error-out-of-range = { $field }: { $value } está fuera del intervalo; use un número entero de { $min } a { $max }
error-before-birth = { $field }: { $date } es anterior a la fecha de nacimiento ({ $born }); revise las dos fechas
error-in-future = { $field }: { $date } está en el futuro; revise el año
error-none-known-not-allowed = { $field }: { $value } no admite la respuesta «ninguno»; use { $allowed }
error-not-a-comparison-topic = { $field }: { $value } no es un tema de la comparación; use { $allowed }
error-archive-file-missing = el archivo de { $title } no está entre los archivos guardados ({ $path }): { $reason }
error-archive-entry-name-not-text = una entrada tiene un nombre que no es texto válido
error-archive-entry-absolute = entrada { $entry }: no se permiten rutas absolutas
error-archive-entry-backslash = entrada { $entry }: no se permiten barras invertidas en las rutas
error-archive-entry-dots = entrada { $entry }: no se permiten ".." ni "." en las rutas
error-archive-entry-not-allowed = entrada { $entry }: solo se permiten dossier.json y archivos que estén directamente en files/
error-archive-record-field = dossier.json: { $field }.{ $reason }
error-archive-cannot-open = { $file }: no se pudo abrir: { $reason }
error-archive-protected = { $file }: este archivo de dosier está protegido con una frase de contraseña; pídasela a la persona que se lo envió (la herramienta la lee de --passphrase-file o de { $env })
error-archive-not-zip = { $file }: no es un archivo de dosier, o está dañado o incompleto (no es un zip legible: { $reason }). Si alguien se lo envió, pida que se lo vuelvan a enviar.
error-archive-too-many-entries = { $file }: contiene { $count } entradas, más de las { $max } permitidas
error-archive-duplicate-names = { $file }: un nombre de entrada aparece dos veces (el archivo está dañado o se hizo para engañar)
error-archive-entry-damaged = la entrada { $index } está dañada: { $reason }
error-archive-entry-link = entrada { $entry }: no se permiten enlaces
error-archive-entry-folder = entrada { $entry }: carpeta inesperada
error-archive-entry-encrypted = entrada { $entry }: no se admiten entradas cifradas
error-archive-entry-too-large = entrada { $entry }: al descomprimirla ocupa { $size } bytes, más de lo permitido
error-archive-bomb = entrada { $entry }: los documentos ocuparían más de { $size } MB al descomprimirlos, mucho más que el propio archivo; está dañado o es una bomba de descompresión
error-archive-entry-twice = entrada { $entry }: aparece dos veces
error-archive-record-invalid = dossier.json: no es un registro válido: { $reason }
error-archive-format-wrong = dossier.json: el formato es { $format }, se esperaba { $expected }
error-archive-format-missing = dossier.json: falta el formato, se esperaba { $expected }
error-archive-newer = dossier.json: el format_version { $version } lo escribió una versión más reciente de la aplicación (esta lee el { $reads })
error-archive-version-missing = dossier.json: format_version falta o no es { $reads }
error-archive-not-json = dossier.json: no es JSON válido: { $reason }
error-archive-no-record = { $file }: no es un archivo de dosier (no contiene dossier.json)
error-archive-record-unpack = dossier.json: no se pudo descomprimir: { $reason }
error-archive-record-too-large = dossier.json: ocupa más de lo permitido
error-archive-record = dossier.json: { $reason }
error-archive-not-sha256 = dossier.json: { $field }.sha256 no es un hash SHA-256
error-archive-record-file = dossier.json: { $field }.file: { $reason }
error-archive-file-absent = dossier.json: { $field }.file { $file } no está en el archivo
error-archive-same-file = dossier.json: { $field } es el mismo archivo que un documento anterior
error-patient-exists = { $file }: ya hay una persona con el nombre { $name } y la misma fecha de nacimiento; impórtelo como persona nueva o añada el dosier a la persona que ya existe
error-archive-no-space = entrada { $entry }: no hay suficiente espacio libre en el disco para descomprimirla ({ $free } MB libres, y deben quedar libres { $keep } MB); libere espacio y vuelva a importarlo
error-archive-entry-unreadable = entrada { $entry }: { $reason }
error-archive-hash-mismatch = entrada { $entry }: su contenido no coincide con el hash SHA-256 de dossier.json (está dañado o se ha modificado)
error-sealed-key-damaged = { $file }: la clave sellada está dañada
error-protection-file-damaged = { $file }: este archivo guarda la clave de sus documentos protegidos y está dañado, así que no se pueden desbloquear. Reponga este archivo desde una copia de seguridad de la carpeta de datos; la frase de contraseña y el código de recuperación lo necesitan.
error-protection-file-missing = { $folder }: sus documentos están protegidos, pero falta su archivo de protección ({ $file }), así que no se pueden desbloquear. Reponga { $file } desde una copia de seguridad de la carpeta de datos; la frase de contraseña y el código de recuperación lo necesitan.
error-passphrase-too-short = { $field }: use al menos { $min } caracteres; unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar
error-spaces-easy-to-miss = { $field }: tiene un espacio al principio o al final, dos espacios seguidos o un tabulador: es fácil pasarlo por alto al leerlo en voz alta o al volver a escribirlo. Deje un solo espacio entre las palabras
error-passphrase-wrong = esa frase de contraseña no abre sus documentos; revise si hay algún error al escribirla y vuelva a intentarlo
error-recovery-code-wrong = ese código de recuperación no abre sus documentos; revise si hay algún error al escribirlo y vuelva a intentarlo
error-idle-too-long = { $field }: indique como máximo { $max } minutos (un día)
error-archive-wrong-passphrase = { $file }: esa frase de contraseña no abre este archivo; compruébela con la persona que se lo envió
error-archive-damaged-encrypted = { $file }: este archivo de dosier cifrado está dañado o incompleto, así que no se puede abrir. Pida que se lo vuelvan a enviar.
error-record-in-use = Sus documentos están abiertos en otra ventana o programa (la aplicación, o una orden dossier que aún se está ejecutando). Ciérrelo y vuelva a intentarlo: no se ha cambiado nada.
error-record-being-converted = Otra ventana u otro programa está activando o desactivando la protección de sus documentos. Vuelva a intentarlo cuando haya terminado.
error-already-protected = { $field }: sus documentos ya están protegidos; lo que puede hacer es cambiar su frase de contraseña
error-report-changed = { $file }: este documento ha cambiado desde que se añadió, así que no se ha convertido nada; ejecute `dossier check`
error-record-locked = sus documentos de { $folder } están protegidos con una frase de contraseña; desbloquéelos primero (la herramienta la lee de --passphrase-file o de { $env })
error-database-missing = { $folder }: falta la base de datos de sus documentos, así que no se pueden mostrar las personas ni los dosieres; los archivos de sus documentos siguen ahí. Reponga { $file } desde una copia de seguridad de la carpeta de datos.
error-inside-data-folder = { $field }: { $file } está dentro de la carpeta de datos de la aplicación ({ $folder }); guárdelo en otro lugar
error-no-patient = No hay ninguna persona con el ID { $id }.
error-no-dossier = No hay ningún dosier con el ID { $id }.
error-no-item = No hay ningún elemento con el ID { $id } en { $section }.
error-birth-after-operation = { $field }: es posterior a la operación o ingreso en el hospital { $name } ({ $date }); revise las dos fechas
error-birth-after-medication = { $field }: es posterior al inicio de { $name } ({ $date }); revise las dos fechas
error-birth-after-symptoms = { $field }: es posterior al comienzo de los síntomas ({ $date }); revise las dos fechas
error-duplicate-file = { $file }: este archivo ya está en el dosier como { $title }.
error-heic = { $file }: es una foto HEIC (el formato propio del iPhone), que no se puede incluir en un PDF. Guarde o comparta la foto como JPEG (en un iPhone: Ajustes, Cámara, Formatos, Más compatible) y añada ese archivo.
error-newer-database = { $file }: estos datos los guardó una versión más reciente de Dosier para una segunda opinión (esquema { $version }; esta versión conoce hasta el { $known }). Instale la versión más reciente para abrirlos; no se ha cambiado nada.
error-database-wrong-key = { $file }: la base de datos no se abre con la clave de sus documentos; puede estar dañada
error-section-full = { $field }: la sección no tiene sitio después de su último elemento
error-no-suggested-question = No hay ninguna pregunta sugerida { $id }.
error-not-checklist-item = { $field }: { $value } no es un elemento de la lista de documentos
error-unknown-mark = { $field }: { $item }: { $mark } no es un elemento y una marca conocidos
error-records-needed = { $field }: indique qué documentos necesita
error-opinion-first = Anote primero la segunda opinión.
error-height-unlikely = { $field }: { $value } no es una estatura probable; indíquela de { $min } a { $max } cm
error-weight-unlikely = { $field }: { $value } no es un peso probable; indíquelo de { $min } a { $max } kg
error-pain-off-scale = { $field }: { $value } no está en la escala; use un número entero de 0 (sin dolor) a { $max } (el peor dolor)
error-settings-unreadable = { $file } no se puede leer ({ $reason }); bórrelo para volver a los ajustes habituales

## Archivos del portal del paciente (C-CDA, FHIR): por qué algo no se leyó o no se añadió, a quién nombra un archivo y las palabras que la aplicación da a lo que leyó
records-file-too-large = { $file }: ocupa más de { $size }; un archivo de un portal del paciente es mucho más pequeño
records-zip-in-zip = { $file }: no se lee un zip dentro de otro zip
records-not-a-record = { $file }: no es un archivo C-CDA ni FHIR (no es XML ni JSON); los portales los ofrecen como «descargar mis datos»
records-zip-damaged = { $file }: está dañado o incompleto: no es un zip que se pueda abrir
records-too-many-files = { $file }: contiene más de { $max } archivos
records-zip-entry = { $file }: entrada { $number }: { $error }
records-zip-entry-no-name = { $file }: la entrada { $number } no tiene un nombre legible: { $error }
records-zip-entry-too-large = { $file }: { $name }: ocupa más de { $max } MB, mucho más que los datos de un portal del paciente; no se lee
records-holds-no-record = { $file }: no contiene ningún archivo C-CDA ni FHIR
records-none-readable = { $file }: no se pudo leer ninguno de sus archivos
records-xml-dtd = { $file }: contiene una declaración de tipo de documento, algo que nunca tienen los datos de un portal del paciente y que podría hacer que un programa leyera otros archivos de este ordenador; no se lee. Vuelva a descargar los datos del portal
records-xml-too-large = { $file }: es mucho más grande que los datos de un paciente; no se lee
records-xml-loop = { $file }: remite a sí mismo sin fin; no se lee
records-xml-malformed = { $file }: no es un XML bien formado ({ $error })
records-utf16-odd = { $file }: es texto UTF-16 cortado en medio de una letra (un número impar de bytes)
records-utf16-invalid = { $file }: parece texto UTF-16, pero no es UTF-16 válido
records-utf8-invalid = { $file }: no es texto UTF-8 válido (no se puede leer el byte { $byte }); vuelva a guardarlo como UTF-8
records-encoding = { $file }: usa la codificación de texto { $encoding }, que no se lee; vuelva a guardarlo como UTF-8
records-fhir-as-xml = { $file }: es FHIR escrito en XML, que no se lee; pida al portal FHIR en JSON
records-not-ccda = { $file }: es XML, pero no un documento C-CDA (empieza por <{ $element }>)
records-too-deep = { $file }: anida sus elementos a más de { $max } niveles de profundidad, algo que no hace ningún informe real; no se lee
records-json-damaged = { $file }: está dañado o incompleto: no es un JSON válido (el fallo está en la línea { $line })
records-json-not-fhir = { $file }: es JSON, pero no FHIR (no tiene "resourceType")
records-no-fhir-resource = { $file }: no contiene ningún recurso FHIR
records-different-people = Los archivos son de personas distintas: { $first } en { $first_source }, { $other } en { $other_source }; añada los datos de una sola persona cada vez
records-file-changed = { $file }: el archivo ha cambiado desde que se leyó para la vista previa, así que no se ha añadido nada. Vuelva a añadirlo para ver lo que contiene ahora.
records-mismatch = { $source } trata de { $person }; este dosier es de { $patient }
records-person-born = { $name } (fecha de nacimiento: { $date })
records-another-patient = otra persona (Patient/{ $id })
records-line = línea { $number }
records-line-not-fhir = no es un recurso FHIR en JSON
records-section-item = el apartado «{ $section }»
records-section-not-read = «{ $section }» no forma parte del dosier; se queda en el texto legible del documento
records-section-advance-directives = voluntades anticipadas
records-section-plan-of-treatment = plan de tratamiento
records-section-functional-status = estado funcional
records-section-mental-status = estado mental
records-section-goals = objetivos
records-section-health-concerns = preocupaciones de salud
records-section-payers = aseguradoras
records-immunization-entries = { $count ->
    [one] { $count } entrada de vacunación
   *[other] { $count } entradas de vacunación
}
records-immunization-not-read = las vacunas no forman parte del dosier; se quedan en el texto del documento
records-social-history-entries = { $count ->
    [one] { $count } entrada de antecedentes sociales
   *[other] { $count } entradas de antecedentes sociales
}
records-social-history-not-read = los antecedentes sociales no forman parte del dosier; se quedan en el texto del documento
records-relative-condition = una enfermedad de un familiar ({ $relative })
records-relative-condition-unknown = una enfermedad de un familiar
records-no-condition = la entrada no nombra ninguna enfermedad
records-problem-without-value = un problema de salud sin valor codificado
records-no-problem = la entrada no nombra ningún problema de salud
records-unnamed-diagnoses = una entrada de enfermedades sin nombre
records-unnamed-medications = una entrada de medicamentos sin nombre
records-unnamed-allergies = una entrada de alergias sin nombre
records-unnamed-events = una entrada de la cronología sin nombre
records-unnamed-clinicians = una entrada del equipo de atención sin nombre
records-unnamed-results = una entrada de resultados sin nombre
records-unnamed-family-history = una entrada de antecedentes familiares sin nombre
records-unnamed-entry = una entrada sin nombre
records-device-without-name = un dispositivo sin nombre
records-device-unnamed = el informe no dice qué dispositivo es
records-device-name-too-long = su nombre es demasiado largo para ser el de un dispositivo
records-withdrawn = según el informe, se retiró (se introdujo por error)
records-entered-in-error = según el informe, se introdujo por error
records-cancelled = según el informe, se canceló
records-not-given = según el informe, no se administró
records-not-taken = según el informe, no se tomó
records-draft = según el informe, es solo un borrador
records-stopped-not-when = según el informe, se suspendió, pero no dice cuándo; añádalo a mano con la fecha en que se suspendió, si la sabe, para que no aparezca como un medicamento actual
records-must-not-be-given = según el informe, no se debe administrar
records-no-such-allergy = según el informe, no existe esa alergia
records-allergy-ruled-out = según el informe, esta alergia se descartó
records-not-done = según el informe, no se realizó
records-did-not-take-place = según el informe, no tuvo lugar
records-no-value = el informe no da ningún valor para esta prueba
records-unstructured-document = un documento sin estructura
records-attached-file = su contenido es un archivo adjunto ({ $type }); se guarda el original
records-attached-file-other = su contenido es un archivo adjunto (de otro tipo); se guarda el original
records-attached-text = el texto adjunto de { $name }
records-attached-text-unreadable = no es texto UTF-8 en base64; se guarda el archivo original
records-fhir-of-type = un registro FHIR de tipo { $type }
records-kind-not-read = este tipo de registro no forma parte del dosier
records-an-entry = una entrada
records-dated = { $what }, con fecha «{ $date }»
records-impossible-date = esa fecha no puede existir, así que se añade sin ella; compruebe la fecha en el documento
records-clinical-document = Documento clínico
records-author-of = Autor o autora de { $title }
records-care-team = Equipo de atención
records-procedure = Procedimiento
records-visit = Visita
records-report = Informe
records-from = Tomado de { $source }
records-status-note = Estado en el informe: { $status }
records-resolved-note = Resolución: { $date }
records-severity-in-record = gravedad según el informe: { $severity }
records-outside-range = Fuera del rango indicado
records-preliminary-result = Resultado provisional
records-amended-result = Resultado corregido
records-yes = sí
records-no = no
records-conclusion = Conclusión
records-conclusion-line = Conclusión: { $conclusion }
records-coded-conclusion-line = Conclusión codificada: { $conclusions }
records-its-text = El texto
records-text-too-long = { $heading }: demasiado largo para mostrarlo aquí; está en las páginas de texto legible del informe
records-report-text = Texto del informe
records-as-needed = si lo necesita
records-as-needed-for = si lo necesita, para { $reason }
records-dose-range = de { $low } a { $high }
records-dose-at-least = al menos { $low }
records-dose-up-to = hasta { $high }
records-often-once = una vez { $per }
records-often-twice = dos veces { $per }
records-often-times = { $times } veces { $per }
records-often-every = cada { $period } { $units }
records-often-times-every = { $times } veces cada { $period } { $units }
records-per-second = por segundo
records-per-minute = por minuto
records-per-hour = por hora
records-per-day = al día
records-per-week = a la semana
records-per-month = al mes
records-per-year = al año
records-per-unit = por { $unit }
records-seconds = segundos
records-minutes = minutos
records-hours = horas
records-days = días
records-weeks = semanas
records-months = meses
records-years = años
records-units = { $unit }
records-flag-high = Alto
records-flag-critically-high = Críticamente alto
records-flag-significantly-high = Significativamente alto
records-flag-low = Bajo
records-flag-critically-low = Críticamente bajo
records-flag-significantly-low = Significativamente bajo
records-flag-abnormal = Anormal
records-flag-critically-abnormal = Críticamente anormal
records-flag-above-range = Por encima del intervalo de medida
records-flag-below-range = Por debajo del intervalo de medida
records-flag-positive = Positivo
records-flag-negative = Negativo
records-flag-detected = Detectado
records-flag-not-detected = No detectado
records-relative-father = padre
records-relative-mother = madre
records-relative-parent = padre o madre
records-relative-brother = hermano
records-relative-sister = hermana
records-relative-sibling = hermano o hermana
records-relative-half-brother = medio hermano
records-relative-half-sister = media hermana
records-relative-twin-brother = hermano gemelo
records-relative-twin-sister = hermana gemela
records-relative-son = hijo
records-relative-daughter = hija
records-relative-child = hijo o hija
records-relative-grandfather = abuelo
records-relative-grandmother = abuela
records-relative-maternal-grandfather = abuelo materno
records-relative-maternal-grandmother = abuela materna
records-relative-paternal-grandfather = abuelo paterno
records-relative-paternal-grandmother = abuela paterna
records-relative-grandson = nieto
records-relative-granddaughter = nieta
records-relative-uncle = tío
records-relative-aunt = tía
records-relative-maternal-uncle = tío materno
records-relative-maternal-aunt = tía materna
records-relative-paternal-uncle = tío paterno
records-relative-paternal-aunt = tía paterna
records-relative-cousin = primo o prima
records-relative-nephew = sobrino
records-relative-niece = sobrina
records-relative-husband = marido
records-relative-wife = esposa
records-relative-spouse = cónyuge
records-device-dated = { $device }, con fecha { $date }
records-device-status = { $device }, estado en el informe: { $status }
records-device-from = { $device } (de { $source })
records-portal-record = Datos del portal del paciente ({ $file })
records-and-other-documents = { $count ->
    [one] { $title } y { $count } documento más
   *[other] { $title } y { $count } documentos más
}
records-original-file-notes = Datos del portal del paciente (el archivo original)
records-readable-text-title = { $title } (texto legible)
records-readable-text-lead = El texto legible de { $source }, tal como se redactó.
records-readable-text-notes = El texto legible de { $file }, tal como se redactó

## A repaired document's note page in the bundle
pdf-repaired = El archivo de este documento está dañado: { $reason }.
pdf-repaired-follows = Las páginas siguientes son lo que se pudo leer. Alguna puede estar incompleta o en blanco: pida una copia nueva si la necesita.

## Window titles of the app's own screens
main-title-about = Acerca de - Dosier para una segunda opinión

## File names suggested when saving, and the covering email (in the PDF's language)
file-name-bundle = Segunda opinión
file-name-comparison = Primera y segunda opinión
file-name-request = Solicitud de documentos
email-subject = Solicitud de segunda opinión: { $name }
email-greeting = Estimado/a doctor/a:
email-greeting-named = Estimado/a { $name }:
email-about = Le adjunto los documentos y las preguntas de { $name } sobre «{ $title }».
email-about-born = Le adjunto los documentos y las preguntas de { $name } (fecha de nacimiento: { $born }) sobre «{ $title }».
email-about-before = Le adjunto los documentos y las preguntas de { $name } sobre «{ $title }», antes de la cita del { $date }.
email-about-born-before = Le adjunto los documentos y las preguntas de { $name } (fecha de nacimiento: { $born }) sobre «{ $title }», antes de la cita del { $date }.
email-contents = El PDF adjunto ({ $file }) contiene un resumen, las preguntas, una cronología y los documentos, con un índice por número de página.
email-thanks = Gracias por su tiempo.
email-regards = Un cordial saludo,

## The window's file dialogs and the shell's messages
dialog-save-comparison = Guardar la comparación
dialog-save-letter = Guardar la carta
dialog-save-bundle = Guardar el PDF para el médico
dialog-save-archive = Guardar una copia de este dosier
dialog-open-archive = Abrir un archivo de dosier
dialog-dossier-file = Dosier
dialog-add-reports = Añadir sus documentos
dialog-reports-and-photos = Documentos y fotos
dialog-add-portal = Añadir desde un archivo del portal del paciente
dialog-portal-records = Archivos del portal del paciente
dialog-all-files = Todos los archivos
error-not-shown = { $file }: no se pudo mostrar: { $error }
error-not-opened = { $file }: no se pudo abrir: { $error }
error-report-not-in-dossier = Ese documento no está en este dosier.
error-export-stopped = la exportación se detuvo: { $error }
error-export-first = Primero cree el PDF.
error-no-mail-program = no se pudo abrir ningún programa de correo: { $error }
error-no-opened-file = No hay ningún archivo de dosier esperando a abrirse.
error-no-import-waiting = No hay ninguna importación esperando una respuesta.
error-window-locked = Sus documentos están bloqueados. Escriba su frase de contraseña para continuar.
error-record-not-protected = Sus documentos no están protegidos.
error-pdf-password-short = contraseña: use al menos { $count } caracteres; unas cuantas palabras sin relación entre sí son fáciles de escribir y difíciles de adivinar

## Short names of the question library's sources
question-source-devices = Dispositivos y medicamentos nuevos
question-source-background = Antecedentes de salud

## A suggested question added twice
error-question-already-asked = Esa pregunta ya está en este dosier.
