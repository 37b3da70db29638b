"""Dates written with a two-digit year, as some news sites write them: "Senin (29/12/14)".

Every sentence here is written for these tests (invented events, ordinary news style).
"""

from __future__ import annotations

import datetime as dt

import pytest

from warta.article.dates import find_dates
from warta.article.timex import find_timexes

ANCHOR = dt.date(2014, 12, 30)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Pencarian dilanjutkan Senin (29/12/14).", dt.date(2014, 12, 29)),
        ("Kapal itu tenggelam pada Minggu, 28/12/14.", dt.date(2014, 12, 28)),
        ("Rapat pertama digelar (5/3/98) di Bandung.", dt.date(1998, 3, 5)),
    ],
)
def test_two_digit_years_beside_a_weekday_or_in_parentheses(text: str, day: dt.date) -> None:
    assert [found.day for found in find_dates(text)] == [day]


@pytest.mark.parametrize("text", ["Pada 29/12/14 ada rapat.", "Nomor surat 1/2/14 hilang.", "Perkara (12/34/56)."])
def test_a_bare_or_impossible_two_digit_year_date_is_no_date(text: str) -> None:
    assert find_dates(text) == []


def test_a_two_digit_year_date_keeps_its_year_and_its_clock_time() -> None:
    found = {s.text: (s.type, s.value) for s in find_timexes("Pesawat hilang Minggu (28/12/14) pukul 07.55 WIB.", ANCHOR)}
    assert found == {"Minggu (28/12/14) pukul 07.55 WIB": ("TIME", "2014-12-28T07:55")}
    older = find_timexes("Jembatan itu diresmikan (5/3/98).", ANCHOR)
    assert [(s.type, s.value) for s in older] == [("DATE", "1998-03-05")]
