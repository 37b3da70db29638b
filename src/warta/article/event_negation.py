"""Negation words, one list (``resources/negation_words.tsv``) for the event coder and the
stance cues: before a trigger a negation word negates the event (:mod:`event_modifiers`),
before a confirmation or a denial the stance lexicon does not list it makes it not confirming
(:mod:`stance_cues`)."""

from __future__ import annotations

from functools import cache

from warta.resources import read_tsv


@cache
def negation_words() -> frozenset[str]:
    """The negation words of every language, loaded once per process (read-only)."""
    return frozenset(row["word"] for row in read_tsv("negation_words.tsv"))
