"""Acceptance run 10: defects a fresh user's pile (a food-poisoning scare followed over days, a
football federation's appointments, a regional budget case, a foreign election; AMP and
JSON-LD pages, mojibake, invisible characters, Markdown dumps) showed in ingest, cleaning and
metadata. All texts are fictional and written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.api import analyze, analyze_text
from warta.article.extract import normalise_space, without_markdown
from warta.article.mojibake import repair_mojibake
from warta.article.outlet import outlet_key

BODY = (
    "Dinas Kesehatan Kabupaten Sumber Rejo mencatat 52 warga Desa Ngadirejo dirawat setelah "
    "menyantap hidangan pesta pernikahan, Sabtu (4/11/2017). Kepala dinas mengatakan sampel "
    "makanan sudah dikirim ke laboratorium provinsi.\n"
    "Pemilik usaha jasa boga yang memasak hidangan itu membantah lalai dan berjanji membantu "
    "biaya pengobatan para korban.\n"
)


def codes(article: object) -> list[str]:
    return [e.code for e in article.errors]  # type: ignore[attr-defined]


def double_decoded(text: str) -> str:
    """``text`` as a tool that reads UTF-8 as cp1252 and saves it again would leave it."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


def test_mojibake_runs_are_restored() -> None:
    original = "Kata \u201cbaik\u201d \u2014 caf\u00e9 \u00a92017 \u2013 selesai"
    fixed, count = repair_mojibake(double_decoded(original))
    assert fixed == original
    assert count == 6


def test_text_without_mojibake_is_left_alone() -> None:
    text = "Harga naik \u2014 \u201cmahal\u201d, kata \u00c9mile; suhu 30\u00b0C, \u00d7 dua."
    assert repair_mojibake(text) == (text, 0)


def test_double_decoded_dump_gets_its_date_line_and_clean_quotes(tmp_path: Path) -> None:
    dump = ("Warga Ngadirejo Keracunan Hidangan Pesta\n"
            "Minggu, 5 November 2017 19:30 WIB \u2013 Kabar Timur\n"
            "\u201cKami masih menunggu hasil laboratorium,\u201d kata kepala dinas.\n" + BODY)
    path = tmp_path / "dump.txt"
    path.write_bytes(double_decoded(dump).encode("utf-8"))
    article = analyze([str(path)]).articles[0]
    assert article.published == "2017-11-05T19:30+07:00"
    assert article.published_source == "dateline"
    assert "\u00e2\u20ac" not in article.body and "\u201cKami" in article.body
    assert "W-INGEST-103" in codes(article)


def test_invisible_characters_inside_words_are_dropped_not_spaced() -> None:
    assert normalise_space("Ste\u200bfanus ber\u00adjaga di\u200c rumah\u00a0sakit\u2060") == \
        "Stefanus berjaga di rumah sakit"


def test_zero_width_space_does_not_split_a_name_in_the_body() -> None:
    article = analyze_text("Dokter Jaga Meninggal\n"
                           "Dokter jaga Rah\u200bmat Hi\u00addayat meninggal setelah berjaga tiga "
                           "hari berturut-turut di rumah sakit daerah, Senin (6/11/2017).\n" + BODY)
    assert "Rahmat Hidayat" in article.body
    assert not any(ch in article.body for ch in "\u200b\u00ad")


def test_a_line_of_invisible_characters_only_is_blank() -> None:
    article = analyze_text("Dokter Jaga Meninggal\n\u200b\u200c\n" + BODY)
    assert article.title == "Dokter Jaga Meninggal"
    assert not any(r.line == 2 for r in article.removed)
    assert not any(m.line == 2 for m in article.metadata_lines)


def json_ld_page(data: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in BODY.strip().split("\n"))
    return ('<html><head><script type="application/ld+json">' + data + "</script></head><body>"
            "<main><h1>Warga Ngadirejo Keracunan Hidangan Pesta</h1>" + paragraphs + "</main></body></html>")


def test_json_ld_date_published_keeps_its_minute_and_zone(tmp_path: Path) -> None:
    data = ('{"@context": "https://schema.org", "@type": "NewsArticle", '
            '"dateModified": "2017-11-05T21:10:00+08:00", "datePublished": "2017-11-05T18:45:00+08:00", '
            '"author": [{"@type": "Person", "name": "Wulan Sari"}, {"@type": "Person", "name": "Budi Hartono"}], '
            '"publisher": {"@type": "Organization", "name": "Kabar Timur"}}')
    path = tmp_path / "halaman.html"
    path.write_text(json_ld_page(data), encoding="utf-8")
    article = analyze([str(path)]).articles[0]
    assert article.published == "2017-11-05T18:45+08:00"
    assert article.published_source == "meta"


def test_broken_json_ld_still_gives_its_date(tmp_path: Path) -> None:
    path = tmp_path / "halaman.html"
    path.write_text(json_ld_page('{"@type": "NewsArticle", "datePublished": "2017-11-05T18:45:00+07:00",}'),
                    encoding="utf-8")
    assert analyze([str(path)]).articles[0].published == "2017-11-05T18:45+07:00"


@pytest.mark.parametrize(("host", "key"), [
    ("health.detik.com", "detik"), ("m.kumparan.com", "kumparan"), ("en.tempo.co", "tempo"),
    ("investasi.kontan.co.id", "kontan"), ("jateng.kabarsaya.co.id", "kabarsaya"),
    ("kabarsaya.blogspot.com", "kabarsaya"), ("https://www.kabarsaya.co.id/berita/1", "kabarsaya"),
])
def test_a_hosts_key_is_its_site_not_its_section(host: str, key: str) -> None:
    assert outlet_key(host) == key


def test_jsonl_url_on_a_section_subdomain_gives_the_outlet(tmp_path: Path) -> None:
    row = {"html": "<html><body><h1>Warga Ngadirejo Keracunan</h1>" + "".join(
        f"<p>{line}</p>" for line in BODY.strip().split("\n")) + "</body></html>",
           "published": "2017-11-05", "url": "https://kesehatan.kabarsaya.co.id/berita/1/warga-keracunan"}
    path = tmp_path / "ekspor.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert analyze([str(path)]).articles[0].outlet == "kabarsaya"


def test_site_name_of_a_section_brand_is_the_hosts_outlet_as_written(tmp_path: Path) -> None:
    page = ('<html><head><title>Warga Ngadirejo Keracunan</title>'
            '<meta property="og:site_name" content="kabarsayaSEHAT">'
            '<meta property="og:url" content="https://m.kabarsaya.co.id/sehat/warga-keracunan">'
            '<meta property="article:published_time" content="2017-11-05T19:30:00+07:00"></head><body>'
            '<article><h1>Warga Ngadirejo Keracunan</h1>' + "".join(
                f"<p>{line}</p>" for line in BODY.strip().split("\n")) + "</article></body></html>")
    path = tmp_path / "halaman.html"
    path.write_text(page, encoding="utf-8")
    article = analyze([str(path)]).articles[0]
    assert (article.outlet, article.outlet_name) == ("kabarsaya", "kabarsayaSEHAT")


LEAD_BODY = ("DPRD Kabupaten Sumber Rejo membentuk panitia khusus untuk menelusuri anggaran proyek "
             "jalan kabupaten setelah kepala dinas ditahan kejaksaan.\n"
             "Ketua DPRD mengatakan panitia khusus akan memanggil bupati dan tim anggaran pemerintah "
             "daerah pekan depan.\n")


@pytest.mark.parametrize(("lead", "day", "place"), [
    ("SUMBER REJO, Selasa (7/11/2017) - ", "2017-11-07", "Sumber Rejo"),
    ("Sumber Rejo, 7 November 2017 \u2014 ", "2017-11-07", "Sumber Rejo"),
    ("Semarang (Kabar Timur) Selasa (7/11/2017) - ", "2017-11-07", "Semarang"),
])
def test_a_date_in_the_dateline_lead_is_the_lead_date(lead: str, day: str, place: str) -> None:
    article = analyze_text("Pansus Anggaran Jalan Dibentuk\n" + lead + LEAD_BODY)
    assert (article.published, article.published_source) == (day, "lead")
    assert article.dateline == place
    assert "W-META-101" not in codes(article)


def test_a_date_line_outranks_the_lead_date() -> None:
    article = analyze_text("Pansus Anggaran Jalan Dibentuk\nRabu, 8 November 2017 09:00 WIB\n"
                           "SUMBER REJO, Selasa (7/11/2017) - " + LEAD_BODY)
    assert (article.published, article.published_source) == ("2017-11-08T09:00+07:00", "dateline")


def test_a_sentence_with_a_date_and_a_dash_is_no_lead() -> None:
    article = analyze_text("Pansus Anggaran Jalan Dibentuk\n"
                           "Rapat pada Selasa (7/11/2017) - menurut ketua DPRD - berlangsung alot.\n" + LEAD_BODY)
    assert article.published_source != "lead"


MARKDOWN_DUMP = ("### Warga Ngadirejo Keracunan Hidangan Pesta\n"
                 "**Kabar Timur** | Minggu, 05/11/2017 19:30 WIB\n\n" + BODY +
                 "**Dinas kesehatan meminta warga memeriksa kebersihan dapur jasa boga sebelum memesan.**\n"
                 "---\n")


def test_markdown_heading_and_strong_emphasis_are_not_text() -> None:
    article = analyze_text(MARKDOWN_DUMP)
    assert article.title == "Warga Ngadirejo Keracunan Hidangan Pesta"
    assert article.published == "2017-11-05T19:30+07:00"
    assert "**" not in article.body and "Dinas kesehatan meminta warga" in article.body


def test_a_thematic_break_is_boilerplate_not_body() -> None:
    article = analyze_text(MARKDOWN_DUMP)
    assert not article.body.rstrip().endswith("---")
    assert any(r.text == "---" and r.reason == "boilerplate" for r in article.removed)


def test_hashtags_keep_their_hash() -> None:
    assert without_markdown("#TiLV mewabah di #Garut") == "#TiLV mewabah di #Garut"


def test_syndication_note_is_a_footer() -> None:
    article = analyze_text("Kadis Ditahan Kejaksaan\nSabtu (4/11/2017)\n" + BODY +
                           'Artikel ini telah tayang di Kabar Timur dengan judul "Kadis Ditahan Kejaksaan".\n')
    assert "telah tayang" not in article.body
    assert any(r.reason == "footer" and r.text.startswith("Artikel ini") for r in article.removed)


def test_agency_lead_glued_to_the_first_word_by_a_hyphen() -> None:
    article = analyze_text("Balai Obat Sita Kosmetik Ilegal\nKamis, 9 November 2017 21:30 WIB\n"
                           "Sumber Rejo (Kabar Timur)-Balai pengawas obat menyita 400 kemasan kosmetik "
                           "tanpa izin edar dari tiga toko di pasar kota.\n" + BODY)
    assert article.dateline == "Sumber Rejo"
    assert article.body.startswith("Sumber Rejo (Kabar Timur)-Balai")


def test_a_claim_statement_leaves_out_the_outlet_lead(tmp_path: Path) -> None:
    text = ("Tim Futsal Tetap Berangkat\nKamis, 9 November 2017 16:00 WIB\n"
            "Sumber Rejo, Kabar Timur-- Federasi Futsal Sumber Rejo memastikan tim putra tetap berangkat "
            "ke kejuaraan Asia. Hal ini dikonfirmasi Sekjen federasi Rina Wulandari kepada wartawan, "
            "Kamis (9/11) sore.\n"
            "\"Tim putra akan tetap mengikuti jadwal. Soal dana menjadi tanggung jawab kami,\" kata Rina "
            "usai rapat pengurus.\n")
    path = tmp_path / "futsal.txt"
    path.write_text(text, encoding="utf-8")
    statements = [claim.statement for claim in analyze([str(path)]).claims]
    assert any(s.startswith("Federasi Futsal Sumber Rejo memastikan") for s in statements)
    assert not any(s.startswith("Sumber Rejo, Kabar Timur") for s in statements)
