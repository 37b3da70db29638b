"""Finding time expressions in a text and giving each its value.

Left to right: at every token that can start an expression, the longest rule match
whose reading makes sense wins. The narrative date moves with every day the text names,
so "hari itu" and "tiga hari kemudian" count from the day last spoken of. Clock times,
bare day parts and the N-th days of something then get their day (``days.py``): from a
date in the same sentence, else the narrative date, else the anchor.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

from warta.article.date_words import WORDS, alternation
from warta.article.speechcues import speech_cues
from warta.article.timex.days import ordinal_day, settle
from warta.article.timex.found import NAMING_RULES, Found
from warta.article.timex.interpret import READERS
from warta.article.timex.lexicon import LANGS, Rule, rules
from warta.article.timex.reading import AnchorKind, Context, Reading, Span
from warta.article.timex.speech import speech_days
from warta.article.timex.tokens import Token, tag_string, tokenize
from warta.models import TimexType

# Tags no rule starts with: skipping them keeps the matcher off most tokens.
_NEVER_FIRST = frozenset({
    "x", "p", "OPEN", "CLOSE", "DOT", "COMMA", "COUNT", "THAT", "KEDEPAN", "AFTER", "DASH",
    "OF", "AMPM", "PREPIN", "NOT", "PREP", "ZONE", "LASTING", "DI", "LIKE", "DARI", "NAMER", "DAYEND",
    "SEQ", "RUN",
})  # fmt: skip


_LOOKAHEAD = 3  # tokens after a match a reader may see: "- Juli 2014" after "Juni"

# Expressions that move the narrative date: days the text names, not deictic words
# ("kemarin" says when something happened without changing what the story is about).
_SETS_REFERENCE = frozenset({"abs", "narr", "time"})

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


def _scan(
    tokens: list[Token], context: Context, table: tuple[Rule, ...], entries: tuple[int, ...] = ()
) -> Iterator[Found]:
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
        if _enters_new_entry(entries, reference_at, tokens[index].start):
            # A live report's entry is told at its own stamp: the day an earlier entry spoke of
            # ("kalah pada Selasa malam") is no longer the day the story is on.
            reference, reference_at = context.reference, tokens[index].start
            reference_value, reference_telling = None, False
        here = replace(context, reference=reference, named=tuple(named), year=year)
        best = _best(tokens, index, _candidates(tags, positions[index], offsets, table), here)
        if best is None:
            index += 1
            continue
        telling = _is_telling_day(best, tokens, context.text)
        best = replace(best, reference_at=reference_at, reference_value=reference_value,
                       reference_telling=reference_telling, telling=telling)
        yield best
        if _moves_reference(best, reference) and not _opening_bound(best, tokens, context.text):
            reference, reference_at = best.reading.day, tokens[best.first].start
            reference_value, reference_telling = best.reading.value, best.telling
        year = _year_named(best) or year
        if _names_a_day(best):
            named.append(best.reading.day)  # type: ignore[arg-type]  # checked by _names_a_day
        index = best.last


def _enters_new_entry(entries: tuple[int, ...], since: int, here: int) -> bool:
    """Whether a live report's entry begins after the narrative date was named (at ``since``)
    and at or before ``here``."""
    return any(since < start <= here for start in entries)


def _moves_reference(found: Found, reference: dt.date | None) -> bool:
    """Whether ``found`` becomes the narrative date. A look back from the narrative date
    ("sehari sebelumnya") is an aside: the story goes on from the day it was on."""
    day = found.reading.day
    if found.rule.kind not in _SETS_REFERENCE or day is None or found.reading.pending is not None:
        return False
    return not (found.rule.kind == "narr" and reference is not None and day < reference)


# "Hingga Jumat pagi, tujuh warga dilaporkan meninggal": a sentence opening with the moment a tally
# runs to, then a comma.
_OPENING_BOUND = re.compile(r"(?:^|[.!?\n]\s*)(?:hingga|sampai)\s+$", re.IGNORECASE)
_BOUND_REACH = 20  # characters back from the day to look for the bound's word


def _opening_bound(found: Found, tokens: list[Token], text: str) -> bool:
    """Whether ``found`` is the moment a tally is reported up to ("Hingga Jumat pagi, …"): the day
    the count was made, not the day the story is on, so the narrative date stays where it was
    ("… Kamis (6/11) malam. Hingga Jumat pagi, … Air datang sekitar pukul 22.30" is Thursday night)."""
    start, end = tokens[found.first].start, tokens[found.last - 1].end
    before = text[max(0, start - _BOUND_REACH):start]
    return bool(_OPENING_BOUND.search(before)) and text[end:end + 1] == ","


def _is_telling_day(found: Found, tokens: list[Token], text: str) -> bool:
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


def _year_named(found: Found) -> int | None:
    """The year a calendar expression names ("tahun 2004", "Desember 2016", "Minggu (28/12/2014)")."""
    value = found.reading.value or ""
    if found.rule.kind != "abs" or not value[:4].isdecimal() or found.reading.pending is not None:
        return None
    return int(value[:4]) if int(value[:4]) >= _EARLIEST_YEAR else None  # "1000 tahanan" is no year


_EARLIEST_YEAR = 1800


def _names_a_day(found: Found) -> bool:
    """Whether ``found`` names a calendar day by its date ("Kamis (27/11/2014)", "27 November")."""
    return found.rule.name in NAMING_RULES and found.reading.day is not None


def _best(
    tokens: list[Token], index: int, candidates: list[tuple[int, Rule]], context: Context
) -> Found | None:
    for last, rule in candidates:
        reading = READERS[rule.kind](Span(tokens[index:last], tokens[last : last + _LOOKAHEAD]), context)
        if reading is not None:
            return Found(index, last, rule, reading, context.reference, tokens[index].sentence)
    return None


def _said_on_their_day(found: list[Found], tokens: list[Token], context: Context) -> list[Found]:
    """Relative expressions in a statement whose day is stated ("“Besok kami hadir,” kata Rina,
    Selasa (26/9)") read again from that day (``speech.py``)."""
    for position, day in speech_days(found, tokens, context).items():
        item = found[position]
        named = tuple(f.reading.day for f in found[:position] if f.reading.day and _names_a_day(f))
        said = replace(context, anchor=day, reference=item.reference, named=named)
        span = Span(tokens[item.first : item.last], tokens[item.last : item.last + _LOOKAHEAD])
        reading = READERS[item.rule.kind](span, said)
        if reading is not None and reading.anchor == "published":
            found[position] = replace(item, reading=replace(reading, anchor="narrative"))
    return found


_CLOCK_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$")
_CLOCK_REACH = 2  # sentences back (this one and the one before) a clock time may be counted from


def _after_clock(
    reading: Reading, shift: dt.timedelta, before: list[TimexSpan], item: Found, tokens: list[Token]
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
    text: str, anchor: dt.date | None = None, lang: str = "id", *, standalone: bool = False,
    entries: tuple[int, ...] = (),
) -> list[TimexSpan]:
    """Every time expression in ``text``, in text order, valued against ``anchor``.

    ``anchor`` is the day the text was written (its publication date); without it,
    relative expressions keep their type but get no value (or an underspecified one such
    as "XXXX-WXX-5" for a bare weekday). ``lang`` is "id" (Indonesian) or "en" (English).
    ``standalone`` also accepts words that are time expressions only when they stand
    alone ("sebelumnya" = PAST_REF); :func:`normalize` sets it. ``entries`` are the offsets where
    the entries of a live report begin (each under its own time stamp): no narrative date carries
    from one entry into the next.
    """
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")
    tokens = tokenize(text, lang, anchor.year if anchor else None)
    context = Context(text, anchor, None)
    scanned = list(_scan(tokens, context, rules(lang, standalone), entries))
    found = _said_on_their_day(scanned, tokens, context)
    spans: list[TimexSpan] = []
    clocks: dict[str, tuple[dt.date, AnchorKind | None]] = {}  # "T07:24" -> the day it was first on
    ordinal_days: dict[int, dt.date] = {}  # "hari ketiga" -> the day it was
    for position, item in enumerate(found):
        if item.reading.ordinal is not None:
            reading = ordinal_day(item, found, anchor, text, tokens, ordinal_days)
            found[position] = replace(item, reading=reading)  # a clock time after it is on that day
        else:
            reading = settle(item, found, anchor, text, tokens, clocks)
        if reading.clock_shift is not None:
            reading = _after_clock(reading, reading.clock_shift, spans, item, tokens)
        if reading.day is not None and reading.value is not None and _CLOCK_VALUE.match(reading.value):
            clocks.setdefault(reading.value[10:], (reading.day, reading.anchor))
        start, end = tokens[item.first].start, tokens[item.last - 1].end
        span = TimexSpan(start, end, text[start:end], reading.type, reading.value, reading.anchor,
                         item.rule.name)
        spans.append(span)
    return _listed_sets(_range_ends_ahead(_apposed_days(spans, text), text), text)


_APPOSITION = re.compile(r"\s*[,(]?\s*")  # between "hari ini" and the date beside it: ", " or " ("
_BLANK_LINE = re.compile(r"\n\s*\n")
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_APPOSED_REACH = 7  # days between the two readings for the date to be the writer's today
_NAMING = frozenset({"date", "day-month"})  # rules of expressions that name a day by its date
_WEEKDAY_WORD = re.compile(rf"\b(?:{alternation(WORDS.weekdays)})\b", re.IGNORECASE)


def _apposed_days(spans: list[TimexSpan], text: str) -> list[TimexSpan]:
    """A deictic day or a weekday with a date beside it is that date: "tiba di Bali hari ini, Senin
    (15/5)" (the writer's today, though the article came out days later), "kemarin (Jumat)", "hari
    Sabtu tanggal 29 Mei", "26 Januari 2008, hari Sabtu sekitar pukul 09.30"."""
    out = list(spans)
    for index, (first, second) in enumerate(pairwise(spans)):
        between = text[first.end : second.start]
        if _APPOSITION.fullmatch(between) is None or _BLANK_LINE.search(between):
            continue  # a headline's weekday is not the date line under it
        if _takes_day_of(first, second):
            out[index] = _on_day_of(first, second)
        elif _takes_day_of(second, first) and text[first.end : second.start].strip() == ",":
            out[index + 1] = _on_day_of(second, first)
    return out


def _takes_day_of(word: TimexSpan, named: TimexSpan) -> bool:
    """Whether ``word`` ("hari ini", "Sabtu") is the day ``named`` gives beside it."""
    said, dated = _DAY_VALUE.match(word.value or ""), _DAY_VALUE.match(named.value or "")
    if said is None or dated is None or said.group() == dated.group():
        return False
    said_day, named_day = dt.date.fromisoformat(said.group()), dt.date.fromisoformat(dated.group())
    if word.rule == "rel-day":
        near = abs((said_day - named_day).days) <= _APPOSED_REACH
        return near and (named.rule in _NAMING or named.rule.startswith("weekday"))
    # A weekday that disagrees with the date beside it ("hari Senin tanggal 12 Oktober" when the
    # 12th is a Thursday) is a slip in one of them; the digits are the better evidence, as writers
    # copy weekday words more carelessly than they type dates. A date with a weekday of its own
    # ("Senin, Selasa 10 Oktober") is another day of a list.
    own_weekday = _WEEKDAY_WORD.search(named.text) is not None
    return word.rule.startswith("weekday") and named.rule in _NAMING and not own_weekday


def _on_day_of(word: TimexSpan, named: TimexSpan) -> TimexSpan:
    day = (named.value or "")[:10]
    return replace(word, value=day + (word.value or "")[10:], anchor=named.anchor or "narrative")


_RANGE_JOIN = re.compile(r"\s*(?:-|–|hingga|sampai|s\.?d\.?|s/d)\s*", re.IGNORECASE)


def _range_ends_ahead(spans: list[TimexSpan], text: str) -> list[TimexSpan]:
    """"Senin hingga Jumat": the weekday a range ends on is the first such day on or after the
    one it starts on, though each alone would be the most recent; "pukul 22.00 hingga 02.00" ends
    the next day."""
    out = list(spans)
    for index, (first, last) in enumerate(pairwise(spans)):
        if _CLOCK_VALUE.match(first.value or "") and _CLOCK_VALUE.match(last.value or ""):
            out[index + 1] = _past_midnight(first, last, text)
            continue
        if not (first.rule.startswith("weekday") and last.rule.startswith("weekday")):
            continue
        begun, ended = _DAY_VALUE.match(first.value or ""), _DAY_VALUE.match(last.value or "")
        if begun is None or ended is None or _RANGE_JOIN.fullmatch(text, first.end, last.start) is None:
            continue
        start, end = dt.date.fromisoformat(begun.group()), dt.date.fromisoformat(ended.group())
        if end < start:
            moved = end + dt.timedelta(weeks=(start - end).days // 7 + 1)
            out[index + 1] = replace(last, value=moved.isoformat() + (last.value or "")[10:])
    return out


def _past_midnight(first: TimexSpan, last: TimexSpan, text: str) -> TimexSpan:
    """The end of a clock range on the start's day that comes before the start: the next day."""
    joined = _RANGE_JOIN.fullmatch(text, first.end, last.start) is not None
    start, end = (dt.datetime.fromisoformat(span.value or "") for span in (first, last))
    if not joined or start.date() != end.date() or end >= start:
        return last
    return replace(last, value=(end + dt.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M"))


# Between the weekdays of a list: a comma, a conjunction, or both ("Senin, Rabu dan Sabtu").
_LIST_JOIN = re.compile(r"\s*(?:,\s*)?(?:(?:dan|serta|atau|and|or)\s+)?", re.IGNORECASE)
_WEEKLY = re.compile(r"^XXXX-WXX-\d")
_SIDE_WORDS = r"lalu|depan|ini|kemarin|last|next|this"  # "Rabu lalu" says which Wednesday
_BARE_WEEKDAY = re.compile(rf"^(?:{alternation(WORDS.weekdays)})\b(?!.*\b(?:{_SIDE_WORDS})\b)", re.IGNORECASE)


def _listed_sets(spans: list[TimexSpan], text: str) -> list[TimexSpan]:
    """Weekdays listed after a weekly one are weekly too: "setiap Senin, Rabu dan Sabtu" is every
    Monday, Wednesday and Saturday, not every Monday and the last Wednesday."""
    out = list(spans)
    for index in range(1, len(out)):
        before, here = out[index - 1], out[index]
        weekly = before.type == "SET" and _WEEKLY.match(before.value or "") is not None
        listed = _LIST_JOIN.fullmatch(text, before.end, here.start) is not None
        day = _DAY_VALUE.match(here.value or "")
        if weekly and listed and day and _BARE_WEEKDAY.match(here.text) and here.rule.startswith("weekday"):
            weekday = dt.date.fromisoformat(day.group()).isoweekday()
            out[index] = replace(here, type="SET", value=f"XXXX-WXX-{weekday}{(here.value or '')[10:]}",
                                 anchor=None)
    return out


def normalize(text: str, anchor: dt.date | None = None, lang: str = "id") -> TimexSpan | None:
    """Type and value of one time expression, e.g. ``normalize("bulan lalu", date(2022, 11, 15))``
    -> ``TimexSpan(type="DATE", value="2022-10", ...)``.

    The longest expression found in ``text`` is returned (None when there is none), so
    "pada Jumat lalu" works as well as "Jumat lalu". Words that are time expressions only
    when they stand alone count here ("sebelumnya" -> PAST_REF).
    """
    spans = find_timexes(text, anchor, lang, standalone=True)
    return max(spans, key=lambda s: s.end - s.start, default=None)
