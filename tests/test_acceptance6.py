"""Sixth acceptance run (a flash flood, a state builder's bond default, a teachers' strike, a
mining-permit ruling): general fixes, each on text written for this test (fictional people,
firms and outlets)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

from warta import __version__
from warta.api import analysis_of, analyze_docs, analyze_text
from warta.article.linemodel import LineInput, LineModel
from warta.document import Hints
from warta.ingest.records import new_doc
from warta.models import Analysis, Article
from warta.options import Options


def analysed(validate: Callable[[Any], Any], text: str) -> Article:
    article = analyze_text(text)
    validate(Analysis(warta_version=__version__, created="2026-01-01T00:00:00Z", articles=[article]))
    return article


def run_of(validate: Callable[[Any], Any], text: str) -> dict[str, Any]:
    doc = new_doc("<input>", text.encode("utf-8"), "txt", Hints())
    doc.article.id = "a1"
    data: dict[str, Any] = validate(analysis_of(analyze_docs([doc], Options())))
    return data


def speakers(data: dict[str, Any]) -> list[tuple[str | None, str]]:
    return [(q["speaker"]["name"] or q["speaker"]["description"], q["text"]) for q in data["quotes"]]


SHORT_REPORT = [
    "KABAR LEMBAH", "Rabu, 4 Juni 2025", "",
    "Ratusan Buruh Pabrik Sepatu Belum Digaji, Perusahaan Dililit Utang", "",
    "SERANG - Sedikitnya 400 buruh pabrik sepatu di Kecamatan Cikande belum menerima upah sejak bulan lalu "
    "setelah perusahaan tempat mereka bekerja gagal membayar utang ke bank.", "",
    "Ketua serikat buruh pabrik, Rosita Wulandari, mengatakan para buruh berkumpul di depan gerbang pabrik, "
    "Selasa (3/6/2025). \"Kami hanya ingin tahu kapan upah kami dibayar,\" katanya.", "",
    "Manajer personalia perusahaan itu menolak berkomentar saat didatangi wartawan di kantornya.", "", "(rw)", "",
    "Share this:", "Facebook", "WhatsApp",
]


def model_missing(monkeypatch: pytest.MonkeyPatch, *openings: str) -> None:
    """The line model reads the lines opening so as furniture (as it did on the run's dumps)."""
    real = LineModel.keep

    def keep(self: LineModel, lines: Sequence[LineInput], covered: bool) -> list[bool]:
        verdicts = real(self, lines, covered)
        return [kept and not line.text.startswith(openings) for kept, line in zip(verdicts, lines, strict=True)]

    monkeypatch.setattr(LineModel, "keep", keep)


def test_a_short_reports_middle_paragraph_between_kept_paragraphs_stays_body(
        validate: Callable[[Any], Any], monkeypatch: pytest.MonkeyPatch) -> None:
    model_missing(monkeypatch, "Ketua serikat buruh")
    article = analysed(validate, "\n".join(SHORT_REPORT))
    middle = SHORT_REPORT[7]
    assert middle in article.body
    assert all(r.text != middle for r in article.removed)
    # the widgets under the report are still removed
    assert {r.text for r in article.removed} >= {"Share this:", "(rw)"}


BOND_REPORT = [
    "Kabar Pasar", "", "Emiten Tambak Udang Gagal Bayar Bunga Obligasi, Saham Dihentikan", "",
    "Oleh: Dimas Pratama", "Kamis, 5 Juni 2025 - 09:10 WIB", "",
    "SURABAYA - PT Samudra Tambak Lestari Tbk gagal membayar bunga obligasi senilai Rp 45 miliar yang jatuh "
    "tempo Rabu (4/6/2025). Bursa langsung menghentikan sementara perdagangan saham perseroan.", "",
    "Baca Juga:", "Harga Udang Vaname di Tingkat Petambak Turun Tajam", "",
    "Direktur Keuangan perseroan, Lukas Harjono, mengakui arus kas perusahaan tertekan sejak awal tahun. "
    "\"Kami sedang menyusun rencana restrukturisasi,\" kata Lukas.", "",
    "Iklan", "Tabungan emas mulai Rp 5 ribu, aman dan diawasi OJK. Unduh aplikasinya sekarang.", "",
    "Otoritas pasar modal belum menanggapi pertanyaan mengenai kemungkinan sanksi bagi perseroan.", "",
    "Sekretaris perseroan, Maria Ulfa, membantah kabar bahwa perusahaan akan dinyatakan pailit "
    "dalam waktu dekat.", "", "(dp/ak)", "",
    "Berita Terkait:", "Daftar Emiten yang Sahamnya Disuspensi Pekan Ini",
]


def test_a_paragraph_under_an_ad_above_the_closing_paragraph_stays_body(
        validate: Callable[[Any], Any], monkeypatch: pytest.MonkeyPatch) -> None:
    model_missing(monkeypatch, "Otoritas pasar modal", "Sekretaris perseroan", "Direktur Keuangan")
    article = analysed(validate, "\n".join(BOND_REPORT))
    no_comment = BOND_REPORT[17]
    assert no_comment in article.body
    assert "Tabungan emas" not in article.body  # the ad itself stays removed
    assert article.body.index("Lukas Harjono") < article.body.index(no_comment) < article.body.index("Maria Ulfa")


def test_neither_denying_nor_confirming_a_report_is_no_quote_and_keeps_its_speaker(
        validate: Callable[[Any], Any]) -> None:
    data = run_of(validate, (
        "SURABAYA - Sumber di lingkungan bursa menyebut perseroan akan menjual dua tambak di Lampung.\n\n"
        "Kepala Humas PT Samudra Tambak Lestari, Benny Kurniawan, tidak membantah maupun membenarkan "
        "informasi tersebut. \"Kami menunggu hasil rapat direksi,\" katanya singkat.\n"))
    said = speakers(data)
    assert all(text != "informasi tersebut" for _who, text in said)  # a pointer to what was told is no speech
    assert ("Benny Kurniawan", "Kami menunggu hasil rapat direksi") in said
    assert all(who not in ("maupun", "tidak") for who, _text in said)


def test_a_negation_before_neither_nor_covers_both_verbs_and_the_speaker_is_their_subject(
        validate: Callable[[Any], Any]) -> None:
    data = run_of(validate, (
        "SURABAYA - Juru bicara PT Samudra Tambak Lestari, Rina Sari, tidak membantah maupun membenarkan "
        "bahwa perusahaan akan menjual dua tambak di Lampung.\n\n"
        "Direktur Utama perseroan, Hendra Wijaya, membantah maupun mengkritik bahwa harga udang turun.\n"))
    said = speakers(data)
    assert all("menjual dua tambak" not in text for _who, text in said)  # neither denied nor confirmed: no speech
    assert ("Hendra Wijaya", "harga udang turun") in said  # not "maupun"
    stances = {(p["stance"], p["holder"]["name"]) for c in data["claims"] for p in c["positions"]}
    assert ("does-not-confirm", "Rina Sari") in stances


def test_a_name_after_a_fronted_adjunct_is_the_subject_a_later_pronoun_speaks_for(
        validate: Callable[[Any], Any]) -> None:
    data = run_of(validate, (
        "SURABAYA - Ketua Komisi B DPRD Jawa Timur, Rudi Santoso, menilai direksi lalai. "
        "\"Ini salah kelola,\" kata Rudi.\n\n"
        "Dalam rapat itu, Direktur Utama Hendra Wijaya meminta waktu tiga bulan untuk menyusun rencana "
        "restrukturisasi. Ia menyebut perseroan masih memiliki piutang Rp 120 miliar dari mitra dagang.\n"))
    said = dict((text, who) for who, text in speakers(data))
    claim = next(text for text in said if text.startswith("perseroan masih memiliki piutang"))
    assert said[claim] == "Hendra Wijaya"
    assert said["Ini salah kelola"] == "Rudi Santoso"


def test_call_to_action_ads_gambling_results_and_copy_notices_get_their_reasons() -> None:
    from warta.article.markers import match_marker

    def reason(text: str) -> str | None:
        hit = match_marker(text, len(text.split()))
        return hit.reason if hit else None

    assert reason("Paket liburan ke Bali mulai Rp 1,9 juta per orang! Pesan sekarang.") == "promo"
    assert reason("Diskon akhir tahun untuk semua laptop. Beli sekarang!") == "promo"
    assert reason("TOGEL SINGAPURA MALAM INI KELUARAN SGP TERCEPAT, LINK DAFTAR KLIK DISINI") == "spam"
    assert reason("Kabar Lembah © 2025. Dilarang mengutip tanpa izin redaksi.") == "footer"
    # sentences that only mention the same words stay
    assert reason("Warga diminta mendaftar sekarang juga di kantor desa.") is None
    assert reason("Polisi menangkap bandar togel di Cikarang, Senin malam.") is None
    assert reason("Hasil keluaran pabrik naik dua persen.") is None


def test_an_html_pages_in_article_call_to_action_ad_is_removed(validate: Callable[[Any], Any]) -> None:
    from warta.api import analyze_bytes

    paragraphs = [SHORT_REPORT[5], SHORT_REPORT[7]]
    page = ("<html><head><title>Buruh Pabrik Sepatu Belum Digaji</title></head><body><article>"
            "<h1>Buruh Pabrik Sepatu Belum Digaji</h1>"
            f"<p>{paragraphs[0]}</p><div class='ads'><p>Promo sepatu lari mulai Rp 199 ribu! Beli sekarang.</p>"
            f"</div><p>{paragraphs[1]}</p></article></body></html>")
    article = analyze_bytes(page.encode("utf-8"), "html", "page.html")
    validate(Analysis(warta_version=__version__, created="2026-01-01T00:00:00Z", articles=[article]))
    assert "Beli sekarang" not in article.body
    assert "Rosita Wulandari" in article.body
    assert any(r.reason == "promo" and "Beli sekarang" in r.text for r in article.removed)


def test_a_dumps_closing_line_of_capitalised_words_is_the_outlet_signing_off(
        validate: Callable[[Any], Any]) -> None:
    body = SHORT_REPORT[3:11]
    article = analysed(validate, "\n".join([*body, "", "Warta Lembah Digital"]))
    assert article.outlet_name == "Warta Lembah Digital"
    assert "Warta Lembah Digital" not in article.body
    # a closing sentence stays the report's
    kept = analysed(validate, "\n".join([*body, "", "Demikian laporan dari Serang."]))
    assert kept.body.endswith("Demikian laporan dari Serang.")


def test_a_weekday_after_a_verb_with_through_in_its_clause_is_the_past_one(validate: Callable[[Any], Any]) -> None:
    data = run_of(validate, "\n".join([
        "River Wire", "Storms cut power across the valley", "Sunday, June 8, 2025 - 19:00 WIB", "",
        "BANDUNG - Storms cut power to thousands of homes in West Java, the utility said on Sunday.", "",
        "Strong winds swept through four districts late on Thursday after hours of heavy rain, officials said.",
        "", "The main road stays closed through Friday while crews clear fallen trees.",
    ]))
    values = {t["text"]: t["value"] for t in data["timexes"]}
    assert values["Thursday"] == "2025-06-05"  # the Thursday before the Sunday report
    assert values["Friday"] == "2025-06-13"  # "through Friday" still looks ahead


def test_a_wires_closing_credit_in_parentheses_gives_its_reporters_and_editors(
        validate: Callable[[Any], Any]) -> None:
    article = analysed(validate, "\n".join([
        "River Wire", "Storms cut power across the valley", "Sunday, June 8, 2025 - 19:00 WIB", "",
        "BANDUNG - Storms cut power to thousands of homes in West Java, the utility said on Sunday.", "",
        "Crews worked through the night to restore lines in the hardest-hit districts, officials said.", "",
        "(Reporting by Dewi Anggraini and Tom Reyes; Editing by Clara Ng)",
    ]))
    assert article.authors == ["Dewi Anggraini", "Tom Reyes"]
    assert article.editors == ["Clara Ng"]
    assert all("Editing by" not in r.text for r in article.removed)
    assert "Editing by" not in article.body


def test_an_unnamed_source_after_menurut_runs_to_its_comma(validate: Callable[[Any], Any]) -> None:
    data = run_of(validate, (
        "SERANG - Banjir merendam tiga desa di Kecamatan Cikande.\n\n"
        "Menurut seorang petugas di Dinas Sosial Kabupaten Serang yang meminta namanya tidak disebut, bantuan "
        "logistik baru tiba di dua desa.\n"))
    said = speakers(data)
    assert len(said) == 1
    who, text = said[0]
    assert text.startswith("bantuan logistik baru tiba")
    assert who is not None and who.endswith("yang meminta namanya tidak disebut")


def test_an_english_agency_named_by_a_long_description_after_the_report_is_its_speaker(
        validate: Callable[[Any], Any]) -> None:
    data = run_of(validate, (
        "SERANG - Floods have cut off three villages in Banten, the provincial disaster management agency said "
        "on Monday, as rescuers used boats to reach residents.\n"))
    assert ("the provincial disaster management agency", "Floods have cut off three villages in Banten") \
        in speakers(data)


def test_a_tally_reported_up_to_a_later_day_does_not_move_the_storys_day(validate: Callable[[Any], Any]) -> None:
    data = run_of(validate, "\n".join([
        "Kabar Lembah", "Banjir Rendam Tiga Kecamatan di Lebak", "Jumat, 6 Juni 2025 - 09:30 WIB", "",
        "RANGKASBITUNG - Banjir merendam tiga kecamatan di Kabupaten Lebak, Kamis (5/6/2025) malam. Hingga Jumat "
        "pagi, dua warga dilaporkan hilang dan 800 orang mengungsi.", "",
        "Kepala BPBD Lebak mengatakan air mulai naik sekitar pukul 21.15 WIB setelah hujan deras sejak sore.",
    ]))
    values = {t["text"]: t["value"] for t in data["timexes"]}
    assert values["sekitar pukul 21.15 WIB"] == "2025-06-05T21:15"  # the flood night, not the tally's morning
    assert values["Jumat pagi"] == "2025-06-06TMO"


def test_a_footer_names_its_outlet_with_the_year_after_or_the_name_before_the_mark() -> None:
    from warta.article.outlet import footer_outlet

    assert footer_outlet("© Kabar Lembah 2026") == "Kabar Lembah"
    assert footer_outlet("Warta Lembah © 2025. Dilarang mengutip tanpa izin.") == "Warta Lembah"
    assert footer_outlet("Copyright © 2025 Kabar Lembah. All Rights Reserved.") == "Kabar Lembah"
    assert footer_outlet("Copyright © 2017.") is None


def test_an_unnamed_sources_whole_description_is_kept_with_its_anonymity(validate: Callable[[Any], Any]) -> None:
    data = run_of(validate, (
        "SERANG - Perusahaan tambak itu gagal membayar bunga obligasi.\n\n"
        "Seorang sumber di lingkungan Otoritas Jasa Keuangan yang enggan disebut namanya mengatakan perseroan "
        "sudah diminta menyerahkan rencana restrukturisasi.\n"))
    quote = next(q for q in data["quotes"] if q["text"].startswith("perseroan sudah diminta"))
    assert quote["speaker"]["entity"] is None  # still an unnamed source, not the authority itself
    assert quote["speaker"]["description"].endswith("yang enggan disebut namanya")


def test_a_network_or_alliance_is_one_organisation_name() -> None:
    from warta.article.entities import find_article_entities

    entities = find_article_entities(
        "KENDARI - Warga didampingi Jaringan Advokasi Tambang Sulawesi dalam gugatan itu. Aliansi Jurnalis "
        "Independen Kendari mengecam intimidasi terhadap wartawan.\n\nJaringan listrik di Kendari padam tiga jam.")
    names = {e.name: e.type for e in entities}
    assert names.get("Jaringan Advokasi Tambang Sulawesi") == "ORG"
    assert names.get("Aliansi Jurnalis Independen Kendari") == "ORG"
    assert "Advokasi Tambang Sulawesi" not in names
    assert "Jaringan" not in names  # a network of power lines is no body
    defined = find_article_entities("Gugatan diajukan warga dengan didampingi Jaringan Advokasi Tambang (Jatam).")
    assert "Jaringan Advokasi Tambang" in {e.name for e in defined if e.type == "ORG"}
