"""Page-level list signals of the line model: numbered sequences and list-page shares."""

from __future__ import annotations

import pytest

from warta.article.linefeatures import features
from warta.article.linelists import list_columns, numbered_sequences
from warta.article.linemodel import PRIOR_OPEN, LineInput, _vote_numbered

GIFTS = [
    "Menjelang akhir tahun, toko daring menurunkan harga banyak mainan anak.",
    "1) Set balok susun kapal luar angkasa",
    "http://contoh.id/a1",
    "2) Lintasan mobil balap listrik",
    "http://contoh.id/b2",
    "3) Boneka penari dengan lampu",
    "http://contoh.id/c3",
]


def open_inputs(texts: list[str]) -> list[LineInput]:
    return [LineInput(text, features(text, None), "short", False, PRIOR_OPEN) for text in texts]


def test_numbered_items_with_links_between_are_one_sequence() -> None:
    assert numbered_sequences(GIFTS, [True] * len(GIFTS)) == [[1, 3, 5]]


def test_a_countdown_is_a_sequence_too() -> None:
    texts = ["10. Kota A", "9. Kota B", "8. Kota C"]
    assert numbered_sequences(texts, [True] * 3) == [[0, 1, 2]]


def test_numbers_that_do_not_count_are_no_list() -> None:
    # A club and a league ("1. FC …", "2. Liga") open lines with numbers but count nothing.
    texts = ["1. FC Kota Lama menang lagi", "2. Liga dimulai pekan depan", "5. Babak baru"]
    assert numbered_sequences(texts, [True] * 3) == []


def test_items_the_rules_closed_or_far_apart_break_the_sequence() -> None:
    assert numbered_sequences(GIFTS, [True, True, True, False, True, True, True]) == []
    far = ["1) A", *["teks"] * 13, "2) B", "3) C"]
    assert numbered_sequences(far, [True] * len(far)) == []


def test_list_columns_mark_items_their_span_and_the_short_share_of_the_region() -> None:
    words = [len(text.split()) for text in GIFTS]
    share, short, run, items, span, total = list_columns(GIFTS, [True] * 7, words, (0, 7), [0] * 7)
    assert share[0] == 3 / 7  # the three links are one word each
    assert short[2] == 3 / 7 and short[0] == 0.0
    assert items == [0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0]
    assert span == [0.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.0]
    assert total[0] > 1.0 and run == [0.0] * 7


def test_a_numbered_list_under_a_kept_lead_is_kept_whole() -> None:
    keep = [True, False, False, True, False, False, False]
    scores = [0.9, 0.3, 0.2, 0.8, 0.2, 0.1, 0.01]
    # The last link scores under the weak threshold: it stays out.
    assert _vote_numbered(keep, scores, open_inputs(GIFTS), 0.05) == [True] * 6 + [False]


def test_a_numbered_list_under_a_dropped_line_keeps_its_verdicts() -> None:
    texts = ["Terpopuler", *GIFTS[1:]]
    keep = [False, False, False, True, False, False, False]
    assert _vote_numbered(keep, [0.1] * 7, open_inputs(texts), 0.05) == keep


def test_switched_on_the_list_signal_adds_its_columns_to_every_stage_two_row(monkeypatch: pytest.MonkeyPatch) -> None:
    from warta.article import linemodel
    from warta.article.linelists import LIST_NAMES

    lines = open_inputs(GIFTS)
    stage1 = [[0.0] * len(linemodel.stage1_names()) for _ in lines]
    scores = [0.9, 0.3, 0.2, 0.8, 0.2, 0.1, 0.01]
    monkeypatch.setattr(linemodel, "LIST_SIGNAL", False)
    plain = linemodel.stage2_rows(stage1, scores, lines)
    assert len(plain[0]) == len(linemodel.stage2_names())
    monkeypatch.setattr(linemodel, "LIST_SIGNAL", True)
    listed = linemodel.stage2_rows(stage1, scores, lines)
    assert len(listed[0]) == len(plain[0]) + len(LIST_NAMES) == len(linemodel.stage2_names())
    assert [row[:len(plain[0])] for row in listed] == plain
    assert [row[len(plain[0]) + 3] for row in listed] == [0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0]
