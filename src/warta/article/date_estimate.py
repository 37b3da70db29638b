"""Estimated publication days of undated articles, from the dates they mention.

:func:`estimate_published`; the words next to each date are read by :mod:`date_context`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from warta.article import weekday_years
from warta.article.date_context import is_future_context, relative_shift, written_weekday
from warta.article.date_finder import FoundDate, find_dates, valid_day
from warta.article.date_patterns import MONTH
from warta.article.date_words import WORDS, word_key


@dataclass(frozen=True)
class Estimate:
    """An estimated publication day, the window it plausibly lies in, and why."""

    value: dt.date
    window: tuple[dt.date, dt.date]
    evidence: str
    # The years a year-less text's weekdays fit ("Senin (21/8)": 2017, 2023) when it names no
    # year itself; a run's other articles can tell them apart (``corpus.run_years``).
    years: tuple[int, ...] = ()


# How long after the latest past-tense date an article may plausibly appear.
_WINDOW_DAYS = 21
_YEAR_RE = re.compile(r"\d{4}")


@dataclass(frozen=True)
class _Mention:
    found: FoundDate
    day: dt.date
    future: bool
    shift: int  # publication day minus this day, from an adjacent relative word
    cue: str
    weekday: bool  # written with its weekday, as news writes the day it reports on


def _is_future(text: str, found: FoundDate) -> bool:
    return is_future_context(text, found.start, found.end)


def _near_anchor(day: dt.date, anchor: dt.date) -> dt.date:
    """A year-less date moved to the year that puts it closest to ``anchor``.

    "26 Desember" in an article whose other dates are in early January 2015 is 2014.
    """
    options = (valid_day(y, day.month, day.day) for y in (anchor.year - 1, anchor.year + 1))
    closest = day
    for option in options:
        if option is not None and abs(option - anchor) < abs(closest - anchor):
            closest = option
    return closest


def _weekday_checked(found: FoundDate) -> dt.date:
    """The day, moved to the neighbouring year when only that fits the named weekday.

    Writers mistype the year ("Kamis (11/12/2013)" in a 2014 article) far more often
    than the weekday, so a weekday that fits year+-1 but not the year wins.
    """
    day = found.day
    weekday = written_weekday(found)
    if weekday is None:
        return day
    if day.isoweekday() == weekday:
        return day
    for year in (day.year - 1, day.year + 1):
        other = valid_day(year, day.month, day.day)
        if other is not None and other.isoweekday() == weekday:
            return other
    return day


def _mention(text: str, found: FoundDate, anchor: dt.date) -> _Mention:
    named = written_weekday(found) is not None
    day = _weekday_checked(found)
    if not named and not _YEAR_RE.search(found.text):
        day = _near_anchor(day, anchor)
    shift, cue = relative_shift(text, found, day)
    return _Mention(found, day, _is_future(text, found), shift, cue, named)


def _mentions(text: str, year: int | None) -> tuple[list[_Mention], list[int]]:
    """The dates the text mentions, and the years a yearless text's weekdays fit (empty when
    a date with its year anchors the text); the yearless dates are read in ``year`` when it
    is one of those, else in the latest."""
    dated = find_dates(text)
    years: list[int] = []
    if not dated:
        years = _weekday_years(text)
        if not years:
            return [], []
        chosen = year if year in years else years[-1]
        dated = [f for f in find_dates(text, ref_year=chosen) if written_weekday(f) is not None]
    anchor = max(f.day for f in dated)
    return [_mention(text, f, anchor) for f in find_dates(text, ref_year=anchor.year)], years


def _weekday_years(text: str) -> list[int]:
    """Years in which the text's yearless weekday dates ("Selasa (8/11)") fall on their weekday,
    near the years the text mentions when it mentions any."""
    named = [(f.day.day, f.day.month, weekday) for f in find_dates(text, ref_year=2000)
             if (weekday := written_weekday(f)) is not None and not _YEAR_RE.search(f.text)]
    if not named:
        return []
    candidates = weekday_years.fitting_years(named, weekday_years.year_range())
    candidates = _not_after_awaited(candidates, text)
    return weekday_years.narrowed(candidates, weekday_years.mentioned_years(text))


def _not_after_awaited(candidates: list[int], text: str) -> list[int]:
    """The candidates not later than a year the text looks forward to ("Pemilu 2019
    mendatang" is written by 2019 at the latest), when any are left."""
    awaited = [int(m[0]) for m in weekday_years.YEAR_WORD.finditer(text)
               if is_future_context(text, m.start(), m.end())]
    if not awaited:
        return candidates
    return [y for y in candidates if y <= min(awaited)] or candidates


def _implied(mention: _Mention) -> dt.date:
    return mention.day + dt.timedelta(days=mention.shift)


def _before_future(mentions: list[_Mention]) -> Estimate:
    """Only forward-looking dates: the article appeared before the first of them."""
    first = min(mentions, key=lambda m: m.day)
    lower = first.day - dt.timedelta(days=_WINDOW_DAYS)
    return Estimate(
        value=first.day - dt.timedelta(days=1),
        window=(lower, first.day),
        evidence=f"only future dates; before {first.found.text!r}",
    )


def _evidence(floor: _Mention | None, best: _Mention) -> str:
    parts = [] if floor is None else [f"latest past date {floor.found.text!r}"]
    if best.cue:
        parts.append(f"{best.cue!r} next to {best.found.text!r}: {best.shift:+d} day(s)")
    return "; ".join(parts)


def estimate_published(text: str, year: int | None = None) -> Estimate | None:
    """Estimate when an undated article was written from the dates it mentions.

    The latest date the text reports as past is the floor (news is written on the day
    of, or soon after, what it reports); a relative word touching a date ("kemarin",
    "hari ini", "besok", "waktu setempat") fixes the writing day from that date; dates
    the text looks forward to ("akan", "mendatang") are no floor but cap the window.

    A text that names no year is dated by the years its weekdays fit: the latest by default,
    with a window back to the earliest; ``year``, when it is one of them, is taken instead
    and the window is that year's alone (the caller has evidence that tells them apart).
    """
    mentions, years = _mentions(text, year)
    estimate = _estimate_from(mentions)
    if estimate is None:
        return _from_months(text)
    if not years:
        return estimate
    return _in_year(estimate, years) if year in years else _over_years(estimate, years)


# "awal / pertengahan / akhir Oktober 2017": a month the text reports on, with its part.
_MONTH_YEAR_RE = re.compile(
    rf"(?<!\w)(?:(awal|pertengahan|medio|akhir)\s+)?({MONTH})\s+((?:19|20)\d\d)(?!\w)", re.IGNORECASE
)
_MONTH_PART_DAY = {"awal": 5, "pertengahan": 15, "medio": 15, "akhir": 25}


def _from_months(text: str) -> Estimate | None:
    """With no day to go by, the latest month the text reports as past ("Hingga pertengahan
    Oktober 2017, …"): the article is from that month's part or soon after; the window runs
    from the month's first day to three weeks after its end."""
    past: list[tuple[dt.date, str]] = []
    for match in _MONTH_YEAR_RE.finditer(text):
        if is_future_context(text, match.start(), match.end()):
            continue
        month, year = WORDS.months[word_key(match[2])], int(match[3])
        day = _MONTH_PART_DAY.get((match[1] or "").lower(), 15)
        past.append((dt.date(year, month, day), match[0]))
    if not past:
        return None
    value, said = max(past)
    first = value.replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return Estimate(value, (first, last + dt.timedelta(days=_WINDOW_DAYS)), f"the month it reports: {said!r}")


def _fitting(years: list[int]) -> str:
    return ", ".join(str(y) for y in years) if len(years) > 1 else f"only {years[0]}"


def _over_years(estimate: Estimate, years: list[int]) -> Estimate:
    """An estimate dated by the years its weekdays fit: the latest year is the value; with several,
    the window reaches back to the same days of the earliest, and the evidence names them all."""
    start = estimate.window[0]
    earliest = valid_day(years[0], start.month, start.day) or dt.date(years[0], start.month, 28)
    taken = f"; the latest, {years[-1]}, taken: nothing in the text tells them apart" if years[:-1] else ""
    return Estimate(estimate.value, (earliest, estimate.window[1]),
                    f"{estimate.evidence}; the weekdays fit {_fitting(years)}{taken}".lstrip("; "),
                    tuple(years))


def _in_year(estimate: Estimate, years: list[int]) -> Estimate:
    """An estimate read in a year the caller chose among those its weekdays fit."""
    return Estimate(estimate.value, estimate.window,
                    f"{estimate.evidence}; the weekdays fit {_fitting(years)}".lstrip("; "), tuple(years))


def _estimate_from(mentions: list[_Mention]) -> Estimate | None:
    ahead = [m for m in mentions if m.future or m.shift < 0]
    past = [m for m in mentions if m not in ahead]
    # News names the day it reports with its weekday ("Kamis (5/12/2013)"); bare dates
    # are more often targets and background, so they decide only when nothing else can.
    past = [m for m in past if m.weekday or m.cue] or past
    pinned = [m for m in ahead if m.shift < 0 and not m.future]  # "besok, Selasa (30/12)"
    if not past and not pinned:
        return _before_future(mentions) if mentions else None
    best = max(past + pinned, key=lambda m: (_implied(m), m.shift))
    value = _implied(best)
    floor = max(past, key=lambda m: m.day) if past else None
    lower = floor.day if floor is not None else value
    upper = lower + dt.timedelta(days=_WINDOW_DAYS)
    upper = max(min([upper, *(m.day for m in ahead if m.day >= value)]), value)
    return Estimate(value=value, window=(min(lower, value), upper), evidence=_evidence(floor, best))
