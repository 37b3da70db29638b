"""An untitled article is headed by its first words, marked as an estimate, never by its path."""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.web_analysis import full_analysis
from warta.models import Analysis, Article
from warta.web.headings import TITLE_WORDS, article_heading, article_name
from warta.web.pages import router
from warta.web.reader import AnalysisReader

LONG_OPENING = ("JAKARTA, Kabar Kota - Kepolisian daerah menahan dua orang yang diduga menjual pupuk "
                "bersubsidi di atas harga eceran tertinggi kepada petani di tiga kecamatan. Sisanya.")


def untitled(body: str, **meta: Any) -> Article:
    return Article(id="a9", source="masukan/09-pupuk.txt", sha256="9" * 64, body=body, **meta)


def test_title_is_the_heading_when_there_is_one() -> None:
    heading = article_heading(untitled(LONG_OPENING, title="Penjual Pupuk Subsidi Ditahan"))
    assert (heading.text, heading.estimated) == ("Penjual Pupuk Subsidi Ditahan", False)


def test_untitled_article_is_headed_by_its_first_sentence_without_dateline_clipped() -> None:
    heading = article_heading(untitled(LONG_OPENING))
    assert heading.estimated
    assert heading.text.startswith("Kepolisian daerah menahan dua orang")
    assert heading.text.endswith("…") and len(heading.text.split()) == TITLE_WORDS + 1
    assert "masukan/" not in heading.text and "Kabar Kota" not in heading.text


def test_short_first_sentence_is_not_clipped_and_sentence_offsets_are_used() -> None:
    body = "Harga beras turun pekan ini. Pedagang menyambut baik penurunan itu."
    heading = article_heading(untitled(body, sentences=[[0, 28], [29, len(body)]]))
    assert heading.text == "Harga beras turun pekan ini"
    assert article_name(untitled(body, sentences=[[0, 28]])) == "[Harga beras turun pekan ini]"


def test_empty_article_falls_back_to_its_source() -> None:
    assert article_heading(untitled("")).text == "masukan/09-pupuk.txt"


@pytest.fixture
def analysis(validate: Any) -> Analysis:
    made = full_analysis()
    made.articles[0].title = None
    validate(made)
    return made


def get(analysis: Analysis, url: str) -> Any:
    app = FastAPI()
    app.include_router(router)
    app.state.reader = AnalysisReader(analysis)
    response = TestClient(app).get(url)
    assert response.status_code == 200
    return lxml.html.fromstring(response.text)


def test_article_page_heading_is_the_estimate_and_the_path_a_detail(analysis: Analysis) -> None:
    tree = get(analysis, "/articles/a1")
    heading = " ".join(tree.xpath("string(//h1)").split())
    assert heading.startswith("Wali Kota Sungaiwangi Rina Marlina menetapkan")
    assert "uji/a1.txt" not in heading
    assert tree.xpath("//h1/span[contains(@class,'badge')]")
    assert "uji/a1.txt" in tree.xpath("string(//dl[@class='meta-list'])")


def test_article_lists_show_the_estimate_with_its_mark(analysis: Analysis) -> None:
    tree = get(analysis, "/")
    item = next(li for li in tree.xpath("//ul[@class='articles']/li") if "/articles/a1" in li.xpath("string(a/@href)"))
    assert item.xpath("string(a)").startswith("Wali Kota Sungaiwangi")
    assert item.xpath("a/@title") == ["uji/a1.txt"]
    assert item.xpath("span[contains(@class,'badge')]")


def test_article_page_names_the_outlet_it_retells(analysis: Analysis) -> None:
    analysis.articles[0].retold_from = ["Suara Selatan"]
    tree = get(analysis, "/articles/a1")
    assert tree.xpath("string(//dt[.='Dilansir dari']/following-sibling::dd[1])") == "Suara Selatan"
    analysis.articles[0].retold_from = []
    assert "Dilansir dari" not in get(analysis, "/articles/a1").xpath("string(//dl[@class='meta-list'])")
