"""Third acceptance run: a publication date completed by another source stating the same day.

The page and the record are fictional, written for these tests.
"""

from __future__ import annotations

from warta.api import analyze_bytes, foundation_pipeline

BODY = ("<p>Pemerintah kota meresmikan jembatan gantung baru yang menghubungkan dua desa di tepi sungai setelah "
        "pembangunan selama delapan bulan.</p><p>Wali kota mengatakan jembatan itu memangkas waktu tempuh warga "
        "ke pasar dari satu jam menjadi sepuluh menit.</p>")


def _page(meta_time: str, date_line: str) -> bytes:
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Jembatan Baru Diresmikan</title>
<meta property="article:published_time" content="{meta_time}"></head><body>
<article><h1>Jembatan Baru Diresmikan</h1><div class="byline">Sinta Dewi - {date_line}</div>{BODY}</article>
</body></html>""".encode()


def test_a_date_line_without_a_zone_takes_the_zone_of_the_meta_tag_on_the_same_moment() -> None:
    article = analyze_bytes(_page("2024-05-10T19:05:00+07:00", "Jumat, 10 Mei 2024 19:05"), "html",
                            pipeline=foundation_pipeline())
    assert article.published == "2024-05-10T19:05+07:00"


def test_a_meta_tag_of_another_moment_adds_nothing() -> None:
    article = analyze_bytes(_page("2024-05-09T08:00:00+07:00", "Jumat, 10 Mei 2024 19:05"), "html",
                            pipeline=foundation_pipeline())
    assert article.published == "2024-05-10T19:05"

