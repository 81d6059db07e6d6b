"""Print what the rendered training data holds: messages per language, label, kind."""

import collections
import json

from build import OUT_DIR, available


def main() -> None:
    rows = [
        json.loads(line)
        for lang in available()
        for line in (OUT_DIR / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    by_lang = collections.Counter((r["language"], r["label"]) for r in rows)
    for lang in available():
        bump, other = by_lang[(lang, "bump")], by_lang[(lang, "not_bump")]
        cores = len({r["core"] for r in rows if r["language"] == lang})
        print(f"{lang}: {bump + other} messages, {bump} bump, {cores} cores")
    kinds = collections.Counter((r["label"], r["kind"]) for r in rows)
    for (label, kind), n in sorted(kinds.items()):
        print(f"  {label:9} {kind:22} {n}")
    channels = collections.Counter((r["label"], r["channel"]) for r in rows)
    print("channels:", dict(sorted(channels.items())))
    print(f"total {len(rows)} messages, {len({r['core'] for r in rows})} cores")


if __name__ == "__main__":
    main()
