"""The day a statement was made, as the anchor of the relative words said in it.

Indonesian news states the day a statement was made in its attribution ("“Besok kami
hadir,” kata Rina, Selasa (26/9/2017)", "ujar Amin di Jakarta, Senin (25/9)") or just before
the verb of saying ("Presiden, Senin (25/9), mengatakan besok ..."), sometimes days before
the article came out. "besok", "kemarin", "pekan depan" or "tadi pagi" in that statement
count from the day it was made, not from the publication date.

The finder marks such days (``Found.telling``, ``reading.said_on``); this module says which
expressions each one dates: those of its sentence before the attribution, and those of a
quote that opened in an earlier sentence and closes in this one, or those after the verb of
saying that follows the day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from warta.article.timex.found import Found
from warta.article.timex.reading import Context, Span, said_on
from warta.article.timex.tokens import Token

# Kinds of expression counted from the publication date (see timex_rules.tsv): "kemarin",
# "pekan depan", "tadi pagi", and a clock time with such a day ("pukul 10.00 besok"); and the
# calendar rules that are too: a weekday without its date ("Senin lalu", "Kamis"), a weekend.
_COUNTED_KINDS = frozenset({"offset", "time"})
_COUNTED_RULES = frozenset({"weekday", "weekend"})

_OPENING_QUOTES = "“\""
_CLOSING_QUOTES = "”\""
_QUOTE_REACH = 1500  # characters back from a closing quote mark to look for its opening one


def speech_days(found: Sequence[Found], tokens: list[Token], context: Context) -> dict[int, dt.date]:
    """For each expression (its index in ``found``) counted from the publication date but said
    in a statement whose day is stated, that day."""
    days: dict[int, dt.date] = {}
    for said in found:
        day = said.reading.day
        if day is None or said.reading.pending is not None or day == context.anchor:
            continue
        start, end = _statement(said, tokens, context)
        if start == end:
            continue
        for index, item in enumerate(found):
            if _counted(item) and start <= tokens[item.first].start < end and index not in days:
                days[index] = day
    return days


def _counted(found: Found) -> bool:
    counted = found.rule.kind in _COUNTED_KINDS or found.rule.name in _COUNTED_RULES
    return counted and found.reading.anchor == "published"


def _statement(said: Found, tokens: list[Token], context: Context) -> tuple[int, int]:
    """The stretch of text said on the day ``said`` names: before it when it is the day of an
    attribution after a statement, after it when a verb of saying follows; nothing otherwise."""
    first, last = tokens[said.first], tokens[said.last - 1]
    if said.telling:
        opening = _sentence_start(said, tokens)
        return _quote_opening(context.text, opening, first.start), first.start
    if said.rule.kind == "abs" and said_on(Span(tokens[said.first : said.last]), context):
        return last.end, _sentence_end(said, tokens)
    return 0, 0


def _sentence_start(found: Found, tokens: list[Token]) -> int:
    index = found.first
    while index > 0 and tokens[index - 1].sentence == found.sentence:
        index -= 1
    return tokens[index].start


def _sentence_end(found: Found, tokens: list[Token]) -> int:
    index = found.last - 1
    while index + 1 < len(tokens) and tokens[index + 1].sentence == found.sentence:
        index += 1
    return tokens[index].end


def _quote_opening(text: str, sentence_start: int, attribution: int) -> int:
    """Where the statement before an attribution starts: the opening mark of a quote that closes
    in this sentence but opened in an earlier one of the same paragraph ("“Besok kami datang.
    Semua siap,” kata Rina, Selasa (26/9)"), else the sentence's start."""
    closing = max(text.rfind(mark, sentence_start, attribution) for mark in _CLOSING_QUOTES)
    if closing < 0 or _opens_here(text, sentence_start, closing):
        return sentence_start
    reach = max(0, sentence_start - _QUOTE_REACH)
    opening = max(text.rfind(mark, reach, sentence_start) for mark in _OPENING_QUOTES)
    if opening < 0 or "\n" in text[opening:sentence_start]:
        return sentence_start
    return opening


_ANY_QUOTE = re.compile(r"[“”\"]")


def _opens_here(text: str, sentence_start: int, closing: int) -> bool:
    """Whether the quote that closes at ``closing`` opened in this sentence: a quote mark before it."""
    return _ANY_QUOTE.search(text, sentence_start, closing) is not None
