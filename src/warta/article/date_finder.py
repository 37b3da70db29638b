"""Absolute calendar dates in a text: :func:`find_dates` and the :class:`FoundDate` it returns.

("Jum'at, 07 Juli 2023 - 16:09 WIB", "Sabtu (22/10/2022)", "2022-11-08", ...)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from warta.article.date_clock import clock_time
from warta.article.date_patterns import (
    CLOSE_RE,
    CORE_RE,
    LOOKBACK,
    MDY_RE,
    NUMBER_RE,
    PREFIX_RE,
    TIME_RE,
    Groups,
)
from warta.article.date_words import WORDS, word_key


@dataclass(frozen=True)
class FoundDate:
    """One absolute date found in a text; ``text[start:end]`` is the expression.

    ``value`` is a ``datetime`` when a clock time was given (timezone-aware when a
    zone such as WIB was given too), otherwise a ``date``. Dates that do not come from
    a text span (htmldate's answer) have ``start == end == -1``.
    """

    start: int
    end: int
    text: str
    value: dt.date | dt.datetime
    has_time: bool

    @property
    def day(self) -> dt.date:
        """The calendar day, whether or not a time was given."""
        if isinstance(self.value, dt.datetime):
            return self.value.date()
        return self.value


def valid_day(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None for impossible ones (31/02) and years outside news range."""
    if not 1900 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _guess_year(day: int, month: int, ref_year: int, weekday: int | None) -> int:
    """Year of a year-less date: the reference year unless only a neighbour fits the weekday."""
    if weekday is None:
        return ref_year
    for year in (ref_year, ref_year - 1, ref_year + 1):
        day_value = valid_day(year, month, day)
        if day_value is not None and day_value.isoweekday() == weekday:
            return year
    return ref_year


def _numeric_dmy(day: int, month: int, year: int) -> dt.date | None:
    """Day-first numeric date, read month-first only when day-first is impossible (11/14/2022)."""
    if month > 12 >= day:
        day, month = month, day
    return valid_day(year, month, day)


def _month(word: str | None) -> int:
    return WORDS.months[word_key(word or "")]


def _yearless_day(g: Groups, ref_year: int) -> dt.date | None:
    weekday = WORDS.weekdays[word_key(g["wd"])] if g["wd"] else None
    if g["d5"]:
        if not (g["wd"] or g["op"]):
            return None  # a bare "3/4" is as likely a fraction or a score as a date
        day, month = int(g["d5"]), int(g["m5"] or 0)
    elif not (g["m6"] or "")[:1].isupper():
        return None  # "5 may" in English prose; month names are capitalised when meant
    else:
        day, month = int(g["d6"] or 0), _month(g["m6"])
    return valid_day(_guess_year(day, month, ref_year, weekday), month, day)


def _calendar_day(g: Groups, ref_year: int | None) -> dt.date | None:
    if g.get("d2"):
        return valid_day(int(g["y2"] or 0), _month(g["m2"]), int(g["d2"] or 0))
    if g["d1"]:
        return valid_day(int(g["y1"] or 0), _month(g["m1"]), int(g["d1"]))
    if g["d3"]:
        return _numeric_dmy(int(g["d3"]), int(g["m3"] or 0), int(g["y3"] or 0))
    if g["d4"]:
        return valid_day(int(g["y4"] or 0), int(g["m4"] or 0), int(g["d4"]))
    if g["d7"]:
        return _short_year_day(g)
    return None if ref_year is None else _yearless_day(g, ref_year)


_CENTURY_PIVOT = 70  # "(29/12/14)" is 2014, "(5/3/98)" 1998


def _short_year_day(g: Groups) -> dt.date | None:
    """A day/month/two-digit-year date, only beside a weekday or in parentheses ("Senin
    (29/12/14)"): a bare "1/2/14" is as likely a fraction or a reference number."""
    if not (g["wd"] or g["op"]):
        return None
    short = int(g["y7"] or 0)
    year = short + (2000 if short < _CENTURY_PIVOT else 1900)
    return _numeric_dmy(int(g["d7"] or 0), int(g["m7"] or 0), year)


def _core_at(
    text: str, i: int, lo: int, ref_year: int | None
) -> tuple[re.Match[str], re.Match[str]] | None:
    """The date body at the number at ``i`` and what precedes it (weekday, "(", month).

    The body is tried first because most numbers in news are not dates and the
    look-back is the costlier search.
    """
    core = CORE_RE.match(text, i)
    if core is not None and ref_year is None and (core["d5"] or core["d6"]):
        core = None  # year-less forms are not wanted: skip the look-back
    mdy = None if core is not None else MDY_RE.match(text, i)
    if core is None and mdy is None:
        return None
    prefix = PREFIX_RE.search(text, max(lo, i - LOOKBACK), i)
    if prefix is None:  # cannot happen (everything in it is optional); keeps mypy honest
        return None
    if prefix.group("m2"):
        mdy = mdy or MDY_RE.match(text, i)
        if mdy is not None:
            return prefix, mdy
    return None if core is None else (prefix, core)


def _date_at(text: str, i: int, lo: int, ref_year: int | None) -> FoundDate | None:
    """The date whose first number starts at ``i``, with what surrounds it (not before ``lo``)."""
    parts = _core_at(text, i, lo, ref_year)
    if parts is None:
        return None
    prefix, core = parts
    g: Groups = {**prefix.groupdict(), **core.groupdict()}
    start, end = prefix.start(), core.end()
    if g["op"]:
        close = CLOSE_RE.match(text, end)
        if close is not None:
            end = close.end()
        else:  # "(" without ")" belongs to something else, and so does what preceded it
            start, g["wd"], g["op"] = i, None, None
    if g["m2"] and "d2" not in g:  # a month word before a day-first date is not part of it
        start, g["wd"], g["m2"] = i, None, None
    return _with_time(text, start, end, g, ref_year)


def _with_time(
    text: str, start: int, end: int, g: Groups, ref_year: int | None
) -> FoundDate | None:
    day = _calendar_day(g, ref_year)
    if day is None:
        return None
    time_match = TIME_RE.match(text, end)
    if time_match is not None:
        clock = clock_time({**g, **time_match.groupdict()})
        if clock is not None:
            end = time_match.end()
            value = dt.datetime.combine(day, clock)
            return FoundDate(start, end, text[start:end], value, True)
    return FoundDate(start, end, text[start:end], day, False)


def find_dates(text: str, ref_year: int | None = None) -> list[FoundDate]:
    """Every absolute date in ``text``, in text order.

    Day/month dates without a year ("Selasa (8/11)", "14 November") are returned only
    when ``ref_year`` says which year the text is about; a weekday next to them may move
    them to the neighbouring year (a late-December date in a January article).
    """
    found: list[FoundDate] = []
    done = 0
    for number in NUMBER_RE.finditer(text):
        if number.start() < done:
            continue
        date = _date_at(text, number.start(), done, ref_year)
        if date is not None:
            found.append(date)
            done = date.end
    return found
