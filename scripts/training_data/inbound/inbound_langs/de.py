# ruff: noqa: E501
"""German inbound cores. Modes: see scripts/training_data/inbound/dates.py."""

# fmt: off
LANG = {
    "code": "de",
    "tz": {"winter": [60], "summer": [120]},
    "months": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "month_forms": {"abbr": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]},
    "weekdays": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "weekday_forms": {"abbr": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]},
    "date_formats": [
        ("{d}.{m}.", ""), ("{dd}.{mm}.", ""), ("{d}. {month}", ""), ("{dd}.{mm}.{y}", "yr"), ("{d}. {month} {y}", "yr"),
        ("{wd}, {d}. {month}", ""), ("{wd}, {dd}.{mm}.", ""), ("{wd_abbr} {d}.{m}.", ""), ("{d}.{m}.{yy}", "yr"),
    ],
    "names": ["Jürgen Groß", "Anna Becker", "Stefan Wagner", "Katrin Hofmann", "Thomas Schäfer", "Julia Krüger", "Markus Weiß", "Sabine Lehmann", "Lukas Neumann", "Miriam Özdemir", "Florian Brandt", "Nadine Vogel", "Tobias Hartmann", "Claudia Richter"],
    "companies": ["Hanse Logistik GmbH", "Brenner Maschinenbau AG", "Rheinwerk Versicherung", "Alpenmilch eG", "Nordstern Handel GmbH", "Kessler Medizintechnik", "Stadtwerke Lindenau", "Weber & Söhne KG", "Isar Software GmbH"],
    "tld": ["de", "de", "de", "at", "ch", "com"],
    "phones": ["+49 30 #######", "+49 (0)89 ### ###-##", "Tel. 040 / ### ## ##", "+49 171 #######", "+43 1 ### ## ##", "Mobil: 0151 ########"],
    "addresses": ["Friedrichstraße 112\n10117 Berlin", "Am Sandtorkai 48\n20457 Hamburg", "Leopoldstraße 31\n80802 München", "Mariahilfer Straße 77\n1060 Wien"],
    "titles": ["Leiterin Einkauf", "Leiter IT", "Geschäftsführer", "Vertriebsleiterin", "Teamleiter Logistik", "Head of Marketing", "Prokurist", "Referentin Controlling"],
    "signoffs": ["Viele Grüße", "Beste Grüße", "Mit freundlichen Grüßen", "Freundliche Grüße", "VG", "Liebe Grüße", "Herzliche Grüße"],
    "mobile": ["Von meinem iPhone gesendet", "Gesendet von Outlook für Android", "Von unterwegs gesendet"],
    "ooo_greet": ["Guten Tag,", "Hallo,", "Sehr geehrte Damen und Herren,", "Liebe Absenderin, lieber Absender,", "Moin,"],
    "human_greet": ["Hallo {VFIRST},", "Hi {VFIRST},", "Guten Tag {VFIRST},", "Liebe/r {VFIRST},", "Servus {VFIRST},"],
    "reply_prefix": ["AW: ", "Re: ", "AW: "],
    "ooo_subject": ["Automatische Antwort: {S}", "Abwesenheitsnotiz: {S}", "Abwesend: {S}", "Out of Office: {S}", "Abwesenheit", "Urlaub", "AW: {S}"],
    "ooo_open": ["Vielen Dank für Ihre Nachricht.", "Danke für Ihre E-Mail.", "Herzlichen Dank für Ihre Mail.", "Dies ist eine automatische Antwort.", "Danke für deine Nachricht!"],
    "ooo_absence": [
        ("Ich bin bis zum {D} nicht im Büro und habe keinen Zugriff auf meine E-Mails.", "until"),
        ("Ab dem {D} bin ich wieder für Sie erreichbar.", "back"),
        ("Ich befinde mich vom {D1} bis einschließlich {D} im Urlaub.", "range"),
        ("Ich bin bis einschließlich {D} abwesend.", "incl"),
        ("Ich bin derzeit auf Dienstreise und ab {W} wieder im Haus.", "wd_back"),
        ("Ich bin bis {W} nicht erreichbar.", "wd_until"),
        ("Ich bin heute ganztägig im Seminar und morgen wieder da.", "tomorrow"),
        ("Ich bin zurzeit in Elternzeit.", "none"),
        ("Ich bin aktuell krankheitsbedingt abwesend.", "none"),
        ("Ich bin im Urlaub und ab {D} wieder zurück.", "back"),
        ("Unser Büro bleibt zwischen den Jahren geschlossen, ab dem {D} sind wir wieder für Sie da.", "back"),
        ("Vom {D1} bis {D} bin ich außer Haus.", "range"),
        ("Ich bin bis {D} auf einer Messe und lese E-Mails nur unregelmäßig.", "until"),
        ("Bis einschließlich {W} bin ich im Urlaub.", "wd_incl"),
    ],
    "ooo_short": [
        ("Bin bis {D} im Urlaub.", "until"),
        ("Abwesend bis {D}. Ihre Nachricht wird nicht weitergeleitet.", "until"),
        ("Ab {W} wieder im Büro.", "wd_back"),
        ("Ich bin derzeit nicht im Büro. Ihre E-Mail wird nach meiner Rückkehr bearbeitet.", "none"),
        ("Urlaub {D1} – {D}.", "range"),
    ],
    "ooo_alt": [
        "In dringenden Fällen wenden Sie sich bitte an {ALT}.",
        "Meine Vertretung übernimmt {ALT}.",
        "Bei Eilsachen erreichen Sie {ALT}.",
        "Für Angebote und Bestellungen kontaktieren Sie bitte {ALT}.",
    ],
    "ooo_close": [
        "Ich melde mich nach meiner Rückkehr bei Ihnen.",
        "Ihre E-Mail wird nicht weitergeleitet.",
        "Ich werde Ihre Nachricht nach meiner Rückkehr schnellstmöglich beantworten.",
        "Vielen Dank für Ihr Verständnis.",
    ],
    "ack_subject": ["Ihre Anfrage ist eingegangen [#{TICKET}]", "Eingangsbestätigung: {S}", "Ticket {TICKET} wurde erstellt", "Wir haben Ihre Nachricht erhalten", "Automatische Antwort: {S}"],
    "ack": [
        "Guten Tag,\n\nvielen Dank für Ihre Nachricht. Diese E-Mail bestätigt den Eingang Ihrer Anfrage. Wir bearbeiten sie in der Regel innerhalb von zwei Werktagen.\n\nIhre Vorgangsnummer lautet {TICKET}.\n\nIhr Kundenservice von {COMPANY}",
        "Ihre E-Mail ist bei uns eingegangen und wurde unter der Ticketnummer {TICKET} erfasst. Unsere Servicezeiten: Mo–Fr 8–17 Uhr.\n\nBitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.",
        "Danke für Ihre Bewerbung bzw. Anfrage an {COMPANY}. Wir haben Ihre Unterlagen erhalten und melden uns so bald wie möglich.",
        "Rechnungen an dieses Postfach werden automatisch verarbeitet. Sie erhalten keine weitere Bestätigung.\n\n{COMPANY} – Kreditorenbuchhaltung",
        "Hallo,\n\nwir haben deine Nachricht erhalten! Unser Team meldet sich in Kürze. Antworten auf häufige Fragen findest du hier: {URL}",
    ],
    "gone_subject": ["Automatische Antwort: {S}", "{FULL} nicht mehr bei {COMPANY}", "Postfach nicht mehr aktiv", "AW: {S}"],
    "gone": [
        "{FULL} ist nicht mehr bei {COMPANY} tätig. Dieses Postfach wird nicht mehr gelesen. Bitte wenden Sie sich an {ALT}.",
        "Vielen Dank für Ihre Nachricht. Ich habe das Unternehmen verlassen, diese Adresse wird in Kürze deaktiviert. Ihre Ansprechpartnerin ist ab sofort {ALT}.",
        ("Bitte beachten Sie, dass {FULL} seit dem {D} nicht mehr für {COMPANY} arbeitet. Ihre Nachricht wurde nicht weitergeleitet. Zuständig ist {ALT}.", "past"),
        "Diese E-Mail-Adresse ist nicht mehr aktiv. Bitte senden Sie Ihre Anfrage an {ALT}.",
    ],
    "newsletter": [
        ("Neuigkeiten von {COMPANY}", "Liebe Kundinnen und Kunden,\n\nunser neues Lager in Leipzig ist ab dem {D} in Betrieb. Außerdem: Praxis-Webinar zur Tourenplanung und neue Lieferkonditionen.\n\nMehr erfahren: {URL}\n\nSie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden"),
        ("Einladung: Kundentag am {D}", "Wir laden Sie herzlich zu unserem Kundentag am {D} in Hamburg ein. Programm und Anmeldung: {URL}\n\nWenn Sie keine E-Mails mehr erhalten möchten, können Sie sich hier abmelden."),
        ("Ihr Wochenüberblick", "Die wichtigsten Themen dieser Woche:\n\n• Energiepreise im Mittelstand\n• Fünf Tipps für die Jahresplanung\n• Betriebsferien: Der Service ist bis {D} eingeschränkt\n\nNewsletter-Einstellungen verwalten: {URL}"),
    ],
    "human": [
        ("Danke für die Info! Ich bin bis {D} im Urlaub, können wir danach sprechen?", "until", "away"),
        ("Ich bin diese Woche unterwegs und ab {W} wieder im Büro. Melden Sie sich gern dann nochmal.", "wd_back", "away"),
        ("Kurz vom Handy: Ich bin vom {D1} bis {D} auf einer Konferenz und danach kurz im Urlaub, lassen Sie uns die Woche danach telefonieren.", "range", "away"),
        ("Bin gerade im Urlaub, schaue mir das an, wenn ich zurück bin.", "away", "away"),
        ("Ich betreue das ERP-Projekt nicht mehr, aber {ALT} kann Ihnen weiterhelfen.", "none", "hard_negative"),
        ("Wir sind nicht mehr bei unserem alten Anbieter. Schicken Sie mir bitte ein Angebot für 30 Nutzer.", "none", "hard_negative"),
        ("Bin gerade aus dem Urlaub zurück und arbeite mich durch die Mails. Donnerstag um 10 Uhr passt mir.", "none", "hard_negative"),
        ("Unser Budget wird am {D} freigegeben, bis dahin kann ich leider nichts zusagen.", "note", "hard_negative"),
        ("Klingt interessant. Können Sie mir eine Preisübersicht und eine Referenz aus dem Handel schicken?", "none", "reply"),
        ("Kein Interesse, bitte nehmen Sie mich aus Ihrem Verteiler.", "none", "reply"),
        ("Dafür bin ich nicht zuständig, bitte wenden Sie sich an {ALT} aus unserem Einkauf.", "none", "reply"),
        ("Gerne, lassen Sie uns am {D} um 14 Uhr telefonieren.", "note", "reply"),
        ("Wir haben uns bereits für einen anderen Anbieter entschieden. Trotzdem danke.", "none", "reply"),
        ("Sorry für die späte Antwort, ich war letzte Woche krank. Ja, schicken Sie das Angebot gern.", "none", "hard_negative"),
    ],
    "outgoing": [
        ("Weniger Fehlzustellungen bei {COMPANY}", "Hallo {PFIRST},\n\nwir helfen Logistikteams, fehlgeschlagene Erstzustellungen um rund 18 % zu senken. Hätten Sie nächste Woche 20 Minuten für ein kurzes Gespräch?\n\nViele Grüße"),
        ("Kurze Frage zu Ihrem Reporting", "Guten Tag {PFIRST},\n\nwie erstellt Ihr Team heute den wöchentlichen Umsatzbericht? {VCOMPANY} automatisiert das direkt aus dem CRM. Darf ich Ihnen eine kurze Demo zeigen?\n\nBeste Grüße"),
        ("Angebot wie besprochen", "Hallo {PFIRST},\n\nanbei wie versprochen unser Angebot für 25–100 Nutzer. Sollen wir es gemeinsam durchgehen?\n\nFreundliche Grüße"),
    ],
    "quote_on": "Am {date} schrieb {name} <{addr}>:",
    "quote_date": ["{wd_abbr}, {d}. {month_abbr} {y} um {H}:{M}", "{dd}.{mm}.{y} um {H}:{M}", "{d}. {month} {y} um {H}:{M} Uhr"],
    "outlook": ("Von", "Gesendet", "An", "Betreff"),
    "outlook_date": ["{wd}, {d}. {month} {y} {H}:{M}"],
    "disclaimers": [
        "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.",
        "Sitz der Gesellschaft: Hamburg, Registergericht: Amtsgericht Hamburg HRB 123456, Geschäftsführer: Dr. Klaus Meier, USt-IdNr. DE 812345678",
    ],
    "footer_events": ["Besuchen Sie uns auf der LogiMAT am {D}, Halle 3, Stand C21.", "Achtung: Unser Büro ist am {D} wegen Inventur geschlossen."],
    "bounce": {
        "subject": "Unzustellbar: ",
        "line": "Ihre Nachricht an folgenden Empfänger konnte nicht zugestellt werden.",
        "hint": "Die E-Mail-Adresse wurde nicht gefunden, oder das Postfach des Empfängers ist nicht verfügbar.",
        "delay_subject": "Zustellung verzögert: ",
        "delay_line": "Die Zustellung an diese Empfänger oder Gruppen ist verzögert. Es wird weiterhin versucht, Ihre Nachricht zuzustellen. Sie müssen nichts unternehmen.",
    },
    "content_language": "de-DE",
}
# fmt: on

# More ways of saying it: compact ranges, relative weekdays, dated subjects.
LANG["compact_range"] = "{d1}.–{d}.{m}."
LANG["ooo_subject_dated"] = [
    "Abwesend bis {D}",
    "Nicht im Büro bis {D}",
    "Urlaub bis {D} – {S}",
]
LANG["ooo_absence"] += [
    ("Ich bin {R} im Urlaub.", "range"),
    ("Ich bin ab nächsten {W} wieder im Büro.", "wd_next"),
    ("Bis zum {D} bin ich in Kurzarbeit und nur eingeschränkt erreichbar.", "until"),
    (
        "Ich bin im Homeoffice ohne Zugang zum Firmennetz und ab {D} wieder vor Ort.",
        "back",
    ),
]
LANG["ooo_alt"] += [
    "Bei vertrieblichen Fragen wenden Sie sich bitte an {ALT}, bei Rechnungsfragen an {ALT2}."
]
LANG["human"] += [
    (
        "Ich bin die ganze Woche beim Kunden und ab nächsten {W} wieder im Büro. Können Sie mir die Unterlagen vorab schicken?",
        "wd_next",
        "away",
    ),
    (
        "Ich bin {R} nicht da, lassen Sie uns danach einen Termin finden.",
        "range",
        "away",
    ),
    (
        "Wir hatten letzte Woche Betriebsausflug, daher die späte Antwort. Passt soweit, bitte SSO mit ins Angebot aufnehmen.",
        "none",
        "hard_negative",
    ),
    (
        "Ich fahre morgen in den Urlaub, schicken Sie mir den Vertrag bitte heute noch, dann unterschreibe ich vorher.",
        "none",
        "hard_negative",
    ),
    (
        "Unser Geschäftsführer ist bis {D} im Urlaub, vorher fällt keine Entscheidung.",
        "note",
        "hard_negative",
    ),
]

# Acknowledgements that sound busy (not absent) and an event reminder.
LANG["ack"] += [
    "Vielen Dank für Ihre Anfrage an den Vertrieb von {COMPANY}. Aufgrund des hohen Aufkommens kann die Bearbeitung bis zu drei Werktage dauern. Ihre Referenz: {TICKET}.",
    "Ihre Nachricht wurde erfolgreich an die zuständige Abteilung weitergeleitet. Sie müssen nichts weiter tun. Bitte geben Sie bei Rückfragen die Nummer {TICKET} an.",
]
LANG["newsletter"] += [
    [
        "Erinnerung: Ihr Webinar beginnt bald",
        "Guten Tag,\n\nwir erinnern Sie an das Webinar „Planung 2026“ am {D} um 15 Uhr. Zugangslink: {URL}\n\nSie können nicht teilnehmen? Wir senden Ihnen die Aufzeichnung.\n\nVon Veranstaltungs-Erinnerungen abmelden",
    ]
]

# Day of the month only ("until the 4th", "bis zum 4."): the next such day.
LANG.setdefault("named_formats", {})["day"] = "{d}."
LANG["ooo_absence"] += [["Ich bin bis zum {D_day} im Urlaub.", "until"]]
LANG["human"] += [
    ["Bin bis zum {D_day} weg, lass uns danach telefonieren.", "until", "away"]
]

# Written about the person (an assistant's or a mailbox rule's notice), not by them.
LANG["ooo_short"] += [
    [
        "{FULL} ist bis {D} nicht im Haus. Ihre Nachricht wird nach der Rückkehr bearbeitet.",
        "until",
    ],
    ["Frau/Herr {FULL} ist ab dem {D} wieder erreichbar.", "back"],
]

# Forwarded, a price question, a past absence (not away now).
LANG["human"] += [
    [
        "Ich habe Ihre Mail an {ALT} weitergeleitet, der bei uns den Einkauf verantwortet.",
        "none",
        "reply",
    ],
    [
        "Was kostet das ungefähr pro Nutzer und Monat? Wir sind etwa 60 Leute.",
        "none",
        "reply",
    ],
    [
        "Sorry, ich war letzte Woche fast komplett krank und sehe das erst jetzt. Dienstagnachmittag ginge.",
        "none",
        "hard_negative",
    ],
]
