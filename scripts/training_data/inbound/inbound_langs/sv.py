# ruff: noqa: E501
"""Swedish inbound cores. Modes: see scripts/training_data/inbound/dates.py."""

# fmt: off
LANG = {
    "code": "sv",
    "tz": {"winter": [60], "summer": [120]},
    "months": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    "weekdays": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "weekday_forms": {"def": ["måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen", "lördagen", "söndagen"]},
    "date_formats": [
        ("{d} {month}", ""), ("den {d} {month}", ""), ("{wd} {d} {month}", ""), ("{d} {month} {y}", "yr"), ("{y}-{mm}-{dd}", "yr"), ("{d}/{m}", "amb"),
    ],
    "names": ["Erik Lindqvist", "Anna Johansson", "Karin Nyström", "Johan Berg", "Maria Holm", "Oskar Sandberg", "Linnea Ekström", "Fredrik Åberg", "Sofia Lund", "Mats Öberg", "Elin Wallin", "Gustav Nilsson"],
    "companies": ["Norrland Frakt AB", "Vätterns Försäkring", "Sjöberg Bygg AB", "Mälardalens Energi", "Kvarnby Livs AB", "Göta Logistik", "Fjällsäker AB"],
    "tld": ["se", "se", "com"],
    "phones": ["+46 8 ### ## ##", "+46 70 ### ## ##", "Tel: 031-### ## ##", "Mobil: 073-### ## ##"],
    "addresses": ["Drottninggatan 45\n111 21 Stockholm", "Kungsportsavenyen 10\n411 36 Göteborg"],
    "titles": ["Inköpschef", "Logistikchef", "VD", "IT-chef", "Ekonomiansvarig", "Marknadschef"],
    "signoffs": ["Med vänliga hälsningar", "Vänliga hälsningar", "Hälsningar", "MVH", "Ha det bra!", "Bästa hälsningar"],
    "mobile": ["Skickat från min iPhone", "Skickat från Outlook för Android"],
    "ooo_greet": ["Hej,", "Hej!", "Hej och tack för ditt mejl,", "God dag,"],
    "human_greet": ["Hej {VFIRST},", "Hej {VFIRST}!", "Hallå {VFIRST},", "{VFIRST},"],
    "reply_prefix": ["SV: ", "Sv: ", "Re: "],
    "ooo_subject": ["Automatiskt svar: {S}", "Frånvaro: {S}", "Ej på kontoret: {S}", "Semester", "Frånvaromeddelande", "SV: {S}"],
    "ooo_open": ["Tack för ditt mejl.", "Tack för ditt meddelande.", "Detta är ett automatiskt svar.", "Tack för att du hör av dig."],
    "ooo_absence": [
        ("Jag är på semester till och med {D} och läser inte min e-post.", "incl"),
        ("Jag är tillbaka på kontoret {D}.", "back"),
        ("Jag är ledig {D1}–{D}.", "range"),
        ("Jag är borta till {D}.", "until"),
        ("Jag är på tjänsteresa och tillbaka på {W}.", "wd_back"),
        ("Jag är på utbildning i dag och tillbaka i morgon.", "tomorrow"),
        ("Jag är föräldraledig.", "none"),
        ("Jag är för närvarande inte på kontoret och har begränsad tillgång till e-post.", "none"),
        ("Från och med {D} är jag åter i tjänst.", "back"),
        ("Kontoret är stängt till {D}.", "until"),
        ("Jag är ledig till och med {W}.", "wd_incl"),
        ("Jag är sjukskriven och beräknas vara tillbaka {W}.", "wd_back"),
    ],
    "ooo_short": [
        ("Semester t.o.m. {D}.", "incl"),
        ("Ledig, åter {D}.", "back"),
        ("Inte på kontoret just nu, jag svarar så snart jag kan.", "none"),
        ("Borta till {W}.", "wd_until"),
    ],
    "ooo_alt": [
        "Vid brådskande ärenden, kontakta {ALT}.",
        "Under min frånvaro hänvisas du till {ALT}.",
        "Är det bråttom når du {ALT}.",
        "Frågor om offerter: {ALT}.",
    ],
    "ooo_close": [
        "Jag återkommer när jag är tillbaka.",
        "Ditt mejl vidarebefordras inte.",
        "Jag svarar så snart som möjligt.",
        "Tack för ditt tålamod.",
    ],
    "ack_subject": ["Vi har tagit emot ditt ärende [#{TICKET}]", "Bekräftelse: {S}", "Ärende {TICKET} skapat", "Automatiskt svar: {S}"],
    "ack": [
        "Hej,\n\nTack för ditt meddelande. Detta är en automatisk bekräftelse på att vi har tagit emot ditt ärende, som har fått nummer {TICKET}. Vi svarar inom två arbetsdagar.\n\nKundtjänst {COMPANY}",
        "Tack för att du kontaktar {COMPANY}. Vi har öppet måndag–fredag 8–17. Svara inte på detta automatiska meddelande.",
        "Fakturor som skickas till denna adress behandlas automatiskt. Du får ingen ytterligare bekräftelse.",
        "Vi har fått ditt mejl! Någon i teamet hör av sig snart. Under tiden kan du läsa våra vanliga frågor: {URL}",
    ],
    "gone_subject": ["Automatiskt svar: {S}", "{FULL} har slutat på {COMPANY}", "Adressen används inte längre", "SV: {S}"],
    "gone": [
        "{FULL} arbetar inte längre på {COMPANY}. Denna brevlåda bevakas inte. Kontakta i stället {ALT}.",
        "Hej, jag har slutat på {COMPANY} och adressen stängs snart. Din nya kontakt är {ALT}.",
        ("Observera att {FULL} slutade på företaget den {D}. Ditt meddelande har inte vidarebefordrats. Kontakt: {ALT}.", "past"),
        "Den här e-postadressen används inte längre. Skicka ditt meddelande till {ALT}.",
    ],
    "newsletter": [
        ("Nyheter från {COMPANY}", "Hej!\n\nDen här månaden: vårt nya lager i Jönköping öppnar {D}, ett webbinarium om e-fakturor och en kundberättelse.\n\nLäs mer: {URL}\n\nDu får detta nyhetsbrev eftersom du har prenumererat. Avsluta prenumeration"),
        ("Inbjudan: frukostseminarium {D}", "Välkommen till vårt frukostseminarium {D} i Stockholm. Anmälan: {URL}\n\nVill du inte få fler utskick? Avregistrera dig här."),
    ],
    "human": [
        ("Tack! Jag har semester till {D}, kan vi ta det efter det?", "until", "away"),
        ("Är ute och reser den här veckan, tillbaka på {W}. Hör av dig då.", "wd_back", "away"),
        ("Jag är ledig {D1}–{D}, kan vi boka något veckan efter?", "range", "away"),
        ("Är föräldraledig just nu, tittar på det när jag är tillbaka.", "away", "away"),
        ("Jag jobbar inte längre med ERP-projektet, men {ALT} kan hjälpa dig.", "none", "hard_negative"),
        ("Vi har inte kvar vår gamla leverantör längre. Kan du skicka en offert för 40 användare?", "none", "hard_negative"),
        ("Precis hemkommen från semestern och beta av inkorgen. Torsdag kl. 10 passar.", "none", "hard_negative"),
        ("Budgeten beslutas den {D}, jag återkommer efter det.", "note", "hard_negative"),
        ("Låter intressant. Kan du skicka priser och ett kundcase från handeln?", "none", "reply"),
        ("Inte intresserad, ta bort mig från listan tack.", "none", "reply"),
        ("Det är inte jag som ansvarar för detta, prata med {ALT}.", "none", "reply"),
        ("Gärna, vi hörs {D} kl. 14.", "note", "reply"),
        ("Vi har redan valt en annan lösning, tack ändå.", "none", "reply"),
    ],
    "outgoing": [
        ("Färre misslyckade leveranser på {COMPANY}", "Hej {PFIRST},\n\nVi hjälper logistikteam att minska misslyckade första leveransförsök med cirka 18 %. Har du 20 minuter nästa vecka?\n\nVänliga hälsningar"),
        ("Snabb fråga om er rapportering", "Hej {PFIRST}!\n\nHur tar ert team fram veckorapporten för försäljningen i dag? {VCOMPANY} automatiserar den direkt från CRM. Får jag visa en kort demo?\n\nHälsningar"),
    ],
    "quote_on": "Den {date} skrev {name} <{addr}>:",
    "quote_date": ["{wd} {d} {month} {y} kl. {H}:{M}", "{y}-{mm}-{dd} {H}:{M}"],
    "outlook": ("Från", "Skickat", "Till", "Ämne"),
    "outlook_date": ["den {d} {month} {y} {H}:{M}"],
    "disclaimers": ["Detta e-postmeddelande kan innehålla konfidentiell information. Om du inte är avsedd mottagare, vänligen meddela avsändaren och radera meddelandet.", "Org.nr 556123-4567 | Styrelsens säte: Stockholm"],
    "bounce": {
        "subject": "Olevererbart: ",
        "line": "Det gick inte att leverera meddelandet till följande mottagare.",
        "hint": "E-postadressen kunde inte hittas eller så är mottagarens postlåda inte tillgänglig.",
        "delay_subject": "Leveransen är fördröjd: ",
        "delay_line": "Leveransen till dessa mottagare eller grupper är fördröjd. Vi fortsätter att försöka leverera meddelandet. Du behöver inte göra något.",
    },
    "content_language": "sv-SE",
}
# fmt: on

# More ways of saying it: compact ranges, relative weekdays, dated subjects.
LANG["compact_range"] = "{d1}–{d} {month}"
LANG["ooo_subject_dated"] = [
    "Ej på kontoret till {D}",
    "Ledig, åter {D}",
    "Semester till {D}: {S}",
]
LANG["ooo_absence"] += [
    ("Jag har semester {R}.", "range"),
    ("Jag är tillbaka nästa {W}.", "wd_next"),
    ("Jag är på mässa till {D} och läser e-post bara på kvällarna.", "until"),
    (
        "Jag arbetar hemifrån utan tillgång till nätverket och är tillbaka på kontoret {D}.",
        "back",
    ),
]
LANG["ooo_alt"] += ["Säljfrågor: {ALT}. Fakturafrågor: {ALT2}."]
LANG["human"] += [
    (
        "Är hos en kund hela veckan, tillbaka nästa {W}. Kan du mejla presentationen så länge?",
        "wd_next",
        "away",
    ),
    ("Jag är ledig {R}, vi tar det veckan efter.", "range", "away"),
    (
        "Vi hade kickoff förra veckan, därav det sena svaret. Kan du ta med SSO i offerten?",
        "none",
        "hard_negative",
    ),
    (
        "Jag går på semester i morgon, skicka avtalet i dag så skriver jag på innan.",
        "none",
        "hard_negative",
    ),
    (
        "Vår vd är borta till {D}, inget beslut fattas före dess.",
        "note",
        "hard_negative",
    ),
]

# Acknowledgements that sound busy (not absent) and an event reminder.
LANG["ack"] += [
    "Tack för ditt mejl till säljteamet på {COMPANY}. På grund av hög belastning kan svaret dröja upp till tre arbetsdagar. Referens: {TICKET}.",
    "Ditt meddelande har skickats vidare till rätt avdelning. Du behöver inte göra något mer. Ange referens {TICKET} vid kontakt.",
]
LANG["newsletter"] += [
    [
        "Påminnelse: ditt webbinarium börjar snart",
        "Hej!\n\nPåminnelse om webbinariet ”Planering 2026” {D} kl. 15. Länk: {URL}\n\nKan du inte delta? Vi skickar inspelningen.\n\nAvsluta påminnelser",
    ]
]

# Day of the month only ("until the 4th", "bis zum 4."): the next such day.
LANG.setdefault("named_formats", {})["day"] = "{d}:{sv_ord}"
LANG["ooo_absence"] += [["Jag är tillbaka den {D_day}.", "back"]]
LANG["human"] += [
    ["Är borta till den {D_day}, kan vi ta det efter det?", "until", "away"]
]


def _ordinal(day: int) -> dict[str, str]:
    return {"sv_ord": "a" if day % 10 in (1, 2) and day not in (11, 12) else "e"}


LANG["day_suffixes"] = _ordinal

# Written about the person (an assistant's or a mailbox rule's notice), not by them.
LANG["ooo_short"] += [
    ["{FULL} är ledig till {D} och svarar efter återkomsten.", "until"],
    ["Observera att {FULL} är tillbaka {D}.", "back"],
]

# Forwarded, a price question, a past absence (not away now).
LANG["human"] += [
    [
        "Jag har vidarebefordrat ditt mejl till {ALT}, som sköter inköp hos oss.",
        "none",
        "reply",
    ],
    [
        "Vad kostar det ungefär per användare och månad? Vi är runt 60 personer.",
        "none",
        "reply",
    ],
    [
        "Förlåt, jag var sjuk nästan hela förra veckan och ser detta först nu. Tisdag eftermiddag funkar.",
        "none",
        "hard_negative",
    ],
]
