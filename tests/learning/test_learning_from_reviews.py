"""Learning from managers (issue 12 A), end to end on a demo database: decided reviews
become labels, `guard model train --include-reviews` stores a deployment model, `guard
rules simulate --model` shows what it would change, `guard model activate` makes the
next check use it and record its id."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner, Result

from guard.analysis.model.linear import load_model
from guard.cli import get_app
from guard.reviews import service as reviews
from guard.reviews.queries import Reviewer
from guard.reviews.schemas import DecisionIn
from guard.settings import get_settings
from models import AuditEvent, Check, ReviewItem
from rules.engine.packs import DEFAULT_PACK_PATH
from tests.builders import business_slot

ROOT = Path(__file__).resolve().parents[2]
NUDGE = "Hi Grace,\n\nJust checking in on my last email. Any thoughts?\n\nBest,\nPat"
# The manager lets this one go (Grace asked to be reminded): a not_bump label.
ASKED_FOR = (
    "Hi Grace,\n\nJust following up on my note from Tuesday. Did you get a chance "
    "to look at it?\n\nBest,\nPat"
)
# Held by the bump finding *and* a premature meeting ask: teaches nothing.
MIXED = (
    "Hi Grace,\n\nCircling back on the integration note from last week: the "
    "warehouse connector now syncs every 5 minutes. Worth a look?\n\nBest,\nPat"
)
ADMIN = Reviewer(name="morgan@seller.example", role="admin")


def run(*args: str) -> Result:
    return CliRunner().invoke(get_app(), list(args))


def check(name: str, body: str) -> dict:
    payload = {
        "contact": {"email": "grace@northwind.example"},
        "sender": {"email": "pat@seller.example"},
        "channel": "email",
        "subject": "Re: Integrating Seller with your data warehouse",
        "body": body,
        "planned_at": business_slot(tz="America/New_York", country="US").isoformat(),
    }
    Path(f"{name}.json").write_text(json.dumps(payload))
    result = run("check", f"{name}.json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def held_bumps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A demo database where this deployment's pack holds every bump for review."""
    url = f"sqlite:///{tmp_path / 'learn.db'}"
    strict = DEFAULT_PACK_PATH.read_text().replace(
        "  bump.premature:\n", "  bump.premature:\n    verdict: block\n", 1
    )
    (tmp_path / "held.yaml").write_text(strict)
    monkeypatch.setenv("GUARD_DATABASE_URL", url)
    monkeypatch.setenv("GUARD_POLICY_PACK", str(tmp_path / "held.yaml"))
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    assert run("db", "upgrade").exit_code == 0
    assert run("demo", "load", "--no-history").exit_code == 0
    yield url
    get_settings.cache_clear()


def small_training_set(folder: Path) -> Path:
    """Forty of the shipped English rows: the same code path, seconds not minutes."""
    rows = [
        json.loads(line)
        for line in (ROOT / "rules/training/outgoing/en.jsonl").read_text().splitlines()
    ]
    chosen = [r for r in rows if r["label"] == "bump"][:20]
    chosen += [r for r in rows if r["label"] == "not_bump"][:20]
    (folder / "outgoing").mkdir(parents=True)
    (folder / "outgoing" / "en.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in chosen)
    )
    return folder


def decide(url: str, body: str, how: str) -> str:
    """A manager decides the review of the check that sent `body`; its check id."""
    with Session(create_engine(url)) as db:
        review_id, check_id = db.execute(
            select(ReviewItem.id, Check.id)
            .join(Check, Check.id == ReviewItem.check_id)
            .where(Check.body == body)
        ).one()
        reason = DecisionIn(reason="decided in the test")
        if how == "approve":
            reviews.approve(
                db,
                reviewer=ADMIN,
                review_id=review_id,
                data=reason,
                secret_key="k" * 40,
            )
        else:
            reviews.reject(db, reviewer=ADMIN, review_id=review_id, data=reason)
        db.commit()
    return check_id


def stored_model_id(url: str, check_id: str) -> str | None:
    with Session(create_engine(url)) as db:
        return db.scalar(select(Check.model_id).where(Check.id == check_id))


def test_reviews_train_a_model_that_is_simulated_then_activated(
    held_bumps: str, tmp_path: Path
) -> None:
    shipped = load_model("bump")
    assert shipped is not None
    for name, body in (("nudge", NUDGE), ("asked", ASKED_FOR), ("mixed", MIXED)):
        decision = check(name, body)
        assert decision["verdict"] == "block", decision
        assert "bump.premature" in {f["rule"] for f in decision["findings"]}
    decide(held_bumps, NUDGE, "reject")
    approved = decide(held_bumps, ASKED_FOR, "approve")
    decide(held_bumps, MIXED, "approve")
    assert stored_model_id(held_bumps, approved) == shipped.model_id

    data = small_training_set(tmp_path / "training")
    trained = run("model", "train", "--which", "bump", "--include-reviews", "--data",
                  str(data))  # fmt: skip
    assert trained.exit_code == 0, trained.output
    # The mixed review (a premature meeting ask held it too) is no label.
    assert "2 review label(s): 1 bump, 1 not_bump" in trained.stdout
    candidate = trained.stdout.split("stored ")[1].split()[0]
    assert candidate.startswith("bump-reviews-")
    # Stored beside the shipped model, which is untouched and still decides.
    assert load_model("bump") is shipped
    listed = run("model", "list").stdout.splitlines()
    assert listed[0] == f"* {shipped.model_id}\tshipped"
    assert listed[1].startswith(f"  {candidate}\t2 review label(s)")

    simulated = run("rules", "simulate", "--model", candidate, "--since", "1d",
                    "--json")  # fmt: skip
    assert simulated.exit_code == 0, simulated.output
    report = json.loads(simulated.stdout)
    assert report["current_model"] == shipped.model_id
    assert report["new_model"] == candidate
    assert report["checks"] == 3 and report["changed"] >= 1
    example = next(e for e in report["examples"] if e["check_id"] == approved)
    assert example["old"] == "block" and example["new"] != "block"
    assert example["rules_removed"] == ["bump.premature"]
    text = run("rules", "simulate", "--model", candidate, "--since", "1d").stdout
    assert f"Bump model {candidate} (current {shipped.model_id})." in text

    activated = run("model", "activate", candidate)
    assert activated.exit_code == 0, activated.output
    assert activated.stdout.strip() == f"bump: shipped -> {candidate}"
    again = check("asked-again", ASKED_FOR)
    assert "bump.premature" not in {f["rule"] for f in again["findings"]}
    assert again["model_id"] == candidate
    with Session(create_engine(held_bumps)) as db:
        newest = db.scalars(select(Check).order_by(Check.created_at.desc())).first()
        assert newest is not None and newest.model_id == candidate
        assert newest.pack_revision == report["current_revision"]
        actions = db.scalars(select(AuditEvent.action)).all()
        assert {"model.trained", "model.activated"} <= set(actions)

    # Back to the shipped model: the same send is held again.
    assert run("model", "activate", "shipped").exit_code == 0
    assert check("asked-third", ASKED_FOR)["verdict"] == "block"


def test_bad_model_commands_are_one_line_and_exit_2(held_bumps: str) -> None:
    cases = [
        (("model", "activate", "bump-reviews-000000000000"), "no deployment model"),
        (
            ("model", "train", "--which", "bump", "--include-reviews"),
            "nothing to learn",
        ),
        (("model", "train", "--include-reviews"), "add --which bump"),
        (("rules", "simulate", "--model", "bump-nope"), "no model 'bump-nope'"),
        (("rules", "simulate"), "--pack NEW.yaml, --model ID"),
    ]
    for args, message in cases:
        result = run(*args)
        assert result.exit_code == 2, (args, result.output)
        assert len(result.output.strip().splitlines()) == 1, result.output
        assert message in result.output, result.output
