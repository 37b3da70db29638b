"""Finding time expressions in a text and giving each its value.

Left to right: at every token that can start an expression, the longest rule match
whose reading makes sense wins. The narrative date moves with every day the text names,
so "hari itu" and "tiga hari kemudian" count from the day last spoken of. Clock times
and bare day parts take their day from a date in the same sentence, else the narrative
date, else the anchor.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from warta.article.speechcues import speech_cues
from warta.article.timex.interpret import READERS
from warta.article.timex.lexicon import LANGS, Rule, rules
from warta.article.timex.reading import AnchorKind, Context, Reading, Span
from warta.article.timex.tokens import Token, tag_string, tokenize
from warta.models import TimexType

# Tags no rule starts with: skipping them keeps the matcher off most tokens.
_NEVER_FIRST = frozenset({
    "x", "p", "DOT", "COMMA", "COUNT", "THAT", "KEDEPAN", "AFTER", "DASH",
    "OF", "AMPM", "PREPIN", "NOT", "PREP", "ZONE", "LASTING",
})  # fmt: skip


_LOOKAHEAD = 3  # tokens after a match a reader may see: "- Juli 2014" after "Juni"

# Expressions that move the narrative date: days the text names, not deictic words
# ("kemarin" says when something happened without changing what the story is about).
_SETS_REFERENCE = frozenset({"abs", "narr", "time"})

_RECENT_DAYS = 7  # a narrative date this close to the publication date is the story's own

_BETWEEN_TIME_AND_DAY = frozenset({"COMMA", "PREP", "DASH"})  # "pukul 10.00, kemarin"

# Rules whose expressions name a day by its date (not by a weekday or a deictic word).
_NAMING_RULES = frozenset({"date", "day-month", "month-day", "month-abbr-day"})

# A day said after whoever said or reported something ("kata Rina dalam keterangan tertulisnya,
# Senin (27/3)", "seperti dilansir Reuters, Minggu"): the day of the telling, not of the events.
# The speech verbs are the inverted cues of speech_cues.tsv ("kata", "ujarnya"); these report.
_REPORTING_VERBS = ("dilansir", "dikutip", "mengutip", "melansir", "dihubungi", "dikonfirmasi")


@cache
def _attribution() -> re.Pattern[str]:
    speech = [cue.word for cue in speech_cues().cues.values() if cue.pattern in {"inverted", "clitic"}]
    words = sorted(speech + list(_REPORTING_VERBS), key=len, reverse=True)
    alternatives = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words)
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


_ATTRIBUTION_REACH = 160  # characters back from the day to look for the speech verb
_CLAUSE_BREAK = re.compile(r"[.!?\"“”]")


@dataclass(frozen=True)
class TimexSpan:
    """One time expression: ``text[start:end]``, its TIMEX3 type and value, and its anchor.

    ``anchor`` is None for absolute expressions, "published" when a relative expression
    was counted from the anchor date, "narrative" when from a date the text itself named.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str | None
    anchor: AnchorKind | None
    rule: str  # the grammar rule that matched (timex_rules.tsv), for debugging


@dataclass(frozen=True)
class _Found:
    first: int  # token indices [first, last)
    last: int
    rule: Rule
    reading: Reading
    reference: dt.date | None  # the narrative date when it was read
    sentence: int
    reference_at: int = 0  # where in the text the narrative date was named
    reference_value: str | None = None  # the value of the expression that named it ("...TNI")
    reference_telling: bool = False  # whether it was the day of a statement ("kata X, Jumat (5/5)")
    telling: bool = False  # the day something was said or reported on (see _attribution)


def _candidates(
    tags: str, position: int, offsets: dict[int, int], table: tuple[Rule, ...]
) -> list[tuple[int, Rule]]:
    """(end token, rule) of every rule matching at ``position``, longest first, then file order."""
    found = []
    for rule in table:
        match = rule.regex.match(tags, position)
        if match is not None and match.end() > position:
            found.append((offsets[match.end()], rule))
    found.sort(key=lambda item: (-item[0], item[1].order))
    return found


def _scan(tokens: list[Token], context: Context, table: tuple[Rule, ...]) -> Iterator[_Found]:
    tags, offsets = tag_string(tokens)
    positions = {index: offset for offset, index in offsets.items()}
    reference = context.reference
    reference_at = 0
    reference_value: str | None = None
    reference_telling = False
    year: int | None = None
    named: list[dt.date] = []
    index = 0
    while index < len(tokens):
        if tokens[index].tag in _NEVER_FIRST:
            index += 1
            continue
        here = replace(context, reference=reference, named=tuple(named), year=year)
        best = _best(tokens, index, _candidates(tags, positions[index], offsets, table), here)
        if best is None:
            index += 1
            continue
        telling = _is_telling_day(best, tokens, context.text)
        best = replace(best, reference_at=reference_at, reference_value=reference_value,
                       reference_telling=reference_telling, telling=telling)
        yield best
        if _moves_reference(best, reference):
            reference, reference_at = best.reading.day, tokens[best.first].start
            reference_value, reference_telling = best.reading.value, best.telling
        year = _year_named(best) or year
        if _names_a_day(best):
            named.append(best.reading.day)  # type: ignore[arg-type]  # checked by _names_a_day
        index = best.last


def _moves_reference(found: _Found, reference: dt.date | None) -> bool:
    """Whether ``found`` becomes the narrative date. A look back from the narrative date
    ("sehari sebelumnya") is an aside: the story goes on from the day it was on."""
    day = found.reading.day
    if found.rule.kind not in _SETS_REFERENCE or day is None or found.reading.pending is not None:
        return False
    return not (found.rule.kind == "narr" and reference is not None and day < reference)


def _is_telling_day(found: _Found, tokens: list[Token], text: str) -> bool:
    """Whether ``found`` is the day a statement was made or reported ("ucap Rina, Senin (27/3)"):
    a day after a comma, with a speech or reporting verb before it in the same clause."""
    if found.rule.kind != "abs" or found.reading.day is None:
        return False
    start = tokens[found.first].start
    before = text[max(0, start - _ATTRIBUTION_REACH) : start]
    if not before.rstrip().endswith(",") and not re.search(r",\s*pada\s*$", before):
        return False
    clause = _CLAUSE_BREAK.split(before)[-1]
    return _attribution().search(clause) is not None


def _year_named(found: _Found) -> int | None:
    """The year a calendar expression names ("tahun 2004", "Desember 2016", "Minggu (28/12/2014)")."""
    value = found.reading.value or ""
    if found.rule.kind != "abs" or not value[:4].isdecimal() or found.reading.pending is not None:
        return None
    return int(value[:4]) if int(value[:4]) >= _EARLIEST_YEAR else None  # "1000 tahanan" is no year


_EARLIEST_YEAR = 1800


def _names_a_day(found: _Found) -> bool:
    """Whether ``found`` names a calendar day by its date ("Kamis (27/11/2014)", "27 November")."""
    return found.rule.name in _NAMING_RULES and found.reading.day is not None


def _best(
    tokens: list[Token], index: int, candidates: list[tuple[int, Rule]], context: Context
) -> _Found | None:
    for last, rule in candidates:
        reading = READERS[rule.kind](Span(tokens[index:last], tokens[last : last + _LOOKAHEAD]), context)
        if reading is not None:
            return _Found(index, last, rule, reading, context.reference, tokens[index].sentence)
    return None


def _day_for(
    found: _Found, others: list[_Found], anchor: dt.date | None, text: str, tokens: list[Token],
    clocks: dict[str, tuple[dt.date, AnchorKind | None]],
) -> tuple[dt.date | None, AnchorKind | None]:
    """The day a clock time or day part belongs to: the nearest dated expression of its sentence
    (one before it first: "Rabu ... hingga tengah hari, setelah sehari sebelumnya ..." is
    Wednesday noon), else the day of the same clock time named earlier, else the narrative date,
    else the anchor."""
    nearest = _sentence_day(found, others, tokens)
    if nearest is not None:
        return _after_midnight(found, nearest.reading.day, nearest.reading.value), nearest.reading.anchor
    # A story tells its key moments more than once: "hilang kontak pada Minggu pukul 07.24 WIB" ...
    # "Pada pukul 07.24 WIB, pilot meminta izin naik" is that same Sunday. A round hour may be a
    # daily routine ("pencarian dimulai pukul 07.00 WIB"), so it keeps to the narrative date.
    earlier = clocks.get(found.reading.pending or "")
    if earlier is not None and _precise(found.reading.pending or ""):
        return earlier
    told = _told_time_of_day(found, others) if found.reference_telling else None
    if told is not None:
        return told.reading.day, told.reading.anchor or "narrative"
    if found.reference is not None and not _stale(found, anchor, text, tokens):
        return _after_midnight(found, found.reference, found.reference_value), "narrative"
    if earlier is not None:
        return earlier
    # With no day before it, a time of day told in a quote is on the day the quote was told:
    # "\"Sejak pagi kami menunggu,\" kata Ani, Senin (29/12/2014)" is Monday morning.
    telling = [o for o in _dated_in_sentence(found, others) if o.first > found.first and o.telling]
    if telling:
        return telling[0].reading.day, telling[0].reading.anchor or "narrative"
    return anchor, "published" if anchor else None


_SMALL_HOURS = 5  # clock times before 05:00 still belong to the night before


def _after_midnight(found: _Found, day: dt.date | None, day_value: str | None) -> dt.date | None:
    """The day after ``day`` for a clock time in the small hours when the day came from a night
    ("demo 4 November malam" ... "Pukul 00.30 WIB, delapan orang diamankan" is 5 November)."""
    clock = found.reading.pending or ""
    if day is None or not (day_value or "").endswith("TNI") or not re.fullmatch(r"T\d{2}:\d{2}", clock):
        return day
    return day + dt.timedelta(days=1) if int(clock[1:3]) < _SMALL_HOURS else day


def _sentence_day(found: _Found, others: list[_Found], tokens: list[Token]) -> _Found | None:
    """The dated expression of ``found``'s sentence that says its day: the nearest one before it,
    else the first one after it that stands beside it or names a calendar date."""
    dated = _dated_in_sentence(found, others)
    before = [o for o in dated if o.first < found.first]
    if before:
        return max(before, key=lambda o: o.first)
    # A day after the time only names its day when it stands beside it or is a calendar date
    # ("pukul 07.55 WIB, Minggu (28/12/2014)"), not a deictic word of another clause ("dihentikan
    # pada malam hari dan dilanjutkan besok pagi").
    after = [o for o in dated if o.first > found.first and not o.telling
             and _dates_time_before(o, found, tokens)]
    return min(after, key=lambda o: o.first) if after else None


def _dated_in_sentence(found: _Found, others: list[_Found]) -> list[_Found]:
    """The expressions of ``found``'s sentence that have their day."""
    return [o for o in others if o.sentence == found.sentence and o.reading.day and o.reading.pending is None]


def _ordinal_day(
    found: _Found, others: list[_Found], anchor: dt.date | None, text: str, tokens: list[Token],
    known: dict[int, dt.date],
) -> Reading:
    """"hari ketiga pencarian": the day its sentence names ("Memasuki hari ketiga pencarian,
    Selasa (30/12/2014)"), else counted from an ordinal day the text has already dated ("hari
    kedua" was Monday: "hari ketiga" is Tuesday), else the publication date (a running count is
    told on the day it has reached), and for "hari pertama" the narrative date."""
    which = found.reading.ordinal or 0
    # any day its sentence names, unlike a clock time's: "Pencarian hari kedua dimulai pukul 06.00
    # WIB tadi" (the second day is today)
    # one after it first: "hari ketiga pencarian, Selasa (30/12/2014)" names its day in apposition
    dated = [o for o in _dated_in_sentence(found, others) if not o.telling]
    after = [o for o in dated if o.first > found.first]
    nearest = after[0] if after else (dated[-1] if dated else None)
    day: dt.date | None
    label: AnchorKind | None
    if nearest is not None:
        day, label = nearest.reading.day, nearest.reading.anchor or "narrative"
    elif known:
        counted, known_day = next(iter(known.items()))
        day, label = known_day + dt.timedelta(days=which - counted), "narrative"
    elif which > 1:  # "memasuki hari ketiga pencarian": news tells a running count on its own day
        day, label = anchor, "published" if anchor else None
    else:  # "hari pertama" lies behind: the day the story is on
        day, label = _day_for(found, others, anchor, text, tokens, {})
    if day is None:
        return Reading("DATE", None)
    known.setdefault(which, day)
    return Reading("DATE", day.isoformat(), label, day)


# Hours each day part covers, as news writes them ("sore" runs from about 15:00 to dusk).
_PART_HOURS = {"MO": range(4, 12), "AF": range(11, 19), "EV": range(17, 21), "NI": range(18, 24)}
_TIME_OF_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}T(?:(MO|AF|EV|NI)|(\d{2}):\d{2})$")


def _told_time_of_day(found: _Found, others: list[_Found]) -> _Found | None:
    """When the narrative date is only the day a statement was made, a bare time of day belongs
    to the time of day told last for another day, where the two agree: "berkelahi pada Kamis
    (4/5) sore" ... "kata Kapolda, Jumat (5/5)" ... "kerusuhan sekitar pukul 15.30 WIB" is
    Thursday; "Sabtu (3/6) pukul 16.45 WIB" ... "Minggu (4/6)" ... "Menjelang petang" is Saturday."""
    here = _TIME_OF_DAY.match("0000-00-00" + (found.reading.pending or ""))
    if here is None:
        return None
    for other in reversed([o for o in others if o.first < found.first]):
        told = _TIME_OF_DAY.match(other.reading.value or "") if other.reading.pending is None else None
        if told is not None:
            fits = other.reading.day != found.reference and _agree(here, told)
            return other if fits else None
    return None


def _agree(here: re.Match[str], told: re.Match[str]) -> bool:
    """Whether a time of day (a day part or an hour) may be the one told before: an hour inside
    the day part, a day part around the hour (an hour either side: "menjelang petang" after
    16.45), the same day part, or two clock times."""
    part, hour = here.group(1), here.group(2)
    told_part, told_hour = told.group(1), told.group(2)
    if hour is not None:
        return told_part is None or int(hour) in _PART_HOURS[told_part]
    if told_part is not None:
        return part == told_part
    hours = _PART_HOURS[part]
    return hours.start - 1 <= int(told_hour) <= hours.stop


def _precise(clock: str) -> bool:
    """Whether a clock time ("T07:24") names a moment rather than a round hour or half hour."""
    return clock[-2:] not in ("00", "30")


def _stale(found: _Found, anchor: dt.date | None, text: str, tokens: list[Token]) -> bool:
    """Whether the narrative date is a background date a bare clock time no longer belongs to:
    weeks from the publication date, and named in an earlier paragraph ("pesawat dirawat pada
    16 November 2014." ... "Hingga pukul 18.00 WIB, tiga jenazah diangkat")."""
    if anchor is None or found.reference is None or abs((found.reference - anchor).days) <= _RECENT_DAYS:
        return False
    return "\n" in text[found.reference_at : tokens[found.first].start]


def _dates_time_before(day: _Found, time: _Found, tokens: list[Token]) -> bool:
    """Whether ``day``, after ``time`` in its sentence, says which day that time is on: a day
    named by its date, or any day with only punctuation or a preposition between them."""
    between = tokens[time.last : day.first]
    if day.rule.name in _NAMING_RULES or all(t.tag in _BETWEEN_TIME_AND_DAY for t in between):
        return True
    # "pukul 08.30 waktu setempat, Minggu": a short aside, then a comma before the day
    return len(between) <= 2 and between[-1].tag == "COMMA"


def _settle(
    found: _Found, others: list[_Found], anchor: dt.date | None, text: str, tokens: list[Token],
    clocks: dict[str, tuple[dt.date, AnchorKind | None]],
) -> Reading:
    reading = found.reading
    if reading.pending is None:
        return reading
    day, label = _day_for(found, others, anchor, text, tokens, clocks)
    prefix = "XXXX-XX-XX" if day is None else day.isoformat()
    return Reading(reading.type, prefix + reading.pending, label, day)


_CLOCK_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$")
_CLOCK_REACH = 2  # sentences back (this one and the one before) a clock time may be counted from


def _after_clock(
    reading: Reading, shift: dt.timedelta, before: list[TimexSpan], item: _Found, tokens: list[Token]
) -> Reading:
    """"42 menit kemudian" after "lepas landas pukul 05.35 WIB": the clock time that many minutes
    after the last one the text named nearby (this sentence or the one before); the day alone
    when there is none."""
    sentence = tokens[item.first].sentence
    for span in reversed(before):
        if span.value is None or not _CLOCK_VALUE.match(span.value):
            continue
        if sentence - _sentence_of(span, tokens) >= _CLOCK_REACH:
            break
        moment = dt.datetime.fromisoformat(span.value) + shift
        return Reading("TIME", moment.strftime("%Y-%m-%dT%H:%M"), reading.anchor, moment.date())
    return reading


def _sentence_of(span: TimexSpan, tokens: list[Token]) -> int:
    return next(t.sentence for t in tokens if t.start >= span.start)


def find_timexes(
    text: str, anchor: dt.date | None = None, lang: str = "id", *, standalone: bool = False
) -> list[TimexSpan]:
    """Every time expression in ``text``, in text order, valued against ``anchor``.

    ``anchor`` is the day the text was written (its publication date); without it,
    relative expressions keep their type but get no value (or an underspecified one such
    as "XXXX-WXX-5" for a bare weekday). ``lang`` is "id" (Indonesian) or "en" (English).
    ``standalone`` also accepts words that are time expressions only when they stand
    alone ("sebelumnya" = PAST_REF); :func:`normalize` sets it.
    """
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")
    tokens = tokenize(text, lang, anchor.year if anchor else None)
    context = Context(text, anchor, None)
    found = list(_scan(tokens, context, rules(lang, standalone)))
    spans: list[TimexSpan] = []
    clocks: dict[str, tuple[dt.date, AnchorKind | None]] = {}  # "T07:24" -> the day it was first on
    ordinal_days: dict[int, dt.date] = {}  # "hari ketiga" -> the day it was
    for position, item in enumerate(found):
        if item.reading.ordinal is not None:
            reading = _ordinal_day(item, found, anchor, text, tokens, ordinal_days)
            found[position] = replace(item, reading=reading)  # a clock time after it is on that day
        else:
            reading = _settle(item, found, anchor, text, tokens, clocks)
        if reading.clock_shift is not None:
            reading = _after_clock(reading, reading.clock_shift, spans, item, tokens)
        if reading.day is not None and reading.value is not None and _CLOCK_VALUE.match(reading.value):
            clocks.setdefault(reading.value[10:], (reading.day, reading.anchor))
        start, end = tokens[item.first].start, tokens[item.last - 1].end
        span = TimexSpan(start, end, text[start:end], reading.type, reading.value, reading.anchor,
                         item.rule.name)
        spans.append(span)
    return spans


def normalize(text: str, anchor: dt.date | None = None, lang: str = "id") -> TimexSpan | None:
    """Type and value of one time expression, e.g. ``normalize("bulan lalu", date(2022, 11, 15))``
    -> ``TimexSpan(type="DATE", value="2022-10", ...)``.

    The longest expression found in ``text`` is returned (None when there is none), so
    "pada Jumat lalu" works as well as "Jumat lalu". Words that are time expressions only
    when they stand alone count here ("sebelumnya" -> PAST_REF).
    """
    spans = find_timexes(text, anchor, lang, standalone=True)
    return max(spans, key=lambda s: s.end - s.start, default=None)
