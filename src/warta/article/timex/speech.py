"""The day a statement was made, as the anchor of the relative words said in it.

Indonesian news states the day a statement was made in its attribution ("“Besok kami
hadir,” kata Rina, Selasa (26/9/2017)", "ujar Amin di Jakarta, Senin (25/9)") or just before
the verb of saying ("Presiden, Senin (25/9), mengatakan besok ..."), sometimes days before
the article came out. "besok", "kemarin", "pekan depan" or "tadi pagi" in that statement
count from the day it was made, not from the publication date.

The day may also stand between the verb of saying and the statement ("Rudi mengatakan,
Senin (9/10), bahwa besok ...", "ujar Rudi di Bandung, Rabu (11/10), pihaknya ...").

An attribution may also point back at what was just said ("Hal itu disampaikan Rudi, Rabu
(11/10).", "Demikian dikatakan Rudi, Senin (9/10)"): the day dates the sentence before it and the
sentences after it that go on with the speaker's words ("Pihaknya ...", "“...,” ujarnya").

The finder marks such days (``Found.telling``, ``reading.said_on``); this module says which
expressions each one dates: those of its sentence before the attribution, and those of a
quote that opened in an earlier sentence and closes in this one; those after the verb of
saying that follows the day; and those of a clause after the day that a verb of saying
before it introduces. The writer's own clauses ("…, Rabu (11/10), saat meninjau lokasi") and
sentences keep the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache

from warta.article.date_words import WORDS, alternation
from warta.article.timex import saying
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
    dated = {f.sentence for f in found if f.rule.kind == "abs" and f.reading.day is not None}
    for said in found:
        day = said.reading.day
        if day is None or said.reading.pending is not None or day == context.anchor:
            continue
        for start, end in _statements(said, tokens, context, dated):
            for index, item in enumerate(found):
                if _counted(item) and start <= tokens[item.first].start < end and index not in days:
                    days[index] = day
    return days


def _statements(said: Found, tokens: list[Token], context: Context, dated: set[int]) -> list[tuple[int, int]]:
    """The stretches of text said on the day ``said`` names."""
    if said.rule.kind != "abs":
        return []
    pointed = _pointed_statement(said, tokens, context.text, dated)
    if pointed:
        return pointed
    start, end = _statement(said, tokens, context)
    return [(start, end)] if start < end else []


def _counted(found: Found) -> bool:
    counted = found.rule.kind in _COUNTED_KINDS or found.rule.name in _COUNTED_RULES
    return counted and found.reading.anchor == "published"


def _statement(said: Found, tokens: list[Token], context: Context) -> tuple[int, int]:
    """The stretch of text said on the day ``said`` names: before it when it is the day of an
    attribution after a statement, after it when a verb of saying follows; nothing otherwise."""
    first, last = tokens[said.first], tokens[said.last - 1]
    opens = _opens_statement(said, tokens, context.text)
    if said.telling:  # "“...,” ujar Rudi, Rabu (11/10), pihaknya ..." said both on that day
        opening = _quote_opening(context.text, _sentence_start(said, tokens), first.start)
        return opening, _sentence_end(said, tokens) if opens else first.start
    if opens and _saying_before(said, tokens, context.text):
        return last.end, _sentence_end(said, tokens)
    if said_on(Span(tokens[said.first : said.last]), context):
        return last.end, _sentence_end(said, tokens)
    return 0, 0


# A verb of saying that puts its statement after it, then who was told or where, then the day
# ("Rudi mengatakan kepada wartawan di Bandung, Senin (9/10), bahwa ..."), or an attribution
# that opens its sentence ("Ujar Rudi di Bandung, Rabu (11/10), pihaknya ...", "Menurut Rudi,
# Rabu (11/10), ..."). Nothing of what was said may stand between the verb and the day, so
# the gap holds only phrases of whom, where and how, with no comma or quote in them.
_GAP = r"(?:\s+(?:kepada|di|dalam|melalui|lewat|saat|ketika|usai|seusai)\b[^,.;:!?“”\"]{0,80})?"


@cache
def _saying_before_day() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{saying.verbs()}){_GAP}\s*,?\s*(?:pada\s+)?(?:hari\s+)?\Z", re.IGNORECASE)


@cache
def _opening_attribution() -> re.Pattern[str]:
    return re.compile(
        rf"\A\s*(?:{saying.opening_cues()})\s+[^.;:!?“”\"]{{1,120}}?,\s*(?:pada\s+)?\Z", re.IGNORECASE
    )


_SAYING_REACH = 160  # characters back from the day to look for the verb of saying

# What follows the day when it opens a statement: a comma and a clause, or "bahwa". A clause
# of when, where, how or what about ("…, Rabu (11/10), saat meninjau lokasi", "…, terkait
# evaluasi ...") is the writer's account of the telling, not the statement, and "Senin (9/10)
# lalu" is the day of what was told.
_NOT_A_STATEMENT = (
    "saat|ketika|usai|seusai|sesudah|setelah|sebelum|selepas|sejak|dalam|di|ke|dari|pada|kepada|"
    "yang|dan|serta|sambil|seraya|seperti|sebagaimana|sehingga|namun|tetapi|sedangkan|sekitar|"
    "pukul|jam|lalu|pagi|siang|sore|malam|WIB|WITA|WIT|terkait|mengenai|tentang|soal|perihal"
)
_STATEMENT_AFTER = re.compile(
    rf"(?:\s*,\s*|\s+(?=bahwa\b))[“\"]?(?!(?:{_NOT_A_STATEMENT})\b)\w", re.IGNORECASE
)
_LAST_WORD_LALU = re.compile(r"\blalu\Z", re.IGNORECASE)
_WEEKDAY = re.compile(rf"\b(?:{alternation(WORDS.weekdays)})\b", re.IGNORECASE)


def _opens_statement(said: Found, tokens: list[Token], text: str) -> bool:
    """Whether a clause that may be a statement follows the day ("…, Senin (9/10), bahwa besok").
    News gives the day of a telling by its weekday; a bare date there ("Menurut dia, pada 27
    Maret, polisi ...") is more often the day of what was told."""
    start, end = tokens[said.first].start, tokens[said.last - 1].end
    if not _WEEKDAY.search(text, start, end) or _LAST_WORD_LALU.search(text, start, end):
        return False
    return _STATEMENT_AFTER.match(text, end) is not None


def _saying_before(said: Found, tokens: list[Token], text: str) -> bool:
    """Whether a verb of saying stands right before the day, with only whom it was said to or
    where between them ("Rudi mengatakan kepada wartawan, Senin (9/10)")."""
    start = tokens[said.first].start
    sentence = text[_sentence_start(said, tokens) : start]
    reach = sentence[-_SAYING_REACH:]
    if _saying_before_day().search(reach) is not None:
        return True
    return _opening_attribution().match(sentence) is not None


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


# An attribution that points back at what was just said, with the day it was said ("Hal itu
# disampaikan X, Rabu (11/10).", "Demikian dikatakan X, Senin (9/10)", "Hal tersebut diungkapkan
# X kepada wartawan, Selasa (3/10)"). "Hal senada disampaikan Y" points at another speaker's words.
_POINTER = r"(?:hal|pernyataan|penjelasan|keterangan)\s+(?:itu|ini|tersebut)|demikian|begitulah|itulah"


@cache
def _pointing_back() -> re.Pattern[str]:
    return re.compile(
        rf"\A\s*[”\"]?\s*(?P<pointer>{_POINTER})\s+(?:(?:juga|pun|pula|sempat)\s+)?"
        rf"(?:{saying.passive_verbs()})\b[^.;:!?“”\"]{{0,120}}?(?:,\s*|\s)(?:pada\s+)?(?:hari\s+)?\Z",
        re.IGNORECASE,
    )


# A sentence that goes on with the words of the speaker just named: "Pihaknya ...", "Menurutnya,
# ...", "Ia menambahkan ...", "Lebih lanjut, dia mengatakan ...", or one attributed to a pronoun
# ("“...,” ujarnya").
@cache
def _goes_on() -> re.Pattern[str]:
    return re.compile(
        r"\A\s*[“\"]?\s*(?:(?:lebih\s+lanjut|selain\s+itu|namun|tetapi|bahkan)\s*,?\s*)?"
        rf"(?:pihaknya|menurut(?:nya|\s+(?:dia|ia|beliau))|(?:ia|dia|beliau)\s+(?:(?:juga|pun|pula|lalu)\s+)?"
        rf"(?:{saying.verbs()})|(?:{saying.passive_verbs()})(?:nya)?)\b"
        rf"|\b(?:{saying.clitic_cues()})\b",
        re.IGNORECASE,
    )


def _pointed_statement(said: Found, tokens: list[Token], text: str, dated: set[int]) -> list[tuple[int, int]]:
    """What an attribution pointing back says was said on its day: the sentence before it (back
    to the opening mark of the quote it closes), the clause after the day when one opens there,
    and the sentences after it that go on with the speaker's words, up to one that names a day."""
    start = _sentence_start(said, tokens)
    pointer = _pointing_back().match(text[start : tokens[said.first].start])
    if pointer is None:
        return []
    bounds = _sentence_bounds(tokens)
    before = [index for index in bounds if index < said.sentence]
    pointed_at = start + pointer.start("pointer")
    told = [(_quote_opening(text, bounds[before[-1]][0], pointed_at), pointed_at)] if before else []
    if _opens_statement(said, tokens, text):
        told.append((tokens[said.last - 1].end, bounds[said.sentence][1]))
    for index in sorted(i for i in bounds if i > said.sentence):
        begin, end = bounds[index]
        if index in dated or _goes_on().search(text[begin:end]) is None:
            break
        told.append((begin, end))
    return told


def _sentence_bounds(tokens: list[Token]) -> dict[int, tuple[int, int]]:
    """(start, end) of each sentence, by its index."""
    bounds: dict[int, tuple[int, int]] = {}
    for token in tokens:
        bounds[token.sentence] = (bounds.get(token.sentence, (token.start, 0))[0], token.end)
    return bounds
