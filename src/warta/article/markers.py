"""Marker phrases of noise lines, loaded from ``resources/noise_markers.tsv``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from warta.resources import read_tsv

SHORT_LINE_WORDS = 15
# Brackets and bullets that sites put before a widget's label ("[ Baca Juga : … ]", "» Baca juga",
# "• Berita Terkait"): a marker is also tried on the line without them.
_LEADING_FRAME = "[(<{«»•·*▪►▶ \t"


@dataclass(frozen=True)
class Marker:
    reason: str
    scope: str  # line | short | header
    regex: re.Pattern[str]


@dataclass(frozen=True)
class MarkerHit:
    reason: str
    header: bool  # the line opens a list whose items share the reason


@cache
def markers() -> tuple[Marker, ...]:
    """Compiled markers, loaded once per process (read-only)."""
    return tuple(
        Marker(row["reason"], row["scope"], re.compile(row["pattern"], re.IGNORECASE))
        for row in read_tsv("noise_markers.tsv")
    )


@cache
def _any_marker(long_line: bool) -> re.Pattern[str]:
    """All markers that apply to a line of this length as one pattern: most lines match none, and
    one alternation rejects them in a single pass instead of one regex per marker."""
    usable = [m.regex.pattern for m in markers() if m.scope == "line" or not long_line]
    return re.compile("|".join(f"(?:{pattern})" for pattern in usable), re.IGNORECASE)


def match_marker(text: str, word_count: int) -> MarkerHit | None:
    """The first marker that explains ``text`` as noise, or None."""
    stripped = text.strip()
    forms = {stripped, stripped.lstrip(_LEADING_FRAME)}
    prefilter = _any_marker(word_count > SHORT_LINE_WORDS)
    if not any(prefilter.match(form) for form in forms):
        return None
    for marker in markers():
        if marker.scope != "line" and word_count > SHORT_LINE_WORDS:
            continue
        if any(marker.regex.match(form) for form in forms):
            return MarkerHit(marker.reason, marker.scope == "header")
    return None
