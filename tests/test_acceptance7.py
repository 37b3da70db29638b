"""Acceptance run 7: defects a fresh user's pile of dumps showed in dates, leads, outlets,
cleaning and the store. All texts are fictional and written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from warta.api import analyze_text
from warta.article.date_estimate import estimate_published
from warta.article.date_lines import parse_date_line
from warta.article.decode import decode_bytes
from warta.article.outlet import find_lead, outlet_key
from warta.options import Options
from warta.store import Store

DUMP = """Beranda > Berita > Daerah
Advertisement
Jembatan Gantung di Desa Sukamaju Putus, Warga Menyeberang dengan Rakit
kabarlokal.id - 3 Maret 2021, 14:10 WIB
Reporter: Dewi Anggraini | Editor: Hendra
Foto: Dok. Warga
SUKAMAJU (Kabar Lokal) – Jembatan gantung yang menghubungkan dua dusun di Desa Sukamaju putus setelah diterjang banjir, Selasa (2/3/2021) malam.
Kepala desa setempat, Ahmad Suryadi, mengatakan tidak ada korban jiwa dalam peristiwa itu. "Warga sudah kami minta menjauhi sungai sejak sore," ujarnya.
Baca juga: Harga Beras di Pasar Induk Mulai Turun
Menurut Ahmad, sekitar tiga ratus warga kini harus menyeberang memakai rakit bambu untuk pergi ke sekolah dan ke pasar.
ADVERTISEMENT
SCROLL TO CONTINUE WITH CONTENT
Baca juga: Banjir Rendam Puluhan Rumah di Hilir Sungai
Halaman 1 dari 2
Selanjutnya
Pemerintah kabupaten berjanji membangun jembatan darurat dalam waktu dua pekan.
Dinas pekerjaan umum sudah mengirim tim untuk mengukur lebar sungai dan memeriksa tiang jembatan yang tersisa.
Sementara itu, warga bergotong royong membersihkan sisa kayu dan sampah yang tersangkut di tepi sungai sejak pagi hari. Mereka berharap bantuan segera datang sebelum musim hujan mencapai puncaknya. (dew/hdr)
Daftar sekarang dan dapatkan bonus 100% slot gacor hari ini! Situs judi online terpercaya
Bagikan: Facebook Twitter WhatsApp
Copyright © 2021 kabarlokal.id. All rights reserved.
"""


def test_a_date_line_led_by_a_lower_case_domain_is_metadata() -> None:
    found = parse_date_line("kabarlokal.id - 3 Maret 2021, 14:10 WIB")
    assert found is not None and found.text.startswith("3 Maret 2021")
    assert parse_date_line("ada tiga kejadian 3 Maret 2021") is None  # running text stays text


def test_the_dump_is_dated_by_its_date_line_and_keeps_the_text_after_a_page_turn() -> None:
    article = analyze_text(DUMP)
    assert article.published_source != "estimated"
    assert str(article.published).startswith("2021-03-03")
    body_lines = set(article.paragraph_lines)
    assert {16, 17, 18} <= body_lines, article.removed  # the second page and the signed closing paragraph
    assert "bergotong royong" in article.body
    reasons = {r.line: r.reason for r in article.removed}
    assert reasons[14] == "pagination" and reasons[19] == "spam"


def test_a_lead_dash_written_against_the_words_is_still_the_lead() -> None:
    lead = find_lead("Jakarta, Warta Kita-- Seorang petani menemukan")
    assert lead is not None and lead.outlet == "Warta Kita" and lead.place == "Jakarta"
    domain = find_lead("Kabarlokal.id-Kepala desa itu mengatakan")
    assert domain is not None and domain.outlet == "Kabarlokal.id"
    spaced = find_lead("SUKAMAJU –Jembatan gantung itu putus")
    assert spaced is not None and spaced.place == "SUKAMAJU"
    assert find_lead("ASEAN-Jepang menyepakati kerja sama baru") is None  # a compound, not a lead


def test_an_outlet_seen_by_name_and_by_domain_gets_one_key() -> None:
    assert outlet_key("Pos Kota") == outlet_key("poskotanews.com") == outlet_key("Poskotanews.com")


def test_a_year_the_text_awaits_caps_the_estimated_year() -> None:
    text = ("Ketua partai itu berbicara kepada wartawan di Jakarta, Selasa (7/11). "
            "Ia yakin partainya menang dalam Pemilu 2019 mendatang.")
    estimate = estimate_published(text)
    assert estimate is not None
    assert estimate.value.year <= 2019 and estimate.value.isoweekday() == 2
    assert estimate.window[1] - estimate.window[0] < dt.timedelta(days=60)


def test_an_empty_input_is_reported_failed_and_not_stored(tmp_path: Path) -> None:
    empty = tmp_path / "kosong.txt"
    empty.write_text("\n  \n", encoding="utf-8")
    good = tmp_path / "dump.txt"
    good.write_text(DUMP, encoding="utf-8")
    with Store(tmp_path / "w.db") as store:
        report = store.ingest([str(empty), str(good)], Options())
        assert report.counts()["failed"] == 1 and report.counts()["added"] == 1
        [failed] = report.with_status("failed")
        assert failed.source.endswith("kosong.txt") and failed.errors[0].code == "E-INGEST-001"
        again = store.ingest([str(empty)], Options())
        assert again.counts()["failed"] == 1 and again.counts()["added"] == 0


def test_utf8_with_one_corrupt_byte_stays_utf8_and_says_so() -> None:
    raw = "Warga menyebut banjir itu “yang terparah” sejak kafe di tepi sungai dibuka.".encode() + b"\xff\n"
    text, fallback = decode_bytes(raw)
    assert "“yang terparah”" in text and "\ufffd" in text
    assert fallback is not None and fallback.startswith("utf-8")
    cp1252 = "Warga menyebut banjir itu “yang terparah”.".encode("cp1252")
    assert decode_bytes(cp1252) == ("Warga menyebut banjir itu “yang terparah”.", "cp1252")
