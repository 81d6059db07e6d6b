# ruff: noqa: E501
"""Hand-written cores of dev_inbound6 (issue 12, item 6): people who write by hand that
they are away, auto-replies in the same languages, left-the-company notices (automatic
and written by a colleague), and people who mention dates, holidays or meetings without
being away.

Send dates: A Thu 5 Mar 2026, B Fri 17 Jul, C Fri 18 Dec, D Tue 12 May, E Mon 3 Aug,
F Wed 21 Oct. Return days as in ../../tests/analysis/dev_inbound2/README.md ("until X"
is back on X; ranges and inclusive ends are back the day after).
"""

from __future__ import annotations

AUTO = {"X-Autoreply": "yes"}
THREAD = {
    "In-Reply-To": "<p-1188@seller.example>",
    "References": "<p-1188@seller.example>",
}


def _c(kind, tag, at, subject, body, style, returns=None, **kw):
    core = {
        "kind": kind,
        "tag": tag,
        "at": at,
        "subject": subject,
        "body": body,
        "style": style,
    }
    if returns:
        core["returns"] = returns
    return {**core, **kw}


def away(
    at,
    body,
    returns=None,
    style="quote",
    subject="Re: Pricing proposal",
    tag="away_hand",
    **kw,
):
    """A person writes by hand that they are away (a human reply and an absence)."""
    return _c("away", tag, at, subject, body, style, returns, headers=THREAD, **kw)


def ooo(at, body, returns, auto=False, subject=None, tag=None, **kw):
    """An out-of-office auto-reply (with or without headers)."""
    subject = subject or (
        "Automatic reply: Pricing proposal" if auto else "Re: Pricing proposal"
    )
    return _c(
        "ooo",
        tag or ("ooo_auto" if auto else "ooo_plain"),
        at,
        subject,
        body,
        "plain",
        returns,
        auto=auto,
        **kw,
    )


def gone(at, body, auto=False, style="plain", tag=None, **kw):
    """Left the company: an automatic notice, or a colleague writing by hand."""
    subject = "Automatic reply: Pricing proposal" if auto else "Re: Pricing proposal"
    extra = {} if auto else {"headers": THREAD}
    return _c(
        "gone",
        tag or ("gone_auto" if auto else "gone_colleague"),
        at,
        subject,
        body,
        style,
        auto=auto,
        **extra,
        **kw,
    )


def human(at, body, style="quote", **kw):
    """A plain human reply mentioning dates, holidays or meetings, not away."""
    return _c(
        "human",
        "human_dates",
        at,
        "Re: Pricing proposal",
        body,
        style,
        headers=THREAD,
        **kw,
    )


CORES = {
    "en": [
        away(
            "A",
            "Hi Tom,\n\nThanks for the overview — I'm travelling until the 16th, can we pick this up after that?\n\nBest,\nInes",
            "2026-03-16",
        ),
        away(
            "D",
            "Sorry Tom, I'm on holiday till Monday 25th May with patchy signal. Will look at the pricing properly when I'm back.",
            "2026-05-25",
            style="phone",
        ),
        away(
            "F",
            "thanks for this. I'm off sick at the moment so it'll be a while before I can look. Ping me again in a couple of weeks?",
            style="phone",
        ),
        away(
            "E",
            "Tom - quick one from the airport. I'm out at a customer site all week, back in the office Monday 10 August. Could Raj join the call then?\n\nI.",
            "2026-08-10",
            style="plain",
        ),
        ooo(
            "A",
            "Thank you for your email. I am out of the office with limited access to email until Monday 16 March. I will respond upon my return. For urgent matters please contact office@lumen.example.",
            "2026-03-16",
            auto=True,
        ),
        ooo(
            "C",
            "I am currently out of the office from 21 December to 3 January inclusive and will reply to your message on my return.\n\nRegards,\nKaren Hollis",
            "2027-01-04",
        ),
        gone(
            "E",
            "Thank you for your email. Daniel Price is no longer with Lumen Systems. Your message will not be forwarded. Please contact sales@lumen.example.",
            auto=True,
        ),
        gone(
            "B",
            "Hello,\n\nMark Evans no longer works at Brightwell, he left us in June. Please send future correspondence about the pricing to me.\n\nRegards,\nAnna Kowal\nOffice Manager",
            style="quote",
        ),
        human(
            "F",
            "Hi Tom, thanks. We're back from the half-term break on 2 November and the board meets on the 5th — could you send the revised quote before then?\n\nRegards,\nPaul",
        ),
        human(
            "C",
            "Tom, happy holidays! Let's book the kickoff for the week of 11 January; I'll send an invite.\n\nSarah",
            style="phone",
        ),
        away(
            "B",
            "Thanks Tom, got it. I'm off on paternity leave from Monday until 17 August so Chloe will take this over — I've cc'd her. Can you send her the latest deck?",
            "2026-08-17",
            style="plain",
        ),
        away(
            "C",
            "Hi Tom, I'm away over Christmas and back on 4 January. Let's sort the contract then — does the 6th work for you?\n\nBest, Ines",
            "2027-01-04",
            style="html",
        ),
        ooo(
            "E",
            "Hello,\n\nThank you for your message. I am currently on annual leave with no access to email, returning on Monday 10 August. If your matter is urgent, please contact reception@lumen.example.\n\nKind regards,\nHelen Marsh",
            "2026-08-10",
            headers=THREAD,
        ),
        human(
            "A",
            "Tom — Monday's meeting got moved to the 12th because half the team is skiing. Still keen. Can you send the deck before?\n\nDan",
            style="plain",
        ),
    ],
    "de": [
        away(
            "A",
            "Hallo Herr Baker,\n\ndanke für die Unterlagen. Ich bin bis zum 13. März auf Dienstreise – können wir danach telefonieren?\n\nViele Grüße\nJana Vogt",
            "2026-03-13",
        ),
        away(
            "B",
            "Hi Tom, bin gerade im Urlaub, ab 3. August wieder da. Schick mir gern bis dahin die Details, dann schau ich's mir an. LG Felix",
            "2026-08-03",
            style="phone",
        ),
        away(
            "D",
            "Lieber Tom, ich bin momentan krankgeschrieben und kann mich erst in ein paar Tagen darum kümmern. Melde mich, sobald ich wieder fit bin. Grüße, Petra",
            style="plain",
        ),
        ooo(
            "E",
            "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 14. August nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. Ab dem 17. August bin ich wieder für Sie erreichbar. In dringenden Fällen wenden Sie sich bitte an info@kerner.example.",
            "2026-08-17",
            auto=True,
        ),
        ooo(
            "F",
            "Guten Tag,\n\nich befinde mich vom 19.10. bis 30.10.2026 im Urlaub. Ihre E-Mail wird nicht weitergeleitet.\n\nMit freundlichen Grüßen\nSabine Roth",
            "2026-10-31",
        ),
        gone(
            "C",
            "Frau Keller ist nicht mehr im Unternehmen tätig. Bitte wenden Sie sich an vertrieb@kerner.example. Diese Nachricht wurde automatisch erstellt.",
            auto=True,
        ),
        gone(
            "A",
            "Hallo Herr Baker,\n\nHerr Weiß hat unser Unternehmen zum 28. Februar verlassen. Bitte richten Sie Anfragen künftig an mich.\n\nFreundliche Grüße\nMonika Brandt\nEinkauf",
            style="quote",
        ),
        human(
            "D",
            "Hallo Tom, danke! Nach Pfingsten sind wir wieder vollzählig, am 27. Mai haben wir Budgetrunde. Kannst du mir bis dahin das Angebot schicken? Gruß, Jens",
        ),
        human(
            "F",
            "Moin Tom, der Termin am Donnerstag passt. Ich war letzte Woche im Urlaub, daher die späte Antwort. Bis dann, Kai",
            style="phone",
        ),
        away(
            "C",
            "Hi Tom, kurze Info vom Handy: bin ab Montag bis 8. Januar im Skiurlaub. Lass uns danach sprechen, ok? Grüße Nina",
            "2027-01-08",
            style="phone",
        ),
    ],
    "fr": [
        away(
            "C",
            "Bonjour Tom,\n\nMerci pour votre relance. Je suis en congés jusqu'au 4 janvier, on peut en reparler à mon retour ?\n\nBien à vous,\nClaire",
            "2027-01-04",
        ),
        away(
            "F",
            "Tom, je suis en déplacement chez un client toute la semaine, de retour lundi 26. Je regarde ça à ce moment-là. Julien",
            "2026-10-26",
            style="phone",
        ),
        ooo(
            "D",
            "Bonjour,\n\nJe suis absente du bureau jusqu'au 26 mai inclus avec un accès limité à ma messagerie. Je traiterai votre message dès mon retour.\n\nCordialement,\nNadia Lefort",
            "2026-05-27",
            auto=True,
        ),
        ooo(
            "A",
            "Je suis actuellement en congé et serai de retour le lundi 16 mars. Pour toute urgence, merci de contacter accueil@verdier.example.",
            "2026-03-16",
        ),
        gone(
            "B",
            "Ce collaborateur ne fait plus partie de la société Verdier. Votre message n'a pas été transmis. Merci d'écrire à contact@verdier.example.",
            auto=True,
        ),
        gone(
            "E",
            "Bonjour Monsieur Baker,\n\nJe vous informe que M. Garnier a quitté l'entreprise le mois dernier. Je reprends ses dossiers, vous pouvez désormais m'écrire directement.\n\nCordialement,\nÉlise Morel",
            style="quote",
        ),
        human(
            "B",
            "Bonjour Tom, merci. Nous fermons l'usine du 1er au 23 août, donc idéalement il faudrait signer avant fin juillet. Pouvez-vous m'envoyer le contrat ? Laure",
        ),
        human(
            "A",
            "Salut Tom, bien reçu, je reviens de vacances et je rattrape mes mails. Je te réponds en détail demain. Marc",
            style="phone",
        ),
    ],
    "es": [
        away(
            "B",
            "Hola Tom,\n\ngracias por la propuesta. Estoy de vacaciones hasta el 3 de agosto, ¿lo vemos a la vuelta?\n\nUn saludo,\nLucía",
            "2026-08-03",
        ),
        away(
            "D",
            "Tom, estoy de viaje hasta el jueves 14 y vuelvo a la oficina el lunes 18. Te escribo entonces con calma. Saludos, Andrés",
            "2026-05-18",
            style="phone",
        ),
        away(
            "F",
            "Hola Tom, ahora mismo estoy de baja por maternidad. Te paso con mi compañera Elena (elena@rioja.example), que lleva el tema. Gracias, Marta",
            style="plain",
        ),
        ooo(
            "E",
            "Gracias por su mensaje. Me encuentro fuera de la oficina hasta el 24 de agosto con acceso limitado al correo. Responderé a su mensaje a mi regreso.",
            "2026-08-24",
            auto=True,
        ),
        ooo(
            "C",
            "Estaré fuera de la oficina del 21 de diciembre al 6 de enero. Para asuntos urgentes, contacte con admin@rioja.example.\n\nAtentamente,\nJavier Ruiz",
            "2027-01-07",
        ),
        gone(
            "A",
            "Esta dirección de correo ya no está activa. La persona que busca ya no trabaja en Rioja Tech. Por favor, escriba a info@rioja.example.",
            auto=True,
        ),
        gone(
            "D",
            "Buenos días Tom,\n\nte comento que Sergio dejó la empresa hace dos semanas. A partir de ahora yo me encargo de las compras.\n\nSaludos,\nPilar Gómez",
            style="quote",
        ),
        human(
            "A",
            "Hola Tom, perfecto. El 19 de marzo es festivo aquí en Valencia, así que mejor el viernes 20 para la llamada. ¿Te va bien a las 10? Rosa",
        ),
        human(
            "E",
            "Tom, gracias. Acabo de volver de vacaciones, el lunes reviso el contrato con el equipo y te digo algo. Un abrazo, Pablo",
            style="phone",
        ),
        ooo(
            "E",
            "Hola,\n\nGracias por tu correo. Estoy de vacaciones y regreso el lunes 17 de agosto. Contestaré a mi regreso.\n\nSaludos",
            "2026-08-17",
        ),
    ],
    "pt": [
        away(
            "A",
            "Olá Tom,\n\nobrigado pelo envio. Estou de férias até dia 16 de março, podemos falar quando eu voltar?\n\nAbraço,\nRicardo",
            "2026-03-16",
        ),
        away(
            "E",
            "Oi Tom, estou viajando a trabalho esta semana, volto ao escritório na segunda, 10 de agosto. Te ligo então. Bia",
            "2026-08-10",
            style="phone",
        ),
        ooo(
            "F",
            "Obrigado pela sua mensagem. Estou fora do escritório até 2 de novembro, com acesso limitado ao e-mail. Responderei assim que retornar.",
            "2026-11-02",
            auto=True,
        ),
        ooo(
            "B",
            "Encontro-me ausente até 31 de julho. Em caso de urgência, contacte apoio@tejo.example.\n\nCumprimentos,\nInês Duarte",
            "2026-07-31",
        ),
        gone(
            "C",
            "O colaborador a quem escreveu já não faz parte da Tejo Digital. Esta caixa de correio não é monitorizada. Contacte geral@tejo.example.",
            auto=True,
        ),
        gone(
            "D",
            "Bom dia Tom,\n\ninformo que a Ana Lopes saiu da empresa no mês passado. Eu assumi a área de compras, pode enviar-me a proposta.\n\nCumprimentos,\nRui Matos",
            style="quote",
        ),
        human(
            "D",
            "Olá Tom, obrigado. Temos reunião de diretoria no dia 20 de maio; envie a proposta revista até lá, por favor? Carla",
        ),
        human(
            "C",
            "Tom, boas festas! Retomamos o projeto em janeiro, marque uma reunião para a semana de 11. Abraço, João",
            style="phone",
        ),
        away(
            "F",
            "Tom, bom dia! Estou de licença até dia 9 de novembro. Pode falar com o Paulo enquanto isso? Ele tem todo o contexto. Obrigada, Sofia",
            "2026-11-09",
            style="plain",
        ),
    ],
    "it": [
        away(
            "D",
            "Ciao Tom,\n\ngrazie per la proposta. Sono in ferie fino al 25 maggio, ne parliamo al mio rientro?\n\nA presto,\nGiulia",
            "2026-05-25",
        ),
        away(
            "F",
            "Tom sono in trasferta fino a venerdì, rientro lunedì 26. Ti chiamo io. Marco",
            "2026-10-26",
            style="phone",
        ),
        ooo(
            "B",
            "Grazie per il suo messaggio. Sarò fuori ufficio fino al 3 agosto con accesso limitato alla posta. Risponderò al mio rientro.",
            "2026-08-03",
            auto=True,
        ),
        ooo(
            "E",
            "Sono assente dall'ufficio dal 3 al 21 agosto compresi. Per urgenze scrivere a info@arno.example.\n\nCordiali saluti\nFederica Neri",
            "2026-08-22",
        ),
        gone(
            "A",
            "La persona che ha contattato non lavora più presso Arno Srl. Questo indirizzo non è più attivo. Scriva a commerciale@arno.example.",
            auto=True,
        ),
        gone(
            "C",
            "Buongiorno Tom,\n\nla informo che il dott. Ferri ha lasciato l'azienda a novembre. Da ora sono io il suo riferimento.\n\nCordiali saluti\nPaola Conti",
            style="quote",
        ),
        human(
            "A",
            "Ciao Tom, ok per la call. Il 19 marzo siamo chiusi per festa patronale, facciamo il 20? Luca",
        ),
        human(
            "B",
            "Buongiorno Tom, grazie. Ad agosto l'ufficio chiude per due settimane, quindi serve firmare entro il 31 luglio. Mi manda il contratto? Sara",
            style="phone",
        ),
    ],
    "nl": [
        away(
            "B",
            "Hoi Tom,\n\nDank je. Ik ben op vakantie tot 3 augustus, kunnen we het daarna oppakken?\n\nGroet,\nSanne",
            "2026-08-03",
        ),
        away(
            "F",
            "Tom, zit deze week bij een klant in Gent, maandag 26 oktober ben ik terug op kantoor. Bel je dan. Pieter",
            "2026-10-26",
            style="phone",
        ),
        ooo(
            "A",
            "Bedankt voor uw bericht. Ik ben afwezig tot en met 13 maart en heb beperkt toegang tot mijn e-mail. Vanaf maandag 16 maart ben ik weer bereikbaar.",
            "2026-03-16",
            auto=True,
        ),
        ooo(
            "C",
            "Ik ben met vakantie van 21 december tot en met 1 januari. Uw e-mail wordt niet doorgestuurd. Voor dringende zaken: info@delta.example.\n\nMet vriendelijke groet,\nEls de Vries",
            "2027-01-02",
        ),
        ooo(
            "D",
            "Beste afzender,\n\nIk ben momenteel niet op kantoor. Op maandag 18 mei ben ik weer aanwezig en zal ik uw bericht beantwoorden.",
            "2026-05-18",
        ),
        gone(
            "E",
            "Dit e-mailadres is niet meer in gebruik. De medewerker is niet langer werkzaam bij Delta BV. Stuur uw bericht naar info@delta.example.",
            auto=True,
        ),
        gone(
            "D",
            "Beste Tom,\n\nJeroen werkt sinds 1 mei niet meer bij ons. Ik heb zijn klanten overgenomen, je kunt mij voortaan mailen.\n\nGroeten,\nFleur",
            style="quote",
        ),
        human(
            "C",
            "Hoi Tom, fijne feestdagen! We starten in week 2 met het project, ik stuur een uitnodiging voor 12 januari. Groet, Bas",
        ),
    ],
    "sv": [
        away(
            "E",
            "Hej Tom,\n\ntack för offerten. Jag är på semester till 17 augusti, kan vi ta det efter det?\n\nMvh\nEmma",
            "2026-08-17",
        ),
        away(
            "A",
            "Tom, är på resa hela veckan, tillbaka på kontoret måndag 9 mars. Ringer dig då. /Johan",
            "2026-03-09",
            style="phone",
        ),
        ooo(
            "D",
            "Tack för ditt mejl. Jag är inte på kontoret och har begränsad tillgång till e-post. Jag är tillbaka måndag 25 maj.",
            "2026-05-25",
            auto=True,
        ),
        ooo(
            "C",
            "Jag är på semester 21 december – 6 januari och läser inte min e-post. Vid brådskande ärenden kontakta info@norrsken.example.\n\nHälsningar\nKarin Ek",
            "2027-01-07",
        ),
        gone(
            "F",
            "Hej Tom,\n\nLars har slutat hos oss sedan september. Jag har tagit över hans kunder, skicka gärna till mig i fortsättningen.\n\nMvh\nSofia Lund",
            style="quote",
        ),
        human(
            "B",
            "Hej Tom! Jag är tillbaka från semestern nu. Vi kör mötet på torsdag 23 juli kl 10 som föreslaget. /Anders",
        ),
    ],
    "da": [
        away(
            "B",
            "Hej Tom,\n\ntak for tilbuddet. Jeg er på ferie indtil 10. august, kan vi tage det derefter?\n\nVenlig hilsen\nMette",
            "2026-08-10",
        ),
        away(
            "D",
            "Tom, jeg er ude hos en kunde resten af ugen, tilbage mandag d. 18. maj. Ringer dig der. Rasmus",
            "2026-05-18",
            style="phone",
        ),
        ooo(
            "F",
            "Tak for din mail. Jeg er fraværende fra kontoret indtil 2. november og har begrænset adgang til mail. Jeg svarer, når jeg er tilbage.",
            "2026-11-02",
            auto=True,
        ),
        gone(
            "A",
            "Denne e-mailadresse er ikke længere aktiv. Medarbejderen er fratrådt. Kontakt venligst salg@fjord.example.",
            auto=True,
        ),
        gone(
            "E",
            "Hej Tom,\n\nHenrik er stoppet hos os pr. 31. juli. Jeg har overtaget hans opgaver, så skriv endelig til mig.\n\nHilsen\nLine",
            style="quote",
        ),
        human(
            "C",
            "Hej Tom, god jul! Vi holder lukket mellem jul og nytår, men jeg er klar til et møde den 6. januar. Passer det? Søren",
        ),
    ],
    "no": [
        away(
            "F",
            "Hei Tom,\n\ntakk for tilbudet. Jeg er på ferie til 2. november, kan vi ta det etter det?\n\nHilsen\nIngrid",
            "2026-11-02",
        ),
        away(
            "A",
            "Tom, er på reise hele uka, tilbake på kontoret mandag 9. mars. Ringer deg da. Ola",
            "2026-03-09",
            style="phone",
        ),
        ooo(
            "C",
            "Takk for e-posten. Jeg er på juleferie og tilbake på kontoret mandag 4. januar. Jeg har begrenset tilgang til e-post.",
            "2027-01-04",
            auto=True,
        ),
        ooo(
            "E",
            "Jeg er fraværende til og med 14. august og leser ikke e-post. Ved hastesaker, kontakt post@vik.example.\n\nMvh\nKari Nilsen",
            "2026-08-15",
        ),
        ooo(
            "D",
            "Hei,\n\nJeg er ikke på kontoret for øyeblikket. Jeg er tilbake tirsdag 19. mai og svarer deg da.",
            "2026-05-19",
        ),
        gone(
            "B",
            "Hei Tom,\n\nKnut har sluttet i firmaet. Jeg har overtatt kundene hans, så send gjerne til meg.\n\nHilsen\nHilde",
            style="quote",
        ),
        human(
            "E",
            "Hei Tom, jeg er nettopp tilbake fra ferie. Vi har styremøte 20. august, send gjerne det reviderte tilbudet før det. Mvh Erik",
        ),
    ],
    "fi": [
        away(
            "D",
            "Hei Tom,\n\nkiitos tarjouksesta. Olen lomalla 25.5. asti, voisimmeko jatkaa siitä sen jälkeen?\n\nTerveisin\nAino",
            "2026-05-25",
        ),
        away(
            "E",
            "Tom, olen työmatkalla koko viikon, palaan toimistolle maanantaina 10.8. Soitan sinulle silloin. Mikko",
            "2026-08-10",
            style="phone",
        ),
        ooo(
            "A",
            "Kiitos viestistäsi. Olen poissa toimistolta 13.3. asti ja luen sähköpostia rajoitetusti. Vastaan viestiisi palattuani.",
            "2026-03-13",
            auto=True,
        ),
        ooo(
            "B",
            "Olen kesälomalla 7.8. asti enkä lue sähköpostia. Kiireellisissä asioissa ota yhteyttä info@saimaa.example.\n\nYstävällisin terveisin\nLiisa Virtanen",
            "2026-08-07",
        ),
        ooo(
            "C",
            "Olen joululomalla ja palaan töihin maanantaina 4.1.2027. Viestejä ei välitetä eteenpäin.",
            "2027-01-04",
        ),
        gone(
            "F",
            "Tämä sähköpostiosoite ei ole enää käytössä. Henkilö ei enää työskentele Saimaa Oy:ssä. Ota yhteyttä myynti@saimaa.example.",
            auto=True,
        ),
        human(
            "A",
            "Hei Tom, kiitos. Palasin juuri lomalta. Hallituksen kokous on 19.3., lähetätkö päivitetyn tarjouksen ennen sitä? Pekka",
        ),
    ],
    "pl": [
        away(
            "A",
            "Dzień dobry Panie Tomie,\n\ndziękuję za ofertę. Jestem na urlopie do 16 marca, czy możemy wrócić do tematu po moim powrocie?\n\nPozdrawiam\nAgnieszka",
            "2026-03-16",
        ),
        away(
            "F",
            "Tom, jestem w delegacji do piątku, wracam do biura w poniedziałek 26 października. Zadzwonię wtedy. Piotr",
            "2026-10-26",
            style="phone",
        ),
        away(
            "C",
            "Cześć Tom, jestem teraz na zwolnieniu lekarskim, odezwę się jak wrócę. Na pilne sprawy pisz do Kasi. Marta",
            style="plain",
        ),
        ooo(
            "E",
            "Dziękuję za wiadomość. Jestem poza biurem do 24 sierpnia z ograniczonym dostępem do poczty. Odpowiem po powrocie.",
            "2026-08-24",
            auto=True,
        ),
        ooo(
            "B",
            "Przebywam na urlopie do 3 sierpnia. W pilnych sprawach proszę o kontakt z biuro@wisla.example.\n\nZ poważaniem\nKrzysztof Nowak",
            "2026-08-03",
        ),
        gone(
            "D",
            "Ten adres e-mail jest już nieaktywny. Pracownik nie pracuje już w firmie Wisła. Prosimy o kontakt: biuro@wisla.example.",
            auto=True,
        ),
        gone(
            "F",
            "Dzień dobry,\n\ninformuję, że Pan Kowalski nie pracuje już w naszej firmie. Jego obowiązki przejęłam ja, proszę kierować korespondencję do mnie.\n\nZ poważaniem\nEwa Zielińska",
            style="quote",
        ),
        human(
            "C",
            "Dzień dobry, dziękuję. Firma ma przerwę świąteczną, ale 4 stycznia wracamy i chętnie umówię spotkanie na 7 stycznia. Pasuje? Tomasz",
        ),
    ],
    "ja": [
        away(
            "F",
            "Tom様\n\nご連絡ありがとうございます。10月26日まで出張中のため、戻りましたら改めてご連絡いたします。来週お電話でもよろしいでしょうか。\n\n佐藤",
            "2026-10-26",
        ),
        away(
            "C",
            "Tomさん、ありがとうございます。年末年始休暇で1月5日から出社します。それ以降に打ち合わせできますか？ 山田",
            "2027-01-05",
            style="phone",
        ),
        ooo(
            "D",
            "メールありがとうございます。誠に勝手ながら、5月18日まで不在にしております。戻り次第、順次対応いたします。",
            "2026-05-18",
            auto=True,
        ),
        ooo(
            "E",
            "ただいま夏季休暇中のため、8月17日（月）より順次対応いたします。ご了承ください。",
            "2026-08-17",
        ),
        gone(
            "A",
            "このメールアドレスは現在使用されておりません。担当者は退職いたしました。今後はinfo@sakura.exampleまでご連絡ください。",
            auto=True,
        ),
        gone(
            "B",
            "Tom様\n\nお世話になっております。鈴木は6月末をもって退職いたしました。今後は私が担当いたしますので、よろしくお願いいたします。\n\n高橋",
            style="quote",
        ),
        human(
            "A",
            "Tomさん\n\n資料ありがとうございます。3月20日は祝日なので、19日の午後に打ち合わせはいかがでしょうか。\n\n中村",
        ),
    ],
    "zh": [
        away(
            "B",
            "Tom你好，谢谢你的方案。我在休假，8月3日回来，回来后我们再约时间聊？\n\n王芳",
            "2026-08-03",
        ),
        away(
            "E",
            "Tom，我这周在深圳出差，下周一（8月10日）回办公室，到时候给你打电话。李明",
            "2026-08-10",
            style="phone",
        ),
        ooo(
            "A",
            "感谢您的来信。本人休假至3月16日，期间邮件回复可能延迟，返回后将尽快回复您。",
            "2026-03-16",
            auto=True,
        ),
        ooo(
            "C",
            "您好，我目前不在办公室，将于2027年1月4日返回。如有急事请联系 admin@changjiang.example。",
            "2027-01-04",
        ),
        ooo(
            "F", "我正在休年假，10月26日返回工作岗位，届时回复您的邮件。", "2026-10-26"
        ),
        gone(
            "D",
            "该邮箱已停止使用。此员工已离职，请联系 sales@changjiang.example。",
            auto=True,
        ),
        human(
            "F",
            "Tom你好，收到。我们11月2日开董事会，能否在那之前把报价发给我？谢谢！陈刚",
        ),
    ],
    "ko": [
        away(
            "A",
            "Tom님 안녕하세요,\n\n자료 감사합니다. 제가 3월 13일까지 출장 중이라 다녀와서 검토하고 연락드려도 될까요?\n\n김민수 드림",
            "2026-03-13",
        ),
        away(
            "D",
            "Tom님, 지금 휴가 중이라 5월 18일에 복귀합니다. 그때 통화 가능하실까요? 이지은",
            "2026-05-18",
            style="phone",
        ),
        ooo(
            "E",
            "메일 감사합니다. 8월 14일까지 휴가로 부재중입니다. 복귀 후 확인하여 회신드리겠습니다.",
            "2026-08-14",
            auto=True,
        ),
        ooo(
            "C",
            "안녕하세요. 현재 부재중이며 2027년 1월 4일에 복귀 예정입니다. 급한 용무는 info@hangang.example로 연락 바랍니다.",
            "2027-01-04",
        ),
        gone(
            "B",
            "이 메일 주소는 더 이상 사용되지 않습니다. 해당 직원은 퇴사하였습니다. sales@hangang.example로 문의해 주십시오.",
            auto=True,
        ),
        gone(
            "F",
            "Tom님 안녕하세요,\n\n박과장님은 지난달 퇴사하셨습니다. 앞으로는 제가 담당하오니 저에게 연락 주시면 됩니다.\n\n최수진 드림",
            style="quote",
        ),
        human(
            "D",
            "Tom님, 감사합니다. 5월 25일이 공휴일이라 26일에 미팅하면 어떨까요? 정현우",
        ),
    ],
    "tr": [
        away(
            "E",
            "Merhaba Tom Bey,\n\nteklif için teşekkürler. 17 Ağustos'a kadar izindeyim, döndüğümde konuşalım mı?\n\nSaygılarımla\nElif",
            "2026-08-17",
        ),
        away(
            "A",
            "Tom, bu hafta İzmir'de müşterideyim, 9 Mart pazartesi ofise dönüyorum. O zaman ararım. Emre",
            "2026-03-09",
            style="phone",
        ),
        ooo(
            "F",
            "Mesajınız için teşekkürler. 2 Kasım tarihine kadar ofis dışındayım ve e-postalarıma sınırlı erişimim var. Döndüğümde yanıt vereceğim.",
            "2026-11-02",
            auto=True,
        ),
        ooo(
            "C",
            "Yıllık izindeyim, 4 Ocak 2027'de ofiste olacağım. Acil durumlar için info@bosfor.example adresine yazabilirsiniz.",
            "2027-01-04",
        ),
        gone(
            "D",
            "Merhaba Tom Bey,\n\nAhmet Bey geçen ay şirketimizden ayrıldı. Bundan sonra satın alma konularında benimle iletişime geçebilirsiniz.\n\nSaygılarımla\nZeynep Kaya",
            style="quote",
        ),
        human(
            "B",
            "Tom merhaba, teşekkürler. Bayram tatilinden yeni döndüm; sözleşmeyi 24 Temmuz'a kadar imzalayabiliriz. Taslağı gönderir misin? Can",
        ),
    ],
    "cs": [
        away(
            "D",
            "Dobrý den, pane Bakere,\n\nděkuji za nabídku. Jsem na dovolené do 25. května, můžeme to probrat po mém návratu?\n\nS pozdravem\nJana Horáková",
            "2026-05-25",
        ),
        away(
            "F",
            "Tome, jsem celý týden na služební cestě, v pondělí 26. října jsem zpět v kanceláři. Zavolám. Petr",
            "2026-10-26",
            style="phone",
        ),
        ooo(
            "B",
            "Děkuji za Váš e-mail. Do 3. srpna jsem mimo kancelář s omezeným přístupem k poště. Odpovím po návratu.",
            "2026-08-03",
            auto=True,
        ),
        ooo(
            "A",
            "Jsem na dovolené a vrátím se v pondělí 16. března. V naléhavých případech kontaktujte info@vltava.example.",
            "2026-03-16",
        ),
        gone(
            "E",
            "Tato e-mailová adresa již není aktivní. Pracovník již ve společnosti Vltava nepracuje. Kontaktujte prosím obchod@vltava.example.",
            auto=True,
        ),
        human(
            "C",
            "Dobrý den, díky. Mezi svátky máme zavřeno, ale 5. ledna můžeme udělat schůzku. Hodí se vám to? Martin",
        ),
    ],
    "ru": [
        away(
            "C",
            "Здравствуйте, Том!\n\nСпасибо за предложение. Я в отпуске до 11 января, давайте вернёмся к этому после праздников?\n\nС уважением,\nОльга",
            "2027-01-11",
        ),
        away(
            "B",
            "Том, я в командировке до пятницы, в офисе буду в понедельник 20 июля. Созвонимся? Дмитрий",
            "2026-07-20",
            style="phone",
        ),
        ooo(
            "A",
            "Спасибо за ваше письмо. Я нахожусь вне офиса до 16 марта с ограниченным доступом к почте. Отвечу по возвращении.",
            "2026-03-16",
            auto=True,
        ),
        ooo(
            "E",
            "Я в отпуске с 3 по 14 августа. По срочным вопросам обращайтесь по адресу info@neva.example.\n\nС уважением,\nИрина Смирнова",
            "2026-08-15",
        ),
        gone(
            "F",
            "Добрый день, Том!\n\nСергей уволился из компании в сентябре. Теперь я занимаюсь закупками, пишите мне.\n\nС уважением,\nАнна",
            style="quote",
        ),
        human(
            "D",
            "Том, спасибо. После майских праздников собираем совет 20 мая, пришлите, пожалуйста, обновлённое предложение до этого. Алексей",
        ),
    ],
    "ar": [
        away(
            "F",
            "مرحباً توم،\n\nشكراً على العرض. أنا مسافر حتى 26 أكتوبر، هل يمكننا متابعة الموضوع بعد عودتي؟\n\nمع التحية،\nخالد",
            "2026-10-26",
        ),
        away(
            "D",
            "أهلاً توم، أنا في إجازة حالياً وسأعود يوم 18 مايو. سأتصل بك حينها إن شاء الله. سارة",
            "2026-05-18",
            style="phone",
        ),
        ooo(
            "B",
            "شكراً لرسالتك. أنا خارج المكتب حتى 3 أغسطس مع إمكانية محدودة للوصول إلى البريد الإلكتروني. سأرد عند عودتي.",
            "2026-08-03",
            auto=True,
        ),
        ooo(
            "C",
            "أنا حالياً في إجازة وسأعود إلى العمل في 4 يناير 2027. للأمور العاجلة يرجى التواصل مع info@nile.example.",
            "2027-01-04",
        ),
        gone(
            "A",
            "لم يعد هذا البريد الإلكتروني مستخدماً. الموظف لم يعد يعمل في الشركة. يرجى التواصل مع sales@nile.example.",
            auto=True,
        ),
        gone(
            "E",
            "مرحباً توم،\n\nأود إبلاغك بأن أحمد قد ترك الشركة الشهر الماضي. أنا المسؤول الآن عن المشتريات، يمكنك مراسلتي مباشرة.\n\nمع التحية،\nمنى",
            style="quote",
        ),
        human(
            "C",
            "مرحباً توم، شكراً لك. عطلة رأس السنة تبدأ عندنا في 31 ديسمبر، هل يمكننا الاجتماع يوم 22 ديسمبر؟ يوسف",
        ),
    ],
    "he": [
        away(
            "A",
            "היי טום,\n\nתודה על ההצעה. אני בחופשה עד 16 במרץ, אפשר לחזור לזה אחרי שאחזור?\n\nתודה,\nנועה",
            "2026-03-16",
        ),
        away(
            "E",
            "טום, אני בנסיעת עבודה השבוע, חוזר למשרד ביום שני 10 באוגוסט. אתקשר אליך אז. אבי",
            "2026-08-10",
            style="phone",
        ),
        ooo(
            "D",
            "תודה על פנייתך. אני מחוץ למשרד עד 18 במאי עם גישה מוגבלת לדואר. אשיב עם חזרתי.",
            "2026-05-18",
            auto=True,
        ),
        ooo(
            "F",
            "אני נמצאת בחופשה וחוזרת ב-2 בנובמבר. בנושאים דחופים ניתן לפנות ל-office@yarden.example.",
            "2026-11-02",
        ),
        gone(
            "C",
            "כתובת דואר זו אינה פעילה עוד. העובד אינו עובד עוד בחברה. נא לפנות ל-sales@yarden.example.",
            auto=True,
        ),
        gone(
            "B",
            "שלום טום,\n\nרק לעדכן שדני עזב את החברה בסוף יוני. אני מחליפה אותו, אפשר לכתוב אליי.\n\nבברכה,\nמיכל",
            style="quote",
        ),
        human(
            "F",
            "היי טום, תודה. חזרתי מהחגים, בוא נקבע פגישה ליום חמישי 29 באוקטובר. מתאים לך? רון",
        ),
    ],
    "el": [
        away(
            "B",
            "Γεια σου Tom,\n\nευχαριστώ για την πρόταση. Είμαι σε άδεια μέχρι τις 3 Αυγούστου, μπορούμε να το δούμε μετά;\n\nΦιλικά,\nΜαρία",
            "2026-08-03",
        ),
        ooo(
            "E",
            "Ευχαριστώ για το μήνυμά σας. Βρίσκομαι εκτός γραφείου έως τις 24 Αυγούστου με περιορισμένη πρόσβαση στο email. Θα απαντήσω με την επιστροφή μου.",
            "2026-08-24",
            auto=True,
        ),
        ooo(
            "C",
            "Είμαι σε άδεια και θα επιστρέψω στις 7 Ιανουαρίου 2027. Για επείγοντα θέματα επικοινωνήστε με το info@aigaio.example.",
            "2027-01-07",
        ),
        gone(
            "A",
            "Καλημέρα Tom,\n\nο Νίκος αποχώρησε από την εταιρεία τον Φεβρουάριο. Πλέον είμαι εγώ υπεύθυνη για τις αγορές.\n\nΦιλικά,\nΕλένη",
            style="quote",
        ),
        human(
            "D",
            "Tom γεια, ευχαριστώ. Μετά το Πάσχα έχουμε συμβούλιο στις 20 Μαΐου, μπορείς να στείλεις την προσφορά πριν; Γιώργος",
        ),
    ],
    "hu": [
        away(
            "F",
            "Kedves Tom!\n\nKöszönöm az ajánlatot. Október 26-ig szabadságon vagyok, utána visszatérhetünk rá?\n\nÜdv,\nAnna",
            "2026-10-26",
        ),
        ooo(
            "A",
            "Köszönöm levelét. Március 16-ig irodán kívül vagyok, e-mailjeimet korlátozottan olvasom. Visszatérésem után válaszolok.",
            "2026-03-16",
            auto=True,
        ),
        ooo(
            "D",
            "Szabadságon vagyok, május 18-án térek vissza. Sürgős ügyben írjon az info@duna.example címre.",
            "2026-05-18",
        ),
        gone(
            "B",
            "Ez az e-mail cím már nem használatos. A munkatárs már nem dolgozik a cégnél. Kérjük, írjon az info@duna.example címre.",
            auto=True,
        ),
        human(
            "E",
            "Szia Tom, köszi. Most jöttem vissza a szabadságról, augusztus 20. ünnep, így 21-én tudunk beszélni. Jó így? Péter",
        ),
    ],
    "ro": [
        away(
            "C",
            "Bună Tom,\n\nmulțumesc pentru ofertă. Sunt în concediu până pe 11 ianuarie, putem relua discuția după aceea?\n\nCu stimă,\nAndreea",
            "2027-01-11",
        ),
        ooo(
            "F",
            "Vă mulțumesc pentru mesaj. Sunt în afara biroului până pe 2 noiembrie, cu acces limitat la e-mail. Voi răspunde la întoarcere.",
            "2026-11-02",
            auto=True,
        ),
        ooo(
            "E",
            "Sunt în concediu până pe 17 august. Pentru urgențe vă rog contactați office@carpati.example.",
            "2026-08-17",
        ),
        gone(
            "D",
            "Bună ziua Tom,\n\nvă anunț că domnul Popescu a plecat din firmă luna trecută. Eu am preluat achizițiile, îmi puteți scrie direct.\n\nCu stimă,\nIoana",
            style="quote",
        ),
        human(
            "B",
            "Salut Tom, mersi. În august firma e închisă două săptămâni, așa că am vrea să semnăm până la 31 iulie. Îmi trimiți contractul? Radu",
        ),
    ],
}
