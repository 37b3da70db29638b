"""The shared dateline shapes (warta.article.datelines) and the lead finder that reads them."""

from __future__ import annotations

import pytest

from warta.article.datelines import (
    CAPITALISED_LEAD,
    CAPITALS_BEFORE_DASH,
    CAPITALS_DATELINE,
    MIXED_CASE_DATELINE,
    PARAGRAPH_DATELINE,
    ends_dateline,
    without_dash_opening,
)
from warta.article.outlet import find_lead


@pytest.mark.parametrize(("text", "outlet", "place"), [
    ("GOLD COAST, JUARA.net-Tim bulu tangkis putri melaju ke final.", "JUARA.net", "GOLD COAST"),
    ("MEDAN, Warta.co.id-Harga cabai naik lagi pekan ini.", "Warta.co.id", "MEDAN"),
    ("JAKARTA, KOMPAS.com - Hujan turun sejak pagi.", "KOMPAS.com", "JAKARTA"),
    ("Palu (ANTARA) - Jembatan baru dibuka hari ini.", "ANTARA", "Palu"),
])
def test_a_place_first_lead_gives_its_outlet_and_place(text: str, outlet: str, place: str) -> None:
    lead = find_lead(text)
    assert lead is not None
    assert (lead.outlet, lead.place) == (outlet, place)
    assert text[lead.end].isupper()  # the lead ends where the report's first word starts


def test_a_name_glued_by_a_hyphen_after_the_place_is_no_lead() -> None:
    # Two names joined by a hyphen are a pair, not an outlet and its dash.
    assert find_lead("BOGOR, Anies-Sandi bertemu warga di pasar.") is None


def test_a_capitals_dateline_gives_the_place() -> None:
    match = CAPITALS_DATELINE.match("SURABAYA - Banjir surut.")
    assert match is not None and match.group("place") == "SURABAYA"
    assert CAPITALS_DATELINE.match("Surabaya - Banjir surut.") is None


def test_a_mixed_case_dateline_gives_the_place() -> None:
    match = MIXED_CASE_DATELINE.match("Kota Batu - Wisatawan memadati alun-alun.")
    assert match is not None and match.group("place") == "Kota Batu"
    assert MIXED_CASE_DATELINE.match("Kota Batu ramai - Wisatawan") is None


def test_a_short_dash_opening_is_left_out() -> None:
    assert without_dash_opening("Pangkalan Bun, Selasa (6/1/2015) - Hujan deras turun.") == "Hujan deras turun."
    # A sentence end before the dash: the text opens with a sentence, not a dateline.
    said = "Ia pulang. Lalu - katanya - Ia tidur."
    assert without_dash_opening(said) == said


def test_a_capitalised_lead_names_place_and_outlet() -> None:
    match = CAPITALISED_LEAD.match("SEMARANG, Kabar Kota - Pasar dibuka.")
    assert match is not None and match.group() == "SEMARANG, Kabar Kota - "


@pytest.mark.parametrize("text", ["Palu, Kabar Sulawesi -- Warga", "Tokyo (ANTARA News) - Jepang", "Rimanews - Seorang"])
def test_a_paragraph_dateline_ends_at_its_dash(text: str) -> None:
    match = PARAGRAPH_DATELINE.match(text)
    assert match is not None and text[match.end()].isupper() and "-" not in text[match.end():]


def test_a_spaced_hyphen_in_a_name_is_no_paragraph_dateline() -> None:
    assert PARAGRAPH_DATELINE.match("Abu Salim Al - Hadi berkata") is None


def test_an_english_capitals_dateline_ends_at_its_dash() -> None:
    text = "BOSTON ― The mayor said"
    match = CAPITALS_BEFORE_DASH.match(text)
    assert match is not None and text[match.end():] == "The mayor said"


@pytest.mark.parametrize(("token", "ends"), [("Suara.com", True), ("JAKARTA", True), (")", True),
                                             ("demokrasi", False), ("Jakarta", False)])
def test_a_token_that_closes_a_dateline(token: str, ends: bool) -> None:
    assert ends_dateline(token) is ends
