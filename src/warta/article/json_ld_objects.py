"""The objects of a page's JSON-LD (``<script type="application/ld+json">``), read one way for
every reader of structured data (the article text, the publication time).

Pages write it carelessly: several objects in one script, an ``@graph`` or a list of them,
the report nested under ``mainEntity``, a raw line break inside a string, a trailing comma, an
unquoted value or a stray quote mark. What parses is read as JSON; from the rest of a script
each ``"key": "text"`` pair is kept as an object of its own, so that a page's broken JSON still
gives its dates and its article text."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

SCRIPT = re.compile(r'<script[^>]*type\s*=\s*["\']application/ld\+json["\'][^>]*>(.*?)</script>',
                    re.IGNORECASE | re.DOTALL)
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
# What may stand between two objects written one after the other in a script.
_BETWEEN = re.compile(r"[\s,;]*")
# A key and its string value, found in text that does not parse.
_STRING_PAIR = re.compile(r'"([^"\\]+)"\s*:\s*"((?:[^"\\]|\\.)+)"')
_DECODER = json.JSONDecoder(strict=False)  # a raw line break inside articleBody is common


def script_texts(html: str) -> list[str]:
    """The text of each JSON-LD script of a page, in document order."""
    return [match.group(1) for match in SCRIPT.finditer(html)]


def json_ld_objects(script: str) -> list[dict[str, Any]]:
    """Every object of one JSON-LD script, nested ones included, each before those inside it."""
    return [obj for value in _values(script) for obj in _objects_in(value)]


def json_ld_pairs(script: str) -> list[tuple[str, Any]]:
    """Every key and value of one JSON-LD script, nested ones included, in the order written."""
    return [pair for value in _values(script) for pair in _pairs_in(value)]


def _values(script: str) -> list[Any]:
    """The JSON values a script holds: one as written, else those read one after the other once
    trailing commas are dropped, then the string pairs of what is left."""
    try:
        return [_DECODER.decode(script)]
    except ValueError:
        pass
    text = _TRAILING_COMMA.sub(r"\1", script)
    values: list[Any] = []
    at = _past_between(text, 0)
    while at < len(text):
        try:
            value, at = _DECODER.raw_decode(text, at)
        except ValueError:
            return values + [{key: _unescaped(value)} for key, value in _STRING_PAIR.findall(text, at)]
        values.append(value)
        at = _past_between(text, at)
    return values


def _past_between(text: str, at: int) -> int:
    between = _BETWEEN.match(text, at)
    return between.end() if between else at


def _unescaped(value: str) -> str:
    """A JSON string's text with its escapes read ("\\/" is "/"); as written when they are broken."""
    try:
        return str(_DECODER.decode(f'"{value}"'))
    except ValueError:
        return value


def _objects_in(value: Any) -> Iterator[dict[str, Any]]:
    """Each object in a value, itself first, then those inside it (an ``@graph`` included)."""
    if isinstance(value, list):
        for item in value:
            yield from _objects_in(item)
    elif isinstance(value, dict):
        yield value
        for inner in value.values():
            yield from _objects_in(inner)


def _pairs_in(value: Any) -> Iterator[tuple[str, Any]]:
    """Each key and value in a value, a key before the pairs inside its value."""
    if isinstance(value, list):
        for item in value:
            yield from _pairs_in(item)
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield key, inner
            yield from _pairs_in(inner)
