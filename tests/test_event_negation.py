"""Negation of coded events: fixed phrases that open with a negation word but affirm."""

from __future__ import annotations

from warta.article.event_lexicon import tokenize
from warta.article.event_modifiers import is_negated


def _negated(sentence: str, trigger: str) -> bool:
    tokens = tokenize(sentence)
    first = next(i for i, t in enumerate(tokens) if t.low == trigger)
    return is_negated(tokens, first)


def test_soon_after_is_no_negation() -> None:
    assert not _negated("Tak lama setelahnya polisi menahan tersangka itu.", "menahan")
    assert not _negated("Tidak lama kemudian tentara menyerang pos itu.", "menyerang")


def test_not_only_affirms_the_act() -> None:
    assert not _negated("Mereka tidak hanya mengecam keputusan itu.", "mengecam")


def test_a_plain_negation_still_negates() -> None:
    assert _negated("Polisi tidak menahan tersangka itu.", "menahan")
    assert _negated("Tentara belum lama ini tidak menyerang desa itu.", "menyerang")
