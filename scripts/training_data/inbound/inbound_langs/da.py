# ruff: noqa: E501
"""Danish inbound cores. Modes: see scripts/training_data/inbound/dates.py."""

# fmt: off
LANG = {
    "code": "da",
    "tz": {"winter": [60], "summer": [120]},
    "months": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
    "weekdays": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "date_formats": [
        ("{d}. {month}", ""), ("den {d}. {month}", ""), ("{wd} den {d}. {month}", ""), ("{d}. {month} {y}", "yr"), ("{d}/{m}", "amb"), ("{dd}.{mm}.{y}", "yr"), ("{d}.{m}.", ""),
    ],
    "names": ["Mette Sørensen", "Søren Kristensen", "Louise Jørgensen", "Rasmus Møller", "Camilla Dahl", "Anders Thomsen", "Ida Frederiksen", "Mikkel Holm", "Sofie Lauridsen", "Jesper Bach", "Pernille Krogh"],
    "companies": ["Jyllands Fragt A/S", "Øresund Forsikring", "Nordlys Energi A/S", "Havnens Fisk ApS", "Kronborg Byg", "Fyns Mejeri A/S", "Amager Logistik ApS"],
    "tld": ["dk", "dk", "com"],
    "phones": ["+45 ## ## ## ##", "Tlf. ## ## ## ##", "Mobil: +45 2# ## ## ##"],
    "addresses": ["Vesterbrogade 12\n1620 København V", "Åboulevarden 33\n8000 Aarhus C"],
    "titles": ["Indkøbschef", "Logistikchef", "Direktør", "IT-chef", "Økonomichef", "Salgschef"],
    "signoffs": ["Med venlig hilsen", "Venlig hilsen", "Mvh", "Bedste hilsner", "Hilsen", "Kh"],
    "mobile": ["Sendt fra min iPhone", "Sendt fra Outlook til Android"],
    "ooo_greet": ["Hej,", "Kære afsender,", "Goddag,", "Hej og tak for din mail,"],
    "human_greet": ["Hej {VFIRST},", "Kære {VFIRST},", "Hej {VFIRST}!", "{VFIRST},"],
    "reply_prefix": ["SV: ", "Sv: ", "Re: "],
    "ooo_subject": ["Autosvar: {S}", "Automatisk svar: {S}", "Fraværende: {S}", "Ferie", "Ude af kontoret", "SV: {S}"],
    "ooo_open": ["Tak for din mail.", "Tak for din henvendelse.", "Dette er et automatisk svar.", "Mange tak for din besked."],
    "ooo_absence": [
        ("Jeg holder ferie til og med {D} og læser ikke mails.", "incl"),
        ("Jeg er tilbage på kontoret {D}.", "back"),
        ("Jeg er fraværende fra {D1} til og med {D}.", "range"),
        ("Jeg er væk indtil {D}.", "until"),
        ("Jeg er på forretningsrejse og tilbage på {W}.", "wd_back"),
        ("Jeg er på kursus i dag og tilbage i morgen.", "tomorrow"),
        ("Jeg er på barsel.", "none"),
        ("Jeg er ikke på kontoret i øjeblikket og har begrænset adgang til mail.", "none"),
        ("Fra {D} er jeg tilbage igen.", "back"),
        ("Kontoret er lukket indtil {D}.", "until"),
        ("Jeg har fri til og med {W}.", "wd_incl"),
        ("Jeg er syg og forventer at være tilbage {W}.", "wd_back"),
    ],
    "ooo_short": [
        ("Ferie t.o.m. {D}.", "incl"),
        ("Fraværende, tilbage {D}.", "back"),
        ("Ikke på kontoret lige nu, jeg svarer hurtigst muligt.", "none"),
        ("Væk indtil {W}.", "wd_until"),
    ],
    "ooo_alt": [
        "I hastende tilfælde kontakt venligst {ALT}.",
        "Under mit fravær kan du henvende dig til {ALT}.",
        "Haster det, så skriv til {ALT}.",
        "Tilbud og ordrer: {ALT}.",
    ],
    "ooo_close": [
        "Jeg vender tilbage, når jeg er tilbage.",
        "Din mail bliver ikke videresendt.",
        "Jeg svarer hurtigst muligt.",
        "Tak for din tålmodighed.",
    ],
    "ack_subject": ["Vi har modtaget din henvendelse [#{TICKET}]", "Kvittering: {S}", "Sag {TICKET} oprettet", "Autosvar: {S}"],
    "ack": [
        "Hej,\n\nTak for din henvendelse. Dette er en automatisk kvittering for, at vi har modtaget din mail. Din sag har nummer {TICKET}, og vi svarer inden for to hverdage.\n\nKundeservice, {COMPANY}",
        "Tak fordi du skrev til {COMPANY}. Vi har åbent mandag–fredag kl. 8–16. Du kan ikke svare på denne mail.",
        "Fakturaer sendt til denne adresse behandles automatisk. Du modtager ingen yderligere bekræftelse.",
        "Vi har fået din mail! En kollega kontakter dig snart. Se evt. vores ofte stillede spørgsmål: {URL}",
    ],
    "gone_subject": ["Autosvar: {S}", "{FULL} er ikke længere ansat hos {COMPANY}", "Adressen er lukket", "SV: {S}"],
    "gone": [
        "{FULL} er ikke længere ansat hos {COMPANY}. Denne postkasse læses ikke. Kontakt venligst {ALT}.",
        "Hej, jeg er stoppet hos {COMPANY}, og adressen lukkes snart. Din nye kontaktperson er {ALT}.",
        ("Bemærk, at {FULL} fratrådte den {D}. Din mail er ikke videresendt. Kontakt: {ALT}.", "past"),
        "Denne mailadresse er ikke længere i brug. Skriv i stedet til {ALT}.",
    ],
    "newsletter": [
        ("Nyt fra {COMPANY}", "Kære læser,\n\nDenne måned: vores nye lager i Odense åbner {D}, et webinar om e-fakturering og en kundehistorie.\n\nLæs mere: {URL}\n\nDu modtager dette nyhedsbrev, fordi du har tilmeldt dig. Afmeld"),
        ("Invitation: kundedag {D}", "Vi inviterer dig til kundedag {D} i København. Tilmelding: {URL}\n\nVil du ikke modtage flere mails? Afmeld her."),
    ],
    "human": [
        ("Tak! Jeg holder ferie indtil {D}, kan vi tage den derefter?", "until", "away"),
        ("Jeg er ude at rejse i denne uge og tilbage på {W}. Skriv gerne igen der.", "wd_back", "away"),
        ("Jeg er væk fra {D1} til og med {D}, lad os finde en tid ugen efter.", "range", "away"),
        ("Er på barsel lige nu, kigger på det når jeg er tilbage.", "away", "away"),
        ("Jeg arbejder ikke længere på ERP-projektet, men {ALT} kan hjælpe dig.", "none", "hard_negative"),
        ("Vi er ikke længere hos vores gamle leverandør. Kan du sende et tilbud på 40 brugere?", "none", "hard_negative"),
        ("Lige kommet hjem fra ferie og er ved at indhente mails. Torsdag kl. 10 passer fint.", "none", "hard_negative"),
        ("Budgettet godkendes den {D}, jeg vender tilbage derefter.", "note", "hard_negative"),
        ("Spændende. Kan du sende priser og en kundecase fra detailhandlen?", "none", "reply"),
        ("Ingen interesse, fjern mig venligst fra listen.", "none", "reply"),
        ("Det er ikke mig, der står for det, tal med {ALT}.", "none", "reply"),
        ("Gerne, lad os tage et opkald {D} kl. 14.", "note", "reply"),
        ("Vi har allerede valgt en anden løsning, men tak alligevel.", "none", "reply"),
    ],
    "outgoing": [
        ("Færre mislykkede leveringer hos {COMPANY}", "Hej {PFIRST},\n\nVi hjælper logistikteams med at reducere mislykkede første leveringsforsøg med ca. 18 %. Har du 20 minutter i næste uge?\n\nVenlig hilsen"),
        ("Hurtigt spørgsmål om jeres rapportering", "Hej {PFIRST},\n\nHvordan laver jeres team den ugentlige salgsrapport i dag? {VCOMPANY} automatiserer den fra jeres CRM. Må jeg vise en kort demo?\n\nMvh"),
    ],
    "quote_on": "Den {date} skrev {name} <{addr}>:",
    "quote_date": ["{wd} {d}. {month} {y} kl. {H}.{M}", "{dd}.{mm}.{y} {H}.{M}"],
    "outlook": ("Fra", "Sendt", "Til", "Emne"),
    "outlook_date": ["{d}. {month} {y} {H}:{M}"],
    "disclaimers": ["Denne e-mail kan indeholde fortrolige oplysninger. Hvis du ikke er den rette modtager, bedes du give afsender besked og slette e-mailen.", "CVR-nr. 12345678"],
    "bounce": {
        "subject": "Kan ikke leveres: ",
        "line": "Din meddelelse til følgende modtager kunne ikke leveres.",
        "hint": "Mailadressen blev ikke fundet, eller modtagerens postkasse er ikke tilgængelig.",
        "delay_subject": "Levering forsinket: ",
        "delay_line": "Leveringen til disse modtagere eller grupper er forsinket. Vi prøver fortsat at levere meddelelsen. Du behøver ikke at gøre noget.",
    },
    "content_language": "da-DK",
}
# fmt: on

# More ways of saying it: compact ranges, relative weekdays, dated subjects.
LANG["compact_range"] = "{d1}.–{d}. {month}"
LANG["ooo_subject_dated"] = [
    "Ikke på kontoret før {D}",
    "Fraværende, tilbage {D}",
    "Ferie indtil {D}: {S}",
]
LANG["ooo_absence"] += [
    ("Jeg holder ferie {R}.", "range"),
    ("Jeg er tilbage næste {W}.", "wd_next"),
    ("Jeg er på messe indtil {D} og læser kun mails om aftenen.", "until"),
    (
        "Jeg arbejder hjemme uden adgang til netværket og er tilbage på kontoret {D}.",
        "back",
    ),
]
LANG["ooo_alt"] += ["Salgsspørgsmål: {ALT}. Fakturaer: {ALT2}."]
LANG["human"] += [
    (
        "Er hos en kunde hele ugen, tilbage næste {W}. Kan du sende præsentationen i mellemtiden?",
        "wd_next",
        "away",
    ),
    ("Jeg holder fri {R}, lad os tage den ugen efter.", "range", "away"),
    (
        "Vi havde kickoff i sidste uge, derfor det sene svar. Kan du tage SSO med i tilbuddet?",
        "none",
        "hard_negative",
    ),
    (
        "Jeg tager på ferie i morgen, så send kontrakten i dag, så skriver jeg under inden.",
        "none",
        "hard_negative",
    ),
    (
        "Vores direktør er væk indtil {D}, så der bliver ikke besluttet noget før.",
        "note",
        "hard_negative",
    ),
]

# Acknowledgements that sound busy (not absent) and an event reminder.
LANG["ack"] += [
    "Tak for din mail til salgsteamet hos {COMPANY}. På grund af travlhed kan svaret tage op til tre hverdage. Reference: {TICKET}.",
    "Din besked er sendt videre til den rette afdeling. Du skal ikke gøre mere. Angiv reference {TICKET} ved henvendelse.",
]
LANG["newsletter"] += [
    [
        "Påmindelse: dit webinar starter snart",
        'Hej,\n\nPåmindelse om webinaret "Planlægning 2026" {D} kl. 15. Link: {URL}\n\nKan du ikke deltage? Vi sender optagelsen.\n\nAfmeld påmindelser',
    ]
]

# Day of the month only ("until the 4th", "bis zum 4."): the next such day.
LANG.setdefault("named_formats", {})["day"] = "{d}."
LANG["ooo_absence"] += [["Jeg er tilbage den {D_day}.", "back"]]
LANG["human"] += [
    ["Jeg er væk til den {D_day}, kan vi tage den bagefter?", "until", "away"]
]

# Written about the person (an assistant's or a mailbox rule's notice), not by them.
LANG["ooo_short"] += [
    ["{FULL} er fraværende indtil {D} og svarer ved hjemkomst.", "until"],
    ["Bemærk, at {FULL} er tilbage {D}.", "back"],
]

# Forwarded, a price question, a past absence (not away now).
LANG["human"] += [
    [
        "Jeg har videresendt din mail til {ALT}, som står for indkøb hos os.",
        "none",
        "reply",
    ],
    [
        "Hvad koster det cirka pr. bruger pr. måned? Vi er omkring 60 personer.",
        "none",
        "reply",
    ],
    [
        "Undskyld, jeg var syg det meste af sidste uge og ser det først nu. Tirsdag eftermiddag passer.",
        "none",
        "hard_negative",
    ],
]
