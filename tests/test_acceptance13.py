"""Acceptance run 13: defects found feeding warta a messy pile (own text throughout)."""

from __future__ import annotations

import json
from pathlib import Path

from warta.api import analyze, analyze_input, analyze_text
from warta.article.date_lines import parse_date_line

REPORT = [
    "MATARAM, Warta Pesisir - Pemerintah provinsi menunda kenaikan tarif air bersih yang semula "
    "berlaku awal bulan depan, kata kepala dinas pekerjaan umum kepada wartawan di kantornya.",
    "Menurut dia, penundaan itu diputuskan setelah warga di tiga kecamatan mengeluhkan pasokan air "
    "yang sering terhenti pada malam hari selama musim kemarau.",
    "Sejumlah pedagang di pasar kota menyambut baik keputusan tersebut, meski mereka meminta "
    "perusahaan daerah memperbaiki pipa yang bocor di sepanjang jalan utama.",
    "Dewan perwakilan rakyat daerah berencana memanggil direksi perusahaan air minum untuk "
    "menjelaskan rencana perbaikan jaringan pipa sebelum tarif baru dibahas lagi.",
    "Kepala dinas menambahkan, pemerintah juga menyiapkan mobil tangki bagi kampung yang airnya "
    "belum mengalir lebih dari dua hari.",
]
CLOSING = "Rapat dengar pendapat dijadwalkan pada Kamis pekan depan."
HEADLINE = "Kenaikan Tarif Air Bersih di Mataram Ditunda"


def _dump(date_line: str, *tail: str) -> str:
    return "\n\n".join([HEADLINE, date_line, *REPORT, *tail])


# --- a Hijri date beside the Gregorian one on the date line ---------------------------------

HIJRI_LINE = "Senin, 4 Syawal 1439 H / 18 Juni 2018 09:30 WIB"


def test_a_date_line_with_the_hijri_date_beside_it_is_the_publication_date() -> None:
    article = analyze_text(_dump(HIJRI_LINE))
    assert article.published == "2018-06-18T09:30+07:00"
    assert article.published_source == "dateline"
    assert [(m.line, m.kind) for m in article.metadata_lines if m.line == 3] == [(3, "date")]
    assert not [r for r in article.removed if r.line == 3]


def test_either_order_and_the_long_era_name_are_read() -> None:
    for line in ("18 Juni 2018 | 4 Syawal 1439 Hijriah", "Kamis, 1 Dzulhijjah 1439 H - 13 Agustus 2018"):
        found = parse_date_line(line)
        assert found is not None, line
    assert parse_date_line("18 Juni 2018 | 4 Syawal 1439 Hijriah").day.isoformat() == "2018-06-18"  # type: ignore[union-attr]


def test_a_sentence_naming_both_dates_is_no_date_line() -> None:
    assert parse_date_line("Warga merayakan 4 Syawal 1439 H yang jatuh pada 18 Juni 2018") is None
    assert parse_date_line("4 Syawal 1439 H") is None  # a Hijri date alone gives no Gregorian day


# --- a JSONL export whose article sits in another field -------------------------------------

def _jsonl_error(record: dict[str, object]) -> str:
    analysis = analyze_input(json.dumps(record), fmt="jsonl")
    [article] = analysis.articles
    [error] = article.errors
    assert error.code == "E-INGEST-005"
    return error.message


def test_a_row_with_its_text_under_another_name_names_the_fields_it_has() -> None:
    message = _jsonl_error({"link": "https://warta.example/a", "headline": HEADLINE, "content": REPORT[0]})
    assert "link, headline, content" in message


def test_a_row_with_its_article_in_a_nested_object_names_the_inner_fields() -> None:
    record = {"id": 7, "article": {"title": HEADLINE, "body": REPORT[0]}, "source": {"name": "Warta Pesisir"}}
    message = _jsonl_error(record)
    assert "article{title, body}" in message and "source{name}" in message


# --- the closing paragraph above a comment section or a share bar ---------------------------

THREAD = ["Komentar (2)", "pembaca_setia", "3 jam yang lalu", "Semoga pipanya cepat diperbaiki.", "Balas",
          "warga_ampenan", "1 jam yang lalu", "Di tempat saya air mati sejak Senin.", "Balas"]


def _closing_kept(*tail: str) -> bool:
    article = analyze_text(_dump("Selasa, 12 Juni 2018 10:15 WITA", CLOSING, *tail))
    closing_line = 2 * (len(REPORT) + 3) - 1
    assert not [r for r in article.removed if (r.line or 0) < closing_line]
    return CLOSING in article.body and not [r for r in article.removed if r.line == closing_line]


def test_the_closing_paragraph_above_a_comment_thread_stays_body() -> None:
    assert _closing_kept(*THREAD)
    article = analyze_text(_dump("Selasa, 12 Juni 2018 10:15 WITA", CLOSING, *THREAD))
    assert "Semoga pipanya" not in article.body
    assert {r.reason for r in article.removed} == {"comment"}


def test_the_closing_paragraph_above_a_share_bar_stays_body() -> None:
    assert _closing_kept("Bagikan artikel ini")


# --- a wire credit on its own line, with related links under it -----------------------------

CREDITED_TAILS = [
    ("Sumber: Antara", "Baca juga: Warga Antre Air Bersih di Cakranegara"),
    ("(Antara)", "Berita Terkait", "Warga Antre Air Bersih di Cakranegara"),
    ("Sumber: Antara", "Bagikan:", "Facebook", "Twitter"),
]


def test_a_source_credit_above_related_links_names_the_outlet_retold() -> None:
    for tail in CREDITED_TAILS:
        article = analyze_text(_dump("Selasa, 12 Juni 2018 10:15 WITA", *tail))
        assert article.retold_from == ["Antara"], tail
        assert article.body.endswith(tail[0]), tail
        assert not [r for r in article.removed if r.text == tail[0]], tail


def test_a_credit_naming_no_known_outlet_is_left_to_the_model() -> None:
    article = analyze_text(_dump("Selasa, 12 Juni 2018 10:15 WITA", "Sumber: Grup Obrolan Warga",
                                 "Baca juga: Warga Antre Air Bersih di Cakranegara"))
    assert article.retold_from == []


# --- a file of a name warta does not read, named on its own ---------------------------------

def test_a_csv_named_on_its_own_is_read_with_a_warning_saying_so(tmp_path: Path) -> None:
    sheet = tmp_path / "sumber.csv"
    sheet.write_text("url,judul\nhttps://warta.example/a,Tarif Air Ditunda\n", encoding="utf-8")
    [article] = analyze([str(sheet)]).articles
    assert "W-INGEST-110" in [e.code for e in article.errors]
    assert ".csv" in next(e.message for e in article.errors if e.code == "W-INGEST-110")
    assert "Tarif Air Ditunda" in f"{article.title} {article.body}"  # read and analysed, not a placeholder
    assert not [e for e in article.errors if e.code.startswith("E-")]


def test_a_binary_file_of_a_foreign_name_still_fails_as_binary(tmp_path: Path) -> None:
    pdf = tmp_path / "laporan.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary")
    [article] = analyze([str(pdf)]).articles
    assert "E-INGEST-002" in [e.code for e in article.errors]


def test_known_names_and_a_bare_name_get_no_such_warning(tmp_path: Path) -> None:
    text = "\n\n".join([HEADLINE, "Selasa, 12 Juni 2018 10:15 WITA", *REPORT])
    for name in ("tarif.txt", "tarif"):
        (tmp_path / name).write_text(text, encoding="utf-8")
        [article] = analyze([str(tmp_path / name)]).articles
        assert "W-INGEST-110" not in [e.code for e in article.errors], name


def test_a_directory_still_skips_the_csv_with_one_run_warning(tmp_path: Path) -> None:
    (tmp_path / "sumber.csv").write_text("url,judul\n", encoding="utf-8")
    (tmp_path / "tarif.txt").write_text("\n\n".join([HEADLINE, *REPORT]), encoding="utf-8")
    analysis = analyze([str(tmp_path)])
    assert [a.source.endswith("tarif.txt") for a in analysis.articles] == [True]
    assert [e.code for e in analysis.errors] == ["W-INGEST-106"]
