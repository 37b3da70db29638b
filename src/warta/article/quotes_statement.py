"""A statement named before its content: "Dalam keterangan pers yang disampaikan oleh X, …".

    Dalam keterangan pers yang disampaikan oleh Dispenal di Batam, Sabtu, tim menemukan sabu.
    → "tim menemukan sabu": an indirect quote of Dispenal, cue "disampaikan"

The sentence opens with the statement (a press release, a written statement, a letter) and
who issued it; the clause after the opener's last comma is what the statement says. A
statement that someone *received* ("yang diterima wartawan") names no speaker.
"""

from __future__ import annotations

import re

from warta.article.actors import words_of
from warta.article.lexicon import lexicon
from warta.article.quotemarks import Marked
from warta.article.quotes_indirect import MIN_CONTENT_WORDS
from warta.article.quotes_layout import Candidate, Layout, Speaker
from warta.article.speakerphrases import phrase_after
from warta.article.speechcues import speech_cues

_OPENER = re.compile(
    r"(?:dalam|melalui|lewat)\s+(?:keterangan|pernyataan|siaran|rilis|surat|konferensi)(?:\s+[\w-]+){0,2}?"
    r"\s+yang\s+(disampaikan|dikeluarkan|dirilis|diterbitkan|dibacakan)(?:\s+oleh)?(?![\w-])",
    re.IGNORECASE,
)
# A stretch between commas that is only a place or a date ("di Batam", "Sabtu", "Kepulauan
# Riau") still belongs to the opener.
MAX_ASIDE_WORDS = 3
_COMMA = re.compile(r",")


def _aside(text: str, start: int, end: int) -> bool:
    words = words_of(text, start, end)
    if not words or len(words) > MAX_ASIDE_WORDS:
        return False
    calendar = lexicon().calendar
    return all(text[w[0]].isupper() or w[2] in calendar or w[2].isdigit() for w in words)


def _content_start(text: str, after: int, end: int) -> int | None:
    """Start of the clause after the opener: past the commas that close its adjuncts."""
    commas = [m.start() for m in _COMMA.finditer(text, after, end)]
    for n, comma in enumerate(commas):
        following = commas[n + 1] if n + 1 < len(commas) else end
        if not _aside(text, comma + 1, following):
            return comma + 1
    return None


def _content_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in "."):
        end -= 1
    return end


def statement_openers(text: str, layout: Layout, marked: list[Marked]) -> list[Candidate]:
    """Reported speech after a statement and its author named at the sentence start."""
    found: list[Candidate] = []
    for sentence in layout.sentences:
        opener = _OPENER.match(text, *sentence)
        if opener is None or any(m.mark_start < sentence[1] and sentence[0] < m.mark_end for m in marked):
            continue
        phrase = phrase_after(text, opener.end(), sentence[1])
        start = _content_start(text, phrase[1], sentence[1]) if phrase else None
        if phrase is None or start is None:
            continue
        while start < sentence[1] and text[start].isspace():
            start += 1
        end = _content_end(text, start, sentence[1])
        if speech_cues().regex.search(text, start, end):
            continue  # "…, Budi mengatakan …": the cue after the opener reports it
        if len(words_of(text, start, end)) >= MIN_CONTENT_WORDS:
            speaker = Speaker("phrases", phrase[0], (phrase,))
            found.append(Candidate(start, end, False, opener.group(1), speaker))
    return found

