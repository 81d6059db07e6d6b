# ruff: noqa: E501
"""Spanish inbound cores. Modes: see scripts/training_data/inbound/dates.py."""

# fmt: off
LANG = {
    "code": "es",
    "tz": {"winter": [60, -300, -360, -180], "summer": [120, -300, -360, -180]},
    "months": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "weekdays": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "date_formats": [
        ("{d} de {month}", ""), ("{wd} {d} de {month}", ""), ("{d} de {month} de {y}", "yr"), ("{wd}, {d} de {month}", ""),
        ("{d}/{m}", "amb"), ("{dd}/{mm}/{y}", "amb"), ("{d}-{m}-{y}", "amb"),
    ],
    "names": ["Lucía Fernández", "Javier Martínez", "Carmen Ruiz", "Alejandro Gómez", "Marta Sánchez", "Diego Herrera", "Paula Navarro", "Sergio Castillo", "Andrea Romero", "Raúl Ortega", "Valentina Ríos", "Tomás Aguilar"],
    "companies": ["Grupo Levante", "Transportes Ibéricos SA", "Clínica San Rafael", "Bodegas Monteverde", "Construcciones Albera", "Seguros Atalaya", "Distribuciones Norte SL", "Farmacéutica Solara"],
    "tld": ["es", "es", "com", "com.mx", "com.ar"],
    "phones": ["+34 91 ### ## ##", "+34 6## ### ###", "Tel.: 93 ### ## ##", "+52 55 #### ####", "+54 11 ####-####"],
    "addresses": ["Calle de Alcalá 120\n28009 Madrid", "Av. Diagonal 455\n08036 Barcelona", "Paseo de la Reforma 222\n06600 Ciudad de México"],
    "titles": ["Director de Compras", "Responsable de Logística", "Gerente General", "Jefa de Marketing", "Director Financiero", "Coordinadora de TI"],
    "signoffs": ["Saludos,", "Un saludo,", "Saludos cordiales,", "Atentamente,", "Un abrazo,", "Gracias y saludos,"],
    "mobile": ["Enviado desde mi iPhone", "Enviado desde Outlook para Android"],
    "ooo_greet": ["Hola,", "Buenos días,", "Estimado/a:", "Gracias por escribir,"],
    "human_greet": ["Hola {VFIRST},", "Buenos días {VFIRST},", "Estimado {VFIRST}:", "{VFIRST},"],
    "reply_prefix": ["RE: ", "Re: ", "RV: "],
    "ooo_subject": ["Respuesta automática: {S}", "Fuera de la oficina: {S}", "Ausente: {S}", "Vacaciones", "Fuera de oficina", "RE: {S}"],
    "ooo_open": ["Gracias por su mensaje.", "Muchas gracias por tu correo.", "Este es un mensaje automático.", "Gracias por contactar conmigo."],
    "ooo_absence": [
        ("Estaré fuera de la oficina hasta el {D} sin acceso al correo.", "until"),
        ("Vuelvo el {D}.", "back"),
        ("Estoy de vacaciones del {D1} al {D}, ambos inclusive.", "range"),
        ("Estaré ausente hasta el {D} inclusive.", "incl"),
        ("Estoy de viaje de trabajo y me reincorporo el {W}.", "wd_back"),
        ("Hoy estoy en una formación, mañana estaré de vuelta.", "tomorrow"),
        ("Me encuentro de baja por maternidad.", "none"),
        ("En este momento estoy fuera de la oficina con acceso limitado al correo.", "none"),
        ("Estaré de regreso en la oficina el {D}.", "back"),
        ("La oficina permanecerá cerrada hasta el {D}.", "until"),
        ("Estoy de vacaciones hasta el {W}.", "wd_until"),
        ("No estaré disponible del {D1} al {D}.", "range"),
    ],
    "ooo_short": [
        ("De vacaciones hasta el {D}.", "until"),
        ("Fuera de la oficina. Regreso el {D}.", "back"),
        ("Ausente hasta el {W}.", "wd_until"),
        ("Ahora mismo no estoy disponible, te respondo en cuanto pueda.", "none"),
    ],
    "ooo_alt": [
        "Para asuntos urgentes, contacte con {ALT}.",
        "Si es urgente, puede escribir a {ALT}.",
        "Durante mi ausencia le atenderá {ALT}.",
        "Para temas comerciales: {ALT}.",
    ],
    "ooo_close": [
        "Responderé a su mensaje a mi regreso.",
        "Su correo no será reenviado.",
        "Le contestaré lo antes posible.",
        "Disculpe las molestias.",
    ],
    "ack_subject": ["Hemos recibido su solicitud [#{TICKET}]", "Acuse de recibo: {S}", "Confirmación de recepción", "Respuesta automática: {S}"],
    "ack": [
        "Estimado cliente:\n\nHemos recibido su mensaje. Su solicitud ha quedado registrada con el número {TICKET} y le responderemos en un plazo de 48 horas laborables.\n\nAtención al cliente de {COMPANY}",
        "Gracias por escribir a {COMPANY}. Este correo confirma que hemos recibido tu consulta. Nuestro horario es de lunes a viernes de 9:00 a 18:00.\n\nPor favor, no respondas a este mensaje automático.",
        "Su factura ha sido recibida y será procesada automáticamente por el departamento de administración.",
        "¡Gracias por contactarnos! Un miembro del equipo se pondrá en contacto contigo pronto. Mientras tanto, visita nuestro centro de ayuda: {URL}",
    ],
    "gone_subject": ["Respuesta automática: {S}", "{FULL} ya no trabaja en {COMPANY}", "Cuenta desactivada", "RE: {S}"],
    "gone": [
        "{FULL} ya no forma parte de {COMPANY}. Este buzón no se revisa. Por favor, escriba a {ALT}.",
        "Hola, he dejado la empresa y esta dirección se desactivará en breve. Su nuevo contacto es {ALT}.",
        ("Le informamos de que {FULL} dejó la compañía el {D}. Su mensaje no ha sido reenviado. Contacto: {ALT}.", "past"),
        "Esta dirección de correo ya no está en uso. Envíe sus consultas a {ALT}.",
    ],
    "newsletter": [
        ("Novedades de {COMPANY}", "Hola:\n\nEste mes abrimos nueva delegación en Valencia el {D}, lanzamos un webinar sobre facturación electrónica y compartimos un caso de éxito.\n\nLeer más: {URL}\n\nRecibes este correo porque estás suscrito a nuestro boletín. Darse de baja"),
        ("Invitación: desayuno con clientes el {D}", "Nos encantaría verle el {D} en nuestras oficinas de Madrid. Inscripción: {URL}\n\nSi no desea recibir más comunicaciones, haga clic aquí."),
        ("Tu resumen semanal", "Esta semana:\n- Cinco claves para negociar con proveedores\n- Horario de verano: atención reducida hasta el {D}\n- Nuevo catálogo\n\nGestionar suscripción: {URL}"),
    ],
    "human": [
        ("Gracias. Estoy de vacaciones hasta el {D}, ¿lo hablamos a la vuelta?", "until", "away"),
        ("Esta semana estoy de viaje, vuelvo el {W}. Escríbeme entonces.", "wd_back", "away"),
        ("Estoy fuera del {D1} al {D}, busquemos un hueco la semana siguiente.", "range", "away"),
        ("Estoy de baja unos días, lo miro cuando me reincorpore.", "away", "away"),
        ("Ya no llevo el proyecto del ERP, pero {ALT} te puede ayudar.", "none", "hard_negative"),
        ("Ya no trabajamos con nuestro antiguo proveedor. ¿Nos puede enviar un presupuesto para 40 usuarios?", "none", "hard_negative"),
        ("Acabo de volver de vacaciones y estoy poniéndome al día. El jueves a las 10 me va bien.", "none", "hard_negative"),
        ("El comité de presupuesto se reúne el {D}; después le digo algo.", "note", "hard_negative"),
        ("Interesante. ¿Me puede mandar precios y algún caso de cliente del sector retail?", "none", "reply"),
        ("No me interesa, por favor elimíneme de su lista.", "none", "reply"),
        ("No soy la persona adecuada, hable con {ALT}.", "none", "reply"),
        ("Perfecto, hablamos el {D} a las 16:00.", "note", "reply"),
        ("Ya hemos elegido otra solución, gracias de todos modos.", "none", "reply"),
    ],
    "outgoing": [
        ("Menos entregas fallidas en {COMPANY}", "Hola {PFIRST}:\n\nAyudamos a equipos de logística a reducir un 18 % las entregas fallidas en el primer intento. ¿Tendría 20 minutos la próxima semana?\n\nSaludos,"),
        ("Pregunta rápida sobre sus informes", "Hola {PFIRST}:\n\n¿Cómo prepara hoy su equipo el informe semanal de ventas? {VCOMPANY} lo automatiza desde su CRM. ¿Le enseño una demo de dos minutos?\n\nUn saludo,"),
    ],
    "quote_on": "El {date}, {name} <{addr}> escribió:",
    "quote_date": ["{wd}, {d} de {month} de {y} a las {H}:{M}", "{dd}/{mm}/{y} {H}:{M}"],
    "outlook": ("De", "Enviado el", "Para", "Asunto"),
    "outlook_date": ["{wd}, {d} de {month} de {y} {H}:{M}"],
    "disclaimers": [
        "Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.",
        "Inscrita en el Registro Mercantil de Madrid, Tomo 12.345, Folio 67, Hoja M-123456. CIF B-12345678.",
    ],
    "footer_events": ["Visítenos en Logistics Madrid el {D}, stand 5C12."],
    "bounce": {
        "subject": "No se puede entregar: ",
        "line": "No se pudo entregar el mensaje al siguiente destinatario.",
        "hint": "No se encontró la dirección de correo o el buzón del destinatario no está disponible.",
        "delay_subject": "Entrega retrasada: ",
        "delay_line": "La entrega a estos destinatarios o grupos se ha retrasado. Seguiremos intentando entregar el mensaje. No es necesario hacer nada.",
    },
    "content_language": "es-ES",
}
# fmt: on

# More ways of saying it: compact ranges, relative weekdays, dated subjects.
LANG["compact_range"] = "del {d1} al {d} de {month}"
LANG["ooo_subject_dated"] = [
    "Fuera de la oficina hasta el {D}",
    "Ausente: vuelvo el {D}",
    "Vacaciones hasta el {D} - {S}",
]
LANG["ooo_absence"] += [
    ("Estoy de vacaciones {R}.", "range"),
    ("Vuelvo el próximo {W}.", "wd_next"),
    ("Estoy en una feria hasta el {D} y reviso el correo solo por la noche.", "until"),
    ("Estoy teletrabajando sin acceso a la red y vuelvo a la oficina el {D}.", "back"),
]
LANG["ooo_alt"] += ["Para temas comerciales, {ALT}; para facturación, {ALT2}."]
LANG["human"] += [
    (
        "Estoy toda la semana con un cliente, vuelvo el próximo {W}. ¿Me mandas la presentación mientras tanto?",
        "wd_next",
        "away",
    ),
    ("Estaré fuera {R}, mejor lo vemos la semana siguiente.", "range", "away"),
    (
        "La semana pasada tuvimos convención interna, perdón por el retraso. ¿Puede incluir SSO en el presupuesto?",
        "none",
        "hard_negative",
    ),
    (
        "Mañana me voy de vacaciones, envíeme hoy el contrato y lo firmo antes de irme.",
        "none",
        "hard_negative",
    ),
    (
        "Nuestro director está fuera hasta el {D}; no decidiremos nada antes.",
        "note",
        "hard_negative",
    ),
]

# Acknowledgements that sound busy (not absent) and an event reminder.
LANG["ack"] += [
    "Gracias por escribir al equipo comercial de {COMPANY}. Debido al alto volumen, la respuesta puede tardar hasta tres días laborables. Referencia: {TICKET}.",
    "Su mensaje se ha remitido al departamento correspondiente. No necesita hacer nada más. Indique la referencia {TICKET} en futuras comunicaciones.",
]
LANG["newsletter"] += [
    [
        "Recordatorio: su webinar empieza pronto",
        "Hola:\n\nLe recordamos que el webinar «Planificación 2026» es el {D} a las 16:00. Enlace: {URL}\n\n¿No puede asistir? Le enviaremos la grabación.\n\nDarse de baja de los recordatorios",
    ]
]

# Day of the month only ("until the 4th", "bis zum 4."): the next such day.
LANG.setdefault("named_formats", {})["day"] = "{d}"
LANG["ooo_absence"] += [["Vuelvo el día {D_day}.", "back"]]
LANG["human"] += [["Estoy fuera hasta el {D_day}, ¿hablamos luego?", "until", "away"]]

# Written about the person (an assistant's or a mailbox rule's notice), not by them.
LANG["ooo_short"] += [
    [
        "{FULL} está fuera de la oficina hasta el {D} y responderá a su regreso.",
        "until",
    ],
    ["Le informamos de que {FULL} se reincorpora el {D}.", "back"],
]

# Forwarded, a price question, a past absence (not away now).
LANG["human"] += [
    [
        "He reenviado su correo a {ALT}, que lleva las compras en nuestra zona.",
        "none",
        "reply",
    ],
    [
        "¿Cuánto cuesta más o menos por usuario y mes? Somos unas 60 personas.",
        "none",
        "reply",
    ],
    [
        "Perdón, estuve enfermo casi toda la semana pasada y lo veo ahora. El martes por la tarde me va bien.",
        "none",
        "hard_negative",
    ],
]
