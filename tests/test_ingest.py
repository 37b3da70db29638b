"""Ingest: formats, encodings, and bad input that must become coded errors."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path
from typing import Any

from warta.api import analyze
from warta.options import Options

ARTICLE = (
    "Pemerintah Umumkan Program Baru\n\n"
    "JAKARTA, KabarKota.com - Pemerintah kota mengumumkan program perbaikan jalan yang akan "
    "dimulai pekan depan, kata juru bicara pemerintah kepada wartawan di balai kota.\n\n"
    "Program itu mencakup perbaikan di dua belas kecamatan dan diperkirakan selesai dalam tiga bulan.\n"
)
PAGE = """<html><head><title>Banjir Rendam Desa</title>
<meta property="og:site_name" content="Kabar Kota"></head><body>
<nav><a href="/">Beranda</a> <a href="/x">Nasional</a></nav>
<article><h1>Banjir Rendam Desa</h1>
<p>Banjir merendam tiga desa di tepi sungai sejak Senin pagi setelah hujan deras turun semalaman di wilayah hulu.</p>
<p>Warga mengungsi ke balai desa dan sekolah yang berada di tempat yang lebih tinggi, kata kepala desa setempat.</p>
<p>Petugas membagikan makanan dan selimut kepada para pengungsi hingga sore hari, sementara air mulai surut perlahan.</p>
</article><footer>Copyright 2024 Kabar Kota</footer></body></html>"""


def codes(article: Any) -> list[str]:
    return [e.code for e in article.errors]


def test_text_file_is_cleaned_and_titled(write: Any, validate: Any) -> None:
    analysis = analyze([str(write("a.txt", ARTICLE))])
    validate(analysis)
    (article,) = analysis.articles
    assert article.title == "Pemerintah Umumkan Program Baru"
    assert article.body.startswith("JAKARTA, KabarKota.com - Pemerintah kota")
    assert article.outlet == "kabarkota" and article.dateline == "Jakarta"


def test_html_page_keeps_article_and_lists_dropped_blocks(write: Any) -> None:
    (article,) = analyze([str(write("p.html", PAGE))]).articles
    assert "Banjir merendam tiga desa" in article.body
    assert "Beranda" not in article.body
    removed = {r.text: r.reason for r in article.removed}
    assert removed.get("Beranda") == "navigation"
    assert article.title == "Banjir Rendam Desa"


def test_directory_is_read_recursively_in_sorted_order(write: Any, tmp_path: Path) -> None:
    write("d/b.txt", ARTICLE)
    write("d/sub/a.txt", ARTICLE)
    write("d/notes.md", "ignored")
    sources = [a.source for a in analyze([str(tmp_path / "d")]).articles]
    assert [Path(s).name for s in sources] == ["b.txt", "a.txt"]


def test_jsonl_records_and_bad_lines(write: Any) -> None:
    lines = [
        json.dumps({"text": ARTICLE, "url": "https://kabarkota.com/2024/03/05/program",
                    "published": "2024-03-05T10:00:00+07:00", "outlet": "Kabar Kota"}),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps({"html": PAGE}),
    ]
    analysis = analyze([str(write("x.jsonl", "\n".join(lines)))])
    first, broken, empty, page = analysis.articles
    assert first.published == "2024-03-05T10:00+07:00" and first.published_source == "meta"
    assert first.outlet == "kabarkota"
    assert codes(broken) == ["E-INGEST-005"] and codes(empty) == ["E-INGEST-005"]
    assert "Banjir merendam" in page.body


def test_warc_html_records(write: Any) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                               protocol="HTTP/1.1")
    record = writer.create_warc_record("https://kabarkota.com/banjir", "response",
                                       payload=io.BytesIO(PAGE.encode()), http_headers=headers)
    writer.write_record(record)
    (article,) = analyze([str(write("crawl.warc.gz", buffer.getvalue()))]).articles
    assert article.source == "https://kabarkota.com/banjir"
    assert "Banjir merendam" in article.body


def test_encodings(write: Any) -> None:
    text = ARTICLE.replace("kecamatan", "kecamatan café")
    paths = [
        write("u8bom.txt", b"\xef\xbb\xbf" + text.encode("utf-8")),
        write("u16.txt", text.encode("utf-16")),
        write("cp.txt", text.encode("cp1252")),
    ]
    bom, utf16, cp1252 = analyze([str(p) for p in paths]).articles
    for article in (bom, utf16, cp1252):
        assert "café" in article.body and article.title == "Pemerintah Umumkan Program Baru"
    assert "W-INGEST-101" in codes(cp1252)
    assert "W-INGEST-101" not in codes(bom) + codes(utf16)


def test_bad_inputs_get_codes_and_the_run_goes_on(write: Any, validate: Any) -> None:
    paths = [
        write("empty.txt", "  \n\n"),
        write("doc.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary"),
        write("z.txt", b"PK\x03\x04\x14\x00\x00\x00"),
        write("img.txt", b"\x89PNG\r\n\x1a\n\x00\x00"),
        write("big.txt", "kata " * 100),
        write("noart.html", "<html><body><nav>Menu</nav></body></html>"),
        write("good.txt", ARTICLE),
    ]
    analysis = analyze([str(p) for p in paths], Options(max_bytes=300))
    validate(analysis)
    by_name = {Path(a.source).name: codes(a) for a in analysis.articles}
    assert by_name["empty.txt"] == ["E-INGEST-001"]
    assert by_name["doc.pdf"] == ["E-INGEST-002"]
    assert by_name["z.txt"] == ["E-INGEST-002"]
    assert by_name["img.txt"] == ["E-INGEST-002"]
    assert by_name["big.txt"] == ["E-INGEST-003"]
    assert by_name["noart.html"] == ["E-HTML-001"]
    assert analysis.articles[-1].body.startswith("JAKARTA")
    assert "E-" not in "".join(by_name["good.txt"])


def test_missing_paths_and_empty_directories_are_run_errors(tmp_path: Path) -> None:
    (tmp_path / "emptydir").mkdir()
    analysis = analyze([str(tmp_path / "nope.txt"), str(tmp_path / "emptydir")])
    assert [e.code for e in analysis.errors] == ["E-INGEST-007", "E-INGEST-006"]
    assert analysis.articles == []


def test_gzip_that_is_not_warc_is_reported(write: Any) -> None:
    (article,) = analyze([str(write("a.txt", gzip.compress(b"hello")))]).articles
    assert codes(article) == ["E-INGEST-002"]
