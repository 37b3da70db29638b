"""The canonicalisation gold set and its scorer."""

from __future__ import annotations

from warta.bench.entities import GoldArticle, load_gold, pairwise, parse_marked


def test_marks_are_stripped_with_offsets() -> None:
    gold = parse_marked("x", "Kata [Lavrov]{lavrov} di [Moskow]{moskow}.")
    assert gold.text == "Kata Lavrov di Moskow."
    assert [(gold.text[s:e], c) for s, e, c in gold.mentions] == [("Lavrov", "lavrov"), ("Moskow", "moskow")]


def test_gold_set_size() -> None:
    gold = load_gold()
    assert len(gold) >= 30
    assert sum(len(a.mentions) for a in gold) >= 150


def test_pairwise_scores() -> None:
    gold = [GoldArticle("a", "A B C", ((0, 1, "x"), (2, 3, "x"), (4, 5, "y")))]
    assert pairwise(gold, {("a", 0, 1): "e1", ("a", 2, 3): "e1", ("a", 4, 5): "e2"}) == (1.0, 1.0)
    precision, recall = pairwise(gold, {("a", 0, 1): "e1", ("a", 2, 3): "e1", ("a", 4, 5): "e1"})
    assert (round(precision, 3), recall) == (0.333, 1.0)
    assert pairwise(gold, {("a", 0, 1): "e1"})[1] == 0.0
