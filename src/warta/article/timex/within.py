"""The N-th week or day inside a month or a feast (rule kind ``within``).

"pekan pertama April", "minggu kedua Mei 2026", "pekan terakhir Desember", "pekan pertama
Ramadan": the N-th run of seven days of the month (the last seven for "terakhir"), written as the
ISO week that holds most of it — the week of its middle day — as "pekan lalu" is an ISO week.
"hari kedua Lebaran", "hari ketiga puasa", "hari terakhir Ramadan": that day of the feast (its
first day is the feast) or of the Hijri month.
"""

from __future__ import annotations

import datetime as dt

from warta.article.timex import calendar as cal
from warta.article.timex.absolute import read_abs
from warta.article.timex.reading import Context, Reading, Span

_WEEK = 7
_WEEK_MIDDLE = 3  # days from a week's first day to its middle
_NAMES = ("MONTH", "HMONTH", "HOLIDAY")


def read_within(span: Span, context: Context) -> Reading | None:
    kind = span.value("UNIT")
    index = next(i for i, tag in enumerate(span.tags) if tag in _NAMES)
    whole = read_abs(Span(span.tokens[index:], span.after, span.clause_start), context)
    if whole is None or whole.value is None or not whole.value[:4].isdecimal():
        return None if whole is None else Reading("DATE", None)
    days = _days_of(whole, span.tags[index])
    if days is None:
        return None
    first, last = days
    last_one = span.get("TERAKHIR") is not None
    which = int(span.value("ORD") or 0)
    if kind == "W":
        middle = last - dt.timedelta(days=_WEEK_MIDDLE) if last_one else first + dt.timedelta(
            days=_WEEK * (which - 1) + _WEEK_MIDDLE)
        # "pekan kelima Februari": a week the month does not have
        return Reading("DATE", cal.week(middle), whole.anchor) if first <= middle <= last else None
    if kind == "D" and span.tags[index] != "MONTH" and not (last_one and span.tags[index] == "HOLIDAY"):
        day = last if last_one else first + dt.timedelta(days=which - 1)
        return Reading("DATE", day.isoformat(), whole.anchor, day) if first <= day <= last else None
    return None


def _days_of(whole: Reading, tag: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a month ("2026-04"), a Hijri month ("2026-02-19/2026-03-20") or a
    feast's day; a feast runs on for as long as the text counts its days."""
    value = whole.value or ""
    if tag == "MONTH":
        first = dt.date(int(value[:4]), int(value[5:7]), 1)
        following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, following - dt.timedelta(days=1)
    if "/" in value:
        start, _, end = value.partition("/")
        return dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    if whole.type != "DATE" or whole.day is None:  # "malam Lebaran" has no N-th day
        return None
    return whole.day, whole.day + dt.timedelta(days=_FEAST_DAYS_COUNTED)


_FEAST_DAYS_COUNTED = 9  # "hari ketujuh Lebaran": Indonesia counts the days of Lebaran for a week or so
