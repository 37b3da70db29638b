"""Acceptance run 12: defects found feeding warta a messy pile (own text throughout)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from tests.test_clean import pieces_by_line, tiles
from warta.api import analyze, analyze_input, analyze_text
from warta.article.title_marks import split_decorations
from warta.ingest import read_path
from warta.models import Article
from warta.options import Options

REPORT = [
    "SURABAYA, Kabar Kota - Pemerintah kota meresmikan jembatan penyeberangan baru di depan pasar "
    "induk pada Kamis (9/11/2023), kata wali kota kepada wartawan.",
    "Menurut dia, jembatan itu dibangun agar pedagang dan pembeli tidak lagi menyeberang jalan raya "
    "yang padat kendaraan pada pagi hari.",
    "Sejumlah pedagang menyambut baik jembatan tersebut, meski mereka berharap atapnya diperlebar "
    "supaya pembeli tidak kehujanan.",
]
DECORATED = "🔴 Jembatan Penyeberangan Pasar Induk Diresmikan 🙏🙏"
HEADLINE = "Jembatan Penyeberangan Pasar Induk Diresmikan"


def _dump(title: str) -> str:
    return "\n\n".join([title, "Kamis, 9 November 2023 - 14:05 WIB", *REPORT])


def test_pictographs_around_a_dump_headline_are_cut_and_kept_as_removed_text() -> None:
    article = analyze_text(_dump(DECORATED))
    assert article.title == HEADLINE
    assert article.title_line == 1
    cut = [(r.text, r.reason) for r in article.removed if r.line == 1]
    assert cut == [("🔴", "decoration"), ("🙏🙏", "decoration")]
    # every character of the headline line is in the title or in a removed piece, in order
    assert tiles(DECORATED, pieces_by_line(article)[1])


def test_headline_without_pictographs_is_left_alone() -> None:
    article = analyze_text(_dump(HEADLINE + " (Foto)"))
    assert article.title == HEADLINE + " (Foto)"
    assert not [r for r in article.removed if r.line == 1]


def test_stated_title_of_a_jsonl_record_loses_its_pictographs() -> None:
    record = {"title": "✅ " + HEADLINE, "text": "\n\n".join(REPORT), "published": "2023-11-09"}
    article = analyze_input(json.dumps(record), fmt="jsonl").articles[0]
    assert article.title == HEADLINE


def test_signs_a_headline_may_mean_are_no_decoration() -> None:
    for title in ("Suhu Puncak Capai 35°", "Merek Dagang Kopi Lokal®", "Harga Gula dan \ufffdPasar Gelap\ufffd"):
        assert split_decorations(title) == ("", title, "")
    assert split_decorations("🔥🔥🔥") == ("", "🔥🔥🔥", "")  # nothing else: the headline is what there is
    before, headline, after = split_decorations("⚽️ Gol Telat Selamatkan Tuan Rumah")
    assert (before, headline.strip(), after) == ("⚽️", "Gol Telat Selamatkan Tuan Rumah", "")


# --- a masthead naming the site's section above the headline (run 12: "Kompas.com - Bola") ---

SPORTS_REPORT = [
    "BANDUNG, KOMPAS.com — Tim tuan rumah menang 2-1 atas tamunya dalam laga lanjutan liga pada "
    "Sabtu (11/11/2023) malam, berkat gol pada menit akhir.",
    "Pelatih tim tuan rumah mengatakan kemenangan itu membuat para pemain lebih percaya diri menjelang "
    "dua laga tandang pekan depan.",
]


def test_outlet_and_section_line_above_the_headline_is_a_masthead() -> None:
    text = "\n\n".join(["Kompas.com - Bola", "Gol Menit Akhir Menangkan Tuan Rumah",
                       "Sabtu, 11 November 2023 22:10 WIB", *SPORTS_REPORT])
    article = analyze_text(text)
    assert article.title == "Gol Menit Akhir Menangkan Tuan Rumah"
    assert ("outlet", "Kompas.com - Bola") in {(m.kind, m.text) for m in article.metadata_lines}
    assert article.body.startswith("BANDUNG, KOMPAS.com")
    assert article.outlet == "kompas" and article.dateline == "Bandung"


def test_a_headline_with_a_dash_is_no_masthead() -> None:
    text = "\n\n".join(["Persib - Persija Berakhir Imbang", "Sabtu, 11 November 2023 22:10 WIB", *SPORTS_REPORT])
    assert analyze_text(text).title == "Persib - Persija Berakhir Imbang"


# --- a live report's entries stamped "10.15 WIB: …" ---

LIVE = """LANGSUNG: Hari Pertama Pameran Buku Kota
Sabtu, 11 November 2023 09:00 WIB
09.30 WIB: Pintu pameran dibuka dan antrean pengunjung mengular sampai ke halaman parkir.
10.45 WIB: Wali kota membuka pameran dan membeli tiga buku cerita anak.
Pertandingan dimulai pukul 10.15: Tim tamu langsung menekan sejak menit pertama.
"""


def test_live_entries_stamped_with_zone_and_colon_give_their_time_to_metadata() -> None:
    article = analyze_text(LIVE)
    assert article.body.startswith("Pintu pameran dibuka")
    times = [(m.line, m.text) for m in article.metadata_lines if m.text.endswith("WIB") and len(m.text) < 10]
    assert times == [(3, "09.30 WIB"), (4, "10.45 WIB")]
    assert "pukul 10.15: Tim tamu" in article.body  # a clock time without its zone is no entry stamp


# --- a video teaser block: "Tonton juga:" and "Simak video pilihan berikut ini:" ---

def test_video_teaser_blocks_are_removed_with_their_items() -> None:
    text = "\n\n".join([
        "Gol Menit Akhir Menangkan Tuan Rumah", "Sabtu, 11 November 2023 22:10 WIB", SPORTS_REPORT[0],
        "Tonton juga:", "VIDEO: Suporter Rayakan Kemenangan di Depan Stadion", SPORTS_REPORT[1],
        "Simak video pilihan berikut ini:", "[Video] Pelatih Puji Mental Pemain Muda",
    ])
    article = analyze_text(text)
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["Tonton juga:"] == "related-link"
    assert reasons["VIDEO: Suporter Rayakan Kemenangan di Depan Stadion"] == "related-link"
    assert reasons["Simak video pilihan berikut ini:"] == "promo"
    assert reasons["[Video] Pelatih Puji Mental Pemain Muda"] == "promo"
    assert article.body.rstrip().endswith("pekan depan.")


# --- a page whose report is only in its JSON-LD articleBody ---

def test_report_held_only_in_json_ld_keeps_its_paragraphs() -> None:
    paragraphs = [*SPORTS_REPORT, "Kemenangan itu mengangkat tim tuan rumah ke peringkat ketiga klasemen "
                  "sementara, dua poin di belakang pemimpin klasemen."]
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Gol Menit Akhir",
            "datePublished": "2023-11-11T22:10:00+07:00", "articleBody": "\n".join(paragraphs)}
    page = (f'<html><head><title>Gol Menit Akhir</title><script type="application/ld+json">{json.dumps(data)}'
            '</script></head><body><div id="app"><div class="loading">Memuat...</div></div></body></html>')
    article = analyze_input(page, fmt="html").articles[0]
    assert [article.body[start:end] for start, end in article.paragraphs] == paragraphs


# --- RFC 2822 dates in a JSONL export ---

def test_rfc2822_published_keeps_its_zone() -> None:
    text = "\n\n".join(SPORTS_REPORT)
    for given, expected in [("Sat, 11 Nov 2023 22:10:00 +0700", "2023-11-11T22:10+07:00"),
                            ("Sat, 11 Nov 2023 10:10:00 -0500", "2023-11-11T10:10-05:00")]:
        record = {"title": "Gol Menit Akhir Menangkan Tuan Rumah", "text": text, "published": given}
        article = analyze_input(json.dumps(record), fmt="jsonl").articles[0]
        assert article.published == expected, given
        assert "W-META-103" not in {e.code for e in article.errors}  # the zone is stated


# --- L7: JSONL metadata of the wrong type is named, not dropped silently ---

def _jsonl_article(**fields: object) -> Article:
    record = {"text": "\n\n".join(REPORT), **fields}
    return analyze_input(json.dumps(record), fmt="jsonl").articles[0]


def test_metadata_that_is_no_string_is_warned_and_the_record_still_analysed() -> None:
    for field, value, kind in [("title", 123, "a number"), ("title", ["a"], "a list"),
                               ("url", 42, "a number"), ("outlet", {"nama": "x"}, "an object"),
                               ("published", ["2023"], "a list"), ("published", True, "a boolean")]:
        article = _jsonl_article(**{field: value})
        warned = [e for e in article.errors if e.code == "W-INGEST-108"]
        assert len(warned) == 1, (field, value)
        assert f"'{field}'" in warned[0].message and kind in warned[0].message
        assert article.body and article.paragraphs  # analysed, not a placeholder


def test_epoch_seconds_are_read_and_absent_or_null_fields_say_nothing() -> None:
    article = _jsonl_article(published=1699750000.5, title=None, url="")
    assert article.published is not None and article.published.startswith("2023-11-12")
    assert "W-INGEST-108" not in {e.code for e in article.errors}


def test_epoch_seconds_out_of_range_are_warned() -> None:
    article = _jsonl_article(published=1e20)
    assert [e.code for e in article.errors].count("W-INGEST-108") == 1
    assert "epoch seconds" in next(e.message for e in article.errors if e.code == "W-INGEST-108")


# --- L9: a .gz name over content that is no gzip is said, not passed over ---

def _codes(path: Path) -> list[list[str]]:
    return [[e.code for e in doc.article.errors] for doc in read_path(str(path), path, Options())]


def test_plain_text_named_gz_is_read_with_a_warning(tmp_path: Path) -> None:
    named = tmp_path / "jembatan.txt.gz"
    named.write_text(_dump(HEADLINE), encoding="utf-8")
    assert _codes(named) == [["W-INGEST-109"]]
    article = analyze([str(named)]).articles[0]
    assert article.title == HEADLINE and "W-INGEST-109" in {e.code for e in article.errors}


def test_plain_warc_named_gz_is_read_with_a_warning_and_a_gzipped_one_without(tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    from tests.test_acceptance11 import _warc

    gzipped = tmp_path / "rel.warc.gz"
    gzipped.write_bytes(_warc(gzip_each_record=True))
    plain = tmp_path / "polos.warc.gz"
    plain.write_bytes(gzip.decompress(_warc(gzip_each_record=False)))
    assert _codes(gzipped) == [["W-INGEST-102"], ["W-INGEST-102"], []]
    assert [codes.count("W-INGEST-109") for codes in _codes(plain)] == [1, 1, 1]


# --- L6: warta ingest's wording matches its exit code ---

def test_ingest_lists_a_warc_record_it_passes_over_as_skipped_and_an_empty_file_as_failed(
        tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    from click.testing import CliRunner

    from tests.test_acceptance11 import _warc
    from warta.cli import main

    crawl = tmp_path / "rel.warc.gz"
    crawl.write_bytes(_warc(gzip_each_record=True))
    runner = CliRunner()
    warned = runner.invoke(main, ["ingest", str(crawl), "--db", str(tmp_path / "w.db")])
    statuses = [line.split()[0] for line in warned.output.splitlines() if line.startswith(("skipped", "failed"))]
    assert warned.exit_code == 0 and statuses == ["skipped", "skipped"]
    assert "2 skipped, 0 failed" in warned.output
    empty = tmp_path / "kosong.txt"
    empty.write_text("  \n", encoding="utf-8")
    failed = runner.invoke(main, ["ingest", str(empty), "--db", str(tmp_path / "w.db")])
    assert failed.exit_code == 1 and "0 skipped, 1 failed" in failed.output
