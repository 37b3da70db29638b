"""Publication dates: absolute dates in Indonesian and English news text.

Four entry points:

- :func:`find_dates` lists every absolute calendar date a text mentions
  ("Jum'at, 07 Juli 2023 - 16:09 WIB", "Sabtu (22/10/2022)", "2022-11-08", ...);
- :func:`parse_date_line` decides whether a short line *is* a publication-date line;
- :func:`estimate_published` guesses when an undated article was written from the
  dates it mentions and the relative words next to them;
- :func:`html_published` dates an HTML page (htmldate first, Indonesian patterns after).

All vocabulary (month, weekday, zone, cue words) comes from ``resources/time_words.tsv``
and is compiled into regular expressions once, at import.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources

from htmldate import find_date
from lxml import etree
from lxml import html as lxml_html

from warta.article import weekday_years

__all__ = [
    "Estimate",
    "FoundDate",
    "estimate_published",
    "find_dates",
    "html_published",
    "is_future_context",
    "parse_date_line",
    "written_weekday",
]


@dataclass(frozen=True)
class FoundDate:
    """One absolute date found in a text; ``text[start:end]`` is the expression.

    ``value`` is a ``datetime`` when a clock time was given (timezone-aware when a
    zone such as WIB was given too), otherwise a ``date``. Dates that do not come from
    a text span (htmldate's answer) have ``start == end == -1``.
    """

    start: int
    end: int
    text: str
    value: dt.date | dt.datetime
    has_time: bool

    @property
    def day(self) -> dt.date:
        """The calendar day, whether or not a time was given."""
        if isinstance(self.value, dt.datetime):
            return self.value.date()
        return self.value


@dataclass(frozen=True)
class Estimate:
    """An estimated publication day, the window it plausibly lies in, and why."""

    value: dt.date
    window: tuple[dt.date, dt.date]
    evidence: str


# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class _Words:
    months: dict[str, int]
    weekdays: dict[str, int]
    zones: dict[str, dt.timezone]
    relative: dict[str, int]
    future: dict[str, str]  # cue -> "any" or "after" (where it counts, see the TSV)
    line: dict[str, str]  # word -> "label" (marks a metadata line) or "link" (connective)
    daypart: frozenset[str]
    daypart_codes: dict[str, str]  # day part -> TimeML code (MO, AF, EV, NI)


def _key(word: str) -> str:
    """Normalise a matched word for dictionary lookup (case, spacing, apostrophes)."""
    return " ".join(word.lower().replace("’", "'").rstrip(".").split())


def _offset(text: str) -> dt.timezone | None:
    """``+07:00`` / ``+0700`` / ``+7`` -> a fixed-offset timezone; None beyond +-14 h."""
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours = int(digits[:-2]) if len(digits) > 2 else int(digits)
    minutes = int(digits[-2:]) if len(digits) > 2 else 0
    if hours > 14 or minutes > 59:  # no zone on Earth is further from UTC
        return None
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def _zone_value(text: str) -> dt.timezone:
    zone = _offset(text)
    if zone is None:
        raise ValueError(f"time_words.tsv: bad UTC offset {text!r}")
    return zone


def _rows() -> Iterator[tuple[str, str, str]]:
    path = resources.files("warta").joinpath("resources", "time_words.tsv")
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines:
        if not line.strip() or line.startswith("#") or line.startswith("kind\t"):
            continue
        kind, word, value = line.split("\t")
        yield kind, word, value


def _load_words() -> _Words:
    table: dict[str, dict[str, str]] = {}
    for kind, word, value in _rows():
        table.setdefault(kind, {})[_key(word)] = value
    return _Words(
        months={w: int(v) for w, v in table["month"].items()},
        weekdays={w: int(v) for w, v in table["weekday"].items()},
        zones={w: _zone_value(v) for w, v in table["zone"].items()},
        relative={w: int(v) for w, v in table["relative"].items()},
        future=table["future"],
        line=table["line"],
        daypart=frozenset(table["daypart"]),
        daypart_codes=table["daypart"],
    )


WORDS = _load_words()


def _alternation(words: Iterable[str]) -> str:
    """Longest-first alternation so that "Juli" wins over "Jul"; "'" matches ’ too."""
    ordered = sorted(set(words), key=len, reverse=True)
    escaped = (re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in ordered)
    return "|".join(escaped)


# --------------------------------------------------------------------------- patterns

_MON = _alternation(WORDS.months)
_WD = _alternation(WORDS.weekdays)
_ZONE = _alternation(WORDS.zones)

# Every date holds a number, so scanning starts at numbers (fast: a plain character class)
# and looks back a few characters for what may precede one: a weekday, "(", a month name.
_NUMBER = re.compile(r"(?<![\w./])\d")
_LOOKBACK = 40
_PREFIX_RE = re.compile(
    rf"(?:(?<!\w)(?P<wd>{_WD})\b\.?\s*,?\s*)?"
    rf"(?:(?P<op>\(\s*)|(?<!\w)(?P<m2>{_MON})\b\.?\s+)?\Z",
    re.IGNORECASE,
)
# November 14, 2022 (the month came before the number)
_MDY_RE = re.compile(r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})(?!\d)", re.IGNORECASE)
_CORE_RE = re.compile(
    "|".join(
        (
            # 14 November 2022 / 14-Nov-2022 / 14 Nov. 2022
            rf"(?P<d1>\d{{1,2}})(?:\s*[-/]\s*|\s+)(?P<m1>{_MON})\b\.?(?:\s*[-/,]\s*|\s+)"
            r"(?P<y1>\d{4})(?!\d)",
            # 8/11/2022, 08-11-2022, 08.11.2022 (day first, as Indonesian writes it)
            r"(?P<d3>\d{1,2})(?P<s3>[/.-])(?P<m3>\d{1,2})(?P=s3)(?P<y3>\d{4})(?!\d)",
            # 2022-11-08, 2022/11/08
            r"(?P<y4>\d{4})(?P<s4>[-/.])(?P<m4>\d{1,2})(?P=s4)(?P<d4>\d{1,2})(?!\d)",
            # (29/12/14) -- a two-digit year; like (8/11) it needs a weekday or parentheses
            r"(?P<d7>\d{1,2})/(?P<m7>\d{1,2})/(?P<y7>\d{2})(?![/\d])",
            # (8/11) -- year left to the reader; needs a weekday or parentheses around it
            r"(?P<d5>\d{1,2})/(?P<m5>\d{1,2})(?![/\d])",
            # 14 November -- year left to the reader
            rf"(?P<d6>\d{{1,2}})\s+(?P<m6>{_MON})\b",
        )
    ),
    re.IGNORECASE,
)
_CLOSE_RE = re.compile(r"\s*\)")
_TIME_RE = re.compile(
    # a clock time on the same line only: a heading date ("Sabtu, 5 November 2016") is not the
    # day of the clock time that opens the next paragraph
    r"(?:[^\S\n]*[,|·•–—-][^\S\n]*|[^\S\n]+|T)(?:(?:pukul|jam|pk\.?|at)\s*)?"
    r"(?P<hh>\d{1,2})[:.](?P<mi>\d{2})(?:[:.](?P<ss>\d{2}))?(?!\d)"
    r"(?:\s*(?P<ap>[ap]\.?m)\b\.?)?"
    rf"(?:\s*(?P<tz>{_ZONE}|Z)\b(?P<tzoff>[+-]\d{{1,2}}(?::?\d{{2}})?)?"
    r"|(?P<off>[+-]\d{2}:?\d{2}))?",
    re.IGNORECASE,
)

Groups = dict[str, str | None]


# --------------------------------------------------------------------------- find_dates


def _valid(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None for impossible ones (31/02) and years outside news range."""
    if not 1900 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _guess_year(day: int, month: int, ref_year: int, weekday: int | None) -> int:
    """Year of a year-less date: the reference year unless only a neighbour fits the weekday."""
    if weekday is None:
        return ref_year
    for year in (ref_year, ref_year - 1, ref_year + 1):
        day_value = _valid(year, month, day)
        if day_value is not None and day_value.isoweekday() == weekday:
            return year
    return ref_year


def _numeric_dmy(day: int, month: int, year: int) -> dt.date | None:
    """Day-first numeric date, read month-first only when day-first is impossible (11/14/2022)."""
    if month > 12 >= day:
        day, month = month, day
    return _valid(year, month, day)


def _month(word: str | None) -> int:
    return WORDS.months[_key(word or "")]


def _yearless_day(g: Groups, ref_year: int) -> dt.date | None:
    weekday = WORDS.weekdays[_key(g["wd"])] if g["wd"] else None
    if g["d5"]:
        if not (g["wd"] or g["op"]):
            return None  # a bare "3/4" is as likely a fraction or a score as a date
        day, month = int(g["d5"]), int(g["m5"] or 0)
    elif not (g["m6"] or "")[:1].isupper():
        return None  # "5 may" in English prose; month names are capitalised when meant
    else:
        day, month = int(g["d6"] or 0), _month(g["m6"])
    return _valid(_guess_year(day, month, ref_year, weekday), month, day)


def _calendar_day(g: Groups, ref_year: int | None) -> dt.date | None:
    if g.get("d2"):
        return _valid(int(g["y2"] or 0), _month(g["m2"]), int(g["d2"] or 0))
    if g["d1"]:
        return _valid(int(g["y1"] or 0), _month(g["m1"]), int(g["d1"]))
    if g["d3"]:
        return _numeric_dmy(int(g["d3"]), int(g["m3"] or 0), int(g["y3"] or 0))
    if g["d4"]:
        return _valid(int(g["y4"] or 0), int(g["m4"] or 0), int(g["d4"]))
    if g["d7"]:
        return _short_year_day(g)
    return None if ref_year is None else _yearless_day(g, ref_year)


_CENTURY_PIVOT = 70  # "(29/12/14)" is 2014, "(5/3/98)" 1998


def _short_year_day(g: Groups) -> dt.date | None:
    """A day/month/two-digit-year date, only beside a weekday or in parentheses ("Senin
    (29/12/14)"): a bare "1/2/14" is as likely a fraction or a reference number."""
    if not (g["wd"] or g["op"]):
        return None
    short = int(g["y7"] or 0)
    year = short + (2000 if short < _CENTURY_PIVOT else 1900)
    return _numeric_dmy(int(g["d7"] or 0), int(g["m7"] or 0), year)


def _zone(g: Groups) -> dt.timezone | None:
    if g["off"]:
        return _offset(g["off"])
    label = g["tz"]
    if not label:
        return None
    if label.upper() == "Z":
        return dt.UTC
    if g["tzoff"]:
        return _offset(g["tzoff"])
    return WORDS.zones[_key(label)]


def _clock(g: Groups) -> dt.time | None:
    """The clock time after the date, or None when impossible (25:70) or 12-hour nonsense."""
    hour, minute, second = int(g["hh"] or 0), int(g["mi"] or 0), int(g["ss"] or 0)
    meridiem = (g["ap"] or "").lower()
    if meridiem and not 1 <= hour <= 12:
        return None
    if meridiem.startswith("p") and hour < 12:
        hour += 12
    elif meridiem.startswith("a") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    return dt.time(hour, minute, second, tzinfo=_zone(g))


def _core_at(
    text: str, i: int, lo: int, ref_year: int | None
) -> tuple[re.Match[str], re.Match[str]] | None:
    """The date body at the number at ``i`` and what precedes it (weekday, "(", month).

    The body is tried first because most numbers in news are not dates and the
    look-back is the costlier search.
    """
    core = _CORE_RE.match(text, i)
    if core is not None and ref_year is None and (core["d5"] or core["d6"]):
        core = None  # year-less forms are not wanted: skip the look-back
    mdy = None if core is not None else _MDY_RE.match(text, i)
    if core is None and mdy is None:
        return None
    prefix = _PREFIX_RE.search(text, max(lo, i - _LOOKBACK), i)
    if prefix is None:  # cannot happen (everything in it is optional); keeps mypy honest
        return None
    if prefix.group("m2"):
        mdy = mdy or _MDY_RE.match(text, i)
        if mdy is not None:
            return prefix, mdy
    return None if core is None else (prefix, core)


def _date_at(text: str, i: int, lo: int, ref_year: int | None) -> FoundDate | None:
    """The date whose first number starts at ``i``, with what surrounds it (not before ``lo``)."""
    parts = _core_at(text, i, lo, ref_year)
    if parts is None:
        return None
    prefix, core = parts
    g: Groups = {**prefix.groupdict(), **core.groupdict()}
    start, end = prefix.start(), core.end()
    if g["op"]:
        close = _CLOSE_RE.match(text, end)
        if close is not None:
            end = close.end()
        else:  # "(" without ")" belongs to something else, and so does what preceded it
            start, g["wd"], g["op"] = i, None, None
    if g["m2"] and "d2" not in g:  # a month word before a day-first date is not part of it
        start, g["wd"], g["m2"] = i, None, None
    return _with_time(text, start, end, g, ref_year)


def _with_time(
    text: str, start: int, end: int, g: Groups, ref_year: int | None
) -> FoundDate | None:
    day = _calendar_day(g, ref_year)
    if day is None:
        return None
    time_match = _TIME_RE.match(text, end)
    if time_match is not None:
        clock = _clock({**g, **time_match.groupdict()})
        if clock is not None:
            end = time_match.end()
            value = dt.datetime.combine(day, clock)
            return FoundDate(start, end, text[start:end], value, True)
    return FoundDate(start, end, text[start:end], day, False)


def find_dates(text: str, ref_year: int | None = None) -> list[FoundDate]:
    """Every absolute date in ``text``, in text order.

    Day/month dates without a year ("Selasa (8/11)", "14 November") are returned only
    when ``ref_year`` says which year the text is about; a weekday next to them may move
    them to the neighbouring year (a late-December date in a January article).
    """
    found: list[FoundDate] = []
    done = 0
    for number in _NUMBER.finditer(text):
        if number.start() < done:
            continue
        date = _date_at(text, number.start(), done, ref_year)
        if date is not None:
            found.append(date)
            done = date.end
    return found


# --------------------------------------------------------------------------- date lines

# A date line is short; anything longer is running text that happens to hold a date.
_MAX_DATE_LINE = 120
# Capitalised words a date line may carry besides its labels: an outlet, a place, a byline.
_MAX_NAME_WORDS = 3
_TOKEN_RE = re.compile(r"[^\W_][\w.'’@-]*")
# Separators between the fields of a metadata line ("Kompas.com - 14/11/2022", "A | B").
_SEPARATOR_RE = re.compile(r"[|•·–—:]|\s-\s")
_CLOCK_RE = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b")


def _outside(text: str, spans: Iterable[FoundDate]) -> str:
    """``text`` with the found date expressions cut out."""
    pieces, last = [], 0
    for found in spans:
        pieces.append(text[last : found.start])
        last = found.end
    pieces.append(text[last:])
    return " ".join(pieces)


def _only_labels(rest: str) -> bool:
    """True when what is left beside the dates is labels, separators and a few names.

    Names (an outlet, an author) are accepted only on a line marked as metadata by a
    separator or a label ("Kompas.com - 14/11/2022", "Oleh Budi, 14/11/2022"), so that
    a title-case headline ending in a date ("Gempa Guncang Cianjur 21 November 2022")
    does not pass for a date line.
    """
    names, marked = 0, _SEPARATOR_RE.search(rest) is not None
    for token in _TOKEN_RE.findall(_CLOCK_RE.sub(" ", rest)):
        key = _key(token)
        if key in WORDS.line:
            marked = marked or WORDS.line[key] == "label"
        elif key in WORDS.weekdays or key in WORDS.zones:
            continue
        elif token[0].isdigit() or not any(c.isupper() for c in token):
            return False  # numbers and lower-case words belong to sentences
        else:
            names += 1
    return names == 0 or (marked and names <= _MAX_NAME_WORDS)


def parse_date_line(line: str) -> FoundDate | None:
    """The publication date when ``line`` is essentially a date line, else None.

    A date line holds a date plus optionally a weekday, time, zone, labels such as
    "Diperbarui" or "Published", separators, and at most a few capitalised words (an
    outlet or author). With several dates ("Terbit ... | Diperbarui ...") the earliest
    is the publication date. Offsets refer to ``line``.
    """
    if len(line) > _MAX_DATE_LINE:
        return None
    found = find_dates(line)
    if not found or not _only_labels(_outside(line, found)):
        return None
    return min(found, key=lambda f: f.day)


# --------------------------------------------------------------------------- estimation

# How long after the latest past-tense date an article may plausibly appear.
_WINDOW_DAYS = 21
# Characters searched for a future cue before a date (within its clause) and after it.
_FUTURE_BEFORE = 80
_FUTURE_AFTER = 16
_CLAUSE_END = re.compile(r"[.!?;:,\"“”()\n]")
_FUTURE_ANY = [w for w, where in WORDS.future.items() if where == "any"]
_FUTURE_BEFORE_RE = re.compile(rf"(?<!\w)(?:{_alternation(_FUTURE_ANY)})(?!\w)", re.IGNORECASE)
_FUTURE_AFTER_RE = re.compile(rf"(?<!\w)(?:{_alternation(WORDS.future)})(?!\w)", re.IGNORECASE)
_PART = rf"(?:{_alternation(WORDS.daypart)})"
_REL = rf"(?P<rel>{_alternation(WORDS.relative)})"
# A relative word counts only when it touches the date ("kemarin (19/11)",
# "Minggu (28/12/2014) waktu setempat"): further away it usually speaks of another day.
_REL_BEFORE = re.compile(rf"(?<!\w){_REL}(?:\s+{_PART})?[\s,]*\Z", re.IGNORECASE)
_REL_AFTER = re.compile(rf"[\s,]*(?:{_PART}\s+)?{_REL}(?!\w)", re.IGNORECASE)
_WEEKDAY_START = re.compile(rf"(?P<wd>{_WD})\b", re.IGNORECASE)


# "waktu setempat (Rabu pagi WIB)": the writer names the Indonesian day explicitly.
_LOCAL_DAY_RE = re.compile(
    rf"[^.!?\n()]{{0,40}}?\(\s*(?P<wd>{_WD})\b(?:\s+{_PART})?\s+(?:{_ZONE})\s*\)",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"\d{4}")


@dataclass(frozen=True)
class _Mention:
    found: FoundDate
    day: dt.date
    future: bool
    shift: int  # publication day minus this day, from an adjacent relative word
    cue: str
    weekday: bool  # written with its weekday, as news writes the day it reports on


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - _FUTURE_BEFORE) : start]
    cuts = list(_CLAUSE_END.finditer(window))
    return window[cuts[-1].end() :] if cuts else window


def _clause_after(text: str, end: int) -> str:
    window = text[end : end + _FUTURE_AFTER]
    cut = _CLAUSE_END.search(window)
    return window[: cut.start()] if cut else window


def is_future_context(text: str, start: int, end: int) -> bool:
    """True when a cue such as "akan" or "mendatang" in the clause of ``text[start:end]`` points ahead.

    The clause stops at commas and quotes, so that '"Kami akan ...," kata dia, Senin
    (...)' stays a past report while "akan menggelar rapat pada Senin (...)" does not.
    The time-expression normaliser asks the same question about bare weekdays and months.
    """
    before = _clause_before(text, start)
    after = _clause_after(text, end)
    return bool(_FUTURE_BEFORE_RE.search(before) or _FUTURE_AFTER_RE.search(after))


def _is_future(text: str, found: FoundDate) -> bool:
    return is_future_context(text, found.start, found.end)


def written_weekday(found: FoundDate) -> int | None:
    """The ISO weekday written at the start of a found date ("Selasa (8/11)" -> 2), if any."""
    named = _WEEKDAY_START.match(found.text)
    return None if named is None else WORDS.weekdays[_key(named.group("wd"))]


def _relative(text: str, found: FoundDate, day: dt.date) -> tuple[int, str]:
    """Days from ``day`` to the writing day, and the words that say so (0, "" if none)."""
    local = _LOCAL_DAY_RE.match(text, found.end)
    if local is not None:
        weekday = WORDS.weekdays[_key(local.group("wd"))]
        return (weekday - day.isoweekday()) % 7, local.group().strip()
    before = _REL_BEFORE.search(text, max(0, found.start - 30), found.start)
    after = _REL_AFTER.match(text, found.end)
    for match in (after, before):
        if match is not None:
            word = match.group("rel")
            return WORDS.relative[_key(word)], word
    return 0, ""


def _near_anchor(day: dt.date, anchor: dt.date) -> dt.date:
    """A year-less date moved to the year that puts it closest to ``anchor``.

    "26 Desember" in an article whose other dates are in early January 2015 is 2014.
    """
    options = (_valid(y, day.month, day.day) for y in (anchor.year - 1, anchor.year + 1))
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
    named = _WEEKDAY_START.match(found.text)
    if named is None:
        return day
    weekday = WORDS.weekdays[_key(named.group("wd"))]
    if day.isoweekday() == weekday:
        return day
    for year in (day.year - 1, day.year + 1):
        other = _valid(year, day.month, day.day)
        if other is not None and other.isoweekday() == weekday:
            return other
    return day


def _mention(text: str, found: FoundDate, anchor: dt.date) -> _Mention:
    named = _WEEKDAY_START.match(found.text) is not None
    day = _weekday_checked(found)
    if not named and not _YEAR_RE.search(found.text):
        day = _near_anchor(day, anchor)
    shift, cue = _relative(text, found, day)
    return _Mention(found, day, _is_future(text, found), shift, cue, named)


def _mentions(text: str) -> tuple[list[_Mention], list[int]]:
    """The dates the text mentions, and the years a yearless text's weekdays fit (empty when
    a date with its year anchors the text)."""
    dated = find_dates(text)
    years: list[int] = []
    if not dated:
        years = _weekday_years(text)
        if not years:
            return [], []
        dated = [f for f in find_dates(text, ref_year=years[-1]) if written_weekday(f) is not None]
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
    return weekday_years.narrowed(candidates, weekday_years.mentioned_years(text))


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


def estimate_published(text: str) -> Estimate | None:
    """Estimate when an undated article was written from the dates it mentions.

    The latest date the text reports as past is the floor (news is written on the day
    of, or soon after, what it reports); a relative word touching a date ("kemarin",
    "hari ini", "besok", "waktu setempat") fixes the writing day from that date; dates
    the text looks forward to ("akan", "mendatang") are no floor but cap the window.
    """
    mentions, years = _mentions(text)
    estimate = _estimate_from(mentions)
    if estimate is None:
        return _from_months(text)
    return estimate if not years else _over_years(estimate, years)


# "awal / pertengahan / akhir Oktober 2017": a month the text reports on, with its part.
_MONTH_YEAR_RE = re.compile(rf"(?<!\w)(?:(awal|pertengahan|medio|akhir)\s+)?({_MON})\s+((?:19|20)\d\d)(?!\w)",
                            re.IGNORECASE)
_MONTH_PART_DAY = {"awal": 5, "pertengahan": 15, "medio": 15, "akhir": 25}


def _from_months(text: str) -> Estimate | None:
    """With no day to go by, the latest month the text reports as past ("Hingga pertengahan
    Oktober 2017, …"): the article is from that month's part or soon after; the window runs
    from the month's first day to three weeks after its end."""
    past: list[tuple[dt.date, str]] = []
    for match in _MONTH_YEAR_RE.finditer(text):
        if is_future_context(text, match.start(), match.end()):
            continue
        month, year = WORDS.months[_key(match[2])], int(match[3])
        day = _MONTH_PART_DAY.get((match[1] or "").lower(), 15)
        past.append((dt.date(year, month, day), match[0]))
    if not past:
        return None
    value, said = max(past)
    first = value.replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return Estimate(value, (first, last + dt.timedelta(days=_WINDOW_DAYS)), f"the month it reports: {said!r}")


def _over_years(estimate: Estimate, years: list[int]) -> Estimate:
    """An estimate dated by the years its weekdays fit: the latest year is the value; with several,
    the window reaches back to the same days of the earliest, and the evidence names them all."""
    start = estimate.window[0]
    earliest = _valid(years[0], start.month, start.day) or dt.date(years[0], start.month, 28)
    fitting = ", ".join(str(y) for y in years) if len(years) > 1 else f"only {years[0]}"
    return Estimate(estimate.value, (earliest, estimate.window[1]),
                    f"{estimate.evidence}; the weekdays fit {fitting}".lstrip("; "))


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


# --------------------------------------------------------------------------- HTML pages

_SKIP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe")
# Elements whose text starts a new line when a page is flattened to text.
_LINE_TAGS = frozenset(
    {
        "p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "br",
        "header", "footer", "section", "article", "main", "aside", "nav", "time", "span",
        "small", "dd", "dt", "ul", "ol", "table", "figure", "figcaption", "blockquote",
        "pre", "address", "form", "a",
    }
)  # fmt: skip
_H1_MARK = "\ue000h1\ue000"  # private-use characters: never in real text
_META_DATE_RE = re.compile(r"date|time|publish|terbit", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W\d_]{3}")
# CNN-Indonesia-style stamps in URLs: /20231102123456-20-1018530/ (YYYYMMDD, optional hhmmss).
_URL_STAMP_RE = re.compile(r"(?<![\d])(?P<y>20\d{2})(?P<m>\d{2})(?P<d>\d{2})(?:\d{6})?(?![\d])")


def _htmldate(html: str, url: str | None, extensive: bool) -> FoundDate | None:
    """htmldate's original-publication date, as a FoundDate without a text span."""
    try:
        # Bytes, because htmldate downloads a *string* that looks like a URL.
        value = find_date(
            html.encode("utf-8", "replace"),
            original_date=True,
            extensive_search=extensive,
            url=url,
        )
    except Exception:  # htmldate raises assorted errors on broken markup; a miss is enough
        return None
    if not value:
        return None
    day = dt.date.fromisoformat(value)
    return FoundDate(-1, -1, value, day, False)


def _parse_html(html: str) -> lxml_html.HtmlElement | None:
    """The page's tree, or None when it is empty or not markup at all."""
    # A str with an XML encoding declaration is refused as str (ValueError): retry as bytes.
    for source in (html, html.encode("utf-8", "replace")):
        try:
            return lxml_html.document_fromstring(source)
        except ValueError:
            continue
        except etree.LxmlError:
            return None
    return None


def _visible_lines(root: lxml_html.HtmlElement) -> list[str]:
    """Visible text lines, those after the first <h1> first.

    Indonesian portals print *today's* date in their top bar; the article's own date
    line sits under its headline, so lines after the headline are searched first.
    """
    for element in list(root.iter(*_SKIP_TAGS)):
        element.drop_tree()
    heading = next(root.iter("h1"), None)
    if heading is not None:
        heading.text = _H1_MARK + (heading.text or "")
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in _LINE_TAGS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    text = root.text_content().replace(_H1_MARK, "\n" + _H1_MARK + "\n")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if _H1_MARK not in lines:
        return lines
    cut = lines.index(_H1_MARK)
    return lines[cut + 1 :] + lines[:cut]


def _meta_date(root: lxml_html.HtmlElement) -> FoundDate | None:
    """A date written with a month *word* in a date-like <meta>.

    Numeric meta dates are htmldate's job and it reads them well; it misses Indonesian
    month names ("14 Nopember 2022").
    """
    for meta in root.iter("meta"):
        label = " ".join(meta.get(a, "") for a in ("name", "property", "itemprop"))
        if not _META_DATE_RE.search(label):
            continue
        for found in find_dates(meta.get("content", "")):
            if _WORD_RE.search(found.text):
                return found
    return None


def _first_date_line(root: lxml_html.HtmlElement) -> FoundDate | None:
    for line in _visible_lines(root):
        found = parse_date_line(line)
        if found is not None:
            return found
    return None


def _url_stamp(url: str | None) -> FoundDate | None:
    for match in _URL_STAMP_RE.finditer(url or ""):
        day = _valid(int(match["y"]), int(match["m"]), int(match["d"]))
        if day is not None:
            return FoundDate(-1, -1, match.group(), day, False)
    return None


_ISO_DATETIME_RE = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"
)
_PUBLISHED_LABEL_RE = re.compile(r"publish|terbit|created|issued|release", re.IGNORECASE)


def _with_markup_time(found: FoundDate, html: str) -> FoundDate:
    """htmldate's day with the time of day the page's markup gives for that day.

    htmldate answers a date only; ``article:published_time`` and ``<time datetime>`` often
    carry the minute too ("2017-11-20T14:35:00+07:00"). Publication labels are read before
    other date-like ones (a modification time is another moment of the same day).
    """
    root = _parse_html(html)
    if root is None:
        return found
    for stamp in _markup_stamps(root):
        value = _iso_datetime(stamp)
        if value is not None and value.date() == found.day:
            return FoundDate(-1, -1, stamp, value, True)
    return found


def _markup_stamps(root: lxml_html.HtmlElement) -> list[str]:
    """ISO timestamps of date-like <meta> tags (publication labels first) and <time> elements."""
    labelled: list[tuple[bool, str]] = []
    for meta in root.iter("meta"):
        label = " ".join(meta.get(a, "") for a in ("name", "property", "itemprop"))
        if _META_DATE_RE.search(label):
            labelled.append((not _PUBLISHED_LABEL_RE.search(label), meta.get("content", "")))
    for element in root.iter("time"):
        labelled.append((True, element.get("datetime", "")))
    labelled.sort(key=lambda pair: pair[0])  # stable: document order within each rank
    return [match.group() for _, text in labelled if (match := _ISO_DATETIME_RE.search(text))]


def _iso_datetime(stamp: str) -> dt.datetime | None:
    text = stamp.replace("Z", "+00:00")
    if re.search(r"[+-]\d{4}$", text):
        text = text[:-2] + ":" + text[-2:]
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def _from_page(html: str) -> FoundDate | None:
    root = _parse_html(html)
    if root is None:
        return None
    return _meta_date(root) or _first_date_line(root)


def _year_only(found: FoundDate, url: str | None) -> bool:
    """htmldate answers 1 January when all it found was a year (a copyright line),
    unless the URL itself carries that day (a New Year's post)."""
    day = found.day
    if (day.month, day.day) != (1, 1):
        return False
    spelled = (f"{day.year}/01/01", f"{day.year}-01-01", f"{day.year}0101")
    return not any(form in (url or "") for form in spelled)


def html_published(html: str, url: str | None = None) -> FoundDate | None:
    """Publication date of an HTML page.

    Evidence in order of reliability: markup (meta tags, <time>, structured data, the
    URL) read by htmldate; then dates written with month words in date-like meta tags
    and the first visible date line, both Indonesian-aware; then htmldate's free-text
    heuristics; last, a YYYYMMDD stamp in the URL (CNN Indonesia style). A markup answer
    of 1 January yields to a date line, since it usually means only a year was found.
    Spans of dates found in text refer to the line or attribute they came from, not to
    ``html``; dates from htmldate or the URL have ``start == end == -1``.
    """
    markup = _htmldate(html, url, extensive=False)
    if markup is not None and not _year_only(markup, url):
        return _with_markup_time(markup, html)
    page = _from_page(html)
    if page is not None:
        return page
    return markup or _htmldate(html, url, extensive=True) or _url_stamp(url)
