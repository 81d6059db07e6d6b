# ruff: noqa: E501
"""More dev_inbound8 cores, appended to each language's list: mixed-language notes,
away notes that end in a question or a next step, leaver notices that name nobody,
and people who mention someone else's holiday."""

from __future__ import annotations

from scripts.dev_inbound8.kinds import away, gone, human, ooo

EXTRA = {
    "en": [
        away(
            "D",
            "Hi Tom - I'm OOO until the 18th (family stuff). Is there any flexibility on the onboarding fee? Let me know and I'll review when I'm back.\n\nKatie",
            "2026-05-18",
            h="none",
        ),
        gone(
            "C",
            "Tom, Ben's last day with us was Friday, he's off to a new role. I don't know yet who'll own this - I'll forward your note to our CFO.\n\nCheers,\nAmy",
            style="phone",
        ),
        human(
            "E",
            "Hi Tom, my colleague Nadia is on holiday until the 17th, so I'll handle the contract myself. Can you send the redlines today?",
            tag="human_dates",
        ),
    ],
    "de": [
        away(
            "C",
            "Hallo Tom, bin schon im Weihnachtsurlaub 🎄 und ab 7. Januar wieder im Office. Schreib mir einfach dann nochmal, ja?\n\nLG Steffi\n\nVon meinem iPhone gesendet",
            "2027-01-07",
            h="iphone",
        ),
        away(
            "A",
            "Hi Tom, bin aktuell on leave wegen eines Familiennotfalls, keine Ahnung wie lange. Ich melde mich, sobald ich wieder da bin.\n\nGrüße\nTim",
            h="none",
        ),
        gone(
            "D",
            "Guten Tag Herr Baker,\n\nHerr Schulz ist leider zum 30. April aus dem Unternehmen ausgeschieden. Bitte senden Sie zukünftige Angebote an meine Adresse.\n\nMit freundlichen Grüßen\nDr. Eva Roth\nLeitung Einkauf",
            style="sig",
        ),
        human(
            "A",
            "Hallo Tom, ich bin ab 16. März zwei Wochen im Urlaub. Lass uns deshalb diese Woche noch den Call machen - Freitag 10 Uhr?\n\nGruß, Nico",
            tag="human_dates",
            h="iphone",
            style="phone",
        ),
    ],
    "es": [
        away(
            "B",
            "Hola Tom! Te respondo rápido desde la playa jaja. Estoy off hasta el 3 de agosto, ¿me lo recuerdas a la vuelta?",
            "2026-08-03",
            h="iphone",
            style="phone",
        ),
        away(
            "F",
            "Tom, estoy fuera toda esta semana en un congreso en Lima. ¿Podrías mandarme el contrato para firmarlo cuando vuelva el lunes 26?\n\nJorge",
            "2026-10-26",
            h="thread",
        ),
        ooo(
            "A",
            "Hola, gracias por escribir. Estoy fuera de la oficina por motivos personales y volveré el 9 de marzo. Durante mi ausencia no revisaré el correo.\n\nLucía Romero\nJefa de Compras",
            "2026-03-09",
            h="vendor",
        ),
        gone(
            "C",
            "Hola Tom,\n\nTe cuento que Marcos dejó la empresa la semana pasada. Mientras encontramos a alguien, puedes escribirme a mí para todo lo de la propuesta.\n\nFeliz Navidad,\nElena",
            style="quote",
        ),
        human(
            "C",
            "Tom, antes de que me vaya de vacaciones el 23 quiero dejar esto cerrado. ¿Podemos firmar el lunes 21?",
            tag="human_dates",
            h="iphone",
        ),
        human(
            "E",
            "Hola Tom, nuestro director está de vacaciones hasta el 24 de agosto, así que la firma tendrá que esperar. Mientras tanto, ¿me mandas el anexo técnico?",
            tag="human_dates",
        ),
    ],
    "pt": [
        away(
            "D",
            "Tom, boa tarde! Estou em formação fora do escritório até sexta, volto segunda (18/05). Pode ligar nesse dia?",
            "2026-05-18",
            h="iphone",
            style="phone",
        ),
        away(
            "B",
            "Oi Tom, tudo bem? Tô de folga essa semana e na próxima, volto dia 3/8. Mas me conta: o desconto ainda vale até o fim do mês?",
            "2026-08-03",
            h="none",
        ),
        ooo(
            "E",
            "Bom dia. Encontro-me ausente em gozo de férias até 24 de agosto. Durante este período não terei acesso ao e-mail.\n\nCom os melhores cumprimentos,\nSofia Almeida",
            "2026-08-24",
            h="exchange",
        ),
        gone(
            "D",
            "Bom dia Tom,\n\nInformo que a Joana Martins já não trabalha connosco desde abril. As questões comerciais passaram para mim.\n\nCumprimentos,\nHelena Rocha\nGestora de Compras",
            style="sig",
        ),
        gone(
            "F",
            "Mensagem automática: o endereço tiago.silva@atlantico.example foi desativado. O colaborador saiu da empresa. Por favor atualize os seus contactos.",
            by="bare",
        ),
        human(
            "C",
            "Olá Tom, a nossa diretora fica de férias a partir de 23 de dezembro, por isso precisamos da proposta final até dia 21. Consegue?",
            tag="human_dates",
        ),
    ],
    "pl": [
        away(
            "B",
            "Dzień dobry, jestem na urlopie do 3 sierpnia. Czy oferta będzie jeszcze aktualna po moim powrocie? Pozdrawiam, Anna",
            "2026-08-03",
            h="none",
        ),
        away(
            "D",
            "Tom, sorry, jestem OOO do piątku (szkolenie), wracam w poniedziałek 18 maja. Wtedy pogadamy?",
            "2026-05-18",
            h="iphone",
            style="phone",
        ),
        ooo(
            "F",
            "Dzień dobry,\n\ndziękuję za wiadomość. Do 26 października przebywam w podróży służbowej. Odpowiem niezwłocznie po powrocie.\n\nZ wyrazami szacunku\nJan Mazur\nDyrektor ds. Zakupów",
            "2026-10-26",
            h="vendor",
        ),
        gone(
            "A",
            "Dzień dobry Panie Tomaszu,\n\nPani Joanna zakończyła współpracę z naszą firmą z końcem lutego. Proszę przesyłać ofertę na mój adres.\n\nZ poważaniem\nRobert Kaczmarek",
            style="quote",
        ),
        gone(
            "C",
            "Wiadomość wygenerowana automatycznie. Konto m.wrobel@wisla.example zostało usunięte. Osoba ta nie jest już pracownikiem firmy.",
            by="bare",
        ),
        human(
            "C",
            "Dzień dobry, szef jest na urlopie do 4 stycznia, więc podpis dopiero po Nowym Roku. Czy możemy w międzyczasie ustalić szczegóły wdrożenia?",
            tag="human_dates",
        ),
    ],
    "ar": [
        away(
            "B",
            "توم أهلاً، أنا off هذا الأسبوع والأسبوع القادم، أرجع 3 أغسطس. بس سؤال سريع: هل الخصم ما زال سارياً؟",
            "2026-08-03",
            h="none",
        ),
        away(
            "D",
            "مرحباً توم، أنا في دورة تدريبية خارج المكتب حتى يوم الاثنين 18 مايو. هل يمكنك إرسال العقد لأراجعه حينها؟\n\nنادية",
            "2026-05-18",
            style="quote",
        ),
        ooo(
            "E",
            "عزيزي المرسل، شكراً لرسالتك. أنا في إجازة حتى 24 أغسطس ولن أتمكن من الرد قبل ذلك.\n\nمع التحية،\nطارق منصور\nرئيس قسم المشتريات",
            "2026-08-24",
            h="vendor",
        ),
        ooo(
            "F",
            "أنا خارج المكتب لحضور مؤتمر حتى 26 أكتوبر. سيتم الرد على رسالتك بعد عودتي.",
            "2026-10-26",
            h="exchange",
        ),
        gone(
            "D",
            "الأستاذ توم،\n\nنحيطكم علماً بأن السيد خالد الزهراني قد انتهت خدمته لدى الشركة في نهاية أبريل. يرجى توجيه المراسلات إليّ من الآن فصاعداً.\n\nمع التقدير،\nعبدالله القحطاني",
            style="sig",
        ),
        gone(
            "C",
            "رسالة آلية: تم تعطيل هذا الحساب لأن صاحبه لم يعد موظفاً في شركة الواحة.",
            by="bare",
        ),
        human(
            "C",
            "مرحباً توم، مديرنا في إجازة حتى 4 يناير، لذلك التوقيع سيكون بعد رأس السنة. هل يمكننا في الأثناء مناقشة تفاصيل التنفيذ؟",
            tag="human_dates",
        ),
        human(
            "A",
            "عذراً على التأخير يا توم، كنت مسافراً الأسبوع الماضي. اطلعت على العرض وهو مناسب، أرسل لي العقد من فضلك.",
            tag="human_back",
            style="quote",
        ),
    ],
    "he": [
        away(
            "B",
            "היי טום, אני off השבוע והשבוע הבא, חוזר ב-3 באוגוסט. רק שאלה: ההנחה עדיין בתוקף?",
            "2026-08-03",
            h="none",
        ),
        away(
            "D",
            "טום שלום, אני בקורס מחוץ למשרד עד יום שני 18 במאי. תוכל לשלוח לי את החוזה ואעבור עליו אז?\n\nעדי",
            "2026-05-18",
            style="quote",
        ),
        ooo(
            "E",
            "שלום, תודה על הודעתך. אני בחופשה עד 24 באוגוסט ולא אוכל להשיב עד אז.\n\nבברכה,\nאורי שפירא\nמנהל רכש",
            "2026-08-24",
            h="exchange",
        ),
        ooo(
            "F",
            "אני מחוץ למשרד בכנס עד 26 באוקטובר. אשיב להודעתך עם חזרתי.",
            "2026-10-26",
            h="vendor",
        ),
        gone(
            "D",
            "שלום טום,\n\nלידיעתך, רונית סיימה את עבודתה בחברה בסוף אפריל. מעכשיו אני מטפל בנושא ההצעה.\n\nבברכה,\nאלון",
            style="sig",
        ),
        gone(
            "C",
            "הודעה אוטומטית: החשבון הושבת כי בעליו אינו עובד עוד בגלבוע מערכות.",
            by="bare",
        ),
        human(
            "C",
            'היי טום, המנכ"ל בחופשה עד 4 בינואר, אז החתימה תהיה אחרי השנה החדשה. בינתיים נסגור את פרטי ההטמעה?',
            tag="human_dates",
        ),
        human(
            "A",
            "סליחה על העיכוב טום, הייתי בנסיעה בשבוע שעבר. עברתי על ההצעה והיא מתאימה, שלח לי חוזה בבקשה.",
            tag="human_back",
            style="quote",
        ),
    ],
    "ko": [
        away(
            "B",
            "Tom님 저 이번 주랑 다음 주 휴가예요, 8월 3일에 복귀합니다. 근데 할인 조건은 그때도 유효한가요?",
            "2026-08-03",
            h="none",
        ),
        away(
            "D",
            "Tom님, 교육 때문에 5월 18일 월요일까지 외근입니다. 계약서 보내주시면 복귀해서 검토할게요.\n\n서지훈",
            "2026-05-19",
            style="quote",
        ),
        ooo(
            "E",
            "안녕하세요, 메일 감사합니다. 8월 24일까지 휴가 중이라 회신이 늦어질 수 있습니다.\n\n감사합니다.\n오세영 부장\n구매본부",
            "2026-08-25",
            h="vendor",
        ),
        ooo(
            "F",
            "10월 26일까지 컨퍼런스 참석으로 부재중입니다. 복귀 후 답변드리겠습니다.",
            "2026-10-27",
            h="exchange",
        ),
        gone(
            "D",
            "Tom님 안녕하세요,\n\n이수민 과장은 4월 말일자로 회사를 그만두었습니다. 앞으로 제안 관련 건은 제가 담당합니다.\n\n한지민 드림",
            style="sig",
        ),
        gone(
            "C",
            "자동 안내 메일: 해당 계정은 사용자의 퇴직으로 비활성화되었습니다.",
            by="bare",
        ),
        human(
            "C",
            "Tom님, 대표님이 1월 4일까지 휴가셔서 서명은 새해에 가능합니다. 그동안 도입 일정부터 정리해도 될까요?",
            tag="human_dates",
        ),
        human(
            "A",
            "늦게 답장드려 죄송합니다. 지난주 출장이었어요. 제안서 검토했고 괜찮습니다. 계약서 보내주세요.",
            tag="human_back",
            style="quote",
        ),
    ],
}
