"""/readyz says ready only once every language pipeline, both language detectors and
the models are loaded, so a first French check does not wait for a pipeline build
(DESIGN §8). Run in a fresh interpreter: in the test process other tests have already
built the pipelines."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.server import TEST_SECRET

SCRIPT = """
import json, sys, time
from fastapi.testclient import TestClient
from guard.analysis.text import pipeline
from guard.analysis.outgoing.analyse import analyse_outgoing
from guard.analysis.inbound.lexicon import load_lexicon
from guard.app import create_app
from guard.migrate import upgrade
from guard.settings import Settings

url, state, secret = sys.argv[1:4]
upgrade(url)
settings = Settings(env="test", database_url=url, secret_key=secret, state_dir=state,
                    cache_dir=f"{state}/shared-cache")
answers = []
with TestClient(create_app(settings)) as client:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        response = client.get("/readyz")
        answers.append([response.status_code, response.json()["status"]])
        if response.status_code == 200:
            break
        time.sleep(0.02)
    built = sorted(pipeline._PIPELINES)
    inbound_lexicon = load_lexicon.cache_info().currsize
    started = time.perf_counter()
    analysis = analyse_outgoing(
        subject="Relance",
        body="Bonjour Claire,\\n\\nje me permets de revenir vers vous au sujet de "
        "ma proposition. Avez-vous eu le temps d'y jeter un oeil ?\\n\\nCordialement,\\nLuc",
    )
    first_french_s = time.perf_counter() - started
print(json.dumps({"answers": answers, "built": built, "language": analysis.language,
                  "first_french_s": first_french_s, "inbound_lexicon": inbound_lexicon}))
"""


def test_ready_only_when_every_pipeline_is_built_and_french_needs_no_build(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'guard.db'}"
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, url, str(tmp_path), TEST_SECRET],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    answers = result["answers"]
    assert answers[-1] == [200, "ok"]
    # Before that, only "starting" (the database was up the whole time).
    assert all(answer == [503, "starting"] for answer in answers[:-1])
    assert result["built"] == sorted(
        ["en", "de", "fr", "es", "nl", "pt", "it", "sv", "da", "no", "fi", "pl"]
    )
    # The inbound lexicon too (~0.7 s to compile): a first reply does not wait.
    assert result["inbound_lexicon"] == 1
    # Their compiled expressions are kept for the next start, in GUARD_CACHE_DIR.
    kept = sorted(
        path.name.split("-")[1] for path in (tmp_path / "shared-cache").iterdir()
    )
    assert kept.count("spacy") == 12 and kept.count("inbound") == 1, kept
    assert not (tmp_path / "cache").exists()
    assert result["language"] == "fr"
    # Building the French pipeline takes seconds (its tokenizer regex alone ~2 s);
    # analysing with it built takes milliseconds.
    assert result["first_french_s"] < 0.5
