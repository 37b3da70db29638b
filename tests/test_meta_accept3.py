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
    # The tag's zone is not taken over; the bare time of an Indonesian page is assumed WIB, said so.
    assert article.published == "2024-05-10T19:05+07:00"
    assert "W-META-103" in [e.code for e in article.errors]



def test_an_undated_article_naming_only_a_month_is_estimated_in_that_month() -> None:
    from warta.api import analyze_text

    text = ("Hingga pertengahan Maret 2024, jembatan gantung baru sudah dilalui ribuan warga dari dua desa "
            "di tepi sungai.\n\nWarga berharap pemerintah kota juga memperbaiki jalan menuju pasar.\n")
    article = analyze_text(text, pipeline=foundation_pipeline())
    assert article.published_source == "estimated" and article.published == "2024-03-15"
    assert article.published_window is not None and article.published_window[0] == "2024-03-01"


def test_a_month_the_article_looks_forward_to_estimates_nothing() -> None:
    from warta.api import analyze_text

    text = ("Pemerintah kota akan membuka jembatan gantung baru pada Maret 2030 setelah pembangunan rampung.\n\n"
            "Warga berharap jalan menuju pasar juga diperbaiki.\n")
    article = analyze_text(text, pipeline=foundation_pipeline())
    assert article.published is None
