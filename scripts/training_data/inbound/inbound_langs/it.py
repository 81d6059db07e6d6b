# ruff: noqa: E501
"""Italian inbound cores. Modes: see scripts/training_data/inbound/dates.py."""

# fmt: off
LANG = {
    "code": "it",
    "tz": {"winter": [60], "summer": [120]},
    "months": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "weekdays": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "date_formats": [
        ("{d} {month}", ""), ("{wd} {d} {month}", ""), ("{d} {month} {y}", "yr"),
        ("{dd}/{mm}", "amb"), ("{dd}/{mm}/{y}", "amb"), ("{d}.{m}.{y}", "amb"),
    ],
    "names": ["Giulia Romano", "Marco Bianchi", "Francesca Esposito", "Luca Ricci", "Chiara Colombo", "Alessandro Greco", "Federica Marino", "Davide Bruno", "Elena Galli", "Matteo Conti", "Silvia De Luca", "Paolo Ferrari"],
    "companies": ["Gruppo Adriatica", "Trasporti Padani Srl", "Banca del Lario", "Ceramiche Toscane SpA", "Farmacia Centrale", "Officine Moretti", "Cantine Valpolicella", "Logistica Tirrenica"],
    "tld": ["it", "it", "com"],
    "phones": ["+39 02 #### ####", "+39 3## ### ####", "Tel. 06 ########", "Cell. +39 347 #######"],
    "addresses": ["Via Montenapoleone 8\n20121 Milano", "Corso Vittorio Emanuele II 154\n00186 Roma"],
    "titles": ["Responsabile Acquisti", "Direttore Commerciale", "IT Manager", "Responsabile Logistica", "CFO", "Office Manager"],
    "signoffs": ["Cordiali saluti,", "Saluti,", "Un saluto,", "Buona giornata,", "Distinti saluti,", "A presto,"],
    "mobile": ["Inviato da iPhone", "Inviato da Outlook per Android"],
    "ooo_greet": ["Buongiorno,", "Gentile mittente,", "Salve,", "Gentili tutti,"],
    "human_greet": ["Ciao {VFIRST},", "Buongiorno {VFIRST},", "Gentile {VFIRST},", "{VFIRST},"],
    "reply_prefix": ["R: ", "Re: ", "RE: "],
    "ooo_subject": ["Risposta automatica: {S}", "Fuori ufficio: {S}", "Assente: {S}", "Ferie", "Fuori sede", "R: {S}"],
    "ooo_open": ["Grazie per il messaggio.", "La ringrazio per la sua e-mail.", "Questa è una risposta automatica.", "Grazie per avermi scritto."],
    "ooo_absence": [
        ("Sono fuori ufficio fino al {D} senza accesso alla posta.", "until"),
        ("Rientrerò il {D}.", "back"),
        ("Sarò in ferie dal {D1} al {D} compreso.", "range"),
        ("Sarò assente fino al {D} incluso.", "incl"),
        ("Sono in trasferta e rientro in ufficio {W}.", "wd_back"),
        ("Oggi sono a un corso di formazione, domani sarò di nuovo in ufficio.", "tomorrow"),
        ("Sono attualmente in congedo di maternità.", "none"),
        ("Al momento sono fuori sede con accesso limitato alle e-mail.", "none"),
        ("Sarò di nuovo in ufficio a partire dal {D}.", "back"),
        ("L'ufficio resterà chiuso fino al {D}.", "until"),
        ("Sono in ferie fino a {W}.", "wd_until"),
        ("Sarò assente dal {D1} al {D}.", "range"),
    ],
    "ooo_short": [
        ("In ferie fino al {D}.", "until"),
        ("Fuori ufficio, rientro il {D}.", "back"),
        ("Al momento non sono disponibile, risponderò appena possibile.", "none"),
        ("Assente fino a {W}.", "wd_until"),
    ],
    "ooo_alt": [
        "Per urgenze contattare {ALT}.",
        "In caso di necessità potete scrivere a {ALT}.",
        "Durante la mia assenza vi risponderà {ALT}.",
        "Per questioni commerciali: {ALT}.",
    ],
    "ooo_close": [
        "Risponderò al mio rientro.",
        "Il messaggio non verrà inoltrato.",
        "Vi ricontatterò il prima possibile.",
        "Grazie per la comprensione.",
    ],
    "ack_subject": ["Abbiamo ricevuto la sua richiesta [#{TICKET}]", "Conferma di ricezione: {S}", "Ticket {TICKET} aperto", "Risposta automatica: {S}"],
    "ack": [
        "Gentile cliente,\n\nabbiamo ricevuto il suo messaggio. La richiesta è stata registrata con il numero {TICKET} e verrà gestita entro 48 ore lavorative.\n\nServizio clienti {COMPANY}",
        "Grazie per aver contattato {COMPANY}. Questa e-mail conferma la ricezione del tuo messaggio. Siamo disponibili dal lunedì al venerdì, dalle 9 alle 18.\n\nNon rispondere a questo messaggio automatico.",
        "La sua fattura è stata ricevuta e sarà elaborata automaticamente dall'amministrazione.",
        "Grazie per averci scritto! Un membro del team ti risponderà a breve. Nel frattempo visita il nostro centro assistenza: {URL}",
    ],
    "gone_subject": ["Risposta automatica: {S}", "{FULL} non lavora più in {COMPANY}", "Casella non più attiva", "R: {S}"],
    "gone": [
        "{FULL} non fa più parte di {COMPANY}. Questa casella non viene più letta. Si prega di scrivere a {ALT}.",
        "Buongiorno, ho lasciato l'azienda e questo indirizzo sarà presto disattivato. Il vostro nuovo riferimento è {ALT}.",
        ("Vi informiamo che {FULL} ha lasciato la società il {D}. Il messaggio non è stato inoltrato. Contatto: {ALT}.", "past"),
        "Questo indirizzo e-mail non è più in uso. Scrivete a {ALT}.",
    ],
    "newsletter": [
        ("Le novità di {COMPANY}", "Buongiorno,\n\nquesto mese apriamo la nuova sede di Bologna il {D}, organizziamo un webinar sulla fatturazione elettronica e raccontiamo un caso cliente.\n\nScopri di più: {URL}\n\nRicevi questa e-mail perché sei iscritto alla nostra newsletter. Annulla iscrizione"),
        ("Invito: colazione con i clienti il {D}", "Saremo lieti di accoglierla il {D} nella nostra sede di Milano. Iscrizioni: {URL}\n\nPer non ricevere più comunicazioni, clicca qui."),
    ],
    "human": [
        ("Grazie. Sono in ferie fino al {D}, ne parliamo al mio rientro?", "until", "away"),
        ("Questa settimana sono in trasferta, rientro {W}. Risentiamoci allora.", "wd_back", "away"),
        ("Sono via dal {D1} al {D}; fissiamo una call la settimana dopo?", "range", "away"),
        ("Sono in malattia per qualche giorno, ci guardo quando rientro.", "away", "away"),
        ("Non seguo più il progetto ERP, ma {ALT} può aiutarvi.", "none", "hard_negative"),
        ("Non lavoriamo più con il nostro vecchio fornitore. Può mandarmi un preventivo per 40 utenti?", "none", "hard_negative"),
        ("Appena rientrato dalle ferie, sto smaltendo le mail. Giovedì alle 10 va bene.", "none", "hard_negative"),
        ("Il budget viene approvato il {D}, dopo vi faccio sapere.", "note", "hard_negative"),
        ("Interessante. Può inviarmi prezzi e un caso cliente nel retail?", "none", "reply"),
        ("Non sono interessato, per favore rimuovetemi dalla lista.", "none", "reply"),
        ("Non sono la persona giusta, senta {ALT}.", "none", "reply"),
        ("Va bene, sentiamoci il {D} alle 15.", "note", "reply"),
        ("Abbiamo già scelto un'altra soluzione, grazie comunque.", "none", "reply"),
    ],
    "outgoing": [
        ("Meno consegne fallite in {COMPANY}", "Buongiorno {PFIRST},\n\naiutiamo i team logistici a ridurre di circa il 18% le consegne fallite al primo tentativo. Avrebbe 20 minuti la prossima settimana?\n\nCordiali saluti,"),
        ("Domanda veloce sul reporting", "Ciao {PFIRST},\n\ncome prepara oggi il tuo team il report settimanale delle vendite? {VCOMPANY} lo automatizza dal CRM. Ti mostro una demo di due minuti?\n\nA presto,"),
    ],
    "quote_on": "Il giorno {date} {name} <{addr}> ha scritto:",
    "quote_date": ["{wd} {d} {month} {y} alle ore {H}:{M}", "{dd}/{mm}/{y} {H}:{M}"],
    "outlook": ("Da", "Inviato", "A", "Oggetto"),
    "outlook_date": ["{wd} {d} {month} {y} {H}:{M}"],
    "disclaimers": ["Questo messaggio e i suoi allegati sono riservati. Se lo avete ricevuto per errore, vi preghiamo di avvisare il mittente e di cancellarlo.", "P.IVA 01234567890 – Capitale sociale € 100.000 i.v. – REA MI-1234567"],
    "bounce": {
        "subject": "Non recapitabile: ",
        "line": "Impossibile recapitare il messaggio al destinatario seguente.",
        "hint": "Impossibile trovare l'indirizzo e-mail oppure la cassetta postale del destinatario non è disponibile.",
        "delay_subject": "Recapito ritardato: ",
        "delay_line": "Il recapito a questi destinatari o gruppi è in ritardo. Continueremo a tentare il recapito del messaggio. Non è necessaria alcuna azione.",
    },
    "content_language": "it-IT",
}
# fmt: on

# More ways of saying it: compact ranges, relative weekdays, dated subjects.
LANG["compact_range"] = "dal {d1} al {d} {month}"
LANG["ooo_subject_dated"] = [
    "Fuori ufficio fino al {D}",
    "Assente – rientro il {D}",
    "In ferie fino al {D}: {S}",
]
LANG["ooo_absence"] += [
    ("Sono in ferie {R}.", "range"),
    ("Rientro {W} prossimo.", "wd_next"),
    ("Sono a una fiera fino al {D} e leggo la posta solo la sera.", "until"),
    ("Lavoro da remoto senza accesso alla rete e rientro in sede il {D}.", "back"),
]
LANG["ooo_alt"] += ["Per questioni commerciali {ALT}, per la fatturazione {ALT2}."]
LANG["human"] += [
    (
        "Sono da un cliente tutta la settimana, rientro {W} prossimo. Mi manda la presentazione nel frattempo?",
        "wd_next",
        "away",
    ),
    ("Sarò via {R}, sentiamoci la settimana dopo.", "range", "away"),
    (
        "La settimana scorsa avevamo la convention aziendale, scusi il ritardo. Può aggiungere l'SSO al preventivo?",
        "none",
        "hard_negative",
    ),
    (
        "Domani parto per le ferie: mi mandi il contratto oggi e lo firmo prima di partire.",
        "none",
        "hard_negative",
    ),
    (
        "Il nostro direttore è via fino al {D}, prima non si decide nulla.",
        "note",
        "hard_negative",
    ),
]

# Acknowledgements that sound busy (not absent) and an event reminder.
LANG["ack"] += [
    "Grazie per aver scritto al team commerciale di {COMPANY}. A causa dell'elevato numero di richieste, la risposta può richiedere fino a tre giorni lavorativi. Riferimento: {TICKET}.",
    "Il suo messaggio è stato inoltrato all'ufficio competente. Non deve fare nient'altro. Indichi il riferimento {TICKET} nelle prossime comunicazioni.",
]
LANG["newsletter"] += [
    [
        "Promemoria: il webinar inizia a breve",
        'Buongiorno,\n\nle ricordiamo il webinar "Pianificare il 2026" del {D} alle 15. Link: {URL}\n\nNon può partecipare? Le invieremo la registrazione.\n\nAnnulla l\'iscrizione ai promemoria',
    ]
]

# Day of the month only ("until the 4th", "bis zum 4."): the next such day.
LANG.setdefault("named_formats", {})["day"] = "{d}"
LANG["ooo_absence"] += [["Rientro il {D_day}.", "back"]]
LANG["human"] += [["Sono via fino al {D_day}, ci sentiamo dopo?", "until", "away"]]

# Written about the person (an assistant's or a mailbox rule's notice), not by them.
LANG["ooo_short"] += [
    ["{FULL} è fuori ufficio fino al {D} e risponderà al rientro.", "until"],
    ["Vi informiamo che {FULL} rientra il {D}.", "back"],
]

# Forwarded, a price question, a past absence (not away now).
LANG["human"] += [
    ["Ho inoltrato la sua mail a {ALT}, che segue gli acquisti.", "none", "reply"],
    [
        "Quanto costa più o meno per utente al mese? Siamo circa 60 persone.",
        "none",
        "reply",
    ],
    [
        "Scusi, sono stato malato quasi tutta la settimana scorsa e vedo solo ora. Martedì pomeriggio va bene.",
        "none",
        "hard_negative",
    ],
]
