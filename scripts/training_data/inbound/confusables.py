# ruff: noqa: E501
"""Render rules/training/inbound/confusables.jsonl from confusables_cores.py.

Each core becomes two or three messages: without headers under a reply subject; with
the headers and the localised "Automatic reply:" subject a mail system adds (machine
kinds) or list headers (newsletters); and as HTML with an Outlook-style quoted
original. Seeded by position only, so a rebuild is byte for byte the same:

    python -m scripts.training_data.inbound.confusables
"""

from __future__ import annotations

import html
import json
from datetime import date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from scripts.training_data.inbound.confusables_cores import CORES

OUT = (
    Path(__file__).resolve().parents[3]
    / "rules"
    / "training"
    / "inbound"
    / "confusables.jsonl"
)
AUTO_PREFIX = {
    "en": "Automatic reply:", "de": "Automatische Antwort:", "fr": "Réponse automatique :",
    "es": "Respuesta automática:", "pt": "Resposta automática:", "it": "Risposta automatica:",
    "nl": "Automatisch antwoord:", "sv": "Autosvar:", "da": "Autosvar:",
    "no": "Automatisk svar:", "fi": "Automaattinen vastaus:", "pl": "Odpowiedź automatyczna:",
    "ja": "自動返信:", "zh": "自动回复:", "ko": "자동 회신:", "tr": "Otomatik yanıt:",
    "cs": "Automatická odpověď:", "ru": "Автоответ:", "ar": "رد تلقائي:",
    "he": "מענה אוטומטי:", "el": "Αυτόματη απάντηση:", "hu": "Automatikus válasz:",
    "ro": "Răspuns automat:",
}  # fmt: skip
REPLY_PREFIX = {
    "en": "Re:", "de": "AW:", "fr": "RE :", "es": "RE:", "pt": "RE:", "it": "R:",
    "nl": "RE:", "sv": "SV:", "da": "SV:", "no": "SV:", "fi": "VS:", "pl": "Odp:",
    "ja": "Re:", "zh": "回复：", "ko": "RE:", "tr": "YNT:", "cs": "RE:", "ru": "RE:",
    "ar": "رد:", "he": "תשובה:", "el": "RE:", "hu": "VS:", "ro": "RE:",
}  # fmt: skip
# What the seller wrote about, in the reader's language (the thread's subject).
TOPICS = {
    "en": ("Rollout timeline", "Licence renewal", "Intro"),
    "de": ("Zeitplan Rollout", "Lizenzverlängerung", "Kurze Vorstellung"),
    "fr": ("Calendrier de déploiement", "Renouvellement", "Présentation"),
    "es": ("Calendario de implantación", "Renovación", "Presentación"),
    "pt": ("Cronograma", "Renovação", "Apresentação"),
    "it": ("Tempistiche", "Rinnovo licenze", "Presentazione"),
    "nl": ("Planning uitrol", "Verlenging", "Kennismaking"),
    "sv": ("Tidplan", "Förnyelse", "Presentation"),
    "da": ("Tidsplan", "Fornyelse", "Præsentation"),
    "no": ("Fremdriftsplan", "Fornyelse", "Presentasjon"),
    "fi": ("Aikataulu", "Uusiminen", "Esittely"),
    "pl": ("Harmonogram", "Odnowienie licencji", "Przedstawienie"),
    "ja": ("導入スケジュール", "ライセンス更新", "ご挨拶"),
    "zh": ("上线计划", "续约", "介绍"),
    "ko": ("도입 일정", "라이선스 갱신", "소개"),
    "tr": ("Proje takvimi", "Lisans yenileme", "Tanışma"),
    "cs": ("Harmonogram", "Obnova licence", "Představení"),
    "ru": ("График внедрения", "Продление лицензии", "Знакомство"),
    "ar": ("الجدول الزمني", "تجديد الترخيص", "تعارف"),
    "he": ("לוח זמנים", "חידוש רישיון", "היכרות"),
    "el": ("Χρονοδιάγραμμα", "Ανανέωση άδειας", "Γνωριμία"),
    "hu": ("Ütemterv", "Licencmegújítás", "Bemutatkozás"),
    "ro": ("Calendar implementare", "Reînnoire licență", "Prezentare"),
}
NEWS_SUBJECTS = ("News", "Update", "Newsletter")
HEADER_SETS = (
    {"Auto-Submitted": "auto-replied"},
    {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    {"Precedence": "auto_reply", "X-Auto-Response-Suppress": "All"},
)
SIGNERS = ("Alex Morgan", "Kim Lindqvist", "Noor Haddad", "Jonas Weber", "Ana Costa")
# Send dates for cores that do not state theirs (none of them near a holiday they name).
SEND_DAYS = tuple(date(2026, 1, 12) + timedelta(days=9 * i) for i in range(40))


def _sent(core_extra: dict, n: int) -> datetime:
    day = (
        date.fromisoformat(core_extra["sent"])
        if "sent" in core_extra
        else SEND_DAYS[n % len(SEND_DAYS)]
    )
    hour = 8 + n % 9
    return datetime.fromisoformat(
        f"{day.isoformat()}T{hour:02d}:{(n * 7) % 60:02d}:00+01:00"
    )


def _quote(topic: str, sent: datetime) -> str:
    earlier = sent - timedelta(days=3, hours=2)
    return (
        "\n\n-----Original Message-----\nFrom: Tom Baker <tom@seller.example>\n"
        f"Sent: {format_datetime(earlier)}\nSubject: {topic}\n\n"
        "Hi, a short note on the timeline we discussed. Would a call next week work?"
    )


def _html(text: str) -> str:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    inner = "".join(
        "<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in paragraphs
    )
    return f'<html><body><div dir="auto">{inner}</div></body></html>'


def _variants(kind: str) -> tuple[str, ...]:
    if kind in ("human", "away"):
        return ("reply", "quoted")
    if kind == "newsletter":
        return ("list", "plain", "html")
    return ("reply", "auto", "html")


def render_all(cores: dict = CORES, tag: str | None = None) -> list[dict]:
    """Every core's messages; `tag` gives another file's rows ids of their own."""
    rows: list[dict] = []
    n = 0
    for lang in sorted(cores):
        for index, (kind, text, extra) in enumerate(cores[lang]):
            topic = TOPICS[lang][index % 3]
            for style in _variants(kind):
                row = _row(lang, index, kind, text, extra, topic, style, n)
                if tag:
                    row["id"] = f"train-in-{tag}-{lang}-{n:04d}"
                    row["headers"]["Message-ID"] = f"<{tag}-{lang}-{n}@{lang}.example>"
                    row["core"] = f"{tag}-{lang}-{index:02d}"
                rows.append(row)
                n += 1
    return rows


def _row(
    lang: str,
    index: int,
    kind: str,
    text: str,
    extra: dict,
    topic: str,
    style: str,
    n: int,
) -> dict:
    sent = _sent(extra, n)
    signer = SIGNERS[n % len(SIGNERS)]
    subject = f"{REPLY_PREFIX[lang]} {topic}"
    headers: dict[str, str] = {}
    body = text
    personal = kind in ("ooo", "human", "away") or (kind == "gone" and index % 2 == 0)
    if personal and style != "reply":
        body = f"{body}\n\n{signer}"
    if kind == "newsletter":
        subject = f"{NEWS_SUBJECTS[n % 3]} – {topic}"
        if style == "list":
            headers.update(
                {
                    "List-Unsubscribe": f"<mailto:leave-{n}@lists.example>",
                    "List-Id": f"<news.{lang}.lists.example>",
                    "Precedence": "bulk",
                }
            )
    elif style == "auto":
        subject = f"{AUTO_PREFIX[lang]} {topic}"
        headers.update(HEADER_SETS[n % len(HEADER_SETS)])
    if style in ("quoted", "html") and kind != "newsletter":
        body += _quote(topic, sent)
    content_type = "text/plain; charset=utf-8"
    if style == "html":
        body = _html(body)
        content_type = "text/html; charset=utf-8"
    full = {
        "Subject": subject,
        "Date": format_datetime(sent),
        "From": f"{signer} <reply-{n}@{lang}.example>",
        "To": "Tom Baker <tom@seller.example>",
        "Message-ID": f"<conf-{lang}-{n}@{lang}.example>",
    }
    if subject.startswith(REPLY_PREFIX[lang]):
        full["In-Reply-To"] = f"<seller-{n}@seller.example>"
    full.update({"MIME-Version": "1.0", "Content-Type": content_type})
    full.update(headers)
    away = kind == "away"
    return {
        "id": f"train-in-conf-{lang}-{n:04d}",
        "language": lang,
        "headers": full,
        "subject": subject,
        "body": body,
        "sent_at": sent.isoformat(),
        "kind": "human" if away else kind,
        "subkind": "away" if away else ("hard_negative" if kind == "human" else None),
        "human_away": away,
        "returns_on": extra.get("returns") if kind in ("ooo", "away") else None,
        "alternate_contacts": list(extra.get("alt", [])),
        "core": f"conf-{lang}-{index:02d}",
    }


def lines() -> list[str]:
    return [json.dumps(row, ensure_ascii=False) for row in render_all()]


def main() -> None:
    OUT.write_text("\n".join(lines()) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
