"""TIMEX3-style date values read back as calendar spans, for comparing and ordering them.

``2022-11-14`` is a day, ``2022-W46`` a week, ``2022-11`` a month, ``2022-Q4`` a quarter,
``2022-SU`` a season, ``2022`` a year and ``202`` a decade; ``PAST_REF`` and other values
with no calendar position read as ``None``. A time of day (``2022-11-14T10:00``) counts as
its day: outlets rarely agree on the hour and nothing across articles needs it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from warta.models import Granularity

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_HALF = re.compile(r"(\d{4})-H([12])")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_YEAR = re.compile(r"(\d{4})")
_DECADE = re.compile(r"(\d{3})")
# Northern-hemisphere seasons as TIMEX3 defines them (months they start and end in).
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


@dataclass(frozen=True)
class DateSpan:
    """The first and last day (inclusive) a date value covers, and how precise it is."""

    start: dt.date
    end: dt.date
    granularity: Granularity

    def contains(self, other: DateSpan) -> bool:
        return self.start <= other.start and other.end <= self.end

    def nested(self, other: DateSpan) -> bool:
        """One span lies inside the other: the values agree at the coarser granularity."""
        return self.contains(other) or other.contains(self)

    def gap_days(self, other: DateSpan) -> int:
        """Days between the spans; 0 when they overlap."""
        if self.end < other.start:
            return (other.start - self.end).days
        if other.end < self.start:
            return (self.start - other.end).days
        return 0


def _month_span(year: int, first: int, last: int, granularity: Granularity) -> DateSpan:
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    following = dt.date(end_year + end_month // 12, end_month % 12 + 1, 1)
    return DateSpan(dt.date(year, first, 1), following - dt.timedelta(days=1), granularity)


def _span(value: str) -> DateSpan | None:
    if m := _DAY.match(value):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return DateSpan(day, day, "day")
    if m := _WEEK.match(value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return DateSpan(monday, monday + dt.timedelta(days=6), "week")
    if m := _QUARTER.match(value):
        quarter = int(m[2])
        return _month_span(int(m[1]), 3 * quarter - 2, 3 * quarter, "quarter")
    if m := _HALF.match(value):
        half = int(m[2])
        return _month_span(int(m[1]), 6 * half - 5, 6 * half, "quarter")
    if m := _SEASON.match(value):
        first, last = _SEASONS[m[2]]
        return _month_span(int(m[1]), first, last, "season")
    if m := _MONTH.fullmatch(value[:7]):
        return _month_span(int(m[1]), int(m[2]), int(m[2]), "month")
    if m := _YEAR.fullmatch(value[:4]):
        return DateSpan(dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31), "year")
    if m := _DECADE.fullmatch(value):
        first = int(m[1]) * 10
        return DateSpan(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "decade")
    return None


def date_span(value: str | None) -> DateSpan | None:
    """The calendar span of a TIMEX3 date value, or ``None`` when it has none."""
    if not value:
        return None
    try:
        return _span(value)
    except ValueError:  # month 13, week 54…: a malformed value has no position
        return None


def granularity(value: str | None) -> Granularity:
    span = date_span(value)
    return span.granularity if span else "vague"
