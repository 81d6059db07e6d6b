# ruff: noqa: E501
"""Hand-written cores of dev_inbound7: a blind check of the dev_inbound6 fixes, written
after them with other wording and scored once without tuning. Same helpers, send
dates and conventions as ../dev_inbound6/cores.py."""

from __future__ import annotations

from scripts.dev_inbound6.cores import away, gone, human, ooo

CORES = {
    "en": [
        away(
            "F",
            "Hello,\n\nI'm at our plant in Ohio until Friday and mostly offline. Would Monday 26 October suit you for a quick call?\n\nKind regards,\nGreta",
            "2026-10-23",
            style="plain",
        ),
        away(
            "B",
            "Not a great time I'm afraid - just started two weeks of holiday, I'm back on 3 August. Drop me a line then?\n\nRob",
            "2026-08-03",
            style="quote",
        ),
        ooo(
            "D",
            "Hello, thanks for getting in touch. I'm away from the office on a business trip and will be back on Monday 18 May. I'll reply to your message then.\n\nNina Hart",
            "2026-05-18",
        ),
        gone(
            "A",
            "Hi Tom,\n\nJust so you know, Claire has left Northwind and her mailbox will be closed soon. I'm looking after procurement now.\n\nBest,\nOwen",
            style="quote",
        ),
        human(
            "E",
            "Tom, good news: the board approved the budget on Friday. My colleague is on holiday from the 17th, so can we sign this week?",
        ),
    ],
    "de": [
        away(
            "D",
            "Guten Morgen, bin leider bis 22. Mai auf Reha und nur selten am Rechner. Ich melde mich danach, ok?\n\nGruß\nHolger",
            "2026-05-22",
            style="phone",
        ),
        ooo(
            "C",
            "Guten Tag, vielen Dank für Ihre E-Mail. Ich bin im Weihnachtsurlaub und ab dem 7. Januar wieder im Büro.",
            "2027-01-07",
        ),
        gone(
            "F",
            "Hallo Herr Baker,\n\nFrau Busch ist seit dem 1. Oktober nicht mehr bei uns. Ihre Nachfolgerin bin ich.\n\nBeste Grüße\nKatja Rehm",
            style="quote",
        ),
        human(
            "B",
            "Hallo Tom, vielen Dank. Wir machen vom 3. bis 21. August Betriebsferien, deshalb bitte den Vertrag vorher. Passt das?",
        ),
    ],
    "es": [
        away(
            "A",
            "Javier aquí. Estoy en Bogotá por trabajo hasta el 13 de marzo, ¿lo vemos la semana siguiente?\n\nEnviado desde mi Android",
            "2026-03-13",
            style="plain",
        ),
        ooo(
            "F",
            "Buenos días: en este momento me encuentro de viaje. Estaré de vuelta el lunes 26 de octubre y responderé a su correo.",
            "2026-10-26",
        ),
        gone(
            "D",
            "Hola Tom,\n\nBeatriz ya no trabaja con nosotros desde abril. Yo llevo ahora su cartera de proveedores.\n\nUn saludo,\nNuria",
            style="quote",
        ),
    ],
    "pt": [
        away(
            "C",
            "Oi Tom! Estou de férias com a família até 6 de janeiro. Podemos retomar depois? Abraços, Fernanda",
            "2027-01-06",
            style="phone",
        ),
        ooo(
            "B",
            "Olá, obrigado pelo contacto. Estou de férias e regresso a 3 de agosto. A sua mensagem não será reencaminhada.",
            "2026-08-03",
        ),
    ],
    "pl": [
        away(
            "E",
            "Panie Tomie, jestem na urlopie do 14 sierpnia, proszę o kontakt po tym terminie albo z Anią. Pozdrawiam, Jacek",
            "2026-08-14",
            style="phone",
        ),
        ooo(
            "A",
            "Dzień dobry, dziękuję za wiadomość. Jestem na urlopie do 16 marca. W pilnych sprawach proszę pisać na biuro@odra.example.",
            "2026-03-16",
        ),
    ],
    "nl": [
        away(
            "E",
            "Tom, ik zit tot 17 augustus in Frankrijk op vakantie. Kan het daarna?\n\nVerstuurd vanaf mijn Samsung Galaxy",
            "2026-08-17",
            style="plain",
        ),
        ooo(
            "F",
            "Goedemiddag, ik ben afwezig en vanaf maandag 26 oktober weer op kantoor. Uw bericht wordt niet doorgestuurd.",
            "2026-10-26",
        ),
    ],
    "fi": [
        ooo(
            "E",
            "Hei, olen kesälomalla ja palaan toimistolle maanantaina 17.8. Kiireellisissä asioissa soita vaihteeseen.",
            "2026-08-17",
        ),
        away(
            "F",
            "Moi Tom, olen sairaslomalla tämän viikon, palaan maanantaina 26.10. Jatketaan silloin?",
            "2026-10-26",
            style="phone",
        ),
    ],
    "no": [
        ooo(
            "B",
            "Hei, jeg har sommerferie og er tilbake på kontoret mandag 3. august. Henvendelser besvares etter dette.",
            "2026-08-03",
        ),
    ],
    "zh": [
        ooo(
            "D",
            "您好，我正在出差，5月18日返回办公室，期间回复可能不及时，敬请谅解。",
            "2026-05-18",
        ),
        away(
            "A",
            "Tom，我这周在上海开会，3月9日回公司，回来约个时间？\n\n发自我的iPhone",
            "2026-03-09",
            style="plain",
        ),
    ],
    "ar": [
        away(
            "C",
            "توم، أنا في عطلة حتى 4 يناير، هل يمكننا التحدث بعد ذلك؟\n\nأُرسلت من iPhone",
            "2027-01-04",
            style="plain",
        ),
        ooo(
            "A",
            "مرحباً، أنا خارج المكتب حالياً وسأعود يوم 16 مارس. سأرد على رسالتك عند عودتي.",
            "2026-03-16",
        ),
    ],
    "he": [
        away(
            "D", "טום, אני במילואים עד 25 במאי. נדבר אחרי?", "2026-05-25", style="plain"
        ),
        ooo(
            "E", "שלום, אני בחופשה עד 17 באוגוסט. אשיב להודעתך עם חזרתי.", "2026-08-17"
        ),
    ],
    "ko": [
        away(
            "F",
            "Tom님, 제가 10월 26일까지 해외 출장이라 답이 늦었습니다. 다음 주에 통화 괜찮으실까요?",
            "2026-10-27",
            style="phone",
        ),
        gone(
            "B",
            "Tom님 안녕하세요, 이대리님은 지난주에 퇴사하셨습니다. 앞으로는 제게 연락 주세요. 한지민 드림",
            style="plain",
        ),
    ],
    "sv": [
        gone(
            "A",
            "Hej Tom,\n\nPer har slutat på företaget. Jag tar över hans kunder.\n\nHälsningar\nMaja",
            style="quote",
        ),
        human(
            "C",
            "Hej Tom, vi har stängt mellan jul och nyår. Kan vi boka ett möte den 7 januari?",
        ),
    ],
}
