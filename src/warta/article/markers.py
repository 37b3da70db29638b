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


def match_marker(text: str, word_count: int) -> MarkerHit | None:
    """The first marker that explains ``text`` as noise, or None."""
    stripped = text.strip()
    forms = {stripped, stripped.lstrip(_LEADING_FRAME)}
    for marker in markers():
        if marker.scope != "line" and word_count > SHORT_LINE_WORDS:
            continue
        if any(marker.regex.match(form) for form in forms):
            return MarkerHit(marker.reason, marker.scope == "header")
    return None
