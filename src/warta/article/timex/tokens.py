"""Tokens and their tags: the alphabet the grammar's patterns are written in.

Absolute dates are found first by :func:`warta.article.dates.find_dates` and become one
``DATE`` / ``DATETIME`` token each, so that the publication-date finder and the
time-expression grammar never disagree about a date. Every other token is looked up in the
lexicon (longest multi-word entry first) or tagged by its shape.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace

from warta.article.date_finder import valid_day
from warta.article.dates import FoundDate, find_dates
from warta.article.timex.lexicon import CAPITALISED, PHRASE_NAMES, Lexicon, lexicon

_TOKEN = re.compile(
    r"(?P<clock>(?<![\d.,:])\d{1,2}[:.][0-5]\d(?:[:.][0-5]\d)?(?![\d]|[.,:]\d))"
    r"|(?P<ampm>(?<![\w.])[aApP]\.[mM]\.)"
    r"|(?P<decimal>\d+,\d{1,2}(?![.,]?\d))"  # Indonesian decimal comma: "5,5 tahun"
    r"|(?P<bignum>\d+(?:[.,]\d+)+)"  # 1.000, 2,6 juta: amounts, never part of a time expression
    r"|(?P<hday>(?<!\w)H ?[-+–−] ?\d{1,3}(?!\d))"  # "H-3 Lebaran": three days before the feast
    # Words keep inner hyphens ("baru-baru", "ke-21", "1990-an") but not before a year ("I-2015").
    r"|(?P<word>[^\W_]+(?:['’]\w+|-(?!\d{4}(?!\d))[^\W_]+)*)"
    r"|(?P<punct>\S)"
)
_ORD = re.compile(r"ke-?(\d{1,2})|(\d{1,2})(?:st|nd|rd|th)", re.IGNORECASE)
# 1990-an, 1990an, 1990s, 90-an, 90s: decades of the 1800s-2000s, written in full or by tens.
_DECADE = re.compile(r"(?:(1[89]\d|20\d)|([1-9]))0(?:-?an|'?s)", re.IGNORECASE)
_ROMAN = re.compile(r"[IVX]{1,5}")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
_REDUPLICATED = re.compile(r"ber([a-z]+)-\1", re.IGNORECASE)  # "bertahun-tahun"
_PLURAL = re.compile(r"([a-z]+)-\1", re.IGNORECASE)  # "tahun-tahun": a plural unit
_SENTENCE_END = frozenset(".!?")
_PIECE = re.compile(r"[^\W_]+|[-–]|\S")
_NUMBER_PAIR = re.compile(r"(\d{1,3})([-–xX])(\d{1,3})")  # "1-2" hari, "7x24" jam
_RANGE_ENDS = frozenset({"MONTH", "MONABBR", "WEEKDAY"})  # names that pair up in ranges: "Juni-Juli"
# Tags after which a capitalised "Minggu" is the week, not Sunday: "Minggu lalu", "dua Minggu".
# "Minggu kedua Mei" (an ordinal after it) is the second week of May.
_WEEK_AFTER = frozenset({"AGO", "NEXT", "THIS", "THAT", "TERAKHIR", "KEDEPAN", "BEFORE", "AFTER", "ORD"})
_WEEK_BEFORE = frozenset({"NUM", "NUMW", "FEW", "EACH", "MOD"})
# ... except that inside a sentence, where the week is written "minggu", a capitalised "Minggu
# lalu" / "Minggu depan" is last / next Sunday ("Pesawat hilang Minggu lalu").
_SIDE = frozenset({"AGO", "NEXT"})


Raw = list[tuple[int, int, str]]  # (start, end, kind) of shape tokens


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    tag: str
    value: str
    sentence: int  # index of the sentence the token is in (cut at . ! ? and blank lines)
    date: FoundDate | None = None


def _norm(word: str) -> str:
    lower = word.lower()
    return lower.replace("’", "'") if "’" in lower else lower


def _roman(text: str) -> int:
    total = 0
    for i, char in enumerate(text):
        value = _ROMAN_VALUES[char]
        following = _ROMAN_VALUES[text[i + 1]] if i + 1 < len(text) else 0
        total += -value if value < following else value
    return total


def _shape(text: str, lex: Lexicon) -> tuple[str, str]:
    """Tag and value of a token the lexicon does not list, from its shape."""
    if text.isdecimal():
        number = int(text)
        return ("YEAR" if len(text) == 4 and 1000 <= number <= 2999 else "NUM"), str(number)
    lower = _norm(text)
    if text[0].isdecimal() or "-" in text:
        return _hyphenated(lower, lex)
    if lower.startswith("se") and lex.units.get(lower[2:], "H") != "H":  # "setahun" = one year
        # ("separuh" is half of anything, not half a year)
        return "SEUNIT", lex.units[lower[2:]]
    if text[0] in "IVX" and _ROMAN.fullmatch(text):
        return "ROMAN", str(_roman(text))
    return "x", ""


def _hyphenated(lower: str, lex: Lexicon) -> tuple[str, str]:
    """Ordinals (ke-21, 21st), decades (1990-an), "27-year", "bertahun-tahun"."""
    if match := _ORD.fullmatch(lower):
        return "ORD", match.group(1) or match.group(2)
    if match := _DECADE.fullmatch(lower):
        return "DECADE", match.group(1) or f"~{match.group(2)}"  # "90-an": century from the anchor
    if adjective := _duration_adjective(lower, lex):
        return "DURADJ", adjective
    if (match := _REDUPLICATED.fullmatch(lower)) and match.group(1) in lex.units:
        return "MANY", lex.units[match.group(1)]
    if (match := _PLURAL.fullmatch(lower)) and match.group(1) in lex.units:
        return "UNITS", lex.units[match.group(1)]  # "tahun-tahun sebelumnya": the years before
    return "x", ""


def _duration_adjective(word: str, lex: Lexicon) -> str | None:
    """"27-year" / "fifty-year" / "12-hour" -> "27 Y" / "50 Y" / "12 HR": a duration as an adjective."""
    number, _, noun = word.partition("-")
    unit = lex.units.get(noun.removesuffix("-old").removesuffix("-long"))
    if unit is None:
        return None
    if number.isdecimal():
        return f"{number} {unit}"
    tag, value = lex.entries.get((number,), ("", ""))
    return f"{value} {unit}" if tag == "NUMW" and value[:1].isdecimal() else None


def _raw_tokens(text: str, dates: list[FoundDate]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every token; a found date swallows the tokens inside it."""
    raw: list[tuple[int, int, str]] = []
    pending = iter(dates)
    date = next(pending, None)
    for start, end, kind in _split_at_dates(text, dates):
        while date is not None and date.end <= start:
            date = next(pending, None)
        if date is not None and date.start < end:
            if not raw or raw[-1][2] != "date" or raw[-1][0] != date.start:
                raw.append((date.start, date.end, "date"))
            continue
        raw.append((start, end, kind))
    return raw


def _split_at_dates(text: str, dates: list[FoundDate]) -> Iterator[tuple[int, int, str]]:
    """Shape tokens; a hyphenated word that a date starts or ends inside is cut at its hyphens,
    so that the dash of "10-12 Desember" or "1 Januari-31 Desember 2014" stays a token."""
    bounds = {b for d in dates for b in (d.start, d.end)}
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        if match.lastgroup == "word" and "-" in match.group() and any(start < b < end for b in bounds):
            for piece in _PIECE.finditer(text, start, end):
                yield piece.start(), piece.end(), "punct" if piece.group() in "-–" else "word"
        else:
            yield start, end, match.lastgroup or "punct"


def _range_end(word: str, lex: Lexicon) -> bool:
    lower = _norm(word)
    return lex.entries.get((lower,), ("",))[0] in _RANGE_ENDS or (lower == "minggu" and word[0].isupper())


def _tag_of(word: str, lex: Lexicon) -> str:
    return lex.entries.get((_norm(word),), ("",))[0]


def _calendar_pair(parts: list[str], lex: Lexicon) -> bool:
    """"Juni-Juli", "Sabtu-Minggu", "mid-October": a name or a part of one, then a name."""
    return (_range_end(parts[0], lex) or _tag_of(parts[0], lex) == "MOD") and _range_end(parts[1], lex)


def _ordinal_part(parts: list[str], lex: Lexicon) -> bool:
    """"third-quarter profit": an ordinal quarter of a year, as an adjective ("first-half" is as often
    a match's)."""
    return _tag_of(parts[0], lex) == "ORD" and lex.units.get(_norm(parts[1])) == "Q"


def _split_ranges(text: str, raw: list[tuple[int, int, str]], lex: Lexicon) -> list[tuple[int, int, str]]:
    """"Juni-Juli", "Sabtu-Minggu": a hyphenated pair of calendar names is two names and a dash, and so
    is a part of a month and its name ("mid-October") and an ordinal quarter ("third-quarter");
    "1-2" (hari) two numbers and a dash, "7x24" (jam) two numbers and a times sign."""
    out: list[tuple[int, int, str]] = []
    for start, end, kind in raw:
        word = text[start:end] if kind == "word" else ""
        pair = _NUMBER_PAIR.fullmatch(word) if word[:1].isdigit() else None
        parts = word.split("-") if "-" in word and pair is None else ()
        if len(parts) == 2 and (_calendar_pair(parts, lex) or _ordinal_part(parts, lex)):
            middle = start + len(parts[0])
            out.extend(((start, middle, "word"), (middle, middle + 1, "punct"), (middle + 1, end, "word")))
        elif pair is not None:
            middle = start + pair.end(1)
            sign = "punct" if pair.group(2) in "-–" else "word"
            out.extend(((start, middle, "word"), (middle, middle + 1, sign), (middle + 1, end, "word")))
        else:
            out.append((start, end, kind))
    return out


def _joined(text: str, raw: list[tuple[int, int, str]], i: int, size: int) -> tuple[str, ...] | None:
    """The lower-cased words of tokens i..i+size when only spaces (no line break) part them."""
    words = []
    for k in range(i, i + size):
        start, end, kind = raw[k]
        if kind not in ("word", "ampm"):
            return None
        if k > i and text[raw[k - 1][1] : start].strip(" \t"):
            return None
        words.append(_norm(text[start:end]))
    return tuple(words)


def _lookup(text: str, raw: list[tuple[int, int, str]], i: int, lex: Lexicon) -> tuple[int, str, str]:
    """(tokens used, tag, value) for the token at ``i``: longest lexicon entry, else its shape."""
    start, end, _ = raw[i]
    longest = lex.heads.get(_norm(text[start:end]))
    if longest is None:  # most words: no entry starts with them
        return (1, *_shape(text[start:end], lex))
    for size in range(min(longest, len(raw) - i), 0, -1):
        words = _joined(text, raw, i, size)
        entry = lex.entries.get(words) if words else None
        if entry is None:
            continue
        # a month or holiday name is one only when capitalised ("mei" is no May), but a holiday
        # named by a phrase says so in any case ("malam tahun baru"), and so does a night named by one
        # word ("takbiran": a value with its day part)
        lower = text[start : raw[i + size - 1][1]].islower()
        phrase = entry[0] in PHRASE_NAMES and (size > 1 or " " in entry[1])
        if entry[0] in CAPITALISED and lower and not phrase:
            continue
        if size > 1 and _counted(text, raw, i, lex):
            continue  # "berusia 31 tahun baru saja ...": a count of years, then "baru saja" (just)
        return size, entry[0], entry[1]
    return (1, *_shape(text[start:end], lex))


def _counted(text: str, raw: list[tuple[int, int, str]], i: int, lex: Lexicon) -> bool:
    """Whether the unit word at ``i`` follows a number written in digits ("31 tahun")."""
    start, end, _ = raw[i]
    if i == 0 or _norm(text[start:end]) not in lex.units:
        return False
    before_start, before_end, kind = raw[i - 1]
    return kind == "word" and text[before_start:before_end].isdecimal()


_PUNCT_TAGS = {
    ".": "DOT", ",": "COMMA", "-": "DASH", "–": "DASH", "/": "SLASH", "×": "MULT", "(": "OPEN", ")": "CLOSE",
}  # fmt: skip


def _tag_raw(text: str, raw: list[tuple[int, int, str]], i: int, lex: Lexicon) -> tuple[int, str, str]:
    """(tokens used, tag, value) for the raw token at ``i`` (not a date)."""
    start, end, kind = raw[i]
    weekday = lex.dotted.get(text[start:end]) if kind == "word" else None
    if weekday is not None and i + 1 < len(raw) and raw[i + 1][0] == end and text[end] == ".":
        return 2, "WEEKDAY", weekday  # "Thurs.": the full stop is the abbreviation's, as in "Nov."
    if kind in ("word", "ampm"):
        return _lookup(text, raw, i, lex)
    if kind == "punct":
        return 1, _PUNCT_TAGS.get(text[start], "p"), ""
    if kind == "clock":
        return 1, "CLOCK", text[start:end]
    if kind == "hday":  # "H-3", "H+2": days before or after the day named next
        sign = 1 if "+" in text[start:end] else -1
        return 1, "HDAY", str(sign * int(re.sub(r"\D", "", text[start:end])))
    if kind == "decimal":
        return 1, "NUM", text[start:end].replace(",", ".")
    if kind == "bignum" and _THOUSANDS.fullmatch(text[start:end]) and _counts_time(text, raw, i, lex):
        return 1, "NUM", text[start:end].replace(".", "")  # "20.537 jam terbang"
    fine = _FINE_DECIMAL.fullmatch(text[start:end])
    if kind == "bignum" and fine and _counts_time(text, raw, i, lex, _SECONDS):
        return 1, "NUM", text[start:end].replace(",", ".")  # a lap time: "1 menit 37,467 detik"
    return 1, "x", ""  # amounts such as 1.000


_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")  # 20.537: an Indonesian whole number
_COUNTED_UNITS = frozenset({"D", "HR", "MIN", "SEC"})  # what a count in thousands may be of
_FINE_DECIMAL = re.compile(r"\d{1,2},\d{3}")  # 37,467: thousandths, as race times are given in seconds
_SECONDS = frozenset({"SEC"})


def _counts_time(
    text: str, raw: list[tuple[int, int, str]], i: int, lex: Lexicon, units: frozenset[str] = _COUNTED_UNITS
) -> bool:
    """Whether the amount at ``i`` counts days or clock units ("20.537 jam", "1.000 hari"): any
    other amount (1.000 orang, 2.000 tahun lalu) is left to be no time expression."""
    if i + 1 >= len(raw) or raw[i + 1][2] != "word":
        return False
    start, end, _ = raw[i + 1]
    return lex.units.get(_norm(text[start:end])) in units


def _ends_sentence(tokens: list[Token]) -> bool:
    """A full stop ends a sentence unless it closes an abbreviated month ("Nov. 2022")."""
    return len(tokens) < 2 or tokens[-2].tag != "MONABBR"


def tokenize(text: str, lang: str, ref_year: int | None) -> list[Token]:
    """Tagged tokens of ``text``; ``ref_year`` lets year-less dates ("Selasa (8/11)") be read."""
    lex = lexicon(lang)
    found_dates = [_within_paragraph(text, found) for found in find_dates(text, ref_year=ref_year)]
    if lang == "en":
        found_dates = _with_short_dates(text, [_month_first(found) for found in found_dates], ref_year)
    dates = {found.start: found for found in found_dates if not _after_ordinal_ke(text, found.start)}
    raw = _split_ranges(text, _raw_tokens(text, list(dates.values())), lex)
    if lang == "en":
        raw = _split_possessives(text, raw, lex)
    tokens: list[Token] = []
    sentence = i = last_end = 0
    while i < len(raw):
        start, end, kind = raw[i]
        if "\n" in text[last_end:start]:
            sentence += 1
        if kind == "date":
            found = dates[start]
            tag = "DATETIME" if found.has_time else "DATE"
            tokens.append(Token(start, end, text[start:end], tag, "", sentence, found))
            i, last_end = i + 1, end
            continue
        size, tag, value = _tag_raw(text, raw, i, lex)
        last_end = raw[i + size - 1][1]
        i += size
        # A run of other words blocks a pattern as well as one word does: keep one token.
        if tag != "x" or not tokens or tokens[-1].tag != "x" or tokens[-1].sentence != sentence:
            tokens.append(Token(start, last_end, text[start:last_end], tag, value, sentence))
        if kind == "punct" and text[start] in _SENTENCE_END and _ends_sentence(tokens):
            sentence += 1
    tokens = _yesterday_as_last(_weeks_or_sundays(text, _outside_citations(text, tokens), lex))
    return _four_digit_clocks(_halves_of_years(tokens)) if lang == "en" else tokens


_FOUR_DIGIT_CLOCK = re.compile(r"([01]\d|2[0-3])([0-5]\d)")  # "0800", "1430"


def _four_digit_clocks(tokens: list[Token]) -> list[Token]:
    """Four digits before a zone ("0800 UTC", "1200 GMT") are a clock time, as wire copy writes
    the hours of the day, not a number or a year."""
    for i in range(len(tokens) - 1):
        token = tokens[i]
        clock = _FOUR_DIGIT_CLOCK.fullmatch(token.text)
        if clock and token.tag in ("NUM", "YEAR") and tokens[i + 1].tag == "ZONE":
            tokens[i] = replace(token, tag="CLOCK", value=f"{clock[1]}:{clock[2]}")
    return tokens


def _halves_of_years(tokens: list[Token]) -> list[Token]:
    """English "half" between an ordinal and a year ("the first half of 2017", "the second half of
    last year") is a half of a year, as "semester" is, not the number one half; without the year it
    is as often a match's half, and stays a number."""
    for i in range(1, len(tokens) - 2):
        token = tokens[i]
        half = token.tag == "NUMW" and _norm(token.text) == "half" and tokens[i - 1].tag == "ORD"
        if half and _of_a_year(tokens, i + 1):
            tokens[i] = replace(token, tag="UNIT", value="H")
    return tokens


def _of_a_year(tokens: list[Token], i: int) -> bool:
    """Whether "of 2017", "of the year", "of last year" starts at ``i``."""
    if tokens[i].tag != "OF":
        return False
    k = i + 1
    while k < len(tokens) and tokens[k].tag in ("THE", "PREVW", "NEXTW", "THIS"):
        k += 1
    if k >= len(tokens):
        return False
    return tokens[k].tag == "YEAR" or (tokens[k].tag == "UNIT" and tokens[k].value == "Y")


# Day and month of a slashed date ("10/12/2017", "(10/12)"): English writes the month first.
_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?=/\d{2}(?:\d{2})?(?![\d/])|(?![\d/]))")


def _month_first(found: FoundDate) -> FoundDate:
    """A date of an English text that ``find_dates`` read day first ("10/12/2017" as 10 December)
    read month first (12 October), as American English writes it; a date whose first number cannot
    be a month ("25/12/2017") stays as it was read."""
    match = _SLASHED.search(found.text)
    if match is None:
        return found
    first, second = int(match.group(1)), int(match.group(2))
    if first > 12 or first == second or (found.day.day, found.day.month) != (first, second):
        return found
    try:
        value = found.value.replace(month=first, day=second)
    except ValueError:
        return found
    return replace(found, value=value)


# "10/12/17": month, day and a two-digit year, as American English writes a date in running text
_LAST_SHORT_YEAR = 2068  # without a reference year, "68" is 2068 and "69" 1969 (as strptime reads them)
_SHORT_US_DATE = re.compile(r"(?<![\w/.])(\d{1,2})/(\d{1,2})/(\d{2})(?![\w/]|[.,]\d)")


def _with_short_dates(text: str, found: list[FoundDate], ref_year: int | None) -> list[FoundDate]:
    """``found`` and the month-first dates with two-digit years that ``find_dates`` leaves to a
    weekday or parentheses ("He died on 7/8/07."): in English text that shape is a date."""
    taken = [(date.start, date.end) for date in found]
    extra = []
    for match in _SHORT_US_DATE.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        year = 2000 + int(match.group(3))
        if year > (ref_year + 1 if ref_year else _LAST_SHORT_YEAR):  # "7/8/97" is of the last century
            year -= 100
        day = valid_day(year, int(match.group(1)), int(match.group(2)))
        if day is not None:
            extra.append(FoundDate(match.start(), match.end(), match.group(), day, False))
    return sorted(found + extra, key=lambda date: date.start) if extra else found


def _within_paragraph(text: str, found: FoundDate) -> FoundDate:
    """A date without what ``find_dates`` took from the paragraph before it: a headline ending in a
    weekday ("... closed until Friday") is no part of the date line under it ("September 18, 2008")."""
    cut = found.text.rfind("\n\n")
    if cut < 0 or any(char.isdecimal() for char in found.text[:cut]):
        return found
    start = found.start + cut + 2
    while start < found.end and text[start].isspace():
        start += 1
    return replace(found, start=start, text=text[start : found.end])


def _split_possessives(text: str, raw: Raw, lex: Lexicon) -> Raw:
    """English possessives of time words cut off their "'s": "Monday's vote", "this year's budget",
    "2017's floods" are "Monday", "this year", "2017" (a word the lexicon lists with its "'s" and the
    word after it, as "year's" of "New Year's Day", stays whole)."""
    out: list[tuple[int, int, str]] = []
    for i, (start, end, kind) in enumerate(raw):
        apostrophe_s = kind == "word" and end - start > 2 and text[end - 1] in "sS" and text[end - 2] in "'’"
        if apostrophe_s and _cut_possessive(text, raw, i, lex):
            out.extend(((start, end - 2, "word"), (end - 2, end, "punct")))
        else:
            out.append((start, end, kind))
    return out


def _cut_possessive(text: str, raw: Raw, i: int, lex: Lexicon) -> bool:
    start, end, _ = raw[i]
    stem = _norm(text[start : end - 2])
    following = _norm(text[raw[i + 1][0] : raw[i + 1][1]]) if i + 1 < len(raw) else ""
    listed = (_norm(text[start:end]), following) in lex.pairs
    return not listed and (stem in lex.heads or stem.isdecimal())


def _after_ordinal_ke(text: str, start: int) -> bool:
    """Whether a date starts inside an ordinal "ke-": "minggu ke-2 Mei" is the second week of May,
    not 2 May (the number and the month are read as an ordinal and a month)."""
    before = text[max(0, start - 4) : start].lower()
    return before.endswith("ke-") and not before[:-3].isalpha()


# Tags after which "kemarin" (yesterday) means "the last one", as "lalu" does: "akhir pekan kemarin",
# "April kemarin", "tahun 2016 kemarin", "bulan kemarin".
_LAST_AFTER = frozenset({"WEEKEND", "MONTH", "YEAR", "UNIT", "HOLIDAY", "SEASON"})


def _yesterday_as_last(tokens: list[Token]) -> list[Token]:
    """"kemarin" after a calendar name or unit turned into "lalu" (AGO): spoken Indonesian's "the
    one just gone", not yesterday ("Tahun 2016 kemarin digelontorkan dana ...")."""
    for i in range(1, len(tokens)):
        token = tokens[i]
        if token.tag == "REL" and _norm(token.text) == "kemarin" and tokens[i - 1].tag in _LAST_AFTER:
            tokens[i] = replace(token, tag="AGO", value="-1")
    return tokens


# A law or regulation cited by number and year ("UU Nomor 31 Tahun 1999", "Perpres 54 Tahun 2010",
# "Undang-undang RI nomor 7 Tahun 2011"): its number is no count of years, its year no date.
_CITATION = re.compile(
    r"\b(?:nomor|nomer|no\.?|uu|pp|perppu|perpu|perpres|keppres|kepres|inpres|perda|pergub|perwali|"
    r"perbup|perkap|perkapolri|permen[a-z]*|kepmen[a-z]*|undang-undang(?:\s+ri)?)\s*:?\s*"
    r"(?P<cited>\d+[a-z]?\s+tahun\s+\d{4})\b",
    re.IGNORECASE,
)


# A vehicle registration plate ("BE 2844 CH", "B 7025 IZ"): its four digits are no year.
_PLATE = re.compile(r"\b[A-Z]{1,2} ?(?P<cited>\d{1,4}) ?[A-Z]{1,3}\b")


def _outside_citations(text: str, tokens: list[Token]) -> list[Token]:
    """``tokens`` with those inside a cited law's number and year, or a plate number, turned into
    plain words."""
    cited = [m.span("cited") for pattern in (_CITATION, _PLATE) for m in pattern.finditer(text)]
    if not cited:
        return tokens
    starts = [t.start for t in tokens]
    out = list(tokens)
    for first, last in cited:
        for index in range(bisect_left(starts, first), bisect_left(starts, last)):
            out[index] = replace(out[index], tag="x", value="")
    return out


def _weeks_or_sundays(text: str, tokens: list[Token], lex: Lexicon) -> list[Token]:
    """Settle weekday names that may be something else.

    "Minggu" is Sunday when capitalised and not counted or qualified like a week ("dua
    Minggu", "Minggu lalu"). A weekday right after a capitalised word is part of a name
    ("Pasar Minggu", "Jalan Kamis"), not a day; English, which writes "Asia Monday" for
    "in Asia on Monday", has no "minggu" unit and keeps its weekdays.
    """
    week = lex.units.get("minggu")
    for i, token in enumerate(tokens):
        if token.tag not in ("WEEKDAY", "UNIT"):
            continue
        before = tokens[i - 1] if i else None
        tag, value = token.tag, token.value
        if week is not None and _norm(token.text) == "minggu":
            after = tokens[i + 1].tag if i + 1 < len(tokens) else ""
            prior = before.tag if before else ""
            week_like = after in _WEEK_AFTER and not (after in _SIDE and _mid_sentence(text, token))
            named = token.text[0].isupper() and not week_like and prior not in _WEEK_BEFORE
            sunday = named or (before is not None and _norm(before.text) == "hari")  # "hari Minggu lalu"
            tag, value = ("WEEKDAY", "7") if sunday else ("UNIT", week)
        after_zone = before is not None and before.tag == "ZONE"  # "pukul 10.00 WIB Kamis"
        dated = i + 1 < len(tokens) and tokens[i + 1].tag in _DAY_AFTER_WEEKDAY
        named = _after_name(text, token, lex)
        if tag == "WEEKDAY" and week is not None and not (after_zone or dated) and named:
            tag, value = "x", ""
        if (tag, value) != (token.tag, token.value):
            tokens[i] = Token(token.start, token.end, token.text, tag, value, token.sentence)
    return tokens


# Words after a weekday that make it a day even after a capitalised word: "tiba di Surabaya Rabu
# sore", "di Jakarta Senin lalu", "Pasar Minggu" stays a name.
_DAY_AFTER_WEEKDAY = frozenset({"PART", "AGO", "NEXT", "REL", "PUKUL", "CLOCK", "DATE", "DATETIME"})
def _mid_sentence(text: str, token: Token) -> bool:
    """Whether a word or a comma of the same sentence stands right before ``token``."""
    before = text[max(0, token.start - _NAME_LOOKBACK) : token.start].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] == ",")


_WORD_BEFORE = re.compile(r"([^\W\d_][\w.]*)[ \t]+\Z")
_NAME_LOOKBACK = 40


def _after_name(text: str, token: Token, lex: Lexicon) -> bool:
    """True when a word that makes names of weekdays ("Pasar Minggu", "Salat Jumat": tagged NAMER)
    stands right before ``token`` on its line, capitalised. Any other capitalised word is a place or
    a subject before the day, as wire copy writes it ("kata Amin di Jakarta Rabu", "Mesir Sabtu
    menyerukan"). The first word of a sentence is no name."""
    before = _WORD_BEFORE.search(text, max(0, token.start - _NAME_LOOKBACK), token.start)
    if before is None or not before.group(1)[0].isupper():
        return False
    english = _norm(token.text).endswith("day")  # "Seven Friday Space": English days in Indonesian are names
    if not english and lex.entries.get((_norm(before.group(1)),), ("", ""))[0] != "NAMER":
        return False
    ahead = text[max(0, before.start() - 3) : before.start()].rstrip()
    return bool(ahead) and ahead[-1] not in ".!?\n\"“'"


def tag_string(tokens: list[Token]) -> tuple[str, dict[int, int]]:
    """" T1 T2 ... " and a map from each tag's offset in it to its token index.

    A START tag (no token) opens every sentence, so that a pattern can ask for a word
    that begins one ("Dulu, ...").
    """
    offsets: dict[int, int] = {}
    parts = [" "]
    position = 1
    sentence = -1
    for index, token in enumerate(tokens):
        if token.sentence != sentence:
            sentence = token.sentence
            offsets[position] = index  # a match that ends before START ends before this token
            parts.append("START ")
            position += len("START ")
        offsets[position] = index
        parts.append(token.tag + " ")
        position += len(token.tag) + 1
    offsets[position] = len(tokens)
    return "".join(parts), offsets
