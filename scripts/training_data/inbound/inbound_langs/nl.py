# ruff: noqa: E501
"""Dutch inbound cores. Modes: see scripts/training_data/inbound/dates.py."""

# fmt: off
LANG = {
    "code": "nl",
    "tz": {"winter": [60], "summer": [120]},
    "months": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "weekdays": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "date_formats": [
        ("{d} {month}", ""), ("{wd} {d} {month}", ""), ("{d} {month} {y}", "yr"), ("{d}-{m}", ""), ("{dd}-{mm}-{y}", "yr"), ("{wd} {d}-{m}", ""),
    ],
    "names": ["Sanne de Vries", "Jeroen Bakker", "Eva Janssen", "Pieter van Dijk", "Lotte Visser", "Bram Smit", "Fleur Mulder", "Daan de Boer", "Anouk Meijer", "Ruben Hendriks", "Iris van den Berg", "Koen Peeters"],
    "companies": ["Van Leeuwen Transport BV", "Polder Zorggroep", "Delta Verzekeringen", "Groenland Tuinbouw", "Bakker & Zonen", "Stichting Rijnmond Wonen", "Noordzee Logistics BV", "Brouwerij de Molen"],
    "tld": ["nl", "nl", "be", "com"],
    "phones": ["+31 20 ### ####", "+31 (0)6 ########", "T 010 - ### ## ##", "+32 3 ### ## ##"],
    "addresses": ["Keizersgracht 321\n1016 EE Amsterdam", "Coolsingel 40\n3011 AD Rotterdam", "Meir 24\n2000 Antwerpen"],
    "titles": ["Inkoopmanager", "Hoofd Logistiek", "Directeur", "Teamleider Klantenservice", "Manager ICT", "Controller"],
    "signoffs": ["Met vriendelijke groet,", "Groet,", "Groetjes,", "Hartelijke groet,", "Mvg,", "Vriendelijke groeten,"],
    "mobile": ["Verzonden vanaf mijn iPhone", "Verstuurd vanaf Outlook voor Android"],
    "ooo_greet": ["Beste afzender,", "Hallo,", "Goedendag,", "Geachte heer/mevrouw,"],
    "human_greet": ["Hoi {VFIRST},", "Beste {VFIRST},", "Hallo {VFIRST},", "Dag {VFIRST},"],
    "reply_prefix": ["RE: ", "Re: ", "Antw: "],
    "ooo_subject": ["Automatisch antwoord: {S}", "Afwezig: {S}", "Out of office: {S}", "Afwezigheidsbericht", "Vakantie", "RE: {S}"],
    "ooo_open": ["Bedankt voor je bericht.", "Dank voor uw e-mail.", "Dit is een automatisch antwoord.", "Hartelijk dank voor uw bericht."],
    "ooo_absence": [
        ("Ik ben tot {D} afwezig en lees mijn mail niet.", "until"),
        ("Vanaf {D} ben ik weer op kantoor.", "back"),
        ("Ik ben met vakantie van {D1} tot en met {D}.", "range"),
        ("Ik ben afwezig tot en met {D}.", "incl"),
        ("Ik ben op zakenreis en {W} weer bereikbaar.", "wd_back"),
        ("Vandaag volg ik een training; morgen ben ik er weer.", "tomorrow"),
        ("Ik ben momenteel met zwangerschapsverlof.", "none"),
        ("Ik ben op dit moment niet op kantoor en heb beperkt toegang tot mijn e-mail.", "none"),
        ("Op {D} ben ik weer aan het werk.", "back"),
        ("Ons kantoor is gesloten tot {D}.", "until"),
        ("Ik ben tot en met {W} vrij.", "wd_incl"),
        ("Ik ben er niet van {D1} t/m {D}.", "range"),
    ],
    "ooo_short": [
        ("Met vakantie tot {D}.", "until"),
        ("Afwezig, terug op {D}.", "back"),
        ("Niet op kantoor, ik reageer zo snel mogelijk.", "none"),
        ("Vrij t/m {W}.", "wd_incl"),
    ],
    "ooo_alt": [
        "Voor dringende zaken kunt u contact opnemen met {ALT}.",
        "Bij spoed kun je mailen naar {ALT}.",
        "Tijdens mijn afwezigheid neemt {ALT} waar.",
        "Voor offertes: {ALT}.",
    ],
    "ooo_close": [
        "Na mijn terugkomst neem ik contact met u op.",
        "Uw e-mail wordt niet doorgestuurd.",
        "Ik beantwoord je mail zo snel mogelijk.",
        "Dank voor uw begrip.",
    ],
    "ack_subject": ["Wij hebben uw vraag ontvangen [#{TICKET}]", "Ontvangstbevestiging: {S}", "Ticket {TICKET} aangemaakt", "Automatisch antwoord: {S}"],
    "ack": [
        "Beste klant,\n\nWij hebben uw bericht in goede orde ontvangen. Uw vraag is geregistreerd onder nummer {TICKET}. Wij reageren binnen twee werkdagen.\n\nKlantenservice {COMPANY}",
        "Bedankt voor je mail aan {COMPANY}. Dit is een automatische bevestiging. We zijn bereikbaar van maandag t/m vrijdag van 9.00 tot 17.00 uur.\n\nDit bericht kun je niet beantwoorden.",
        "Facturen die naar dit adres worden gestuurd, worden automatisch verwerkt. U ontvangt geen verdere bevestiging.",
        "We hebben je bericht ontvangen! Een collega neemt snel contact met je op. Bekijk intussen onze veelgestelde vragen: {URL}",
    ],
    "gone_subject": ["Automatisch antwoord: {S}", "{FULL} is niet meer werkzaam bij {COMPANY}", "Mailbox niet meer in gebruik", "RE: {S}"],
    "gone": [
        "{FULL} is niet meer werkzaam bij {COMPANY}. Deze mailbox wordt niet gelezen. Neem contact op met {ALT}.",
        "Ik werk niet meer bij {COMPANY}; dit adres wordt binnenkort opgeheven. Uw nieuwe contactpersoon is {ALT}.",
        ("Let op: {FULL} is per {D} uit dienst getreden. Uw bericht is niet doorgestuurd. Contact: {ALT}.", "past"),
        "Dit e-mailadres is niet langer in gebruik. Stuur uw bericht naar {ALT}.",
    ],
    "newsletter": [
        ("Nieuws van {COMPANY}", "Beste lezer,\n\nDeze maand: ons nieuwe distributiecentrum in Tilburg opent op {D}, een webinar over e-facturatie en een klantverhaal.\n\nLees verder: {URL}\n\nJe ontvangt deze nieuwsbrief omdat je je hebt aangemeld. Afmelden"),
        ("Uitnodiging: klantendag op {D}", "Graag nodigen wij u uit voor onze klantendag op {D} in Utrecht. Aanmelden: {URL}\n\nGeen e-mails meer ontvangen? Meld u hier af."),
    ],
    "human": [
        ("Dank je. Ik ben tot {D} op vakantie, kunnen we daarna bellen?", "until", "away"),
        ("Ik ben deze week op pad, {W} ben ik terug. Mail me dan gerust nog eens.", "wd_back", "away"),
        ("Ik ben weg van {D1} tot en met {D}; plannen we iets in de week erna?", "range", "away"),
        ("Ik ben even met verlof, ik kijk ernaar als ik terug ben.", "away", "away"),
        ("Ik werk niet meer aan het ERP-project, maar {ALT} kan je verder helpen.", "none", "hard_negative"),
        ("We zitten niet meer bij onze oude leverancier. Kunt u een offerte sturen voor 40 gebruikers?", "none", "hard_negative"),
        ("Net terug van vakantie en mijn inbox aan het wegwerken. Donderdag om 10 uur past.", "none", "hard_negative"),
        ("Het budget wordt op {D} vastgesteld, daarna laat ik het weten.", "note", "hard_negative"),
        ("Interessant. Kun je prijzen en een klantcase uit de retail sturen?", "none", "reply"),
        ("Geen interesse, haal me alsjeblieft van de lijst.", "none", "reply"),
        ("Daar ga ik niet over, neem contact op met {ALT}.", "none", "reply"),
        ("Prima, laten we op {D} om 14.00 uur bellen.", "note", "reply"),
        ("We hebben al voor een andere oplossing gekozen, toch bedankt.", "none", "reply"),
    ],
    "outgoing": [
        ("Minder mislukte leveringen bij {COMPANY}", "Hoi {PFIRST},\n\nWij helpen logistieke teams om mislukte eerste bezorgpogingen met zo'n 18% te verminderen. Heb je volgende week 20 minuten?\n\nGroet,"),
        ("Korte vraag over jullie rapportage", "Beste {PFIRST},\n\nHoe maakt uw team nu het wekelijkse omzetrapport? {VCOMPANY} automatiseert dat vanuit uw CRM. Zal ik een korte demo laten zien?\n\nMet vriendelijke groet,"),
    ],
    "quote_on": "Op {date} schreef {name} <{addr}>:",
    "quote_date": ["{wd} {d} {month} {y} om {H}:{M}", "{dd}-{mm}-{y} {H}:{M}"],
    "outlook": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "outlook_date": ["{wd} {d} {month} {y} {H}:{M}"],
    "disclaimers": ["Dit bericht is uitsluitend bestemd voor de geadresseerde. Als u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.", "KvK 12345678 | BTW NL123456789B01"],
    "footer_events": ["Bezoek ons op de Logistica Vakbeurs op {D}, stand 7.12."],
    "bounce": {
        "subject": "Onbestelbaar: ",
        "line": "Uw bericht kan niet worden bezorgd bij de volgende geadresseerde.",
        "hint": "Het e-mailadres is niet gevonden of het postvak van de geadresseerde is niet beschikbaar.",
        "delay_subject": "Bezorging vertraagd: ",
        "delay_line": "De bezorging bij deze geadresseerden of groepen is vertraagd. We blijven proberen uw bericht te bezorgen. U hoeft niets te doen.",
    },
    "content_language": "nl-NL",
}
# fmt: on

# More ways of saying it: compact ranges, relative weekdays, dated subjects.
LANG["compact_range"] = "van {d1} t/m {d} {month}"
LANG["ooo_subject_dated"] = [
    "Afwezig tot {D}",
    "Niet op kantoor, terug op {D}",
    "Vakantie tot {D}: {S}",
]
LANG["ooo_absence"] += [
    ("Ik ben met vakantie {R}.", "range"),
    ("Volgende week {W} ben ik weer op kantoor.", "wd_back"),
    ("Ik sta tot {D} op een beurs en lees mijn mail alleen 's avonds.", "until"),
    (
        "Ik werk thuis zonder toegang tot het netwerk en ben op {D} weer op kantoor.",
        "back",
    ),
]
LANG["ooo_alt"] += ["Voor commerciële vragen: {ALT}; voor facturen: {ALT2}."]
LANG["human"] += [
    (
        "Ik zit de hele week bij een klant, volgende week {W} ben ik terug. Stuur je de presentatie alvast?",
        "wd_nextweek",
        "away",
    ),
    ("Ik ben er niet {R}, laten we de week erna iets plannen.", "range", "away"),
    (
        "Vorige week hadden we een teamuitje, vandaar de late reactie. Kun je SSO meenemen in de offerte?",
        "none",
        "hard_negative",
    ),
    (
        "Ik ga morgen op vakantie: stuur het contract vandaag, dan teken ik het voor vertrek.",
        "none",
        "hard_negative",
    ),
    (
        "Onze directeur is tot {D} weg, eerder wordt er niets besloten.",
        "note",
        "hard_negative",
    ),
]

# Acknowledgements that sound busy (not absent) and an event reminder.
LANG["ack"] += [
    "Bedankt voor uw bericht aan het verkoopteam van {COMPANY}. Door de drukte kan het tot drie werkdagen duren voordat u antwoord krijgt. Referentie: {TICKET}.",
    "Uw bericht is doorgestuurd naar de juiste afdeling. U hoeft verder niets te doen. Vermeld bij vragen referentie {TICKET}.",
]
LANG["newsletter"] += [
    [
        "Herinnering: uw webinar begint binnenkort",
        "Beste deelnemer,\n\nDit is een herinnering aan het webinar 'Plannen voor 2026' op {D} om 15.00 uur. Link: {URL}\n\nKunt u niet? U ontvangt de opname.\n\nAfmelden voor herinneringen",
    ]
]

# Day of the month only ("until the 4th", "bis zum 4."): the next such day.
LANG.setdefault("named_formats", {})["day"] = "{d}e"
LANG["ooo_absence"] += [["Ik ben er weer op de {D_day}.", "back"]]
LANG["human"] += [
    ["Ik ben tot de {D_day} weg, daarna graag even bellen.", "until", "away"]
]

# Written about the person (an assistant's or a mailbox rule's notice), not by them.
LANG["ooo_short"] += [
    ["{FULL} is tot {D} afwezig en reageert na terugkomst.", "until"],
    ["Let op: {FULL} is vanaf {D} weer aanwezig.", "back"],
]

# Forwarded, a price question, a past absence (not away now).
LANG["human"] += [
    [
        "Ik heb je mail doorgestuurd naar {ALT}, die bij ons de inkoop doet.",
        "none",
        "reply",
    ],
    [
        "Wat kost het ongeveer per gebruiker per maand? We zijn met zo'n 60 mensen.",
        "none",
        "reply",
    ],
    [
        "Sorry, ik was vorige week bijna de hele week ziek en zie dit nu pas. Dinsdagmiddag kan ik.",
        "none",
        "hard_negative",
    ],
]
