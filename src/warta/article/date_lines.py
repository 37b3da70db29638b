"""Publication-date lines: :func:`parse_date_line` tells a line that *is* a date from running text."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from warta.article.date_context import written_weekday
from warta.article.date_finder import FoundDate, find_dates
from warta.article.date_words import WORDS, word_key
from warta.article.hijri_dates import without_hijri_dates
from warta.article.outlet import known_outlet

# A date line is short; anything longer is running text that happens to hold a date.
_MAX_DATE_LINE = 120
# Capitalised words a date line may carry besides its labels: an outlet, a place, a byline.
_MAX_NAME_WORDS = 3
_TOKEN_RE = re.compile(r"[^\W_][\w.'’@-]*")
# Separators between the fields of a metadata line ("Kompas.com - 14/11/2022", "A | B").
_SEPARATOR_RE = re.compile(r"[|•·–—:]|\s-\s")
_CLOCK_RE = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b")
# An outlet's domain written in lower case ("kumparan.com", "tirto.id") is a name, not a word of
# a sentence.
_DOMAIN_RE = re.compile(r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|id|net|org|co|tv|news)")


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
        key = word_key(token)
        if key in WORDS.line:
            marked = marked or WORDS.line[key] == "label"
        elif key in WORDS.weekdays or key in WORDS.zones:
            continue
        elif _DOMAIN_RE.fullmatch(token) or known_outlet(token):
            names += 1  # "kumparan | 14 September 2017": some outlets write their name in lower case
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
    # A Hijri date beside the Gregorian one is the same day spelt twice, no running text.
    if not found or not _only_labels(without_hijri_dates(_outside(line, found))):
        return None
    return min(found, key=lambda f: f.day)


# Any leap year serves to read a year-less date line's shape: 29/2 must pass.
_SHAPE_YEAR = 2000


def _weekday_dated(line: str, ref_year: int) -> list[FoundDate]:
    """The year-less dates with their weekday in ``line`` ("Rabu (5/7) 10:21 WIB"), in the
    year near ``ref_year`` whose calendar puts that day on that weekday."""
    return [found for found in find_dates(line, ref_year=ref_year)
            if (weekday := written_weekday(found)) is not None and found.day.isoweekday() == weekday]


def is_yearless_date_line(line: str) -> bool:
    """True when ``line`` is a date line whose date has a weekday but no year
    ("CNN Indonesia | Rabu (5/7) 10:21 WIB")."""
    if len(line) > _MAX_DATE_LINE or find_dates(line):
        return False
    shaped = [f for f in find_dates(line, ref_year=_SHAPE_YEAR) if written_weekday(f) is not None]
    return bool(shaped) and _only_labels(_outside(line, shaped))


def parse_yearless_date_line(line: str, ref_year: int) -> FoundDate | None:
    """The date of a year-less date line in the year next to ``ref_year`` (the year the article
    states elsewhere) that its weekday fits; None when the weekday fits none of the three."""
    if not is_yearless_date_line(line):
        return None
    found = _weekday_dated(line, ref_year)
    return found[0] if found else None


# A page's age on the day it was saved ("2 hari yang lalu", "Diperbarui 3 jam lalu", "5 menit
# lalu", "2 hours ago"), optionally after a label: a date line counted back from a save time the
# text itself never states.
_SECOND, _MINUTE, _HOUR = dt.timedelta(seconds=1), dt.timedelta(minutes=1), dt.timedelta(hours=1)
_DAY, _WEEK = dt.timedelta(days=1), dt.timedelta(weeks=1)
_AGE_UNITS = {"detik": _SECOND, "menit": _MINUTE, "jam": _HOUR, "hari": _DAY, "minggu": _WEEK, "pekan": _WEEK,
              "second": _SECOND, "minute": _MINUTE, "hour": _HOUR, "day": _DAY, "week": _WEEK}
_AGE_LABEL = (r"(?:Diperbarui|Diupdate|Diunggah|Diposting|Dipublikasikan|Ditulis|Terbit"
              r"|Updated|Posted|Published)")
_AGE_LINE = re.compile(
    rf"(?:{_AGE_LABEL}\s*:?\s*)?(?P<count>\d{{1,3}}|an?|se)\s*(?P<unit>detik|menit|jam|hari|minggu|pekan"
    r"|second|minute|hour|day|week)s?\s+(?:yang\s+)?(?:lalu|silam|ago)\.?", re.IGNORECASE)


def relative_date_line(line: str) -> dt.timedelta | None:
    """How long before the page was saved it was published, when ``line`` is such a date line
    ("Diperbarui 3 jam lalu": three hours); None for any other line."""
    match = _AGE_LINE.fullmatch(line.strip())
    if match is None:
        return None
    count = match.group("count")
    return _AGE_UNITS[match.group("unit").lower()] * (int(count) if count.isdigit() else 1)
