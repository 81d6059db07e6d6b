# ruff: noqa: E501
"""Hungarian inbound cores. Modes: see scripts/training_data/inbound/dates.py.

Hungarian attaches case endings to the day number ("március 9-én", "9-étől"),
so the dates carry the suffix that fits each number.
"""


def _suffixes(day: int) -> dict[str, str]:
    if day == 1:
        on, tol = "jén", "jétől"
    elif day == 2:
        on, tol = "án", "ától"
    else:
        back_vowel = (
            {3, 6, 8, 20, 30} | {n for n in range(13, 30, 10)} | {16, 26, 18, 28}
        )
        on, tol = ("án", "ától") if day in back_vowel else ("én", "étől")
    return {"sfx_on": on, "sfx_tol": tol}


# fmt: off
LANG = {
    "code": "hu",
    "tz": {"winter": [60], "summer": [120]},
    "months": ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"],
    "weekdays": ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"],
    "weekday_forms": {
        "on": ["hétfőn", "kedden", "szerdán", "csütörtökön", "pénteken", "szombaton", "vasárnap"],
        "ig": ["hétfőig", "keddig", "szerdáig", "csütörtökig", "péntekig", "szombatig", "vasárnapig"],
    },
    "day_suffixes": _suffixes,
    "date_formats": [("{month} {d}.", ""), ("{y}. {month} {d}.", "yr"), ("{y}.{mm}.{dd}.", "yr"), ("{month} {d}. ({wd})", "")],
    "named_formats": {"on": "{month} {d}-{sfx_on}", "tol": "{month} {d}-{sfx_tol}", "ig": "{month} {d}-ig"},
    "first_of": lambda n: n.split()[-1],
    "names": ["Nagy Katalin", "Kovács Péter", "Tóth Eszter", "Szabó Gábor", "Horváth Anna", "Varga László", "Kiss Zsófia", "Molnár Tamás", "Farkas Judit", "Balogh Ádám", "Papp Réka"],
    "companies": ["Duna Logisztika Kft.", "Tisza Biztosító Zrt.", "Balaton Élelmiszer Kft.", "Mátra Energia Zrt.", "Pannon Szoftver Kft.", "Alföld Gépgyártó"],
    "tld": ["hu", "hu", "com"],
    "phones": ["+36 1 ### ####", "Tel.: +36 30 ### ####", "Mobil: +36 20 ### ####"],
    "addresses": ["Andrássy út 24.\n1061 Budapest", "Széchenyi tér 9.\n6720 Szeged"],
    "titles": ["Beszerzési vezető", "Logisztikai igazgató", "Ügyvezető", "IT vezető", "Pénzügyi igazgató", "Marketing menedzser"],
    "signoffs": ["Üdvözlettel,", "Tisztelettel,", "Üdv,", "Köszönettel,", "Szép napot!"],
    "mobile": ["iPhone-ról küldve", "Android Outlookból küldve"],
    "ooo_greet": ["Tisztelt Feladó!", "Kedves Partnerünk!", "Üdvözlöm!", "Jó napot!"],
    "human_greet": ["Kedves {VFIRST}!", "Szia {VFIRST}!", "Tisztelt {VFIRST}!", "Jó napot,"],
    "reply_prefix": ["Vá: ", "RE: ", "Re: "],
    "ooo_subject": ["Automatikus válasz: {S}", "Házon kívül: {S}", "Szabadság", "Irodán kívül", "Out of Office: {S}", "RE: {S}"],
    "ooo_open": ["Köszönöm levelét.", "Köszönöm az üzenetét.", "Ez egy automatikus válasz.", "Levelét megkaptam."],
    "ooo_absence": [
        ("{D_ig} szabadságon vagyok, e-mailjeimet nem olvasom.", "until"),
        ("{D_on} térek vissza az irodába.", "back"),
        ("{D1} és {D} között szabadságon vagyok.", "range"),
        ("{D_ig} bezárólag nem vagyok elérhető.", "incl"),
        ("Üzleti úton vagyok, {W_on} leszek újra az irodában.", "wd_back"),
        ("Ma egész nap képzésen vagyok, holnap újra bent leszek.", "tomorrow"),
        ("Jelenleg szülési szabadságon vagyok.", "none"),
        ("Jelenleg házon kívül vagyok, e-mailjeimet korlátozottan érem el.", "none"),
        ("{D_tol} ismét elérhető vagyok.", "back"),
        ("Irodánk {D_ig} zárva tart.", "until"),
        ("{W_ig} szabadságon vagyok.", "wd_until"),
        ("Várható visszatérésem: {D}", "back"),
    ],
    "ooo_short": [
        ("Szabadság: {D1} – {D}.", "range"),
        ("Házon kívül, {D_on} jövök vissza.", "back"),
        ("Most nem vagyok elérhető, amint tudok, válaszolok.", "none"),
        ("{W_ig} nem vagyok bent.", "wd_until"),
    ],
    "ooo_alt": [
        "Sürgős ügyben kérem, keresse {ALT} kollégámat.",
        "Távollétem alatt {ALT} helyettesít.",
        "Sürgős ügyek: {ALT}.",
        "Árajánlatkérés esetén írjon ide: {ALT}.",
    ],
    "ooo_close": [
        "Visszatérésem után válaszolok.",
        "Levelét nem továbbítjuk.",
        "Amint lehet, jelentkezem.",
        "Köszönöm megértését.",
    ],
    "ack_subject": ["Megkaptuk megkeresését [#{TICKET}]", "Visszaigazolás: {S}", "{TICKET} számú bejelentés rögzítve", "Automatikus válasz: {S}"],
    "ack": [
        "Tisztelt Ügyfelünk!\n\nKöszönjük megkeresését. Ez egy automatikus visszaigazolás levele beérkezéséről. Ügyszáma: {TICKET}. Két munkanapon belül válaszolunk.\n\n{COMPANY} Ügyfélszolgálat",
        "Köszönjük, hogy a(z) {COMPANY} ügyfélszolgálatához fordult. Munkanapokon 8 és 16 óra között vagyunk elérhetők. Kérjük, erre az üzenetre ne válaszoljon.",
        "Számláját megkaptuk, feldolgozása automatikusan történik.",
        "Megkaptuk üzenetét! Kollégánk hamarosan jelentkezik. Gyakori kérdések: {URL}",
    ],
    "gone_subject": ["Automatikus válasz: {S}", "{FULL} már nem dolgozik nálunk", "A cím megszűnt", "RE: {S}"],
    "gone": [
        "{FULL} már nem dolgozik a(z) {COMPANY} cégnél. Ezt a postafiókot nem figyeljük. Kérjük, forduljon {ALT} kollégánkhoz.",
        "Jó napot! Távoztam a(z) {COMPANY} cégtől, ez a cím hamarosan megszűnik. Új kapcsolattartója: {ALT}.",
        ("Tájékoztatjuk, hogy {FULL} munkaviszonya {D} megszűnt. Üzenetét nem továbbítottuk. Kapcsolat: {ALT}.", "past"),
        "Ez az e-mail-cím már nem használatos. Kérjük, írjon ide: {ALT}.",
    ],
    "newsletter": [
        ("{COMPANY} hírlevél", "Kedves Olvasónk!\n\nEbben a hónapban: új raktárunk nyílik Győrben ({D}), webinárium az e-számlázásról és egy ügyféltörténet.\n\nTovább: {URL}\n\nEzt a levelet azért kapja, mert feliratkozott hírlevelünkre. Leiratkozás"),
        ("Meghívó: ügyféltalálkozó, {D}", "Szeretettel meghívjuk ügyféltalálkozónkra Budapesten, időpont: {D}. Regisztráció: {URL}\n\nHa nem kíván több levelet kapni, itt iratkozhat le."),
    ],
    "human": [
        ("Köszönöm! {D_ig} szabadságon vagyok, utána beszélhetünk?", "until", "away"),
        ("Ezen a héten úton vagyok, {W_on} jövök vissza. Akkor írjon újra, kérem.", "wd_back", "away"),
        ("{D1} és {D} között nem leszek bent, egyeztessünk a következő hétre?", "range", "away"),
        ("Most betegszabadságon vagyok, ha visszajöttem, megnézem.", "away", "away"),
        ("Már nem dolgozom az ERP-projekten, de {ALT} tud segíteni.", "none", "hard_negative"),
        ("A régi szállítónkkal már nem dolgozunk. Küldene árajánlatot 40 felhasználóra?", "none", "hard_negative"),
        ("Most jöttem vissza szabadságról, a leveleimet dolgozom fel. Csütörtök 10 óra megfelel.", "none", "hard_negative"),
        ("A költségvetésről {D_on} döntünk, utána jelentkezem.", "note", "hard_negative"),
        ("Érdekes. Küldene árlistát és egy kiskereskedelmi referenciát?", "none", "reply"),
        ("Nem érdekel, kérem, töröljön a listáról.", "none", "reply"),
        ("Ez nem az én területem, keresse {ALT} kollégámat.", "none", "reply"),
        ("Rendben, beszéljünk {D_on} 14 órakor.", "note", "reply"),
        ("Már másik megoldást választottunk, de köszönöm.", "none", "reply"),
    ],
    "outgoing": [
        ("Kevesebb sikertelen kézbesítés a(z) {COMPANY} cégnél", "Kedves {PFIRST}!\n\nLogisztikai csapatoknak segítünk mintegy 18%-kal csökkenteni a sikertelen első kézbesítéseket. Jövő héten lenne 20 perce?\n\nÜdvözlettel,"),
        ("Gyors kérdés a riportokról", "Kedves {PFIRST}!\n\nHogyan készíti most a csapata a heti értékesítési riportot? A(z) {VCOMPANY} ezt közvetlenül a CRM-ből automatizálja. Megmutathatok egy rövid demót?\n\nÜdv,"),
    ],
    "quote_on": "{name} <{addr}> ezt írta ({date}):",
    "quote_date": ["{y}. {month} {d}., {wd} {H}:{M}", "{y}.{mm}.{dd}. {H}:{M}"],
    "outlook": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
    "outlook_date": ["{y}. {month} {d}., {wd} {H}:{M}"],
    "disclaimers": ["Ez az üzenet bizalmas információt tartalmazhat. Ha nem Ön a címzett, kérjük, értesítse a feladót és törölje az üzenetet.", "Cégjegyzékszám: 01-09-123456, Adószám: 12345678-2-42"],
    "bounce": {
        "subject": "Kézbesíthetetlen: ",
        "line": "Az üzenetet nem lehetett kézbesíteni a következő címzettnek.",
        "hint": "Az e-mail-cím nem található, vagy a címzett postafiókja nem érhető el.",
        "delay_subject": "Késleltetett kézbesítés: ",
        "delay_line": "A kézbesítés ezeknek a címzetteknek vagy csoportoknak késik. Továbbra is megpróbáljuk kézbesíteni az üzenetet. Nincs teendője.",
    },
    "content_language": "hu-HU",
}
# fmt: on

# More ways of saying it: compact ranges, next week's days, dated subjects.
LANG["compact_range"] = "{month} {d1}–{d}."
LANG["ooo_subject_dated"] = [
    "Házon kívül: vissza {D}",
    "Szabadság, visszatérés: {D}",
    "Automatikus válasz – távol {D_ig}",
]
LANG["ooo_absence"] += [
    ("Szabadságon vagyok: {R}", "range"),
    ("Jövő héten {W_on} jövök vissza.", "wd_nextweek"),
    ("{D_ig} kiállításon vagyok, a leveleimet csak este olvasom.", "until"),
    (
        "Otthonról dolgozom a céges hálózat elérése nélkül, {D_on} leszek újra az irodában.",
        "back",
    ),
]
LANG["ooo_alt"] += ["Értékesítési ügyekben {ALT}, számlázási kérdésekben {ALT2} segít."]
LANG["human"] += [
    (
        "Egész héten ügyfélnél vagyok, jövő héten {W_on} jövök vissza. Elküldené addig a prezentációt?",
        "wd_nextweek",
        "away",
    ),
    ("Nem leszek bent ({R}), a következő héten egyeztessünk.", "range", "away"),
    (
        "Múlt héten céges rendezvényünk volt, ezért késik a válaszom. Bele tudná venni az SSO-t az ajánlatba?",
        "none",
        "hard_negative",
    ),
    (
        "Holnap szabadságra megyek, ha ma elküldi a szerződést, indulás előtt aláírom.",
        "none",
        "hard_negative",
    ),
    (
        "Az ügyvezetőnk {D_ig} külföldön van, addig nem születik döntés.",
        "note",
        "hard_negative",
    ),
]

# Acknowledgements that sound busy (not absent) and an event reminder.
LANG["ack"] += [
    "Köszönjük, hogy a(z) {COMPANY} értékesítési csapatának írt. A nagy érdeklődés miatt a válasz akár három munkanapot is igénybe vehet. Hivatkozási szám: {TICKET}.",
    "Üzenetét továbbítottuk az illetékes osztálynak. További teendője nincs. Kérjük, hivatkozzon a(z) {TICKET} számra.",
]
LANG["newsletter"] += [
    [
        "Emlékeztető: hamarosan kezdődik a webinárium",
        "Kedves Résztvevő!\n\nEmlékeztetjük a „Tervezés 2026” webináriumra, időpont: {D}, 15 óra. Link: {URL}\n\nNem tud részt venni? Elküldjük a felvételt.\n\nLeiratkozás az emlékeztetőkről",
    ]
]

# Day of the month only ("until the 4th", "bis zum 4."): the next such day.
LANG.setdefault("named_formats", {})["day"] = "{d}-{sfx_on}"
LANG["ooo_absence"] += [["{D_day} jövök vissza.", "back"]]
LANG["human"] += [["{D_day} jövök vissza, utána beszéljünk!", "back", "away"]]

# Written about the person (an assistant's or a mailbox rule's notice), not by them.
LANG["ooo_short"] += [
    ["{FULL} {D_ig} szabadságon van, visszatérése után válaszol.", "until"],
    ["Tájékoztatjuk, hogy {FULL} {D_on} tér vissza.", "back"],
]

# Forwarded, a price question, a past absence (not away now).
LANG["human"] += [
    ["Továbbítottam a levelét a beszerzésnek, kapcsolattartó: {ALT}.", "none", "reply"],
    [
        "Nagyjából mennyibe kerül felhasználónként havonta? Körülbelül 60-an vagyunk.",
        "none",
        "reply",
    ],
    [
        "Elnézést, a múlt hét nagy részében beteg voltam, csak most látom. Kedd délután jó lenne.",
        "none",
        "hard_negative",
    ],
]
