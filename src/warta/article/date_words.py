"""The vocabulary of dates: month, weekday, zone and cue words of ``resources/time_words.tsv``.

Read once, at import, into :data:`WORDS`; :func:`alternation` turns a word list into a regular
expression.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class _Words:
    months: dict[str, int]
    weekdays: dict[str, int]
    zones: dict[str, dt.timezone]
    relative: dict[str, int]
    future: dict[str, str]  # cue -> "any" or "after" (where it counts, see the TSV)
    line: dict[str, str]  # word -> "label" (marks a metadata line) or "link" (connective)
    daypart: frozenset[str]
    daypart_codes: dict[str, str]  # day part -> TimeML code (MO, AF, EV, NI)


def word_key(word: str) -> str:
    """Normalise a matched word for dictionary lookup (case, spacing, apostrophes)."""
    return " ".join(word.lower().replace("’", "'").rstrip(".").split())


def utc_offset(text: str) -> dt.timezone | None:
    """``+07:00`` / ``+0700`` / ``+7`` -> a fixed-offset timezone; None beyond +-14 h."""
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours = int(digits[:-2]) if len(digits) > 2 else int(digits)
    minutes = int(digits[-2:]) if len(digits) > 2 else 0
    if hours > 14 or minutes > 59:  # no zone on Earth is further from UTC
        return None
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def _zone_value(text: str) -> dt.timezone:
    zone = utc_offset(text)
    if zone is None:
        raise ValueError(f"time_words.tsv: bad UTC offset {text!r}")
    return zone


def _rows() -> Iterator[tuple[str, str, str]]:
    path = resources.files("warta").joinpath("resources", "time_words.tsv")
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines:
        if not line.strip() or line.startswith("#") or line.startswith("kind\t"):
            continue
        kind, word, value = line.split("\t")
        yield kind, word, value


def _load_words() -> _Words:
    table: dict[str, dict[str, str]] = {}
    for kind, word, value in _rows():
        table.setdefault(kind, {})[word_key(word)] = value
    return _Words(
        months={w: int(v) for w, v in table["month"].items()},
        weekdays={w: int(v) for w, v in table["weekday"].items()},
        zones={w: _zone_value(v) for w, v in table["zone"].items()},
        relative={w: int(v) for w, v in table["relative"].items()},
        future=table["future"],
        line=table["line"],
        daypart=frozenset(table["daypart"]),
        daypart_codes=table["daypart"],
    )


WORDS = _load_words()
# Month names as a writer spells them out, by language: for writing dates, not for reading them
# (reading goes through WORDS.months, which also knows abbreviations and misspellings).
MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
           "Oktober", "November", "Desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}


def alternation(words: Iterable[str]) -> str:
    """Longest-first alternation so that "Juli" wins over "Jul"; "'" matches ’ too."""
    ordered = sorted(set(words), key=len, reverse=True)
    escaped = (re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in ordered)
    return "|".join(escaped)
