"""Files gzipped whole (.txt.gz, .jsonl.gz, .html.gz) are read as their inner format."""

from __future__ import annotations

import gzip
import json
import tracemalloc
from pathlib import Path

from warta.api import analyze
from warta.ingest import expand, read_path
from warta.ingest.gzipped import gunzip_capped
from warta.options import Options

TITLE = "Pasar Terapung Kembali Dibuka untuk Wisatawan"
BODY = ("BANJARMASIN - Pasar terapung di Sungai Martapura kembali dibuka pada Sabtu pagi setelah "
        "dua bulan ditutup karena banjir.\n\nPara pedagang menjual sayur, buah dan kue dari atas "
        "perahu kayu sejak pukul enam.\n\nDinas pariwisata kota mencatat ratusan pengunjung datang "
        "pada hari pertama.")


def _text() -> str:
    return f"{TITLE}\nSabtu, 7 Maret 2026 08:00 WIB\n\n{BODY}\n"


def _codes(path: Path, options: Options | None = None) -> list[list[str]]:
    return [[e.code for e in doc.article.errors] for doc in read_path(str(path), path, options or Options())]


def test_a_gzipped_text_dump_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "pasar.txt.gz"
    path.write_bytes(gzip.compress(_text().encode("utf-8")))
    docs = read_path(str(path), path, Options())
    assert [doc.fmt for doc in docs] == ["txt"] and _codes(path) == [[]]
    article = analyze([str(path)]).articles[0]
    assert article.title == TITLE and "Martapura" in article.body


def test_a_gzipped_jsonl_export_gives_one_document_a_line(tmp_path: Path) -> None:
    rows = [{"text": BODY, "title": TITLE}, {"text": BODY.replace("Sabtu", "Minggu"), "title": "Pasar Ramai"}]
    path = tmp_path / "ekspor.jsonl.gz"
    path.write_bytes(gzip.compress("".join(json.dumps(row) + "\n" for row in rows).encode("utf-8")))
    docs = read_path(str(path), path, Options())
    assert [doc.hints.title for doc in docs] == [TITLE, "Pasar Ramai"]


def test_a_gzipped_page_is_read_as_html(tmp_path: Path) -> None:
    page = f"<html><body><h1>{TITLE}</h1><p>{BODY}</p></body></html>"
    path = tmp_path / "halaman.html.gz"
    path.write_bytes(gzip.compress(page.encode("utf-8")))
    assert [doc.fmt for doc in read_path(str(path), path, Options())] == ["html"]


def test_two_gzip_members_are_read_one_after_the_other(tmp_path: Path) -> None:
    half = len(_text()) // 2
    path = tmp_path / "dua.txt.gz"
    path.write_bytes(gzip.compress(_text()[:half].encode()) + gzip.compress(_text()[half:].encode()))
    assert read_path(str(path), path, Options())[0].raw == _text().encode()


def test_a_gzip_bomb_is_refused_past_max_bytes_without_unpacking_it_all(tmp_path: Path) -> None:
    limit = 10_000
    path = tmp_path / "bom.txt.gz"
    path.write_bytes(gzip.compress(b"a" * (limit * 1000)))  # 10 MB of text in a few kilobytes
    assert path.stat().st_size < limit
    assert _codes(path, Options(max_bytes=limit)) == [["E-INGEST-010"]]
    raw = path.read_bytes()
    tracemalloc.start()
    gunzip_capped(raw, limit)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 1_000_000  # the 10 MB it unpacks to are never held
    assert gunzip_capped(raw, limit * 1000) == b"a" * (limit * 1000)


def test_a_damaged_gzip_is_an_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "rusak.txt.gz"
    path.write_bytes(gzip.compress(_text().encode())[:40])  # cut short, as a broken download is
    assert _codes(path) == [["E-INGEST-011"]]


def test_a_plain_jsonl_named_gz_is_read_as_jsonl_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "polos.jsonl.gz"
    path.write_text(json.dumps({"text": BODY, "title": TITLE}) + "\n", encoding="utf-8")
    docs = read_path(str(path), path, Options())
    assert [doc.hints.title for doc in docs] == [TITLE]
    assert [[e.code for e in doc.article.errors] for doc in docs] == [["W-INGEST-109"]]
    assert "read as jsonl" in docs[0].article.errors[0].message


def test_a_folder_walk_takes_gzipped_inputs_and_passes_over_a_bare_gz(tmp_path: Path) -> None:
    for name in ("a.txt.gz", "b.jsonl.gz", "c.html.gz", "d.warc.gz", "e.gz", "f.csv.gz"):
        (tmp_path / name).write_bytes(gzip.compress(b"isi"))
    found = [Path(given).name for given, path, error in expand([str(tmp_path)]) if path is not None]
    assert found == ["a.txt.gz", "b.jsonl.gz", "c.html.gz", "d.warc.gz"]
