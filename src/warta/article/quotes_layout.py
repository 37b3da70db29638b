"""Shared pieces of the quote finder: where sentences and paragraphs lie, and a candidate."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Literal

from warta.article.quotemarks import Marked, paragraphs
from warta.article.speakerphrases import phrase_after
from warta.article.speechcues import Cue

Span = tuple[int, int]
SpeakerKind = Literal["phrases", "pronoun", "plural", "none"]


@dataclass(frozen=True)
class Speaker:
    """Where a quote's speaker is to be found: phrases (best first) or a pronoun at ``pos``."""

    kind: SpeakerKind
    pos: int
    spans: tuple[Span, ...] = ()
    open_ended: bool = False  # a quote left open: its speaker is the next paragraph's


_COMMA = re.compile(r"\s*,\s*")
_MENG_VERB = re.compile(r"(?:me[mn]g?|meny)[a-z]{3,}(?![\w-])")
_AGENT = re.compile(r"\s+(?:(?:langsung|juga|pula|sendiri|pun)\s+)?oleh(?![\w-])", re.IGNORECASE)


def speaker_after_cue(text: str, cue: Cue, cue_start: int, cue_end: int, limit: int,
                      anchor: int | None = None) -> Speaker:
    """The speaker of an inverted or clitic cue: "kata X", or "katanya", a pronoun that refers
    back from ``anchor`` (the start of what was said: whoever the quote itself mentions is not
    the one it continues)."""
    if cue.pattern in {"clitic", "clitic-prep"}:
        return Speaker("pronoun", cue_start if anchor is None else anchor)
    agent = _AGENT.match(text, cue_end, limit)  # a passive cue's agent: "Diungkapkan oleh Bupati, …"
    phrase = phrase_after(text, agent.end() if agent else cue_end, limit)
    if phrase is None:
        return Speaker("none", cue_start)
    spans = [phrase]
    while len(spans) <= TITLE_LIST_PARTS:
        comma = _COMMA.match(text, spans[-1][1], limit)
        extra = phrase_after(text, comma.end(), limit) if comma else None
        if extra is None or _MENG_VERB.match(text, extra[0]):
            break  # "kata akun X, mengomentari …": a clause of what the speaker did, no title
        # "kata Kepala Basarnas, Marsdya F Henry Bambang Soelistyo"; "ujar Kepala Pusat Data,
        # Informasi, dan Humas BNPB Sutopo Purwo Nugroho" (a list inside the title)
        spans.append(_without_and(text, extra))
        if not _title_list_goes_on(text, extra):
            break
    return Speaker("phrases", phrase[0], tuple(spans))


# A title may list its fields with commas ("Kepala Pusat Data, Informasi, dan Humas BNPB X").
TITLE_LIST_PARTS = 3
_AND = re.compile(r"dan\s+(?=[A-Z])")


def _without_and(text: str, span: tuple[int, int]) -> tuple[int, int]:
    found = _AND.match(text, span[0], span[1])
    return (found.end(), span[1]) if found else span


def _title_list_goes_on(text: str, span: tuple[int, int]) -> bool:
    """A one- or two-word capitalised part of a title list, with more of the list after it."""
    words = text[span[0]:span[1]].split()
    return 0 < len(words) <= 2 and all(w[:1].isupper() for w in words)


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    direct: bool
    cue: str | None
    speaker: Speaker
    marked: Marked | None = None
    mention_only: bool = False  # a subject to remember ("X menilai …"), not a quote


@dataclass
class Layout:
    """Sentence and paragraph offsets of a text, for finding what encloses a position."""

    text: str
    sentences: list[Span]
    paragraphs: list[Span] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.paragraphs = paragraphs(self.text)
        self._sentence_starts = [s[0] for s in self.sentences]
        self._paragraph_starts = [p[0] for p in self.paragraphs]

    def paragraph_index(self, pos: int) -> int:
        return bisect.bisect_right(self._paragraph_starts, pos) - 1

    def paragraph_at(self, pos: int) -> Span:
        i = self.paragraph_index(pos)
        if i >= 0 and pos <= self.paragraphs[i][1]:
            return self.paragraphs[i]
        return (pos, pos)

    def sentence_at(self, pos: int) -> Span:
        """The sentence holding ``pos``, clipped to its paragraph (sentences of scraped text
        can run over a lost line break)."""
        para = self.paragraph_at(pos)
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and pos <= self.sentences[i][1]:
            start, end = self.sentences[i]
            return max(start, para[0]), min(end, para[1])
        return para

    def previous_sentence(self, pos: int) -> Span | None:
        """The sentence ending before ``pos`` (possibly in the paragraph before)."""
        i = bisect.bisect_left(self._sentence_starts, pos) - 1
        while i >= 0 and self.sentences[i][1] > pos:
            i -= 1
        return self.sentences[i] if i >= 0 else None
