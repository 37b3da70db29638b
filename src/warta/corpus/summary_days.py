"""Relative days that open a summary sentence, read against the article's date.

"Hari ini, Halimah Yacob akan dilantik …" is true on the day its article appeared; among other
articles' sentences in a run's summary, "hari ini" points at no day. A journalist quoting such a
sentence adds the day in square brackets, an editor's insertion that leaves the words as written:
"Hari ini [14 September 2017], Halimah Yacob akan dilantik …". The day is the timex layer's
reading of the words (counted from the stated publication date, or from a date the text names).
A sentence whose opening day cannot be told (the article states no date: its day is only an
estimate, or unknown) is left out of the summary rather than printed with a day it may not mean.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import Protocol

from warta.article.date_words import MONTH_NAMES
from warta.models import Article, Timex

# Words that may stand before the opening time expression ("Pada hari ini, …").
_BEFORE = frozenset({"", "pada", "sejak", "mulai", "hingga", "sampai", "on", "since", "until", "by"})
# Anchors of a day that was told, not guessed: the publication date, a date the text names, the
# original a copy retells.
_TOLD = frozenset({"published", "narrative", "original"})
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


class Located(Protocol):
    """A summary candidate: its article, its span there, and its text as shown."""

    article: str
    start: int
    end: int
    text: str


def opening_days(sentences: Iterable[Located], articles: Sequence[Article], timexes: Sequence[Timex],
                 language: str) -> dict[int, str | None]:
    """Per sentence (by ``id``) that opens with a relative day: its text with the day in brackets,
    or None when the day cannot be told. Sentences that open otherwise are not in the result."""
    bodies = {a.id: a.body for a in articles}
    by_article: dict[str, list[Timex]] = {}
    for timex in sorted(timexes, key=lambda t: t.start):
        by_article.setdefault(timex.article, []).append(timex)
    starts = {article: [t.start for t in found] for article, found in by_article.items()}
    out: dict[int, str | None] = {}
    for sentence in sentences:
        found = by_article.get(sentence.article, [])
        at = bisect_left(starts.get(sentence.article, []), sentence.start)
        if at < len(found) and _opens(sentence, found[at], bodies.get(sentence.article, "")):
            out[id(sentence)] = _with_day(sentence, found[at], bodies[sentence.article], language)
    return out


def _opens(sentence: Located, timex: Timex, body: str) -> bool:
    """The time expression is the sentence's first words (after a preposition) and relative: it
    writes no number of its own ("hari ini", "kemarin", "pekan depan", not "Senin (21/8)")."""
    if timex.start >= sentence.end or timex.type not in ("DATE", "TIME"):
        return False
    before = body[sentence.start:timex.start].strip(" ,").lower()
    return before in _BEFORE and not any(c.isdigit() for c in timex.text)


def _with_day(sentence: Located, timex: Timex, body: str, language: str) -> str | None:
    day = shown_day(timex.value, language) if timex.anchor in _TOLD else None
    if day is None:
        return None
    raw = body[sentence.start:sentence.end]
    at = timex.end - sentence.start - (len(raw) - len(raw.lstrip()))
    return f"{sentence.text[:at]} [{day}]{sentence.text[at:]}"


def shown_day(value: str | None, language: str) -> str | None:
    """A TIMEX3 value as a reader writes it: a day ("14 September 2017", the time of day left out),
    a week's days ("11–17 September 2017") or a month ("September 2017"); None for other values
    (durations, seasons, "PRESENT_REF")."""
    months = MONTH_NAMES.get(language, MONTH_NAMES["id"])
    if value is None:
        return None
    if (day := _DAY.match(value)) is not None:
        return f"{int(day[3])} {months[int(day[2]) - 1]} {day[1]}"
    if (month := _MONTH.match(value)) is not None:
        return f"{months[int(month[2]) - 1]} {month[1]}"
    if (week := _WEEK.match(value)) is not None and 1 <= int(week[2]) <= 53:
        return _week(int(week[1]), int(week[2]), months)
    return None


def _week(year: int, number: int, months: tuple[str, ...]) -> str | None:
    try:
        first = dt.date.fromisocalendar(year, number, 1)
    except ValueError:  # week 53 of a year that has 52
        return None
    last = first + dt.timedelta(days=6)
    if first.month == last.month:
        return f"{first.day}–{last.day} {months[last.month - 1]} {last.year}"
    head = f"{first.day} {months[first.month - 1]}" + (f" {first.year}" if first.year != last.year else "")
    return f"{head} – {last.day} {months[last.month - 1]} {last.year}"
