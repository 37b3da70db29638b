"""Lists of links to other stories inside an article's text: a related-link label alone on
its line ("Baca juga :", "Berita terkait") and the headlines listed under it ("21 Taruna
Diperiksa Terkait …") are no report of the article's own, so the event coder codes no events
there.

The labels are the cleaner's: the ``related-link`` rows of ``resources/noise_markers.tsv``
(read through :mod:`warta.article.markers`), so a label added there for the cleaner is known here
too. A label with text after it on the same line ("Baca juga: Judul lain", "[ Baca juga : Judul ]")
is itself the link, and no list follows: the line is skipped when what follows the label ends in no
sentence punctuation (a headline, not the article's own sentence).
"""

from __future__ import annotations

import re

from warta.article.markers import markers

_LINK_REASON = "related-link"
_LINE = re.compile(r"[^\n]*\n?")
_SENTENCE_ENDS = frozenset('.!?"”’')
_BRACKETS = "[]() \t"  # a linked headline set in brackets: "[ Baca juga : Judul ]"
_HEADLINE_WORDS = 30  # longer than any headline: a text run together on one line is no link


def link_label(line: str) -> bool:
    """Is ``line`` nothing but a related-link label (a colon may close it)?"""
    stripped = line.strip()
    for marker in markers():
        found = marker.regex.match(stripped) if marker.reason == _LINK_REASON else None
        if found is not None and not stripped[found.end():].strip(" \t:"):
            return True
    return False


def linked_headline(line: str) -> bool:
    """Is ``line`` a link label followed by another story's headline ("Baca juga : Perjanjian Paris
    Tak Akan Runtuh")? A headline ends in no sentence punctuation; "Baca juga pernyataannya." does."""
    stripped = line.strip().strip(_BRACKETS)
    for marker in markers():
        found = marker.regex.match(stripped) if marker.reason == _LINK_REASON else None
        rest = stripped[found.end():].strip(" \t:-") if found is not None else ""
        if rest and rest[-1] not in _SENTENCE_ENDS and len(rest.split()) <= _HEADLINE_WORDS:
            return True
    return False


def teaser_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of each link label and the headlines under it: the list runs over the
    following lines that end in no sentence punctuation (blank lines included); a label with the
    headline on its own line is that line alone."""
    spans: list[tuple[int, int]] = []
    for label in _LINE.finditer(text):
        if label.group().strip() and linked_headline(label.group()):
            spans.append((label.start(), label.end()))
            continue
        if not label.group().strip() or not link_label(label.group()):
            continue
        end = label.end()
        for line in _LINE.finditer(text, label.end()):
            body = line.group().strip()
            if body and body[-1] in _SENTENCE_ENDS:
                break
            end = line.end()
        spans.append((label.start(), end))
    return spans
