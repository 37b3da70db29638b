"""Acceptance run 10, left for the lead: text dumps holding two articles, unreadable entries in
a directory. All article text here was written for these tests."""

from __future__ import annotations

from pathlib import Path

from warta.api import analyze_docs, foundation_pipeline
from warta.ingest import collect
from warta.ingest.split import split_dump
from warta.options import Options

FIRST = """Warga Sukamaju Gotong Royong Bersihkan Saluran Irigasi
Sabtu, 4 Maret 2023 08:15 WIB

Sukamaju - Ratusan warga Desa Sukamaju turun ke sawah untuk membersihkan saluran irigasi yang tersumbat lumpur sejak musim hujan lalu.
Kepala desa mengatakan saluran itu mengairi sekitar dua ratus hektare sawah milik petani setempat.
Menurut dia, kerja bakti akan diulang setiap bulan agar air tetap mengalir ke petak-petak di ujung desa.
Para petani berharap musim tanam berikutnya tidak lagi terganggu oleh genangan di hulu saluran.
(rdk)
"""

SECOND = """Pasar Malam Kembali Digelar di Alun-alun Kota Lama
Minggu, 5 Maret 2023 19:40 WIB
Penulis: Sari Wulandari
Setelah tiga tahun vakum, pasar malam kembali meramaikan alun-alun Kota Lama pada akhir pekan ini.
Panitia mencatat lebih dari seratus pedagang kecil menyewa lapak selama sepekan penyelenggaraan.
Seorang pedagang kue mengaku omzetnya naik dua kali lipat dibandingkan hari biasa di pasar pagi.
Pemerintah kota meminta pengunjung menjaga kebersihan dan memarkir kendaraan di tempat yang disediakan.
"""

SUBHEADED = """Sekolah Rakyat di Lereng Gunung Mulai Menerima Murid
Senin, 6 Maret 2023 10:00 WIB

Sebuah sekolah rakyat di lereng gunung mulai menerima murid dari tiga dusun yang jauh dari kota kecamatan.
Para guru relawan datang bergantian setiap pekan membawa buku dan alat tulis sumbangan warga kota.
Kepala dusun menyebut anak-anak sebelumnya harus berjalan dua jam untuk sampai ke sekolah terdekat.
Kebutuhan Guru Masih Tinggi
Pengelola sekolah mengatakan mereka masih kekurangan pengajar untuk pelajaran matematika dan bahasa.
Mereka membuka pendaftaran relawan baru melalui balai desa hingga akhir bulan depan.
Relawan yang diterima akan mendapat pelatihan singkat sebelum mulai mengajar di kelas.
Baca Juga
Jembatan Gantung Baru Hubungkan Dua Dusun Terpencil
Selasa, 28 Februari 2023 09:00 WIB
Perpustakaan Keliling Sambangi Desa di Perbatasan
Rabu, 1 Maret 2023 14:30 WIB
Warga berharap sekolah itu kelak mendapat bangunan permanen dari pemerintah daerah setempat.
"""


def test_two_articles_in_one_dump_split_at_the_second_headline() -> None:
    raw = (FIRST + "\n" + SECOND).encode("utf-8")
    parts = split_dump(raw)
    assert [first for first, _ in parts] == [1, FIRST.count("\n") + 2]
    assert b"".join(part for _, part in parts) == raw  # every line in exactly one part
    assert parts[1][1].startswith(b"Pasar Malam Kembali")


def test_crlf_dump_splits_on_its_own_bytes() -> None:
    raw = (FIRST + "\n" + SECOND).replace("\n", "\r\n").encode("utf-8")
    parts = split_dump(raw)
    assert len(parts) == 2 and b"".join(part for _, part in parts) == raw


def test_binary_file_named_txt_is_never_split() -> None:
    raw = b"%PDF-1.4\n" + (FIRST + "\n" + SECOND).encode("utf-8")
    assert split_dump(raw) == [(1, raw)]
    assert len(split_dump((FIRST + "\n" + SECOND).encode("utf-8"))) == 2


def test_subheading_and_dated_related_list_do_not_split() -> None:
    assert split_dump(SUBHEADED.encode("utf-8")) == [(1, SUBHEADED.encode("utf-8"))]
    assert len(split_dump(FIRST.encode("utf-8"))) == 1


def test_split_parts_are_named_like_jsonl_rows_warned_and_analysed(tmp_path: Path) -> None:
    dump = tmp_path / "dua.txt"
    dump.write_text(FIRST + "\n" + SECOND, encoding="utf-8")
    docs, run_errors = collect([str(dump)], Options())
    assert not run_errors
    second_line = FIRST.count("\n") + 2
    assert [d.article.source for d in docs] == [f"{dump}#L1", f"{dump}#L{second_line}"]
    assert all([e.code for e in d.article.errors] == ["W-INGEST-104"] for d in docs)
    analysed = analyze_docs(docs, Options(), foundation_pipeline())
    titles = [d.article.title for d in analysed]
    assert titles == ["Warga Sukamaju Gotong Royong Bersihkan Saluran Irigasi",
                      "Pasar Malam Kembali Digelar di Alun-alun Kota Lama"]
    assert analysed[1].article.authors == ["Sari Wulandari"]
    assert analysed[0].article.authors == []


def test_split_parts_are_stored_not_failed(tmp_path: Path) -> None:
    from warta.store import Store

    dump = tmp_path / "dua.txt"
    dump.write_text(FIRST + "\n" + SECOND, encoding="utf-8")
    with Store(str(tmp_path / "w.db")) as store:
        report = store.ingest([str(dump)], Options(), pipeline=foundation_pipeline())
    assert [item.status for item in report.items] == ["added", "added"]


def test_dangling_link_in_a_directory_is_a_coded_warning(tmp_path: Path) -> None:
    folder = tmp_path / "berita"
    folder.mkdir()
    (folder / "ada.txt").write_text(FIRST, encoding="utf-8")
    (folder / "hilang.txt").symlink_to(tmp_path / "tidak-ada.txt")
    docs, run_errors = collect([str(folder)], Options())
    assert [d.article.source for d in docs] == [str(folder / "ada.txt")]
    assert [e.code for e in run_errors] == ["W-INGEST-105"]
    assert "hilang.txt" in run_errors[0].message and "missing" in run_errors[0].message


def test_directory_of_only_unreadable_entries_still_says_nothing_readable(tmp_path: Path) -> None:
    folder = tmp_path / "kosong"
    folder.mkdir()
    (folder / "hilang.txt").symlink_to(tmp_path / "tidak-ada.txt")
    _, run_errors = collect([str(folder)], Options())
    assert sorted(e.code for e in run_errors) == ["E-INGEST-006", "W-INGEST-105"]


def test_skipped_entry_warns_without_failing_the_run(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from warta.cli import main

    folder = tmp_path / "berita"
    folder.mkdir()
    (folder / "ada.txt").write_text(FIRST, encoding="utf-8")
    (folder / "hilang.txt").symlink_to(tmp_path / "tidak-ada.txt")
    result = CliRunner().invoke(main, ["analyze", str(folder), "--json", str(tmp_path / "out.json")])
    assert result.exit_code == 0
    assert "W-INGEST-105" in result.output


PAGE = """<html><head><title>Banjir Rob Genangi Pesisir Utara Desa Lautan - Warta Pesisir</title></head>
<body><h1>Banjir Rob Genangi Pesisir Utara Desa Lautan</h1>
<p>Air laut pasang menggenangi puluhan rumah di pesisir utara Desa Lautan sejak Selasa pagi.</p>
<p>Warga memindahkan perabot ke tempat yang lebih tinggi sambil menunggu air surut menjelang sore.</p>
<p>"Kami sudah biasa, tapi tahun ini airnya lebih tinggi," kata seorang nelayan di dermaga.</p>
<p>Baca juga: Cara Menyiapkan Rumah Menghadapi Musim Pasang</p></body></html>"""


def test_page_headline_equal_to_its_title_without_outlet_is_a_duplicate_headline() -> None:
    import json

    from warta.ingest.containers import read_jsonl

    row = json.dumps({"html": PAGE, "url": "https://pesisir.example.id/daerah/banjir-rob"})
    docs = analyze_docs(read_jsonl("rows.jsonl", row.encode("utf-8")), Options(), foundation_pipeline())
    article = docs[0].article
    headline = "Banjir Rob Genangi Pesisir Utara Desa Lautan"
    reasons = [r.reason for r in article.removed if r.text == headline]
    assert reasons == ["duplicate-headline"]
    assert headline not in article.body
