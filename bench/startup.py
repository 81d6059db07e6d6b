"""Ready to serve: process start to the first 200 on /readyz, warm-up included (§8).

`guard serve` (one uvicorn worker, SQLite) warms up in the app's lifespan: English,
the language detector and the models before it accepts requests (`serving_s`: the
first answer), the other languages in a background thread right after; /readyz says
ready once every pipeline is built (`ready_s`), so this is the real cold start. Also
reports the worker's resident memory once ready, and how long building all of them
takes in a fresh process. Budget: ready <= 5 s, <= 300 MB.

The runs share one GUARD_STATE_DIR, as restarts of one deployment do: the first
starts with it empty and keeps the compiled expressions in its cache/ (regex_cache);
`ready_s_first_start` is that run, `ready_s_median` the median of the others.

Run: `python -m bench.startup`; writes bench/results/startup.json.
"""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from bench.common import write_result
from guard.migrate import upgrade
from tests.server import TEST_SECRET, free_port

RUNS = 3  # the first with an empty state dir
TIMEOUT_S = 60.0
SETTLED_S = 15.0  # after start: every pipeline is built well before this


def _rss_mb(pid: int) -> float:
    """Resident memory of `pid` and its children (uvicorn may fork a worker)."""
    total = 0
    for proc in [pid, *_children(pid)]:
        try:
            status = Path(f"/proc/{proc}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return round(total / 1024, 1)


def _children(pid: int) -> list[int]:
    try:
        found = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    kids = [int(p) for p in found]
    return kids + [g for k in kids for g in _children(k)]


def _one_start(url: str, state_dir: str) -> dict[str, float]:
    port = free_port()
    env = {
        **os.environ,
        "GUARD_STATE_DIR": state_dir,
        "GUARD_DATABASE_URL": url,
        "GUARD_ENV": "test",
        "GUARD_SECRET_KEY": TEST_SECRET,
    }
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "guard", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    serving_s = None
    try:
        while True:
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode()[-2000:])  # type: ignore[union-attr]
            if time.perf_counter() - started > TIMEOUT_S:
                raise TimeoutError(f"not ready after {TIMEOUT_S} s")
            try:
                if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                    break
                if serving_s is None:  # it answers, /readyz says "starting"
                    serving_s = time.perf_counter() - started
            except httpx.HTTPError:
                pass
            time.sleep(0.02)
        ready_s = time.perf_counter() - started
        rss_ready = _rss_mb(proc.pid)
        time.sleep(max(0.0, SETTLED_S - (time.perf_counter() - started)))
        return {
            "serving_s": round(serving_s or ready_s, 3),
            "ready_s": round(ready_s, 3),
            "rss_ready_mb": rss_ready,
            "rss_settled_mb": _rss_mb(proc.pid),
        }
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)


def _full_warm_up_s(state_dir: str) -> float:
    """Building every pipeline in a fresh process (what the background thread does),
    with the server's regex cache."""
    code = (
        "import sys, time; from pathlib import Path; t = time.perf_counter(); "
        "from guard.analysis.text.pipeline import warm_up; "
        "warm_up(cache_dir=Path(sys.argv[1]) / 'cache'); "
        "print(time.perf_counter() - t)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, state_dir],
        capture_output=True,
        text=True,
        check=True,
    )
    return round(float(out.stdout.strip()), 2)


def main() -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/startup.db"
        state_dir = f"{tmp}/state"
        upgrade(url)
        first, *runs = [_one_start(url, state_dir) for _ in range(RUNS)]
        full_warm_up_s = _full_warm_up_s(state_dir)
    ready = [r["ready_s"] for r in runs]
    return write_result(
        "startup",
        {
            "first_start": first,
            "runs": runs,
            "ready_s_first_start": first["ready_s"],
            "ready_s_median": round(statistics.median(ready), 3),
            "rss_ready_mb_max": max(r["rss_ready_mb"] for r in [first, *runs]),
            "rss_settled_mb_max": max(r["rss_settled_mb"] for r in [first, *runs]),
            "all_pipelines_in_process_s": full_warm_up_s,
            "serving_s_median": round(
                statistics.median(r["serving_s"] for r in runs), 3
            ),
            "warm_up": "English, the language detector, the models and one decision "
            "before serving (/healthz answers); the other languages and the wide "
            "detector in a background thread, /readyz 503 until they are built",
            "budget": {"ready_s": 5.0, "rss_mb": 300},
        },
    )


if __name__ == "__main__":
    main()
