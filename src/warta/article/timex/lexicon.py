"""The grammar's data: word tags (``timex_words.tsv`` + ``time_words.tsv``) and tag patterns
(``timex_rules.tsv``), loaded and compiled once per process."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from warta.article.dates import WORDS
from warta.resources import read_tsv

LANGS = ("id", "en")
# Tags whose words count only when written with a capital: "may" is a verb, "Mei" a month,
# "tahun baru" a new year, "Tahun Baru" New Year's Day.
CAPITALISED = frozenset({"MONTH", "MONABBR", "HOLIDAY", "HMONTH"})
# ... but a name of several words counts in lower case too ("malam takbiran", "bulan puasa").
PHRASE_NAMES = frozenset({"HOLIDAY", "HMONTH"})

Entry = tuple[str, str]  # (tag, value)


@dataclass(frozen=True)
class Rule:
    lang: str
    name: str
    kind: str
    regex: re.Pattern[str]
    order: int  # position in the file: breaks ties between matches of equal length


@dataclass(frozen=True)
class Lexicon:
    """Words of one language: token sequences (lower-cased) -> (tag, value)."""

    entries: dict[tuple[str, ...], Entry]
    heads: dict[str, int]  # first word of an entry -> tokens in the longest entry it starts
    units: dict[str, str]  # unit words -> unit code, for "setahun" / "bertahun-tahun"
    pairs: frozenset[tuple[str, str]]  # neighbouring words of longer entries ("year's", "day")
    dotted: dict[str, str]  # capitalised weekday abbreviations that are days before a full stop ("Thurs.")


def _abbreviations(words: dict[str, int]) -> set[str]:
    """Month and weekday words that shorten a longer word of the same value ("Nov", "Sun")."""
    return {
        word
        for word, value in words.items()
        if any(other != word and other.startswith(word) and v == value for other, v in words.items())
    }


def _calendar_entries() -> dict[tuple[str, ...], Entry]:
    """Month, weekday, zone and day-part names, shared with the publication-date finder."""
    entries: dict[tuple[str, ...], Entry] = {}
    month_abbr = _abbreviations(WORDS.months)
    for word, month in WORDS.months.items():
        entries[tuple(word.split())] = ("MONABBR" if word in month_abbr else "MONTH", str(month))
    weekday_abbr = _abbreviations(WORDS.weekdays)
    for word, weekday in WORDS.weekdays.items():
        if word not in weekday_abbr:  # "Sun", "Sat", "Wed" are words before they are days
            entries[tuple(word.split())] = ("WEEKDAY", str(weekday))
    for word in WORDS.zones:
        entries[tuple(word.split())] = ("ZONE", word)
    for word, code in WORDS.daypart_codes.items():
        entries[tuple(word.split())] = ("PART", code)
    return entries


@cache
def lexicon(lang: str) -> Lexicon:
    """The words of ``lang`` ("id" or "en"), calendar names of both languages included."""
    entries = _calendar_entries()
    for row in read_tsv("timex_words.tsv"):
        if row["lang"] in (lang, "*"):
            entries[tuple(row["word"].lower().split())] = (row["tag"], row["value"])
    units = {key[0]: value for key, (tag, value) in entries.items() if tag == "UNIT" and len(key) == 1}
    heads: dict[str, int] = {}
    for key in entries:
        heads[key[0]] = max(heads.get(key[0], 0), len(key))
    pairs = frozenset(pair for key in entries for pair in pairwise(key))
    return Lexicon(entries, heads, units, pairs, _dotted_weekdays() if lang == "en" else {})


# "Sat." and "Sun." end sentences about sitting and the sun (and "The Sun." is a newspaper).
_WORDS_BEFORE_DAYS = frozenset({"sat", "sun"})


def _dotted_weekdays() -> dict[str, str]:
    """English weekday abbreviations as news writes them with a full stop ("Tues.", "Thurs."),
    capitalised, to their weekday number."""
    return {
        word.capitalize(): str(WORDS.weekdays[word])
        for word in _abbreviations(WORDS.weekdays)
        if word.lower() not in _WORDS_BEFORE_DAYS
    }


# --------------------------------------------------------------------------- rules

_TAG = re.compile(r"\b[A-Z][A-Z_]*\b")
_MACRO = re.compile(r"\{([A-Z]+)\}")


def _compile(pattern: str, macros: dict[str, str]) -> re.Pattern[str]:
    """A tag pattern -> a regex over the tag string " T1 T2 T3 " (each tag followed by a space)."""
    expanded = _MACRO.sub(lambda m: macros[m.group(1)], pattern)
    # Each tag takes the space that follows it in the tag string (written as NUL until the
    # pattern's own layout spaces are gone).
    wrapped = _TAG.sub(lambda m: f"(?:{m.group()}\0)", expanded)
    spaced = "".join(wrapped.split()).replace("\0", " ")
    # A look-behind must see the space before its tag too, or "XPREP" would pass for "PREP".
    return re.compile(spaced.replace("(?<=", "(?<= ").replace("(?<!", "(?<! "))


@cache
def rules(lang: str, standalone: bool = False) -> tuple[Rule, ...]:
    """The rules of ``lang``; ``standalone`` adds those valid only for a whole expression."""
    rows = list(read_tsv("timex_rules.tsv"))
    macros = {row["name"]: row["pattern"] for row in rows if row["kind"] == "macro"}
    compiled = []
    for order, row in enumerate(rows):
        if row["kind"] == "macro" or row["lang"] not in (lang, "*"):
            continue
        if row["kind"] == "alone" and not standalone:
            continue
        regex = _compile(row["pattern"], macros)
        compiled.append(Rule(row["lang"], row["name"], row["kind"], regex, order))
    return tuple(compiled)
