# ruff: noqa: E501
"""Norwegian (bokmål) inbound cores. Modes: see scripts/training_data/inbound/dates.py."""

# fmt: off
LANG = {
    "code": "no",
    "tz": {"winter": [60], "summer": [120]},
    "months": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
    "weekdays": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "date_formats": [
        ("{d}. {month}", ""), ("{wd} {d}. {month}", ""), ("{d}. {month} {y}", "yr"), ("{d}.{m}.", ""), ("{dd}.{mm}.{y}", "yr"), ("{wd} {d}.{m}", ""),
    ],
    "names": ["Ingrid Hansen", "Ola Nordmann", "Kari Berge", "Henrik Solberg", "Silje Haugen", "Magnus Eide", "Marte Lie", "Eirik Bakken", "Ragnhild Moen", "Thomas Aas", "Hilde Strand"],
    "companies": ["Fjordfrakt AS", "Vestland Energi", "Bergen Sjømat AS", "Nordkapp Bygg", "Oslofjord Forsikring", "Trøndelag Logistikk AS", "Polar Maskin AS"],
    "tld": ["no", "no", "com"],
    "phones": ["+47 ## ## ## ##", "Tlf: +47 22 ## ## ##", "Mob: 9## ## ###"],
    "addresses": ["Karl Johans gate 20\n0159 Oslo", "Bryggen 15\n5003 Bergen"],
    "titles": ["Innkjøpssjef", "Logistikksjef", "Daglig leder", "IT-sjef", "Økonomisjef", "Salgssjef"],
    "signoffs": ["Med vennlig hilsen", "Vennlig hilsen", "Mvh", "Hilsen", "Beste hilsen"],
    "mobile": ["Sendt fra min iPhone", "Sendt fra Outlook for Android"],
    "ooo_greet": ["Hei,", "Hei!", "God dag,", "Hei og takk for e-posten,"],
    "human_greet": ["Hei {VFIRST},", "Hei {VFIRST}!", "Hallo {VFIRST},", "{VFIRST},"],
    "reply_prefix": ["SV: ", "Sv: ", "Re: "],
    "ooo_subject": ["Automatisk svar: {S}", "Fraværende: {S}", "Ikke på kontoret: {S}", "Ferie", "Fravær", "SV: {S}"],
    "ooo_open": ["Takk for e-posten din.", "Takk for henvendelsen.", "Dette er et automatisk svar.", "Takk for meldingen."],
    "ooo_absence": [
        ("Jeg har ferie til og med {D} og leser ikke e-post.", "incl"),
        ("Jeg er tilbake på kontoret {D}.", "back"),
        ("Jeg er borte fra {D1} til og med {D}.", "range"),
        ("Jeg er ute av kontoret frem til {D}.", "until"),
        ("Jeg er på reise og tilbake på {W}.", "wd_back"),
        ("Jeg er på kurs i dag og tilbake i morgen.", "tomorrow"),
        ("Jeg er i foreldrepermisjon.", "none"),
        ("Jeg er for tiden ikke på kontoret og har begrenset tilgang til e-post.", "none"),
        ("Fra {D} er jeg tilbake igjen.", "back"),
        ("Kontoret er stengt frem til {D}.", "until"),
        ("Jeg har fri til og med {W}.", "wd_incl"),
        ("Jeg er syk og regner med å være tilbake {W}.", "wd_back"),
    ],
    "ooo_short": [
        ("Ferie t.o.m. {D}.", "incl"),
        ("Fraværende, tilbake {D}.", "back"),
        ("Ikke på kontoret nå, svarer så snart jeg kan.", "none"),
        ("Borte til {W}.", "wd_until"),
    ],
    "ooo_alt": [
        "Ved hastesaker, kontakt {ALT}.",
        "Mens jeg er borte, kan du kontakte {ALT}.",
        "Haster det, send en e-post til {ALT}.",
        "Tilbud og bestillinger: {ALT}.",
    ],
    "ooo_close": [
        "Jeg svarer når jeg er tilbake.",
        "E-posten din blir ikke videresendt.",
        "Jeg tar kontakt så snart som mulig.",
        "Takk for forståelsen.",
    ],
    "ack_subject": ["Vi har mottatt henvendelsen din [#{TICKET}]", "Kvittering: {S}", "Sak {TICKET} opprettet", "Automatisk svar: {S}"],
    "ack": [
        "Hei,\n\nTakk for henvendelsen. Dette er en automatisk bekreftelse på at vi har mottatt e-posten din. Saken har fått nummer {TICKET}, og vi svarer innen to virkedager.\n\nKundeservice, {COMPANY}",
        "Takk for at du kontakter {COMPANY}. Vi har åpent mandag–fredag kl. 08–16. Du kan ikke svare på denne e-posten.",
        "Fakturaer sendt til denne adressen behandles automatisk. Du får ingen ytterligere bekreftelse.",
        "Vi har fått e-posten din! Noen fra teamet tar kontakt snart. Se gjerne ofte stilte spørsmål: {URL}",
    ],
    "gone_subject": ["Automatisk svar: {S}", "{FULL} har sluttet i {COMPANY}", "Adressen er ikke lenger i bruk", "SV: {S}"],
    "gone": [
        "{FULL} jobber ikke lenger i {COMPANY}. Denne innboksen blir ikke lest. Vennligst kontakt {ALT}.",
        "Hei, jeg har sluttet i {COMPANY}, og adressen stenges snart. Ny kontaktperson er {ALT}.",
        ("Merk at {FULL} sluttet i selskapet {D}. E-posten er ikke videresendt. Kontakt: {ALT}.", "past"),
        "Denne e-postadressen er ikke lenger i bruk. Send henvendelsen til {ALT}.",
    ],
    "newsletter": [
        ("Nytt fra {COMPANY}", "Hei!\n\nDenne måneden: nytt lager i Drammen åpner {D}, webinar om e-faktura og en kundehistorie.\n\nLes mer: {URL}\n\nDu mottar dette nyhetsbrevet fordi du har meldt deg på. Meld deg av"),
        ("Invitasjon: frokostmøte {D}", "Velkommen til frokostmøte {D} i Oslo. Påmelding: {URL}\n\nVil du ikke motta flere e-poster? Meld deg av her."),
    ],
    "human": [
        ("Takk! Jeg har ferie til {D}, kan vi ta det etterpå?", "until", "away"),
        ("Er på reise denne uka, tilbake på {W}. Send meg gjerne en melding da.", "wd_back", "away"),
        ("Jeg er borte fra {D1} til og med {D}, la oss finne en tid uka etter.", "range", "away"),
        ("Er i permisjon nå, ser på det når jeg er tilbake.", "away", "away"),
        ("Jeg jobber ikke lenger med ERP-prosjektet, men {ALT} kan hjelpe deg.", "none", "hard_negative"),
        ("Vi er ikke lenger hos den gamle leverandøren vår. Kan du sende et tilbud på 40 brukere?", "none", "hard_negative"),
        ("Akkurat kommet hjem fra ferie og tar igjen e-posten. Torsdag kl. 10 passer.", "none", "hard_negative"),
        ("Budsjettet vedtas {D}, jeg kommer tilbake til deg etter det.", "note", "hard_negative"),
        ("Interessant. Kan du sende priser og en kundecase fra varehandel?", "none", "reply"),
        ("Ikke interessert, fjern meg fra listen.", "none", "reply"),
        ("Det er ikke jeg som har ansvaret for dette, snakk med {ALT}.", "none", "reply"),
        ("Gjerne, la oss ta en prat {D} kl. 14.", "note", "reply"),
        ("Vi har allerede valgt en annen løsning, men takk likevel.", "none", "reply"),
    ],
    "outgoing": [
        ("Færre mislykkede leveranser hos {COMPANY}", "Hei {PFIRST},\n\nVi hjelper logistikkteam med å redusere mislykkede første leveringsforsøk med rundt 18 %. Har du 20 minutter neste uke?\n\nVennlig hilsen"),
        ("Kjapt spørsmål om rapporteringen deres", "Hei {PFIRST}!\n\nHvordan lager teamet ditt den ukentlige salgsrapporten i dag? {VCOMPANY} automatiserer den fra CRM. Kan jeg vise en kort demo?\n\nMvh"),
    ],
    "quote_on": "{date} skrev {name} <{addr}>:",
    "quote_date": ["{wd} {d}. {month} {y} kl. {H}:{M}", "{dd}.{mm}.{y} kl. {H}:{M}"],
    "outlook": ("Fra", "Sendt", "Til", "Emne"),
    "outlook_date": ["{wd} {d}. {month} {y} {H}:{M}"],
    "disclaimers": ["Denne e-posten kan inneholde konfidensiell informasjon. Dersom du ikke er rett mottaker, vennligst varsle avsender og slett e-posten.", "Org.nr. 912 345 678 MVA"],
    "bounce": {
        "subject": "Kan ikke leveres: ",
        "line": "Meldingen din til følgende mottaker kunne ikke leveres.",
        "hint": "E-postadressen ble ikke funnet, eller mottakerens postboks er ikke tilgjengelig.",
        "delay_subject": "Levering forsinket: ",
        "delay_line": "Leveringen til disse mottakerne eller gruppene er forsinket. Vi fortsetter å prøve å levere meldingen. Du trenger ikke å gjøre noe.",
    },
    "content_language": "nb-NO",
}
# fmt: on

# More ways of saying it: compact ranges, relative weekdays, dated subjects.
LANG["compact_range"] = "{d1}.–{d}. {month}"
LANG["ooo_subject_dated"] = [
    "Ikke på kontoret før {D}",
    "Fraværende, tilbake {D}",
    "Ferie til {D}: {S}",
]
LANG["ooo_absence"] += [
    ("Jeg har ferie {R}.", "range"),
    ("Jeg er tilbake neste {W}.", "wd_next"),
    ("Jeg er på messe frem til {D} og leser e-post bare om kvelden.", "until"),
    (
        "Jeg jobber hjemmefra uten tilgang til nettverket og er tilbake på kontoret {D}.",
        "back",
    ),
]
LANG["ooo_alt"] += ["Salgsspørsmål: {ALT}. Faktura: {ALT2}."]
LANG["human"] += [
    (
        "Er hos en kunde hele uka, tilbake neste {W}. Kan du sende presentasjonen i mellomtiden?",
        "wd_next",
        "away",
    ),
    ("Jeg har fri {R}, la oss ta det uka etter.", "range", "away"),
    (
        "Vi hadde samling forrige uke, derfor det sene svaret. Kan du ta med SSO i tilbudet?",
        "none",
        "hard_negative",
    ),
    (
        "Jeg drar på ferie i morgen, så send kontrakten i dag, så signerer jeg før jeg drar.",
        "none",
        "hard_negative",
    ),
    (
        "Daglig leder er borte til {D}, så ingenting blir bestemt før det.",
        "note",
        "hard_negative",
    ),
]

# Acknowledgements that sound busy (not absent) and an event reminder.
LANG["ack"] += [
    "Takk for e-posten til salgsteamet i {COMPANY}. På grunn av stor pågang kan svaret ta opptil tre virkedager. Referanse: {TICKET}.",
    "Meldingen din er sendt videre til riktig avdeling. Du trenger ikke gjøre noe mer. Oppgi referanse {TICKET} ved kontakt.",
]
LANG["newsletter"] += [
    [
        "Påminnelse: webinaret ditt starter snart",
        "Hei,\n\nPåminnelse om webinaret «Planlegging 2026» {D} kl. 15. Lenke: {URL}\n\nKan du ikke delta? Vi sender opptaket.\n\nMeld deg av påminnelser",
    ]
]

# Day of the month only ("until the 4th", "bis zum 4."): the next such day.
LANG.setdefault("named_formats", {})["day"] = "{d}."
LANG["ooo_absence"] += [["Jeg er tilbake den {D_day}.", "back"]]
LANG["human"] += [["Er borte til den {D_day}, kan vi ta det etterpå?", "until", "away"]]

# Written about the person (an assistant's or a mailbox rule's notice), not by them.
LANG["ooo_short"] += [
    ["{FULL} er fraværende frem til {D} og svarer når hen er tilbake.", "until"],
    ["Merk at {FULL} er tilbake {D}.", "back"],
]

# Forwarded, a price question, a past absence (not away now).
LANG["human"] += [
    [
        "Jeg har videresendt e-posten din til {ALT}, som har ansvar for innkjøp hos oss.",
        "none",
        "reply",
    ],
    [
        "Hva koster det omtrent per bruker per måned? Vi er rundt 60 personer.",
        "none",
        "reply",
    ],
    [
        "Beklager, jeg var syk nesten hele forrige uke og ser dette først nå. Tirsdag ettermiddag passer.",
        "none",
        "hard_negative",
    ],
]
