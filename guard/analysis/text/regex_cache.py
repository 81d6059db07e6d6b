"""Large regular expressions compiled once per installation, not once per start.

Building the language pipelines compiles a few regular expressions from the same text
at every start: French's `token_match` (importing spacy.lang.fr) is 1.45 million
characters and took 2.3 s of CPU, half of the whole cold start; every tokenizer's
prefix, suffix and infix expressions add 10-20 ms each. What Python's compiler makes
of a pattern (its code, a list of integers) depends only on the pattern, the flags and
the interpreter, so it is kept in a file keyed by the interpreter's version: at the
next start `_sre.compile` takes it as it is (milliseconds) and the compiled pattern is
the same object Python would have made (`Pattern.__eq__` compares the code; tested).

`re.compile` looks in `re._cache` first, keyed by (type, pattern, flags); a build
seeds it with what the file holds for that language, so spaCy's own `re.compile`
calls (at import, in `compile_prefix_regex` ...) find them. What the build compiles
that the file did not hold (first start, a new spaCy) goes through `derive` (the
steps of re._compiler.compile, keeping the code), so the first start costs what it
did. Without these CPython internals nothing is kept and everything compiles as
before.
"""

from __future__ import annotations

import array
import hashlib
import logging
import marshal
import os
import re
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

try:  # CPython internals; without them the cache stays off
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - other interpreters
    _sre = None  # type: ignore[assignment]

log = logging.getLogger("guard.analysis.regex_cache")

_FORMAT = 1
# Shorter patterns compile in well under a millisecond: not worth a line in the file.
MIN_PATTERN_CHARS = 1000
_CODE_TYPECODE = "I"  # SRE_CODE is a 32-bit unsigned integer (_sre.CODESIZE == 4)

# (pattern, flags, final flags, code as bytes, groups, group index, index group)
Entry = tuple[str, int, int, bytes, int, dict[str, int], tuple[str | None, ...]]


def enabled() -> bool:
    return (
        _sre is not None
        and isinstance(getattr(re, "_cache", None), dict)
        and getattr(_sre, "CODESIZE", None) == 4
    )


# Where the files go (`keep_in`, at start-up: GUARD_STATE_DIR/cache); None: nowhere,
# everything compiles as before.
_DIRECTORY: Path | None = None


def keep_in(directory: Path | None) -> None:
    global _DIRECTORY
    _DIRECTORY = directory


def directory() -> Path | None:
    return _DIRECTORY if enabled() else None


def file_name(group: str) -> str:
    """The file for `group` on this interpreter (another Python reads another file)."""
    identity = repr(
        (_FORMAT, sys.version, sys.implementation.cache_tag, getattr(_sre, "MAGIC", 0))
    )
    digest = hashlib.sha256(identity.encode()).hexdigest()[:16]
    return f"regex-{group}-{digest}.marshal"


def read(group: str, sources: str) -> Any:
    """What `write` kept for `group` from these `sources` (a digest of what it was
    derived from), or None: no file, another source, a damaged file."""
    folder = directory()
    if folder is None:
        return None
    path = folder / file_name(group)
    try:
        kept = marshal.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, EOFError, ValueError, TypeError) as exc:
        log.warning("ignoring regex cache %s: %s", path, exc)
        return None
    if not (isinstance(kept, tuple) and len(kept) == 2 and kept[0] == sources):
        return None
    return kept[1]


def write(group: str, sources: str, payload: Any) -> None:
    """Keep `payload` (marshal-able data) for `group` as derived from `sources`."""
    folder = directory()
    if folder is None:
        return
    path = folder / file_name(group)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".regex-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(marshal.dumps((sources, payload)))
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError as exc:  # a read-only directory: compiled at every start
        log.warning("cannot write regex cache %s: %s", path, exc)


def derive(pattern: str, flags: int) -> Entry:
    """What `re.compile(pattern, flags)` makes, as data (what re._compiler does)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        pattern,
        flags,
        flags | parsed.state.flags,
        array.array(_CODE_TYPECODE, code).tobytes(),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def compiled(entry: Entry) -> re.Pattern[str]:
    pattern, _flags, final_flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(  # type: ignore[no-any-return]
        pattern,
        final_flags,
        array.array(_CODE_TYPECODE, code).tolist(),
        groups,
        groupindex,
        indexgroup,
    )


def restored(entries: list[Entry]) -> dict[tuple[str, int], re.Pattern[str]] | None:
    """(pattern, flags) -> compiled pattern; None if an entry does not fit this
    interpreter (then the caller compiles as usual)."""
    try:
        return {(e[0], e[1]): compiled(e) for e in entries}
    except (TypeError, ValueError, RuntimeError, IndexError) as exc:
        log.warning("ignoring a regex cache: %s", exc)
        return None


# One block at a time records: it swaps re's compiler function for the process.
_RECORDING = threading.Lock()


@contextmanager
def recording(min_chars: int = MIN_PATTERN_CHARS) -> Iterator[dict[Any, Entry]]:
    """Every pattern of at least `min_chars` that `re` compiles in the block (in any
    thread), compiled by `derive` and kept as (pattern, flags) -> entry. Patterns `re`
    finds in its own cache are not compiled, so not seen."""
    recorded: dict[Any, Entry] = {}
    with _RECORDING:
        python_compile = _compiler.compile

        def record(pattern: Any, flags: int = 0) -> re.Pattern[str]:
            if not isinstance(pattern, str) or len(pattern) < min_chars:
                return python_compile(pattern, flags)  # type: ignore[no-any-return]
            entry = derive(pattern, flags)
            recorded[pattern, flags] = entry
            return compiled(entry)

        _compiler.compile = record
        try:
            yield recorded
        finally:
            _compiler.compile = python_compile


@contextmanager
def reused(group: str, sources: str) -> Iterator[None]:
    """Seed `re`'s cache with the large patterns kept for `group` (derived from
    `sources`, e.g. a library's version), then run the block, which finds them there;
    what it compiles that was not kept is recorded and the file rewritten."""
    if directory() is None:
        yield
        return
    entries: list[Entry] = read(group, sources) or []
    patterns = restored(entries) or {}
    cache: dict[Any, Any] = re._cache  # type: ignore[attr-defined]
    for (pattern, flags), compiled_pattern in patterns.items():
        cache[str, pattern, flags] = compiled_pattern
    with recording() as added:
        yield
    if added:
        merged = {(e[0], e[1]): e for e in entries if (e[0], e[1]) in patterns}
        merged.update(added)
        write(group, sources, [merged[key] for key in sorted(merged)])
