"""Decide the golden world's 10,000 sends and digest every answer.

    python -m tests.golden.record   # rewrite tests/golden/decisions.txt

Rewrite the file only for a change of behaviour you mean, in a commit of its own that
says which decisions moved and why; a refactor leaves it untouched.

Sends are decided in chunks of 500, alternately through `run_batch` and one by one
through `run_check`, all recorded (not dry runs), so the touches each decision records
feed the next ones, and the single and batch paths both answer for the same world.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from pathlib import Path

from sqlalchemy.orm import Session

from guard.auth import Caller
from guard.checks.batch import run_batch
from guard.checks.schemas import CheckIn, CheckOut
from guard.checks.service import read_ahead, run_check
from guard.content.service import seed_if_empty
from guard.db import make_engine
from guard.migrate import prepare
from guard.policy import Policy, load_policy
from guard.settings import Settings
from rules.features.content import load_library
from tests.golden import world
from tests.server import TEST_SECRET

DIGESTS = Path(__file__).with_name("decisions.txt")
CHUNK = 500
CALLER = Caller(key_id=None, name="golden", role="admin")


def line(index: int, answer: CheckOut) -> str:
    """`index verdict digest`: the verdict readable in a diff, the digest exact."""
    data = answer.model_dump(mode="json", exclude={"check_id"})
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False)
    digest = hashlib.sha256(canonical.encode()).hexdigest()[:16]
    return f"{index} {answer.verdict} {digest}"


def decide_all(workdir: Path) -> list[str]:
    url = f"sqlite:///{workdir / 'golden.db'}"
    prepare(url)
    settings = Settings(
        env="test", database_url=url, secret_key=TEST_SECRET, state_dir=workdir
    )
    policy = load_policy(settings)
    engine = make_engine(settings)
    lines: list[str] = []
    with Session(engine) as db:
        with db.begin():
            seed_if_empty(db, load_library())
            contacts = world.build(db)
            sends = [json.dumps(s) for s in world.sends(contacts)]
        items = [CheckIn.model_validate_json(s) for s in sends]
        for start in range(0, len(items), CHUNK):
            chunk = items[start : start + CHUNK]
            with db.begin():
                if (start // CHUNK) % 2 == 0:
                    out = run_batch(
                        db=db, policy=policy, settings=settings, caller=CALLER,
                        items=list(chunk), now=world.NOW,
                    )  # fmt: skip
                    answers = [i.result for i in out.items]
                else:
                    answers = [_single(db, policy, settings, c) for c in chunk]
            lines += [line(start + n, a) for n, a in enumerate(answers)]
    engine.dispose()
    return lines


def _single(
    db: Session, policy: Policy, settings: Settings, check: CheckIn
) -> CheckOut:
    # As the endpoint and the hook do: the text read ahead, outside the write lock.
    read = read_ahead(policy, settings, check)
    return run_check(
        db=db, policy=policy, settings=settings, caller=CALLER, check=check,
        now=world.NOW, read=read,
    )  # fmt: skip


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        lines = decide_all(Path(tmp))
    DIGESTS.write_text("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} decisions to {DIGESTS}", file=sys.stderr)


if __name__ == "__main__":
    main()
