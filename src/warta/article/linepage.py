"""Page-relative signals for the line model: how a line compares with its own page's text.

The lexical model (:mod:`warta.article.linelexicon`) knows mostly English and German words,
and stop-word lists fit some languages better than others, so a line's raw lexical log-odds and
stop-word density mean different things on different pages: on a Russian or Italian page every
line scores near the lexicon's bias. Measured against the page's own article-shaped lines
(the jusText-good ones), the same signals read alike in any language: a furniture sentence
under the article scores below the page's paragraphs wherever the page's level lies.
"""

from __future__ import annotations

from collections.abc import Sequence

PAGE_NAMES = ("lex_vs_page", "density_vs_page", "page_lex_known")


def page_columns(lex_logits: Sequence[float], lex_known: Sequence[float], densities: Sequence[float],
                 good: Sequence[bool]) -> list[list[float]]:
    """Per line (see PAGE_NAMES): its lexical log-odds and stop-word density less the mean of the
    page's good lines (all lines where none is good), and the lexicon's mean coverage of those
    lines (how familiar the page's language is to it)."""
    n = len(lex_logits)
    if not n:
        return []
    chosen = [i for i in range(n) if good[i]] or list(range(n))
    lex_level = sum(lex_logits[i] for i in chosen) / len(chosen)
    density_level = sum(densities[i] for i in chosen) / len(chosen)
    known = sum(lex_known[i] for i in chosen) / len(chosen)
    return [[lex_logits[i] - lex_level, densities[i] - density_level, known] for i in range(n)]
