# ruff: noqa: E501
"""dev_inbound10, languages in other scripts and Turkish: as cores_a.py."""

from __future__ import annotations

from scripts.dev_inbound10.kinds import away, gone, human, ooo

CORES = {
    "ar": [
        gone(
            "A",
            "رد آلي: نود إعلامكم بأن السيد خالد العمري لم يعد يعمل في شركة الرواد للتجارة. هذا البريد لم يعد قيد الاستخدام. يرجى التواصل مع purchasing@rowad.example.",
        ),
        gone(
            "C",
            "عزيزي المرسل،\n\nتم إلغاء هذا الحساب بعد انتهاء عمل صاحبه في الشركة. لن تتم قراءة رسالتك. للاستفسارات: info@nakheel.example",
            h="exchange",
        ),
        gone(
            "E",
            "صاحبة هذا البريد لم تعد موظفة لدينا. الرجاء حذف هذا العنوان من قوائمكم.",
            h="vendor",
        ),
        gone(
            "B",
            "تنبيه: صندوق البريد هذا مغلق. الموظف المعني استقال من الشركة، ويمكنكم مراسلة sales@dana.example.",
            h="bare",
        ),
        gone(
            "F",
            "مرحبا توم، أحب أن أبلغك أن سامي ترك العمل عندنا الشهر الماضي، وأنا الآن مسؤولة عن المشتريات. أرسل العرض لي مباشرة.\n\nريم",
            h="thread",
            style="quote",
        ),
        ooo(
            "D",
            "شكرا لرسالتك. أنا خارج المكتب حتى 20 مايو. في الحالات العاجلة يرجى التواصل مع زميلي أحمد سعيد على ahmed.saeed@falak.example.",
            "2026-05-20",
        ),
        ooo(
            "B",
            "أنا في إجازة أمومة حتى إشعار آخر. تتولى زميلتي ليلى حسن متابعة حساباتي: layla.hassan@marsa.example",
            h="exchange",
            tag="ooo_leave",
        ),
        ooo(
            "C",
            "أنا في إجازة حتى 3 يناير. خلال هذه الفترة تصلني الرسائل على عنوان مؤقت: n.karim@temp.bahr.example",
            "2027-01-03",
            h="none",
            tag="ooo_mailbox",
            subject="خارج المكتب: Pricing",
        ),
        away(
            "E",
            "أهلاً توم، أنا مسافر مع العائلة وأرجع يوم 10 أغسطس. ممكن نتكلم بعدها؟",
            "2026-08-10",
            h="iphone",
            style="phone",
        ),
        human(
            "A",
            "مرحبا توم، شكرا على العرض. مديرنا السابق ترك الشركة، والقرار الآن عند اللجنة. سأعود إليك الأسبوع القادم.",
        ),
    ],
    "he": [
        gone(
            "B",
            "הודעה אוטומטית: מר יואב כהן אינו מועסק עוד בחברת גליל מערכות. תיבת הדואר אינה מנוטרת. לפניות: rechesh@galil.example",
        ),
        gone(
            "D",
            "שלום,\n\nכתובת זו בוטלה לאחר שבעליה סיים את עבודתו. ההודעה שלך לא הועברה. לפניות מכירה: sales@negev.example",
            h="exchange",
        ),
        gone(
            "F",
            "העובדת אינה עובדת עוד בארגון. נא להסיר כתובת זו מרשימות התפוצה.",
            h="vendor",
        ),
        gone(
            "A",
            "טום שלום,\n\nרק לעדכן שאבי עזב אותנו בסוף החודש שעבר. אני ממשיכה את הטיפול בהצעה, אפשר לשלוח אליי.\n\nמיכל",
            h="thread",
            style="quote",
        ),
        ooo(
            "C",
            "תודה על פנייתך. אני מחוץ למשרד עד 3 בינואר. בעניינים דחופים ניתן לפנות לעמיתי רון לוי: ron.levi@carmel.example",
            "2027-01-03",
        ),
        ooo(
            "E",
            "אני בחופשת לידה ואחזור לעבודה ב-1 בנובמבר. בינתיים דנה גל מטפלת בלקוחות שלי: dana.gal@yarden.example",
            "2026-11-01",
            h="exchange",
            tag="ooo_leave",
        ),
        ooo(
            "A",
            "אני בשבתון ולא אבדוק דואר בתקופה זו. פניות יטופלו על ידי עומר פרץ, omer.peretz@hermon.example",
            h="vendor",
            tag="ooo_leave",
        ),
        away(
            "D",
            "טום, אני בחופש עם הילדים עד יום חמישי. נדבר ביום ראשון?",
            "2026-05-14",
            h="iphone",
            style="phone",
        ),
        human(
            "B",
            "היי טום, תודה. מנהל הרכש הקודם שלנו פרש, ועכשיו ההחלטה אצל הסמנכ״ל. אעדכן.",
        ),
    ],
    "ko": [
        gone(
            "C",
            "자동 응답: 김도윤 과장은 한빛산업을 퇴직하였습니다. 이 메일함은 더 이상 확인되지 않습니다. 구매 관련 문의는 purchase@hanbit.example 로 보내주십시오.",
        ),
        gone(
            "E",
            "안녕하세요. 본 메일 계정은 담당자의 퇴사로 인해 사용이 중지되었습니다. 문의는 sales@daehan.example 로 부탁드립니다.",
            h="exchange",
        ),
        gone(
            "A",
            "수신자가 더 이상 당사에 재직하지 않습니다. 이 주소로 보낸 메일은 전달되지 않습니다.",
            h="vendor",
        ),
        gone(
            "B",
            "메일함 안내: 이 주소는 폐쇄되었습니다. 담당자 변경으로 앞으로는 info@seoul-tech.example 로 연락 주세요.",
            h="bare",
        ),
        gone(
            "D",
            "Tom님, 안녕하세요. 박지훈 대리는 지난주에 회사를 떠났고, 제가 업무를 인계받았습니다. 견적서를 저에게 다시 보내주실 수 있을까요?\n\n이서연 드림",
            h="thread",
            style="quote",
        ),
        ooo(
            "F",
            "메일 감사합니다. 10월 26일까지 휴가 중입니다. 급한 용무는 동료 최유진 (yujin.choi@mirae.example) 에게 연락해 주세요.",
            "2026-10-26",
        ),
        ooo(
            "B",
            "현재 육아휴직 중이며 복귀일은 미정입니다. 업무는 정민호 과장이 대신합니다: minho.jung@hana.example",
            h="exchange",
            tag="ooo_leave",
        ),
        away(
            "E",
            "Tom님, 저 가족여행 중이라 8월 10일에 복귀해요. 그 주에 통화 괜찮으세요?",
            "2026-08-10",
            h="iphone",
            style="phone",
        ),
        human(
            "A",
            "Tom님, 감사합니다. 전임 구매팀장님이 퇴사하셔서 지금은 제가 검토 중입니다. 다음 주에 회신드리겠습니다.",
        ),
    ],
    "ja": [
        gone(
            "D",
            "自動返信：佐藤健一は退職いたしました。このメールアドレスは現在使用されておりません。お手数ですが、今後は sales@fuji-kogyo.example までご連絡ください。",
            subject="自動応答: Pricing",
        ),
        gone(
            "B",
            "このメールボックスは、担当者の退社に伴い閉鎖されました。送信されたメールは転送されません。",
            h="exchange",
            subject="自動応答: Pricing",
        ),
        gone(
            "F",
            "お問い合わせいただいたアドレスは廃止されました。担当者は既に弊社を離れております。",
            h="vendor",
        ),
        gone(
            "A",
            "Tom様\n\nいつもお世話になっております。山田は先月末で退職いたしました。本件は私が引き継いでおりますので、今後は私宛にお送りください。\n\n中村",
            h="thread",
            style="quote",
        ),
        ooo(
            "E",
            "メールありがとうございます。8月11日から8月16日まで夏季休暇をいただいております。お急ぎの場合は同僚の鈴木(suzuki@sakura.example)までご連絡ください。",
            "2026-08-17",
            subject="自動応答: Pricing",
        ),
        ooo(
            "C",
            "現在、育児休業中です。復帰時期は未定です。業務は高橋が担当しております: takahashi@kawa.example",
            h="exchange",
            tag="ooo_leave",
            subject="自動応答: Pricing",
        ),
        away(
            "F",
            "Tomさん、今週は大阪出張中で、26日の月曜に会社に戻ります。その日に話せますか？",
            "2026-10-26",
            h="iphone",
            style="phone",
        ),
        human(
            "C",
            "Tom様、ご連絡ありがとうございます。前任の部長が退職したため、現在は私が窓口です。来週中にお返事します。",
        ),
    ],
    "zh": [
        gone(
            "A",
            "自动回复：王磊已从华信科技离职，此邮箱不再使用。如需联系采购事宜，请发送邮件至 caigou@huaxin.example。",
            subject="自动回复: Pricing",
        ),
        gone(
            "C",
            "您好，该邮箱账号已因员工离职而停用，您的邮件将不会被查看。请联系 info@changjiang.example。",
            h="exchange",
            subject="自动回复: Pricing",
        ),
        gone("E", "收件人已不在本公司任职，请勿再向此地址发送邮件。", h="vendor"),
        gone(
            "B",
            "Tom，你好！刘洋上个月已经离开公司了，他的工作由我接手。方便的话请把报价单发给我。\n\n陈静",
            h="thread",
            style="quote",
        ),
        ooo(
            "D",
            "感谢您的来信。我正在休假，5月18日返回办公室。如有急事，请联系我的同事赵敏：zhao.min@dongfang.example。",
            "2026-05-18",
            subject="自动回复: Pricing",
        ),
        ooo(
            "F",
            "本人正在休产假，返岗日期待定。期间工作由孙伟负责：sun.wei@huanan.example。",
            h="exchange",
            tag="ooo_leave",
        ),
        away(
            "C",
            "Tom，我这周在老家过节，1月4号回来上班，到时候再聊可以吗？",
            "2027-01-04",
            h="iphone",
            style="phone",
        ),
        human(
            "E",
            "Tom你好，谢谢。我们之前的采购经理已经离职了，现在由我负责，下周给你答复。",
        ),
    ],
    "ru": [
        gone(
            "F",
            "Автоматический ответ: Игорь Смирнов больше не работает в компании «Северсталь-Трейд». Этот почтовый ящик не просматривается. По вопросам закупок пишите на zakupki@sever.example.",
            subject="Автоматический ответ: Pricing",
        ),
        gone(
            "A",
            "Здравствуйте! Данный почтовый ящик отключён в связи с увольнением сотрудника. Ваше письмо не будет прочитано.",
            h="exchange",
            subject="Автоматический ответ: Pricing",
        ),
        gone(
            "D",
            "Адресат уволился. Письма на этот адрес больше не читаются. Обращайтесь на info@volga.example.",
            h="bare",
        ),
        gone(
            "C",
            "Том, добрый день! Андрей ушёл из компании в ноябре, его клиентов веду теперь я. Пришлите, пожалуйста, предложение мне.\n\nОльга",
            h="thread",
            style="quote",
        ),
        ooo(
            "B",
            "Спасибо за письмо. Я в отпуске до 3 августа. По срочным вопросам обращайтесь к моей коллеге Анне Орловой: anna.orlova@neva.example.",
            "2026-08-03",
            subject="Автоматический ответ: Pricing",
        ),
        ooo(
            "E",
            "Я нахожусь в декретном отпуске, дата выхода пока не определена. Мои задачи ведёт Дмитрий Козлов: d.kozlov@ural.example.",
            h="exchange",
            tag="ooo_leave",
        ),
        away(
            "D",
            "Том, я в отпуске на даче до понедельника, созвонимся 18-го?",
            "2026-05-18",
            h="iphone",
            style="phone",
        ),
        human(
            "A",
            "Том, спасибо. Наш прежний директор по закупкам уволился, теперь решение за новым руководителем. Я ему передам.",
        ),
    ],
    "tr": [
        gone(
            "E",
            "Otomatik yanıt: Sayın Emre Yıldız artık Anadolu Makina bünyesinde çalışmamaktadır. Bu e-posta kutusu takip edilmemektedir. Lütfen satinalma@anadolu.example adresine yazınız.",
            subject="Otomatik yanıt: Pricing",
        ),
        gone(
            "B",
            "Bu e-posta hesabı, çalışanın şirketten ayrılması nedeniyle kapatılmıştır. Mesajınız iletilmeyecektir.",
            h="exchange",
            subject="Otomatik yanıt: Pricing",
        ),
        gone(
            "D",
            "Merhaba Tom Bey,\n\nSelin Hanım geçen ay şirketimizden ayrıldı. Onun işlerini ben devraldım, teklifinizi bana iletebilirsiniz.\n\nSaygılarımla\nMurat Kaya",
            h="outlook",
            style="quote",
        ),
        ooo(
            "C",
            "Mesajınız için teşekkürler. 4 Ocak tarihine kadar izindeyim. Acil durumlarda meslektaşım Elif Demir'e ulaşabilirsiniz: elif.demir@ege.example",
            "2027-01-04",
            subject="Otomatik yanıt: Pricing",
        ),
        ooo(
            "A",
            "Doğum iznindeyim, dönüş tarihim henüz belli değil. Bu süre içinde müşterilerimle Burak Şahin ilgileniyor: burak.sahin@marmara.example",
            h="vendor",
            tag="ooo_leave",
        ),
        away(
            "F",
            "Tom Bey, bu hafta fuar için Frankfurt'tayım, pazartesi ofisteyim. O gün konuşalım mı?",
            "2026-10-26",
            h="iphone",
            style="phone",
        ),
        human(
            "B",
            "Merhaba Tom, teşekkürler. Eski satın alma müdürümüz emekli oldu, şimdilik ben bakıyorum. Haftaya dönüş yaparım.",
        ),
    ],
}
