# ruff: noqa: E501
"""Polish inbound cores. Modes: see scripts/training_data/inbound/dates.py."""

# fmt: off
LANG = {
    "code": "pl",
    "tz": {"winter": [60], "summer": [120]},
    "months": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "weekdays": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "weekday_forms": {
        "acc": ["poniedziałek", "wtorek", "środę", "czwartek", "piątek", "sobotę", "niedzielę"],
        "next": ["przyszły poniedziałek", "przyszły wtorek", "przyszłą środę", "przyszły czwartek", "przyszły piątek", "przyszłą sobotę", "przyszłą niedzielę"],
        "gen": ["poniedziałku", "wtorku", "środy", "czwartku", "piątku", "soboty", "niedzieli"],
    },
    "date_formats": [
        ("{d} {month}", ""), ("{d} {month} {y}", "yr"), ("{d} {month} {y} r.", "yr"), ("{dd}.{mm}", ""), ("{dd}.{mm}.{y}", "yr"), ("{d}.{mm}.{y} r.", "yr"),
    ],
    "names": ["Katarzyna Nowak", "Piotr Kowalski", "Agnieszka Wiśniewska", "Tomasz Wójcik", "Magdalena Kamińska", "Michał Lewandowski", "Joanna Zielińska", "Paweł Szymański", "Aleksandra Dąbrowska", "Krzysztof Mazur", "Monika Król"],
    "companies": ["Trans-Wisła Sp. z o.o.", "Bałtyk Ubezpieczenia", "Mazowiecka Energia SA", "Piekarnia Złoty Kłos", "Krakbud Sp. z o.o.", "Logistyka Śląsk", "Polmed SA"],
    "tld": ["pl", "pl", "com.pl", "com"],
    "phones": ["+48 22 ### ## ##", "tel. +48 6## ### ###", "kom. 5## ### ###"],
    "addresses": ["ul. Marszałkowska 104\n00-017 Warszawa", "ul. Floriańska 15\n31-019 Kraków"],
    "titles": ["Kierownik ds. zakupów", "Dyrektor logistyki", "Prezes Zarządu", "Kierownik IT", "Dyrektor finansowy", "Specjalista ds. marketingu"],
    "signoffs": ["Pozdrawiam,", "Z poważaniem,", "Serdecznie pozdrawiam,", "Pozdrawiam serdecznie", "Z wyrazami szacunku,"],
    "mobile": ["Wysłane z iPhone'a", "Wysłano z aplikacji Outlook dla Androida"],
    "ooo_greet": ["Dzień dobry,", "Szanowni Państwo,", "Witam,", "Cześć,"],
    "human_greet": ["Dzień dobry {VFIRST},", "Cześć {VFIRST},", "Witam,", "Panie/Pani {VFIRST},"],
    "reply_prefix": ["Odp: ", "RE: ", "Re: "],
    "ooo_subject": ["Odpowiedź automatyczna: {S}", "Poza biurem: {S}", "Nieobecność: {S}", "Urlop", "Automatyczna odpowiedź", "RE: {S}"],
    "ooo_open": ["Dziękuję za wiadomość.", "Dziękuję za e-mail.", "To jest automatyczna odpowiedź.", "Dziękuję za kontakt."],
    "ooo_absence": [
        ("Jestem poza biurem do {D} bez dostępu do poczty.", "until"),
        ("Wracam do pracy {D}.", "back"),
        ("Przebywam na urlopie w dniach {D1} – {D} włącznie.", "range"),
        ("Jestem nieobecna do {D} włącznie.", "incl"),
        ("Jestem w delegacji, wracam w {W_acc}.", "wd_back"),
        ("Dziś jestem na szkoleniu, jutro wracam do biura.", "tomorrow"),
        ("Przebywam na urlopie macierzyńskim.", "none"),
        ("Obecnie jestem poza biurem z ograniczonym dostępem do poczty.", "none"),
        ("Od {D} będę ponownie dostępny.", "back"),
        ("Biuro jest zamknięte do {D}.", "until"),
        ("Jestem na urlopie do {W_gen}.", "wd_until"),
        ("Nie będzie mnie od {D1} do {D}.", "range"),
    ],
    "ooo_short": [
        ("Urlop do {D}.", "until"),
        ("Poza biurem, wracam {D}.", "back"),
        ("Chwilowo jestem niedostępny, odpiszę najszybciej, jak to możliwe.", "none"),
        ("Nieobecny do {W_gen}.", "wd_until"),
    ],
    "ooo_alt": [
        "W pilnych sprawach proszę o kontakt – {ALT}.",
        "Podczas mojej nieobecności zastępuje mnie {ALT}.",
        "Sprawy pilne: {ALT}.",
        "W sprawie ofert proszę pisać na adres: {ALT}.",
    ],
    "ooo_close": [
        "Odpowiem po powrocie.",
        "Wiadomość nie zostanie przekazana dalej.",
        "Odezwę się najszybciej, jak to możliwe.",
        "Dziękuję za wyrozumiałość.",
    ],
    "ack_subject": ["Otrzymaliśmy Twoje zgłoszenie [#{TICKET}]", "Potwierdzenie otrzymania: {S}", "Zgłoszenie {TICKET} zostało utworzone", "Odpowiedź automatyczna: {S}"],
    "ack": [
        "Dzień dobry,\n\ndziękujemy za wiadomość. To automatyczne potwierdzenie jej otrzymania. Zgłoszenie otrzymało numer {TICKET}; odpowiemy w ciągu dwóch dni roboczych.\n\nBiuro Obsługi Klienta {COMPANY}",
        "Dziękujemy za kontakt z {COMPANY}. Jesteśmy dostępni od poniedziałku do piątku w godz. 8–16. Prosimy nie odpowiadać na tę wiadomość.",
        "Faktury przesłane na ten adres są przetwarzane automatycznie. Nie otrzymają Państwo dodatkowego potwierdzenia.",
        "Dostaliśmy Twoją wiadomość! Ktoś z naszego zespołu wkrótce się odezwie. W międzyczasie zajrzyj do centrum pomocy: {URL}",
    ],
    "gone_subject": ["Odpowiedź automatyczna: {S}", "{FULL} nie pracuje już w {COMPANY}", "Skrzynka nieaktywna", "RE: {S}"],
    "gone": [
        "{FULL} nie pracuje już w {COMPANY}. Ta skrzynka nie jest obsługiwana. Osoba kontaktowa: {ALT}.",
        "Dzień dobry, zakończyłem współpracę z {COMPANY}, a ten adres wkrótce zostanie wyłączony. Nową osobą kontaktową jest {ALT}.",
        ("Informujemy, że {FULL} zakończył pracę w firmie {D}. Wiadomość nie została przekazana. Kontakt: {ALT}.", "past"),
        "Ten adres e-mail nie jest już używany. Prosimy pisać na {ALT}.",
    ],
    "newsletter": [
        ("Nowości w {COMPANY}", "Dzień dobry,\n\nw tym miesiącu: otwarcie nowego magazynu w Poznaniu {D}, webinar o e-fakturach i historia klienta.\n\nCzytaj więcej: {URL}\n\nOtrzymujesz ten newsletter, ponieważ zapisałeś się na listę. Wypisz się"),
        ("Zaproszenie: śniadanie biznesowe {D}", "Zapraszamy na śniadanie biznesowe {D} w Warszawie. Rejestracja: {URL}\n\nJeśli nie chcesz otrzymywać naszych wiadomości, wypisz się tutaj."),
    ],
    "human": [
        ("Dziękuję. Jestem na urlopie do {D}, możemy porozmawiać po moim powrocie?", "until", "away"),
        ("W tym tygodniu jestem w podróży, wracam w {W_acc}. Proszę wtedy o kontakt.", "wd_back", "away"),
        ("Nie będzie mnie od {D1} do {D}, umówmy się na kolejny tydzień.", "range", "away"),
        ("Jestem teraz na zwolnieniu, zajrzę do tego po powrocie.", "away", "away"),
        ("Nie zajmuję się już projektem ERP, ale {ALT} może pomóc.", "none", "hard_negative"),
        ("Nie współpracujemy już z naszym dawnym dostawcą. Proszę przesłać ofertę na 40 użytkowników.", "none", "hard_negative"),
        ("Właśnie wróciłam z urlopu i nadrabiam zaległości. Czwartek o 10 mi pasuje.", "none", "hard_negative"),
        ("Budżet zatwierdzamy {D}, odezwę się po tym terminie.", "note", "hard_negative"),
        ("Ciekawe. Czy może Pan przesłać cennik i case study z handlu?", "none", "reply"),
        ("Nie jestem zainteresowany, proszę usunąć mnie z listy.", "none", "reply"),
        ("To nie ja odpowiadam za ten temat, właściwa osoba to {ALT}.", "none", "reply"),
        ("Dobrze, porozmawiajmy {D} o 14:00.", "note", "reply"),
        ("Wybraliśmy już inne rozwiązanie, ale dziękuję.", "none", "reply"),
    ],
    "outgoing": [
        ("Mniej nieudanych dostaw w {COMPANY}", "Dzień dobry {PFIRST},\n\npomagamy zespołom logistycznym ograniczyć nieudane pierwsze próby doręczenia o ok. 18%. Czy znalazłby Pan 20 minut w przyszłym tygodniu?\n\nPozdrawiam,"),
        ("Krótkie pytanie o raportowanie", "Cześć {PFIRST},\n\njak Wasz zespół przygotowuje dziś tygodniowy raport sprzedaży? {VCOMPANY} automatyzuje go bezpośrednio z CRM. Mogę pokazać krótkie demo?\n\nPozdrawiam,"),
    ],
    "quote_on": "W dniu {date} {name} <{addr}> napisał(a):",
    "quote_date": ["{d}.{mm}.{y} o {H}:{M}", "{d} {month} {y} o {H}:{M}"],
    "outlook": ("Od", "Wysłano", "Do", "Temat"),
    "outlook_date": ["{wd}, {d} {month} {y} {H}:{M}"],
    "disclaimers": ["Niniejsza wiadomość jest poufna i przeznaczona wyłącznie dla adresata. Jeśli otrzymali ją Państwo omyłkowo, prosimy o powiadomienie nadawcy i jej usunięcie.", "Sąd Rejonowy dla m.st. Warszawy, KRS 0000123456, NIP 525-123-45-67, kapitał zakładowy 500 000 zł"],
    "bounce": {
        "subject": "Niedostarczalne: ",
        "line": "Nie można dostarczyć wiadomości do następującego adresata.",
        "hint": "Nie znaleziono adresu e-mail lub skrzynka pocztowa adresata jest niedostępna.",
        "delay_subject": "Dostarczanie opóźnione: ",
        "delay_line": "Dostarczanie do tych adresatów lub grup jest opóźnione. Będziemy nadal próbować dostarczyć wiadomość. Nie musisz nic robić.",
    },
    "content_language": "pl-PL",
}
# fmt: on

# More ways of saying it: compact ranges, relative weekdays, dated subjects.
LANG["compact_range"] = "{d1}–{d} {month}"
LANG["ooo_subject_dated"] = [
    "Poza biurem do {D}",
    "Nieobecność – wracam {D}",
    "Urlop do {D}: {S}",
]
LANG["ooo_absence"] += [
    ("Jestem na urlopie w dniach {R}.", "range"),
    ("Wracam w {W_next}.", "wd_next"),
    ("Do {D} jestem na targach i czytam pocztę tylko wieczorami.", "until"),
    ("Pracuję zdalnie bez dostępu do sieci firmowej, w biurze będę {D}.", "back"),
]
LANG["ooo_alt"] += ["Sprawy handlowe: {ALT}. Faktury: {ALT2}."]
LANG["human"] += [
    (
        "Cały tydzień jestem u klienta, wracam w {W_next}. Czy może Pan przesłać prezentację wcześniej?",
        "wd_next",
        "away",
    ),
    ("Nie będzie mnie w dniach {R}, umówmy się na kolejny tydzień.", "range", "away"),
    (
        "W zeszłym tygodniu mieliśmy wyjazd firmowy, stąd opóźnienie. Proszę dodać SSO do oferty.",
        "none",
        "hard_negative",
    ),
    (
        "Jutro wyjeżdżam na urlop, proszę przesłać umowę dziś, podpiszę ją przed wyjazdem.",
        "none",
        "hard_negative",
    ),
    (
        "Nasz prezes jest na urlopie do {D}, wcześniej nic nie zdecydujemy.",
        "note",
        "hard_negative",
    ),
]

# Acknowledgements that sound busy (not absent) and an event reminder.
LANG["ack"] += [
    "Dziękujemy za wiadomość do działu sprzedaży {COMPANY}. Ze względu na dużą liczbę zapytań odpowiedź może potrwać do trzech dni roboczych. Numer referencyjny: {TICKET}.",
    "Wiadomość została przekazana do właściwego działu. Nie musisz nic więcej robić. Prosimy powoływać się na numer {TICKET}.",
]
LANG["newsletter"] += [
    [
        "Przypomnienie: webinar zaczyna się wkrótce",
        "Dzień dobry,\n\nprzypominamy o webinarze „Planowanie 2026” {D} o 15:00. Link: {URL}\n\nNie możesz dołączyć? Wyślemy nagranie.\n\nWypisz się z przypomnień",
    ]
]

# Day of the month only ("until the 4th", "bis zum 4."): the next such day.
LANG.setdefault("named_formats", {})["day"] = "{d}-go"
LANG["ooo_absence"] += [["Wracam {D_day}.", "back"]]
LANG["human"] += [["Jestem na urlopie do {D_day}, pogadamy potem?", "until", "away"]]

# Written about the person (an assistant's or a mailbox rule's notice), not by them.
LANG["ooo_short"] += [
    ["Osoba {FULL} jest nieobecna do {D} i odpowie po powrocie.", "until"],
    ["Informujemy, że {FULL} wraca do pracy {D}.", "back"],
]

# Forwarded, a price question, a past absence (not away now).
LANG["human"] += [
    [
        "Przekazałem Pana wiadomość dalej, zakupami zajmuje się u nas {ALT}.",
        "none",
        "reply",
    ],
    [
        "Ile to kosztuje mniej więcej za użytkownika miesięcznie? Jest nas około 60 osób.",
        "none",
        "reply",
    ],
    [
        "Przepraszam, prawie cały zeszły tydzień byłam chora i widzę to dopiero teraz. Wtorek po południu mi pasuje.",
        "none",
        "hard_negative",
    ],
]
