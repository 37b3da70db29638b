"""Acceptance run 9: defects a fresh user's pile (a regional election, a court case followed over
days, a land dispute, a state visit; live blogs, comment threads, social embeds, cookie walls,
BOM-less UTF-16, epoch timestamps) showed in ingest, cleaning, metadata and summary leads. All
texts are fictional and written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

from warta.api import analyze, analyze_text
from warta.ingest.containers import read_jsonl

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


def test_jsonl_epoch_published_through_a_file(tmp_path: Path) -> None:
    rows = [{"text": BODY, "published": 1520926200}, {"text": BODY, "published": "1520926200"},
            {"text": BODY, "published": True}]
    path = tmp_path / "ekspor.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert read_jsonl(str(path), path.read_bytes())[0].hints.published == "2018-03-13T07:30:00+00:00"
    articles = analyze([str(path)]).articles
    assert [a.published for a in articles[:2]] == ["2018-03-13T07:30+00:00"] * 2
    assert articles[2].published_source != "meta"  # a boolean is no time


