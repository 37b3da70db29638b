"""Summary sentences that open with a relative day ("Hari ini, …") show the day they mean."""

from __future__ import annotations

import datetime as dt

import pytest

from warta.api import analysis_of, analyze_docs
from warta.corpus.summary_days import shown_day
from warta.document import Hints
from warta.ingest.records import new_doc
from warta.models import Analysis
from warta.options import Options

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def date_line(day: dt.date) -> str:
    return f"{WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year} 08:30 WIB"


def written(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def swearing_in(line: str) -> str:
    return f"""Wali Kota Baru Dilantik

{line}

Hari ini, wali kota terpilih Kota Tanjung Harapan akan dilantik oleh gubernur di gedung dewan kota.

Pelantikan itu dihadiri ratusan undangan dari berbagai daerah di provinsi tersebut.

Wali kota terpilih berjanji memperbaiki jalan dan pasar tradisional dalam seratus hari kerja.
"""


def run(*texts: str, size: int = 3) -> Analysis:
    docs = []
    for number, text in enumerate(texts, 1):
        doc = new_doc(f"a{number}.txt", text.encode("utf-8"), "txt", Hints())
        doc.article.id = f"a{number}"
        docs.append(doc)
    options = Options(summary_sentences=size)
    return analysis_of(analyze_docs(docs, options), options=options)


def opening(analysis: Analysis) -> list[str]:
    return [s.sentence for s in analysis.summary if s.sentence.startswith("Hari ini")]


def test_a_dated_article_s_relative_opener_carries_its_day_in_brackets() -> None:
    day = dt.date(2019, 3, 12)
    analysis = run(swearing_in(date_line(day)))
    assert analysis.articles[0].published_source == "dateline"
    (sentence,) = opening(analysis)
    assert sentence.startswith(f"Hari ini [{written(day)}], wali kota terpilih")
    # the words as written, only the bracket added
    assert sentence.replace(f" [{written(day)}]", "") in analysis.articles[0].body


def test_an_undated_article_s_relative_opener_is_left_out_when_others_can_stand() -> None:
    analysis = run(swearing_in(""), size=2)
    assert analysis.articles[0].published_source != "dateline"
    assert len(analysis.summary) == 2
    assert not opening(analysis)
    assert not any("[" in s.sentence for s in analysis.summary)


def test_with_too_few_other_sentences_it_is_kept_as_written() -> None:
    analysis = run(swearing_in(""), size=3)
    assert opening(analysis) == [next(s for s in analysis.articles[0].body.split("\n\n")
                                      if s.startswith("Hari ini"))]


def test_a_written_date_at_the_start_is_not_bracketed() -> None:
    day = dt.date(2019, 3, 12)
    text = swearing_in(date_line(day)).replace("Hari ini,", "Selasa (12/3),")
    analysis = run(text)
    assert not any("[" in s.sentence for s in analysis.summary)


def test_story_summaries_show_the_day_too() -> None:
    day = dt.date(2019, 3, 12)
    analysis = run(swearing_in(date_line(day)))
    story_sentences = [s.sentence for story in analysis.stories for s in story.summary]
    assert any(s.startswith(f"Hari ini [{written(day)}]") for s in story_sentences)


@pytest.mark.parametrize(("value", "language", "shown"), [
    ("2017-09-14", "id", "14 September 2017"),
    ("2017-08-13TNI", "id", "13 Agustus 2017"),
    ("2017-05", "en", "May 2017"),
    ("2017-W38", "id", "18–24 September 2017"),
    ("2017-W35", "id", "28 Agustus – 3 September 2017"),
    ("2020-W53", "en", "28 December 2020 – 3 January 2021"),
    ("P3D", "id", None),
    ("PRESENT_REF", "id", None),
    (None, "id", None),
])
def test_shown_day(value: str | None, language: str, shown: str | None) -> None:
    assert shown_day(value, language) == shown
