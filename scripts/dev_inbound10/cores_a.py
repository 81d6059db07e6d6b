# ruff: noqa: E501
"""dev_inbound10, Latin-script languages: automated leaver and retired-mailbox
notices with and without auto-reply headers, beside out-of-office replies that name a
colleague or a temporary address, open-ended leave, and people away by hand. Written
before any change it drives; scored at first sight."""

from __future__ import annotations

from scripts.dev_inbound10.kinds import away, gone, human, ooo

CORES = {
    "en": [
        gone(
            "A",
            "This is an automated message. Karen Whitfield has left Northbay Logistics and this mailbox is no longer monitored. For purchasing enquiries please write to procurement@northbay.example.",
        ),
        gone(
            "B",
            "Thank you for your email. Please note that Dev Patel is no longer employed by Harcourt Foods. Your message has not been forwarded. Contact sales@harcourt.example for assistance.",
            h="exchange",
        ),
        gone(
            "C",
            "Mailbox inactive. The person you are trying to reach no longer works for this organisation. Please remove this address from your mailing lists.",
            h="vendor",
            subject="Undeliverable contact: Pricing",
        ),
        gone(
            "D",
            "Hello,\n\nSimon Grey left the company on 30 April. Emails to this address are deleted automatically. For anything relating to IT supply please contact Ruth Adler, ruth.adler@kelmore.example.",
            h="bare",
        ),
        gone(
            "E",
            "Hi Tom - Liam moved on from Castlegate at the end of June, so I'm picking up his open threads. Happy to look at the pricing with fresh eyes.\n\nPriya",
            h="thread",
            style="quote",
        ),
        ooo(
            "F",
            "Thank you for your message. I am out of the office until Monday 26 October. For urgent matters please contact my colleague Hannah Moss at hannah.moss@redfern.example, who is covering my accounts.",
            "2026-10-26",
        ),
        ooo(
            "D",
            "I'm on parental leave from 1 May and will be back in the office on 7 September. During this time my inbox is not monitored; please write to team-sales@ashby.example instead.",
            "2026-09-07",
            h="exchange",
            tag="ooo_leave",
        ),
        ooo(
            "C",
            "I am currently on sabbatical and will not be reading email. My return date is not yet fixed. In my absence Owen Brandt (owen.brandt@lyle.example) is your contact.",
            h="vendor",
            tag="ooo_leave",
        ),
        ooo(
            "B",
            "Hello, we are moving mail systems this week. I'm away on holiday until 27 July and, while I'm out, replies may come from my temporary address j.ross@mail2.tarrow.example. Normal service resumes when I'm back.",
            "2026-07-27",
            h="none",
            tag="ooo_mailbox",
        ),
        away(
            "E",
            "Tom - just landed in Lisbon, I'm off this week and back on the 10th. Can you send the revised figures to Marco meanwhile?\n\nSent from my iPhone",
            "2026-08-10",
            h="iphone",
        ),
        human(
            "A",
            "Hi Tom, thanks for the deck. Our previous buyer Sam left last year, so I'm new to this account - can you give me the history?",
        ),
    ],
    "de": [
        gone(
            "A",
            "Dies ist eine automatische Benachrichtigung. Herr Jonas Kellner ist nicht mehr für die Brenner Maschinenbau GmbH tätig. Ihre E-Mail wurde nicht weitergeleitet. Bitte wenden Sie sich an einkauf@brenner.example.",
            subject="Automatische Antwort: Pricing",
        ),
        gone(
            "B",
            "Guten Tag,\n\ndieses Postfach wird nicht mehr genutzt, da Frau Lea Vogt das Unternehmen verlassen hat. Ihre Anfrage richten Sie bitte an vertrieb@halm.example.",
            h="exchange",
            subject="Automatische Antwort: Pricing",
        ),
        gone(
            "D",
            "Die Empfängerin ist aus unserem Unternehmen ausgeschieden. Nachrichten an diese Adresse werden nicht gelesen und nach 30 Tagen gelöscht.",
            h="vendor",
        ),
        gone(
            "F",
            "Hallo Herr Baker,\n\nHerr Dietrich ist seit dem 1. Oktober nicht mehr bei uns. Ich habe seine Projekte übernommen, bitte schreiben Sie künftig direkt an mich.\n\nViele Grüße\nSabine Ott",
            h="outlook",
            style="quote",
        ),
        ooo(
            "E",
            "Vielen Dank für Ihre Nachricht. Ich befinde mich bis einschließlich 14. August im Urlaub. In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Felix Brandt (felix.brandt@seidl.example).",
            "2026-08-15",
            subject="Automatische Antwort: Pricing",
        ),
        ooo(
            "D",
            "Ich bin in Elternzeit und voraussichtlich ab 1. Oktober wieder im Büro. Bis dahin übernimmt Frau Nadine Roth meine Kunden: nadine.roth@kessler.example.",
            "2026-10-01",
            h="exchange",
            tag="ooo_leave",
        ),
        ooo(
            "C",
            "Bitte beachten Sie: Wegen einer Umstellung lautet meine E-Mail-Adresse vorübergehend m.weber@neu.weber-bau.example. Ich bin vom 21.12. bis 4.1. nicht im Haus und ab 5. Januar wieder erreichbar.",
            "2027-01-05",
            h="none",
            tag="ooo_mailbox",
            subject="Abwesenheitsnotiz: Pricing",
        ),
        away(
            "B",
            "Hi Tom, bin gerade mit der Familie an der Ostsee und erst am 27. Juli zurück. Passt es dir, wenn wir dann telefonieren?",
            "2026-07-27",
            h="iphone",
            style="phone",
        ),
        human(
            "F",
            "Hallo Tom, danke für das Angebot. Unser Einkaufsleiter ist letzte Woche in Rente gegangen, die Freigabe macht jetzt Herr Lenz. Ich leite es ihm weiter.",
        ),
    ],
    "fr": [
        gone(
            "A",
            "Message automatique : Mme Claire Dubois ne fait plus partie de la société Vernet Industries. Cette adresse n'est plus consultée. Merci d'adresser vos demandes à achats@vernet.example.",
            subject="Réponse automatique : Pricing",
        ),
        gone(
            "E",
            "Bonjour,\n\nCette boîte aux lettres a été désactivée suite au départ de son titulaire. Pour toute question commerciale, écrivez à contact@lumiere.example.",
            h="exchange",
            subject="Réponse automatique : Pricing",
        ),
        gone(
            "C",
            "Julien Marchand a quitté l'entreprise. Votre message ne sera pas transmis.",
            h="bare",
        ),
        gone(
            "F",
            "Bonjour Tom,\n\nPaul nous a quittés fin septembre pour rejoindre un autre groupe. C'est moi qui reprends le dossier achats, n'hésitez pas à m'écrire directement.\n\nÉmilie",
            h="thread",
            style="quote",
        ),
        ooo(
            "D",
            "Bonjour, je suis absente du bureau jusqu'au lundi 18 mai. Pendant mon absence, vous pouvez joindre ma collègue Inès Roy à ines.roy@cassel.example.",
            "2026-05-18",
            subject="Réponse automatique : Pricing",
        ),
        ooo(
            "B",
            "Je suis en congé maternité jusqu'à nouvel ordre. Mes dossiers sont suivis par Marc Leroy (marc.leroy@daviot.example).",
            h="vendor",
            tag="ooo_leave",
            subject="Absence : Pricing",
        ),
        away(
            "C",
            "Tom, je suis au ski jusqu'au 3 janvier, on en reparle à mon retour ?",
            "2027-01-03",
            h="iphone",
            style="phone",
        ),
        human(
            "E",
            "Bonjour Tom, merci. Notre ancienne acheteuse a quitté le groupe au printemps, je vais transmettre votre offre à son successeur dès qu'il arrive.",
        ),
    ],
    "es": [
        gone(
            "B",
            "Respuesta automática: Lucía Ferrer ya no forma parte de Grupo Almenara. Este buzón ha dejado de utilizarse. Para cualquier consulta escriba a compras@almenara.example.",
            subject="Respuesta automática: Pricing",
        ),
        gone(
            "D",
            "Estimado/a remitente:\n\nLe informamos de que el Sr. Óscar Beltrán ha causado baja en la empresa. Su correo no será leído. Por favor, contacte con atencion@ribera.example.",
            h="exchange",
            subject="Respuesta automática: Pricing",
        ),
        gone(
            "A",
            "Esta dirección de correo ha sido dada de baja. La persona que busca ya no trabaja con nosotros.",
            h="vendor",
        ),
        gone(
            "C",
            "Este buzón ya no está operativo. Andrés Molina dejó la compañía en noviembre; sus clientes los atiende ahora Rocío Pardo (rocio.pardo@tajo.example).",
            h="bare",
        ),
        gone(
            "F",
            "Hola Tom, te escribo porque Javier se fue de la empresa hace un par de semanas. Desde ahora llevo yo las compras, ¿me reenvías la propuesta?\n\nNuria",
            h="thread",
            style="quote",
        ),
        ooo(
            "E",
            "Gracias por su mensaje. Estaré fuera de la oficina hasta el 24 de agosto. Durante mi ausencia puede contactar con mi compañero Raúl Sanz en raul.sanz@lerma.example.",
            "2026-08-24",
            subject="Respuesta automática: Pricing",
        ),
        ooo(
            "C",
            "Me encuentro de baja por paternidad y no tengo fecha de regreso confirmada. Para asuntos urgentes, escriba a soporte.comercial@ebro.example.",
            h="exchange",
            tag="ooo_leave",
        ),
        ooo(
            "B",
            "Hola, durante el mes de agosto mi correo cambia provisionalmente a ana.gil@temp.olmo.example. Estoy de vacaciones del 20 de julio al 14 de agosto.",
            "2026-08-15",
            h="none",
            tag="ooo_mailbox",
            subject="Fuera de la oficina: Pricing",
        ),
        away(
            "D",
            "Tom, perdona, estoy en Sevilla en una boda hasta el jueves. ¿Lo vemos el viernes?",
            "2026-05-14",
            h="iphone",
            style="phone",
        ),
        human(
            "A",
            "Hola Tom, gracias por la info. Nuestra directora de compras se jubiló en enero, así que la decisión ahora pasa por el comité. Te aviso.",
        ),
    ],
    "pt": [
        gone(
            "C",
            "Resposta automática: a Sra. Beatriz Lopes já não se encontra ao serviço da Construtora Atlântico. Esta caixa de correio não é monitorizada. Por favor contacte compras@atlantico.example.",
            subject="Resposta automática: Pricing",
        ),
        gone(
            "A",
            "Prezado(a),\n\nO colaborador Rafael Nunes não faz mais parte do quadro da empresa. Mensagens enviadas para este endereço não serão lidas. Favor enviar para comercial@serra.example.",
            h="exchange",
            subject="Resposta automática: Pricing",
        ),
        gone(
            "E",
            "Este e-mail foi desativado. O utilizador saiu da organização.",
            h="vendor",
        ),
        gone(
            "B",
            "Aviso: esta conta de correio foi encerrada após o desligamento do colaborador. Para assuntos comerciais, escreva para vendas@tejo.example.",
            h="bare",
        ),
        gone(
            "D",
            "Olá Tom, o Henrique saiu da empresa no mês passado e eu fiquei com as contas dele. Pode reenviar a proposta para mim?\n\nCarla",
            h="thread",
            style="quote",
        ),
        ooo(
            "F",
            "Obrigado pela sua mensagem. Estou ausente do escritório até 2 de novembro. Na minha ausência, contacte a minha colega Marta Vaz (marta.vaz@douro.example).",
            "2026-11-02",
            subject="Resposta automática: Pricing",
        ),
        ooo(
            "B",
            "Estou de licença-maternidade até 30 de novembro, inclusive. Os meus clientes estão a ser acompanhados por Tiago Reis: tiago.reis@minho.example.",
            "2026-12-01",
            h="exchange",
            tag="ooo_leave",
        ),
        ooo(
            "D",
            "Olá! Estou de férias até 25 de maio. Nesse período o meu e-mail fica redirecionado para o endereço temporário paula.m@ferias.sado.example, que verifico de vez em quando.",
            "2026-05-25",
            h="none",
            tag="ooo_mailbox",
        ),
        away(
            "E",
            "Oi Tom, tô de férias com a família em Floripa, volto dia 17. Te respondo direito quando voltar, tudo bem?",
            "2026-08-17",
            h="iphone",
            style="phone",
        ),
        human(
            "C",
            "Olá Tom, obrigado. O nosso antigo diretor comercial saiu em outubro e o novo só começa em janeiro. Até lá quem decide sou eu.",
        ),
    ],
    "it": [
        gone(
            "D",
            "Risposta automatica: il Sig. Marco Rinaldi non lavora più presso Fonderie Adriatiche. Questa casella non viene più letta. Per informazioni scrivere a ufficio.acquisti@adriatiche.example.",
            subject="Risposta automatica: Pricing",
        ),
        gone(
            "F",
            "Gentile mittente, la casella di posta è stata disattivata perché la titolare ha lasciato l'azienda. Può contattare info@valtellina.example.",
            h="exchange",
            subject="Risposta automatica: Pricing",
        ),
        gone(
            "B",
            "Buongiorno Tom, Alessia non è più con noi da giugno. Segue lei il progetto? No, ora me ne occupo io: mi scriva pure a questo indirizzo.\n\nGiorgio",
            h="thread",
            style="quote",
        ),
        ooo(
            "C",
            "Grazie per il messaggio. Sarò fuori ufficio fino al 7 gennaio. Per urgenze può rivolgersi alla collega Chiara Benedetti (chiara.benedetti@lario.example).",
            "2027-01-07",
            subject="Risposta automatica: Pricing",
        ),
        ooo(
            "A",
            "Sono in congedo parentale e non ho ancora una data di rientro. Nel frattempo le mie pratiche sono seguite da Davide Conti, davide.conti@brenta.example.",
            h="vendor",
            tag="ooo_leave",
        ),
        away(
            "F",
            "Tom, sono in trasferta a Monaco fino a venerdì, ci sentiamo lunedì?",
            "2026-10-23",
            h="iphone",
            style="phone",
        ),
        human(
            "E",
            "Ciao Tom, grazie. Il nostro responsabile IT ha lasciato l'azienda, quindi il progetto è fermo finché non arriva il sostituto. Ti aggiorno a settembre.",
        ),
    ],
    "nl": [
        gone(
            "E",
            "Automatisch antwoord: Sanne de Wit is niet langer werkzaam bij Veldhuis Techniek. Deze mailbox wordt niet meer gelezen. Stuur uw bericht naar inkoop@veldhuis.example.",
            subject="Automatisch antwoord: Pricing",
        ),
        gone(
            "C",
            "Dit e-mailadres is opgeheven. De medewerker is uit dienst getreden. Neem contact op met info@dijkstra.example.",
            h="exchange",
            subject="Automatisch antwoord: Pricing",
        ),
        gone(
            "A",
            "Hoi Tom, Bram is per 1 maart vertrokken bij ons. Ik neem de inkoop van hem over, stuur de offerte maar naar mij.\n\nGr, Femke",
            h="thread",
            style="quote",
        ),
        ooo(
            "B",
            "Bedankt voor je bericht. Ik ben met vakantie tot en met 2 augustus. Voor dringende zaken kun je terecht bij mijn collega Joost Smit (joost.smit@ijssel.example).",
            "2026-08-03",
            subject="Automatisch antwoord: Pricing",
        ),
        ooo(
            "D",
            "Ik ben met zwangerschapsverlof tot 1 september. Mijn taken zijn overgenomen door Lotte Bakker, lotte.bakker@linge.example.",
            "2026-09-01",
            h="exchange",
            tag="ooo_leave",
        ),
        away(
            "C",
            "Tom, ik zit tot 4 januari in Oostenrijk met de kids. Kunnen we daarna even bellen?",
            "2027-01-04",
            h="iphone",
            style="phone",
        ),
        human(
            "F",
            "Hoi Tom, dank je. Onze vorige contactpersoon is met pensioen, dus ik pak het nu op. Kun je me de laatste versie sturen?",
        ),
    ],
    "pl": [
        gone(
            "F",
            "Odpowiedź automatyczna: Pan Krzysztof Zając nie jest już pracownikiem firmy Mostostal Pomorze. Ta skrzynka nie jest obsługiwana. Prosimy o kontakt: zakupy@pomorze.example.",
            subject="Odpowiedź automatyczna: Pricing",
        ),
        gone(
            "B",
            "Konto pocztowe zostało zamknięte w związku z odejściem pracownika z firmy. Wiadomość nie została przekazana dalej.",
            h="vendor",
        ),
        gone(
            "D",
            "Dzień dobry Panie Tomie,\n\np. Agnieszka nie pracuje już u nas od kwietnia. Sprawy zakupowe przejąłem ja, proszę pisać bezpośrednio do mnie.\n\nPozdrawiam\nMarek Wójcik",
            h="outlook",
            style="quote",
        ),
        ooo(
            "E",
            "Dziękuję za wiadomość. Jestem na urlopie do 17 sierpnia. W pilnych sprawach proszę kontaktować się z moją koleżanką Martą Lis (marta.lis@warta.example).",
            "2026-08-17",
            subject="Odpowiedź automatyczna: Pricing",
        ),
        ooo(
            "A",
            "Przebywam na urlopie rodzicielskim. Data powrotu nie jest jeszcze znana. Moje obowiązki przejął Paweł Kowal: pawel.kowal@odra.example.",
            h="exchange",
            tag="ooo_leave",
        ),
        away(
            "C",
            "Tom, jestem do 28 grudnia w górach, odezwę się po powrocie, ok?",
            "2026-12-28",
            h="iphone",
            style="phone",
        ),
        human(
            "D",
            "Cześć Tom, dzięki. Nasz kierownik zakupów odszedł na emeryturę, więc decyzję podejmie teraz zarząd. Dam znać.",
        ),
    ],
}
