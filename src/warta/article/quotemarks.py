"""Quote-mark scanning: the stretches of text that stand between quote marks.

Scraped news writes quotes with every kind of mark: curly (“ ” ‘ ’), low (,,/„), guillemets
(« »), straight (" and two apostrophes ''), TeX-style (``), and, in text decoded with
errors, the replacement character "�". Tokenised corpora put spaces on both sides of
each mark, and scraping loses marks, so direction is read from the mark itself where it
has one, from the characters around it where it is straight, and from the running state
(open or not) when both sides are blank. A paragraph is the unit: a quote never crosses
a line break; one left open at the end of its paragraph is reported as ``unclosed`` (its
speaker usually follows the paragraph that continues it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Direction = Literal["open", "close", "either"]

_OPENING = {"“": "double", "„": "double", "«": "double", "‘": "single", "``": "double"}
_CLOSING = {"”": "double", "»": "double", "’": "single"}
_STRAIGHT = {'"': "double", "''": "double", "�": "double", "'": "single"}
_MARK = re.compile(r"``|''|[“„«‘”»’\"'�]")
_OPEN_BEFORE = " \t([{-–—/:"
_CONTRACTION = re.compile(r"(?:s|t|re|ll|ve|d|m)(?![\w-])")


@dataclass(frozen=True, slots=True)
class Marked:
    """Text between two marks: ``[start, end)`` trimmed, with the marks' own offsets."""

    mark_start: int  # offset of the opening mark (or the paragraph start when it is lost)
    start: int
    end: int
    mark_end: int  # offset after the closing mark (or the paragraph end when unclosed)
    opened: bool  # an opening mark was seen
    closed: bool  # a closing mark was seen


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    family: str
    direction: Direction


def _direction(text: str, start: int, end: int, mark: str) -> Direction | None:
    """Which way a mark faces, or None when it is not a quote mark here."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if mark in _OPENING:
        # „So“: a curly opening mark glued to the word before it closes the quote.
        glued = not (before.isspace() or before in _OPEN_BEFORE)
        return "close" if glued and (after.isspace() or after in ",.;:!?)") else "open"
    if mark in _CLOSING or mark == "'":
        if before.isalnum() and after.isalnum():
            return None  # an apostrophe: "Jum’at", "Qur'an"
        if _CONTRACTION.match(text, end) and text[max(0, start - 2):start].strip().isalnum():
            return None  # an English contraction a tokeniser set apart: "Let 's Party", "It 's"
        if mark == "'" and before.isalnum() and not after.isalnum():
            return "close" if after in " ,.;:!?)" else None
    if mark in _CLOSING:
        # '” Perjanjian …' opening a paragraph: a closing mark typed where an opening one belongs.
        return "open" if _opens_line(text, start, end) else "close"
    blank_before, blank_after = before.isspace() or before in _OPEN_BEFORE, after.isspace()
    if blank_before and after in ",.;:!?)":
        return "close"  # 'Today ", alih-alih': a closing mark set off by a space, no quote opens on a comma
    if blank_before and not blank_after:
        return "open"
    if not blank_before and (blank_after or after in ",.;:!?)"):
        return "close"
    if mark == "�" and before.isspace() and after.isspace():
        return None  # a lost dash: "KOMPAS.com � Kepala ..."
    return "either"


def _opens_line(text: str, start: int, end: int) -> bool:
    """Does the mark at ``[start, end)`` open its line, with words after it?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    rest = text[end:] if line_end < 0 else text[end:line_end]
    return not text[line_start:start].strip() and any(c.isalnum() for c in rest)


def _marks(text: str, lo: int, hi: int) -> list[_Mark]:
    found: list[_Mark] = []
    for match in _MARK.finditer(text, lo, hi):
        mark = match.group()
        direction = _direction(text, match.start(), match.end(), mark)
        if direction is None:
            continue
        family = _OPENING.get(mark) or _CLOSING.get(mark) or _STRAIGHT[mark]
        found.append(_Mark(match.start(), match.end(), family, direction))
    return found


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding blanks and a trailing comma (it belongs to the attribution)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] == ",":
        end -= 1
        while end > start and text[end - 1].isspace():
            end -= 1
    return start, end


def _pair(text: str, marks: list[_Mark], lo: int, hi: int) -> list[Marked]:
    """Pair one family's marks in one paragraph."""
    spans: list[Marked] = []
    opening: _Mark | None = None
    skip_to = -1
    for i, mark in enumerate(marks):
        if i <= skip_to:
            continue
        if opening is None:
            if mark.direction == "close":
                # The opening mark was lost: the quote runs from the paragraph start (or the
                # end of the quote before it).
                begin = spans[-1].mark_end if spans else lo
                spans.append(_marked(text, begin, begin, mark.start, mark.end, False, True))
            else:
                opening = mark
            continue
        if mark.direction != "open" and not text[opening.end:mark.start].strip():
            opening = mark  # '" " Tidak ada': a doubled mark around nothing; the quote opens once
            continue
        if _nested_title(text, marks, i):
            skip_to = i + 1  # 'lagu " Malam Biru " itu': a work's title inside the quote
            continue
        if mark.direction == "open":
            # A new opening mark inside an open quote: the first one was never closed.
            spans.append(_marked(text, opening.start, opening.end, mark.start, mark.start, True, False))
            opening = mark
            continue
        spans.append(_marked(text, opening.start, opening.end, mark.start, mark.end, True, True))
        opening = None
    if opening is not None:
        spans.append(_marked(text, opening.start, opening.end, hi, hi, True, False))
    return [s for s in spans if s.end > s.start]


# Words that introduce a work's title set in marks ("film " Hujan Pagi "").
TITLE_NOUNS = frozenset({"film", "lagu", "buku", "album", "novel", "single", "singel", "judul", "berjudul",
                          "lagunya", "filmnya", "bukunya", "albumnya", "serial", "sinetron", "drama"})
_TITLE_WORDS = 5  # at most this many words in such a title
_TITLE_WORD = re.compile(r"[A-Z0-9][\w'’.&:-]*|[a-z]{1,4}")  # "Malam di Bandung": short function words inside


def _nested_title(text: str, marks: list[_Mark], i: int) -> bool:
    """Do ``marks[i]`` and ``marks[i + 1]`` set a short title inside an open quote? A few
    capitalised words after "(" or a word like "film", "lagu", "buku" (or before ")"), with a
    further mark of the family after them to close the quote that holds them."""
    if i + 2 >= len(marks):
        return False
    first, second = marks[i], marks[i + 1]
    words = text[first.end:second.start].split()
    if not 0 < len(words) <= _TITLE_WORDS or not words[0][0].isupper():
        return False
    if not all(_TITLE_WORD.fullmatch(word) for word in words):
        return False
    before = text[:first.start].rstrip()
    last_word = before.split()[-1].lower().lstrip("\"“„«‘'`�") if before.split() else ""
    introduced = before.endswith("(") or last_word in TITLE_NOUNS
    return introduced or text[second.end:].lstrip().startswith(")")


def _marked(text: str, mark_start: int, start: int, end: int, mark_end: int,
            opened: bool, closed: bool) -> Marked:
    inner_start, inner_end = _trim(text, start, end)
    return Marked(mark_start, inner_start, inner_end, mark_end, opened, closed)


def _inside(span: Marked, outer: list[Marked]) -> bool:
    return any(o.mark_start <= span.mark_start and span.mark_end <= o.mark_end for o in outer)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each line of ``text`` that holds something."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in re.finditer(r"\n", text):
        if text[start:match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def marked_spans(text: str) -> list[Marked]:
    """Every stretch between quote marks, in text order; single-mark stretches inside
    double-mark ones (quotes within quotes) are left out."""
    spans: list[Marked] = []
    for lo, hi in paragraphs(text):
        marks = _marks(text, lo, hi)
        if not marks:
            continue
        double = _pair(text, [m for m in marks if m.family == "double"], lo, hi)
        single = [s for s in _pair(text, [m for m in marks if m.family == "single"], lo, hi)
                  if s.opened and s.closed and not _inside(s, double)]
        spans.extend(double)
        spans.extend(single)
    spans.sort(key=lambda s: s.start)
    return spans
