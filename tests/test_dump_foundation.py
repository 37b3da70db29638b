"""Dump shapes the id-dumps benchmark showed misread: metadata above the headline, dumps
without a headline, widgets, menus, bare-name leads, yearless weekday dates, and the reasons
noise lines are removed for. Every dump here is written for this test, in forms other than
the benchmark's templates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from warta import __version__
from warta.api import analyze_text
from warta.article.dates import estimate_published
from warta.article.markers import match_marker
from warta.article.outlet import find_lead
from warta.article.weekday_years import fitting_years, narrowed
from warta.models import Analysis, Article

LEAD = ("Warga Desa Sukamaju bergotong royong memperbaiki saluran irigasi yang jebol setelah "
        "hujan deras mengguyur kawasan itu sejak Minggu malam, kata kepala desa setempat.")
SECOND = ("Menurut dia, perbaikan ditargetkan selesai sebelum musim tanam berikutnya agar sawah "
          "warga tidak kekurangan air dan panen tidak mundur dari jadwal.")
HEADLINE = "Warga Sukamaju Perbaiki Saluran Irigasi yang Jebol"


def analysed(validate: Callable[[Any], Any], *lines: str) -> Article:
    article = analyze_text("\n\n".join(lines))
    validate(Analysis(warta_version=__version__, created="2026-01-01T00:00:00Z", articles=[article]))
    return article


def reason_of(article: Article, text: str) -> str | None:
    return next((r.reason for r in article.removed if r.text == text), None)


def test_date_line_above_the_headline_is_metadata_not_title(validate: Callable[[Any], Any]) -> None:
    article = analysed(validate, "Rabu, 3 Mei 2023 | 14.05 WITA", HEADLINE, LEAD, SECOND)
    assert article.title == HEADLINE
    assert (article.published or "")[:10] == "2023-05-03"
    assert article.published_source == "dateline"


def test_dump_without_headline_keeps_its_byline_as_byline(validate: Callable[[Any], Any]) -> None:
    article = analysed(validate, "Oleh Siti Rahmawati", "Kamis, 4 Mei 2023 08:00 WIB", LEAD, SECOND)
    assert article.title is None
    assert article.authors == ["Siti Rahmawati"]


def test_font_control_above_the_headline_is_a_widget(validate: Callable[[Any], Any]) -> None:
    article = analysed(validate, "Ukuran huruf: A- A A+", HEADLINE, LEAD, SECOND)
    assert article.title == HEADLINE
    assert reason_of(article, "Ukuran huruf: A- A A+") == "share-widget"


def test_account_menu_on_the_first_line_is_no_masthead(validate: Callable[[Any], Any]) -> None:
    article = analysed(validate, "Login / Register", HEADLINE, LEAD, SECOND)
    assert article.outlet is None
    assert reason_of(article, "Login / Register") == "navigation"


def test_unknown_masthead_over_a_dump_without_headline(validate: Callable[[Any], Any]) -> None:
    article = analysed(validate, "Suara Lembah", "Kamis, 4 Mei 2023 08:00 WIB", LEAD, SECOND)
    assert article.title is None
    assert article.outlet == "suaralembah"


def test_one_word_rubric_is_no_masthead(validate: Callable[[Any], Any]) -> None:
    article = analysed(validate, "Pendidikan", HEADLINE, LEAD, SECOND)
    assert article.outlet is None


def test_bare_name_lead_names_an_unknown_outlet() -> None:
    lead = find_lead("Kabar Lembah - Kepala desa meminta warga tetap waspada.")
    assert lead is not None and lead.outlet == "Kabar Lembah"
    # A mixed-case place is a dateline's place, never an outlet.
    assert find_lead("Sleman - Kepala desa meminta warga tetap waspada.") is None


def test_bare_name_lead_sets_the_article_outlet(validate: Callable[[Any], Any]) -> None:
    article = analysed(validate, HEADLINE, "Lembahpost - " + LEAD, SECOND)
    assert article.outlet == "lembahpost"
    assert article.outlet_source == "lead"


def test_noise_reasons_in_hand_written_forms() -> None:
    expected = {
        "Teks: A A A": "share-widget",
        "Bagikan: Facebook | X | WhatsApp | Salin tautan": "share-widget",
        "Redaksi | Pedoman Media Siber | Kebijakan Privasi": "footer",
        "Klik halaman selanjutnya": "pagination",
        "Yuk, gabung kanal WhatsApp kami untuk kabar terbaru setiap pagi.": "promo",
        "Petani memanen padi di Karawang, Jawa Barat. (dok. Humas Pemkab)": "caption",
        "Masuk / Daftar": "navigation",
    }
    for text, reason in expected.items():
        hit = match_marker(text, len(text.split()))
        assert hit is not None and hit.reason == reason, text


def test_a_sentence_mentioning_pagination_words_stays() -> None:
    assert match_marker("Ia membaca ke halaman berikutnya sebelum rapat ditutup.", 9) is None


def test_weekday_pins_the_year_of_a_yearless_date() -> None:
    # Rabu 12 Juli falls on a Wednesday in 2017 and 2023 only, between 2012 and 2026.
    assert fitting_years([(12, 7, 3)], range(2012, 2027)) == [2017, 2023]
    assert narrowed([2017, 2023], {2022}) == [2023]
    assert narrowed([2017, 2023], {2001}) == [2017, 2023]


def test_undated_text_with_weekday_dates_is_estimated() -> None:
    text = ("Menjelang musim hujan 2023, petugas memeriksa tanggul pada Rabu (12/7) dan "
            "melanjutkan pemeriksaan Jumat (14/7) di hilir sungai.")
    estimate = estimate_published(text)
    assert estimate is not None
    assert estimate.value == dt.date(2023, 7, 14)
    assert "2023" in estimate.evidence


def test_weekdays_that_fit_several_years_give_a_window_over_them() -> None:
    estimate = estimate_published("Petugas memeriksa tanggul pada Rabu (12/7) di hilir sungai.")
    assert estimate is not None
    low, high = estimate.window
    assert low.year < high.year  # several years fit: the window says so
    assert dt.date(2017, 7, 12) >= low and estimate.value <= high
    assert "fit" in estimate.evidence


CLOSING = ("“Kami berharap bantuan pompa air dari kabupaten segera datang supaya sawah di hilir "
           "tidak ikut kering,” ujar Suparman, ketua kelompok tani setempat.")


def test_closing_paragraph_under_an_ad_stays(validate: Callable[[Any], Any]) -> None:
    article = analysed(validate, HEADLINE, LEAD, SECOND, "ADVERTISEMENT", "Simak juga: Harga Gabah Turun",
                       CLOSING, "Bagikan: Facebook | X | WhatsApp", "Tentang Kami | Redaksi | Kontak")
    assert CLOSING in article.body
    assert "Tentang Kami | Redaksi | Kontak" not in article.body


def test_short_closing_quote_with_initials_under_an_ad_stays(validate: Callable[[Any], Any]) -> None:
    closing = "“Airnya sudah mulai mengalir lagi ke sawah,” kata Suparman. (wdy/kur)"
    article = analysed(validate, HEADLINE, LEAD, SECOND, "Iklan", closing,
                       "Bagikan: Facebook | X | WhatsApp", "Tentang Kami | Redaksi | Kontak")
    assert "kata Suparman." in article.body
    assert "(wdy/kur)" not in article.body  # the initials still go to removed


def test_two_item_menu_on_the_first_line_is_no_masthead(validate: Callable[[Any], Any]) -> None:
    article = analysed(validate, "Berita | Video", HEADLINE, LEAD, SECOND)
    assert article.outlet is None
    assert article.title == HEADLINE


def test_lead_sentence_without_full_stop_is_no_headline(validate: Callable[[Any], Any]) -> None:
    lead = ("Kepala Desa Sukamaju Ahmad Yani meminta warga bergotong royong membersihkan saluran "
            "irigasi di wilayahnya, Senin (6/3)")
    article = analysed(validate, "Penulis: Dewi Lestari", lead, SECOND)
    assert article.title is None
    assert lead in article.body


def test_related_heading_takes_its_headline_items(validate: Callable[[Any], Any]) -> None:
    items = ["Harga Gabah di Tingkat Petani Mulai Turun", "Bendungan Baru Siap Aliri Sawah Warga Hilir"]
    article = analysed(validate, HEADLINE, LEAD, SECOND, "Artikel Terkait:", *items)
    assert [reason_of(article, item) for item in items] == ["related-link", "related-link"]
