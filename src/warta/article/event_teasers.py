"""Lists of links to other stories inside an article's text: a related-link label alone on
its line ("Baca juga :", "Berita terkait") and the headlines listed under it ("21 Taruna
Diperiksa Terkait …") are no report of the article's own, so the event coder codes no events
there.

The labels are the cleaner's: the ``related-link`` rows of ``resources/noise_markers.tsv``
(read through :mod:`warta.article.markers`), so a label added there for the cleaner is known here
too. A label with text after it on the same line ("Baca juga: Judul lain") is itself the link,
and no list follows.
"""

from __future__ import annotations

import re

from warta.article.markers import markers

_LINK_REASON = "related-link"
_LINE = re.compile(r"[^\n]*\n?")
_SENTENCE_ENDS = frozenset('.!?"”’')


def link_label(line: str) -> bool:
    """Is ``line`` nothing but a related-link label (a colon may close it)?"""
    stripped = line.strip()
    for marker in markers():
        found = marker.regex.match(stripped) if marker.reason == _LINK_REASON else None
        if found is not None and not stripped[found.end():].strip(" \t:"):
            return True
    return False


def teaser_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of each link label and the headlines under it: the list runs over the
    following lines that end in no sentence punctuation (blank lines included)."""
    spans: list[tuple[int, int]] = []
    for label in _LINE.finditer(text):
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
