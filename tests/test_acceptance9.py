"""Acceptance run 9: defects a fresh user's pile (a regional election, a court case followed over
days, a land dispute, a state visit; live blogs, comment threads, social embeds, cookie walls,
BOM-less UTF-16, epoch timestamps) showed in ingest, cleaning, metadata and summary leads. All
texts are fictional and written for these tests."""

from __future__ import annotations

from warta.api import analyze_text

BODY = (
    "Panitia pengawas pemilihan Kabupaten Tanjung Sari menerima dua laporan dugaan politik uang, "
    "Senin (12/3/2018). Ketua panitia pengawas mengatakan kedua laporan itu sedang diperiksa.\n"
    "Tim pemenangan pasangan calon nomor urut dua membantah terlibat dan meminta laporan itu "
    "dibuktikan di depan majelis pemeriksa.\n"
)


def codes(article: object) -> list[str]:
    return [e.code for e in article.errors]  # type: ignore[attr-defined]


def test_indonesian_time_without_zone_is_read_as_wib_and_says_so() -> None:
    article = analyze_text("Laporan Politik Uang Diperiksa\nSelasa, 13/03/2018 14:30\n" + BODY)
    assert article.published == "2018-03-13T14:30+07:00"
    assert "W-META-103" in codes(article)


def test_english_time_without_zone_keeps_only_the_date() -> None:
    text = ("Election board weighs vote-buying complaints\nMarch 13, 2018 14:30\n"
            "The election supervisors of a small district said on Monday they had received two "
            "complaints of vote buying and would question both campaign teams this week.\n"
            "A spokesman for the second team denied any wrongdoing and asked for the evidence.\n")
    article = analyze_text(text)
    assert article.published == "2018-03-13"
    assert "W-META-104" in codes(article)


def test_stated_zone_gives_no_warning() -> None:
    article = analyze_text("Laporan Politik Uang Diperiksa\nSelasa, 13/03/2018 14:30 WITA\n" + BODY)
    assert article.published == "2018-03-13T14:30+08:00"
    assert not {"W-META-103", "W-META-104"} & set(codes(article))


