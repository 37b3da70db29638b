"""The clock time and time zone written after a date ("16:09 WIB", "2:30 p.m.", "+07:00")."""

from __future__ import annotations

import datetime as dt

from warta.article.date_patterns import Groups
from warta.article.date_words import WORDS, utc_offset, word_key


def _zone(g: Groups) -> dt.timezone | None:
    if g["off"]:
        return utc_offset(g["off"])
    label = g["tz"]
    if not label:
        return None
    if label.upper() == "Z":
        return dt.UTC
    if g["tzoff"]:
        return utc_offset(g["tzoff"])
    return WORDS.zones[word_key(label)]


def clock_time(g: Groups) -> dt.time | None:
    """The clock time after the date, or None when impossible (25:70) or 12-hour nonsense."""
    hour, minute, second = int(g["hh"] or 0), int(g["mi"] or 0), int(g["ss"] or 0)
    meridiem = (g["ap"] or "").lower()
    if meridiem and not 1 <= hour <= 12:
        return None
    if meridiem.startswith("p") and hour < 12:
        hour += 12
    elif meridiem.startswith("a") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    return dt.time(hour, minute, second, tzinfo=_zone(g))
