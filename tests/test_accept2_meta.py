"""Second acceptance run: menus spelled with spaces, mastheads, retellings, JSONL titles, desks.

Every article here is fictional, written for these tests.
"""

from __future__ import annotations

import json

from warta.api import analysis_of, analyze_docs, analyze_text
from warta.article.bylines import is_desk
from warta.article.markers import match_marker
from warta.article.outlet import retold_outlets
from warta.corpus.across import find_duplicates
from warta.ingest.containers import read_jsonl
from warta.ingest.records import new_doc
from warta.models import Analysis
from warta.options import Options

TITLE = "Bupati Larang Truk Tambang Melintas di Jalan Desa"
BODY = [
    "Bupati Sumber Raya, Hendra Wijaksana, melarang truk pengangkut hasil tambang melintas di jalan "
    "desa mulai pekan depan karena jalan itu rusak berat dan membahayakan anak sekolah.",
    "\"Jalan desa dibangun untuk warga, bukan untuk truk bermuatan puluhan ton,\" kata Hendra di "
    "kantornya, Senin (3/7/2023).",
    "Dinas Perhubungan akan memasang portal di empat titik dan menugaskan petugas berjaga setiap hari "
    "dari pukul enam pagi sampai pukul sepuluh malam.",
]


def _dump(menu: str) -> str:
    return "\n".join(["Kabar Selatan", menu, "A A A", TITLE, "Senin, 03 Juli 2023 - 16:09 WIB", "",
                      *(p + "\n" for p in BODY)])


def test_a_menu_of_section_names_without_separators_is_navigation_not_the_title() -> None:
    menu = "Home  Berita  Politik  Ekonomi  Olahraga  Indeks"
    article = analyze_text(_dump(menu))
    assert article.title == TITLE
    assert [r.reason for r in article.removed if r.text == " ".join(menu.split())] == ["navigation"]
    assert article.body.startswith("Bupati Sumber Raya")


def test_a_headline_made_of_section_words_and_a_sentence_are_no_menu() -> None:
    assert match_marker("Nasional • Ekonomi • Bola • Tekno", 4) is not None
    assert match_marker("Berita politik hari ini memanas", 5) is None
    assert match_marker("Home Office officials declined to comment", 6) is None


def test_gambling_spam_is_spam_even_when_it_says_klik_link() -> None:
    hit = match_marker("Daftar sekarang situs slot gacor bonus 100% klik link di bio", 11)
    assert hit is not None and hit.reason == "spam"


def test_the_masthead_above_the_headline_is_the_outlet() -> None:
    article = analyze_text(_dump("Home | Berita | Politik | Ekonomi"))
    assert (article.outlet, article.outlet_name, article.outlet_source) == (
        "kabarselatan", "Kabar Selatan", "masthead")


def test_dilansir_dari_names_an_outlet_warta_does_not_know() -> None:
    assert retold_outlets("Dilansir dari Suara Selatan, bupati melarang truk tambang.") == ["Suara Selatan"]
    assert retold_outlets("Dilansir dari Warta Timur Minggu (2/7/2023), bupati melarang.") == ["Warta Timur"]
    # The name ends with its sentence and paragraph.
    assert retold_outlets("kata bupati, dilansir dari Suara Selatan.\n\nWarga menyambut baik.") == ["Suara Selatan"]
    # "mengutip" may name a person: only known outlets count there.
    assert retold_outlets("Mengutip Hendra Wijaksana, truk dilarang masuk.") == []


def test_a_retelling_of_the_same_day_is_the_copy_of_its_original(validate) -> None:  # type: ignore[no-untyped-def]
    original = "\n".join(["Suara Selatan", TITLE, "Senin, 03 Juli 2023 - 16:09 WIB", "",
                          *(p + "\n" for p in BODY)])
    retold = "\n".join(["Kabar Selatan", TITLE + " Hari Ini", "Senin (3/7/2023)", "",
                        "Dilansir dari Suara Selatan, " + BODY[0][0].lower() + BODY[0][1:] + "\n",
                        *(p + "\n" for p in BODY[1:])])
    docs = analyze_docs([new_doc("retold.txt", retold.encode(), "txt"),
                         new_doc("original.txt", original.encode(), "txt")], Options())
    analysis: Analysis = analysis_of(docs)
    validate(analysis)
    by_source = {a.source: a for a in analysis.articles}
    assert by_source["retold.txt"].retold_from == ["Suara Selatan"]
    copies = {(d.article, d.duplicate_of) for d in find_duplicates(analysis)}
    assert copies == {(by_source["retold.txt"].id, by_source["original.txt"].id)}


def test_a_jsonl_html_record_keeps_its_title(validate) -> None:  # type: ignore[no-untyped-def]
    html = "<div>" + "".join(f"<p>{p}</p>" for p in BODY) + "<div>Advertisement</div></div>"
    line = json.dumps({"html": html, "title": TITLE, "outlet": "Kabar Selatan"}).encode()
    docs = analyze_docs(read_jsonl("export.jsonl", line), Options())
    analysis = analysis_of(docs)
    validate(analysis)
    assert analysis.articles[0].title == TITLE


def test_desks_named_for_the_outlet_are_no_authors() -> None:
    assert is_desk("Kumparan News") and is_desk("kumparan") and is_desk("Redaksi Olahraga")
    assert not is_desk("Hendra Wijaksana")


def test_a_reporters_short_name_beside_initials_is_an_editor_credit() -> None:
    article = analyze_text(_dump("Home | Berita | Politik | Ekonomi") + "\n(julian / yp)\n")
    assert "julian" not in article.body
    assert [r.reason for r in article.removed if "julian" in r.text] == ["editor-initials"]


PAGE = ("<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        "<div class=meta><span>{who}</span> - <time>Jumat, 07 Juli 2023 - 16:09 WIB</time></div>"
        + "".join(f"<p>{p}</p>" for p in BODY) + "</article></body></html>")


def test_the_reporter_printed_before_the_date_is_the_author() -> None:
    from warta.api import analyze_bytes

    article = analyze_bytes(PAGE.format(title=TITLE, who="Lintang Ayu Pramesti").encode(), "html")
    assert article.authors == ["Lintang Ayu Pramesti"]
    assert article.published == "2023-07-07T16:09+07:00"
    for not_a_person in ("Jakarta", "Kumparan News"):
        page = PAGE.format(title=TITLE, who=not_a_person).encode()
        assert analyze_bytes(page, "html").authors == []
