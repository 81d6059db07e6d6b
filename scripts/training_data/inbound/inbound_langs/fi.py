# ruff: noqa: E501
"""Finnish inbound cores. Modes: see scripts/training_data/inbound/dates.py."""

# fmt: off
LANG = {
    "code": "fi",
    "tz": {"winter": [120], "summer": [180]},
    "months": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "weekdays": ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"],
    "weekday_forms": {
        "ess": ["maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina", "lauantaina", "sunnuntaina"],
        "ill": ["maanantaihin", "tiistaihin", "keskiviikkoon", "torstaihin", "perjantaihin", "lauantaihin", "sunnuntaihin"],
    },
    "date_formats": [
        ("{d}.{m}.", ""), ("{d}.{m}.{y}", "yr"), ("{d}. {month}", ""), ("{dd}.{mm}.{y}", "yr"), ("{d}.{m}.", ""),
    ],
    "names": ["Mikko Virtanen", "Laura Korhonen", "Antti Mäkinen", "Sanna Nieminen", "Juha Heikkinen", "Elina Koskinen", "Ville Järvinen", "Hanna Lehtonen", "Tuomas Laine", "Riikka Salminen", "Jari Hämäläinen"],
    "companies": ["Pohjolan Kuljetus Oy", "Saimaan Energia", "Kalevan Vakuutus", "Lapin Metsä Oy", "Tampereen Konepaja", "Suomen Elintarvike Oy", "Aalto Logistiikka Oy"],
    "tld": ["fi", "fi", "com"],
    "phones": ["+358 40 ### ####", "puh. 09 ### ####", "+358 50 ### ## ##"],
    "addresses": ["Mannerheimintie 12\n00100 Helsinki", "Hämeenkatu 20\n33200 Tampere"],
    "titles": ["Hankintapäällikkö", "Logistiikkapäällikkö", "Toimitusjohtaja", "IT-päällikkö", "Talousjohtaja", "Myyntipäällikkö"],
    "signoffs": ["Ystävällisin terveisin", "Terveisin", "Parhain terveisin", "T.", "Kiitos ja terveisin"],
    "mobile": ["Lähetetty iPhonesta", "Lähetetty Outlook for Androidista"],
    "ooo_greet": ["Hei,", "Hyvä vastaanottaja,", "Hei!", "Päivää,"],
    "human_greet": ["Hei {VFIRST},", "Moi {VFIRST},", "Hei {VFIRST}!", "{VFIRST},"],
    "reply_prefix": ["VS: ", "Re: ", "Vs: "],
    "ooo_subject": ["Automaattinen vastaus: {S}", "Poissa toimistolta: {S}", "Lomalla", "Poissaoloilmoitus", "VS: {S}"],
    "ooo_open": ["Kiitos viestistäsi.", "Kiitos sähköpostistasi.", "Tämä on automaattinen vastaus.", "Kiitos yhteydenotostasi."],
    "ooo_absence": [
        ("Olen lomalla {D} asti enkä lue sähköpostia.", "until"),
        ("Palaan toimistolle {D}.", "back"),
        ("Olen lomalla {D1}–{D}.", "range"),
        ("Olen poissa {D} saakka.", "until"),
        ("Olen työmatkalla ja palaan {W_ess}.", "wd_back"),
        ("Olen tänään koulutuksessa ja palaan huomenna.", "tomorrow"),
        ("Olen äitiysvapaalla.", "none"),
        ("Olen tällä hetkellä poissa toimistolta ja luen sähköpostia rajoitetusti.", "none"),
        ("Olen taas tavoitettavissa {D} alkaen.", "back"),
        ("Toimistomme on suljettuna {D} asti.", "until"),
        ("Olen vapaalla {W_ill} asti.", "wd_until"),
        ("Olen sairauslomalla ja palaan arviolta {W_ess}.", "wd_back"),
    ],
    "ooo_short": [
        ("Lomalla {D} asti.", "until"),
        ("Poissa, palaan {D}.", "back"),
        ("En ole juuri nyt tavoitettavissa, vastaan mahdollisimman pian.", "none"),
        ("Poissa {D1}–{D}.", "range"),
    ],
    "ooo_alt": [
        "Kiireellisissä asioissa ota yhteyttä: {ALT}.",
        "Poissaoloni aikana sijaisenani toimii {ALT}.",
        "Kiireellisissä tapauksissa tavoitat {ALT}.",
        "Tarjouspyynnöt: {ALT}.",
    ],
    "ooo_close": [
        "Vastaan viestiisi palattuani.",
        "Viestiäsi ei välitetä eteenpäin.",
        "Palaan asiaan mahdollisimman pian.",
        "Kiitos kärsivällisyydestäsi.",
    ],
    "ack_subject": ["Olemme vastaanottaneet viestisi [#{TICKET}]", "Vastaanottokuittaus: {S}", "Tiketti {TICKET} luotu", "Automaattinen vastaus: {S}"],
    "ack": [
        "Hei,\n\nKiitos yhteydenotostasi. Tämä on automaattinen vahvistus siitä, että olemme vastaanottaneet viestisi. Asianumerosi on {TICKET}, ja vastaamme kahden arkipäivän kuluessa.\n\n{COMPANY} asiakaspalvelu",
        "Kiitos, että otit yhteyttä {COMPANY}-asiakaspalveluun. Palvelemme ma–pe klo 8–16. Älä vastaa tähän automaattiseen viestiin.",
        "Tähän osoitteeseen lähetetyt laskut käsitellään automaattisesti. Erillistä vahvistusta ei lähetetä.",
        "Saimme viestisi! Joku tiimistämme on yhteydessä pian. Sillä välin voit katsoa usein kysytyt kysymykset: {URL}",
    ],
    "gone_subject": ["Automaattinen vastaus: {S}", "{FULL} ei enää työskentele yrityksessä {COMPANY}", "Osoite ei ole enää käytössä", "VS: {S}"],
    "gone": [
        "{FULL} ei enää työskentele yrityksessä {COMPANY}. Tätä postilaatikkoa ei lueta. Ota yhteyttä: {ALT}.",
        "Hei, olen siirtynyt pois yrityksestä {COMPANY}, ja tämä osoite suljetaan pian. Uusi yhteyshenkilösi on {ALT}.",
        ("Huomaathan, että {FULL} lopetti yrityksessä {D}. Viestiäsi ei ole välitetty. Yhteyshenkilö: {ALT}.", "past"),
        "Tämä sähköpostiosoite ei ole enää käytössä. Lähetä viestisi osoitteeseen {ALT}.",
    ],
    "newsletter": [
        ("Uutisia: {COMPANY}", "Hei!\n\nTässä kuussa: uusi varastomme Vantaalla avataan {D}, webinaari verkkolaskutuksesta ja asiakastarina.\n\nLue lisää: {URL}\n\nSaat tämän uutiskirjeen, koska olet tilannut sen. Peru tilaus"),
        ("Kutsu: aamiaistilaisuus {D}", "Tervetuloa aamiaistilaisuuteemme {D} Helsingissä. Ilmoittautuminen: {URL}\n\nJos et halua enää viestejämme, voit perua tilauksen täällä."),
    ],
    "human": [
        ("Kiitos! Olen lomalla {D} asti, voidaanko jutella sen jälkeen?", "until", "away"),
        ("Olen tällä viikolla reissussa, palaan {W_ess}. Laita viestiä silloin.", "wd_back", "away"),
        ("Olen poissa {D1}–{D}, sovitaan aika seuraavalle viikolle?", "range", "away"),
        ("Olen nyt vapaalla, katson tätä kun palaan.", "away", "away"),
        ("En ole enää mukana ERP-projektissa, mutta {ALT} voi auttaa.", "none", "hard_negative"),
        ("Emme ole enää vanhan toimittajamme asiakas. Voitko lähettää tarjouksen 40 käyttäjälle?", "none", "hard_negative"),
        ("Palasin juuri lomalta ja käyn läpi sähköposteja. Torstai klo 10 sopii.", "none", "hard_negative"),
        ("Budjetti hyväksytään {D}, palaan asiaan sen jälkeen.", "note", "hard_negative"),
        ("Kiinnostavaa. Voitko lähettää hinnaston ja asiakastapauksen vähittäiskaupasta?", "none", "reply"),
        ("Ei kiinnosta, poistakaa minut listalta.", "none", "reply"),
        ("En ole oikea henkilö tähän, ota yhteyttä: {ALT}.", "none", "reply"),
        ("Sopii, soitellaan {D} klo 14.", "note", "reply"),
        ("Olemme jo valinneet toisen ratkaisun, kiitos silti.", "none", "reply"),
    ],
    "outgoing": [
        ("Vähemmän epäonnistuneita toimituksia: {COMPANY}", "Hei {PFIRST},\n\nAutamme logistiikkatiimejä vähentämään epäonnistuneita ensitoimituksia noin 18 %. Olisiko sinulla 20 minuuttia ensi viikolla?\n\nTerveisin"),
        ("Nopea kysymys raportoinnista", "Hei {PFIRST},\n\nMiten tiiminne kokoaa viikoittaisen myyntiraportin tänään? {VCOMPANY} automatisoi sen suoraan CRM:stä. Saanko näyttää lyhyen demon?\n\nYstävällisin terveisin"),
    ],
    "quote_on": "{name} <{addr}> kirjoitti {date}:",
    "quote_date": ["{d}.{m}.{y} klo {H}.{M}", "{wd_ess} {d}.{m}.{y} klo {H}.{M}"],
    "outlook": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "outlook_date": ["{wd} {d}. {month} {y} {H}.{M}"],
    "disclaimers": ["Tämä viesti voi sisältää luottamuksellista tietoa. Jos et ole oikea vastaanottaja, ilmoita lähettäjälle ja poista viesti.", "Y-tunnus 1234567-8"],
    "bounce": {
        "subject": "Ei voitu toimittaa: ",
        "line": "Viestiäsi ei voitu toimittaa seuraavalle vastaanottajalle.",
        "hint": "Sähköpostiosoitetta ei löytynyt tai vastaanottajan postilaatikko ei ole käytettävissä.",
        "delay_subject": "Toimitus viivästynyt: ",
        "delay_line": "Toimitus näille vastaanottajille tai ryhmille on viivästynyt. Yritämme edelleen toimittaa viestin. Sinun ei tarvitse tehdä mitään.",
    },
    "content_language": "fi-FI",
}
# fmt: on

# More ways of saying it: compact ranges, relative weekdays, dated subjects.
LANG["compact_range"] = "{d1}.–{d}.{m}."
LANG["ooo_subject_dated"] = [
    "Poissa {D} asti",
    "Lomalla, palaan {D}",
    "Poissa toimistolta {D} asti: {S}",
]
LANG["ooo_absence"] += [
    ("Olen lomalla {R}.", "range"),
    ("Palaan ensi viikon {W_ess}.", "wd_nextweek"),
    ("Olen messuilla {D} asti ja luen sähköpostia vain iltaisin.", "until"),
    ("Teen etätöitä ilman verkkoyhteyttä ja palaan toimistolle {D}.", "back"),
]
LANG["ooo_alt"] += ["Myyntiasiat: {ALT}. Laskutus: {ALT2}."]
LANG["human"] += [
    (
        "Olen koko viikon asiakkaalla, palaan ensi viikon {W_ess}. Voitko lähettää esityksen sillä välin?",
        "wd_nextweek",
        "away",
    ),
    ("Olen vapaalla {R}, sovitaan seuraavalle viikolle.", "range", "away"),
    (
        "Meillä oli viime viikolla kick-off, siksi vastaus viivästyi. Voitko lisätä SSO:n tarjoukseen?",
        "none",
        "hard_negative",
    ),
    (
        "Lähden huomenna lomalle, lähetä sopimus tänään niin allekirjoitan sen ennen lähtöä.",
        "none",
        "hard_negative",
    ),
    (
        "Toimitusjohtajamme on poissa {D} asti, päätöstä ei tehdä ennen sitä.",
        "note",
        "hard_negative",
    ),
]

# Acknowledgements that sound busy (not absent) and an event reminder.
LANG["ack"] += [
    "Kiitos viestistäsi {COMPANY}-myyntitiimille. Suuren kysynnän vuoksi vastaaminen voi kestää kolme arkipäivää. Viite: {TICKET}.",
    "Viestisi on välitetty oikealle osastolle. Sinun ei tarvitse tehdä muuta. Mainitse viite {TICKET} yhteydenotoissa.",
]
LANG["newsletter"] += [
    [
        "Muistutus: webinaari alkaa pian",
        "Hei,\n\nMuistutamme webinaarista ”Suunnittelu 2026” {D} klo 15. Linkki: {URL}\n\nEtkö pääse? Lähetämme tallenteen.\n\nPeru muistutukset",
    ]
]

# Day of the month only ("until the 4th", "bis zum 4."): the next such day.
LANG.setdefault("named_formats", {})["day"] = "{d}. päivä"
LANG["ooo_absence"] += [["Palaan {D_day}.", "back"]]
LANG["human"] += [["Palaan töihin {D_day}, jutellaan sitten.", "back", "away"]]

# Written about the person (an assistant's or a mailbox rule's notice), not by them.
LANG["ooo_short"] += [
    ["{FULL} on poissa {D} asti ja vastaa palattuaan.", "until"],
    ["Huomaathan, että {FULL} palaa töihin {D}.", "back"],
]

# Forwarded, a price question, a past absence (not away now).
LANG["human"] += [
    [
        "Välitin viestisi henkilölle {ALT}, joka vastaa meillä hankinnoista.",
        "none",
        "reply",
    ],
    [
        "Paljonko se maksaa suunnilleen käyttäjää kohden kuukaudessa? Meitä on noin 60.",
        "none",
        "reply",
    ],
    [
        "Anteeksi, olin sairaana melkein koko viime viikon ja näin viestin vasta nyt. Tiistai-iltapäivä sopii.",
        "none",
        "hard_negative",
    ],
]
