"""Events, third recall round: lists of three, lexicon gaps, agents and targets the sentence implies."""

from __future__ import annotations

from tests.test_events_context import code, sides


def test_a_list_of_three_with_a_comma_before_dan_gives_each_member() -> None:
    events = code("Rapat itu dihadiri Menteri Perdagangan Budi Santoso, Gubernur Bali Wayan Koster, "
                  "dan Kepala Bulog Arif Halim.")
    attendees = [source or "" for source, _ in sides(events, "CONSULT")]
    assert len(attendees) == 3
    assert any("Arif Halim" in s for s in attendees) and any("Wayan Koster" in s for s in attendees)
