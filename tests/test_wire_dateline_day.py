"""A wire's dateline with its month and day ("JAKARTA, June 7 (Reuters) -"): outlet, lead, and a
day read only when the year can be estimated (own sentences)."""

from __future__ import annotations

import pytest

from warta.api import analyze_text
from warta.article.datelines import wire_month_day
from warta.article.outlet import find_lead

BODY = ("The port authority said on Tuesday that two new cranes at the container terminal in "
        "Makassar would start work before the end of the month.")


@pytest.mark.parametrize(("lead", "place", "outlet", "day"), [
    ("MAKASSAR, March 14 (Reuters) - ", "MAKASSAR", "Reuters", "March 14"),
    ("MAKASSAR, Sept. 3 (Reuters) - ", "MAKASSAR", "Reuters", "Sept. 3"),
    ("Makassar, 14 Maret (ANTARA) - ", "Makassar", "ANTARA", "14 Maret"),
    ("Makassar, 14/3 (ANTARA) - ", "Makassar", "ANTARA", "14/3"),
    ("MAKASSAR (Reuters) - ", "MAKASSAR", "Reuters", None),
])
def test_the_wire_day_between_place_and_outlet_keeps_the_lead(lead: str, place: str, outlet: str,
                                                              day: str | None) -> None:
    found = find_lead(lead + BODY)
    assert found is not None
    assert (found.place, found.outlet, found.day) == (place, outlet, day)
    assert found.end == len(lead)


def test_a_year_in_the_dateline_is_no_wire_day() -> None:
    assert find_lead("Makassar, 2019 (ANTARA) - " + BODY) is None


@pytest.mark.parametrize(("day", "month_day"), [
    ("March 14", (3, 14)), ("Sept. 3", (9, 3)), ("14 Maret", (3, 14)), ("3 Des", (12, 3)), ("14/3", (3, 14)),
])
def test_month_and_day_are_read_in_either_order(day: str, month_day: tuple[int, int]) -> None:
    assert wire_month_day(day) == month_day


def test_the_article_gets_the_outlet_and_the_lead_is_no_body_text() -> None:
    article = analyze_text("Cranes to start work in Makassar port\n\nMAKASSAR, March 14 (Reuters) - " + BODY)
    assert article.outlet == "reuters" and article.outlet_source == "lead"
    assert article.dateline == "Makassar"


def test_no_year_to_estimate_gives_no_date() -> None:
    article = analyze_text("Cranes to start work in Makassar port\n\nMAKASSAR, March 14 (Reuters) - " + BODY)
    assert article.published is None
    assert "W-META-102" in [error.code for error in article.errors]


def test_with_a_year_to_estimate_the_stated_day_is_taken_and_called_an_estimate() -> None:
    body = BODY.replace("end of the month", "end of the month, after a test run in February 2021")
    article = analyze_text("Cranes to start work in Makassar port\n\nMAKASSAR, March 14 (Reuters) - " + body)
    assert article.published == "2021-03-14"
    assert article.published_source == "estimated"
    assert article.published_window is not None and article.published_window[0] <= "2021-03-14"
    [warning] = [error for error in article.errors if error.code == "W-META-101"]
    assert "March 14" in warning.message and "year estimated" in warning.message
