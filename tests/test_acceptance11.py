"""Acceptance run 11: every entry point reads a dump of several articles alike, an Indonesian
outlet's English edition keeps its stated time, nothing in a directory is skipped without a
word, a dump is decoded once. All article text here was written for these tests."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from warta.api import analyze_bytes, analyze_docs, analyze_input, foundation_pipeline
from warta.ingest import collect, docs_from_bytes
from warta.options import Options

FIRST = """Harga Solar Subsidi Naik, Nelayan Pantai Timur Mogok Melaut
Selasa, 7 Maret 2023 09:10 WIB

Teluk Damai - Ratusan nelayan di pantai timur memilih menambatkan perahu setelah harga solar bersubsidi naik sejak awal pekan.
Ketua kelompok nelayan mengatakan biaya sekali melaut kini hampir menghabiskan seluruh hasil tangkapan mereka.
Dinas perikanan berjanji membahas kuota solar tambahan dengan pemerintah provinsi dalam rapat pekan depan.
Sebagian nelayan memilih memperbaiki jaring sambil menunggu kepastian harga dari pemerintah.
"""

SECOND = """Penghitungan Suara Pilkades Ulang Berlangsung Hingga Larut Malam
Rabu, 8 Maret 2023 23:05 WIB
Penulis: Dimas Hartanto
Penghitungan suara pemilihan kepala desa ulang di Desa Sumber Rejo berlangsung hingga hampir tengah malam.
Panitia membuka kotak suara satu per satu di balai desa di hadapan saksi dari ketiga calon.
Warga bertahan di halaman balai desa meski hujan turun sejak sore dan lampu sempat padam sebentar.
Hasil akhir penghitungan akan diumumkan panitia kabupaten setelah rekapitulasi pada Jumat pagi.
"""

DUMP = (FIRST + "\n" + SECOND).encode("utf-8")


def _titles(articles: list[Any]) -> list[str | None]:
    return [a.title for a in articles]


def test_python_api_reads_a_dump_of_two_articles_as_warta_analyze_does(tmp_path: Path) -> None:
    path = tmp_path / "dua.txt"
    path.write_bytes(DUMP)
    docs, _ = collect([str(path)], Options())
    analysis = analyze_input(DUMP, source=str(path))
    assert [a.source for a in analysis.articles] == [d.article.source for d in docs]
    assert len(analysis.articles) == 2
    assert analysis.articles[1].title == SECOND.splitlines()[0]
    assert all("W-INGEST-104" in [e.code for e in a.errors] for a in analysis.articles)


def test_one_article_reader_says_when_it_holds_several() -> None:
    article = analyze_bytes(DUMP, pipeline=foundation_pipeline())
    assert "W-INGEST-107" in [e.code for e in article.errors]
    assert "Dimas Hartanto" in " ".join(article.authors) or "Sumber Rejo" in article.body
    single = analyze_bytes(FIRST.encode("utf-8"), pipeline=foundation_pipeline())
    assert "W-INGEST-107" not in [e.code for e in single.errors]


def test_server_splits_a_posted_text_dump(tmp_path: Path) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from warta.web.app import create_app

    with TestClient(create_app(tmp_path / "w.db")) as api:
        answer = api.post("/api/analyze", content=DUMP, headers={"Content-Type": "text/plain"}).json()
    titles = [a["title"] for a in answer["articles"]]
    assert titles == [FIRST.splitlines()[0], SECOND.splitlines()[0]]


def test_a_split_dump_is_decoded_once_with_one_encoding() -> None:
    # cp1252 bytes only in the second article: decoded per part, the first part would read as
    # UTF-8 and the second fall back; decoded once, both parts say the file's encoding.
    raw = (FIRST + "\n" + SECOND.replace("Penghitungan suara", "\u201cPenghitungan\u201d suara")).encode("cp1252")
    docs = docs_from_bytes("x.txt", raw, "txt", Options())
    assert len(docs) == 2
    assert all(d.decoded is not None and d.decoded.fallback == "cp1252" for d in docs)
    assert docs[1].decoded is not None and "\u201cPenghitungan\u201d" in docs[1].decoded.text


def test_decode_stage_takes_the_readers_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from warta.article import decode as decode_module

    calls: list[bytes] = []
    real = decode_module.decode_bytes

    def counted(raw: bytes) -> tuple[str, str | None]:
        calls.append(raw)
        return real(raw)

    monkeypatch.setattr(decode_module, "decode_bytes", counted)
    analysis = analyze_input(DUMP, options=Options())
    assert len(analysis.articles) == 2 and calls == []


ENGLISH = """Fuel Subsidy Cut Sparks Protest In Front Of Parliament
Jakarta Globe | March 9, 2023 | 4:45 pm
Jakarta. Several hundred students rallied outside the House of Representatives on Thursday against the planned subsidy cut.
Police kept the protesters behind a barrier while a delegation met lawmakers from the energy commission.
The students said the cut would raise bus fares for workers who commute from the satellite towns.
"""


def test_english_edition_of_an_indonesian_outlet_keeps_its_time_as_wib() -> None:
    article = analyze_bytes(ENGLISH.encode("utf-8"), pipeline=foundation_pipeline())
    assert article.language == "en"
    assert article.published == "2023-03-09T16:45+07:00"
    assert "W-META-103" in [e.code for e in article.errors]


def test_english_text_of_an_unknown_outlet_still_drops_the_time() -> None:
    text = ENGLISH.replace("Jakarta Globe", "Harbour Daily").replace("Jakarta.", "Lisbon.")
    article = analyze_bytes(text.encode("utf-8"), pipeline=foundation_pipeline())
    assert article.published == "2023-03-09"
    assert "W-META-104" in [e.code for e in article.errors]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_without_a_known_suffix_in_a_directory_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "kiriman"
    folder.mkdir()
    (folder / "ada.txt").write_text(FIRST, encoding="utf-8")
    os.mkfifo(folder / "umpan")
    (folder / "catatan.docx").write_bytes(b"PK\x03\x04")
    (folder / ".tersembunyi").write_text("x", encoding="utf-8")
    docs, run_errors = collect([str(folder)], Options())
    assert [d.article.source for d in docs] == [str(folder / "ada.txt")]
    assert sorted(e.code for e in run_errors) == ["W-INGEST-105", "W-INGEST-106"]
    joined = " ".join(e.message for e in run_errors)
    assert "umpan" in joined and "catatan.docx" in joined and "tersembunyi" not in joined


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_named_on_its_own_is_unreadable_not_missing(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from warta.cli import main

    pipe = tmp_path / "umpan"
    os.mkfifo(pipe)
    result = CliRunner().invoke(main, ["analyze", str(pipe), "--json", str(tmp_path / "o.json")])
    assert result.exit_code == 2
    assert "E-INGEST-004" in result.output and "pipe" in result.output


PAGE = """<html><head><title>Longsor Tutup Rel, Kereta Tertahan Dua Jam</title></head><body>
<h1>Longsor Tutup Rel, Kereta Tertahan Dua Jam</h1>
<p>Timbunan tanah menutup rel di lereng bukit setelah hujan deras sejak sore, sehingga dua kereta tertahan.</p>
<p>Petugas membersihkan material longsor dengan alat berat dan jalur kembali dapat dilalui menjelang tengah malam.</p>
</body></html>"""


def _warc(gzip_each_record: bool) -> bytes:
    import gzip
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip_each_record)
    pages = [("http://kabarrel.example/a", "301 Moved Permanently", b"", [("Location", "https://kabarrel.example/a")]),
             ("https://kabarrel.example/hilang", "404 Not Found", b"<html><body>Tidak ada</body></html>", []),
             ("https://kabarrel.example/a", "200 OK", PAGE.encode(), [])]
    for url, status, body, extra in pages:
        headers = StatusAndHeaders(status, [("Content-Type", "text/html"), *extra], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return buffer.getvalue() if gzip_each_record else gzip.compress(buffer.getvalue())


@pytest.mark.parametrize("gzip_each_record", [True, False])
def test_warc_redirect_and_404_are_listed_not_failed_and_whole_gzip_reads(gzip_each_record: bool) -> None:
    pytest.importorskip("warcio")
    docs = docs_from_bytes("crawl.warc.gz", _warc(gzip_each_record), "warc", Options())
    codes = [[e.code for e in d.article.errors] for d in docs]
    assert codes == [["W-INGEST-102"], ["W-INGEST-102"], []]
    assert "redirect to https://kabarrel.example/a" in docs[0].article.errors[0].message
    assert "404" in docs[1].article.errors[0].message


CAPTIONED = """Warga Desa Sumber Rejo Tunggu Hasil Rekapitulasi Suara
Kamis, 9 Maret 2023 10:20 WIB

Sumber Rejo - Panitia pemilihan kepala desa ulang di Desa Sumber Rejo menyelesaikan penghitungan suara pada Rabu malam.
Ketua panitia mengatakan kotak suara dari keempat tempat pemungutan suara dibuka di balai desa dan
Suasana penghitungan suara di balai desa Sumber Rejo, Rabu malam. (Foto: Warta Desa/Rini)
FOTO: Warta Desa
disaksikan langsung oleh para saksi dari ketiga calon kepala desa.
Hasil penghitungan itu akan direkapitulasi panitia kabupaten sebelum diumumkan pada Jumat pagi.
Warga diminta menunggu pengumuman resmi dan tidak terpancing kabar yang beredar di media sosial.
"""


def test_a_paragraph_cut_by_a_photo_caption_keeps_both_halves() -> None:
    article = analyze_bytes(CAPTIONED.encode("utf-8"), pipeline=foundation_pipeline())
    assert "dibuka di balai desa dan" in article.body
    assert "disaksikan langsung oleh para saksi" in article.body
    reasons = {r.line: r.reason for r in article.removed}
    assert reasons.get(6) == "caption" and reasons.get(7) == "photo-credit"


def test_a_caption_between_two_sentences_is_still_a_caption() -> None:
    # The line under the caption starts a sentence of its own: nothing is joined across it.
    text = CAPTIONED.replace("dibuka di balai desa dan\n", "dibuka di balai desa.\n").replace(
        "disaksikan langsung", "Pembukaan disaksikan langsung")
    article = analyze_bytes(text.encode("utf-8"), pipeline=foundation_pipeline())
    assert {r.line: r.reason for r in article.removed}.get(6) == "caption"


def test_a_retold_reports_own_day_and_dateline_leave_the_summary_sentence() -> None:
    from warta.corpus.leads import without_lead

    lead = "JAKARTA, Warta Kota - Dilansir dari Reuters, Senin (6/3/2023), LONDON - Menteri Luar Negeri tiba."
    assert without_lead(lead) == "Menteri Luar Negeri tiba."
    assert without_lead("Dilansir dari Reuters, LONDON - Menteri tiba.") == "Menteri tiba."
    # a retelling without a head of its own keeps its first word
    assert without_lead("Dilansir dari Reuters, pemerintah Inggris menolak.") == "Pemerintah Inggris menolak."


def test_ingest_of_a_warc_with_a_redirect_exits_as_analyze_does(tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    from click.testing import CliRunner

    from warta.cli import main

    crawl = tmp_path / "crawl.warc.gz"
    crawl.write_bytes(_warc(gzip_each_record=True))
    runner = CliRunner()
    analysed = runner.invoke(main, ["analyze", str(crawl), "--json", str(tmp_path / "a.json")])
    ingested = runner.invoke(main, ["ingest", str(crawl), "--db", str(tmp_path / "w.db")])
    assert analysed.exit_code == ingested.exit_code == 0
    assert "W-INGEST-102" in ingested.output and "1 added" in ingested.output


def test_an_unreadable_published_field_is_said_not_passed_over() -> None:
    rows = [{"text": FIRST, "published": "kemarin sore"}, {"text": FIRST, "published": "07/03/2023"}]
    raw = "\n".join(json.dumps(row) for row in rows).encode("utf-8")
    unread, read = (d.article for d in analyze_docs(docs_from_bytes("x.jsonl", raw, "jsonl", Options()),
                                                     Options(), foundation_pipeline()))
    assert "W-META-105" in [e.code for e in unread.errors]
    assert "kemarin sore" in next(e.message for e in unread.errors if e.code == "W-META-105")
    assert unread.published == "2023-03-07T09:10+07:00"  # the dump's own date line still counts
    assert "W-META-105" not in [e.code for e in read.errors]
    assert (read.published or "").startswith("2023-03-07") and read.published_source == "meta"


def test_epoch_seconds_of_an_indonesian_article_are_shown_in_wib() -> None:
    body = "\n".join(FIRST.splitlines()[3:])  # no date line of its own: the container's time counts
    rows = [{"text": body, "published": 1678128000},
            {"text": ENGLISH.split("\n", 2)[2].replace("Jakarta.", "Lisbon."), "published": 1678128000}]
    raw = "\n".join(json.dumps(row) for row in rows).encode("utf-8")
    indonesian, other = (d.article for d in analyze_docs(docs_from_bytes("x.jsonl", raw, "jsonl", Options()),
                                                          Options(), foundation_pipeline()))
    assert indonesian.published == "2023-03-07T01:40+07:00"  # the same instant, on its local day
    assert other.published == "2023-03-06T18:40+00:00"
