"""The pieces every reader shares: the matched tokens, the context, the result.

``Span`` is a matched run of tokens with lookups by tag; ``Context`` is what a reader may
consult besides them (the text, the anchor, the narrative date); ``Reading`` is what it
makes of them. The helpers read counts, units, direction words and times of day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from warta.article import dates
from warta.article.timex import calendar as cal
from warta.article.timex import saying
from warta.article.timex.tokens import Token
from warta.models import TimexType

AnchorKind = Literal["published", "narrative"]
_DAY_PART_PM = frozenset({"AF", "EV", "NI"})  # "pukul 8 malam" is 20:00


@dataclass(frozen=True)
class Context:
    """What a reader may consult besides its own tokens."""

    text: str
    anchor: dt.date | None  # the publication date (or its estimate)
    reference: dt.date | None  # the narrative's latest day, for "hari itu"
    # days the text has named with their date so far ("Kamis (27/11/2014)"): a bare "Kamis"
    # later in the text is most likely the same day
    named: tuple[dt.date, ...] = ()
    # the year the text last named ("Pada tahun 2004 ... Sepuluh tahun kemudian" is 2014)
    year: int | None = None


@dataclass(frozen=True)
class Reading:
    type: TimexType
    value: str | None
    anchor: AnchorKind | None = None  # what a relative expression was resolved against
    day: dt.date | None = None  # the calendar day meant, when a single day is meant
    pending: str | None = None  # a time of day ("T07:55", "TMO") still waiting for its day
    # "42 menit kemudian": how far from the last clock time the text named, once that is known
    clock_shift: dt.timedelta | None = None
    # "hari ketiga (pencarian)": the third day of something, dated once the sentence is known
    ordinal: int | None = None


class Span:
    """The matched tokens, with lookups by tag, and the few tokens after them (``after``): the
    first half of a range ("Juni-Juli 2014") takes its year from the second."""

    def __init__(
        self, tokens: Sequence[Token], after: Sequence[Token] = (), clause_start: int | None = None
    ) -> None:
        self.tokens = tokens
        self.tags = [t.tag for t in tokens]
        self.after = after
        # where the expression these tokens belong to starts, for tense cues: the clock time
        # before "Saturday" in "postponed until 15:00 GMT Saturday"
        self.clause_start = tokens[0].start if clause_start is None else clause_start

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


NO_COUNT = -1.0  # what count() says when the span names no number at all ("bulan lalu")


def count(span: Span) -> float | None:
    """The count in a span: a number, 1 for "se-"/"a", None when unknown ("beberapa")."""
    words = [t.value for t in span.tokens if t.tag == "NUMW"]
    digits = [t.value for t in span.tokens if t.tag == "NUM"]
    if digits and words:  # "55 ribu tahun": digits, then a word that multiplies them
        return number_words(digits + words) if all(w.startswith("*") for w in words) else NO_COUNT
    if words:
        return number_words(words)
    token = span.get("NUM", "FEW", "SEUNIT", "A", "MANY", "UNITS")
    if token is None:
        return NO_COUNT
    if token.tag == "NUM":
        return float(token.value)
    return None if token.tag in ("FEW", "MANY", "UNITS") else 1.0


def unit(span: Span) -> str | None:
    return span.value("UNIT", "SEUNIT", "MANY", "UNITS")


def direction(span: Span) -> tuple[int, bool] | None:
    """(side, strict) from "lalu"/"depan"/"ini"/"last"/"next" in the span, None when absent."""
    # "earlier this month": "this" says which month, "earlier" only where in it.
    token = span.get("THIS", "PREVW", "NEXTW") or span.get("AGO", "NEXT")
    if token is None:
        return None
    side = int(token.value)
    return side, token.tag != "THIS"  # "Selasa lalu" said on a Tuesday is a week ago


# "menjelang" / "jelang" (in the run-up to) a few words before a day: the day is still ahead.
_APPROACHING = re.compile(r"\b(?:men)?jelang\s+(?:[^\W\d]+\s+){0,2}\Z", re.IGNORECASE)
_APPROACH_REACH = 40  # characters before the expression searched for it


def approaching(span: Span, context: Context) -> bool:
    """Whether the expression is what something leads up to ("menjelang perayaan Natal")."""
    return _APPROACHING.search(context.text, max(0, span.start - _APPROACH_REACH), span.start) is not None


@cache
def _said_after() -> re.Pattern[str]:
    """A verb of saying right after a day: the day something was said, so never ahead of the
    report ("Presiden Senin mengatakan akan ...", "Uber pada hari Jumat mengumumkan ...")."""
    return re.compile(rf",?\s*(?:{saying.verbs()})\b", re.IGNORECASE)


def said_on(span: Span, context: Context) -> bool:
    """Whether a verb of saying follows the expression: it dates a statement, not a plan."""
    return _said_after().match(context.text, span.end) is not None


@cache
def _said_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{saying.english_past_verbs()})\s+(?:on\s+)?\Z", re.IGNORECASE)


_SAID_REACH = 40  # characters back from a day to look for an English verb of saying


def said_before(span: Span, context: Context) -> bool:
    """Whether an English verb of saying in the past stands right before the expression ("Apple
    announced Friday that it will ..."): the day of the telling, never ahead of the report, whatever
    the statement after it looks to."""
    return _said_before().search(context.text, max(0, span.start - _SAID_REACH), span.start) is not None


def tense(span: Span, context: Context) -> int:
    """+1 when the clause looks ahead ("akan ... Senin"), else -1: news reports the past."""
    return 1 if dates.is_future_context(context.text, span.clause_start, span.end) else -1


def with_time(span: Span, day: dt.date | None, anchor: AnchorKind | None, prefix: str) -> Reading:
    """A day, plus the clock time or day part the span carries, as DATE or TIME."""
    suffix = time_suffix(span)
    if suffix is None:
        return Reading("DATE", prefix, anchor, day)
    return Reading("TIME", prefix + suffix, anchor, day)


def time_suffix(span: Span) -> str | None:
    """"T07:55" from a clock time (a day part after it sets AM/PM), "TMO" from a day part alone."""
    rel_part = (span.value("REL") or "").partition(" ")[2]  # "kemarin malam": -1 NI
    part = span.value("PART") or rel_part or None
    clock = span.get("CLOCK")
    # "pukul 3", "3 p.m.", and "jam 3 sore" (with its day part: "jam 3" alone may be a duration)
    spoken = span.value("UNIT") == "HR" and part is not None
    hour = _hour(span) if span.get("PUKUL", "AMPM") or spoken else None
    if clock is not None:
        return cal.clock(clock.value, span.value("AMPM") or _meridiem(part, clock.value))
    if hour is not None and hour.endswith(".30"):  # "pukul setengah delapan": 7.30
        return cal.clock(hour, span.value("AMPM") or _meridiem(part, hour))
    if hour is not None:
        return cal.clock(f"{hour}.00", span.value("AMPM") or _meridiem(part, hour))
    return None if part is None else f"T{part}"


_HOURS = range(0, 25)


def _hour(span: Span) -> str | None:
    """The hour of "pukul 8" or "jam delapan pagi", in digits; None when there is none."""
    digits = span.value("NUM")
    if digits is not None:
        return digits
    words = [t.value for t in span.tokens if t.tag == "NUMW"]
    if len(words) > 1 and words[0] == _HALF:  # "setengah delapan" is half past seven, as Dutch counts
        before = number_words(words[1:]) - 1
        return f"{int(before)}.30" if before.is_integer() and int(before) in _HOURS else None
    hour = number_words(words) if words else None
    return str(int(hour)) if hour is not None and hour.is_integer() and int(hour) in _HOURS else None


_HALF = "0.5"  # the value of "setengah" in timex_words.tsv


def _meridiem(part: str | None, clock: str) -> str:
    """Which half of the day an hour said with a day part is in: "jam 3 sore" 15:00, "jam 11
    siang" 11:00 (the day's "siang" starts before noon), "jam 8 malam" 20:00, "jam 2 malam" and
    "jam 12 malam" in the small hours."""
    if part not in _DAY_PART_PM:
        return ""
    hour = int(float(clock.replace(":", ".").split(".")[0]))
    if part == "AF":
        return "PM" if hour < _LATE_MORNING else ""
    if part == "NI" and (hour <= _SMALL_HOURS_END or hour == _NOON):
        return "AM"
    return "PM"


_LATE_MORNING = 11  # "jam 11 siang" is before noon
_SMALL_HOURS_END = 4  # "jam 2 malam" is 02:00
_NOON = 12


# --------------------------------------------------------------------------- kinds


def one_day(anchor: dt.date, steps: int, kind: str) -> dt.date | None:
    return anchor + dt.timedelta(days=steps) if kind == "D" else None


def day_shift(span: Span, base: dt.date | None, rel: str, anchor: AnchorKind) -> Reading:
    """A day some days from ``base``, with the day part the word or the span names."""
    days, _, part = rel.partition(" ")
    suffix = time_suffix(span) or (f"T{part}" if part else None)
    kind: TimexType = "DATE" if suffix is None else "TIME"
    if base is None:
        return Reading(kind, None)
    day = base + dt.timedelta(days=int(days))
    return Reading(kind, cal.day(day) + (suffix or ""), anchor, day)
