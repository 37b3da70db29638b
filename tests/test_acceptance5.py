"""Fifth acceptance run (a coast-guard incident, an import-licence graft case, an outbreak, a
match-fixing ban): general fixes, each on text written for this test (fictional people and outlets)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from warta import __version__
from warta.api import analyze_text
from warta.article.markers import match_marker
from warta.models import Analysis, Article

LEAD = ("BITUNG - Sebuah kapal penangkap ikan asal Bitung rusak setelah dibayangi kapal patroli asing di "
        "perairan utara Sulawesi, Senin (2/6/2025). Dua awak kapal mengalami luka ringan.")
SECOND = ("Nakhoda kapal, Yohanis Lumi, mengatakan kapalnya sedang menebar jaring ketika kapal patroli itu "
          "mendekat dan menyalakan lampu sorot selama hampir satu jam.")
THIRD = ("Ketua kelompok nelayan setempat meminta pemerintah daerah meminta penjelasan dari instansi terkait "
         "dan memperbanyak patroli di wilayah tangkap tradisional.")
CLOSING = ("Sementara itu, pihak pangkalan angkatan laut setempat belum memberikan tanggapan hingga berita "
           "ini diturunkan.")


def analysed(validate: Callable[[Any], Any], text: str) -> Article:
    article = analyze_text(text)
    validate(Analysis(warta_version=__version__, created="2026-01-01T00:00:00Z", articles=[article]))
    return article


def reason_of(article: Article, text: str) -> str | None:
    return next((r.reason for r in article.removed if r.text == text), None)


def test_a_menu_of_section_names_separated_by_spaces_is_navigation_not_the_headline(
        validate: Callable[[Any], Any]) -> None:
    menu = "Beranda  Berita  Sulut  Bitung  Politik  Olahraga  Video"
    headline = "Kapal Nelayan Bitung Dibayangi Kapal Patroli Asing, Dua Awak Luka"
    article = analysed(validate, "\n".join(["WARTA NYIUR", menu, "", headline, "Senin, 2 Juni 2025 - 20:10 WITA",
                                            "", LEAD, "", SECOND, "", THIRD]))
    assert article.title == headline
    assert reason_of(article, " ".join(menu.split())) == "navigation"  # the reader folds runs of spaces
    # a headline in title case with a section word or two stays a headline
    assert match_marker("Ekonomi Daerah Tumbuh Lima Persen pada Triwulan Pertama", 9) is None


def test_a_short_masthead_in_capitals_above_the_headline_is_the_outlet(validate: Callable[[Any], Any]) -> None:
    headline = "Nelayan Bitung Minta Patroli Ditambah Usai Insiden di Laut"
    article = analysed(validate, "\n".join(["WARTA NYIUR RAYA", "Selasa, 3 Juni 2025", "", headline, "",
                                            LEAD, "", SECOND, "", THIRD]))
    assert article.title == headline
    assert article.outlet_name is not None and article.outlet_name.lower() == "warta nyiur raya"
    # a short headline in capitals over the report itself is still the headline
    shouting = analysed(validate, "\n".join(["KAPAL NELAYAN DIBAYANGI", "Selasa, 3 Juni 2025", "", LEAD, "",
                                             SECOND]))
    assert shouting.title == "KAPAL NELAYAN DIBAYANGI"


def test_the_paragraph_above_the_sign_off_initials_is_the_reports_last_paragraph(
        validate: Callable[[Any], Any]) -> None:
    text = "\n".join(["Kapal Nelayan Bitung Dibayangi Kapal Patroli Asing", "Senin, 2 Juni 2025 - 20:10 WITA", "",
                      LEAD, "", "Baca juga: Harga Cakalang di Bitung Turun", "", SECOND, "", "ADVERTISEMENT", "",
                      THIRD, "", "Baca juga: Pelabuhan Bitung Tambah Dermaga Baru", "", CLOSING, "", "(yl/rk)", "",
                      "TERPOPULER", "1. Jadwal Kapal Bitung-Ternate Pekan Ini", "2. Lowongan Kerja Juni 2025",
                      "", "Copyright © 2025 Warta Nyiur. All Rights Reserved."])
    article = analysed(validate, text)
    assert CLOSING in article.body
    assert reason_of(article, "(yl/rk)") == "editor-initials"


def test_a_long_caption_credited_to_outlet_and_photographer_is_a_caption() -> None:
    caption = ("Dua tersangka kasus suap perizinan tambang mengenakan rompi tahanan saat digiring ke mobil "
               "tahanan di Kantor Kejaksaan Tinggi, Manado. (Warta Nyiur/Rudi Sondakh)")
    hit = match_marker(caption, len(caption.split()))
    assert hit is not None and hit.reason == "caption"
    # a news agency's closing credit after a paragraph is the retold source, not a caption
    credited = "Pemerintah setempat membantah tuduhan itu dan menyebutnya tidak berdasar. (Antara/Bernama)"
    assert match_marker(credited, len(credited.split())) is None


def test_an_offer_with_terms_and_conditions_is_a_promo() -> None:
    ad = "Nikmati cashback 20% untuk belanja bahan pokok di gerai mitra kami. Syarat dan ketentuan berlaku."
    hit = match_marker(ad, len(ad.split()))
    assert hit is not None and hit.reason == "promo"
    news = "Menurut pengelola, syarat dan ketentuan berlaku sama bagi semua pedagang yang mendaftar ulang."
    assert match_marker(news, len(news.split())) is None
