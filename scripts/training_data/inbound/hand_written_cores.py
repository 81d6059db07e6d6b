# ruff: noqa: E501
"""Hand-written cores for rules/training/inbound/hand_written.jsonl (issue 12, item 6).

People who write by hand that they are away (typed on a phone, calling the reader by
name, informal, with or without a day back, asking something), and next to them the
server's out-of-office templates in the same languages and people who mention
holidays, closures or dates without being away. Written apart from
tests/analysis/dev_inbound6 (other people, other wording; a test checks no body is
shared). Sent Tue 14 Apr 2026 unless said: Mon 20 Apr, Mon 27 Apr are the Mondays after.

Each core: (kind, text, extra) as in confusables_cores.py.
"""

from __future__ import annotations

S = {"sent": "2026-04-14"}


def back(day: str) -> dict:
    return {**S, "returns": day}


CORES: dict[str, list[tuple[str, str, dict]]] = {
    "en": [
        (
            "away",
            "Ugh sorry, on a family holiday till the 27th and the wifi is terrible. Can it wait till then?\n\nSent from my iPhone",
            back("2026-04-27"),
        ),
        (
            "away",
            "Mike, I'm in Singapore for the trade show this week, flying back Sunday. Let's do Monday 20th? I'll ping you.\n\nGet Outlook for iOS",
            back("2026-04-20"),
        ),
        (
            "away",
            "Hey - I'm off sick today and probably tomorrow. Will get to your numbers when I'm back on my feet.\n\nSent from my Samsung Galaxy smartphone.",
            S,
        ),
        (
            "away",
            "Thanks Laura, nice doc. Heads up that I'm on leave from Thursday until the 27th, so if you need sign-off grab Priya before then?",
            back("2026-04-27"),
        ),
        (
            "ooo",
            "Thank you for your email. I am currently out of the office on annual leave and will return on Monday 27 April. I will have limited access to email and will respond on my return.",
            back("2026-04-27"),
        ),
        (
            "ooo",
            "I am out of the office until 20 April with no access to email. Your message will not be forwarded. For urgent enquiries please call reception on +44 20 7946 0000.",
            back("2026-04-20"),
        ),
        (
            "human",
            "Hi Laura, we're all back from the Easter break now. The budget meeting is on the 28th, can you send the updated figures before then?",
            S,
        ),
        (
            "human",
            "Mike, Jo is on holiday until the 27th so I'm covering. Happy to get the contract signed this week — send it over?",
            S,
        ),
    ],
    "de": [
        (
            "away",
            "Sorry, bin noch bis Montag, 27.4. im Urlaub und nur am Handy. Können wir das danach klären?\n\nVon meinem iPhone gesendet",
            back("2026-04-27"),
        ),
        (
            "away",
            "Markus, ich bin die ganze Woche beim Kunden in Wien, am Montag 20.4. wieder im Büro. Ich ruf dich dann an!",
            back("2026-04-20"),
        ),
        (
            "away",
            "Hallo Frau Schmid, ich bin leider gerade krank und kann erst nächste Woche reinschauen. Passt das für Sie?",
            S,
        ),
        (
            "ooo",
            "Vielen Dank für Ihre E-Mail. Ich bin bis einschließlich 24. April nicht im Büro. Ab dem 27. April bin ich wieder erreichbar. Ihre Nachricht wird nicht weitergeleitet.",
            back("2026-04-27"),
        ),
        (
            "human",
            "Hallo Markus, wir sind seit gestern aus dem Osterurlaub zurück. Am 28. April tagt der Einkauf, kannst du uns bis dahin das Angebot schicken?",
            S,
        ),
    ],
    "fr": [
        (
            "away",
            "Désolé, je suis en vacances jusqu'au 27 et je lis mes mails de loin en loin. On en parle à mon retour ?\n\nEnvoyé de mon iPhone",
            back("2026-04-27"),
        ),
        (
            "away",
            "Paul, je suis en salon à Lyon toute la semaine, de retour au bureau lundi 20. Je t'appelle à ce moment-là.",
            back("2026-04-20"),
        ),
        (
            "ooo",
            "Bonjour, je suis absent du bureau jusqu'au 20 avril. Je prendrai connaissance de votre message à mon retour. En cas d'urgence, contactez standard@exemple.example.",
            back("2026-04-20"),
        ),
        (
            "human",
            "Bonjour Paul, nous rentrons des vacances de Pâques. Le comité se réunit le 28 avril : pouvez-vous m'envoyer l'offre avant ?",
            S,
        ),
    ],
    "es": [
        (
            "away",
            "Perdona, estoy de vacaciones hasta el 27 y apenas miro el correo. ¿Lo hablamos a la vuelta?\n\nEnviado desde mi iPhone",
            back("2026-04-27"),
        ),
        (
            "away",
            "Carlos, esta semana estoy en una feria en Bilbao, vuelvo a la oficina el lunes 20. Te llamo entonces.",
            back("2026-04-20"),
        ),
        (
            "away",
            "Hola Irene, estoy de baja unos días. En cuanto me reincorpore lo miro, ¿vale?",
            S,
        ),
        (
            "ooo",
            "Gracias por su correo. Estoy fuera de la oficina hasta el 27 de abril sin acceso al correo electrónico. Atenderé su mensaje a mi regreso.",
            back("2026-04-27"),
        ),
        (
            "human",
            "Hola Carlos, ya estamos de vuelta de Semana Santa. La reunión de compras es el 28 de abril, ¿me mandas la oferta antes?",
            S,
        ),
    ],
    "pt": [
        (
            "away",
            "Desculpa, estou de férias até dia 27 e com pouco sinal. Podemos ver isso quando eu voltar?\n\nEnviado do meu iPhone",
            back("2026-04-27"),
        ),
        (
            "away",
            "Lucas, estou numa feira em Lisboa esta semana, volto ao escritório segunda, dia 20. Ligo-te nessa altura.",
            back("2026-04-20"),
        ),
        (
            "ooo",
            "Obrigado pelo seu e-mail. Estou ausente do escritório até 27 de abril, sem acesso ao correio eletrónico. Responderei após o meu regresso.",
            back("2026-04-27"),
        ),
        (
            "human",
            "Olá Lucas, voltámos agora da Páscoa. A reunião de compras é dia 28 de abril, consegues enviar a proposta antes?",
            S,
        ),
    ],
    "it": [
        (
            "away",
            "Scusa, sono in ferie fino al 27 e guardo poco la posta. Ne parliamo quando rientro?\n\nInviato da iPhone",
            back("2026-04-27"),
        ),
        (
            "away",
            "Andrea, sono in fiera a Milano tutta la settimana, rientro in ufficio lunedì 20. Ti chiamo io.",
            back("2026-04-20"),
        ),
        (
            "ooo",
            "Grazie per la sua email. Sono fuori ufficio fino al 27 aprile senza accesso alla posta. Risponderò al mio rientro.",
            back("2026-04-27"),
        ),
        (
            "human",
            "Ciao Andrea, siamo appena rientrati dalle vacanze di Pasqua. Il comitato acquisti è il 28 aprile, mi mandi l'offerta prima?",
            S,
        ),
    ],
    "nl": [
        (
            "away",
            "Sorry, ben nog tot maandag 27 april op vakantie en lees weinig mail. Kunnen we het daarna bespreken?\n\nVerstuurd vanaf mijn iPhone",
            back("2026-04-27"),
        ),
        (
            "away",
            "Daan, ik sta deze week op een beurs in Utrecht, maandag 20 april ben ik terug op kantoor. Ik bel je dan.",
            back("2026-04-20"),
        ),
        (
            "ooo",
            "Bedankt voor uw e-mail. Ik ben afwezig tot en met 24 april en lees mijn e-mail niet. Vanaf 27 april ben ik weer bereikbaar.",
            back("2026-04-27"),
        ),
        (
            "ooo",
            "Ik ben op vakantie en ben maandag 27 april weer op kantoor. Uw e-mail wordt niet doorgestuurd.",
            back("2026-04-27"),
        ),
        (
            "human",
            "Hoi Daan, we zijn net terug van vakantie. Het inkoopoverleg is op 28 april, kun je de offerte voor die tijd sturen?",
            S,
        ),
    ],
    "sv": [
        (
            "away",
            "Förlåt, är på semester till den 27:e och läser knappt mejl. Kan vi ta det sen?\n\nSkickat från min iPhone",
            back("2026-04-27"),
        ),
        (
            "ooo",
            "Tack för ditt mejl. Jag är ledig till och med 24 april och läser inte e-post. Jag är tillbaka måndag 27 april.",
            back("2026-04-27"),
        ),
        (
            "human",
            "Hej Oskar, vi är tillbaka efter påsklovet. Inköpsmötet är den 28 april, kan du skicka offerten innan dess?",
            S,
        ),
    ],
    "da": [
        (
            "away",
            "Undskyld, er på ferie til den 27. og læser næsten ikke mail. Kan vi tage det bagefter?\n\nSendt fra min iPhone",
            back("2026-04-27"),
        ),
        (
            "ooo",
            "Tak for din mail. Jeg er på ferie til og med 24. april og læser ikke mail. Jeg er tilbage mandag 27. april.",
            back("2026-04-27"),
        ),
        (
            "human",
            "Hej Mads, vi er tilbage efter påskeferien. Indkøbsmødet er den 28. april, kan du sende tilbuddet inden?",
            S,
        ),
    ],
    "no": [
        (
            "away",
            "Beklager, er på ferie til den 27. og leser nesten ikke e-post. Kan vi ta det etterpå?\n\nSendt fra min iPhone",
            back("2026-04-27"),
        ),
        (
            "away",
            "Lars, jeg er på messe i Bergen denne uka, tilbake på kontoret mandag 20. april. Ringer deg da.",
            back("2026-04-20"),
        ),
        (
            "ooo",
            "Takk for e-posten din. Jeg er på ferie og tilbake på kontoret mandag 27. april. E-posten blir ikke videresendt.",
            back("2026-04-27"),
        ),
        (
            "ooo",
            "Jeg er ikke på kontoret denne uken. Jeg er tilbake mandag 20. april og svarer deg da.",
            back("2026-04-20"),
        ),
        (
            "human",
            "Hei Lars, vi er tilbake etter påskeferien. Innkjøpsmøtet er 28. april, kan du sende tilbudet før det?",
            S,
        ),
    ],
    "fi": [
        (
            "away",
            "Sori, olen lomalla 27. päivään asti enkä juuri lue sähköpostia. Voidaanko jatkaa sen jälkeen?\n\nLähetetty iPhonesta",
            back("2026-04-27"),
        ),
        (
            "away",
            "Ville, olen messuilla Tampereella koko viikon, palaan toimistolle maanantaina 20.4. Soitan silloin.",
            back("2026-04-20"),
        ),
        (
            "ooo",
            "Kiitos viestistäsi. Olen vuosilomalla ja palaan töihin maanantaina 27.4. En lue sähköpostia loman aikana.",
            back("2026-04-27"),
        ),
        (
            "ooo",
            "Olen pääsiäislomalla 24.4. asti. Viestejä ei välitetä eteenpäin.",
            back("2026-04-24"),
        ),
        (
            "human",
            "Hei Ville, palasimme juuri pääsiäislomalta. Hankintakokous on 28.4., lähetätkö tarjouksen ennen sitä?",
            S,
        ),
    ],
    "pl": [
        (
            "away",
            "Przepraszam, jestem na urlopie do 27 kwietnia i rzadko czytam maile. Możemy wrócić do tematu potem?\n\nWysłane z iPhone'a",
            back("2026-04-27"),
        ),
        (
            "away",
            "Michał, jestem cały tydzień na targach w Poznaniu, w poniedziałek 20 kwietnia wracam do biura. Zadzwonię wtedy.",
            back("2026-04-20"),
        ),
        (
            "ooo",
            "Dziękuję za wiadomość. Przebywam poza biurem do 27 kwietnia bez dostępu do poczty. Odpowiem po powrocie.",
            back("2026-04-27"),
        ),
        (
            "human",
            "Dzień dobry, wróciliśmy właśnie po świętach. Spotkanie zakupowe jest 28 kwietnia, czy może Pan przesłać ofertę wcześniej?",
            S,
        ),
    ],
    "ja": [
        (
            "away",
            "すみません、27日まで休暇中でメールをあまり見られません。戻ってからでも大丈夫ですか？\n\niPhoneから送信",
            back("2026-04-27"),
        ),
        (
            "ooo",
            "メールありがとうございます。4月27日まで不在のため、ご返信が遅れます。戻り次第対応いたします。",
            back("2026-04-27"),
        ),
        (
            "human",
            "田中さん、連休明けに購買会議があり、4月28日に決まりました。それまでに見積もりを送っていただけますか。",
            S,
        ),
    ],
    "zh": [
        (
            "away",
            "不好意思，我在休假，27号回来，这几天很少看邮件。回来再聊可以吗？\n\n发自我的iPhone",
            back("2026-04-27"),
        ),
        (
            "ooo",
            "您好，感谢来信。本人休假中，4月27日返回办公室，届时回复您的邮件。",
            back("2026-04-27"),
        ),
        (
            "ooo",
            "我目前在外出差，4月20日回到办公室，期间邮件回复可能延迟。",
            back("2026-04-20"),
        ),
        ("human", "张经理，您好！我们4月28日开采购会，能否在那之前把报价发给我？", S),
    ],
    "ko": [
        (
            "away",
            "죄송해요, 27일까지 휴가라 메일을 거의 못 봐요. 돌아와서 얘기해도 될까요?\n\niPhone에서 보냄",
            back("2026-04-28"),
        ),
        (
            "ooo",
            "메일 감사합니다. 4월 24일까지 부재중이며 4월 27일에 복귀합니다. 복귀 후 회신드리겠습니다.",
            back("2026-04-27"),
        ),
        (
            "human",
            "민호님, 4월 28일에 구매 회의가 있습니다. 그 전에 견적서를 보내주실 수 있을까요?",
            S,
        ),
    ],
    "tr": [
        (
            "away",
            "Kusura bakma, 27 Nisan'a kadar tatildeyim ve maillere pek bakamıyorum. Döndüğümde konuşalım mı?\n\niPhone'umdan gönderildi",
            back("2026-04-27"),
        ),
        (
            "ooo",
            "E-postanız için teşekkürler. 27 Nisan'a kadar ofis dışındayım ve e-postalarıma erişimim yok. Döndüğümde yanıt vereceğim.",
            back("2026-04-27"),
        ),
        (
            "human",
            "Merhaba Burak, bayram tatilinden döndük. Satın alma toplantısı 28 Nisan'da, teklifi ondan önce gönderebilir misin?",
            S,
        ),
    ],
    "cs": [
        (
            "away",
            "Promiň, jsem do 27. dubna na dovolené a maily skoro nečtu. Můžeme to řešit potom?\n\nOdesláno z iPhonu",
            back("2026-04-27"),
        ),
        (
            "ooo",
            "Děkuji za e-mail. Do 27. dubna jsem mimo kancelář bez přístupu k poště. Odpovím po návratu.",
            back("2026-04-27"),
        ),
        (
            "human",
            "Dobrý den, jsme zpět po Velikonocích. Nákupní porada je 28. dubna, můžete mi poslat nabídku předtím?",
            S,
        ),
    ],
    "ru": [
        (
            "away",
            "Извините, я в отпуске до 27 апреля и почти не читаю почту. Можно обсудить после?\n\nОтправлено с iPhone",
            back("2026-04-27"),
        ),
        (
            "away",
            "Игорь, я всю неделю на выставке в Казани, в офисе буду в понедельник 20 апреля. Позвоню тогда.",
            back("2026-04-20"),
        ),
        (
            "ooo",
            "Спасибо за письмо. Я нахожусь в отпуске до 27 апреля без доступа к почте. Отвечу по возвращении.",
            back("2026-04-27"),
        ),
        (
            "human",
            "Игорь, добрый день. Мы вернулись после праздников, закупочный комитет 28 апреля. Пришлите предложение до этого?",
            S,
        ),
    ],
    "ar": [
        (
            "away",
            "عذراً، أنا في إجازة حتى 27 أبريل ونادراً ما أتفقد البريد. هل يمكننا الحديث بعد عودتي؟\n\nأُرسلت من iPhone",
            back("2026-04-27"),
        ),
        (
            "ooo",
            "شكراً لرسالتك. أنا خارج المكتب في إجازة حتى 27 أبريل ولن أتمكن من الاطلاع على البريد. سأرد عند عودتي.",
            back("2026-04-27"),
        ),
        (
            "human",
            "مرحباً كريم، عدنا من العطلة. اجتماع المشتريات في 28 أبريل، هل يمكنك إرسال العرض قبل ذلك؟",
            S,
        ),
    ],
    "he": [
        (
            "away",
            "סליחה, אני בחופשה עד 27 באפריל וכמעט לא קורא מיילים. אפשר לדבר אחרי?\n\nנשלח מה-iPhone שלי",
            back("2026-04-27"),
        ),
        (
            "ooo",
            "תודה על הודעתך. אני מחוץ למשרד עד 27 באפריל ללא גישה לדואר. אשיב עם חזרתי.",
            back("2026-04-27"),
        ),
        (
            "human",
            "היי יואב, חזרנו מהחג. ישיבת הרכש ב-28 באפריל, תוכל לשלוח את ההצעה לפני?",
            S,
        ),
    ],
    "el": [
        (
            "away",
            "Συγγνώμη, είμαι σε διακοπές μέχρι τις 27 Απριλίου και δεν βλέπω email. Τα λέμε όταν γυρίσω;\n\nΣτάλθηκε από το iPhone μου",
            back("2026-04-27"),
        ),
        (
            "ooo",
            "Ευχαριστώ για το μήνυμά σας. Βρίσκομαι εκτός γραφείου έως τις 27 Απριλίου χωρίς πρόσβαση στο email. Θα απαντήσω με την επιστροφή μου.",
            back("2026-04-27"),
        ),
        (
            "human",
            "Γεια σου Κώστα, γυρίσαμε από το Πάσχα. Η σύσκεψη αγορών είναι στις 28 Απριλίου, μπορείς να στείλεις την προσφορά πριν;",
            S,
        ),
    ],
    "hu": [
        (
            "away",
            "Bocsi, április 27-ig szabadságon vagyok, alig nézem a leveleimet. Utána megbeszélhetjük?\n\niPhone-ról küldve",
            back("2026-04-27"),
        ),
        (
            "ooo",
            "Köszönöm levelét. Április 27-ig szabadságon vagyok, leveleimet nem olvasom. Visszatérésem után válaszolok.",
            back("2026-04-27"),
        ),
        (
            "human",
            "Szia Gábor, visszajöttünk a húsvéti szünetről. A beszerzési megbeszélés április 28-án lesz, el tudod küldeni előtte az ajánlatot?",
            S,
        ),
    ],
    "ro": [
        (
            "away",
            "Scuze, sunt în concediu până pe 27 aprilie și citesc rar mailurile. Putem vorbi după?\n\nTrimis de pe iPhone",
            back("2026-04-27"),
        ),
        (
            "ooo",
            "Vă mulțumesc pentru e-mail. Sunt în concediu până pe 27 aprilie, fără acces la e-mail. Voi răspunde la întoarcere.",
            back("2026-04-27"),
        ),
        (
            "human",
            "Salut Mihai, ne-am întors din vacanța de Paști. Ședința de achiziții e pe 28 aprilie, poți trimite oferta înainte?",
            S,
        ),
    ],
}
