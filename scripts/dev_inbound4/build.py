# ruff: noqa: E501
"""Render tests/analysis/dev_inbound4/*.yaml from the hand-written cores in cores_*.py.

The fourth inbound development set (issue 12): acknowledgements without a reference
number, support-desk autoresponders, retired mailboxes, leavers who name a successor,
newsletters and notices that mention holidays or a closed office, acknowledgements
with Auto-Submitted headers, and real absences (auto-replies and people) worded in many
ways. Each core is one message; the renderer only dresses it as mail (a signature, a
quoted original, HTML, a mobile footer), chosen by its position, so a rebuild is
byte for byte the same.

    python -m scripts.dev_inbound4.build
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

import yaml

from scripts.dev_inbound4 import cores_a, cores_b, cores_c

OUT = Path(__file__).resolve().parents[2] / "tests" / "analysis" / "dev_inbound4"

# How each language quotes the original and signs off from a phone.
ATTRIBUTION = {
    "en": "On {d}, Tom Baker <tom@seller.example> wrote:",
    "de": "Am {d} schrieb Tom Baker <tom@seller.example>:",
    "fr": "Le {d}, Tom Baker <tom@seller.example> a écrit :",
    "es": "El {d}, Tom Baker <tom@seller.example> escribió:",
    "pt": "Em {d}, Tom Baker <tom@seller.example> escreveu:",
    "it": "Il giorno {d} Tom Baker <tom@seller.example> ha scritto:",
    "nl": "Op {d} schreef Tom Baker <tom@seller.example>:",
    "sv": "Den {d} skrev Tom Baker <tom@seller.example>:",
    "da": "Den {d} skrev Tom Baker <tom@seller.example>:",
    "no": "Den {d} skrev Tom Baker <tom@seller.example>:",
    "fi": "{d} Tom Baker <tom@seller.example> kirjoitti:",
    "pl": "W dniu {d} Tom Baker <tom@seller.example> napisał:",
}
QUOTED = {
    "en": "Hi, following up on the pricing overview I sent last week. Would a short call work?",
    "de": "Hallo, ich komme auf die Preisübersicht von letzter Woche zurück. Passt ein kurzes Telefonat?",
    "fr": "Bonjour, je reviens vers vous au sujet de la grille tarifaire envoyée la semaine dernière.",
    "es": "Hola, vuelvo sobre la propuesta de precios que le envié la semana pasada.",
    "pt": "Olá, volto ao assunto da proposta de preços que enviei na semana passada.",
    "it": "Buongiorno, torno sulla proposta economica inviata la settimana scorsa.",
    "nl": "Hallo, ik kom terug op het prijsoverzicht van vorige week.",
    "sv": "Hej, jag återkommer om prisförslaget jag skickade förra veckan.",
    "da": "Hej, jeg vender tilbage angående prisoverslaget fra sidste uge.",
    "no": "Hei, jeg følger opp pristilbudet jeg sendte forrige uke.",
    "fi": "Hei, palaan viime viikolla lähettämääni hinnastoon.",
    "pl": "Dzień dobry, wracam do oferty cenowej wysłanej w zeszłym tygodniu.",
}
PHONE_FOOTER = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "pt": "Enviado do meu iPhone",
    "it": "Inviato da iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "sv": "Skickat från min iPhone",
    "da": "Sendt fra min iPhone",
    "no": "Sendt fra min iPhone",
    "fi": "Lähetetty iPhonesta",
    "pl": "Wysłane z iPhone'a",
}
# The day the quoted original was sent (a few days before each send date).
QUOTE_DAY = {
    "A": "2 Mar 2026 10:14",
    "B": "14 Jul 2026 16:02",
    "C": "15 Dec 2026 11:40",
    "D": "8 May 2026 09:05",
    "E": "29 Jul 2026 14:31",
    "F": "16 Oct 2026 08:47",
}


def _quote(lang: str, at: str) -> str:
    head = ATTRIBUTION.get(lang, ATTRIBUTION["en"]).format(d=QUOTE_DAY[at])
    original = QUOTED.get(lang, QUOTED["en"])
    return f"\n\n{head}\n> {original}\n>\n> Tom Baker\n> Seller Ltd"


def _html(text: str) -> str:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    inner = "".join(
        "<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paragraphs
    )
    return (
        '<html><head><meta charset="utf-8"></head><body>\n'
        f'<div style="font-family:Calibri,sans-serif;font-size:11pt">\n{inner}</div>\n'
        "</body></html>"
    )


def render(lang: str, index: int, core: dict) -> dict:
    """One core dressed as mail, by the style it asks for or its position."""
    body = core["body"].strip()
    style = core.get("style", ("plain", "sig", "quote", "html", "phone")[index % 5])
    signature = core.get("sig")
    if signature and style in ("sig", "quote", "html", "phone"):
        body = f"{body}\n\n{signature.strip()}"
    if style == "phone":
        body = f"{body}\n\n{PHONE_FOOTER.get(lang, PHONE_FOOTER['en'])}"
    if style == "quote" or core.get("reply"):
        body += _quote(lang, core["at"])
    if style == "html":
        body = _html(body)
    entry = {"id": f"{lang}-{index + 1:02d}", "at": core["at"]}
    if core.get("auto"):
        entry["auto"] = True
    if core.get("headers"):
        entry["headers"] = dict(core["headers"])
    entry["subject"] = core["subject"]
    entry["body"] = body
    entry["kind"] = core["kind"]
    entry["tag"] = core["tag"]
    if core.get("returns"):
        entry["returns"] = core["returns"]
    if core.get("last"):
        entry["last"] = core["last"]
    return entry


class _Literal(str):
    pass


def _literal(dumper: yaml.Dumper, value: _Literal) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")


def write_sets(cores: dict[str, list[dict]], out: Path) -> None:
    """Render each language's cores into `out/<lang>.yaml` (byte for byte the same on
    a rebuild); the dev sets after this one reuse it with cores of their own."""
    yaml.add_representer(_Literal, _literal)
    out.mkdir(parents=True, exist_ok=True)
    for lang, entries in sorted(cores.items()):
        rendered = []
        for i, core in enumerate(entries):
            entry = render(lang, i, core)
            entry["body"] = _Literal(entry["body"])
            for key in ("returns", "last"):
                if key in entry:
                    entry[key] = dt.date.fromisoformat(entry[key])
            rendered.append(entry)
        text = yaml.dump(rendered, allow_unicode=True, sort_keys=False, width=1000)
        (out / f"{lang}.yaml").write_text(text, encoding="utf-8")


def main() -> None:
    cores = {**cores_a.CORES, **cores_b.CORES}
    for lang, extra in cores_c.EXTRA.items():
        cores[lang] = [*cores[lang], *extra]
    write_sets(cores, OUT)


if __name__ == "__main__":
    main()
