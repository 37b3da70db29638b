"""Round 7 of the time expressions: both systems scored on the same gold expressions, Indonesia's
dates of the Islamic feasts, weeks and weekends of a month.

Gold and predictions below are invented; feast dates come from facts (Indonesia's decreed holidays
and its sidang isbat), from the ``holidays`` package's Indonesian calendar called directly, or from
``hijridate``; expected ISO weeks are worked out with ``date.isocalendar``. Sentences are written
for these tests.
"""

from __future__ import annotations

import pytest

from warta.bench.timex import Mark, score, shared_value_accuracy


def _mark(start: int, end: int, value: str | None, kind: str = "DATE") -> Mark:
    return Mark(start, end, kind, value)


# --- one set of expressions for both systems ----------------------------------------------

GOLD_A = (_mark(0, 10, "2023-05-01"), _mark(20, 30, "2023-05"), _mark(40, 50, "P3D", "DURATION"))
GOLD_B = (_mark(0, 8, "2023-06-02"), _mark(12, 20, "PAST_REF"))


def test_only_the_gold_marks_both_systems_match_are_counted() -> None:
    ours = [
        ((_mark(0, 10, "2023-05-01"), _mark(21, 29, "2023-04"), _mark(41, 50, "P3D", "DURATION")), GOLD_A),
        ((_mark(0, 8, "2023-06-02"),), GOLD_B),
    ]
    peer = [
        ((_mark(2, 9, "2023-05-02"), _mark(20, 30, "2023-05")), GOLD_A),  # misses the duration
        ((_mark(12, 20, "PAST_REF"),), GOLD_B),  # misses the date
    ]
    both = shared_value_accuracy(ours, peer, ("warta", "heideltime"))
    # shared: GOLD_A's date and month only (each document's other mark is matched by one system)
    assert both["both_matched_gold"] == 2
    assert both["warta_value_accuracy_both"] == 0.5  # date right, month wrong
    assert both["heideltime_value_accuracy_both"] == 0.5  # date wrong, month right


def test_the_shared_set_differs_from_each_systems_own_matches() -> None:
    ours = [((_mark(0, 10, "2023-05-01"), _mark(20, 30, "2023-05"), _mark(40, 50, "P3D", "DURATION")), GOLD_A)]
    peer = [((_mark(40, 50, "P3D", "DURATION"),), GOLD_A)]  # one match, and it is right
    own_peer = score(peer, "peer")["peer_value_accuracy"]
    both = shared_value_accuracy(ours, peer, ("warta", "heideltime"))
    assert own_peer == 1.0 and both["both_matched_gold"] == 1
    assert both["warta_value_accuracy_both"] == 1.0 == both["heideltime_value_accuracy_both"]


def test_a_system_mark_that_overlaps_two_gold_marks_matches_only_one() -> None:
    gold = (_mark(0, 5, "2023-05-01"), _mark(6, 12, "2023-05-02"))
    ours = [((_mark(0, 12, "2023-05-01"),), gold)]  # one long mark over both: matches the larger overlap
    peer = [((_mark(0, 5, "2023-05-01"), _mark(6, 12, "2023-05-02")), gold)]
    both = shared_value_accuracy(ours, peer, ("warta", "heideltime"))
    assert both["both_matched_gold"] == 1


def test_values_are_compared_in_one_spelling_and_nothing_shared_scores_zero() -> None:
    gold = (_mark(0, 10, "2014-12-5"),)
    ours = [((_mark(0, 10, "2014-12-05"),), gold)]
    assert shared_value_accuracy(ours, ours, ("a", "b"))["a_value_accuracy_both"] == 1.0
    nothing = [((), gold)]
    assert shared_value_accuracy(ours, nothing, ("a", "b")) == {
        "both_matched_gold": 0, "a_value_accuracy_both": 0.0, "b_value_accuracy_both": 0.0}  # fmt: skip


def test_different_gold_for_the_two_systems_is_refused() -> None:
    with pytest.raises(ValueError, match="different gold"):
        shared_value_accuracy([((), GOLD_A)], [((), GOLD_B)], ("a", "b"))
