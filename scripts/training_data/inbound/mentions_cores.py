# ruff: noqa: E501
"""Hand-written cores for rules/training/inbound/mentions.jsonl (issue 12, item 6).

What still reads as an absence when it is none, and the reverse: people who mention
*someone else's* holiday (a boss, a colleague, the whole team), an absence still to
come ("I'm off from the 30th, so let's finish this week"), a trip to meet the reader,
a busy week; people away who cannot say when they are back (sick, family) and write it
casually; and, beside them, server templates for open-ended leave, so that "no date"
alone does not make a person. Written apart from tests/analysis/dev_inbound8 and
dev_inbound9 (other people, other wording; a test checks no body is shared).
Sent Tue 14 Apr 2026: Mon 20 Apr and Mon 27 Apr are the Mondays after.

Each core: (kind, text, extra) as in confusables_cores.py.
"""

from __future__ import annotations

S = {"sent": "2026-04-14"}

CORES: dict[str, list[tuple[str, str, dict]]] = {
    "en": [
        (
            "away",
            "Nico here - camping in Wales with no signal till Monday, then back at my desk. Send it over again then and I'll have a proper look?",
            S,
        ),
        (
            "human",
            "Morning Chris, our CFO is away skiing until the 27th, so the signature will have to wait for her. Could you send the DPA in the meantime so legal can start?",
            S,
        ),
        (
            "human",
            "Half our office disappears on holiday in May, so I'd really like the rollout plan agreed before the end of April. Does Thursday work for a call?",
            S,
        ),
        (
            "human",
            "I'm off for two weeks from the 30th, so let's try to wrap up the pricing this week. Can you do Friday at 2?",
            S,
        ),
        (
            "human",
            "I'll be in Manchester next Tuesday for a client workshop - any chance you could drop by the office afterwards?",
            S,
        ),
        (
            "away",
            "hey, im off sick since yesterday and no idea when ill be back at work. jenny knows the project if anything cant wait",
            S,
        ),
        (
            "ooo",
            "Thank you for your email. I am currently on extended leave and do not have a fixed return date. Your message will not be forwarded; please contact info@harbourline.example.",
            S,
        ),
    ],
    "de": [
        (
            "away",
            "Hi, bin mit der Familie bis Montag an der Mosel und kaum online. Schick es mir danach einfach nochmal, ja?",
            S,
        ),
        (
            "human",
            "Hallo Chris, unser Geschäftsführer ist noch bis 27. April im Skiurlaub, die Unterschrift dauert also etwas. Schicken Sie mir bitte vorab den AVV?",
            S,
        ),
        (
            "human",
            "Im Mai ist bei uns gefühlt die halbe Abteilung im Urlaub. Lassen Sie uns den Rollout-Plan deshalb noch im April festzurren, passt Donnerstag?",
            S,
        ),
        (
            "human",
            "Ich bin ab dem 30. zwei Wochen weg, daher würde ich die Preise gern diese Woche abschließen. Ginge Freitag um 14 Uhr?",
            S,
        ),
        (
            "human",
            "Ich bin nächsten Dienstag ohnehin für einen Workshop in Stuttgart – hätten Sie danach Zeit für ein Treffen bei Ihnen?",
            S,
        ),
        (
            "away",
            "hi, bin seit gestern krank und hab keine ahnung wann ich wieder fit bin. jens kennt das projekt falls was dringend ist",
            S,
        ),
        (
            "ooo",
            "Vielen Dank für Ihre Nachricht. Ich bin längerfristig abwesend, ein Rückkehrdatum steht noch nicht fest. Ihre E-Mail wird nicht weitergeleitet; bitte wenden Sie sich an info@hafenlinie.example.",
            S,
        ),
    ],
    "es": [
        (
            "away",
            "Hola, estoy de escapada en Asturias hasta el lunes y casi sin cobertura. ¿Me lo reenvías a la vuelta?",
            S,
        ),
        (
            "human",
            "Hola Chris, nuestra directora financiera está esquiando hasta el 27, así que la firma tendrá que esperar. ¿Me mandas mientras tanto el acuerdo de tratamiento de datos?",
            S,
        ),
        (
            "human",
            "En mayo medio departamento se va de vacaciones, por eso me gustaría cerrar el plan de implantación en abril. ¿Te va bien el jueves?",
            S,
        ),
        (
            "human",
            "A partir del 30 me cojo dos semanas, así que intentemos cerrar precios esta semana. ¿Puedes el viernes a las 14h?",
            S,
        ),
        (
            "human",
            "El martes que viene estaré en Valencia por un taller con un cliente, ¿te parece que pase luego por vuestra oficina?",
            S,
        ),
        (
            "away",
            "hola, estoy malo desde ayer y ni idea de cuándo vuelvo. nacho conoce el proyecto si algo no puede esperar",
            S,
        ),
        (
            "ooo",
            "Gracias por su correo. Me encuentro de baja sin fecha de regreso definida. Su mensaje no será reenviado; por favor, escriba a info@puertolinea.example.",
            S,
        ),
    ],
    "pt": [
        (
            "away",
            "Oi, tô na praia com a família até segunda e quase sem sinal. Me reenvia depois?",
            S,
        ),
        (
            "human",
            "Olá Chris, a nossa diretora financeira está de férias na neve até dia 27, por isso a assinatura vai ter de esperar. Pode enviar-me entretanto o acordo de dados?",
            S,
        ),
        (
            "human",
            "Em maio metade do departamento vai de férias, então gostaria de fechar o plano de implementação ainda em abril. Quinta serve?",
            S,
        ),
        (
            "human",
            "A partir do dia 30 tiro duas semanas, por isso vamos tentar fechar os preços esta semana. Consegue sexta às 14h?",
            S,
        ),
        (
            "human",
            "Na próxima terça vou estar no Porto para um workshop com um cliente, posso passar no vosso escritório depois?",
            S,
        ),
        (
            "away",
            "oi, to doente desde ontem e nem sei quando volto. o rafa conhece o projeto se for algo urgente",
            S,
        ),
        (
            "ooo",
            "Obrigado pela sua mensagem. Encontro-me de licença prolongada, sem data de regresso definida. A sua mensagem não será reencaminhada; contacte info@portolinha.example.",
            S,
        ),
    ],
    "pl": [
        (
            "away",
            "Hej, jestem z rodziną na Mazurach do poniedziałku i prawie bez zasięgu. Podeślesz mi to jeszcze raz po powrocie?",
            S,
        ),
        (
            "human",
            "Dzień dobry, nasz dyrektor finansowy jest na nartach do 27 kwietnia, więc podpis musi poczekać. Czy może Pan w międzyczasie przesłać umowę powierzenia danych?",
            S,
        ),
        (
            "human",
            "W maju połowa działu wyjeżdża na urlopy, dlatego chciałbym zamknąć plan wdrożenia jeszcze w kwietniu. Pasuje czwartek?",
            S,
        ),
        (
            "human",
            "Od 30. biorę dwa tygodnie wolnego, więc spróbujmy domknąć ceny w tym tygodniu. Może piątek o 14?",
            S,
        ),
        (
            "human",
            "W przyszły wtorek i tak będę we Wrocławiu na warsztatach u klienta – mogę potem wpaść do Państwa biura?",
            S,
        ),
        (
            "away",
            "hej, od wczoraj choruję i nie mam pojęcia kiedy wrócę. bartek zna projekt jakby coś było pilne",
            S,
        ),
        (
            "ooo",
            "Dziękuję za wiadomość. Przebywam na dłuższym urlopie, data powrotu nie jest jeszcze znana. Wiadomość nie zostanie przekazana; proszę pisać na info@portlinia.example.",
            S,
        ),
    ],
    "ar": [
        (
            "away",
            "أهلاً، أنا مع العائلة في العقبة حتى يوم الاثنين والتغطية ضعيفة. ممكن ترسلها لي مرة ثانية بعد رجوعي؟",
            S,
        ),
        (
            "human",
            "مرحباً كريس، المدير المالي عندنا في إجازة حتى 27 أبريل، لذلك سيتأخر التوقيع قليلاً. هل ترسل لي اتفاقية معالجة البيانات في الأثناء؟",
            S,
        ),
        (
            "human",
            "في مايو يسافر نصف القسم في إجازات، لذا أود أن نتفق على خطة التنفيذ قبل نهاية أبريل. هل يناسبك الخميس؟",
            S,
        ),
        (
            "human",
            "سآخذ أسبوعين إجازة ابتداءً من يوم 30، فلنحاول إنهاء الأسعار هذا الأسبوع. هل يناسبك الجمعة الساعة الثانية؟",
            S,
        ),
        (
            "human",
            "سأكون في جدة يوم الثلاثاء القادم لورشة عمل مع عميل، هل أمرّ على مكتبكم بعدها؟",
            S,
        ),
        (
            "away",
            "اهلا، انا مريض من امس وما اعرف متى ارجع للشغل. سامر يعرف المشروع لو في شي مستعجل",
            S,
        ),
        (
            "ooo",
            "شكراً لرسالتك. أنا في إجازة طويلة ولم يتحدد موعد عودتي بعد. لن يتم تحويل رسالتك؛ يرجى مراسلة info@marsa.example.",
            S,
        ),
    ],
    "he": [
        (
            "away",
            "היי, אני עם המשפחה בגליל עד יום שני וכמעט בלי קליטה. תשלח לי שוב אחרי שאחזור?",
            S,
        ),
        (
            "human",
            'היי כריס, סמנכ"לית הכספים שלנו בחופשת סקי עד 27 באפריל, אז החתימה תתעכב קצת. תוכל לשלוח לי בינתיים את הסכם עיבוד הנתונים?',
            S,
        ),
        (
            "human",
            "במאי חצי מהמחלקה יוצאת לחופשות, אז הייתי רוצה לסגור את תוכנית ההטמעה עוד באפריל. יום חמישי מתאים?",
            S,
        ),
        (
            "human",
            "אני יוצא לשבועיים חופש מה-30, אז בוא ננסה לסגור את המחירים השבוע. שישי בשתיים מתאים לך?",
            S,
        ),
        (
            "human",
            "ביום שלישי הבא אני בחיפה לסדנה אצל לקוח, אפשר לקפוץ אליכם למשרד אחרי?",
            S,
        ),
        (
            "away",
            "היי, אני חולה מאתמול ואין לי מושג מתי אחזור. אסף מכיר את הפרויקט אם משהו דחוף",
            S,
        ),
        (
            "ooo",
            "תודה על פנייתך. אני בחופשה ממושכת ומועד החזרה טרם נקבע. ההודעה לא תועבר; נא לפנות ל-info@namal.example.",
            S,
        ),
    ],
    "ko": [
        (
            "away",
            "안녕하세요, 가족이랑 제주도에 와 있어서 월요일까지 연락이 잘 안 됩니다. 복귀하면 다시 보내주실래요?",
            S,
        ),
        (
            "human",
            "Chris님, 저희 재무이사님이 4월 27일까지 스키 휴가라 서명은 조금 늦어질 것 같습니다. 그동안 데이터 처리 계약서 먼저 보내주시겠어요?",
            S,
        ),
        (
            "human",
            "5월에는 부서 절반이 휴가를 가서 4월 안에 도입 계획을 확정하고 싶습니다. 목요일 괜찮으세요?",
            S,
        ),
        (
            "human",
            "제가 30일부터 2주 휴가라서 이번 주에 가격을 마무리하면 좋겠습니다. 금요일 오후 2시 가능하세요?",
            S,
        ),
        (
            "human",
            "다음 주 화요일에 고객사 워크숍 때문에 부산에 가는데, 끝나고 사무실에 들러도 될까요?",
            S,
        ),
        (
            "away",
            "어제부터 아파서 언제 복귀할지 모르겠어요. 급한 건 민재가 프로젝트 알고 있어요",
            S,
        ),
        (
            "ooo",
            "메일 감사합니다. 현재 장기 휴가 중이며 복귀 일정은 미정입니다. 메일은 전달되지 않으니 info@hanbada.example로 문의 바랍니다.",
            S,
        ),
    ],
}
