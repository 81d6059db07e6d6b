# ruff: noqa: E501
"""dev_inbound11: a blind check of the dev_inbound10 fixes, written after them with
other people and wording, and scored once without tuning. Same helpers, send dates
and conventions as ../dev_inbound10/kinds.py."""

from __future__ import annotations

from scripts.dev_inbound10.kinds import away, gone, human, ooo

CORES = {
    "ar": [
        gone(
            "B",
            "هذه رسالة آلية. السيدة هالة ناصر لم تعد ضمن فريق عمل شركة المدار، وهذا العنوان خارج الخدمة. يرجى مراسلة contact@madar.example",
            h="exchange",
        ),
        gone(
            "E",
            "نفيدكم بأن المهندس طارق يوسف قد انتقل إلى جهة عمل أخرى ولم يعد يعمل معنا. لن يتم الرد على هذا البريد.",
        ),
        ooo(
            "C",
            "شكرا لتواصلك. أنا في إجازة سنوية حتى 4 يناير. للأمور العاجلة تواصل مع زميلتي سلمى: salma@rayan.example",
            "2027-01-04",
            h="exchange",
        ),
        away(
            "D",
            "توم، أنا في الحج هذه الفترة وأرجع يوم 25 مايو إن شاء الله. نكمل بعدها؟",
            "2026-05-25",
            h="iphone",
            style="phone",
        ),
    ],
    "es": [
        gone(
            "F",
            "Mensaje automático: la persona titular de este correo ya no pertenece a Bodegas Alcor. El buzón se eliminará en breve. Diríjase a administracion@alcor.example.",
            h="vendor",
        ),
        gone(
            "A",
            "Buenos días. Le comunicamos que Sergio Vidal finalizó su relación laboral con nosotros el 28 de febrero. Este correo no se revisa.",
            subject="Respuesta automática: Pricing",
        ),
        ooo(
            "D",
            "Estoy de permiso hasta el lunes 25 de mayo. Mientras tanto, mis mensajes los atiende Lorena Cruz (lorena.cruz@duero.example).",
            "2026-05-25",
            h="exchange",
        ),
        human(
            "B",
            "Hola Tom, gracias. Marta, que llevaba esto antes, se ha ido a otra empresa; ahora lo decido yo con el equipo. ¿Hablamos el martes?",
        ),
    ],
    "he": [
        gone(
            "C",
            "מענה אוטומטי: דני רוזן סיים את תפקידו בחברת אופק תוכנה. ההודעות לכתובת זו אינן נקראות. לפניות: info@ofek.example",
            h="vendor",
        ),
        gone("A", "שלום, ליאת כבר לא חלק מהחברה שלנו. הכתובת הזו תיסגר בקרוב."),
        ooo(
            "E",
            "תודה על הודעתך. אני בחופשה עד 17 באוגוסט. לעניינים דחופים: יעל בר, yael.bar@shaked.example",
            "2026-08-17",
            h="exchange",
        ),
        away(
            "F",
            "טום, אני במילואים עד יום שני ולא ממש זמין. נדבר ב-26?",
            "2026-10-26",
            h="iphone",
            style="phone",
        ),
    ],
    "pt": [
        gone(
            "D",
            "Resposta automática: o Sr. André Lima desligou-se da Têxtil Vouga. Esta caixa deixou de ser usada. Contacte encomendas@vouga.example.",
            h="exchange",
        ),
        gone(
            "B",
            "Olá, a Camila não trabalha mais conosco desde junho. Este e-mail será desativado.",
            subject="Resposta automática: Pricing",
        ),
        ooo(
            "E",
            "Estou de licença-paternidade e sem data certa de regresso. Até lá, fale com o Bruno Alves: bruno.alves@paiva.example.",
            h="vendor",
            tag="ooo_leave",
        ),
        away(
            "C",
            "Tom, tô de folga até dia 4 de janeiro, viajando com a família. Falamos na volta?",
            "2027-01-04",
            h="iphone",
            style="phone",
        ),
    ],
    "ko": [
        gone(
            "E",
            "본 메일은 자동 발송되었습니다. 윤서준 차장은 퇴사하여 이 계정은 더 이상 운영되지 않습니다. 문의: info@hanul.example",
            h="exchange",
        ),
        ooo(
            "D",
            "현재 출산휴가 중입니다. 복귀 일정은 미정이며, 업무는 강하늘 과장에게 문의해 주세요: haneul.kang@bada.example",
            h="vendor",
            tag="ooo_leave",
        ),
        human(
            "F",
            "Tom님, 감사합니다. 전 담당자였던 임 과장님이 다른 회사로 옮기셔서 이번 건은 제가 처음부터 보고 있습니다. 자료 다시 보내주시겠어요?",
        ),
        gone(
            "A",
            "메일함 자동 안내: 이 주소의 사용자는 퇴직하였습니다. 새 담당자: sales@nuri.example",
        ),
    ],
    "de": [
        gone(
            "C",
            "Automatische Antwort: Herr Kai Busch ist aus der Firma Tessmann ausgeschieden. Dieses Postfach wird in Kürze gelöscht. Bitte schreiben Sie an info@tessmann.example.",
            h="vendor",
        ),
        ooo(
            "B",
            "Ich bin bis einschließlich 7. August im Urlaub. Während dieser Zeit ist mein Postfach nicht besetzt; wenden Sie sich bitte an Jana Keil (jana.keil@pfalz.example).",
            "2026-08-08",
            h="exchange",
        ),
        away(
            "E",
            "Hi Tom, ich bin gerade auf Kur bis 21. August, danach gern ein Call?",
            "2026-08-21",
            h="iphone",
            style="phone",
        ),
        human(
            "D",
            "Hallo Tom, Herr Winter ist inzwischen in Rente, die Entscheidung liegt jetzt bei mir. Können Sie mir die Unterlagen schicken?",
        ),
    ],
    "en": [
        gone(
            "D",
            "Automated notice: Paula Reyes is no longer part of the Brightwell team and this address has been disabled. Please direct enquiries to hello@brightwell.example.",
            h="exchange",
        ),
        gone(
            "F",
            "This account belongs to a former employee of Garnet Systems and is not monitored.",
            h="vendor",
        ),
        ooo(
            "A",
            "Thanks for your message. I'm on a sabbatical until 1 June. While I'm away, Rob Lane (rob.lane@ellis.example) is looking after my clients.",
            "2026-06-01",
            h="exchange",
            tag="ooo_leave",
        ),
        away(
            "B",
            "Tom, on jury duty this week, back Monday the 20th. Can we push the call?",
            "2026-07-20",
            h="iphone",
            style="phone",
        ),
    ],
    "fr": [
        gone(
            "B",
            "Réponse automatique : Mme Anne Girard ne fait plus partie de nos effectifs. Cette messagerie n'est plus active. Contact : accueil@solene.example.",
            h="exchange",
        ),
        ooo(
            "F",
            "Bonjour, je suis en congé jusqu'au 2 novembre inclus. En mon absence, vous pouvez écrire à Thomas Roux : thomas.roux@loire.example.",
            "2026-11-03",
        ),
        human(
            "C",
            "Bonjour Tom, notre ancien directeur des achats est parti à la retraite ; c'est moi qui reprends. Pouvez-vous me renvoyer la proposition ?",
        ),
        away(
            "A",
            "Tom, je suis en déplacement à Lyon jusqu'à lundi, on s'appelle le 9 ?",
            "2026-03-09",
            h="iphone",
            style="phone",
        ),
    ],
    "ja": [
        gone(
            "F",
            "自動送信：石川は一身上の都合により退職いたしました。本アドレスへのメールは確認されません。",
            h="exchange",
        ),
        ooo(
            "B",
            "メールありがとうございます。7月27日に出社予定です。不在中のご用件は同じ部署の松本(matsumoto@kaede.example)までお願いいたします。",
            "2026-07-27",
        ),
        gone(
            "C",
            "このアドレスは廃止されました。担当者は既に退職しております。今後は info@yamato.example へご連絡ください。",
            h="vendor",
        ),
    ],
    "ru": [
        gone(
            "B",
            "Автоответ: Елена Соколова уволилась из АО «Промсервис». Ящик больше не используется. Пишите на sales@promservis.example.",
            h="exchange",
        ),
        ooo(
            "F",
            "Спасибо за письмо. Я в отпуске до 2 ноября. По срочным вопросам обращайтесь к Сергею Белову: s.belov@kama.example.",
            "2026-11-02",
        ),
        human(
            "A",
            "Том, добрый день. Наш прежний менеджер перешёл в другую компанию, теперь проект у меня. Можете прислать материалы ещё раз?",
        ),
    ],
    "tr": [
        gone(
            "D",
            "Bu otomatik bir yanıttır. Deniz Arslan şirketimizdeki görevinden ayrılmış olup bu adres artık kullanılmamaktadır. Lütfen info@yakamoz.example ile iletişime geçin.",
            h="exchange",
        ),
        ooo(
            "E",
            "Mesajınız için teşekkür ederim. 17 Ağustos'a kadar yıllık izindeyim. Acil konular için Ece Yalçın'a yazabilirsiniz: ece.yalcin@mavi.example",
            "2026-08-17",
            h="exchange",
        ),
    ],
}
