"""English (timex round 16): plans told with a state ("is expected Monday", "are due Friday") look
ahead; "midnight", four-digit clock times before a zone ("0800 UTC") and weekday abbreviations with a
full stop ("Thurs.") are read. Every sentence here is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from warta.article.timex import find_timexes

FRIDAY = dt.date(2017, 10, 20)  # the anchor: Friday 20 October 2017


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(span.text, span.value) for span in find_timexes(text, FRIDAY, "en")]


@pytest.mark.parametrize(
    "text",
    [
        "A verdict in the zoning case is expected Monday.",
        "Tax figures are due Monday, the agency said.",
        "The envoy is set to arrive on Monday.",
        "The two ministers are expected to sign the accord Monday.",
        "The ferry line plans to resume service on Monday.",
        "The vote is slated for Monday.",
    ],
)
def test_a_plan_told_with_a_state_is_the_next_weekday(text: str) -> None:
    assert _found(text) == [("Monday", "2017-10-23")]


@pytest.mark.parametrize(
    "text",
    [
        "Orchard exports fell more than expected on Monday.",
        "The bridge closed due to flooding on Monday.",
        "The envoy was expected to land on Monday but stayed home.",
    ],
)
def test_reports_of_the_past_keep_the_weekday_gone(text: str) -> None:
    assert _found(text) == [("Monday", "2017-10-16")]


def test_midnight_is_the_night_of_its_day() -> None:
    assert _found("The curfew started at midnight.") == [("midnight", "2017-10-20TNI")]
    assert _found("The strike began at midnight Tuesday.")[0] == ("midnight", "2017-10-17TNI")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At 0800 UTC the port reopened.", ("0800 UTC", "2017-10-20T08:00")),
        ("Trading halted at 1430 GMT.", ("1430 GMT", "2017-10-20T14:30")),
        ("The rally ended at 2000 GMT.", ("2000 GMT", "2017-10-20T20:00")),
    ],
)
def test_four_digits_before_a_zone_are_a_clock_time(text: str, expected: tuple[str, str]) -> None:
    assert _found(text) == [expected]


def test_four_digits_without_a_zone_stay_numbers() -> None:
    assert _found("The firm hired 0800 staff and 0930 drivers.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council voted Thurs. on the levy.", [("Thurs.", "2017-10-19")]),
        ("The mill closed Tues., the owner said.", [("Tues.", "2017-10-17")]),
        ("Pickets stood there Mon. and Wed. this week.", [("Mon.", "2017-10-16"), ("Wed.", "2017-10-18"),
                                                          ("this week", "2017-W42")]),
    ],
)
def test_weekday_abbreviations_with_a_full_stop(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_sat_and_sun_and_lower_case_words_are_no_days() -> None:
    assert _found("The cat sat. The Sun. The thurs. note.") == []


MONDAY = dt.date(2009, 2, 23)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The copper index slid 2% to end the day at 410.", [("the day", "2009-02-23")]),
        ("Grain futures finished the day slightly higher.", [("the day", "2009-02-23")]),
        ("The fund ended the year with a small gain.", [("the year", "2009")]),
        ("Timber stocks fell on Friday and ended the week lower.", [("Friday", "2009-02-20"), ("the week", "2009-W08")]),
    ],
)
def test_a_span_a_market_report_closes_is_the_narratives_own(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.text, s.value) for s in find_timexes(text, MONDAY, "en")] == expected


def test_a_day_after_or_before_something_is_not_closed() -> None:
    assert [s.text for s in find_timexes("The walkout ended the day after the ballot.", MONDAY, "en")] == []
    found = [(s.text, s.value) for s in find_timexes("The ballot is the day after tomorrow.", MONDAY, "en")]
    assert found == [("the day after tomorrow", "2009-02-25")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rupiah firmed after five straight days of losses.", [("five straight days", "P5D")]),
        ("The region grew for three consecutive quarters.", [("three consecutive quarters", "P3Q")]),
    ],
)
def test_a_run_of_units_is_a_duration(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.text, s.value) for s in find_timexes(text, MONDAY, "en")] == expected


def test_should_be_looks_ahead() -> None:
    june = dt.date(2009, 6, 5)
    ahead = [(s.text, s.value) for s in find_timexes("The merger should be finished in October.", june, "en")]
    gone = [(s.text, s.value) for s in find_timexes("The merger was finished in October.", june, "en")]
    assert ahead == [("October", "2009-10")] and gone == [("October", "2008-10")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Palm oil rose at the open before slipping later in the day.", ("the day", "2009-02-23")),
        ("Earlier in the week, the central bank held rates.", ("the week", "2009-W09")),
        ("For the day, the rupiah lost 0.4 percent.", ("the day", "2009-02-23")),
    ],
)
def test_the_span_inside_which_a_report_moves_is_the_narratives_own(text: str, expected: tuple[str, str]) -> None:
    assert [(s.text, s.value) for s in find_timexes(text, MONDAY, "en")] == [expected]


def test_a_preposition_before_the_day_in_mid_sentence_is_no_such_span() -> None:
    assert find_timexes("He kept the receipt for the day trip.", MONDAY, "en") == []


def test_is_to_be_looks_ahead_but_is_to_blame_does_not() -> None:
    assert _found("The verdict is to be read on Monday.") == [("Monday", "2017-10-23")]
    assert _found("Who is to blame for Monday's blackout?") == [("Monday", "2017-10-16")]
