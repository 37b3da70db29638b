"""What the words next to a date say about it: a future cue ("akan", "mendatang"), a relative word
touching it ("kemarin", "waktu setempat"), the weekday written with it.
"""

from __future__ import annotations

import datetime as dt
import re

from warta.article.date_finder import FoundDate
from warta.article.date_patterns import WEEKDAY, ZONE
from warta.article.date_words import WORDS, alternation, word_key

# Characters searched for a future cue before a date (within its clause) and after it.
_FUTURE_BEFORE = 80
_FUTURE_AFTER = 16
_CLAUSE_END = re.compile(r"[.!?;:,\"“”()\n]")
_FUTURE_ANY = [w for w, where in WORDS.future.items() if where == "any"]
_FUTURE_BEFORE_RE = re.compile(rf"(?<!\w)(?:{alternation(_FUTURE_ANY)})(?!\w)", re.IGNORECASE)
_FUTURE_AFTER_RE = re.compile(rf"(?<!\w)(?:{alternation(WORDS.future)})(?!\w)", re.IGNORECASE)
_PART = rf"(?:{alternation(WORDS.daypart)})"
_REL = rf"(?P<rel>{alternation(WORDS.relative)})"
# A relative word counts only when it touches the date ("kemarin (19/11)",
# "Minggu (28/12/2014) waktu setempat"): further away it usually speaks of another day.
_REL_BEFORE = re.compile(rf"(?<!\w){_REL}(?:\s+{_PART})?[\s,]*\Z", re.IGNORECASE)
_REL_AFTER = re.compile(rf"[\s,]*(?:{_PART}\s+)?{_REL}(?!\w)", re.IGNORECASE)
_WEEKDAY_START = re.compile(rf"(?P<wd>{WEEKDAY})\b", re.IGNORECASE)


# "waktu setempat (Rabu pagi WIB)": the writer names the Indonesian day explicitly.
_LOCAL_DAY_RE = re.compile(
    rf"[^.!?\n()]{{0,40}}?\(\s*(?P<wd>{WEEKDAY})\b(?:\s+{_PART})?\s+(?:{ZONE})\s*\)",
    re.IGNORECASE,
)


# "through" looks ahead only right before the date ("open through Friday"); elsewhere in the clause
# it is a verb's preposition ("mud swept through three districts on Thursday").
_THROUGH_RE = re.compile(r"(?<!\w)through\s+\Z", re.IGNORECASE)


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
    return bool(_FUTURE_BEFORE_RE.search(before) or _FUTURE_AFTER_RE.search(after)
                or _THROUGH_RE.search(before))


def written_weekday(found: FoundDate) -> int | None:
    """The ISO weekday written at the start of a found date ("Selasa (8/11)" -> 2), if any."""
    named = _WEEKDAY_START.match(found.text)
    return None if named is None else WORDS.weekdays[word_key(named.group("wd"))]


def relative_shift(text: str, found: FoundDate, day: dt.date) -> tuple[int, str]:
    """Days from ``day`` to the writing day, and the words that say so (0, "" if none)."""
    local = _LOCAL_DAY_RE.match(text, found.end)
    if local is not None:
        weekday = WORDS.weekdays[word_key(local.group("wd"))]
        return (weekday - day.isoweekday()) % 7, local.group().strip()
    before = _REL_BEFORE.search(text, max(0, found.start - 30), found.start)
    after = _REL_AFTER.match(text, found.end)
    for match in (after, before):
        if match is not None:
            word = match.group("rel")
            return WORDS.relative[word_key(word)], word
    return 0, ""
