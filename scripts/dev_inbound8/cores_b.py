# ruff: noqa: E501
"""dev_inbound8 cores in pl, ar, he, ko (same kinds as cores_a.py). Native phone
footers and quote lines are written into the body where a client would put them."""

from __future__ import annotations

from scripts.dev_inbound8.kinds import away, gone, human, ooo

CORES = {
    "pl": [
        away(
            "A",
            "Dzień dobry Panie Tomaszu,\n\njestem do poniedziałku na delegacji w Gdańsku i mam ograniczony dostęp do poczty. Czy możemy wrócić do tematu w przyszłym tygodniu?\n\nPozdrawiam\nKatarzyna Wójcik",
            "2026-03-09",
            style="quote",
        ),
        away(
            "E",
            "Cześć Tom, jestem na urlopie do 17 sierpnia, wtedy spokojnie przejrzę ofertę. Daj znać, jeśli coś pilnego.\n\nWysłane z iPhone'a",
            "2026-08-17",
            h="iphone",
        ),
        away(
            "D",
            "Panie Tomie, niestety jestem na zwolnieniu lekarskim i nie wiem jeszcze, kiedy wrócę. W sprawie oferty proszę kontaktować się z p. Markiem Zającem.\n\nZ poważaniem\nAgnieszka Kamińska\nKierownik Zakupów | Wisła Logistyka sp. z o.o.\ntel. +48 22 555 01 77",
            style="sig",
            h="outlook",
        ),
        away(
            "C",
            "Hej, ja już od dziś na urlopie świątecznym, wracam 4 stycznia. Umówmy się na call w pierwszym tygodniu stycznia? Wesołych Świąt!",
            "2027-01-04",
            h="iphone",
            style="phone",
        ),
        away(
            "F",
            "Tom, piszę z lotniska - cały tydzień jestem u klienta w Poznaniu, w biurze będę w poniedziałek 26.10. Może wtedy rozmowa?",
            "2026-10-26",
            h="iphone",
        ),
        ooo(
            "B",
            "Dziękuję za wiadomość. Przebywam na urlopie do 3 sierpnia 2026 r. i nie mam dostępu do poczty. W pilnych sprawach proszę o kontakt z zakupy@wisla.example.",
            "2026-08-03",
            h="auto",
        ),
        ooo(
            "D",
            "Dzień dobry, do 15 maja jestem poza biurem. Odpowiem na Państwa wiadomość po powrocie.\n\nZ poważaniem\nPiotr Nowak",
            "2026-05-15",
            h="none",
        ),
        ooo(
            "C",
            "Odpowiedź automatyczna: od 18 grudnia do 3 stycznia przebywam na urlopie. Wiadomość nie zostanie przekazana dalej.",
            "2027-01-04",
            h="exchange",
        ),
        gone(
            "F",
            "Dzień dobry,\n\nuprzejmie informuję, że Pan Krzysztof Lewandowski nie pracuje już w naszej firmie od 1 października. Jego obowiązki przejęłam ja, proszę kierować korespondencję do mnie.\n\nPozdrawiam\nMonika Dąbrowska",
            style="quote",
        ),
        gone(
            "B",
            "To jest automatyczna wiadomość. Skrzynka pocztowa a.kowalczyk@wisla.example została wyłączona, ponieważ pracownik odszedł z firmy. Prosimy o kontakt pod adresem biuro@wisla.example.",
            by="system",
        ),
        gone(
            "E",
            "Cześć Tom, Ola już u nas nie pracuje - odeszła w lipcu. Sprawę oferty przejął Kuba, dodaję go do kopii.\n\nPozdro, Ewa",
            style="phone",
        ),
        human(
            "B",
            "Dzień dobry, dziękuję za przypomnienie. W sierpniu większość zespołu jest na urlopach, więc wolałbym podpisać umowę jeszcze w lipcu. Czy środa Panu pasuje?\n\nPozdrawiam\nTomasz Zieliński",
        ),
        human(
            "E",
            "Dopiero wróciłam z urlopu i nadrabiam zaległości, ale oferta wygląda dobrze. Przekażę ją dziś zarządowi.",
            tag="human_back",
            h="outlook",
        ),
        human(
            "D",
            "Panie Tomie, w tym tygodniu mam urwanie głowy z audytem. Odezwę się najpóźniej w piątek.\n\nWysłane z mojego Galaxy",
            tag="human_busy",
            h="iphone",
            style="plain",
        ),
        human(
            "F",
            "Tom, w przyszłym tygodniu będę w Warszawie na targach. Może spotkamy się tam na kawę zamiast dzwonić?",
            tag="human_travel",
        ),
    ],
    "ar": [
        away(
            "A",
            "مرحباً توم،\n\nأنا في رحلة عمل إلى دبي حتى يوم الاثنين 9 مارس، والاتصال عندي ضعيف. هل يمكن أن نتحدث بعد عودتي؟\n\nتحياتي،\nعمر",
            "2026-03-09",
            style="quote",
        ),
        away(
            "E",
            "أهلاً توم، أنا في إجازة مع العائلة حتى 17 أغسطس. أرسل لي العرض مرة أخرى بعد ذلك من فضلك.\n\nأُرسلت من iPhone الخاص بي",
            "2026-08-17",
            h="iphone",
        ),
        away(
            "D",
            "الأستاذ توم المحترم،\n\nأنا حالياً في إجازة مرضية ولا أعرف بعد موعد عودتي. في حال الاستعجال يرجى التواصل مع الأستاذة ريم في قسم المشتريات.\n\nمع خالص التحية،\nفيصل الحربي\nمدير المشتريات | شركة الواحة",
            style="sig",
            h="outlook",
        ),
        away(
            "C",
            "توم، أنا بالفعل في عطلة نهاية السنة وأعود يوم 4 يناير. نكمل بعدها إن شاء الله؟",
            "2027-01-04",
            h="iphone",
            style="phone",
        ),
        away(
            "F",
            "مرحباً، أكتب لك من المطار. سأكون خارج المكتب هذا الأسبوع وأعود يوم الاثنين 26 أكتوبر. هل يناسبك اتصال يوم الثلاثاء؟ ليلى",
            "2026-10-26",
            h="iphone",
        ),
        ooo(
            "B",
            "شكراً لتواصلكم. أنا خارج المكتب في إجازة سنوية حتى 3 أغسطس ولن أتمكن من الاطلاع على البريد الإلكتروني. للأمور العاجلة يرجى مراسلة procurement@waha.example.",
            "2026-08-03",
            h="auto",
        ),
        ooo(
            "D",
            "السلام عليكم، أنا في مهمة عمل خارج البلاد حتى 18 مايو. سأقوم بالرد على رسالتكم فور عودتي.\n\nم. سامي العتيبي",
            "2026-05-18",
            h="none",
        ),
        ooo(
            "C",
            "رد تلقائي: أنا في إجازة من 18 ديسمبر حتى 3 يناير. لن يتم تحويل رسالتك.",
            "2027-01-04",
            h="exchange",
        ),
        gone(
            "F",
            "مرحباً توم،\n\nنود إعلامك بأن الأستاذ ماجد لم يعد يعمل لدينا منذ بداية أكتوبر. أنا أتولى ملف المشتريات الآن، يمكنك التواصل معي مباشرة.\n\nمع التحية،\nهدى",
            style="quote",
        ),
        gone(
            "B",
            "هذه رسالة آلية. تم إيقاف صندوق البريد هذا لأن الموظف ترك الشركة. يرجى التواصل مع info@waha.example.",
            by="system",
        ),
        human(
            "B",
            "مرحباً توم، شكراً على المتابعة. معظم الفريق يسافر في إجازة الصيف خلال أغسطس، لذلك أفضّل أن نوقّع العقد قبل نهاية يوليو. هل يناسبك يوم الأربعاء؟ أحمد",
        ),
        human(
            "E",
            "عدت للتو من الإجازة وما زلت أرتّب البريد المتراكم. العرض جيد وسأعرضه على الإدارة اليوم.",
            tag="human_back",
            h="outlook",
        ),
        human(
            "D",
            "توم، هذا الأسبوع مزدحم جداً بسبب التدقيق المالي. سأرد عليك يوم الخميس إن شاء الله.",
            tag="human_busy",
            h="iphone",
            style="phone",
        ),
        human(
            "F",
            "أهلاً توم، سأكون في الرياض الأسبوع القادم لحضور المعرض. هل نلتقي هناك بدلاً من المكالمة؟",
            tag="human_travel",
        ),
    ],
    "he": [
        away(
            "A",
            "היי טום,\n\nאני בחופשת סקי עד יום שני 9 במרץ ובקושי יש קליטה. אפשר לחזור לזה אחרי?\n\nתודה,\nנועה",
            "2026-03-09",
            style="quote",
        ),
        away(
            "E",
            "טום, אני במילואים עד 17 באוגוסט ולא זמין כמעט. נדבר כשאחזור?\n\nנשלח מה-iPhone שלי",
            "2026-08-17",
            h="iphone",
        ),
        away(
            "D",
            "שלום טום,\n\nאני כרגע בחופשת לידה ולא בודקת מיילים באופן קבוע. בינתיים אפשר לפנות לאבי כהן ממחלקת הרכש.\n\nבברכה,\nמיכל לוי\nמנהלת רכש | גלבוע מערכות\nנייד 052-5550183",
            style="sig",
            h="outlook",
        ),
        away(
            "C",
            "הי, אני כבר בחופשה עד 4 בינואר. נקבע שיחה לשבוע הראשון של ינואר?",
            "2027-01-04",
            h="iphone",
            style="phone",
        ),
        away(
            "F",
            "טום, כותב מהשדה - אני בנסיעת עבודה בגרמניה וחוזר למשרד ביום שני 26 באוקטובר. מתאים לך לדבר ביום שלישי?",
            "2026-10-26",
            h="iphone",
        ),
        ooo(
            "B",
            "תודה על פנייתך. אני מחוץ למשרד עד 3 באוגוסט עם גישה מוגבלת לדואר אלקטרוני. בנושאים דחופים ניתן לפנות ל-office@gilboa.example.",
            "2026-08-03",
            h="auto",
        ),
        ooo(
            "D",
            'שלום, אני בחו"ל לצורך כנס עד 18 במאי. אענה להודעתך עם חזרתי.\n\nרון אברהם',
            "2026-05-18",
            h="none",
        ),
        ooo(
            "C",
            "מענה אוטומטי: אני בחופשה עד 4 בינואר 2027. ההודעה לא תועבר.",
            "2027-01-04",
            h="vendor",
        ),
        gone(
            "F",
            "שלום טום,\n\nרציתי לעדכן שדני כבר לא עובד אצלנו מתחילת אוקטובר. אני מחליפה אותו בתחום הרכש, אפשר לפנות אליי ישירות.\n\nבברכה,\nשירה",
            style="quote",
        ),
        gone(
            "B",
            "זוהי הודעה אוטומטית. תיבת הדואר הזו אינה פעילה עוד מאחר שהעובד עזב את החברה. נא לפנות ל-info@gilboa.example.",
            by="system",
        ),
        human(
            "B",
            "היי טום, תודה. באוגוסט רוב הצוות בחופשות, אז עדיף לחתום עוד ביולי. יום רביעי מתאים לך? יוסי",
        ),
        human(
            "E",
            "בדיוק חזרתי מחופשה ואני עוד מתעדכן במיילים. ההצעה נראית טוב, אעביר אותה היום להנהלה.",
            tag="human_back",
            h="outlook",
        ),
        human(
            "D",
            "טום, השבוע הזה ממש עמוס אצלנו עם הביקורת. אחזור אליך ביום חמישי.",
            tag="human_busy",
            h="iphone",
            style="phone",
        ),
        human(
            "F",
            "שלום טום, אני אהיה בתל אביב בשבוע הבא לכנס. ניפגש שם לקפה במקום שיחה?",
            tag="human_travel",
        ),
    ],
    "ko": [
        away(
            "A",
            "Tom님 안녕하세요,\n\n제가 다음 주 월요일(3월 9일)까지 싱가포르 출장이라 메일 확인이 어렵습니다. 복귀하고 나서 자료 다시 보고 연락드려도 될까요?\n\n이준호 드림",
            "2026-03-10",
            style="quote",
        ),
        away(
            "E",
            "Tom님, 지금 가족 여행 중이라 8월 17일에 복귀합니다. 그때 다시 이야기 나눠요!\n\niPhone에서 보냄",
            "2026-08-17",
            h="iphone",
        ),
        away(
            "D",
            "Tom님, 제가 병가 중이라 복귀 일정이 아직 정해지지 않았습니다. 급하시면 구매팀 박지영 대리에게 연락 부탁드립니다.\n\n감사합니다.\n김서연 과장\n구매팀 | 한빛산업\n010-5550-0123",
            style="sig",
            h="outlook",
        ),
        away(
            "C",
            "연말 휴가 들어왔어요 ㅎㅎ 1월 4일에 복귀하니 그때 미팅 잡아요. 즐거운 연휴 보내세요!",
            "2027-01-04",
            h="iphone",
            style="phone",
        ),
        away(
            "F",
            "Tom님, 공항에서 급히 씁니다. 이번 주는 고객사 방문 때문에 사무실에 없고 10월 26일 월요일에 복귀합니다. 화요일 통화 괜찮으실까요?",
            "2026-10-26",
            h="iphone",
        ),
        ooo(
            "B",
            "메일 감사합니다. 8월 3일까지 휴가로 부재중이며 메일 확인이 어렵습니다. 급한 용무는 purchase@hanbit.example로 연락 부탁드립니다.",
            "2026-08-04",
            h="auto",
        ),
        ooo(
            "D",
            "안녕하세요. 5월 18일까지 해외 출장으로 부재중입니다. 복귀 후 순차적으로 회신드리겠습니다.\n\n정태윤 드림",
            "2026-05-19",
            h="none",
        ),
        ooo(
            "C",
            "[자동 회신] 12월 18일부터 1월 3일까지 연차 휴가 중입니다. 메일은 전달되지 않습니다.",
            "2027-01-04",
            h="exchange",
        ),
        gone(
            "F",
            "Tom님 안녕하세요,\n\n최민호 차장님은 10월 초에 퇴사하셨습니다. 후임으로 제가 구매 업무를 맡게 되었으니 앞으로 저에게 연락 주세요.\n\n윤하나 드림",
            style="quote",
        ),
        gone(
            "B",
            "본 메일은 자동 발송되었습니다. 해당 메일 계정은 직원 퇴사로 인해 사용이 중지되었습니다. info@hanbit.example로 문의해 주시기 바랍니다.",
            by="system",
        ),
        human(
            "B",
            "Tom님, 감사합니다. 8월에는 팀원 대부분이 휴가라서 7월 안에 계약을 마무리하고 싶습니다. 수요일 괜찮으세요? 강동원",
        ),
        human(
            "E",
            "휴가 다녀와서 밀린 메일 정리 중입니다. 제안서 좋아 보이고 오늘 임원 보고 올리겠습니다.",
            tag="human_back",
            h="outlook",
        ),
        human(
            "D",
            "Tom님, 이번 주는 감사 때문에 정신이 없네요. 목요일까지 회신드릴게요.",
            tag="human_busy",
            h="iphone",
            style="phone",
        ),
        human(
            "F",
            "Tom님, 다음 주에 전시회 때문에 서울에 갑니다. 통화 대신 거기서 커피 한잔 하실까요?",
            tag="human_travel",
        ),
    ],
}
