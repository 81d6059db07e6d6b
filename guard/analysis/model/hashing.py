"""Feature hashing shared by training and inference (one function, so they agree).

Python's own `hash()` is salted per process, so we use CRC-32 for strings and spaCy's
string ids (a fixed 64-bit MurmurHash of the text) for tokens: both are the same on
every machine and every run, which the byte-for-byte rebuild of a model needs.
"""

from __future__ import annotations

from functools import lru_cache
from zlib import crc32

import numpy as np

# 2**18 buckets: collisions stay rare for a few hundred thousand distinct n-grams.
BITS = 18
MASK = (1 << BITS) - 1
# Namespaces keep a word, a word pair and a character n-gram of equal hash apart.
_SALTS = {
    "w": 0x51ED270B,
    "b": 0x2545F491,
    "c": 0x9E3779B9,
    "s": 0x7FEB352D,
    "f": 0x846CA68B,
}
_MIX = 0x9E3779B97F4A7C15


def token_index(namespace: str, token_id: int) -> int:
    """Bucket of one token (a spaCy string id) in `namespace`."""
    return ((token_id ^ _SALTS[namespace]) * _MIX >> 20) & MASK


def pair_index(first: int, second: int) -> int:
    """Bucket of a word pair (two spaCy string ids)."""
    return (((first * _MIX) ^ second ^ _SALTS["b"]) * _MIX >> 24) & MASK


def text_index(namespace: str, text: str) -> int:
    """Bucket of a string feature (a character n-gram or a named feature)."""
    return (crc32(text.encode("utf-8"), _SALTS[namespace])) & MASK


@lru_cache(maxsize=4096)
def name_index(name: str) -> int:
    """Bucket of a named feature ("cue:bump", "questions"): few, so remembered."""
    return text_index("f", name)


_P = np.uint64(0x100000001B3)
_CHAR_SALT = np.uint64(_SALTS["c"])
_CHAR_MIX = np.uint64(_MIX)


def char_gram_indices(text: str, n: int) -> np.ndarray:
    """Distinct buckets of the character n-grams of `text` (a rolling polynomial
    hash over code points, in numpy: a Python loop cost ~0.4 ms per message)."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    count = len(codes) - n + 1
    if count <= 0:
        codes = np.concatenate([codes, np.zeros(n - len(codes), dtype=np.uint64)])
        count = 1
    hashed = codes[:count].copy()
    for offset in range(1, n):
        hashed = hashed * _P + codes[offset : offset + count]
    hashed = ((hashed ^ _CHAR_SALT) * _CHAR_MIX) >> np.uint64(20)
    return distinct(hashed & np.uint64(MASK))


def distinct(values: np.ndarray) -> np.ndarray:
    """The sorted distinct values, as np.unique gives them, at half its cost."""
    if len(values) < 2:
        return values
    ordered = np.sort(values)
    keep = np.empty(len(ordered), dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


_U64 = np.uint64
_WORD_SALT = _U64(_SALTS["w"])
_PAIR_SALT = _U64(_SALTS["b"])


def token_indices(norms: np.ndarray) -> np.ndarray:
    """`token_index("w", n)` for an array of spaCy ids, at once."""
    return ((((norms ^ _WORD_SALT) * _CHAR_MIX) >> _U64(20)) & _U64(MASK)).astype(
        np.int64
    )


def pair_indices(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """`pair_index(a, b)` for arrays of spaCy ids, at once."""
    mixed = ((first * _CHAR_MIX) ^ second ^ _PAIR_SALT) * _CHAR_MIX
    return ((mixed >> _U64(24)) & _U64(MASK)).astype(np.int64)
