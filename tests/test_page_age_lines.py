"""A date line counted back from when the page was saved ("2 hari yang lalu", "Diperbarui 3 jam
lalu"): a date metadata line, resolved against a save time when the input gives one (own text)."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from warta.api import analyze, analyze_input, analyze_text
from warta.article.date_lines import relative_date_line
from warta.models import Article

HEADLINE = "Jembatan Gantung di Lereng Merapi Dibuka Lagi"
REPORT = [
    "Warga dua dusun di lereng Merapi kembali bisa menyeberangi sungai setelah jembatan gantung yang "
    "rusak diterjang banjir lahar selesai diperbaiki oleh pemerintah kabupaten.",
    "Kepala desa mengatakan perbaikan memakan waktu hampir dua bulan karena bahan bangunan harus "
    "diangkut dengan tenaga manusia melewati jalan setapak yang licin.",
    "Anak-anak sekolah yang sebelumnya harus memutar sejauh tujuh kilometer kini cukup berjalan "
    "sepuluh menit untuk sampai ke sekolah mereka di seberang sungai.",
]


def _dump(age_line: str, *tail: str) -> str:
    return "\n\n".join([HEADLINE, age_line, *REPORT, *tail])


def codes(article: Article) -> list[str]:
    return [error.code for error in article.errors]


@pytest.mark.parametrize(("line", "age"), [
    ("2 hari yang lalu", dt.timedelta(days=2)),
    ("Diperbarui 3 jam lalu", dt.timedelta(hours=3)),
    ("5 menit lalu", dt.timedelta(minutes=5)),
    ("Updated: 2 hours ago", dt.timedelta(hours=2)),
    ("sehari yang lalu", dt.timedelta(days=1)),
])
def test_a_page_age_line_is_read(line: str, age: dt.timedelta) -> None:
    assert relative_date_line(line) == age


@pytest.mark.parametrize("line", ["Banjir datang 2 hari yang lalu", "2 hari yang lalu warga mengungsi",
                                  "Diperbarui 3 jam lalu oleh redaksi"])
def test_a_sentence_counting_back_is_no_page_age_line(line: str) -> None:
    assert relative_date_line(line) is None


def test_without_a_save_time_the_line_is_metadata_and_the_warning_names_it() -> None:
    article = analyze_text(_dump("Diperbarui 3 jam lalu"))
    assert [(m.line, m.kind) for m in article.metadata_lines] == [(3, "date")]
    assert not [r for r in article.removed if r.line == 3]
    assert article.published is None
    assert "W-META-106" in codes(article) and "W-META-102" not in codes(article)
    [warning] = [e for e in article.errors if e.code == "W-META-106"]
    assert "Diperbarui 3 jam lalu" in warning.message


def test_a_comment_age_under_the_report_stays_in_the_thread() -> None:
    thread = ["Komentar (1)", "pendaki_muda", "2 jam yang lalu", "Akhirnya bisa lewat lagi.", "Balas"]
    article = analyze_text(_dump("2 hari yang lalu", *thread))
    assert [m.line for m in article.metadata_lines if m.kind == "date"] == [3]
    assert "2 jam yang lalu" in [r.text for r in article.removed]


def test_a_jsonl_save_time_resolves_the_age_and_says_where_it_came_from() -> None:
    record = {"text": _dump("Diperbarui 3 jam lalu"), "scraped_at": "2019-03-08T14:30:00+07:00"}
    [article] = analyze_input(json.dumps(record), fmt="jsonl").articles
    assert article.published == "2019-03-08T11:30+07:00"
    assert article.published_source == "dateline"
    [resolved] = [e for e in article.errors if e.code == "W-META-107"]
    assert "scraped_at" in resolved.message
    assert "W-META-106" not in codes(article)


def test_an_age_in_days_gives_a_day_not_a_clock_time() -> None:
    record = {"text": _dump("2 hari yang lalu"), "crawled_at": "2019-03-08T14:30:00+07:00"}
    [article] = analyze_input(json.dumps(record), fmt="jsonl").articles
    assert article.published == "2019-03-06"


def test_a_warc_record_date_is_the_save_time(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    paragraphs = "".join(f"<p>{text}</p>" for text in REPORT)
    page = (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
            f"<p>2 hari yang lalu</p>{paragraphs}</article></body></html>")
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    record = writer.create_warc_record("https://kabarlereng.example/jembatan", "response",
                                       payload=io.BytesIO(page.encode()), http_headers=headers,
                                       warc_headers_dict={"WARC-Date": "2019-03-08T07:30:00Z"})
    writer.write_record(record)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(buffer.getvalue())
    [article] = analyze([str(path)]).articles
    assert article.published == "2019-03-06"
    assert "WARC-Date" in next(e.message for e in article.errors if e.code == "W-META-107")
