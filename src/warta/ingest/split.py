"""Split a text dump that holds several articles one after another.

Scrapers and copy-paste sometimes save two reports into one ``.txt``. Read as one article,
the second headline becomes navigation, its byline the author of both and its body part of
the first story. The split is conservative: a line that reads as a headline, after at least
a few body paragraphs, followed within two lines by the head the cleaner recognises on a first
article (a date line, a byline, an outlet's lead), and followed by a few body paragraphs of
its own. A subheading inside an article has no date line or byline under it, and a list of
related headlines with dates has no body paragraphs between its entries.

Only the line numbers are decided here; the parts keep the file's bytes and line numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import AnyStr

from warta.article.bylines import is_byline
from warta.article.date_lines import parse_date_line
from warta.article.decode import binary_kind, decode_bytes, utf16_without_bom, without_c1_controls
from warta.article.extract import normalise_space, without_markdown
from warta.article.outlet import find_lead, opens_report
from warta.document import Decoded

# Body paragraphs each part needs around a split; fewer and a headline list or a teaser
# block with dates would cut an article.
MIN_BODY_PARAGRAPHS = 3
BODY_MIN_WORDS = 8
HEADLINE_WORDS = (3, 20)
HEAD_WINDOW = 2  # the date line, byline or lead sits within this many lines under the headline
SENTENCE_END = re.compile(r"[.!?…\"”’)]$")
HEADLINE_BAD_END = re.compile(r"[.,;:…]$")
HEADLINE_BAD_START = re.compile(r"^[\"“”'‘’(\[*•·\-–—]")
# Menus and share bars are set with bars; handles and links belong to captions and footers.
NOT_HEADLINE = re.compile(r"\||@|://|www\.")
SMALL_WORDS = frozenset({"di", "ke", "dari", "dan", "yang", "untuk", "pada", "dengan", "atau", "dalam",
                        "oleh", "soal", "jadi", "usai", "akan", "of", "the", "and", "in", "on", "at",
                        "to", "for", "a", "an"})


def is_body_paragraph(line: str) -> bool:
    return len(line.split()) >= BODY_MIN_WORDS and SENTENCE_END.search(line) is not None


def reads_as_headline(line: str) -> bool:
    """Title case or short, no final full stop, not a quotation or a list item."""
    words = line.split()
    if not HEADLINE_WORDS[0] <= len(words) <= HEADLINE_WORDS[1]:
        return False
    if HEADLINE_BAD_END.search(line) or HEADLINE_BAD_START.match(line) or NOT_HEADLINE.search(line):
        return False
    if opens_article_head(line):
        return False  # "Penulis: …" and "Senin, 12 Juni 2017" head an article; they are no headline
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    capitalised = sum(1 for w in content if w[:1].isupper() or w[:1].isdigit())
    return len(words) <= 12 or capitalised >= 0.8 * len(content)


def opens_article_head(line: str) -> bool:
    """A date line, a byline, or a body paragraph opened by an outlet's lead."""
    return parse_date_line(line) is not None or is_byline(line) or opens_report(find_lead(line))


def split_points(lines: list[str]) -> list[int]:
    """Indexes into ``lines`` (the file's lines, blank ones included) where a new article starts."""
    filled = [(index, text) for index, line in enumerate(lines)
              if (text := without_markdown(normalise_space(line)))]
    starts: list[int] = []
    last = 0
    for position, (index, text) in enumerate(filled):
        if position - last < MIN_BODY_PARAGRAPHS or not reads_as_headline(text):
            continue
        head = [t for _, t in filled[position + 1:position + 1 + HEAD_WINDOW]]
        if not any(opens_article_head(t) for t in head):
            continue
        before = sum(is_body_paragraph(t) for _, t in filled[last:position])
        after = sum(is_body_paragraph(t) for _, t in filled[position + 1:_next_limit(filled, position)])
        if before >= MIN_BODY_PARAGRAPHS and after >= MIN_BODY_PARAGRAPHS:
            starts.append(index)
            last = position
    return starts


def _next_limit(filled: list[tuple[int, str]], position: int) -> int:
    """Count the new part's body only up to the next headline with a date line or byline under
    it, so that a list of dated headlines never borrows the body that follows the list. A line
    over an outlet's lead alone does not end it: that is the photo caption of the same head."""
    for later in range(position + 1 + HEAD_WINDOW, len(filled)):
        head = [t for _, t in filled[later + 1:later + 1 + HEAD_WINDOW]]
        if reads_as_headline(filled[later][1]) and any(_dated_or_credited(t) for t in head):
            return later
    return len(filled)


def _dated_or_credited(line: str) -> bool:
    return parse_date_line(line) is not None or is_byline(line)


@dataclass(frozen=True)
class Part:
    """One article of a dump: its first line number, its bytes, and its text as the whole file
    was decoded (None where the decode stage decides: a binary file). Decoding the file once
    gives every part the same encoding, and the decode stage does not decode it again."""

    first_line: int
    raw: bytes
    decoded: Decoded | None


def dump_parts(raw: bytes) -> list[Part]:
    """The articles of a text dump; one part when it holds one.

    The parts are the file's own bytes cut at line ends, so every line stays in exactly one part
    and keeps its number. Encodings whose lines cannot be cut as bytes (UTF-16) stay whole."""
    if binary_kind(raw):
        return [Part(1, raw, None)]  # a binary file is refused once, whole, by the decode stage
    decoded, fallback = decode_bytes(raw)
    text = without_c1_controls(decoded).replace("\r\n", "\n").replace("\r", "\n")
    whole = [Part(1, raw, Decoded(text, fallback))]
    if utf16_without_bom(raw) or raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return whole
    byte_lines = raw.split(b"\n")
    lines = text.split("\n")
    if len(lines) != len(byte_lines):
        return whole  # lone carriage returns: text lines and byte lines differ
    starts = split_points(lines)
    if not starts:
        return whole
    bounds = [0, *starts, len(byte_lines)]
    return [Part(begin + 1, _joined(byte_lines[begin:end], b"\n", end < len(byte_lines)),
                 Decoded(_joined(lines[begin:end], "\n", end < len(lines)), fallback))
            for begin, end in pairwise(bounds)]


def _joined(lines: list[AnyStr], newline: AnyStr, more: bool) -> AnyStr:
    """The lines of one part as the file holds them: a line end after the last unless the
    file's last line is the part's."""
    return newline.join(lines) + (newline if more else newline[:0])


def split_dump(raw: bytes) -> list[tuple[int, bytes]]:
    """(first line number, bytes) of each article in a text dump (see :func:`dump_parts`)."""
    return [(part.first_line, part.raw) for part in dump_parts(raw)]
