"""English date forms (timex round 15): a weekday with its date, abbreviated months with ordinals,
"the 12th", "mid-October", possessives, month-first slashed dates, US zones, a headline's weekday.
Every sentence here is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from warta.article.timex import find_timexes

FRIDAY = dt.date(2017, 10, 20)  # the anchor: Friday 20 October 2017


def _found(text: str, lang: str = "en", anchor: dt.date = FRIDAY) -> list[tuple[str, str | None]]:
    return [(span.text, span.value) for span in find_timexes(text, anchor, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board met on Monday, Oct. 16, to vote.", [("Monday, Oct. 16", "2017-10-16")]),
        ("The board met Monday (Oct 16) to vote.", [("Monday (Oct 16)", "2017-10-16")]),
        ("The board met Thursday (Oct. 12, 2017) to vote.", [("Thursday (Oct. 12, 2017)", "2017-10-12")]),
        ("The ferry sailed Tuesday, October 3rd, at dawn.", [("Tuesday, October 3rd", "2017-10-03")]),
        ("The ferry sailed on Sunday, Jan. 8, 2017.", [("Sunday, Jan. 8, 2017", "2017-01-08")]),
    ],
)
def test_weekday_and_its_date_are_one_expression(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The levy ends Dec. 3rd.", [("Dec. 3rd", "2017-12-03")]),
        ("The levy ended the 2nd of October.", [("the 2nd of October", "2017-10-02")]),
        ("The levy ended on the 12th, as planned.", [("the 12th", "2017-10-12")]),
        ("The mill shut in mid-October and reopened in mid-2016.", [("mid-October", "2017-10"), ("mid-2016", "2016")]),
        ("Sales rose in spring and fell in Autumn.", [("spring", "2017-SP"), ("Autumn", "2017-FA")]),
        ("Its third-quarter profit beat last year's.", [("third-quarter", "2017-Q3"), ("last year", "2016")]),
    ],
)
def test_english_calendar_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_the_ordinal_needs_a_preposition_and_no_noun_after_it() -> None:
    assert _found("She finished the 12th lap first.") == []
    assert _found("The office is on the 5th floor.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Monday's vote was close.", [("Monday", "2017-10-16")]),
        ("This year's harvest is late, unlike 2016's.", [("This year", "2017"), ("2016", "2016")]),
        ("Yesterday's storm cut power.", [("Yesterday", "2017-10-19")]),
        ("They met on New Year's Day.", [("New Year's Day", "2017-01-01")]),
    ],
)
def test_possessive_time_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_slashed_dates_are_month_first_in_english_and_day_first_in_indonesian() -> None:
    assert _found("The deal closed on 10/12/2017 in Ohio.") == [("10/12/2017", "2017-10-12")]
    assert _found("Kesepakatan diteken pada 10/12/2017 di Bogor.", "id") == [("10/12/2017", "2017-12-10")]
    # a first number that cannot be a month leaves the date as written
    assert _found("The deal closed on 25/12/2016 in Ohio.") == [("25/12/2016", "2016-12-25")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trading opens at 9:30 a.m. ET on Monday.", "9:30 a.m. ET"),
        ("The launch is at 3 p.m. Pacific time.", "3 p.m. Pacific time"),
        ("The rescue began at 4:10 a.m. local time.", "4:10 a.m. local time"),
    ],
)
def test_us_zones_join_the_clock_time(text: str, expected: str) -> None:
    assert _found(text)[0][0] == expected


def test_a_headline_weekday_is_not_the_date_line_under_it() -> None:
    text = "Port to stay shut until Friday\n\nOctober 19, 2017\n\nThe port will stay shut, officials said."
    assert _found(text, anchor=dt.date(2017, 10, 19)) == [("Friday", "2017-10-20"), ("October 19, 2017", "2017-10-19")]


def test_indonesian_keeps_its_weekday_beside_a_date() -> None:
    assert _found("Rapat digelar Senin (16/10/2017) di Bogor.", "id") == [("Senin (16/10/2017)", "2017-10-16")]
    assert _found("Kuartal pertama dan kedua tahun depan.", "id") == [
        ("Kuartal pertama", "2018-Q1"), ("kedua tahun depan", "2018-Q2")
    ]


def test_two_digit_years_in_running_english_text() -> None:
    assert _found("The mayor was sworn in on 7/8/07 in the city hall.") == [("7/8/07", "2007-07-08")]
    assert _found("The bridge opened 2/14/97 to traffic.") == [("2/14/97", "1997-02-14")]
    # a ratio or a decimal is no date
    assert _found("The mix was 3/4/5 by weight.") == []
    assert _found("Kesepakatan diteken 7/8/07 di Bogor.", "id") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The polls close at noon.", [("noon", "2017-10-20T12:00")]),
        ("The ship docked on Monday, Oct. 16, and left at night.", [("Monday, Oct. 16", "2017-10-16"), ("night", "2017-10-16TNI")]),
        ("The fire started in the morning.", [("the morning", "2017-10-20TMO")]),
    ],
)
def test_a_day_part_after_a_preposition(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a verb of saying in the past before the weekday: the day of the telling, though what was
        # told looks ahead
        ("The insurer announced Saturday that it will raise its fees.", "2017-10-14"),
        ("The mayor said on Thursday the road will reopen.", "2017-10-19"),
        # no verb of saying before it: the statement's future decides
        ("The road will reopen Saturday.", "2017-10-21"),
    ],
)
def test_a_weekday_after_a_verb_of_saying_is_the_day_it_was_said(text: str, value: str) -> None:
    assert _found(text)[0][1] == value


def test_a_month_of_next_or_last_year() -> None:
    assert _found("The plant will close after March of next year.") == [("March of next year", "2018-03")]
    assert _found("The plant closed in June of last year.") == [("June of last year", "2016-06")]


def test_a_half_of_a_year_needs_its_year() -> None:
    assert _found("Exports grew in the first half of 2016.") == [("the first half of 2016", "2016-H1")]
    assert _found("Exports fell in the second half of last year.") == [("the second half of last year", "2016-H2")]
    assert _found("In the second half, the visitors scored twice.") == []  # a match's half
