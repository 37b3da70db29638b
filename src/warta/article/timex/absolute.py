"""Calendar expressions: dates, months, years, decades, centuries, quarters, weekdays,
weekends, seasons and holidays (rule kind ``abs``)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from warta.article import dates
from warta.article.timex import calendar as cal
from warta.article.timex.feasts import feasts
from warta.article.timex.hijri import read_hijri, read_hijri_year
from warta.article.timex.lexicon import lexicon
from warta.article.timex.reading import (
    AnchorKind,
    Context,
    Reading,
    Span,
    approaching,
    day_shift,
    direction,
    said_before,
    said_on,
    tense,
    unit,
    with_time,
)

# A written year: four digits, or two after a day and a month ("29/12/14")
_WRITTEN_YEAR = re.compile(r"\d{4}|\d{1,2}/\d{1,2}/\d{2}(?!\d)")


def read_abs(span: Span, context: Context) -> Reading | None:
    """Calendar expressions: dates, months, years, decades, centuries, quarters, weekdays."""
    for tags, reader in _ABS_READERS:
        if span.get(*tags) is not None:
            return reader(span, context)
    return None


def _found_date(span: Span, context: Context) -> Reading | None:
    token = span.get("DATE", "DATETIME")
    year_said = _year_unit_after(span, "DATE", "DATETIME")  # "23 Agustus tahun lalu"
    if token is None or token.date is None or (unit(span) not in (None, "D") and not year_said):
        return None
    found = token.date
    day = found.day
    relative: AnchorKind | None = None
    range_year = None if _has_year(found) else _range_year(span, day.month, day.day)
    side = direction(span)
    if year_said and side is not None and context.anchor is not None and not _has_year(found):
        day, relative = _replace_year(day, context.anchor.year + side[0]), "published"
    elif range_year is not None:  # "1/1-31/12/2014"
        day = _replace_year(day, int(range_year))
    elif context.anchor is not None and not _has_year(found) and not _weekday_dated(found, context.anchor):
        # A year-less day is read in the anchor's year by find_dates: move it to the nearest year.
        day, relative = _year_less_day(day, span, context, context.anchor), "published"
    if isinstance(found.value, dt.datetime):
        time = found.value.time()
        seconds = f":{time.second:02d}" if time.second else ""
        return Reading("TIME", f"{day.isoformat()}T{time.hour:02d}:{time.minute:02d}{seconds}", None, day)
    return with_time(span, day, relative, cal.day(day))


# How far from the anchor a weekday may carry a year-less date: "Minggu (20/1)" in a report of
# 23 January 2018 is the 20th just gone, named with the wrong weekday, not Sunday 20 January 2019.
_WEEKDAY_YEAR_REACH = dt.timedelta(days=183)


def _weekday_dated(found: dates.FoundDate, anchor: dt.date) -> bool:
    """Whether the weekday written with a year-less date chose its year (a year near the anchor)."""
    return dates.written_weekday(found) is not None and abs(found.day - anchor) <= _WEEKDAY_YEAR_REACH


def _range_end_date(span: Span) -> dt.date | None:
    """The day a range ends on, when the span is its year-less first half ("1 Januari-")."""
    after = span.after
    if len(after) < 2 or after[0].tag != "DASH" or after[1].date is None or not _has_year(after[1].date):
        return None
    return after[1].date.day


def _replace_year(day: dt.date, year: int) -> dt.date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day


def _has_year(found: dates.FoundDate) -> bool:
    return _WRITTEN_YEAR.search(found.text) is not None


def _month(span: Span, context: Context) -> Reading | None:
    before = span.tokens[: span.tags.index("MONTH")] if "MONTH" in span.tags else []
    if any(t.tag == "UNIT" and t.value != "M" for t in before):
        return None  # "tahun Desember" is no month; "bulan Desember" is
    month = int(span.value("MONTH", "MONABBR") or 0)
    year = span.value("YEAR")
    day_token = span.get("NUM", "ORD")
    side = direction(span)
    if year is None and side is not None and context.anchor is not None and _year_unit_after_month(span):
        year = str(context.anchor.year + side[0])  # "23 Agustus tahun lalu", "Januari tahun depan"
    if day_token is not None:
        day = int(day_token.value)
        return _day_month(day, month, year or _range_year(span, month, day), span, context)
    year = year or _range_year(span, month)
    if year is not None:
        return Reading("DATE", f"{int(year):04d}-{month:02d}")
    if context.anchor is None:
        return Reading("DATE", f"XXXX-{month:02d}")
    side = direction(span)
    if side is not None and (side[0] == 0 or _year_unit_after_month(span)):
        # "Oktober ini", "Januari tahun lalu": the month of this (last, next) year
        return Reading("DATE", f"{context.anchor.year + side[0]:04d}-{month:02d}", "published")
    if side is not None:  # "Oktober lalu": the last October before this month
        strict = not _part_still_ahead(span, context.anchor, side[0])
        return Reading("DATE", cal.month_near(context.anchor, month, side[0], strict), "published")
    way = 1 if tense(span, context) > 0 else 0
    return Reading("DATE", cal.month_near(context.anchor, month, way), "published")


# The last day of the month on which its start, middle or end is still to come.
_PART_AHEAD_UNTIL = {"START": 5, "MID": 15, "END": 25}


def _part_still_ahead(span: Span, anchor: dt.date, side: int) -> bool:
    """Whether "akhir Maret mendatang" said on 12 March is this March: the part of the month
    it names is still to come (a bare "Maret mendatang" said in March is next year's)."""
    part = span.value("MOD")
    return side > 0 and part in _PART_AHEAD_UNTIL and anchor.day <= _PART_AHEAD_UNTIL[part]


def _range_year(span: Span, month: int, day: int = 1) -> str | None:
    """The year of "Juni" in "Juni-Juli 2014" (of "Desember" in "Desember-Januari 2015": 2014),
    of "1 Januari" in "1 Januari-31 Desember 2014"."""
    end = _range_end_date(span)
    if end is not None:
        return str(end.year - (1 if (month, day) > (end.month, end.day) else 0))
    after = span.after
    if len(after) < 3 or after[0].tag != "DASH" or after[1].tag not in ("MONTH", "MONABBR"):
        return None
    if after[2].tag != "YEAR" or span.tags[-1] not in ("MONTH", "MONABBR"):
        return None
    return str(int(after[2].value) - (1 if month > int(after[1].value) else 0))


_RANGE_WORDS = frozenset({"hingga", "sampai"})


def read_range_start(span: Span, context: Context) -> Reading | None:
    """The first day of "10-12 Desember 2014": the 10th of the month the range ends in."""
    end_token = span.after[1] if len(span.after) > 1 else None
    if end_token is None or end_token.tag != "DATE":
        return None
    if span.after[0].tag == "PREP" and span.after[0].text.lower() not in _RANGE_WORDS:
        return None  # "17 sampai 20 Mei" is a range, "17 pada 20 Mei" nothing
    end = _found_date(Span([end_token]), context)
    first = int(span.value("NUM") or 0)
    if end is None or end.day is None or not 1 <= first < end.day.day:
        return None
    day = end.day.replace(day=first)
    return Reading("DATE", cal.day(day), end.anchor, day)


def _year_unit_after_month(span: Span) -> bool:
    return _year_unit_after(span, "MONTH", "MONABBR")


def _year_unit_after(span: Span, *tags: str) -> bool:
    """Whether "tahun" follows the month or date ("Januari tahun lalu", "23 Agustus tahun lalu")."""
    seen = False
    for token in span.tokens:
        seen = seen or token.tag in tags
        if seen and token.tag == "UNIT" and token.value == "Y":
            return True
    return False


def _day_of_month(span: Span, context: Context) -> Reading | None:
    """"tanggal 10": that day of the anchor's month, or of the month a list or range it opens
    ends with ("tanggal 16 hingga 22 Januari 2018", "tanggal 19, 20 sampai 21 November 1945")."""
    day = int(span.value("NUM", "ORD") or 0)
    listed = _listed_date(context.text, span.end, context.anchor.year if context.anchor else None)
    if listed is not None:
        return _day_month(day, listed.day.month, str(listed.day.year) if _has_year(listed) else None,
                          span, context)
    if unit(span) not in (None, "M"):
        return None
    if context.anchor is None:
        return Reading("DATE", f"XXXX-XX-{day:02d}") if 1 <= day <= 31 else None
    side = direction(span)  # "tanggal 1 bulan depan": the 1st of next month
    month = cal.month_of(context.anchor.year * 12 + context.anchor.month - 1 + (side[0] if side else 0))
    try:
        value = dt.date(int(month[:4]), int(month[5:]), day)
    except ValueError:
        return None
    return Reading("DATE", value.isoformat(), "published", value)


def _listed_date(text: str, end: int, ref_year: int | None) -> dates.FoundDate | None:
    """The date that ends a list or range of days opened at ``end``: "22 Januari 2018" in
    "tanggal 16 hingga 22 Januari 2018"."""
    tail = text[end : end + _LIST_REACH]
    match = _MORE_DAYS.match(tail)
    if match is None:
        return None
    found = dates.find_dates(tail[match.start("last") :], ref_year=ref_year)
    return found[0] if found and found[0].start == 0 else None


_LIST_REACH = 60  # characters after "tanggal 16" a list of days may run to its month
# ", 20 sampai 21", " hingga 22": the rest of a list or range of days; "last" is its last day
_MORE_DAYS = re.compile(r"(?:\s*(?:,|dan|hingga|sampai|s/d|-|–)\s*(?P<last>\d{1,2})(?!\d))+")


def _day_month(day: int, month: int, year: str | None, span: Span, context: Context) -> Reading | None:
    try:
        value = dt.date(int(year) if year else 2000, month, day)  # 2000: a leap year
    except ValueError:
        return None
    if year is not None:
        return Reading("DATE", value.isoformat(), None, value)
    if context.anchor is None:
        return Reading("DATE", f"XXXX-{month:02d}-{day:02d}")
    near = _year_less_day(value, span, context, context.anchor)
    return Reading("DATE", near.isoformat(), "published", near)


_LATE_NEWS_DAYS = 7  # a day this far before the anchor may still be "akan" (news told late)


def _year_less_day(value: dt.date, span: Span, context: Context, anchor: dt.date) -> dt.date:
    """A day written without its year in the year that puts it nearest the anchor, or on the side
    that "lalu" / "mendatang" or a future cue of its clause says ("akan digelar 18 Agustus" said
    in April is this August, not last)."""
    side = direction(span)
    if side is not None and side[0] > 0:  # "25 Juli mendatang" in a report of 26 July was told late
        return cal.day_near(anchor - dt.timedelta(days=_LATE_NEWS_DAYS), value, 1)
    if side is not None:
        return cal.day_near(anchor, value, side[0])
    if tense(span, context) > 0 or approaching(span, context):
        return cal.day_near(anchor - dt.timedelta(days=_LATE_NEWS_DAYS), value, 1)
    return cal.day_near(anchor, value, 0)


def _year(span: Span, context: Context) -> Reading | None:
    if unit(span) not in (None, "Y"):
        return None
    return Reading("DATE", f"{int(span.value('YEAR') or 0):04d}")


def _decade(span: Span, context: Context) -> Reading | None:
    """"1990-an" -> 199; "90-an" -> the last such decade at or before the anchor."""
    if unit(span) not in (None, "Y", "DE"):
        return None
    value = span.value("DECADE") or ""
    if not value.startswith("~"):
        return Reading("DATE", value)
    tens = int(value[1:])
    century = context.anchor.year // 100 if context.anchor else 20
    if context.anchor is None or century * 100 + tens * 10 > context.anchor.year:
        century -= 1
    return Reading("DATE", f"{century}{tens}")


def _ordinal_unit(span: Span, context: Context) -> Reading | None:
    """"abad ke-21" -> 20, "kuartal ketiga 2014" -> 2014-Q3, "semester pertama" -> 2014-H1."""
    if span.tags == ["THE", "ORD"]:  # English "on the 12th": a day of the month, as "tanggal 12"
        return _day_of_month(span, context)
    written = span.value("ORD", "ROMAN", "NUM") or "0"
    if not written.isdecimal():  # "pekan 9,10, dan 11": a list of numbers read as one decimal
        return None
    which = int(written)
    kind = unit(span)
    if span.get("TERAKHIR") is not None:  # "kuartal terakhir tahun ini": the year's last quarter
        which = {"Q": 4, "H": 2}.get(kind or "", 0)
    if span.tags[0] == "ORD" and kind not in ("Q", "H"):
        # "kedua tahun depan" of "kuartal pertama dan kedua tahun depan" (English "third quarter"
        # names its unit)
        kind = _coordinated_unit(context.text, span.start)
        if kind not in ("Q", "H"):
            return None
    if kind == "CE" and 1 <= which <= 30:
        return Reading("DATE", f"{which - 1:02d}")
    if kind == "D":
        return _ordinal_day(span, context, which)
    limit = {"Q": 4, "H": 2}.get(kind or "")
    if limit is None or not 1 <= which <= limit:
        return None
    year = span.value("YEAR")
    shared = _shared_year(context.text, span.end) if year is None and direction(span) is None else None
    if shared is not None and shared[0] == "year":  # "kuartal pertama dan kedua 2015"
        year = shared[1]
    if year is not None:
        return Reading("DATE", f"{int(year):04d}-{kind}{which}")
    if context.anchor is None:
        return Reading("DATE", f"XXXX-{kind}{which}")
    side = direction(span)
    shift = side[0] if side else int(shared[1]) if shared is not None else 0
    return Reading("DATE", f"{context.anchor.year + shift:04d}-{kind}{which}", "published")


_LONGEST_COUNT = 100  # "hari ke-100": day counts of a search, a strike, a term in office


def _ordinal_day(span: Span, context: Context, which: int) -> Reading | None:
    """"hari ketiga", "hari ke-4" (the third day of a search, of a trip): a day, dated later from
    its sentence (``days.py``). Only "hari" before an ordinal word, with nothing after it: "hari 3" is
    no ordinal and "hari pertama bulan Januari" is another construction."""
    if span.tags[-1] != "ORD" or span.tags.count("UNIT") != 1 or not 1 <= which <= _LONGEST_COUNT:
        return None
    if span.tags.index("UNIT") > span.tags.index("ORD"):  # English "the third day" is not read here
        return None
    if _COUNT_BEFORE.search(context.text[max(0, span.start - 20) : span.start]):  # "1.000 hari pertama"
        return None
    return Reading("DATE", None, pending="", ordinal=which)


_COUNT_BEFORE = re.compile(
    r"(?:\d|\b(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|puluh|ratus|ribu|beberapa))\s*$",
    re.IGNORECASE,
)


# "kuartal pertama dan kedua": the unit and ordinal the second ordinal is coordinated with
_UNIT_ORDINAL_AND = re.compile(r"(?<!\w)(\w+)\s+(?:ke-?\w+|\d+|pertama)\s+dan\s+$", re.IGNORECASE)


def _coordinated_unit(text: str, start: int) -> str | None:
    """The unit code of "kuartal pertama dan" just before ``start``, None when there is none."""
    match = _UNIT_ORDINAL_AND.search(text, max(0, start - 40), start)
    return None if match is None else lexicon("id").units.get(match.group(1).lower())


# "kuartal pertama dan kedua tahun depan": the first quarter shares the year said after the second
_SHARED_YEAR = re.compile(
    r"\s+dan\s+(?:ke-?\w+|\d+)\s+(?:(?P<year>\d{4})\b|tahun\s+(?P<side>depan|lalu|ini)\b)", re.IGNORECASE
)
_SIDES = {"depan": "1", "lalu": "-1", "ini": "0"}


def _shared_year(text: str, end: int) -> tuple[str, str] | None:
    """("year", "2015") or ("shift", "1") when the ordinal is coordinated with one that has a year."""
    match = _SHARED_YEAR.match(text, end)
    if match is None:
        return None
    if match.group("year"):
        return "year", match.group("year")
    return "shift", _SIDES[match.group("side").lower()]


def _weekday(span: Span, context: Context) -> Reading | None:
    """A weekday: the most recent one for a past report, the next one when the clause looks ahead."""
    if unit(span) == "W" and span.tags.index("UNIT") > span.tags.index("WEEKDAY"):
        return _weekday_of_week(span, context)
    if unit(span) not in (None, "D"):
        return None
    weekday = int(span.value("WEEKDAY") or 0)
    if _night_before(span):  # "malam Minggu" is Saturday night
        weekday = (weekday + 5) % 7 + 1
    if context.anchor is None:
        return with_time(span, None, None, f"XXXX-WXX-{weekday}")
    side = direction(span)
    rel = span.value("REL")
    said = side is None and rel is None and (said_on(span, context) or said_before(span, context))
    way, strict = side if side else (-1 if said else tense(span, context), False)
    named = _named_day(context, weekday) if side is None and rel is None else None
    # "pertemuan pada Kamis (27/11/2014) ... pertemuan Kamis": the same day, unless the clause
    # looks ahead and that day is gone ("Minggu (28/12) ... akan ... Minggu" is the next one)
    if named is not None and not (way > 0 and named < context.anchor):
        return with_time(span, named, "narrative", cal.day(named))
    if rel is not None:  # "Minggu kemarin": the deictic word says which side, or the very day
        shift = int(rel.split()[0])
        if (context.anchor + dt.timedelta(days=shift)).isoweekday() == weekday:
            return day_shift(span, context.anchor, rel, "published")
        way, strict = (1 if shift > 0 else -1), True
    if way == 0:  # "Senin ini": this week's
        way = -1 if weekday <= context.anchor.isoweekday() else 1
    day = cal.weekday_near(context.anchor, weekday, way, strict)
    if side is None and rel is None and not said and (context.anchor - day).days == _TOMORROW_LAST_WEEK:
        # a bare "Rabu" said on a Tuesday: news tells of tomorrow, not of six days ago, which it
        # would call "Rabu lalu" ("gelombang mencapai 4 meter pada Rabu siang")
        day = context.anchor + dt.timedelta(days=1)
    return with_time(span, day, "published", cal.day(day))


_TOMORROW_LAST_WEEK = 6  # days back to the last weekday that has tomorrow's name


def _weekday_of_week(span: Span, context: Context) -> Reading | None:
    """"Jumat pekan lalu", "Kamis minggu depan": that weekday of the week before or after the
    anchor's."""
    weekday, side = int(span.value("WEEKDAY") or 0), direction(span)
    if side is None:
        return None
    if context.anchor is None:
        return with_time(span, None, None, f"XXXX-WXX-{weekday}")
    monday = context.anchor - dt.timedelta(days=context.anchor.isoweekday() - 1)
    day = monday + dt.timedelta(weeks=side[0], days=weekday - 1)
    return with_time(span, day, "published", cal.day(day))


def _named_day(context: Context, weekday: int) -> dt.date | None:
    """The latest day the text named by its date that falls on ``weekday`` within a week of the
    anchor: a report that named "Kamis (27/11/2014)" means that day by a later bare "Kamis"."""
    assert context.anchor is not None  # callers check
    near = [d for d in context.named if d.isoweekday() == weekday and abs((d - context.anchor).days) < 7]
    return near[-1] if near else None


def _night_before(span: Span) -> bool:
    tags = span.tags
    if "PART" not in tags or "WEEKDAY" not in tags:
        return False
    return tags.index("PART") < tags.index("WEEKDAY") and span.value("PART") == "NI"


def _weekend(span: Span, context: Context) -> Reading | None:
    if context.anchor is None:
        return Reading("DATE", "XXXX-WXX-WE")
    side = direction(span)
    shift = side[0] if side else 0
    if side is None and tense(span, context) < 0 and context.anchor.isoweekday() < 6:
        shift = -1  # a past report on a weekday speaks of the weekend just gone
    return Reading("DATE", f"{cal.shifted(context.anchor, shift, 'W')}-WE", "published")


def _season(span: Span, context: Context) -> Reading | None:
    season = span.value("SEASON")
    year = span.value("YEAR")
    if year is not None:
        return Reading("DATE", f"{int(year):04d}-{season}")
    if context.anchor is None:
        return Reading("DATE", f"XXXX-{season}")
    side = direction(span)
    return Reading("DATE", f"{context.anchor.year + (side[0] if side else 0):04d}-{season}", "published")


def _holiday(span: Span, context: Context) -> Reading | None:
    """A fixed-date holiday: "Natal" -> the 25 December nearest the anchor."""
    if unit(span) not in (None, "D", "Y"):
        return None
    if unit(span) == "Y" and span.tokens[-2].tag == "UNIT":  # "Natal tahun lalu": last year's
        return _holiday_of_year(span, context)
    names = [t.value for t in span.tokens if t.tag == "HOLIDAY"]
    if len(names) > 1:  # "malam takbiran Idul Adha": the night before the feast named second
        night, feast = names[0].partition(" ")[2], names[1].partition(" ")[0]
        return _feast(span, context, feast, night) if night and feast[:1].isalpha() else None
    month_day, _, part = (span.value("HOLIDAY") or "").partition(" ")
    if month_day[:1].isalpha():  # "Lebaran", "Imlek": a date that moves from year to year
        return _feast(span, context, month_day, part or span.value("PART"))
    part, _, eve = part.partition(" ")
    month, day = (int(p) for p in month_day.split("-"))
    year = span.value("YEAR") or _anniversary_year(span, month, day)
    if span.get("ORD") is not None and year is None:  # "Natal ke-3" counts something else
        return None
    if year is not None and eve:  # "malam tahun baru 2018": the night into 2018
        year = str(int(year) - 1)
    reading = _day_month(day, month, year, span, context)
    if reading is None or not part:
        return reading
    # "malam tahun baru": the night of 31 December, a time of day (TimeML TNI)
    value = None if reading.value is None else f"{reading.value}T{part}"
    return Reading("TIME", value, reading.anchor, reading.day)


def _holiday_of_year(span: Span, context: Context) -> Reading | None:
    """"Natal tahun lalu", "Lebaran tahun ini": the holiday of the year before, of, or after the anchor's."""
    side = direction(span)
    if context.anchor is None or side is None:
        return None
    year = context.anchor.year + side[0]
    # read as if the year were written: "Natal 2016"
    written = Span([*span.tokens[:-2], replace(span.tokens[-1], tag="YEAR", value=str(year))], span.after)
    reading = _holiday(written, context)
    return None if reading is None else Reading(reading.type, reading.value, "published", reading.day)


def _holiday_offset(span: Span, context: Context) -> Reading | None:
    """"H-3 Lebaran": three days before the holiday, "H+2 Lebaran 2017" two days after it."""
    holiday = _holiday(Span(span.tokens[1:], span.after), context)
    if holiday is None or holiday.day is None or holiday.type != "DATE":
        return None
    day = holiday.day + dt.timedelta(days=int(span.value("HDAY") or 0))
    return Reading("DATE", day.isoformat(), holiday.anchor, day)


_INDEPENDENCE = dt.date(1945, 8, 17)


def _anniversary_year(span: Span, month: int, day: int) -> str | None:
    """"HUT RI ke-72": the 72nd anniversary of independence, 17 August 2017. None without one."""
    which = span.value("ORD")
    if which is None or (month, day) != (_INDEPENDENCE.month, _INDEPENDENCE.day) or not which.isdecimal():
        return None
    return str(_INDEPENDENCE.year + int(which))


def _feast(span: Span, context: Context, name: str, part: str | None) -> Reading | None:
    """"Lebaran 2017" -> 2017-06-25, "Idul Fitri 1438 H" (a Hijri year) -> the same; without a
    year the feast nearest the anchor, on the side "lalu" / "mendatang" or a future cue says."""
    days = feasts().get(name, ())
    year = span.value("YEAR")
    if year is not None:
        # "1438" is a Hijri year ("Idul Fitri 1438 H"), "2017" a Gregorian one
        chosen = [f.day for f in days if int(year) in (f.hijri, f.day.year)]
        return _feast_day(part, chosen[0], None) if chosen else Reading("DATE", year)
    if context.anchor is None:
        return Reading("DATE", None)
    day = _feast_near([f.day for f in days], span, context, context.anchor)
    return Reading("DATE", None) if day is None else _feast_day(part, day, "published")


def _feast_day(part: str | None, day: dt.date, anchor: AnchorKind | None) -> Reading:
    """The feast's day, or with a day part its time: "malam Lebaran" is the night before the feast
    (the night its eve is kept: takbiran), "pagi Lebaran" its morning."""
    if part is None:
        return Reading("DATE", day.isoformat(), anchor, day)
    if part == "NI":
        day -= dt.timedelta(days=1)
    return Reading("TIME", f"{day.isoformat()}T{part}", anchor, day)


def _feast_near(days: list[dt.date], span: Span, context: Context, anchor: dt.date) -> dt.date | None:
    """The day of ``days`` a year-less feast means, as :func:`_year_less_day` picks a year-less date;
    None when the table has no such feast within a year of the anchor."""
    near = [d for d in days if abs(d - anchor) <= _FEAST_REACH]
    side = direction(span)
    way = side[0] if side is not None else 1 if tense(span, context) > 0 or approaching(span, context) else 0
    if way < 0:
        return max((d for d in near if d <= anchor), default=None)
    if way > 0:
        return min((d for d in near if d >= anchor - dt.timedelta(days=_LATE_NEWS_DAYS)), default=None)
    soon = [d for d in near if (d - anchor).days <= cal.NEAR_FUTURE_MONTHS * 31]
    return min(soon, key=lambda d: (abs(d - anchor), d > anchor), default=None)


_FEAST_REACH = dt.timedelta(days=400)  # a feast without its year is within a year of the anchor


_ABS_READERS: tuple[tuple[tuple[str, ...], Callable[[Span, Context], Reading | None]], ...] = (
    (("DATE", "DATETIME"), _found_date),
    (("MONTH", "MONABBR"), _month),
    (("HMONTH",), read_hijri),  # "1 Ramadan 1447 H", "bulan Ramadan"
    (("DECADE",), _decade),
    (("HDAY",), _holiday_offset),
    (("HOLIDAY",), _holiday),  # before ordinals: "HUT RI ke-72"
    (("ORD", "ROMAN", "TERAKHIR"), _ordinal_unit),
    (("WEEKDAY",), _weekday),
    (("WEEKEND",), _weekend),
    (("SEASON",), _season),
    (("HIJRI",), read_hijri_year),  # "tahun 1447 H"
    (("YEAR",), _year),
    (("TGL",), _day_of_month),
    (("NUM",), _ordinal_unit),  # "abad 21", "kuartal 3"
)
