"""Feature hashing shared by training and inference (one function, so they agree).

Python's own `hash()` is salted per process, so we use CRC-32 for strings and spaCy's
string ids (a fixed 64-bit MurmurHash of the text) for tokens: both are the same on
every machine and every run, which the byte-for-byte rebuild of a model needs.
"""

from __future__ import annotations

from zlib import crc32

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
