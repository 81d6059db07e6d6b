# ruff: noqa: E501
"""Romanian inbound cores. Modes: see scripts/training_data/inbound/dates.py."""

# fmt: off
LANG = {
    "code": "ro",
    "tz": {"winter": [120], "summer": [180]},
    "months": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
    "weekdays": ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"],
    "date_formats": [
        ("{d} {month}", ""), ("{d} {month} {y}", "yr"), ("{dd}.{mm}.{y}", "yr"), ("{wd}, {d} {month}", ""), ("{dd}.{mm}", ""),
    ],
    "names": ["Andreea Popescu", "Mihai Ionescu", "Ioana Dumitrescu", "Alexandru Stan", "Elena Gheorghe", "Radu Munteanu", "Cristina Matei", "Bogdan Constantin", "Roxana Dinu", "Vlad Marinescu", "Simona Tudor"],
    "companies": ["Carpați Logistic SRL", "Dunărea Asigurări", "Transilvania Foods SA", "Delta Energie SRL", "Bucovina Soft", "Muntenia Construct SA"],
    "tld": ["ro", "ro", "com"],
    "phones": ["+40 21 ### ####", "Tel: +40 7## ### ###", "Mobil: 07## ### ###"],
    "addresses": ["Bd. Unirii nr. 15\n030823 București", "Str. Memorandumului 28\n400114 Cluj-Napoca"],
    "titles": ["Director achiziții", "Manager logistică", "Director general", "Manager IT", "Director financiar", "Specialist marketing"],
    "signoffs": ["Cu stimă,", "Toate cele bune,", "Mulțumesc,", "Cu respect,", "O zi bună,"],
    "mobile": ["Trimis de pe iPhone", "Trimis din Outlook pentru Android"],
    "ooo_greet": ["Bună ziua,", "Stimate expeditor,", "Salut,", "Bună ziua și mulțumesc pentru mesaj,"],
    "human_greet": ["Bună ziua {VFIRST},", "Salut {VFIRST},", "Bună {VFIRST},", "Stimate {VFIRST},"],
    "reply_prefix": ["RE: ", "Re: ", "Răspuns: "],
    "ooo_subject": ["Răspuns automat: {S}", "În afara biroului: {S}", "Concediu", "Absent din birou", "Out of Office: {S}", "RE: {S}"],
    "ooo_open": ["Vă mulțumesc pentru mesaj.", "Mulțumesc pentru e-mail.", "Acesta este un răspuns automat.", "Am primit mesajul dumneavoastră."],
    "ooo_absence": [
        ("Sunt în afara biroului până pe {D}, fără acces la e-mail.", "until"),
        ("Revin la birou pe {D}.", "back"),
        ("Sunt în concediu în perioada {D1} – {D}.", "range"),
        ("Sunt absentă până pe {D} inclusiv.", "incl"),
        ("Sunt în delegație și revin {W}.", "wd_back"),
        ("Astăzi sunt la un curs, mâine revin la birou.", "tomorrow"),
        ("Sunt în concediu de maternitate.", "none"),
        ("Momentan sunt în afara biroului, cu acces limitat la e-mail.", "none"),
        ("Începând cu {D} voi fi din nou disponibil.", "back"),
        ("Biroul este închis până la data de {D}.", "until"),
        ("Sunt în concediu până {W} inclusiv.", "wd_incl"),
        ("Lipsesc din {D1} până în {D} inclusiv.", "range"),
    ],
    "ooo_short": [
        ("Concediu până pe {D}.", "until"),
        ("În afara biroului, revin pe {D}.", "back"),
        ("Momentan nu sunt disponibil, răspund cât de curând.", "none"),
        ("Absent până {W}.", "wd_until"),
    ],
    "ooo_alt": [
        "Pentru urgențe, vă rog contactați-o pe {ALT}.",
        "În absența mea, mă înlocuiește {ALT}.",
        "Urgențe: {ALT}.",
        "Pentru oferte, scrieți la {ALT}.",
    ],
    "ooo_close": [
        "Vă voi răspunde la întoarcere.",
        "Mesajul dumneavoastră nu va fi redirecționat.",
        "Revin cu un răspuns cât mai curând.",
        "Vă mulțumesc pentru înțelegere.",
    ],
    "ack_subject": ["Am primit solicitarea dumneavoastră [#{TICKET}]", "Confirmare de primire: {S}", "Tichetul {TICKET} a fost creat", "Răspuns automat: {S}"],
    "ack": [
        "Bună ziua,\n\nVă mulțumim pentru mesaj. Acesta este o confirmare automată de primire. Solicitarea a fost înregistrată cu numărul {TICKET} și vom răspunde în două zile lucrătoare.\n\nServiciul Clienți {COMPANY}",
        "Vă mulțumim că ați contactat {COMPANY}. Program: luni–vineri, 9:00–18:00. Vă rugăm să nu răspundeți la acest mesaj.",
        "Factura a fost primită și va fi procesată automat.",
        "Am primit mesajul tău! Un coleg te va contacta în curând. Întrebări frecvente: {URL}",
    ],
    "gone_subject": ["Răspuns automat: {S}", "{FULL} nu mai lucrează la {COMPANY}", "Adresă dezactivată", "RE: {S}"],
    "gone": [
        "{FULL} nu mai face parte din echipa {COMPANY}. Această căsuță nu mai este monitorizată. Vă rugăm să o contactați pe {ALT}.",
        "Bună ziua, am plecat din {COMPANY}, iar această adresă va fi dezactivată în curând. Noul dumneavoastră contact este {ALT}.",
        ("Vă informăm că {FULL} a părăsit compania pe {D}. Mesajul nu a fost redirecționat. Contact: {ALT}.", "past"),
        "Această adresă de e-mail nu mai este folosită. Scrieți la {ALT}.",
    ],
    "newsletter": [
        ("Noutăți de la {COMPANY}", "Bună ziua,\n\nLuna aceasta: deschidem un nou depozit la Timișoara pe {D}, un webinar despre e-Factura și o poveste de client.\n\nCitește mai mult: {URL}\n\nPrimiți acest e-mail deoarece v-ați abonat la newsletter. Dezabonare"),
        ("Invitație: întâlnire cu clienții pe {D}", "Vă invităm la întâlnirea cu clienții din {D}, la București. Înscriere: {URL}\n\nDacă nu mai doriți e-mailuri, vă puteți dezabona aici."),
    ],
    "human": [
        ("Mulțumesc. Sunt în concediu până pe {D}, putem vorbi după?", "until", "away"),
        ("Săptămâna asta sunt plecat, revin {W}. Scrieți-mi atunci.", "wd_back", "away"),
        ("Lipsesc în perioada {D1} – {D}, stabilim o discuție săptămâna următoare?", "range", "away"),
        ("Sunt în concediu medical, mă uit când revin.", "away", "away"),
        ("Nu mai lucrez la proiectul ERP, dar {ALT} vă poate ajuta.", "none", "hard_negative"),
        ("Nu mai lucrăm cu vechiul furnizor. Ne puteți trimite o ofertă pentru 40 de utilizatori?", "none", "hard_negative"),
        ("Tocmai m-am întors din concediu și recuperez e-mailurile. Joi la 10 e bine.", "none", "hard_negative"),
        ("Bugetul se aprobă pe {D}, după aceea revin.", "note", "hard_negative"),
        ("Interesant. Îmi puteți trimite prețurile și un studiu de caz din retail?", "none", "reply"),
        ("Nu mă interesează, vă rog să mă scoateți de pe listă.", "none", "reply"),
        ("Nu eu mă ocup de asta, vorbiți cu {ALT}.", "none", "reply"),
        ("Sigur, vorbim pe {D} la ora 14.", "note", "reply"),
        ("Am ales deja altă soluție, dar mulțumesc.", "none", "reply"),
    ],
    "outgoing": [
        ("Mai puține livrări eșuate la {COMPANY}", "Bună ziua {PFIRST},\n\nAjutăm echipele de logistică să reducă livrările eșuate la prima încercare cu aproximativ 18%. Ați avea 20 de minute săptămâna viitoare?\n\nCu stimă,"),
        ("O întrebare scurtă despre raportare", "Salut {PFIRST},\n\nCum pregătește acum echipa ta raportul săptămânal de vânzări? {VCOMPANY} îl automatizează direct din CRM. Pot să-ți arăt un demo scurt?\n\nMulțumesc,"),
    ],
    "quote_on": "Pe {date}, {name} <{addr}> a scris:",
    "quote_date": ["{wd}, {d} {month} {y} la {H}:{M}", "{dd}.{mm}.{y} {H}:{M}"],
    "outlook": ("De la", "Trimis", "Către", "Subiect"),
    "outlook_date": ["{wd}, {d} {month} {y} {H}:{M}"],
    "disclaimers": ["Acest mesaj este confidențial și destinat exclusiv destinatarului. Dacă l-ați primit din greșeală, vă rugăm să anunțați expeditorul și să îl ștergeți.", "J40/12345/2015, CUI RO12345678, capital social 200 RON"],
    "bounce": {
        "subject": "Nelivrabil: ",
        "line": "Mesajul dvs. nu a putut fi livrat către următorul destinatar.",
        "hint": "Adresa de e-mail nu a fost găsită sau cutia poștală a destinatarului nu este disponibilă.",
        "delay_subject": "Livrare întârziată: ",
        "delay_line": "Livrarea către acești destinatari sau grupuri este întârziată. Vom încerca în continuare să livrăm mesajul. Nu este necesară nicio acțiune.",
    },
    "content_language": "ro-RO",
}
# fmt: on

# More ways of saying it: compact ranges, next week's days, dated subjects.
LANG["compact_range"] = "{d1}–{d} {month}"
LANG["ooo_subject_dated"] = [
    "În afara biroului până pe {D}",
    "Concediu – revin pe {D}",
    "Răspuns automat: absent până pe {D}",
]
LANG["ooo_absence"] += [
    ("Sunt în concediu în perioada {R}.", "range"),
    ("Revin săptămâna viitoare, {W}.", "wd_nextweek"),
    ("Până pe {D} sunt la un târg și citesc e-mailurile doar seara.", "until"),
    ("Lucrez de acasă fără acces la rețeaua firmei și revin la birou pe {D}.", "back"),
]
LANG["ooo_alt"] += ["Vânzări: {ALT}. Facturare: {ALT2}."]
LANG["human"] += [
    (
        "Sunt toată săptămâna la un client, revin săptămâna viitoare, {W}. Îmi puteți trimite prezentarea între timp?",
        "wd_nextweek",
        "away",
    ),
    ("Lipsesc în perioada {R}, hai să vorbim săptămâna următoare.", "range", "away"),
    (
        "Săptămâna trecută am avut teambuilding, de aceea răspund târziu. Puteți include SSO în ofertă?",
        "none",
        "hard_negative",
    ),
    (
        "Mâine plec în concediu, trimiteți-mi contractul azi și îl semnez înainte să plec.",
        "none",
        "hard_negative",
    ),
    (
        "Directorul nostru e plecat până pe {D}, înainte nu se decide nimic.",
        "note",
        "hard_negative",
    ),
]

# Acknowledgements that sound busy (not absent) and an event reminder.
LANG["ack"] += [
    "Vă mulțumim că ați scris echipei de vânzări {COMPANY}. Din cauza volumului mare, răspunsul poate dura până la trei zile lucrătoare. Referință: {TICKET}.",
    "Mesajul dumneavoastră a fost transmis departamentului responsabil. Nu trebuie să faceți nimic altceva. Menționați referința {TICKET} în corespondență.",
]
LANG["newsletter"] += [
    [
        "Memento: webinarul începe în curând",
        "Bună ziua,\n\nVă reamintim de webinarul „Planificare 2026” din {D}, ora 15:00. Link: {URL}\n\nNu puteți participa? Vă trimitem înregistrarea.\n\nDezabonare de la mementouri",
    ]
]

# Day of the month only ("until the 4th", "bis zum 4."): the next such day.
LANG.setdefault("named_formats", {})["day"] = "{d}"
LANG["ooo_absence"] += [["Revin pe {D_day}.", "back"]]
LANG["human"] += [["Sunt plecat până pe {D_day}, vorbim după?", "until", "away"]]

# Written about the person (an assistant's or a mailbox rule's notice), not by them.
LANG["ooo_short"] += [
    [
        "{FULL} este în afara biroului până pe {D} și vă va răspunde la întoarcere.",
        "until",
    ],
    ["Vă informăm că {FULL} revine pe {D}.", "back"],
]

# Forwarded, a price question, a past absence (not away now).
LANG["human"] += [
    [
        "Am redirecționat e-mailul către achiziții, persoana de contact: {ALT}.",
        "none",
        "reply",
    ],
    [
        "Cât costă aproximativ per utilizator pe lună? Suntem cam 60 de oameni.",
        "none",
        "reply",
    ],
    [
        "Scuze, am fost bolnav aproape toată săptămâna trecută și văd abia acum. Marți după-amiază merge.",
        "none",
        "hard_negative",
    ],
]
