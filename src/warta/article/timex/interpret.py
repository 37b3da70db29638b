"""What a matched run of tokens means: its TIMEX3 type and value.

One reader per rule *kind* (see ``timex_rules.tsv``); calendar expressions (``abs``) are
read in ``absolute.py``. A reader may refuse a match (return None) when the tokens do not
make sense together ("tahun ke-3" is no century); the finder then tries the next-longest
match at the same place.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from warta.article import dates
from warta.article.timex import calendar as cal
from warta.article.timex.absolute import read_abs, read_range_start
from warta.article.timex.reading import (
    NO_COUNT,
    AnchorKind,
    Context,
    Reading,
    Span,
    count,
    day_shift,
    direction,
    one_day,
    time_suffix,
    unit,
)
from warta.article.timex.tokens import Token
from warta.article.timex.within import read_within

_SPAN_MODS = frozenset({"START", "MID", "END"})  # mods that may stand before a bare unit


def read_offset(span: Span, context: Context) -> Reading | None:
    """Counted from the publication date: "kemarin", "bulan lalu", "dua hari lalu", "akhir tahun"."""
    rel = span.value("REL")
    if rel is not None:
        return day_shift(span, context.anchor, rel, "published")
    if span.get("TADI") is not None:
        return day_shift(span, context.anchor, "0", "published")
    kind = unit(span)
    if kind is None:
        return None
    if span.value("MOD") not in (None, *_SPAN_MODS) and direction(span) is None:
        return None  # "sekitar tahun" is no date
    side = direction(span)
    amount = count(span)
    if amount is None:  # "beberapa hari lalu", "tahun-tahun sebelumnya": a vague past
        past = side[0] < 0 if side else span.get("BEFORE") is not None
        return Reading("DATE", "PAST_REF" if past else "FUTURE_REF")
    steps, kind = cal.whole((side[0] if side else 0) * (1 if amount == NO_COUNT else amount), kind)
    if context.anchor is None or not float(steps).is_integer():
        return Reading("DATE", None)
    if not _on_the_calendar(context.anchor, int(steps), kind):  # "55 ribu tahun yang lalu"
        return Reading("DATE", "PAST_REF" if steps < 0 else "FUTURE_REF")
    return Reading("DATE", cal.shifted(context.anchor, int(steps), kind), "published",
                   one_day(context.anchor, int(steps), kind))


# Years in one of each unit: offsets far enough to leave the calendar TIMEX3 can write (years 1-9999).
_UNIT_YEARS = {
    "Y": 1.0, "DE": 10.0, "CE": 100.0, "Q": 0.25, "H": 0.5, "M": 1 / 12, "W": 7 / 365, "D": 1 / 365,
}  # fmt: skip


def _on_the_calendar(anchor: dt.date, steps: int, kind: str) -> bool:
    """Whether ``steps`` units from the anchor is still a year TIMEX3 can write: a prehistoric
    past ("letusan 55 ribu tahun yang lalu") is only a vague past."""
    return 1 <= anchor.year + steps * _UNIT_YEARS.get(kind, 0.0) <= 9999


def read_narr(span: Span, context: Context) -> Reading | None:
    """Counted from the narrative's own date: "hari itu", "tiga hari kemudian", "malam sebelumnya"."""
    base = context.reference or context.anchor
    label: AnchorKind = "narrative" if context.reference else "published"
    narr = span.value("NARR")
    if narr is not None:
        return day_shift(span, base, narr, label)
    if span.get("VDUR") is not None:  # "beberapa saat kemudian"
        return Reading("DATE", "FUTURE_REF" if span.get("AFTER", "NEXT") else "PAST_REF")
    side = int(span.value("BEFORE", "AFTER", "NEXT") or 0)  # "tahun itu": the same year
    kind = unit(span)
    if kind is None:
        return day_shift(span, base, str(side), label) if span.get("PART") else None
    amount = count(span)
    if amount is None:
        return Reading("DATE", "PAST_REF" if side < 0 else "FUTURE_REF")
    steps = side * (1 if amount == NO_COUNT else amount)
    if kind in cal.CLOCK_UNITS and side:  # "42 menit kemudian": counted from the last clock time
        shift = cal.clock_delta(steps, kind)
        return Reading("DATE", None if base is None else cal.day(base), label, base, clock_shift=shift)
    if kind == "Y" and side > 0 and context.year is not None and (base is None or context.year != base.year):
        # "Pada tahun 2004 ... Sepuluh tahun kemudian": counted from the year the text last named.
        # A look back ("setahun sebelumnya") keeps to the narrative day, as the Kompas texts read it,
        # unless its own sentence names the year it looks back from.
        base, label = dt.date(context.year, 1, 1), "narrative"
    elif kind == "Y" and side < 0 and context.year is not None and _year_before(context, span.start):
        # "Pada 2012, konsumsi naik dibanding setahun sebelumnya": the year before 2012
        base, label = dt.date(context.year, 1, 1), "narrative"
    if base is None or not float(steps).is_integer():
        return Reading("DATE", None)
    if kind == "D":
        return day_shift(span, base, str(int(steps)), label)
    return Reading("DATE", cal.shifted(base, int(steps), kind), label)


_SENTENCE_END = re.compile(r"[.!?](?=\s)")
_SENTENCE_REACH = 300  # characters back from a look back to find the year its sentence names


def _year_before(context: Context, start: int) -> bool:
    """Whether the year the text last named is written earlier in the sentence ending at ``start``."""
    window = context.text[max(0, start - _SENTENCE_REACH) : start]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    sentence = window[ends[-1] :] if ends else window
    return re.search(rf"(?<!\d){context.year}(?!\d)", sentence) is not None


def read_time(span: Span, context: Context) -> Reading | None:
    """A clock time; its day comes from a day word in the span, else later from the sentence."""
    if unit(span) not in (None, "HR"):  # "jam 10.00" is a time, "tahun 10.00" nothing
        return None
    suffix = time_suffix(span)
    if suffix is None:
        return None
    day_tokens = [t for t in span.tokens if t.tag in ("REL", "WEEKDAY", "DATE", "TADI")]
    if day_tokens:  # "pukul 10.00 kemarin", "pukul 18.00 WIB tadi" (earlier today)
        day_span = Span(day_tokens, clause_start=span.start)
        reader = read_offset if day_tokens[0].tag in ("REL", "TADI") else read_abs
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
    if part is None or " " not in part.text or _inside_name(part.text, context.text, part.start):
        return None
    return Reading("TIME", None, pending=f"T{part.value}")


def _inside_name(words: str, text: str, start: int) -> bool:
    """Whether capitalised words stand inside a sentence, as part of a name ("Dialog Dini Hari")."""
    if not all(word[:1].isupper() for word in words.split()):
        return False
    before = text[:start].rstrip()
    return bool(before) and before[-1].isalnum()


def read_duration(span: Span, context: Context) -> Reading | None:
    """"tiga bulan" P3M, "setahun" P1Y, "beberapa hari" PXD, "the past year" P1Y, "27-year" P27Y."""
    if span.get("VDUR") is not None:
        return Reading("DURATION", span.value("VDUR"))
    adjective = span.value("DURADJ")
    if adjective is not None:
        amount_text, adjective_unit = adjective.split()
        return Reading("DURATION", cal.duration(float(amount_text), adjective_unit))
    kind = unit(span)
    if span.get("REL") is not None:  # "beberapa hari ini", "dua hari ini": these last days
        kind = "D" if span.tokens[-1].text.lower().split() == ["hari", "ini"] else None
    amount = count(span)
    product = _product(span)
    if product is not None and kind == "HR" and product % _HOURS_A_DAY == 0:
        # "7 x 24 jam", "2x24 jam": days told as 24 hours each (P7D, P2D)
        return Reading("DURATION", cal.duration(product / _HOURS_A_DAY, "D"))
    amount = amount if product is None else product
    if amount == NO_COUNT and span.get("TERAKHIR", "VAGUE") is not None:
        amount = 1.0  # "the past year": one year up to now
    if amount == NO_COUNT and _plural_alone(span):
        amount = None  # "in recent weeks", "for years": some weeks, some years
    if kind is None or amount == NO_COUNT or amount == 0:
        return None
    return Reading("DURATION", cal.duration(amount, kind))


# Units from the largest down, as a duration told in parts names them: "2 jam 30 menit".
_DESCENDING = ("Y", "M", "D", "HR", "MIN", "SEC")  # weeks stand alone in ISO 8601


def read_duration_parts(span: Span, context: Context) -> Reading | None:
    """"2 jam 30 menit" PT2H30M, "1 menit 37,467 detik" PT1M37.467S, "3 tahun 2 bulan" P3Y2M: each
    count with its unit, the units from larger to smaller; anything else is two expressions."""
    parts = _counted_units(span)
    if parts is None:
        return None
    ranks = [_DESCENDING.index(kind) if kind in _DESCENDING else -1 for _, kind in parts]
    if -1 in ranks or ranks != sorted(set(ranks)):
        return None
    return Reading("DURATION", cal.duration_parts(parts))


def _counted_units(span: Span) -> list[tuple[float, str]] | None:
    """(count, unit) for each unit of the span and the number before it ("satu jam 11 menit"); None
    when a count is unknown ("beberapa")."""
    parts: list[tuple[float, str]] = []
    numbers: list[Token] = []
    for token in span.tokens:
        if token.tag != "UNIT":
            numbers += [token] if token.tag in ("NUM", "NUMW", "FEW") else []
            continue
        amount = count(Span(numbers))
        if amount is None or amount <= 0:
            return None
        parts.append((amount, token.value))
        numbers = []
    return parts


_RANGE_WORDS = frozenset({"hingga", "sampai"})  # the prepositions that join the ends of a range
_RANGE_FROM_NOW = re.compile(
    r"\s*(?:-|–|hingga|sampai)\s*\S+\s+\S+\s+(?:yang\s+)?(?:lalu|silam|lagi|mendatang|kemudian|sebelumnya)\b",
    re.IGNORECASE,
)


def read_duration_range_start(span: Span, context: Context) -> Reading | None:
    """"1" of "1-2 hari" or "satu hingga dua tahun": one unit, the unit said after the second count."""
    if span.after and span.after[0].tag == "PREP" and span.after[0].text.lower() not in _RANGE_WORDS:
        return None
    if _RANGE_FROM_NOW.match(context.text, span.end):  # "2-3 hari lalu": two days, not lengths
        return None
    kind = next((t.value for t in span.after if t.tag == "UNIT"), None)
    amount = count(span)
    if kind is None or amount is None or amount <= 0:
        return None
    return Reading("DURATION", cal.duration(amount, kind))


def _product(span: Span) -> float | None:
    """"7 x 24 jam": 7 * 24; None when the span multiplies nothing."""
    if span.get("MULT") is None:
        return None
    numbers = [float(t.value) for t in span.tokens if t.tag == "NUM"]
    return numbers[0] * numbers[1] if len(numbers) == 2 else None


_HOURS_A_DAY = 24


def _plural_alone(span: Span) -> bool:
    """An English plural unit with no number: "years" in "for years", "recent weeks"."""
    last = span.tokens[-1]
    counted = span.get("NUM", "NUMW", "A", "SEUNIT", "MANY") is not None
    return last.tag == "UNIT" and last.text.lower().endswith("s") and not counted


def read_set(span: Span, context: Context) -> Reading | None:
    """"setiap tiga bulan" P3M, "dua kali sebulan" P1M, "setiap Senin" XXXX-WXX-1,
    "setiap pagi" XXXX-XX-XXTMO (any day's morning, as TimeML writes it)."""
    recurring = span.value("SETW")
    if recurring is not None:
        return Reading("SET", recurring)
    if span.get("WEEKEND") is not None:  # "tiap akhir pekan": every weekend
        return Reading("SET", "XXXX-WXX-WE")
    dated = span.get("DATE")
    if dated is not None and dated.date is not None:  # "setiap 23 Juli": every year on that day
        when = dated.date.day
        # a date with its year or weekday is one day, not a yearly one
        single = re.search(r"\d{4}|/\d{2}\b", dated.text) or dates.written_weekday(dated.date)
        return None if single else Reading("SET", f"XXXX-{when.month:02d}-{when.day:02d}")
    if span.get("TGL") is not None:  # "setiap tanggal 10": the 10th of every month
        day = int(span.value("NUM") or 0)
        return Reading("SET", f"XXXX-XX-{day:02d}") if 1 <= day <= _LONGEST_MONTH else None
    weekday = span.value("WEEKDAY")
    at = time_suffix(span) if span.get("CLOCK", "PUKUL") is not None else ""  # "setiap Jumat pukul 20.45"
    if weekday is not None:  # "setiap hari Minggu" is every Sunday
        return Reading("SET", f"XXXX-WXX-{weekday}{at or ''}")
    kind = unit(span)
    if at:  # "setiap hari pukul 10.00": any day at ten
        return Reading("SET", f"XXXX-XX-XX{at}") if kind == "D" else None
    if kind is not None:
        # "dua kali sebulan": twice a month (P1M); "dua minggu sekali": once every two weeks (P2W)
        once_every = span.tags[-1] == "TIMES"
        amount = 1.0 if span.get("TIMES") is not None and not once_every else count(span)
        return Reading("SET", cal.duration(1.0 if amount == NO_COUNT else amount, kind))
    month = span.value("MONTH")
    if month is not None:
        return Reading("SET", f"XXXX-{int(month):02d}")
    part = span.value("PART")
    return None if part is None else Reading("SET", f"XXXX-XX-XXT{part}")


_LONGEST_MONTH = 31


def read_vague(span: Span, context: Context) -> Reading | None:
    return Reading("DATE", span.value("VAGUE", "DULU", "LATELY"))


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
    "range": read_range_start,
    "within": read_within,
    "durrange": read_duration_range_start,
    "offset": read_offset,
    "narr": read_narr,
    "time": read_time,
    "part": read_part,
    "partalone": read_part_alone,
    "dur": read_duration,
    "durparts": read_duration_parts,
    "set": read_set,
    "vague": read_vague,
    "alone": read_alone,
}
