# ruff: noqa: E501
"""dev_inbound9: a blind check of the dev_inbound8 fixes, written after them with
other people and wording, and scored once without tuning. Same helpers, send dates
and conventions as ../dev_inbound8/kinds.py."""

from __future__ import annotations

from scripts.dev_inbound8.kinds import away, gone, human, ooo

CORES = {
    "en": [
        away(
            "C",
            "Hiya - already checked out for the holidays, back on the 4th. Happy to look at it then, ok?\n\nSent from my iPhone",
            "2027-01-04",
            h="iphone",
        ),
        human(
            "F",
            "Tom, I'm travelling to Boston next week for a conference - will you be there? Could grab a coffee instead of the call.",
            tag="human_travel",
        ),
        away(
            "F",
            "Ah, bad timing - I'm at my sister's wedding in Dublin till Monday. Does Tuesday morning work for a call?\n\nRuth",
            "2026-10-26",
            h="iphone",
            style="phone",
        ),
        away(
            "D",
            "Tom, I've been signed off work for a bit (back problems) and I don't have a return date yet. Can you keep Ali in the loop instead?",
            h="none",
        ),
        ooo(
            "B",
            "Hello, and thanks for your note. I'm taking some time off and will be back at my desk on Monday 3 August. Messages are not being monitored in the meantime.",
            "2026-08-03",
            h="none",
        ),
        gone(
            "A",
            "Hi Tom - quick heads-up that Greg is no longer with Fairmont; he finished up last month. Please send the proposal to me.\n\nJules",
            style="quote",
        ),
        human(
            "E",
            "Tom, thanks. Our MD is on leave until the 17th so I can't get a signature before then. Shall we aim for the 18th?",
            h="outlook",
        ),
    ],
    "de": [
        away(
            "D",
            "Hallo Herr Baker, ich bin leider bis einschließlich 15. Mai krankgeschrieben. Können wir danach sprechen?\n\nGruß\nA. Krüger",
            "2026-05-16",
            h="outlook",
            style="sig",
        ),
        away(
            "E",
            "Servus Tom, ich hänge gerade im Urlaub in Südtirol ab, bin ab dem 17. August wieder am Schreibtisch. Kannst du mir dann das Angebot nochmal schicken?",
            "2026-08-17",
            h="iphone",
            style="phone",
        ),
        ooo(
            "F",
            "Guten Tag,\n\nich bin derzeit nicht im Büro. Ab Montag, dem 26. Oktober, bin ich wieder für Sie erreichbar. Ihre Nachricht wird nicht weitergeleitet.\n\nFreundliche Grüße\nUlrike Sommer",
            "2026-10-26",
            h="exchange",
        ),
        gone(
            "B",
            "Sehr geehrter Herr Baker,\n\nHerr Albrecht hat unser Haus zum 30. Juni verlassen. Bitte richten Sie Ihre Anfragen künftig an mich.\n\nMit freundlichen Grüßen\nBirgit Hahn",
            style="sig",
        ),
        human(
            "C",
            "Hallo Tom, unsere Buchhaltung ist zwischen den Jahren nicht besetzt. Bitte schick die Rechnung also erst am 4. Januar. Danke!",
            h="thread",
        ),
        human(
            "A",
            "Sorry für die späte Antwort, war die letzten zwei Wochen auf Dienstreise. Ich schaue mir das Angebot heute an.\n\nGruß\nMax",
            tag="human_back",
        ),
    ],
    "es": [
        ooo(
            "A",
            "Estimado remitente: me encuentro fuera de la oficina hasta el 9 de marzo. Para cualquier urgencia escriba a oficina@ondina.example.",
            "2026-03-09",
            h="auto",
        ),
        away(
            "D",
            "Tom, perdona, estoy de baja por paternidad y no sé muy bien cuándo me reincorporo. ¿Puedes hablar con Lola mientras tanto?",
            h="iphone",
        ),
        ooo(
            "E",
            "Hola, gracias por tu mensaje. Estoy de vacaciones y vuelvo el lunes 17 de agosto. Hasta entonces no tendré acceso al correo.",
            "2026-08-17",
            h="vendor",
        ),
        gone(
            "C",
            "Hola Tom,\n\nTe escribo para contarte que Raúl ya no trabaja en Ondina desde noviembre. Yo me encargo ahora de compras.\n\nSaludos,\nBea",
            style="quote",
        ),
        human(
            "B",
            "Gracias Tom. Mi jefa está de vacaciones hasta el 3 de agosto, así que la firma será después. ¿Avanzamos mientras con la configuración?",
            h="outlook",
        ),
    ],
    "pt": [
        human(
            "C",
            "Oi Tom, tô saindo de férias só dia 23, então dá tempo de fechar. Me manda o contrato até segunda?",
            h="iphone",
            tag="human_dates",
        ),
        away(
            "F",
            "Tom, estou em viagem pela Ásia até 2 de novembro, sem muito acesso ao email. Podemos marcar algo para depois?",
            "2026-11-02",
            h="none",
        ),
        ooo(
            "D",
            "Olá, obrigada pelo contacto. Estou fora do escritório até 18 de maio e responderei após o meu regresso.",
            "2026-05-18",
            h="auto",
        ),
        gone(
            "A",
            "Esta é uma resposta automática: o endereço marta.reis@ondina.example foi desativado porque a colaboradora saiu da empresa.",
            by="system",
        ),
        human(
            "E",
            "Olá Tom, o nosso diretor está de férias até dia 17, por isso só consigo a assinatura depois. Pode mandar a minuta entretanto?",
            h="iphone",
            style="phone",
        ),
    ],
    "pl": [
        away(
            "B",
            "Panie Tomaszu, jestem na urlopie do 3 sierpnia. Czy mogę odezwać się po powrocie?\n\nZ pozdrowieniami\nEwa Sikora",
            "2026-08-03",
            h="outlook",
            style="sig",
        ),
        ooo(
            "C",
            "Dzień dobry, jestem nieobecna w biurze do 4 stycznia 2027 r. Odpowiem po powrocie.",
            "2027-01-04",
            h="auto",
        ),
        gone(
            "E",
            "Dzień dobry, Pan Adam Nowicki już u nas nie pracuje. Proszę o kontakt ze mną w sprawie oferty.\n\nIrena",
            style="quote",
        ),
        human(
            "F",
            "Panie Tomie, dziękuję. Szefowa wraca z urlopu dopiero 2 listopada, więc decyzja będzie po tym terminie. Czy możemy w międzyczasie ustalić harmonogram?",
            h="thread",
        ),
    ],
    "ar": [
        away(
            "C",
            "الأستاذ توم، أنا في إجازة عائلية حتى 4 يناير. هل يمكننا مناقشة العقد بعد ذلك؟\n\nمع التحية،\nرامي",
            "2027-01-04",
            h="outlook",
        ),
        ooo(
            "E",
            "شكراً لرسالتك. أنا خارج المكتب حتى 17 أغسطس ولن أتمكن من الرد قبل ذلك.",
            "2026-08-17",
            h="exchange",
        ),
        gone(
            "D",
            "مرحباً توم، أحب أن أخبرك أن منى لم تعد تعمل لدينا منذ أبريل. أنا أتابع الطلبات الآن.\n\nكريم",
            style="quote",
        ),
        human(
            "B",
            "مرحباً توم، مديرتنا في إجازة حتى 3 أغسطس، لذلك سيكون التوقيع بعدها. هل نبدأ الإعداد في الأثناء؟",
            h="thread",
        ),
    ],
    "he": [
        away(
            "A",
            "טום שלום, אני בנסיעת עבודה ביוון עד 9 במרץ. נוכל לדבר כשאחזור?\n\nליאת",
            "2026-03-09",
            h="iphone",
            style="phone",
        ),
        ooo(
            "F",
            "שלום, אני מחוץ למשרד עד 26 באוקטובר. אענה להודעתך כשאחזור.",
            "2026-10-26",
            h="auto",
        ),
        gone(
            "E",
            "היי טום, רק לעדכן שעומר כבר לא עובד אצלנו מסוף יולי. אני מטפלת בהצעה מעכשיו.\n\nמאיה",
            style="quote",
        ),
        human(
            "C",
            "טום, תודה. הנהלת החשבונות אצלנו סגורה עד 3 בינואר, אז החשבונית תטופל רק אז. אפשר להתקדם עם ההתקנה?",
            h="outlook",
        ),
    ],
    "ko": [
        gone(
            "A",
            "자동 회신: 이 주소의 사용자는 퇴직하여 더 이상 메일을 확인하지 않습니다.",
            by="system",
        ),
        away(
            "B",
            "Tom님, 저 지금 휴가 중이라 8월 3일에 출근합니다. 그때 통화 가능하실까요?\n\n송민아",
            "2026-08-03",
            h="iphone",
            style="phone",
        ),
        ooo(
            "D",
            "안녕하세요. 5월 18일에 복귀 예정이며 그전까지는 메일 확인이 어렵습니다. 양해 부탁드립니다.",
            "2026-05-18",
            h="auto",
        ),
        gone(
            "F",
            "Tom님, 안녕하세요. 정우성 차장님은 지난달 퇴사하셨고, 이 건은 제가 이어받았습니다.\n\n배수지 드림",
            style="quote",
        ),
        human(
            "C",
            "Tom님, 저희 팀장님이 1월 4일까지 휴가라 결재는 그 이후에 가능합니다. 그동안 설치 일정 잡아도 될까요?",
            h="thread",
        ),
    ],
}
