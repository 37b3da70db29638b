"""Which years a date written without its year can be in, from the weekday written with it.

"Selasa (8/11)" falls on a Tuesday only in some years (2005, 2011, 2016, 2022, …): an
undated article that names the days it reports with their weekdays is from one of those
years. Years the text itself mentions ("Pilkada 2017") narrow them to the ones close by.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

# How far back from the present a yearless weekday date is looked up: older undated text is
# rare, and each further year adds a candidate that fits the weekday.
YEARS_BACK = 15
# A year the text mentions and the writing year are at most this far apart, either way.
MENTIONED_YEAR_SPREAD = 1
YEAR_WORD = re.compile(r"(?<![\d/.-])(?:19[5-9]\d|20\d\d)(?![\d/.-])")

DayOfWeek = tuple[int, int, int]  # day, month, ISO weekday


def year_range(today: dt.date | None = None) -> range:
    current = (today or dt.date.today()).year
    return range(current - YEARS_BACK, current + 1)


def fits(year: int, named: DayOfWeek) -> bool:
    day, month, weekday = named
    try:
        return dt.date(year, month, day).isoweekday() == weekday
    except ValueError:
        return False


def fitting_years(named: Sequence[DayOfWeek], years: Iterable[int]) -> list[int]:
    """Years in which every named day falls on its weekday; when the text's weekdays disagree
    (a typo), the years of the first one."""
    candidates = list(years)
    together = [y for y in candidates if all(fits(y, n) for n in named)]
    if together or not named:
        return together
    return [y for y in candidates if fits(y, named[0])]


def mentioned_years(text: str) -> set[int]:
    return {int(match) for match in YEAR_WORD.findall(text)}


def narrowed(candidates: list[int], mentioned: set[int]) -> list[int]:
    """The candidates close to a year the text mentions, when there are any."""
    near = [y for y in candidates if any(abs(y - m) <= MENTIONED_YEAR_SPREAD for m in mentioned)]
    return near or candidates
