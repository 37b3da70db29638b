"""A clock time later than the publication itself lies on the day before, unless it is a plan.

Fictional articles, written for these tests.
"""

from __future__ import annotations

from typing import Any

from warta.api import analysis_of, analyze_docs
from warta.ingest.records import new_doc
from warta.options import Options

HEAD = "Kabar Selatan\nKebakaran Pasar Induk Kota\n{date}\n\n"
TAIL = " Petugas pemadam kebakaran mengerahkan enam unit mobil ke lokasi kejadian.\n"


def _values(validate: Any, sentence: str, date: str = "Jumat, 07 Juli 2023 - 09:10 WIB") -> dict[str, str | None]:
    text = HEAD.format(date=date) + sentence + TAIL
    analysis = analysis_of(analyze_docs([new_doc("x.txt", text.encode(), "txt")], Options()))
    validate(analysis)
    return {t.text: t.value for t in analysis.timexes}


def test_an_evening_clock_in_a_morning_article_is_yesterday_evening(validate: Any) -> None:
    found = _values(validate, "Kebakaran melanda pasar induk pukul 18.06 WIB dan api padam sejam kemudian.")
    assert found["pukul 18.06 WIB"] == "2023-07-06T18:06"


def test_a_clock_before_publication_and_a_planned_one_keep_the_day(validate: Any) -> None:
    assert _values(validate, "Kebakaran melanda pasar induk pukul 07.30 WIB dan api padam sejam kemudian.")["pukul 07.30 WIB"] \
        == "2023-07-07T07:30"
    planned = _values(validate, "Sidang putusan akan digelar pukul 13.00 WIB di ruang utama pengadilan negeri.")
    assert planned["pukul 13.00 WIB"] == "2023-07-07T13:00"


def test_a_publication_day_without_a_time_changes_nothing(validate: Any) -> None:
    found = _values(validate, "Kebakaran melanda pasar induk pukul 18.06 WIB dan api padam sejam kemudian.",
                    date="Jumat (7/7/2023)")
    assert found["pukul 18.06 WIB"] == "2023-07-07T18:06"
