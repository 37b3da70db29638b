"""The line model's lexical evidence: which words and word pairs mark page furniture or article text.

A logistic regression over the words of a line (lower-cased word tokens, adjacent word
pairs, the first word; character pairs and triples inside runs of Chinese, Japanese or
Korean script, which writes words without spaces), fitted on the gold pages by
``python -m warta.train.line_model``. Its log-odds and the share of the line's terms it
knows feed the line model's first stage, for the line and its neighbours: "cookies",
"subscribe", "all rights reserved", "posted by" speak for furniture in any layout.

Only terms seen on several training pages are kept (a word of one page says nothing of
the next), as a vocabulary rather than hashed buckets: a word the model never saw, as
most Indonesian words are (the pages are English and German), weighs exactly nothing
instead of a colliding bucket's weight, and the coverage feature tells the trees so.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

LexicalScore = tuple[float, float]  # (log-odds of body, share of the line's terms the model knows)

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Hangul, kana and CJK ideographs: scripts that write a word in one or two characters.
_WIDE = re.compile(
    r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)
MAX_WORDS = 60  # a line's first words only: a long paragraph is article text long before that
MAX_WIDE = 60  # characters of a run written without spaces


def lexical_terms(text: str) -> set[str]:
    """The distinct terms of a line the lexical model weighs."""
    words = _WORD.findall(text.lower())[:MAX_WORDS]
    if not words:
        return set()
    terms = {"^" + words[0], *map(" ".join, itertools.pairwise(words))}
    if text.isascii():
        terms.update(words)
        return terms
    for word in words:
        if _WIDE.search(word):
            terms.update(_char_grams(word[:MAX_WIDE]))
        else:
            terms.add(word)
    return terms


def _char_grams(word: str) -> list[str]:
    """Pairs and triples of characters of a run written without spaces."""
    grams = [word[i : i + 2] for i in range(len(word) - 1)]
    grams += [word[i : i + 3] for i in range(len(word) - 2)]
    return grams or [word]


@dataclass(frozen=True)
class Lexicon:
    """sigmoid(bias + Σ weight(term) / √terms): the logistic model over a line's terms, each
    present term weighted 1/√(number of terms), so that long lines do not score extremes."""

    weights: dict[str, float]
    bias: float

    @classmethod
    def of(cls, spec: dict[str, Any]) -> Lexicon:
        """From the exported form: terms with weights quantised to integers times ``scale``."""
        scale = float(spec["scale"])
        return cls({term: q * scale for term, q in spec["terms"].items()}, float(spec["bias"]))

    def score(self, text: str) -> LexicalScore:
        terms = lexical_terms(text)
        if not terms:
            return self.bias, 0.0
        known = [w for w in map(self.weights.get, terms) if w is not None]
        # fsum: exactly rounded, so the score does not depend on the set's order (the string hash
        # seed); a plain sum's last bits did, and moved the fits downstream of it.
        return self.bias + math.fsum(known) / math.sqrt(len(terms)), len(known) / len(terms)

    def scores(self, texts: Sequence[str]) -> list[LexicalScore]:
        return [self.score(text) for text in texts]


LEXICAL_OFFSETS = (-2, -1, 1, 2)
LEXICAL_WINDOWS = (3, 8)
LEXICAL_NAMES = ("lex_logit", "lex_known", *(f"lex{o:+d}" for o in LEXICAL_OFFSETS),
                 *(f"lex_w{w}" for w in LEXICAL_WINDOWS))


def lexical_columns(scores: Sequence[LexicalScore]) -> list[list[float]]:
    """Per line (see LEXICAL_NAMES): its lexical log-odds and coverage, its neighbours' log-odds,
    and their means around it (a paragraph among furniture words is furniture's odd one out)."""
    n = len(scores)
    logits = [logit for logit, _ in scores]
    prefix = [0.0]
    for value in logits:
        prefix.append(prefix[-1] + value)
    columns: list[list[float]] = [logits, [known for _, known in scores]]
    for offset in LEXICAL_OFFSETS:
        # Past the edge of the dump the edge line stands in, as for the other neighbour signals.
        columns.append([logits[min(max(i + offset, 0), n - 1)] for i in range(n)])
    for width in LEXICAL_WINDOWS:
        spans = [(max(0, i - width), min(n, i + width + 1)) for i in range(n)]
        columns.append([(prefix[hi] - prefix[lo]) / (hi - lo) for lo, hi in spans])
    return [list(row) for row in zip(*columns, strict=True)] if n else []
