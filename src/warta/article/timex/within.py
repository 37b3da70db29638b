"""The N-th week or day inside a month or a feast (rule kind ``within``).

"pekan pertama April", "minggu kedua Mei 2026", "minggu ke-2 Mei", "pekan terakhir Desember",
"pekan pertama Ramadan", "minggu pertama bulan depan": the N-th run of seven days of the month (the
last seven for "terakhir"), written as the ISO week that holds most of it — the week of its middle
day — as "pekan lalu" is an ISO week.
"akhir pekan kedua Juni", "akhir pekan terakhir bulan ini": the month's N-th (last) weekend, the one
whose Saturday is the month's N-th (last) Saturday, written as its ISO week's weekend (2023-W24-WE),
as "akhir pekan" is. Without a month ("akhir pekan kedua" of a film's run or a festival) it is a
running count, told at the weekend it has reached: the weekend "akhir pekan" names.
"hari kedua Lebaran", "hari ketiga puasa", "hari terakhir Ramadan": that day of the feast (its
first day is the feast) or of the Hijri month.
"""

from __future__ import annotations

import datetime as dt

from warta.article.timex import calendar as cal
from warta.article.timex.absolute import read_abs
from warta.article.timex.reading import Context, Reading, Span, direction

_WEEK = 7
_WEEK_MIDDLE = 3  # days from a week's first day to its middle
_NAMES = ("MONTH", "HMONTH", "HOLIDAY")


def read_within(span: Span, context: Context) -> Reading | None:
    if span.get("WEEKEND") is not None:
        return _weekend_of_month(span, context)
    kind = span.value("UNIT")
    index = next((i for i, tag in enumerate(span.tags) if tag in _NAMES), None)
    whole = _relative_month(span, context) if index is None else _whole(span, context, index)
    if whole is None or whole.value is None or not whole.value[:4].isdecimal():
        return None if whole is None else Reading("DATE", None)
    days = _days_of(whole, "MONTH" if index is None else span.tags[index])
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
    name = "MONTH" if index is None else span.tags[index]
    if kind == "D" and name != "MONTH" and not (last_one and name == "HOLIDAY"):
        day = last if last_one else first + dt.timedelta(days=which - 1)
        return Reading("DATE", day.isoformat(), whole.anchor, day) if first <= day <= last else None
    return None


def _whole(span: Span, context: Context, index: int) -> Reading | None:
    """The month, Hijri month or feast named from token ``index`` on ("Mei 2026", "Ramadan")."""
    return read_abs(Span(span.tokens[index:], span.after, span.clause_start), context)


def _relative_month(span: Span, context: Context) -> Reading | None:
    """The month of "bulan depan" / "bulan lalu" / "bulan ini" after the ordinal; None for any other
    unit ("pekan kedua tahun depan" is left to other rules)."""
    counted = next(i for i, tag in enumerate(span.tags) if tag in ("ORD", "TERAKHIR"))
    units = [t for t in span.tokens[counted:] if t.tag == "UNIT"]
    side = direction(span)
    if [t.value for t in units] != ["M"] or side is None:
        return None
    if context.anchor is None:
        return Reading("DATE", None)
    return Reading("DATE", cal.shifted(context.anchor, side[0], "M"), "published")


_SATURDAY = 5  # date.weekday()


def _weekend_of_month(span: Span, context: Context) -> Reading | None:
    """"akhir pekan kedua Juni": the weekend of the month's second Saturday; "akhir pekan terakhir
    Mei" of its last. Without a month, the weekend "akhir pekan" itself names, the ordinal a count."""
    month_at = next((i for i, tag in enumerate(span.tags) if tag == "MONTH"), None)
    if month_at is None and span.get("UNIT") is None:
        if span.get("TERAKHIR") is not None:
            return None  # "akhir pekan terakhir" alone: the latest weekend, read without "terakhir"
        weekend = span.tokens[: span.tags.index("WEEKEND") + 1]
        return read_abs(Span(weekend, (), span.clause_start), context)
    whole = _relative_month(span, context) if month_at is None else _whole(span, context, month_at)
    if whole is None or whole.value is None or not whole.value[:4].isdecimal():
        return None if whole is None else Reading("DATE", None)
    first, last = _days_of(whole, "MONTH") or (None, None)
    if first is None or last is None:
        return None
    first_saturday = first + dt.timedelta(days=(_SATURDAY - first.weekday()) % _WEEK)
    saturdays = [day for n in range(5) if (day := first_saturday + dt.timedelta(weeks=n)) <= last]
    which = len(saturdays) if span.get("TERAKHIR") is not None else int(span.value("ORD") or 0)
    if not 1 <= which <= len(saturdays):
        return None  # "akhir pekan kelima Februari": a weekend the month does not have
    return Reading("DATE", f"{cal.week(saturdays[which - 1])}-WE", whole.anchor)


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
