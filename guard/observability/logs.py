"""Logs as one JSON object per line (or text at a terminal), never a message's text.

A request's line is built from fields the code chooses (ids, route template, status,
timings); free text that other code logs (messages, exceptions) has e-mail addresses
masked as a second line of defence, because an exception can quote the value it failed
on. GUARD_LOG_FORMAT: `json`, `text`, or `auto` (the default: text when stderr is a
terminal, JSON otherwise, as under a container runtime or systemd).
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
from contextvars import ContextVar
from typing import Any, Literal

LogFormat = Literal["auto", "json", "text"]
# The fields of the request (or worker job) in hand: the dict itself is shared by the
# threads that serve it, so what a service notes reaches the request's log line.
current: ContextVar[dict[str, Any] | None] = ContextVar(
    "guard_log_fields", default=None
)
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_MARK = "_guard_handler"


def note(**fields: Any) -> None:
    """Add fields (check id, verdict, caller) to the current request's log line."""
    held = current.get()
    if held is not None:
        held.update(fields)


def scrub(text: str) -> str:
    return _EMAIL.sub("<email>", text)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "ts": _timestamp(record.created),
            "level": record.levelname.lower(),
            "logger": record.name,
            "pid": record.process,
            "msg": scrub(record.getMessage()),
        }
        fields = getattr(record, "fields", None)
        if fields:
            line.update(fields)
        else:
            held = current.get()
            if held and "request_id" in held:
                line["request_id"] = held["request_id"]
        if record.exc_info:
            line["exc"] = scrub(self.formatException(record.exc_info))
        return json.dumps(line, default=str, separators=(",", ":"))


class TextFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        text = scrub(super().format(record))
        fields = getattr(record, "fields", None)
        if fields:
            text += " " + " ".join(
                f"{k}={v}" for k, v in fields.items() if v is not None
            )
        return text


def configure(level: str = "INFO", fmt: LogFormat = "auto") -> None:
    """One handler on the root logger (replacing the one a previous call added):
    the guard's loggers at `level`, uvicorn's start and stop lines, warnings of all."""
    if fmt == "auto":
        fmt = "text" if sys.stderr.isatty() else "json"
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    setattr(handler, _MARK, True)
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(old)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)
    logging.getLogger("guard").setLevel(level)
    for name in ("uvicorn", "uvicorn.error"):
        uvicorn = logging.getLogger(name)
        uvicorn.handlers.clear()  # through ours, in the same format
        uvicorn.propagate = True
        uvicorn.setLevel(logging.INFO)


_second: tuple[int, str] = (0, "")


def _timestamp(created: float) -> str:
    """ISO 8601 in UTC with milliseconds; the date part is formatted once a second."""
    global _second
    whole = int(created)
    if _second[0] != whole:
        _second = (whole, time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(whole)))
    return f"{_second[1]}.{int(created % 1 * 1000):03d}Z"


def fast(logger: logging.Logger) -> logging.Logger:
    """A logger whose records skip the walk up the stack for the caller's file and
    line: its lines say where they come from in their fields (request, job)."""
    logger.findCaller = _no_caller  # type: ignore[method-assign]
    return logger


def _no_caller(*_: Any, **__: Any) -> tuple[str, int, str, None]:
    return "(fields)", 0, "(fields)", None
