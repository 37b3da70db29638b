"""Third acceptance run: a retelling naming its source by display name counts as that source."""

from __future__ import annotations

from tests.test_claims import A1, A3, matrix, meeting


def test_a_retelling_naming_the_outlet_as_written_is_no_independent_confirmation() -> None:
    retold = A3.model_copy(update={"retold_from": ["Warta Nusantara"]})
    claims = matrix([A1, retold], [meeting("a1-v1", A1), meeting("a3-v1", retold)], []).claims
    assert [c.verdict for c in claims] == ["unconfirmed"]


def test_a_retelling_of_another_outlet_still_counts_apart_from_the_first() -> None:
    retold = A3.model_copy(update={"retold_from": ["Kabar Harian"]})
    claims = matrix([A1, retold], [meeting("a1-v1", A1), meeting("a3-v1", retold)], []).claims
    assert [c.verdict for c in claims] == ["confirmed"]
