"""What a matched run of tokens means: its TIMEX3 type and value.

One reader per rule *kind* (see ``timex_rules.tsv``). A reader may refuse a match (return
None) when the tokens do not make sense together ("tahun ke-3" is no century); the finder
then tries the next-longest match at the same place.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from warta.article import dates
from warta.article.timex import calendar as cal
from warta.article.timex.tokens import Token
from warta.models import TimexType

AnchorKind = Literal["published", "narrative"]
_DAY_PART_PM = frozenset({"AF", "EV", "NI"})  # "pukul 8 malam" is 20:00
_SPAN_MODS = frozenset({"START", "MID", "END"})  # mods that may stand before a bare unit
_FOUR_DIGITS = re.compile(r"\d{4}")


@dataclass(frozen=True)
class Context:
    """What a reader may consult besides its own tokens."""

    text: str
    anchor: dt.date | None  # the publication date (or its estimate)
    reference: dt.date | None  # the narrative's latest day, for "hari itu"


@dataclass(frozen=True)
class Reading:
    type: TimexType
    value: str | None
    anchor: AnchorKind | None = None  # what a relative expression was resolved against
    day: dt.date | None = None  # the calendar day meant, when a single day is meant
    pending: str | None = None  # a time of day ("T07:55", "TMO") still waiting for its day


class Span:
    """The matched tokens, with lookups by tag."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self.tags = [t.tag for t in tokens]

    def get(self, *tags: str) -> Token | None:
        return next((t for t in self.tokens if t.tag in tags), None)

    def value(self, *tags: str) -> str | None:
        token = self.get(*tags)
        return None if token is None else token.value

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end


# --------------------------------------------------------------------------- helpers


def number_words(values: Sequence[str]) -> float:
    """Indonesian and English number words: dua puluh lima 25, seratus dua puluh 120, dua belas 12."""
    total = current = last = 0.0
    for value in values:
        if value.startswith("*"):
            factor = float(value[1:])
            if factor >= 1000:
                total, current, last = total + (current or 1) * factor, 0.0, 0.0
                continue
            current, last = current - last + (last or 1) * factor, (last or 1) * factor
        elif value.startswith("+"):
            current, last = current - last + (last or 1) + float(value[1:]), 0.0
        else:
            current, last = current + float(value), float(value)
    return total + current


_NO_COUNT = -1.0


def count(span: Span) -> float | None:
    """The count in a span: a number, 1 for "se-"/"a", None when unknown ("beberapa")."""
    words = [t.value for t in span.tokens if t.tag == "NUMW"]
    if words:
        return number_words(words)
    token = span.get("NUM", "FEW", "SEUNIT", "A", "MANY")
    if token is None:
        return _NO_COUNT
    if token.tag == "NUM":
        return float(token.value)
    return None if token.tag in ("FEW", "MANY") else 1.0


def unit(span: Span) -> str | None:
    return span.value("UNIT", "SEUNIT", "MANY")


def direction(span: Span) -> tuple[int, bool] | None:
    """(side, strict) from "lalu"/"depan"/"ini"/"last"/"next" in the span, None when absent."""
    # "earlier this month": "this" says which month, "earlier" only where in it.
    token = span.get("THIS", "PREVW", "NEXTW") or span.get("AGO", "NEXT")
    if token is None:
        return None
    side = int(token.value)
    return side, token.tag != "THIS"  # "Selasa lalu" said on a Tuesday is a week ago


def tense(span: Span, context: Context) -> int:
    """+1 when the clause looks ahead ("akan ... Senin"), else -1: news reports the past."""
    return 1 if dates.is_future_context(context.text, span.start, span.end) else -1


def _with_time(span: Span, day: dt.date | None, anchor: AnchorKind | None, prefix: str) -> Reading:
    """A day, plus the clock time or day part the span carries, as DATE or TIME."""
    suffix = time_suffix(span)
    if suffix is None:
        return Reading("DATE", prefix, anchor, day)
    return Reading("TIME", prefix + suffix, anchor, day)


def time_suffix(span: Span) -> str | None:
    """"T07:55" from a clock time (a day part after it sets AM/PM), "TMO" from a day part alone."""
    part = span.value("PART")
    clock = span.get("CLOCK")
    hour = span.get("NUM") if span.get("PUKUL", "AMPM") else None
    meridiem = span.value("AMPM") or ("PM" if part in _DAY_PART_PM else "")
    if clock is not None:
        return cal.clock(clock.value, meridiem)
    if hour is not None:
        return cal.clock(f"{hour.value}.00", meridiem)
    return None if part is None else f"T{part}"


# --------------------------------------------------------------------------- kinds


def read_abs(span: Span, context: Context) -> Reading | None:
    """Calendar expressions: dates, months, years, decades, centuries, quarters, weekdays."""
    for tags, reader in _ABS_READERS:
        if span.get(*tags) is not None:
            return reader(span, context)
    return None


def _found_date(span: Span, context: Context) -> Reading | None:
    token = span.get("DATE", "DATETIME")
    if token is None or token.date is None or unit(span) not in (None, "D"):
        return None
    found = token.date
    day = found.day
    relative: AnchorKind | None = None
    if context.anchor is not None and not _has_year(found) and dates.written_weekday(found) is None:
        # A year-less day is read in the anchor's year by find_dates: move it to the nearest year.
        side = direction(span)
        day = cal.day_near(context.anchor, day, side[0] if side else 0)
        relative = "published"
    if isinstance(found.value, dt.datetime):
        time = found.value.time()
        seconds = f":{time.second:02d}" if time.second else ""
        return Reading("TIME", f"{day.isoformat()}T{time.hour:02d}:{time.minute:02d}{seconds}", None, day)
    return _with_time(span, day, relative, cal.day(day))


def _has_year(found: dates.FoundDate) -> bool:
    return _FOUR_DIGITS.search(found.text) is not None


def _month(span: Span, context: Context) -> Reading | None:
    before = span.tokens[: span.tags.index("MONTH")] if "MONTH" in span.tags else []
    if any(t.tag == "UNIT" and t.value != "M" for t in before):
        return None  # "tahun Desember" is no month; "bulan Desember" is
    month = int(span.value("MONTH", "MONABBR") or 0)
    year = span.value("YEAR")
    day_token = span.get("NUM", "ORD")
    if day_token is not None:
        return _day_month(int(day_token.value), month, year, span, context)
    if year is not None:
        return Reading("DATE", f"{int(year):04d}-{month:02d}")
    if context.anchor is None:
        return Reading("DATE", f"XXXX-{month:02d}")
    side = direction(span)
    if side is not None and (side[0] == 0 or _year_unit_after_month(span)):
        # "Oktober ini", "Januari tahun lalu": the month of this (last, next) year
        return Reading("DATE", f"{context.anchor.year + side[0]:04d}-{month:02d}", "published")
    if side is not None:  # "Oktober lalu": the last October before this month
        return Reading("DATE", cal.month_near(context.anchor, month, side[0], strict=True), "published")
    way = 1 if tense(span, context) > 0 else 0
    return Reading("DATE", cal.month_near(context.anchor, month, way), "published")


def _year_unit_after_month(span: Span) -> bool:
    seen_month = False
    for token in span.tokens:
        seen_month = seen_month or token.tag in ("MONTH", "MONABBR")
        if seen_month and token.tag == "UNIT" and token.value == "Y":
            return True
    return False


def _day_of_month(span: Span, context: Context) -> Reading | None:
    """"tanggal 10": that day of the anchor's month."""
    day = int(span.value("NUM") or 0)
    if context.anchor is None:
        return Reading("DATE", f"XXXX-XX-{day:02d}") if 1 <= day <= 31 else None
    try:
        value = context.anchor.replace(day=day)
    except ValueError:
        return None
    return Reading("DATE", value.isoformat(), "published", value)


def _day_month(day: int, month: int, year: str | None, span: Span, context: Context) -> Reading | None:
    try:
        value = dt.date(int(year) if year else 2000, month, day)  # 2000: a leap year
    except ValueError:
        return None
    if year is not None:
        return Reading("DATE", value.isoformat(), None, value)
    if context.anchor is None:
        return Reading("DATE", f"XXXX-{month:02d}-{day:02d}")
    side = direction(span)
    near = cal.day_near(context.anchor, value, side[0] if side else 0)
    return Reading("DATE", near.isoformat(), "published", near)


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
    which = int(span.value("ORD", "ROMAN", "NUM") or 0)
    kind = unit(span)
    if kind == "CE" and 1 <= which <= 30:
        return Reading("DATE", f"{which - 1:02d}")
    limit = {"Q": 4, "H": 2}.get(kind or "")
    if limit is None or not 1 <= which <= limit:
        return None
    year = span.value("YEAR")
    if year is not None:
        return Reading("DATE", f"{int(year):04d}-{kind}{which}")
    if context.anchor is None:
        return Reading("DATE", f"XXXX-{kind}{which}")
    side = direction(span)
    shift = side[0] if side else 0
    return Reading("DATE", f"{context.anchor.year + shift:04d}-{kind}{which}", "published")


def _weekday(span: Span, context: Context) -> Reading | None:
    """A weekday: the most recent one for a past report, the next one when the clause looks ahead."""
    if unit(span) not in (None, "D"):
        return None
    weekday = int(span.value("WEEKDAY") or 0)
    if _night_before(span):  # "malam Minggu" is Saturday night
        weekday = (weekday + 5) % 7 + 1
    if context.anchor is None:
        return _with_time(span, None, None, f"XXXX-WXX-{weekday}")
    side = direction(span)
    way, strict = side if side else (tense(span, context), False)
    rel = span.value("REL")
    if rel is not None:  # "Minggu kemarin": the deictic word says which side, or the very day
        shift = int(rel.split()[0])
        if (context.anchor + dt.timedelta(days=shift)).isoweekday() == weekday:
            return _day_shift(span, context.anchor, rel, "published")
        way, strict = (1 if shift > 0 else -1), True
    if way == 0:  # "Senin ini": this week's
        way = -1 if weekday <= context.anchor.isoweekday() else 1
    day = cal.weekday_near(context.anchor, weekday, way, strict)
    return _with_time(span, day, "published", cal.day(day))


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
    if unit(span) not in (None, "D"):
        return None
    month, day = (int(p) for p in (span.value("HOLIDAY") or "").split("-"))
    return _day_month(day, month, span.value("YEAR"), span, context)


_ABS_READERS: tuple[tuple[tuple[str, ...], Callable[[Span, Context], Reading | None]], ...] = (
    (("DATE", "DATETIME"), _found_date),
    (("MONTH", "MONABBR"), _month),
    (("DECADE",), _decade),
    (("ORD", "ROMAN"), _ordinal_unit),
    (("WEEKDAY",), _weekday),
    (("WEEKEND",), _weekend),
    (("SEASON",), _season),
    (("HOLIDAY",), _holiday),
    (("YEAR",), _year),
    (("TGL",), _day_of_month),
    (("NUM",), _ordinal_unit),  # "abad 21", "kuartal 3"
)


def read_offset(span: Span, context: Context) -> Reading | None:
    """Counted from the publication date: "kemarin", "bulan lalu", "dua hari lalu", "akhir tahun"."""
    rel = span.value("REL")
    if rel is not None:
        return _day_shift(span, context.anchor, rel, "published")
    if span.get("TADI") is not None:
        return _day_shift(span, context.anchor, "0", "published")
    kind = unit(span)
    if kind is None:
        return None
    if span.value("MOD") not in (None, *_SPAN_MODS) and direction(span) is None:
        return None  # "sekitar tahun" is no date
    side = direction(span)
    amount = count(span)
    if amount is None:  # "beberapa hari lalu": a vague past
        return Reading("DATE", "PAST_REF" if side and side[0] < 0 else "FUTURE_REF")
    steps, kind = cal.whole((side[0] if side else 0) * (1 if amount == _NO_COUNT else amount), kind)
    if context.anchor is None or not float(steps).is_integer():
        return Reading("DATE", None)
    return Reading("DATE", cal.shifted(context.anchor, int(steps), kind), "published",
                   _one_day(context.anchor, int(steps), kind))


def _one_day(anchor: dt.date, steps: int, kind: str) -> dt.date | None:
    return anchor + dt.timedelta(days=steps) if kind == "D" else None


def _day_shift(span: Span, base: dt.date | None, rel: str, anchor: AnchorKind) -> Reading:
    """A day some days from ``base``, with the day part the word or the span names."""
    days, _, part = rel.partition(" ")
    suffix = time_suffix(span) or (f"T{part}" if part else None)
    kind: TimexType = "DATE" if suffix is None else "TIME"
    if base is None:
        return Reading(kind, None)
    day = base + dt.timedelta(days=int(days))
    return Reading(kind, cal.day(day) + (suffix or ""), anchor, day)


def read_narr(span: Span, context: Context) -> Reading | None:
    """Counted from the narrative's own date: "hari itu", "tiga hari kemudian", "malam sebelumnya"."""
    base = context.reference or context.anchor
    label: AnchorKind = "narrative" if context.reference else "published"
    narr = span.value("NARR")
    if narr is not None:
        return _day_shift(span, base, narr, label)
    if span.get("VDUR") is not None:  # "beberapa saat kemudian"
        return Reading("DATE", "FUTURE_REF" if span.get("AFTER", "NEXT") else "PAST_REF")
    side = int(span.value("BEFORE", "AFTER", "NEXT") or 0)  # "tahun itu": the same year
    kind = unit(span)
    if kind is None:
        return _day_shift(span, base, str(side), label) if span.get("PART") else None
    amount = count(span)
    if amount is None:
        return Reading("DATE", "PAST_REF" if side < 0 else "FUTURE_REF")
    steps = side * (1 if amount == _NO_COUNT else amount)
    if base is None or not float(steps).is_integer():
        return Reading("DATE", None)
    if kind == "D":
        return _day_shift(span, base, str(int(steps)), label)
    return Reading("DATE", cal.shifted(base, int(steps), kind), label)


def read_time(span: Span, context: Context) -> Reading | None:
    """A clock time; its day comes from a day word in the span, else later from the sentence."""
    if unit(span) not in (None, "HR"):  # "jam 10.00" is a time, "tahun 10.00" nothing
        return None
    suffix = time_suffix(span)
    if suffix is None:
        return None
    day_tokens = [t for t in span.tokens if t.tag in ("REL", "WEEKDAY", "DATE")]
    if day_tokens:
        day_span = Span(day_tokens)
        reader = read_offset if day_tokens[0].tag == "REL" else read_abs
        day = reader(day_span, context)
        if day is None or day.day is None:
            return None
        return Reading("TIME", cal.day(day.day) + suffix, day.anchor, day.day)
    return Reading("TIME", None, pending=suffix)


def read_part(span: Span, context: Context) -> Reading | None:
    """A day part after a preposition: "pada malam hari" (its day comes from the sentence)."""
    if unit(span) not in (None, "D"):
        return None
    part = span.value("PART")
    return None if part is None else Reading("TIME", None, pending=f"T{part}")


def read_part_alone(span: Span, context: Context) -> Reading | None:
    """A day part with nothing around it counts only when it cannot be anything else ("dini hari")."""
    part = span.get("PART")
    if part is None or " " not in part.text:
        return None
    return Reading("TIME", None, pending=f"T{part.value}")


def read_duration(span: Span, context: Context) -> Reading | None:
    """"tiga bulan" P3M, "setahun" P1Y, "beberapa hari" PXD, "the past year" P1Y, "27-year" P27Y."""
    if span.get("VDUR") is not None:
        return Reading("DURATION", span.value("VDUR"))
    adjective = span.value("DURADJ")
    if adjective is not None:
        amount_text, adjective_unit = adjective.split()
        return Reading("DURATION", cal.duration(float(amount_text), adjective_unit))
    kind = unit(span)
    amount = count(span)
    if amount == _NO_COUNT and span.get("TERAKHIR", "VAGUE") is not None:
        amount = 1.0  # "the past year": one year up to now
    if kind is None or amount == _NO_COUNT or amount == 0:
        return None
    return Reading("DURATION", cal.duration(amount, kind))


def read_set(span: Span, context: Context) -> Reading | None:
    """"setiap tiga bulan" P3M, "dua kali sebulan" P1M, "setiap Senin" XXXX-WXX-1, "setiap pagi" TMO."""
    recurring = span.value("SETW")
    if recurring is not None:
        return Reading("SET", recurring)
    kind = unit(span)
    if kind is not None:
        amount = 1.0 if span.get("TIMES") is not None else count(span)
        return Reading("SET", cal.duration(1.0 if amount == _NO_COUNT else amount, kind))
    weekday = span.value("WEEKDAY")
    if weekday is not None:
        return Reading("SET", f"XXXX-WXX-{weekday}")
    month = span.value("MONTH")
    if month is not None:
        return Reading("SET", f"XXXX-{int(month):02d}")
    part = span.value("PART")
    return None if part is None else Reading("SET", f"T{part}")


def read_vague(span: Span, context: Context) -> Reading | None:
    return Reading("DATE", span.value("VAGUE", "DULU"))


_ALONE_FUTURE = frozenset({"mendatang", "akan datang", "yang akan datang"})


def read_alone(span: Span, context: Context) -> Reading | None:
    """A word read as a time expression only by itself: "sebelumnya" (previously) is PAST_REF,
    "mendatang" (upcoming) FUTURE_REF."""
    if span.get("BEFORE") is not None:
        return Reading("DATE", "PAST_REF")
    if span.get("NEXT") is not None:
        future = span.tokens[0].text.lower() in _ALONE_FUTURE
        return Reading("DATE", "FUTURE_REF") if future else None
    return Reading("DATE", span.value("ALONE"))


READERS: dict[str, Callable[[Span, Context], Reading | None]] = {
    "abs": read_abs,
    "offset": read_offset,
    "narr": read_narr,
    "time": read_time,
    "part": read_part,
    "partalone": read_part_alone,
    "dur": read_duration,
    "set": read_set,
    "vague": read_vague,
    "alone": read_alone,
}
