"""Timex 16: weekdays listed after a weekly one are weekly too ("setiap Senin, Rabu dan Sabtu"),
while a weekday that says which one ("Rabu lalu") or stands in another clause keeps its day. Every
sentence here is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from warta.article.timex import find_timexes

FRIDAY = dt.date(2017, 9, 15)


def _found(text: str, lang: str = "id") -> list[tuple[str, str, str | None]]:
    return [(s.text, s.type, s.value) for s in find_timexes(text, FRIDAY, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kursus menjahit dibuka setiap Senin, Rabu dan Sabtu.",
         [("setiap Senin", "SET", "XXXX-WXX-1"), ("Rabu", "SET", "XXXX-WXX-3"), ("Sabtu", "SET", "XXXX-WXX-6")]),
        ("Pasar hewan ramai tiap Selasa dan Jumat sore.",
         [("tiap Selasa", "SET", "XXXX-WXX-2"), ("Jumat sore", "SET", "XXXX-WXX-5TAF")]),
        ("The ferry sails every Monday or Thursday.",
         [("every Monday", "SET", "XXXX-WXX-1"), ("Thursday", "SET", "XXXX-WXX-4")]),
    ],
)
def test_weekdays_listed_after_a_weekly_one_are_weekly(text: str, expected: list[tuple[str, str, str]]) -> None:
    lang = "en" if text.startswith("The") else "id"
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Kursus dibuka setiap Senin dan Rabu lalu ruangnya dicat.", ("Rabu lalu", "DATE", "2017-09-13")),
        ("Kursus dibuka setiap Senin, tetapi Rabu ruangnya dicat.", ("Rabu", "DATE", "2017-09-13")),
        ("Kursus dibuka setiap Senin. Rabu ruangnya dicat.", ("Rabu", "DATE", "2017-09-13")),
    ],
)
def test_a_weekday_outside_the_list_keeps_its_day(text: str, day: tuple[str, str, str]) -> None:
    assert _found(text)[1] == day
