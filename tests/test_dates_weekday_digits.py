"""Timex 16: in the publication-date estimate a weekday that disagrees with its date never moves
the written day or month (the digits win, as in the timex grammar); only a year off by one that the
weekday fits is repaired (tests/test_dates.py, a Kompas development article's mistyped year)."""

from __future__ import annotations

import datetime as dt

import pytest

from warta.article.dates import estimate_published


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # 12 October 2017 was a Thursday; no Monday 12 October in 2016 or 2018 either
        ("Panitia lomba perahu menggelar rapat pada Senin (12/10/2017) di balai desa.", dt.date(2017, 10, 12)),
        # 3 March 2019 was a Sunday; Friday 3 March is neither 2018 nor 2020
        ("Warga memanen padi pada Jumat (3/3/2019) di sawah tadah hujan.", dt.date(2019, 3, 3)),
    ],
)
def test_a_weekday_never_moves_the_written_day_or_month(text: str, day: dt.date) -> None:
    estimate = estimate_published(text)
    assert estimate is not None and estimate.value == day


def test_a_weekday_that_fits_only_the_next_year_repairs_the_year() -> None:
    # Thursday fits 11 December 2014, not 2013: a year typed a year behind
    estimate = estimate_published("Bursa ditutup menguat hari ini, Kamis (11/12/2013), kata pialang.")
    assert estimate is not None and estimate.value == dt.date(2014, 12, 11)
