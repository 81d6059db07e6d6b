# ruff: noqa: E501
"""Hand-written cores for rules/training/inbound/confusables.jsonl (issue 12).

What the frozen set's kind-level results showed being read as out of office, written
apart from tests/analysis/dev_inbound4 (other companies, other wording): receipts
without a reference number, support-desk and shared-mailbox autoresponders,
acknowledgements under an "Automatic reply:" subject, company notices that "our office
will be closed on <date>", newsletters that mention holidays, retired mailboxes,
leavers who name a successor; and, so that the model does not learn "a promise to
answer is never an absence", personal absences that also promise a team's answer,
people back from holiday (not away), and people who write that they are away.

Each core: (kind, text, extra). kind is ooo, auto_ack, gone, newsletter, human or
away (a human reply and an absence). extra: sent (ISO date), returns (ISO date),
alt (["Name <addr>"]).
"""

from __future__ import annotations

CORES: dict[str, list[tuple[str, str, dict]]] = {
    "en": [
        (
            "auto_ack",
            "We appreciate you getting in touch. Your note is in our queue and one of our specialists will respond within one working day.",
            {},
        ),
        (
            "auto_ack",
            "Hi there! This is a quick confirmation that your email reached the Fernway customer success team. We usually answer within a few hours during UK business hours.",
            {},
        ),
        (
            "auto_ack",
            "Thanks for writing to billing@marlowe.example. This mailbox is shared by our accounts team and messages are answered in the order they arrive - please allow 3 to 5 working days.",
            {},
        ),
        (
            "auto_ack",
            "Your message has been forwarded to the relevant department. A representative will contact you as soon as possible. Please do not reply to this message.",
            {},
        ),
        (
            "auto_ack",
            "Thank you for your enquiry. Please note that our offices will be closed on Friday 3 April and Monday 6 April for Easter; we will answer your message when we are back the following working day.",
            {"sent": "2026-03-30"},
        ),
        (
            "auto_ack",
            "Hello, and thanks for your interest in Quarry Labs! We've passed your message on to our partnerships team, who will be in touch shortly.",
            {},
        ),
        (
            "newsletter",
            "Happy holidays from everyone at Tidewell! A quick note on opening hours: we're closed 25-26 December and 1 January. In the meantime, catch up on our year in review.\n\nUnsubscribe or update your email preferences.",
            {},
        ),
        (
            "newsletter",
            "Out of office season is here. Our new auto-handover feature makes sure no lead is dropped while your reps are on vacation. Read the guide ->\n\nYou are receiving this because you subscribed to Pipeline Weekly.",
            {},
        ),
        (
            "gone",
            "This email address is no longer monitored. For anything regarding your account please write to support@tidewell.example.",
            {},
        ),
        (
            "gone",
            "Thank you for your message. Jordan Price has left Marlowe Group. Please contact Emily Stone at emily.stone@marlowe.example, who has taken over Jordan's clients.",
            {"alt": ["Emily Stone <emily.stone@marlowe.example>"]},
        ),
        (
            "gone",
            "I'm no longer at Quarry Labs - my last day was 28 February. Please reach out to my successor Tom Hale (tom.hale@quarry.example).",
            {"alt": ["Tom Hale <tom.hale@quarry.example>"]},
        ),
        (
            "ooo",
            "I'm on annual leave until Monday 13 April. While I'm away our support team will get back to you within one business day at help@fernway.example.",
            {"sent": "2026-04-02", "returns": "2026-04-13"},
        ),
        (
            "ooo",
            "Thanks for your email. Our office is closed for the Easter break and reopens on Tuesday 7 April, when we'll reply to your message.",
            {"sent": "2026-04-03", "returns": "2026-04-07"},
        ),
        (
            "human",
            "Hi Tom, I got back from my holiday yesterday and had a look at the proposal. Can we do a call on Thursday at 2pm?",
            {},
        ),
        (
            "away",
            "Hi Tom - I'm away at a conference until Wednesday 15 April, can we pick this up when I'm back?",
            {"sent": "2026-04-09", "returns": "2026-04-15"},
        ),
    ],
    "de": [
        (
            "auto_ack",
            "Danke für Ihre Nachricht! Ihr Anliegen liegt jetzt bei unserem Kundenservice, der sich innerhalb eines Werktags bei Ihnen meldet.",
            {},
        ),
        (
            "auto_ack",
            "Sie haben an das Funktionspostfach vertrieb@rheinmetallbau.example geschrieben. Die Nachrichten werden vom gesamten Vertriebsteam gelesen und in der Reihenfolge des Eingangs beantwortet.",
            {},
        ),
        (
            "auto_ack",
            "Ihre E-Mail ist bei uns angekommen. Wir bearbeiten sie so schnell wie möglich. Bitte beachten Sie, dass unser Büro am Rosenmontag, 16. Februar, geschlossen ist.",
            {"sent": "2026-02-10"},
        ),
        (
            "auto_ack",
            "Guten Tag, wir bestätigen den Eingang Ihrer Anfrage. Einer unserer Berater wird sich zeitnah mit Ihnen in Verbindung setzen.",
            {},
        ),
        (
            "newsletter",
            "Unser Büro bleibt vom 24.12. bis 2.1. geschlossen. Wir wünschen Ihnen frohe Weihnachten und einen guten Rutsch!\n\nWenn Sie diesen Newsletter nicht mehr erhalten möchten, können Sie sich hier abmelden.",
            {},
        ),
        (
            "newsletter",
            "Urlaubszeit ohne Stress: So übergeben Sie Ihre Projekte vor dem Sommerurlaub richtig. Jetzt im Blog lesen.\n\nNewsletter abbestellen | Impressum",
            {},
        ),
        (
            "gone",
            "Diese Adresse ist nicht mehr aktiv. Ihre Nachricht wurde nicht zugestellt an einen Mitarbeiter. Bitte schreiben Sie an kontakt@rheinmetallbau.example.",
            {},
        ),
        (
            "gone",
            "Herr Tobias Winter hat das Unternehmen verlassen. Seine Kunden betreut jetzt Frau Lea Hartmann (lea.hartmann@alpenholz.example).",
            {"alt": ["Lea Hartmann <lea.hartmann@alpenholz.example>"]},
        ),
        (
            "ooo",
            "Ich bin bis einschließlich 10. April im Urlaub. Unser Support-Team antwortet Ihnen in der Zwischenzeit innerhalb eines Werktags unter support@alpenholz.example.",
            {"sent": "2026-03-31", "returns": "2026-04-11"},
        ),
        (
            "human",
            "Hallo Tom, bin seit gestern aus dem Urlaub zurück. Das Angebot sieht gut aus – schicken Sie mir bitte noch die AGB?",
            {},
        ),
        (
            "away",
            "Hi Tom, ich bin bis Mittwoch, 15. April, auf Dienstreise – können wir danach telefonieren?",
            {"sent": "2026-04-09", "returns": "2026-04-15"},
        ),
    ],
    "fr": [
        (
            "auto_ack",
            "Bonjour, merci pour votre message ! Il est arrivé à bon port et notre service client vous répondra sous 24 heures ouvrées.",
            {},
        ),
        (
            "auto_ack",
            "Vous avez contacté l'adresse commerciale de Maison Roux. Vos e-mails sont lus par toute l'équipe et traités par ordre d'arrivée.",
            {},
        ),
        (
            "auto_ack",
            "Nous accusons réception de votre e-mail. Veuillez noter que nos bureaux seront fermés le lundi de Pâques, 6 avril. Nous reviendrons vers vous dans les meilleurs délais.",
            {"sent": "2026-04-01"},
        ),
        (
            "newsletter",
            "Pendant les vacances de printemps, notre boutique reste ouverte ! Découvrez nos nouveautés et profitez de -15 %.\n\nPour vous désabonner, cliquez ici.",
            {},
        ),
        (
            "gone",
            "Cette boîte mail n'est plus consultée. Merci d'adresser vos demandes à info@maisonroux.example.",
            {},
        ),
        (
            "gone",
            "Madame Sophie Laurent ne fait plus partie de la société. Vous pouvez contacter son remplaçant, Nicolas Blanc (n.blanc@maisonroux.example).",
            {"alt": ["Nicolas Blanc <n.blanc@maisonroux.example>"]},
        ),
        (
            "ooo",
            "Je suis en congés jusqu'au 20 avril inclus. Pendant mon absence, notre équipe support vous répondra sous 24 heures : support@maisonroux.example.",
            {"sent": "2026-04-08", "returns": "2026-04-21"},
        ),
        (
            "human",
            "Bonjour Tom, je rentre tout juste de vacances. C'est d'accord pour la démo jeudi à 10h.",
            {},
        ),
        (
            "away",
            "Bonjour Tom, je suis en déplacement jusqu'au 15 avril, on peut en reparler à mon retour ?",
            {"sent": "2026-04-09", "returns": "2026-04-15"},
        ),
    ],
    "es": [
        (
            "auto_ack",
            "¡Gracias por contactar con Grupo Almena! Hemos recibido tu mensaje y un agente te atenderá en menos de 24 horas.",
            {},
        ),
        (
            "auto_ack",
            "Este es el buzón compartido del departamento de compras. Los correos se responden por orden de llegada en un plazo de tres días hábiles.",
            {},
        ),
        (
            "auto_ack",
            "Gracias por su correo. Le recordamos que nuestras oficinas permanecerán cerradas el Jueves y Viernes Santo (2 y 3 de abril). Le responderemos lo antes posible.",
            {"sent": "2026-03-30"},
        ),
        (
            "newsletter",
            "¡Se acercan las vacaciones de verano! Organiza los turnos de tu equipo con nuestro nuevo calendario compartido.\n\nDarse de baja de esta lista.",
            {},
        ),
        (
            "gone",
            "Esta dirección de correo ya no se utiliza. Por favor, envíe sus consultas a atencion@almena.example.",
            {},
        ),
        (
            "gone",
            "Le informamos de que Sergio Pardo ya no forma parte de la empresa. Su sustituta es Elena Vidal (elena.vidal@almena.example).",
            {"alt": ["Elena Vidal <elena.vidal@almena.example>"]},
        ),
        (
            "ooo",
            "Estoy de vacaciones hasta el 13 de abril. Mientras tanto, nuestro equipo de soporte le responderá en un plazo de 24 horas.",
            {"sent": "2026-04-02", "returns": "2026-04-13"},
        ),
        (
            "human",
            "Hola Tom, acabo de volver de vacaciones. ¿Me puedes mandar la propuesta actualizada?",
            {},
        ),
    ],
    "pt": [
        (
            "auto_ack",
            "Obrigado por nos contactar! A sua mensagem está na nossa fila e um técnico responderá dentro de um dia útil.",
            {},
        ),
        (
            "auto_ack",
            "Este é o e-mail partilhado da equipa comercial da Lusomar. As mensagens são respondidas por ordem de chegada.",
            {},
        ),
        (
            "newsletter",
            "Boas férias! Durante agosto o nosso escritório funciona em horário reduzido. Veja as novidades de verão no nosso blog.\n\nCancelar subscrição",
            {},
        ),
        (
            "gone",
            "Este endereço de e-mail já não é utilizado. Por favor escreva para geral@lusomar.example.",
            {},
        ),
        (
            "gone",
            "A Dra. Marta Sousa já não faz parte da nossa equipa. O seu substituto é o Eng. Paulo Matos (paulo.matos@lusomar.example).",
            {"alt": ["Paulo Matos <paulo.matos@lusomar.example>"]},
        ),
        (
            "ooo",
            "Estou de férias até 13 de abril. Entretanto, a nossa equipa de apoio responderá no prazo de um dia útil.",
            {"sent": "2026-04-02", "returns": "2026-04-13"},
        ),
        (
            "human",
            "Olá Tom, voltei ontem de férias. Podemos marcar a reunião para quinta-feira?",
            {},
        ),
    ],
    "it": [
        (
            "auto_ack",
            "Grazie per averci contattato! Il tuo messaggio è arrivato al nostro servizio clienti, che ti risponderà entro 24 ore lavorative.",
            {},
        ),
        (
            "auto_ack",
            "Questa è la casella condivisa dell'ufficio commerciale di Vetri Murano. Le e-mail vengono lette da tutto il team e gestite in ordine di arrivo.",
            {},
        ),
        (
            "auto_ack",
            "Abbiamo ricevuto la sua e-mail. Le ricordiamo che i nostri uffici resteranno chiusi lunedì 6 aprile (Pasquetta). Le risponderemo quanto prima.",
            {"sent": "2026-04-01"},
        ),
        (
            "newsletter",
            "Buone vacanze da tutto il team! Ad agosto il nostro supporto resta attivo. Scopri le novità dell'estate.\n\nPer annullare l'iscrizione clicca qui.",
            {},
        ),
        (
            "gone",
            "Questo indirizzo e-mail non è più in uso. Vi preghiamo di scrivere a info@vetrimurano.example.",
            {},
        ),
        (
            "gone",
            "Il sig. Paolo Ricci non lavora più presso la nostra società. Il suo sostituto è Davide Greco (davide.greco@vetrimurano.example).",
            {"alt": ["Davide Greco <davide.greco@vetrimurano.example>"]},
        ),
        (
            "ooo",
            "Sono in ferie fino al 13 aprile. Nel frattempo il nostro team di assistenza risponderà entro un giorno lavorativo.",
            {"sent": "2026-04-02", "returns": "2026-04-13"},
        ),
        (
            "human",
            "Ciao Tom, sono appena tornata dalle ferie. Possiamo sentirci giovedì per la demo?",
            {},
        ),
    ],
    "nl": [
        (
            "auto_ack",
            "Dank je wel voor je mail! Je bericht staat in onze wachtrij en een van onze specialisten reageert binnen één werkdag.",
            {},
        ),
        (
            "auto_ack",
            "Dit is de gedeelde mailbox van de afdeling inkoop van Zuiderzee Staal. Berichten worden door het hele team gelezen en op volgorde van binnenkomst beantwoord.",
            {},
        ),
        (
            "auto_ack",
            "Wij hebben uw e-mail in goede orde ontvangen. Let op: op Tweede Paasdag, maandag 6 april, is ons kantoor gesloten. Wij reageren zo snel mogelijk.",
            {"sent": "2026-04-01"},
        ),
        (
            "newsletter",
            "Fijne vakantie! Tijdens de zomer zijn we bereikbaar met aangepaste openingstijden. Lees hier wat er nieuw is.\n\nAfmelden voor deze nieuwsbrief",
            {},
        ),
        (
            "gone",
            "Dit e-mailadres is niet meer in gebruik. Stuur uw bericht naar info@zuiderzee.example.",
            {},
        ),
        (
            "gone",
            "Mark de Boer is niet meer werkzaam bij Zuiderzee Staal. Zijn opvolger is Femke Bos (femke.bos@zuiderzee.example).",
            {"alt": ["Femke Bos <femke.bos@zuiderzee.example>"]},
        ),
        (
            "ooo",
            "Ik ben met vakantie tot en met 10 april. Ons supportteam beantwoordt je vragen intussen binnen één werkdag.",
            {"sent": "2026-03-31", "returns": "2026-04-11"},
        ),
        (
            "human",
            "Hoi Tom, ik ben net terug van vakantie. Kun je de offerte nog een keer sturen?",
            {},
        ),
    ],
    "sv": [
        (
            "auto_ack",
            "Tack för ditt meddelande! Det ligger nu i vår kö och en av våra handläggare svarar inom en arbetsdag.",
            {},
        ),
        (
            "auto_ack",
            "Detta är ekonomiavdelningens gemensamma brevlåda på Vänerkraft. Mejlen läses av hela teamet och besvaras i tur och ordning.",
            {},
        ),
        (
            "newsletter",
            "Trevlig sommar! Under juli har kundtjänst kortare öppettider. Läs om sommarens nyheter här.\n\nAvsluta prenumerationen",
            {},
        ),
        (
            "gone",
            "Denna e-postadress är inte längre aktiv. Skicka ditt ärende till info@vanerkraft.example.",
            {},
        ),
        (
            "gone",
            "Per Andersson har slutat på Vänerkraft. Hans efterträdare är Sara Lind (sara.lind@vanerkraft.example).",
            {"alt": ["Sara Lind <sara.lind@vanerkraft.example>"]},
        ),
        (
            "ooo",
            "Jag har semester till och med 10 april. Under tiden svarar vår support inom en arbetsdag på support@vanerkraft.example.",
            {"sent": "2026-03-31", "returns": "2026-04-11"},
        ),
        (
            "human",
            "Hej Tom, är tillbaka från semestern nu. Kan vi boka demon på torsdag?",
            {},
        ),
    ],
    "da": [
        (
            "auto_ack",
            "Tak for din henvendelse! Den er modtaget, og en af vores konsulenter vender tilbage inden for én arbejdsdag.",
            {},
        ),
        (
            "auto_ack",
            "Du har skrevet til salgsafdelingens fælles postkasse hos Nordsø Fisk. Alle henvendelser besvares i den rækkefølge, de kommer ind.",
            {},
        ),
        (
            "newsletter",
            "God sommer fra os alle! I juli har kundeservice ændrede åbningstider. Se sommerens nyheder her.\n\nAfmeld nyhedsbrevet",
            {},
        ),
        (
            "gone",
            "Denne postkasse er ikke længere aktiv. Skriv venligst til info@nordsofisk.example.",
            {},
        ),
        (
            "gone",
            "Anders Holm er ikke længere ansat hos Nordsø Fisk. Kontakt i stedet Louise Krag (louise.krag@nordsofisk.example).",
            {"alt": ["Louise Krag <louise.krag@nordsofisk.example>"]},
        ),
        (
            "ooo",
            "Jeg holder ferie til og med 10. april. I mellemtiden svarer vores support inden for én arbejdsdag.",
            {"sent": "2026-03-31", "returns": "2026-04-11"},
        ),
        (
            "human",
            "Hej Tom, jeg er tilbage fra ferie. Kan vi tage mødet på torsdag?",
            {},
        ),
    ],
    "no": [
        (
            "auto_ack",
            "Takk for henvendelsen! Den er registrert hos oss, og en rådgiver tar kontakt innen én arbeidsdag.",
            {},
        ),
        (
            "auto_ack",
            "Dette er innkjøpsavdelingens felles e-postadresse hos Vestfjord Bygg. Alle e-poster besvares i den rekkefølgen de kommer inn.",
            {},
        ),
        (
            "newsletter",
            "God påske! Kontoret holder stengt fra skjærtorsdag til og med 2. påskedag. Se vårens nyheter her.\n\nMeld deg av nyhetsbrevet",
            {},
        ),
        (
            "gone",
            "Denne e-postadressen er ikke lenger aktiv. Send henvendelsen din til post@vestfjord.example.",
            {},
        ),
        (
            "gone",
            "Lars Dahl har sluttet i Vestfjord Bygg. Hans etterfølger er Marte Haug (marte.haug@vestfjord.example).",
            {"alt": ["Marte Haug <marte.haug@vestfjord.example>"]},
        ),
        (
            "ooo",
            "Jeg har ferie til og med 10. april. I mellomtiden svarer kundeservice innen én arbeidsdag.",
            {"sent": "2026-03-31", "returns": "2026-04-11"},
        ),
        ("human", "Hei Tom, er tilbake fra ferie. Kan du sende oppdatert tilbud?", {}),
    ],
    "fi": [
        (
            "auto_ack",
            "Kiitos yhteydenotostasi! Viestisi on jonossa ja asiantuntijamme vastaa yhden arkipäivän kuluessa.",
            {},
        ),
        (
            "auto_ack",
            "Tämä on Saimaan Puun myyntitiimin yhteinen sähköpostilaatikko. Viestit käsitellään saapumisjärjestyksessä.",
            {},
        ),
        (
            "newsletter",
            "Hyvää lomaa! Heinäkuussa asiakaspalvelumme palvelee lyhennetyin aukioloajoin. Lue kesän uutiset.\n\nPeru tilaus",
            {},
        ),
        (
            "gone",
            "Tämä postilaatikko ei ole enää käytössä. Lähetä viestisi osoitteeseen info@saimaanpuu.example.",
            {},
        ),
        (
            "gone",
            "Pekka Niemi ei enää työskentele Saimaan Puulla. Hänen seuraajansa on Anna Salo (anna.salo@saimaanpuu.example).",
            {"alt": ["Anna Salo <anna.salo@saimaanpuu.example>"]},
        ),
        (
            "ooo",
            "Olen lomalla 10.4. asti. Sillä välin asiakastukemme vastaa yhden arkipäivän kuluessa.",
            {"sent": "2026-03-31", "returns": "2026-04-10"},
        ),
        ("human", "Hei Tom, palasin juuri lomalta. Sopiiko demo torstaina?", {}),
    ],
    "pl": [
        (
            "auto_ack",
            "Dziękujemy za kontakt! Twoja wiadomość trafiła do kolejki, a nasz konsultant odpowie w ciągu jednego dnia roboczego.",
            {},
        ),
        (
            "auto_ack",
            "To jest wspólna skrzynka działu zakupów firmy Bałtyk Stal. Wiadomości są czytane przez cały zespół i obsługiwane w kolejności wpływu.",
            {},
        ),
        (
            "newsletter",
            "Wesołych Świąt Wielkanocnych! W poniedziałek 6 kwietnia nasze biuro będzie nieczynne. Zobacz wiosenne nowości.\n\nRezygnuję z newslettera",
            {},
        ),
        (
            "gone",
            "Ten adres e-mail jest nieaktywny. Prosimy pisać na biuro@baltykstal.example.",
            {},
        ),
        (
            "gone",
            "Pan Tomasz Mazur nie pracuje już w firmie Bałtyk Stal. Jego następczynią jest Ewa Krawczyk (ewa.krawczyk@baltykstal.example).",
            {"alt": ["Ewa Krawczyk <ewa.krawczyk@baltykstal.example>"]},
        ),
        (
            "ooo",
            "Jestem na urlopie do 13 kwietnia. W tym czasie nasz dział wsparcia odpowie w ciągu jednego dnia roboczego.",
            {"sent": "2026-04-02", "returns": "2026-04-13"},
        ),
        (
            "human",
            "Cześć Tom, wróciłam wczoraj z urlopu. Możemy umówić demo na czwartek?",
            {},
        ),
    ],
    "ja": [
        (
            "auto_ack",
            "お問い合わせありがとうございます。内容を確認のうえ、3営業日以内に担当者よりご返信いたします。",
            {},
        ),
        (
            "auto_ack",
            "本メールは営業部の共有アドレスからの自動送信です。いただいたメールは順番に対応しております。",
            {},
        ),
        (
            "gone",
            "このメールアドレスは廃止されました。今後は info@hikari.example までお送りください。",
            {},
        ),
        (
            "gone",
            "田中は3月31日付で退職いたしました。後任の中村（nakamura@hikari.example）が担当いたします。",
            {"alt": []},
        ),
        (
            "ooo",
            "4月13日まで休暇をいただいております。ご用件はサポート窓口（support@hikari.example）までお願いいたします。1営業日以内に対応いたします。",
            {"sent": "2026-04-02", "returns": "2026-04-13"},
        ),
    ],
    "zh": [
        (
            "auto_ack",
            "感谢您的咨询！您的邮件已进入处理队列，我们的客服人员将在一个工作日内答复您。",
            {},
        ),
        ("auto_ack", "这是销售部的公共邮箱，邮件将由团队成员依次处理。", {}),
        ("gone", "该邮箱已停用，请将邮件发送至 info@jinhai.example。", {}),
        (
            "gone",
            "孙丽已于3月底离职，其客户现由周杰（zhou.jie@jinhai.example）负责。",
            {"alt": []},
        ),
        (
            "ooo",
            "我正在休年假，4月13日返回。期间如有问题，请联系客服团队，我们会在一个工作日内回复。",
            {"sent": "2026-04-02", "returns": "2026-04-13"},
        ),
    ],
    "ko": [
        (
            "auto_ack",
            "문의 주셔서 감사합니다. 메일이 정상 접수되었으며 담당자가 1영업일 이내에 답변드리겠습니다.",
            {},
        ),
        (
            "auto_ack",
            "영업팀 공용 메일함으로 보내주신 메일입니다. 순서대로 확인 후 연락드리겠습니다.",
            {},
        ),
        (
            "gone",
            "이 메일 주소는 더 이상 사용되지 않습니다. info@sejong.example로 문의해 주세요.",
            {},
        ),
        (
            "gone",
            "최유진 님은 퇴사하셨습니다. 후임 담당자는 정민호(minho.jung@sejong.example)입니다.",
            {"alt": []},
        ),
        (
            "ooo",
            "4월 13일까지 휴가 중입니다. 급한 문의는 고객지원팀(support@sejong.example)으로 보내주시면 1영업일 이내에 답변드립니다.",
            {"sent": "2026-04-02", "returns": "2026-04-13"},
        ),
    ],
    "tr": [
        (
            "auto_ack",
            "Bizimle iletişime geçtiğiniz için teşekkür ederiz. Mesajınız sıraya alınmıştır, temsilcimiz bir iş günü içinde size dönüş yapacaktır.",
            {},
        ),
        (
            "auto_ack",
            "Bu, satın alma departmanının ortak e-posta adresidir. Mesajlar ekip tarafından sırayla yanıtlanır.",
            {},
        ),
        (
            "gone",
            "Bu e-posta adresi artık aktif değildir. Lütfen info@marmara.example adresine yazınız.",
            {},
        ),
        (
            "gone",
            "Can Öztürk şirketimizden ayrılmıştır. Müşterileriyle artık Zeynep Arslan (zeynep.arslan@marmara.example) ilgilenmektedir.",
            {"alt": ["Zeynep Arslan <zeynep.arslan@marmara.example>"]},
        ),
        (
            "ooo",
            "13 Nisan'a kadar izindeyim. Bu süre içinde destek ekibimiz bir iş günü içinde yanıt verecektir.",
            {"sent": "2026-04-02", "returns": "2026-04-13"},
        ),
    ],
    "cs": [
        (
            "auto_ack",
            "Děkujeme, že jste nás kontaktovali. Vaše zpráva je ve frontě a náš specialista se vám ozve do jednoho pracovního dne.",
            {},
        ),
        (
            "auto_ack",
            "Toto je společná e-mailová schránka obchodního oddělení. Zprávy vyřizuje celý tým postupně.",
            {},
        ),
        (
            "gone",
            "Tato schránka již není aktivní. Pište prosím na info@vltava.example.",
            {},
        ),
        (
            "gone",
            "Paní Eva Králová již u nás nepracuje. Jejím nástupcem je Martin Beneš (martin.benes@vltava.example).",
            {"alt": ["Martin Beneš <martin.benes@vltava.example>"]},
        ),
        (
            "ooo",
            "Do 13. dubna čerpám dovolenou. Mezitím vám naše podpora odpoví do jednoho pracovního dne.",
            {"sent": "2026-04-02", "returns": "2026-04-13"},
        ),
    ],
    "ru": [
        (
            "auto_ack",
            "Спасибо, что написали нам! Ваше сообщение поставлено в очередь, специалист ответит в течение одного рабочего дня.",
            {},
        ),
        (
            "auto_ack",
            "Это общий почтовый ящик отдела продаж. Письма обрабатываются сотрудниками по очереди.",
            {},
        ),
        (
            "gone",
            "Данный почтовый ящик больше не активен. Пожалуйста, пишите на info@ural.example.",
            {},
        ),
        (
            "gone",
            "Сергей Орлов уволился из компании. Теперь его клиентов ведёт Мария Волкова (m.volkova@ural.example).",
            {"alt": ["Мария Волкова <m.volkova@ural.example>"]},
        ),
        (
            "ooo",
            "Я в отпуске до 13 апреля. В это время служба поддержки ответит вам в течение одного рабочего дня.",
            {"sent": "2026-04-02", "returns": "2026-04-13"},
        ),
    ],
    "ar": [
        (
            "auto_ack",
            "شكراً لتواصلك معنا. رسالتك الآن في قائمة الانتظار وسيرد عليك أحد مختصينا خلال يوم عمل واحد.",
            {},
        ),
        (
            "auto_ack",
            "هذا هو البريد المشترك لقسم المشتريات، ويتم الرد على الرسائل بالترتيب.",
            {},
        ),
        (
            "gone",
            "هذا البريد الإلكتروني غير مفعل. يرجى مراسلتنا على info@rimal.example",
            {},
        ),
        (
            "gone",
            "غادر السيد فهد الشمري الشركة، ويتولى عملاءه الآن السيد ماجد القحطاني (majed@rimal.example).",
            {"alt": []},
        ),
        (
            "ooo",
            "أنا في إجازة حتى 13 أبريل. خلال هذه الفترة سيرد عليك فريق الدعم خلال يوم عمل واحد.",
            {"sent": "2026-04-02", "returns": "2026-04-13"},
        ),
    ],
    "he": [
        (
            "auto_ack",
            "תודה שפנית אלינו! פנייתך נכנסה לתור ונציג יחזור אליך תוך יום עסקים אחד.",
            {},
        ),
        (
            "auto_ack",
            "זוהי תיבת הדואר המשותפת של מחלקת הרכש. ההודעות מטופלות על ידי הצוות לפי הסדר.",
            {},
        ),
        ("gone", "תיבת דואר זו אינה בשימוש עוד. נא לכתוב ל-info@carmel.example", {}),
        (
            "gone",
            "אבי מזרחי עזב את החברה. את לקוחותיו מלווה כעת שירה פרץ (shira@carmel.example).",
            {"alt": []},
        ),
        (
            "ooo",
            "אני בחופשה עד 13 באפריל. בינתיים צוות התמיכה יחזור אליך תוך יום עסקים אחד.",
            {"sent": "2026-04-02", "returns": "2026-04-13"},
        ),
    ],
    "el": [
        (
            "auto_ack",
            "Ευχαριστούμε που επικοινωνήσατε μαζί μας. Το μήνυμά σας μπήκε σε σειρά αναμονής και ένας σύμβουλος θα σας απαντήσει εντός μίας εργάσιμης ημέρας.",
            {},
        ),
        (
            "auto_ack",
            "Αυτή είναι η κοινή διεύθυνση του τμήματος πωλήσεων. Τα μηνύματα διαβάζονται από όλη την ομάδα.",
            {},
        ),
        (
            "gone",
            "Αυτό το γραμματοκιβώτιο δεν είναι πλέον ενεργό. Παρακαλούμε γράψτε στο info@olympos.example.",
            {},
        ),
        (
            "gone",
            "Ο κ. Γιώργος Νικολάου αποχώρησε από την εταιρεία. Τους πελάτες του αναλαμβάνει η Άννα Δημητρίου (anna@olympos.example).",
            {"alt": []},
        ),
        (
            "ooo",
            "Βρίσκομαι σε άδεια έως τις 13 Απριλίου. Στο μεταξύ η ομάδα υποστήριξης θα σας απαντήσει εντός μίας εργάσιμης.",
            {"sent": "2026-04-02", "returns": "2026-04-13"},
        ),
    ],
    "hu": [
        (
            "auto_ack",
            "Köszönjük megkeresését! Üzenete bekerült a rendszerünkbe, munkatársunk egy munkanapon belül válaszol.",
            {},
        ),
        (
            "auto_ack",
            "Ez a beszerzési osztály közös e-mail-címe. Az üzeneteket a csapat sorban dolgozza fel.",
            {},
        ),
        (
            "gone",
            "Ez a postafiók megszűnt. Kérjük, írjon az info@tisza.example címre.",
            {},
        ),
        (
            "gone",
            "Kovács Péter távozott a cégtől. Ügyfeleivel mostantól Farkas Anna (farkas.anna@tisza.example) foglalkozik.",
            {"alt": []},
        ),
        (
            "ooo",
            "Április 13-ig szabadságon vagyok. Ezalatt ügyfélszolgálatunk egy munkanapon belül válaszol.",
            {"sent": "2026-04-02", "returns": "2026-04-13"},
        ),
    ],
    "ro": [
        (
            "auto_ack",
            "Vă mulțumim că ne-ați scris! Mesajul dumneavoastră a intrat în coadă, iar un consultant vă răspunde în termen de o zi lucrătoare.",
            {},
        ),
        (
            "auto_ack",
            "Aceasta este adresa comună a departamentului de achiziții. Mesajele sunt preluate de echipă pe rând.",
            {},
        ),
        (
            "gone",
            "Această căsuță de e-mail nu mai este activă. Vă rugăm să scrieți la office@dunarea.example.",
            {},
        ),
        (
            "gone",
            "Dna. Elena Stan nu mai face parte din companie. Clienții săi sunt preluați de Radu Dumitru (radu.dumitru@dunarea.example).",
            {"alt": ["Radu Dumitru <radu.dumitru@dunarea.example>"]},
        ),
        (
            "ooo",
            "Sunt în concediu până pe 13 aprilie. Între timp, echipa de suport vă răspunde în termen de o zi lucrătoare.",
            {"sent": "2026-04-02", "returns": "2026-04-13"},
        ),
    ],
}
