"""Metadata: outlets, datelines, dates with their sources, authors, retold reports."""

from __future__ import annotations

import pytest

from warta.api import analyze_bytes, analyze_docs, analyze_text
from warta.article.outlet import find_lead, footer_outlet, outlet_key, retold_outlets
from warta.ingest.records import new_doc
from warta.options import Options

PARA = ("Pemerintah daerah menyalurkan bantuan beras kepada warga yang terdampak banjir di "
        "tiga kecamatan, kata kepala dinas sosial kepada wartawan di kantornya.")


@pytest.mark.parametrize(
    ("lead", "outlet", "place"),
    [
        ("KOMPAS.com - ", "KOMPAS.com", None),
        ("Liputan6.com, Jakarta - ", "Liputan6.com", "Jakarta"),
        ("JAKARTA, KOMPAS.com - ", "KOMPAS.com", "JAKARTA"),
        ("TRIBUNGORONTALO.COM - ", "TRIBUNGORONTALO.COM", None),
        ("Jakarta (ANTARA) - ", "ANTARA", "Jakarta"),
        ("ANKARA, Suara Kepulauan - ", "Suara Kepulauan", "ANKARA"),
        ("WASHINGTON - ", None, "WASHINGTON"),
    ],
)
def test_leads(lead: str, outlet: str | None, place: str | None) -> None:
    found = find_lead(lead + PARA)
    assert found is not None
    assert (found.outlet, found.place) == (outlet, place)


def test_plain_sentence_is_not_a_lead() -> None:
    assert find_lead(PARA) is None
    assert find_lead("Menurut dia - seperti biasa - semua baik.") is None


@pytest.mark.parametrize(
    ("name", "key"),
    [("KOMPAS.com", "kompas"), ("kompas.id", "kompas"), ("Liputan6.com", "liputan6"),
     ("TRIBUNGORONTALO.COM", "tribungorontalo"), ("Warta Nusantara", "wartanusantara"),
     ("wartanusantara.id", "wartanusantara"), ("https://www.suarakepulauan.co.id/x", "suarakepulauan"),
     ("ANTARA", "antara"), ("The Guardian", "guardian")],
)
def test_outlet_keys(name: str, key: str) -> None:
    assert outlet_key(name) == key


def test_footers_and_retold() -> None:
    assert footer_outlet("© 2022 Warta Nusantara. All rights reserved") == "Warta Nusantara"
    assert footer_outlet("Copyright © 2022 suarakepulauan.co.id") == "suarakepulauan.co.id"
    text = "Dilansir dari The Guardian, pejabat itu membantah. Seperti dilaporkan Reuters, ia pergi."
    assert retold_outlets(text) == ["The Guardian", "Reuters"]


def test_dateline_time_zones_and_sources() -> None:
    wita = analyze_text(f"Jembatan Baru Dibuka\nKamis, 7 Maret 2024 09:30 WITA\nMAKASSAR - {PARA}")
    assert wita.published == "2024-03-07T09:30+08:00"
    assert wita.published_source == "dateline"
    assert wita.dateline == "Makassar"


def test_url_date_when_nothing_else() -> None:
    doc = new_doc("x", PARA.encode(), "txt")
    doc.hints.url = "https://kabarkota.com/read/2024/03/07/120000/banjir"
    (done,) = analyze_docs([doc], Options())
    assert (done.article.published, done.article.published_source) == ("2024-03-07", "url")


def test_estimated_date_is_marked() -> None:
    text = f"Banjir Surut\n\nKABARKOTA.COM - Air mulai surut pada Senin (4/3/2024) kemarin. {PARA}"
    article = analyze_text(text)
    assert article.published_source == "estimated"
    assert article.published == "2024-03-05"
    assert article.published_window is not None
    assert article.published_window[0] <= "2024-03-05" <= article.published_window[1]
    assert "W-META-101" in [e.code for e in article.errors]


def test_html_meta_date_and_site() -> None:
    page = f"""<html><head><meta property="article:published_time" content="2024-03-07T10:00:00+07:00">
    <meta property="og:site_name" content="Kabar Kota"><title>Banjir</title></head>
    <body><article><h1>Banjir</h1><p>{PARA}</p><p>{PARA}</p></article></body></html>"""
    article = analyze_bytes(page.encode(), "html")
    assert article.published is not None and article.published.startswith("2024-03-07")
    assert article.published_source == "meta"
    assert article.outlet == "kabarkota"


def test_outlet_repeated_lines_become_boilerplate() -> None:
    promo = "Kirimkan foto kejadian di sekitar Anda ke layanan pembaca Kabar Kota"
    docs = []
    for number, topic in enumerate(["banjir", "jalan", "pasar"], start=1):
        text = (f"Berita {topic.title()} Hari Ini\n\nKABARKOTA.COM - Warga membicarakan {topic} di kota itu "
                f"sepanjang hari karena dampaknya terasa oleh banyak keluarga. {PARA}\n\n{promo}")
        doc = new_doc(f"{number}.txt", text.encode(), "txt")
        doc.article.id = f"a{number}"
        docs.append(doc)
    for doc in analyze_docs(docs, Options()):
        assert promo not in doc.article.body
        assert {r.text: r.reason for r in doc.article.removed}[promo] == "repeated-boilerplate"


def test_editors_are_not_authors() -> None:
    text = f"Jembatan Baru Dibuka\nPenulis: Ratna Sari | Editor: Hendra Gunawan\n\nMAKASSAR - {PARA}"
    article = analyze_text(text)
    assert article.authors == ["Ratna Sari"]
    assert article.editors == ["Hendra Gunawan"]


def test_desk_is_not_an_author() -> None:
    page = f"""<html><head><meta name="author" content="Redaksi Olahraga"><title>Banjir</title></head>
    <body><article><h1>Banjir</h1><p>{PARA}</p><p>{PARA}</p></article></body></html>"""
    assert analyze_bytes(page.encode(), "html").authors == []
    byline = analyze_text(f"Jembatan Baru Dibuka\nPenulis: Tim Redaksi\n\nMAKASSAR - {PARA}")
    assert byline.authors == []


def test_copyright_year_is_not_an_outlet() -> None:
    assert footer_outlet("Copyright © 2019. All rights reserved.") is None
    assert footer_outlet("© 2019 Kabar Kota. Hak cipta dilindungi") == "Kabar Kota"


def test_closing_source_credit_is_a_retold_outlet() -> None:
    assert retold_outlets(f"{PARA} Para menteri akan bertemu pekan depan. (Reuters/AFP)") == ["Reuters", "AFP"]
    assert retold_outlets(f"{PARA} (has/has)") == []
    assert retold_outlets(f"{PARA}\n\nSumber: Antara") == ["Antara"]
    assert retold_outlets(f"{PARA}\n\nSumber: Dinas Sosial Kota Bekasi") == []
    own = analyze_text(f"Jembatan Baru Dibuka\n\nJakarta (ANTARA) - {PARA}\n\n{PARA} (Antara)")
    assert own.outlet == "antara" and own.retold_from == []


def test_reporter_beside_the_outlet_is_a_byline() -> None:
    article = analyze_text(f"Jembatan Baru Dibuka\nRatna Sari - detikNews\nJumat, 07 Jul 2023 16:09 WIB\n\n{PARA}")
    assert article.authors == ["Ratna Sari"]
    assert (article.outlet, article.outlet_source) == ("detik", "byline")
    assert {m.text: m.kind for m in article.metadata_lines}["Ratna Sari - detikNews"] == "byline"


def test_a_pairing_of_names_is_no_byline() -> None:
    from warta.article.bylines import is_byline

    assert not is_byline("Persija - Persib")
    assert not is_byline("Jokowi - Prabowo")


def test_byline_in_a_date_line_and_initials_are_no_names() -> None:
    dated = analyze_text(f"Jembatan Baru Dibuka\nOleh Ratna Sari pada 07 Juli 2023\n\n{PARA}")
    assert dated.authors == ["Ratna Sari"] and dated.published == "2023-07-07"
    coded = analyze_text(f"Jembatan Baru Dibuka\n\nJakarta (ANTARA) - {PARA}\n\n{PARA}\n\n(rzk/dna)")
    assert coded.authors == []
    assert {r.text: r.reason for r in coded.removed}["(rzk/dna)"] == "editor-initials"
