"""The NER model reads text with runs of spaces as it reads text with single ones.

Copied and tokenised news often holds runs of spaces ("Merdeka.com - Wahyu   Setiawan mengatakan"):
the model then sees a whitespace token inside the name and reads "Setiawan" alone. The model is
given the text with each run of spaces or tabs written as one space, and its spans are mapped back
onto the original offsets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.article.model_spans import ModelFn, SpanLike
from warta.article.ner import NerSpan

_RUN = re.compile(r"[ \t]{2,}")


def with_single_spaces(find: ModelFn) -> ModelFn:
    """``find`` run on the text with its runs of spaces collapsed, its spans on the original offsets."""
    def found(text: str) -> Sequence[SpanLike]:
        if "  " not in text and "\t" not in text:
            return find(text)  # most texts: nothing to collapse
        single, origin = _collapsed(text)
        spans = [(origin[s.start], origin[s.end - 1] + 1, s.label) for s in find(single) if s.end > s.start]
        return [NerSpan(start, end, label, text[start:end]) for start, end, label in spans]

    return found


def _collapsed(text: str) -> tuple[str, list[int]]:
    """``text`` with each run of spaces or tabs as one space, and the original offset of each character."""
    pieces: list[str] = []
    origin: list[int] = []
    at = 0
    for run in _RUN.finditer(text):
        pieces.append(text[at:run.start()] + " ")
        origin.extend(range(at, run.start() + 1))
        at = run.end()
    pieces.append(text[at:])
    origin.extend(range(at, len(text)))
    return "".join(pieces), origin
