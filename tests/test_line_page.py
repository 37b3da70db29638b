"""Page-relative signals of the line model (warta.article.linepage)."""

from __future__ import annotations

import pytest

from warta.article import linemodel
from warta.article.linefeatures import features
from warta.article.linemodel import PRIOR_OPEN, LineInput, stage1_names, stage1_rows
from warta.article.linepage import PAGE_NAMES, page_columns


def test_a_line_is_measured_against_the_good_lines_of_its_page() -> None:
    rows = page_columns([2.0, 0.0, -1.0], [0.8, 0.4, 0.1], [0.5, 0.3, 0.1], [True, True, False])
    # The good lines' level: log-odds 1.0, stop-word density 0.4, coverage 0.6.
    assert rows[2] == pytest.approx([-2.0, -0.3, 0.6])
    assert rows[0] == pytest.approx([1.0, 0.1, 0.6])


def test_the_same_line_reads_alike_on_a_page_the_lexicon_scores_low() -> None:
    # Every score shifted down by three (a language the lexicon hardly knows): the same gaps.
    familiar = page_columns([2.0, 0.0, -1.0], [0.9] * 3, [0.4] * 3, [True, True, False])
    foreign = page_columns([-1.0, -3.0, -4.0], [0.1] * 3, [0.4] * 3, [True, True, False])
    assert [row[0] for row in foreign] == pytest.approx([row[0] for row in familiar])
    assert foreign[0][2] < familiar[0][2]


def test_a_page_without_good_lines_is_measured_against_all_of_them() -> None:
    rows = page_columns([1.0, -1.0], [0.5, 0.5], [0.2, 0.4], [False, False])
    assert [row[0] for row in rows] == pytest.approx([1.0, -1.0])
    assert page_columns([], [], [], []) == []


def test_switched_on_the_page_signals_end_every_stage_one_row(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["The ferry left the harbour at dawn with forty passengers on board today.", "Share this page"]
    lines = [LineInput(text, features(text, None), shape, shape == "good", PRIOR_OPEN)
             for text, shape in zip(texts, ("good", "short"), strict=True)]
    lexical = [(1.5, 0.9), (-2.0, 1.0)]
    monkeypatch.setattr(linemodel, "PAGE_RELATIVE", False)
    without = stage1_rows(lines, False, lexical)
    monkeypatch.setattr(linemodel, "PAGE_RELATIVE", True)
    with_page = stage1_rows(lines, False, lexical)
    assert stage1_names()[-len(PAGE_NAMES):] == list(PAGE_NAMES)
    assert len(with_page[0]) == len(without[0]) + len(PAGE_NAMES) == len(stage1_names())
    assert with_page[1][-len(PAGE_NAMES):] == pytest.approx([-3.5, 0.0, 0.9])
