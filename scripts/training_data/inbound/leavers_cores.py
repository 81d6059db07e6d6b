# ruff: noqa: E501
"""Hand-written cores for rules/training/inbound/leavers.jsonl (issue 12, item 6).

Leaver and retired-mailbox notices as a mail system sends them (each core is rendered
plain, under auto-reply headers and as HTML), beside out-of-office replies on long or
open-ended leave that hand the reader to a colleague or another address, and people
back from such leave who pick a thread up again: the words say which it is, never
the headers. Written apart from
tests/analysis/dev_inbound10 (other companies, people and wording; a test checks no
first line is shared).

Each core: (kind, text, extra) as in confusables_cores.py.
"""

from __future__ import annotations

CORES: dict[str, list[tuple[str, str, dict]]] = {
    "en": [
        (
            "gone",
            "Please be advised that Martin Oakes has resigned from Pellridge Ltd. This inbox has been switched off and mail sent to it is not read. New orders: orders@pellridge.example.",
            {},
        ),
        (
            "gone",
            "Notice: the employee at this address has left our organisation. Your email has been discarded. To reach the purchasing team, use buying@corvale.example.",
            {},
        ),
        (
            "ooo",
            "I'm away on an extended career break and will not have access to email. Until I return, Nadia Clarke (nadia.clarke@tolson.example) will look after my customers.",
            {},
        ),
        (
            "ooo",
            "Thanks for getting in touch. I am on shared parental leave and not checking mail. Please send anything urgent to the shared inbox, accounts@fenbrook.example.",
            {},
        ),
        (
            "human",
            "Hi Tom, I'm back from parental leave as of this week and have taken the supplier reviews back from Nadia. Could you resend the latest quote?",
            {},
        ),
    ],
    "de": [
        (
            "gone",
            "Automatische Information: Frau Petra Lang ist zum 31. Mai aus der Firma Kornmeier AG ausgetreten. E-Mails an diese Adresse werden gelöscht. Neuer Ansprechpartner: service@kornmeier.example.",
            {},
        ),
        (
            "gone",
            "Dieses E-Mail-Konto wurde deaktiviert, da der Mitarbeiter nicht mehr im Unternehmen beschäftigt ist. Bitte nutzen Sie info@rauschwerk.example.",
            {},
        ),
        (
            "ooo",
            "Ich bin in einem Sabbatical und lese meine E-Mails nicht. Meine Kunden betreut in dieser Zeit Herr Timo Gärtner: t.gaertner@eckhof.example.",
            {},
        ),
        (
            "ooo",
            "Ich befinde mich im Mutterschutz. Ein Rückkehrdatum steht noch nicht fest. Bitte wenden Sie sich an das Team unter vertrieb@lindner.example.",
            {},
        ),
        (
            "human",
            "Hallo Tom, ich bin seit Montag aus der Elternzeit zurück und übernehme wieder den Einkauf. Schick mir bitte das aktuelle Angebot.",
            {},
        ),
    ],
    "fr": [
        (
            "gone",
            "Information automatique : M. Hugo Perrin ne travaille plus chez Ateliers Vauclair depuis le 1er juin. Ce compte de messagerie est fermé. Contact : commercial@vauclair.example.",
            {},
        ),
        (
            "gone",
            "L'adresse à laquelle vous écrivez n'existe plus : son titulaire a quitté la société. Votre courriel n'a pas été lu.",
            {},
        ),
        (
            "ooo",
            "Je suis actuellement en congé sabbatique et ne consulte pas mes e-mails. Merci de contacter Léa Fontaine (lea.fontaine@brival.example) qui assure le suivi.",
            {},
        ),
        (
            "ooo",
            "Je suis en congé parental jusqu'à une date encore indéterminée. Pour toute demande, écrivez à l'équipe : ventes@montel.example.",
            {},
        ),
        (
            "human",
            "Bonjour Tom, je suis rentrée de congé parental la semaine dernière et je reprends le dossier. Pouvez-vous me renvoyer le devis ?",
            {},
        ),
    ],
    "es": [
        (
            "gone",
            "Aviso automático: el usuario de esta cuenta se ha desvinculado de Talleres Moncayo. Los mensajes enviados a esta dirección se eliminan. Escriba a pedidos@moncayo.example.",
            {},
        ),
        (
            "gone",
            "Le comunicamos que Elena Prieto ya no presta servicios en nuestra organización y su buzón ha sido cerrado.",
            {},
        ),
        (
            "ooo",
            "Estoy disfrutando de un año sabático y no leeré el correo. En mi ausencia, Diego Ramos (diego.ramos@navarra.example) atenderá sus consultas.",
            {},
        ),
        (
            "ooo",
            "Estoy de permiso de maternidad, sin fecha de vuelta cerrada todavía. Para temas comerciales, escriba a ventas@guadiana.example.",
            {},
        ),
        (
            "human",
            "Hola Tom, ya volví de mi permiso de paternidad y retomo las compras. ¿Me mandas de nuevo la oferta actualizada?",
            {},
        ),
    ],
    "pt": [
        (
            "gone",
            "Mensagem automática: o colaborador João Pires deixou de trabalhar na Metalúrgica Mondego. Este endereço foi eliminado e as mensagens não são lidas. Contacto: geral@mondego.example.",
            {},
        ),
        (
            "gone",
            "Informamos que a funcionária responsável por este e-mail foi desligada da empresa. A caixa postal está inativa.",
            {},
        ),
        (
            "ooo",
            "Estou em período sabático e sem acesso ao e-mail. Durante este tempo, fale com a Inês Barros (ines.barros@sado.example).",
            {},
        ),
        (
            "ooo",
            "Encontro-me de licença parental, sem data de regresso definida. Assuntos urgentes: apoio@lis.example.",
            {},
        ),
        (
            "human",
            "Olá Tom, voltei da licença parental esta semana e retomo o processo. Pode reenviar-me a proposta?",
            {},
        ),
    ],
    "it": [
        (
            "gone",
            "Messaggio automatico: la dott.ssa Sara Gallo ha concluso il suo rapporto di lavoro con Officine Sesia. Questo indirizzo è stato chiuso. Scrivere a commerciale@sesia.example.",
            {},
        ),
        (
            "gone",
            "L'utente di questa casella non fa più parte della nostra società. I messaggi non vengono letti.",
            {},
        ),
        (
            "ooo",
            "Sono in aspettativa per un periodo sabbatico e non controllo la posta. Per qualsiasi necessità contattare Luca Ferri: luca.ferri@adige.example.",
            {},
        ),
        (
            "ooo",
            "Sono in maternità e non ho ancora una data di rientro. Le richieste sono gestite dal team vendite: vendite@piave.example.",
            {},
        ),
        (
            "human",
            "Ciao Tom, sono rientrata dalla maternità lunedì e riprendo io la pratica. Mi rimandi l'offerta aggiornata?",
            {},
        ),
    ],
    "nl": [
        (
            "gone",
            "Automatisch bericht: Thijs Verbeek is niet meer in dienst bij Kroon Installatietechniek. Deze mailbox is afgesloten. Mail voortaan naar service@kroon.example.",
            {},
        ),
        (
            "gone",
            "De eigenaar van dit adres werkt hier niet meer. Berichten worden niet gelezen of doorgestuurd.",
            {},
        ),
        (
            "ooo",
            "Ik heb een sabbatical en lees mijn mail niet. Tot mijn terugkeer neemt Eva Mulder (eva.mulder@rijn.example) mijn klanten over.",
            {},
        ),
        (
            "ooo",
            "Ik ben met ouderschapsverlof; de datum van terugkeer is nog niet bekend. Voor vragen: verkoop@maas.example.",
            {},
        ),
        (
            "human",
            "Hoi Tom, ik ben sinds deze week terug van ouderschapsverlof en pak de inkoop weer op. Kun je de offerte opnieuw sturen?",
            {},
        ),
    ],
    "pl": [
        (
            "gone",
            "Wiadomość automatyczna: Pani Ewa Nowicka zakończyła współpracę z firmą Stalbud. Ten adres został wyłączony. Prosimy pisać na biuro@stalbud.example.",
            {},
        ),
        (
            "gone",
            "Właściciel tej skrzynki nie jest już zatrudniony w naszej firmie. Wiadomości nie są czytane.",
            {},
        ),
        (
            "ooo",
            "Jestem na urlopie macierzyńskim, termin powrotu nie jest jeszcze ustalony. W sprawach bieżących proszę pisać do Tomasza Kani: t.kania@wisla.example.",
            {},
        ),
        (
            "ooo",
            "Przebywam na dłuższym urlopie bezpłatnym. Moich klientów obsługuje zespół: sprzedaz@bug.example.",
            {},
        ),
        (
            "human",
            "Cześć Tom, wróciłam z urlopu rodzicielskiego i znów prowadzę zakupy. Możesz przesłać mi aktualną ofertę?",
            {},
        ),
    ],
    "ar": [
        (
            "gone",
            "رسالة تلقائية: انتهى عمل السيدة منى الشامي في شركة الأفق الهندسية. تم حذف هذا البريد ولن تتم قراءة الرسائل. للتواصل: info@ufuq.example",
            {},
        ),
        (
            "gone",
            "نعلمكم بأن صاحب هذا العنوان قد غادر المؤسسة، وهذا الصندوق لم يعد نشطا.",
            {},
        ),
        (
            "ooo",
            "أنا في إجازة طويلة ولا أتابع البريد. يتولى زميلي يوسف منصور حساباتي خلال هذه الفترة: yousef.mansour@sahel.example",
            {},
        ),
        (
            "ooo",
            "أنا في إجازة أبوة ولم يتحدد موعد عودتي بعد. للأمور العاجلة: sales@wadi.example",
            {},
        ),
        (
            "human",
            "مرحبا توم، عدت هذا الأسبوع من إجازة الأبوة وأتابع الملف من جديد. هل يمكنك إرسال العرض المحدث؟",
            {},
        ),
    ],
    "he": [
        (
            "gone",
            "הודעה אוטומטית: גב' שירה אברהם סיימה את עבודתה בחברת תבור הנדסה. תיבה זו נסגרה וההודעות אינן נקראות. לפניות: office@tavor.example",
            {},
        ),
        ("gone", "בעל הכתובת הזו כבר אינו חלק מהצוות שלנו. הכתובת הושבתה.", {}),
        (
            "ooo",
            "אני בחופשה ארוכה ללא תאריך חזרה קבוע. בתקופה זו יטפל בפניות עידו שמיר: ido.shamir@golan.example",
            {},
        ),
        (
            "ooo",
            "אני בחופשת לידה ואינני קוראת דואר. לפניות דחופות: team@arava.example",
            {},
        ),
        (
            "human",
            "היי טום, חזרתי השבוע מחופשת לידה ואני שוב מטפלת ברכש. תוכל לשלוח שוב את ההצעה?",
            {},
        ),
    ],
    "ko": [
        (
            "gone",
            "자동 안내: 한지민 대리는 대성물산에서 퇴직하였으며 이 계정은 삭제되었습니다. 문의는 help@daesung.example 로 해 주십시오.",
            {},
        ),
        (
            "gone",
            "이 메일 주소의 사용자는 당사를 떠났습니다. 보내신 메일은 읽히지 않습니다.",
            {},
        ),
        (
            "ooo",
            "현재 안식년 휴가 중이라 메일을 확인하지 않습니다. 그동안 업무는 오세훈 팀장이 맡습니다: sehoon.oh@gangnam.example",
            {},
        ),
        (
            "ooo",
            "출산휴가 중이며 복귀 일정은 아직 정해지지 않았습니다. 급한 건은 sales@hangang.example 로 보내 주세요.",
            {},
        ),
        (
            "human",
            "Tom님, 이번 주에 육아휴직에서 복귀해서 구매 업무를 다시 맡았습니다. 최신 견적서를 다시 보내주실 수 있을까요?",
            {},
        ),
    ],
    "ja": [
        (
            "gone",
            "自動通知：田中美咲は株式会社青葉商事を退職しました。本アドレスは削除済みのため、メールは確認されません。お問い合わせは info@aoba.example へ。",
            {},
        ),
        (
            "gone",
            "このアドレスの使用者は既に退職しております。送信いただいたメールは読まれません。",
            {},
        ),
        (
            "ooo",
            "現在、長期休暇を取得しており、メールを確認できません。期間中は小林が対応いたします：kobayashi@midori.example",
            {},
        ),
        (
            "ooo",
            "産休に入っております。復帰日は未定です。ご用件は営業チーム eigyo@hikari.example までお願いいたします。",
            {},
        ),
        (
            "human",
            "Tomさん、今週育休から復帰し、購買を再び担当しています。最新の見積もりを再送いただけますか？",
            {},
        ),
    ],
    "zh": [
        (
            "gone",
            "自动通知：李娜已于六月底从恒达机械离职，该邮箱已注销，邮件不会被阅读。请联系 service@hengda.example。",
            {},
        ),
        ("gone", "此邮箱的使用者已离开本公司，本账号已停用。", {}),
        (
            "ooo",
            "我目前正在长期休假，暂不查看邮件。期间我的客户由周杰负责：zhou.jie@xinghe.example。",
            {},
        ),
        (
            "ooo",
            "我在休育儿假，返回时间未定。如有急事请发送至 sales@lanshan.example。",
            {},
        ),
        (
            "human",
            "Tom你好，我这周休完产假回来了，重新负责采购。能把最新报价再发我一次吗？",
            {},
        ),
    ],
    "ru": [
        (
            "gone",
            "Автоматическое уведомление: Марина Волкова больше не является сотрудником ООО «Техноснаб». Ящик удалён, письма не читаются. Пишите на office@tehnosnab.example.",
            {},
        ),
        (
            "gone",
            "Владелец этого адреса уволен из компании. Учётная запись заблокирована.",
            {},
        ),
        (
            "ooo",
            "Я в длительном творческом отпуске и не читаю почту. Моих клиентов на это время ведёт Павел Егоров: p.egorov@kama.example.",
            {},
        ),
        (
            "ooo",
            "Я в отпуске по уходу за ребёнком, дата возвращения пока неизвестна. По срочным вопросам: sales@oka.example.",
            {},
        ),
        (
            "human",
            "Том, привет! Я на этой неделе вышла из декрета и снова веду закупки. Пришлёшь ещё раз актуальное предложение?",
            {},
        ),
    ],
    "tr": [
        (
            "gone",
            "Otomatik bildirim: Ayşe Koç, Kuzey Enerji'deki görevinden ayrılmıştır. Bu adres kapatılmış olup e-postalar okunmamaktadır. İletişim: bilgi@kuzey.example",
            {},
        ),
        (
            "gone",
            "Bu adresin sahibi artık firmamızda çalışmıyor. Mesajlar okunmuyor.",
            {},
        ),
        (
            "ooo",
            "Uzun süreli ücretsiz izindeyim ve e-postalarımı kontrol etmiyorum. Bu dönemde müşterilerimle Can Aydın ilgilenecek: can.aydin@toros.example",
            {},
        ),
        (
            "ooo",
            "Babalık iznindeyim, dönüş tarihim henüz belli değil. Acil konular için: satis@firat.example",
            {},
        ),
        (
            "human",
            "Merhaba Tom, bu hafta doğum izninden döndüm ve satın almayı yeniden ben yürütüyorum. Güncel teklifi tekrar gönderebilir misin?",
            {},
        ),
    ],
}
