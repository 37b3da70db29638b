"""Which day a time of day is on: a clock time ("pukul 07.24 WIB"), a bare day part ("pada malam
hari") or the N-th day of something ("hari ketiga pencarian") takes its day from its sentence,
from the same moment told before, from the narrative, or from the publication date
(``docs/timex.md``, "Clock times and bare day parts").
"""

from __future__ import annotations

import datetime as dt
import re

from warta.article.timex.found import NAMING_RULES, Found
from warta.article.timex.reading import AnchorKind, Reading
from warta.article.timex.tokens import Token

_RECENT_DAYS = 7  # a narrative date this close to the publication date is the story's own

_BETWEEN_TIME_AND_DAY = frozenset({"COMMA", "PREP", "DASH"})  # "pukul 10.00, kemarin"


def _day_for(
    found: Found, others: list[Found], anchor: dt.date | None, text: str, tokens: list[Token],
    clocks: dict[str, tuple[dt.date, AnchorKind | None]],
) -> tuple[dt.date | None, AnchorKind | None]:
    """The day a clock time or day part belongs to, the first of: the nearest dated expression of
    its sentence (one before it first: "Rabu ... hingga tengah hari, setelah sehari sebelumnya ..."
    is Wednesday noon); the day of the same precise clock time told before; after a statement's
    day, the day of the time of day told last; the narrative date; the day a quote it stands in
    was told; the anchor. A clock time in the small hours after a night is on the next day."""
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


def _after_midnight(found: Found, day: dt.date | None, day_value: str | None) -> dt.date | None:
    """The day after ``day`` for a clock time in the small hours when the day came from a night
    ("demo 4 November malam" ... "Pukul 00.30 WIB, delapan orang diamankan" is 5 November)."""
    clock = found.reading.pending or ""
    if day is None or not (day_value or "").endswith("TNI") or not re.fullmatch(r"T\d{2}:\d{2}", clock):
        return day
    return day + dt.timedelta(days=1) if int(clock[1:3]) < _SMALL_HOURS else day


def _sentence_day(found: Found, others: list[Found], tokens: list[Token]) -> Found | None:
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


def _dated_in_sentence(found: Found, others: list[Found]) -> list[Found]:
    """The expressions of ``found``'s sentence that have their day."""
    return [o for o in others if o.sentence == found.sentence and o.reading.day and o.reading.pending is None]


def ordinal_day(
    found: Found, others: list[Found], anchor: dt.date | None, text: str, tokens: list[Token],
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


def _told_time_of_day(found: Found, others: list[Found]) -> Found | None:
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


def _stale(found: Found, anchor: dt.date | None, text: str, tokens: list[Token]) -> bool:
    """Whether the narrative date is a background date a bare clock time no longer belongs to:
    weeks from the publication date, and named in an earlier paragraph ("pesawat dirawat pada
    16 November 2014." ... "Hingga pukul 18.00 WIB, tiga jenazah diangkat")."""
    if anchor is None or found.reference is None or abs((found.reference - anchor).days) <= _RECENT_DAYS:
        return False
    return "\n" in text[found.reference_at : tokens[found.first].start]


def _dates_time_before(day: Found, time: Found, tokens: list[Token]) -> bool:
    """Whether ``day``, after ``time`` in its sentence, says which day that time is on: a day
    named by its date, or any day with only punctuation or a preposition between them."""
    between = tokens[time.last : day.first]
    if day.rule.name in NAMING_RULES or all(t.tag in _BETWEEN_TIME_AND_DAY for t in between):
        return True
    # "pukul 08.30 waktu setempat, Minggu": a short aside, then a comma before the day
    return len(between) <= 2 and between[-1].tag == "COMMA"


def settle(
    found: Found, others: list[Found], anchor: dt.date | None, text: str, tokens: list[Token],
    clocks: dict[str, tuple[dt.date, AnchorKind | None]],
) -> Reading:
    reading = found.reading
    if reading.pending is None:
        return reading
    day, label = _day_for(found, others, anchor, text, tokens, clocks)
    prefix = "XXXX-XX-XX" if day is None else day.isoformat()
    return Reading(reading.type, prefix + reading.pending, label, day)
