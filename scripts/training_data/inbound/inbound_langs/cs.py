# ruff: noqa: E501
"""Czech inbound cores. Modes: see scripts/training_data/inbound/dates.py."""

# fmt: off
LANG = {
    "code": "cs",
    "tz": {"winter": [60], "summer": [120]},
    "months": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
    "weekdays": ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"],
    "weekday_forms": {
        "acc": ["pondělí", "úterý", "středu", "čtvrtek", "pátek", "sobotu", "neděli"],
        "gen": ["pondělí", "úterý", "středy", "čtvrtka", "pátku", "soboty", "neděle"],
    },
    "date_formats": [
        ("{d}. {month}", ""), ("{d}. {month} {y}", "yr"), ("{d}. {m}.", ""), ("{d}. {m}. {y}", "yr"), ("{d}.{m}.{y}", "yr"), ("{dd}.{mm}.", ""),
    ],
    "names": ["Jana Nováková", "Petr Svoboda", "Lucie Dvořáková", "Martin Černý", "Tereza Procházková", "Jakub Kučera", "Eva Veselá", "Tomáš Horák", "Kateřina Němcová", "Ondřej Marek", "Barbora Pokorná"],
    "companies": ["Vltava Logistika s.r.o.", "Moravská energetika a.s.", "Pražské pojišťovny", "Krkonoše Food s.r.o.", "Brno Software a.s.", "Šumava Dřevo s.r.o."],
    "tld": ["cz", "cz", "com"],
    "phones": ["+420 2## ### ###", "tel.: +420 6## ### ###", "mobil: 7## ### ###"],
    "addresses": ["Václavské náměstí 56\n110 00 Praha 1", "Masarykova 12\n602 00 Brno"],
    "titles": ["Vedoucí nákupu", "Ředitel logistiky", "Jednatel", "IT manažer", "Finanční ředitelka", "Obchodní manažer"],
    "signoffs": ["S pozdravem", "S přáním hezkého dne", "Děkuji a zdravím", "S pozdravem a přáním pěkného dne", "Zdravím"],
    "mobile": ["Odesláno z iPhonu", "Odesláno z Outlooku pro Android"],
    "ooo_greet": ["Dobrý den,", "Vážení,", "Zdravím,", "Dobrý den, děkuji za zprávu,"],
    "human_greet": ["Dobrý den {VFIRST},", "Ahoj {VFIRST},", "Dobrý den,", "Zdravím {VFIRST},"],
    "reply_prefix": ["Re: ", "RE: ", "Odp: "],
    "ooo_subject": ["Automatická odpověď: {S}", "Mimo kancelář: {S}", "Nepřítomnost", "Dovolená", "Out of Office: {S}", "RE: {S}"],
    "ooo_open": ["Děkuji za Váš e-mail.", "Děkuji za zprávu.", "Toto je automatická odpověď.", "Děkuji za kontaktování."],
    "ooo_absence": [
        ("Do {D} jsem mimo kancelář bez přístupu k e-mailu.", "until"),
        ("Zpět v kanceláři budu {D}.", "back"),
        ("V termínu {D1} – {D} čerpám dovolenou.", "range"),
        ("Jsem nepřítomna do {D} včetně.", "incl"),
        ("Jsem na služební cestě a vrátím se v {W_acc}.", "wd_back"),
        ("Dnes jsem na školení, zítra budu opět v kanceláři.", "tomorrow"),
        ("Jsem na mateřské dovolené.", "none"),
        ("Momentálně jsem mimo kancelář s omezeným přístupem k e-mailu.", "none"),
        ("Od {D} budu opět k dispozici.", "back"),
        ("Kancelář je uzavřena do {D}.", "until"),
        ("Jsem na dovolené do {W_gen} včetně.", "wd_incl"),
        ("Od {D1} do {D} nebudu k zastižení.", "range"),
    ],
    "ooo_short": [
        ("Dovolená do {D}.", "until"),
        ("Mimo kancelář, zpět {D}.", "back"),
        ("Nyní nejsem k dispozici, odpovím co nejdříve.", "none"),
        ("Nepřítomen do {W_gen}.", "wd_until"),
    ],
    "ooo_alt": [
        "V naléhavých případech prosím kontaktujte: {ALT}.",
        "Během mé nepřítomnosti mě zastupuje {ALT}.",
        "Urgentní záležitosti: {ALT}.",
        "Poptávky prosím posílejte na: {ALT}.",
    ],
    "ooo_close": [
        "Po návratu Vám odpovím.",
        "Vaše zpráva nebude přeposlána.",
        "Ozvu se co nejdříve.",
        "Děkuji za pochopení.",
    ],
    "ack_subject": ["Váš požadavek jsme přijali [#{TICKET}]", "Potvrzení přijetí: {S}", "Požadavek {TICKET} byl založen", "Automatická odpověď: {S}"],
    "ack": [
        "Dobrý den,\n\nděkujeme za Vaši zprávu. Toto je automatické potvrzení jejího přijetí. Váš požadavek má číslo {TICKET}; odpovíme do dvou pracovních dnů.\n\nZákaznická podpora {COMPANY}",
        "Děkujeme, že jste kontaktovali {COMPANY}. Jsme k dispozici v pracovní dny 8:00–16:30. Na tuto zprávu prosím neodpovídejte.",
        "Faktury zaslané na tuto adresu jsou zpracovávány automaticky. Další potvrzení nezasíláme.",
        "Vaši zprávu jsme dostali! Někdo z týmu se Vám brzy ozve. Mezitím se podívejte na časté dotazy: {URL}",
    ],
    "gone_subject": ["Automatická odpověď: {S}", "{FULL} již nepracuje ve společnosti {COMPANY}", "Adresa již není aktivní", "RE: {S}"],
    "gone": [
        "{FULL} již nepracuje ve společnosti {COMPANY}. Tato schránka není sledována. Kontaktní osoba: {ALT}.",
        "Dobrý den, ze společnosti {COMPANY} jsem odešel a tato adresa bude brzy zrušena. Vaším novým kontaktem je {ALT}.",
        ("Upozorňujeme, že {FULL} ukončil(a) pracovní poměr {D}. Zpráva nebyla přeposlána. Kontakt: {ALT}.", "past"),
        "Tato e-mailová adresa se již nepoužívá. Pište prosím na {ALT}.",
    ],
    "newsletter": [
        ("Novinky ze společnosti {COMPANY}", "Dobrý den,\n\ntento měsíc: otevření nového skladu v Ostravě {D}, webinář o e-fakturaci a příběh zákazníka.\n\nVíce na: {URL}\n\nTento e-mail dostáváte, protože jste se přihlásili k odběru. Odhlásit odběr"),
        ("Pozvánka: setkání se zákazníky {D}", "Zveme Vás na setkání se zákazníky {D} v Praze. Registrace: {URL}\n\nNechcete-li dostávat další e-maily, odhlaste se zde."),
    ],
    "human": [
        ("Díky. Do {D} jsem na dovolené, můžeme to probrat potom?", "until", "away"),
        ("Tento týden jsem na cestách, vracím se v {W_acc}. Ozvěte se prosím pak.", "wd_back", "away"),
        ("Od {D1} do {D} nebudu v práci, domluvme se na další týden.", "range", "away"),
        ("Jsem teď na nemocenské, podívám se na to po návratu.", "away", "away"),
        ("Na projektu ERP už nepracuji, ale {ALT} Vám pomůže.", "none", "hard_negative"),
        ("S naším původním dodavatelem už nespolupracujeme. Pošlete prosím nabídku na 40 uživatelů.", "none", "hard_negative"),
        ("Právě jsem se vrátila z dovolené a doháním poštu. Čtvrtek v 10 mi vyhovuje.", "none", "hard_negative"),
        ("Rozpočet schvalujeme {D}, potom se ozvu.", "note", "hard_negative"),
        ("Zajímavé. Můžete poslat ceník a referenci z maloobchodu?", "none", "reply"),
        ("Nemám zájem, odstraňte mě prosím ze seznamu.", "none", "reply"),
        ("To nemám na starosti, správná osoba je {ALT}.", "none", "reply"),
        ("Dobře, zavolejme si {D} ve 14:00.", "note", "reply"),
        ("Už jsme zvolili jiné řešení, ale děkuji.", "none", "reply"),
    ],
    "outgoing": [
        ("Méně neúspěšných doručení ve firmě {COMPANY}", "Dobrý den {PFIRST},\n\npomáháme logistickým týmům snížit počet neúspěšných prvních doručení zhruba o 18 %. Měl(a) byste příští týden 20 minut?\n\nS pozdravem"),
        ("Krátký dotaz k reportingu", "Dobrý den {PFIRST},\n\njak dnes Váš tým připravuje týdenní report prodejů? {VCOMPANY} ho automatizuje přímo z CRM. Mohu ukázat krátké demo?\n\nS pozdravem"),
    ],
    "quote_on": "Dne {date} {name} <{addr}> napsal(a):",
    "quote_date": ["{d}. {m}. {y} v {H}:{M}", "{wd} {d}. {month} {y} {H}:{M}"],
    "outlook": ("Od", "Odesláno", "Komu", "Předmět"),
    "outlook_date": ["{wd} {d}. {month} {y} {H}:{M}"],
    "disclaimers": ["Tento e-mail je důvěrný a určený pouze adresátovi. Pokud jste jej obdrželi omylem, informujte prosím odesílatele a zprávu smažte.", "Společnost zapsaná v obchodním rejstříku vedeném Městským soudem v Praze, oddíl C, vložka 123456, IČO: 12345678"],
    "bounce": {
        "subject": "Nedoručitelné: ",
        "line": "Zprávu pro následujícího příjemce nebylo možné doručit.",
        "hint": "E-mailová adresa nebyla nalezena nebo poštovní schránka příjemce není k dispozici.",
        "delay_subject": "Doručení zpožděno: ",
        "delay_line": "Doručení těmto příjemcům nebo skupinám je zpožděno. Budeme se dál pokoušet zprávu doručit. Nemusíte nic dělat.",
    },
    "content_language": "cs-CZ",
}
# fmt: on

# More ways of saying it: compact ranges, next week's days, dated subjects.
LANG["compact_range"] = "{d1}.–{d}. {m}."
LANG["ooo_subject_dated"] = [
    "Mimo kancelář do {D}",
    "Nepřítomnost – zpět {D}",
    "Dovolená do {D}: {S}",
]
LANG["ooo_absence"] += [
    ("Ve dnech {R} čerpám dovolenou.", "range"),
    ("Vrátím se příští týden v {W_acc}.", "wd_nextweek"),
    ("Do {D} jsem na veletrhu a poštu čtu jen večer.", "until"),
    ("Pracuji z domova bez přístupu do firemní sítě, v kanceláři budu {D}.", "back"),
]
LANG["ooo_alt"] += ["Obchodní dotazy: {ALT}. Fakturace: {ALT2}."]
LANG["human"] += [
    (
        "Celý týden jsem u zákazníka, vracím se příští týden v {W_acc}. Pošlete mi zatím prezentaci?",
        "wd_nextweek",
        "away",
    ),
    ("Ve dnech {R} nebudu v práci, domluvme se na týden poté.", "range", "away"),
    (
        "Minulý týden jsme měli firemní výjezd, proto odpovídám pozdě. Můžete do nabídky přidat SSO?",
        "none",
        "hard_negative",
    ),
    (
        "Zítra odjíždím na dovolenou, pošlete mi smlouvu ještě dnes a podepíšu ji před odjezdem.",
        "none",
        "hard_negative",
    ),
    ("Náš ředitel je pryč do {D}, dřív se nerozhodne.", "note", "hard_negative"),
]

# Acknowledgements that sound busy (not absent) and an event reminder.
LANG["ack"] += [
    "Děkujeme za zprávu obchodnímu týmu {COMPANY}. Kvůli vysokému počtu dotazů může odpověď trvat až tři pracovní dny. Reference: {TICKET}.",
    "Vaše zpráva byla předána příslušnému oddělení. Nemusíte nic dalšího dělat. Při komunikaci uvádějte číslo {TICKET}.",
]
LANG["newsletter"] += [
    [
        "Připomínka: webinář brzy začíná",
        "Dobrý den,\n\npřipomínáme webinář „Plánování 2026“ {D} ve 15:00. Odkaz: {URL}\n\nNemůžete se zúčastnit? Pošleme záznam.\n\nOdhlásit připomínky",
    ]
]

# Day of the month only ("until the 4th", "bis zum 4."): the next such day.
LANG.setdefault("named_formats", {})["day"] = "{d}."
LANG["ooo_absence"] += [["Vracím se {D_day}.", "back"]]
LANG["human"] += [["Do {D_day} jsem pryč, pak se ozvu.", "until", "away"]]

# Written about the person (an assistant's or a mailbox rule's notice), not by them.
LANG["ooo_short"] += [
    ["{FULL} je mimo kancelář do {D} a odpoví po návratu.", "until"],
    ["Upozorňujeme, že {FULL} bude zpět {D}.", "back"],
]

# Forwarded, a price question, a past absence (not away now).
LANG["human"] += [
    ["Váš e-mail jsem přeposlal na nákup, kontakt: {ALT}.", "none", "reply"],
    ["Kolik to zhruba stojí na uživatele měsíčně? Je nás asi 60.", "none", "reply"],
    [
        "Promiňte, minulý týden jsem byla skoro celý nemocná a vidím to až teď. Úterní odpoledne by šlo.",
        "none",
        "hard_negative",
    ],
]
