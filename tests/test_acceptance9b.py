"""Acceptance 9, leftovers: a WARC record warta does not read is listed with a warning, an
empty JSONL is E-INGEST-001 under warta batch too, and a paywall teaser is a promo.

Texts and pages are written for these tests.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from warta.api import analysis_of, analyze_docs, analyze_text
from warta.article.markers import match_marker
from warta.ingest import collect
from warta.ingest.containers import read_warc
from warta.options import Options
from warta.scale.records import is_blank

PAGE = (
    "<html><head><title>Banjir Rob Genangi Pesisir Utara</title></head><body><article>"
    "<h1>Banjir Rob Genangi Pesisir Utara</h1>"
    "<p>Banjir rob menggenangi tiga kelurahan di pesisir utara kota sejak Selasa pagi.</p>"
    "<p>Petugas membuka dapur umum di balai warga dan membagikan makanan kepada pengungsi.</p>"
    "<p>Air diperkirakan surut pada Rabu sore setelah pasang laut mereda.</p>"
    "</article></body></html>"
)


def _warc(records: list[tuple[str, str, bytes]]) -> bytes:
    """A gzipped WARC: a warcinfo record, then one response per (url, content type, payload)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    writer.write_record(writer.create_warcinfo_record("uji.warc.gz", {"software": "uji"}))
    for url, content_type, payload in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                      http_headers=headers))
    return out.getvalue()


def test_a_warc_record_not_read_is_listed_with_a_warning() -> None:
    raw = _warc([("https://contoh.test/rob", "text/html; charset=utf-8", PAGE.encode()),
                 ("https://contoh.test/putusan.pdf", "application/pdf", b"%PDF-1.4 bukan halaman"),
                 ("https://contoh.test/logo.png", "image/png", b"\x89PNG\r\n\x1a\n")])
    docs = read_warc("uji.warc.gz", raw)
    # The warcinfo record is the crawl's bookkeeping: no note; each content record is listed.
    assert [d.article.source for d in docs] == ["https://contoh.test/rob", "https://contoh.test/putusan.pdf",
                                                "https://contoh.test/logo.png"]
    assert [[e.code for e in d.article.errors] for d in docs] == [[], ["W-INGEST-102"], ["W-INGEST-102"]]
    assert "application/pdf, not HTML" in docs[1].article.errors[0].message


def test_a_skipped_record_is_no_failure_and_no_story(tmp_path: Path) -> None:
    raw = _warc([("https://contoh.test/rob", "text/html", PAGE.encode()),
                 ("https://contoh.test/putusan.pdf", "application/pdf", b"%PDF-1.4 bukan halaman")])
    (tmp_path / "uji.warc.gz").write_bytes(raw)
    options = Options(jobs=1)
    docs, run_errors = collect([str(tmp_path / "uji.warc.gz")], options)
    analysis = analysis_of(analyze_docs(docs, options), run_errors, options)
    page, pdf = analysis.articles
    assert "Banjir rob menggenangi" in page.body and not any(e.code.startswith("E-") for e in page.errors)
    assert not pdf.body and [e.code for e in pdf.errors] == ["W-INGEST-102"]
    assert [a for story in analysis.stories for a in story.articles] == [page.id]


def test_a_blank_file_is_told_from_one_with_a_record(tmp_path: Path) -> None:
    (tmp_path / "kosong.jsonl").write_bytes(b"")
    (tmp_path / "spasi.jsonl").write_bytes(b" \n\n\t\n")
    (tmp_path / "isi.jsonl").write_bytes(b"\n" * 10 + b'{"text": "Hujan turun."}\n')
    assert is_blank(tmp_path / "kosong.jsonl") and is_blank(tmp_path / "spasi.jsonl")
    assert not is_blank(tmp_path / "isi.jsonl", chunk=4)  # the record is past the first chunk


def test_batch_reports_an_empty_jsonl_as_analyze_does(tmp_path: Path) -> None:
    from warta.scale.session import spark_missing

    missing = spark_missing()
    if missing is not None:
        pytest.skip(f"warta batch needs Spark: {missing}")
    from click.testing import CliRunner

    from warta.cli import main

    (tmp_path / "kosong.jsonl").write_bytes(b"")
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "kosong.jsonl"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    assert "1 articles (1 failed)" in result.output
    import json

    analysis = json.loads((tmp_path / "out" / "analysis.json").read_text(encoding="utf-8"))
    assert [[e["code"] for e in a["errors"]] for a in analysis["articles"]] == [["E-INGEST-001"]]


@pytest.mark.parametrize("line", [
    "Baca selengkapnya dengan berlangganan",
    "Nikmati semua artikel tanpa iklan dengan berlangganan",
    "Artikel ini khusus untuk pelanggan digital.",
    "Sudah berlangganan? Masuk di sini",
    "Continue reading by subscribing today",
])
def test_a_paywall_teaser_is_a_promo(line: str) -> None:
    hit = match_marker(line, len(line.split()))
    assert hit is not None and hit.reason == "promo"


@pytest.mark.parametrize(("line", "reason"), [
    ("Baca selengkapnya", "related-link"),
    ("Baca juga: Tarif langganan air minum naik", "related-link"),
    ("Warga yang berlangganan air bersih mengeluhkan tagihan naik.", None),
])
def test_links_and_sentences_naming_a_subscription_keep_their_reading(line: str, reason: str | None) -> None:
    hit = match_marker(line, len(line.split()))
    assert (hit.reason if hit else None) == reason


def test_a_paywall_teaser_is_removed_as_promo_from_an_article() -> None:
    text = ("Pemkot Tambah Pompa Air di Pesisir\n\n"
            "Pemerintah kota menambah empat pompa air di pesisir utara setelah banjir rob pekan lalu.\n\n"
            "Baca selengkapnya dengan berlangganan\n")
    article = analyze_text(text)
    assert [r.reason for r in article.removed if "berlangganan" in r.text] == ["promo"]
    assert "berlangganan" not in article.body
