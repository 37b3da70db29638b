"""Dates and months of the Hijri (Islamic) calendar written in the text (rule kind ``abs``).

"1 Ramadan 1447 H" and "10 Zulhijah 1446 Hijriah" are Gregorian days (``DATE`` 2026-02-18).
A month by itself ("bulan Ramadan", "selama Ramadan", "Ramadan tahun lalu") is a run of
Gregorian days that no TIMEX3 calendar value names: its value is the ISO 8601 interval of its
first and last day, ``2026-02-19/2026-03-20``, typed ``DATE`` as "bulan Desember" is. A Hijri
year alone ("tahun 1447 H") is likewise the interval of its days. A year written after the
month is Hijri when marked ("H", "Hijriah") or when it lies in the Hijri range of the years news
writes (1300-1600); else it is Gregorian: "Ramadan 2026" is the Ramadan that begins in 2026.
"""

from __future__ import annotations

import datetime as dt
import re

from warta.article.timex.feasts import HIJRI_YEARS, hijri_day, hijri_year_of, month_days
from warta.article.timex.reading import AnchorKind, Context, Reading, Span, approaching, direction, tense

_HIJRI_WRITTEN = range(1300, 1601)  # a bare year after a Hijri month in this range is a Hijri one
_NEAR_AHEAD = dt.timedelta(days=62)  # as for a year-less day: ahead only this far without a cue
_MONTHS_IN_YEAR = 12

Days = tuple[dt.date, dt.date]  # the first and last day meant (the same day for a date)


def read_hijri(span: Span, context: Context) -> Reading | None:
    """A Hijri date or month: "1 Ramadan 1447 H", "Ramadan", "bulan puasa tahun lalu"."""
    if any(t.tag == "UNIT" and t.value != "M" for t in span.tokens[: span.tags.index("HMONTH")]):
        return None  # "tahun Ramadan" is no month; "bulan Ramadan" is
    # (a month read as part of a longer expression, "pekan pertama Ramadan", needs no such check)
    inside = span.clause_start < span.start
    if span.tags[0] == "HMONTH" and not inside and _a_name(span, context.text):
        return None  # "Gilang Ramadhan ini", "kata Ramadhan", "Muharram Marzuki": a person's name
    month = int(span.value("HMONTH") or 0)
    day = int(span.value("NUM") or 0) or None
    year = _hijri_year(span, month, context)
    if year is not None:
        days = _days(year, month, day)
        return None if days is None else _reading(days, None if span.value("YEAR") else "published")
    if context.anchor is None:
        return Reading("DATE", None)
    days = _nearest(span, context, context.anchor, month, day)
    return None if days is None else _reading(days, "published")


def read_hijri_year(span: Span, context: Context) -> Reading | None:
    """"tahun 1447 H": the run of Gregorian days from 1 Muharram to the end of Zulhijah; a year out
    of the Hijri range ("2015 H") is left to be read as a plain year."""
    year = int(span.value("YEAR") or 0)
    first, last = month_days(year, 1), month_days(year, _MONTHS_IN_YEAR)
    if first is None or last is None:
        return None
    return _reading((first[0], last[1]), None)


# Words before a bare Hijri month that make it the month: many Indonesians are named after one
# ("Ramadhan", "Muharram", "Syawal"), so a bare month name counts only after one of these and when
# no capitalised word (a surname) follows it.
_MONTH_BEFORE = frozenset({
    "selama", "saat", "pada", "sepanjang", "menjelang", "jelang", "memasuki", "sebelum", "setelah",
    "sesudah", "usai", "seusai", "selepas", "pasca", "sejak", "hingga", "sampai", "dalam", "di",
    "tiap", "setiap", "bulan", "masa", "suasana", "momen", "momentum", "nuansa", "akhir", "awal",
    "pertengahan", "berpuasa", "puasa"
})  # fmt: skip
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+\Z")
_WORD_AFTER = re.compile(r"\s*([^\W\d_])")


def _a_name(span: Span, text: str) -> bool:
    """Whether a Hijri month name opening the span is a person's name: after a capitalised word
    that is no time preposition ("Gilang Ramadhan"), or, standing alone, before a capitalised word
    ("Ramadhan Sitorus") or after any word but a time preposition ("kata Ramadhan")."""
    before = _WORD_BEFORE.search(text, max(0, span.start - _LOOK), span.start)
    month_word = before is not None and before.group(1).lower() in _MONTH_BEFORE
    if before is not None and before.group(1)[0].isupper() and not month_word:
        return True
    if span.tags != ["HMONTH"]:
        return False
    after = _WORD_AFTER.match(text, span.end)
    return (after is not None and after.group(1).isupper()) or not month_word


_LOOK = 30  # characters searched before a bare month for the word before it


def _reading(days: Days, anchor: AnchorKind | None) -> Reading:
    first, last = days
    if first == last:
        return Reading("DATE", first.isoformat(), anchor, first)
    return Reading("DATE", f"{first.isoformat()}/{last.isoformat()}", anchor)


def _days(year: int, month: int, day: int | None) -> Days | None:
    if day is None:
        return month_days(year, month)
    found = hijri_day(year, month, day)
    return None if found is None else (found, found)


def _hijri_year(span: Span, month: int, context: Context) -> int | None:
    """The Hijri year the span names: written ("1447 H"), or that of the month which begins in a
    written or relative Gregorian year ("Ramadan 2026", "Ramadan tahun lalu"); None without one."""
    written = span.value("YEAR")
    if written is not None and (span.get("HIJRI") is not None or int(written) in _HIJRI_WRITTEN):
        return int(written)
    side = direction(span)
    if written is None and (side is None or span.get("UNIT") is None or context.anchor is None):
        return None
    if written is None:
        assert context.anchor is not None and side is not None  # checked above
        gregorian = context.anchor.year + side[0]
    else:
        gregorian = int(written)
    return _beginning_in(gregorian, month)


def _beginning_in(gregorian: int, month: int) -> int | None:
    """The Hijri year whose ``month`` begins in Gregorian year ``gregorian``."""
    first = hijri_year_of(dt.date(gregorian, 1, 1))
    if first is None:
        return None
    for year in (first, first + 1):
        days = month_days(year, month) if year in HIJRI_YEARS else None
        if days is not None and days[0].year == gregorian:
            return year
    return None


def _nearest(span: Span, context: Context, anchor: dt.date, month: int, day: int | None) -> Days | None:
    """The date or month of the Hijri years around the anchor the span means: on the side
    "lalu" / "mendatang" or a future cue says, else the one that holds the anchor or lies nearest
    (no more than two months ahead), as a year-less Gregorian date is read."""
    here = hijri_year_of(anchor)
    if here is None:
        return None
    options = [d for year in (here - 1, here, here + 1) if (d := _days(year, month, day)) is not None]
    side = direction(span)
    way = side[0] if side is not None else 1 if tense(span, context) > 0 or approaching(span, context) else 0
    if way < 0:
        return max((d for d in options if d[0] <= anchor), default=None)
    if way > 0:
        return min((d for d in options if d[1] >= anchor), default=None)
    inside = [d for d in options if d[0] <= anchor <= d[1]]
    near = inside or [d for d in options if d[0] - anchor <= _NEAR_AHEAD]
    return min(near, key=lambda d: (abs(d[0] - anchor), d[0] > anchor), default=None)
