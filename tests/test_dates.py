"""Publication-date machinery: finding dates, date lines, estimation, HTML pages.

All snippets are written for these tests (invented events, ordinary Indonesian news style).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warta.article.dates import (
    WORDS,
    FoundDate,
    estimate_published,
    find_dates,
    html_published,
    parse_date_line,
)
from warta.bench import default_data_dir

WIB = dt.timezone(dt.timedelta(hours=7))
D = dt.date


def only(text: str, ref_year: int | None = None) -> FoundDate:
    found = find_dates(text, ref_year=ref_year)
    assert len(found) == 1, found
    return found[0]


# --- vocabulary -------------------------------------------------------------------------


def test_time_words_cover_calendar() -> None:
    assert set(WORDS.months.values()) == set(range(1, 13))
    assert set(WORDS.weekdays.values()) == set(range(1, 8))
    assert WORDS.months["pebruari"] == 2 and WORDS.months["nop"] == 11
    assert WORDS.weekdays["jum'at"] == 5 and WORDS.weekdays["ahad"] == 7
    assert WORDS.zones["wita"] == dt.timezone(dt.timedelta(hours=8))


# --- find_dates: formats ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Jum'at, 07 Juli 2023 - 16:09 WIB",
            "Jum'at, 07 Juli 2023 - 16:09 WIB",
            dt.datetime(2023, 7, 7, 16, 9, tzinfo=WIB),
        ),
        (
            "Jum’at, 07 Juli 2023 - 16:09 WIB",
            "Jum’at, 07 Juli 2023 - 16:09 WIB",
            dt.datetime(2023, 7, 7, 16, 9, tzinfo=WIB),
        ),
        (
            "Senin, 14 Nov 2022 19:30 WIB",
            "Senin, 14 Nov 2022 19:30 WIB",
            dt.datetime(2022, 11, 14, 19, 30, tzinfo=WIB),
        ),
        ("Warga mengungsi, Sabtu (22/10/2022).", "Sabtu (22/10/2022)", D(2022, 10, 22)),
        ("Tim SAR bergerak Minggu (28/12/2014) pagi.", "Minggu (28/12/2014)", D(2014, 12, 28)),
        ("Jembatan itu diresmikan 14 November 2022.", "14 November 2022", D(2022, 11, 14)),
        ("Data per 8/11/2022 menunjukkan kenaikan.", "8/11/2022", D(2022, 11, 8)),
        ("Berkas diunggah 2022-11-08 oleh panitia.", "2022-11-08", D(2022, 11, 8)),
        (
            "14/11/2022, 10:15 WIB",
            "14/11/2022, 10:15 WIB",
            dt.datetime(2022, 11, 14, 10, 15, tzinfo=WIB),
        ),
        ("Posted November 14, 2022", "November 14, 2022", D(2022, 11, 14)),
        (
            "Rabu, 2 November 2022 | 08:15 WIB",
            "Rabu, 2 November 2022 | 08:15 WIB",
            dt.datetime(2022, 11, 2, 8, 15, tzinfo=WIB),
        ),
        ("Rapat pleno Rabu ( 11/12/2013 ).", "Rabu ( 11/12/2013 )", D(2013, 12, 11)),
        ("Sidang ditunda hingga 3 Pebruari 2021.", "3 Pebruari 2021", D(2021, 2, 3)),
        ("Diresmikan 17 Agt 2020 lalu.", "17 Agt 2020", D(2020, 8, 17)),
        ("Tanggal 10-Nop-2019 tercatat.", "10-Nop-2019", D(2019, 11, 10)),
        ("Pengumuman 05.01.2024 di papan.", "05.01.2024", D(2024, 1, 5)),
    ],
)
def test_find_dates_formats(text: str, span: str, value: dt.date) -> None:
    found = only(text)
    assert found.text == span
    assert text[found.start : found.end] == span
    assert found.value == value
    assert found.has_time == isinstance(value, dt.datetime)


def test_time_without_zone_is_naive_and_pukul_is_understood() -> None:
    found = only("Senin, 14 November 2022 pukul 10.15")
    assert found.value == dt.datetime(2022, 11, 14, 10, 15)
    assert isinstance(found.value, dt.datetime) and found.value.tzinfo is None


def test_zones_and_iso_offsets() -> None:
    wita = only("Kamis, 3 Maret 2022 09:00 WITA").value
    assert isinstance(wita, dt.datetime) and wita.utcoffset() == dt.timedelta(hours=8)
    wit = only("3/3/2022 09:00 WIT").value
    assert isinstance(wit, dt.datetime) and wit.utcoffset() == dt.timedelta(hours=9)
    iso = only("2022-11-08T10:15:00+07:00").value
    assert iso == dt.datetime(2022, 11, 8, 10, 15, tzinfo=WIB)
    utc = only("2022-11-08T03:15:00Z").value
    assert isinstance(utc, dt.datetime) and utc.utcoffset() == dt.timedelta(0)


def test_english_twelve_hour_clock() -> None:
    assert only("Monday, November 14, 2022 at 3:05 PM").value == dt.datetime(2022, 11, 14, 15, 5)
    assert only("November 14, 2022 12:30 AM").value == dt.datetime(2022, 11, 14, 0, 30)


def test_several_dates_in_text_order() -> None:
    text = "Banjir surut Senin (14/11/2022), lalu datang lagi 20 November 2022."
    assert [f.day for f in find_dates(text)] == [D(2022, 11, 14), D(2022, 11, 20)]


def test_month_first_numeric_only_when_day_first_is_impossible() -> None:
    assert only("11/14/2022").day == D(2022, 11, 14)
    assert only("03/04/2022").day == D(2022, 4, 3)  # Indonesian order by default


# --- find_dates: year-less dates --------------------------------------------------------


def test_yearless_dates_need_a_reference_year() -> None:
    text = "Polisi memeriksa saksi Selasa (8/11) dan menahan tersangka 10 November."
    assert find_dates(text) == []
    found = find_dates(text, ref_year=2022)
    assert [f.text for f in found] == ["Selasa (8/11)", "10 November"]
    assert [f.day for f in found] == [D(2022, 11, 8), D(2022, 11, 10)]


def test_yearless_weekday_picks_the_neighbouring_year() -> None:
    # 31 December 2014 was a Wednesday; the article is from January 2015.
    assert only("Rabu (31/12) malam", ref_year=2015).day == D(2014, 12, 31)


def test_bare_fraction_is_not_a_date() -> None:
    assert find_dates("Dua pertiga atau 2/3 warga setuju, skor 3/1.", ref_year=2022) == []
    assert find_dates("These 5 may help the other 12 mar nothing.", ref_year=2022) == []
    assert only("Data dirilis kemarin (19/11).", ref_year=2014).day == D(2014, 11, 19)


# --- find_dates: validation and non-dates ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "31/02/2022",
        "30 Februari 2023",
        "29/02/2023",
        "00/10/2022",
        "13/13/2022",
        "32 Januari 2020",
        "Harga Rp 1.500.000 per 12.5 kilogram",
        "Skor akhir 3-1 pada menit 45.",
        "pukul 10.30 WIB",
        "Nomor 2022-13-45",
    ],
)
def test_invalid_or_non_dates_are_ignored(text: str) -> None:
    assert find_dates(text) == []


def test_leap_day_is_valid() -> None:
    assert only("29/02/2024").day == D(2024, 2, 29)


def test_impossible_time_keeps_the_date_only() -> None:
    found = only("Senin, 14 November 2022 25:70 WIB")
    assert found.value == D(2022, 11, 14) and not found.has_time
    assert found.text == "Senin, 14 November 2022"


@given(st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31)))
def test_round_trip_generated_dates(day: dt.date) -> None:
    months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember"]  # fmt: skip
    written = [
        f"pada {day.day} {months[day.month - 1]} {day.year} lalu",
        f"kata dia, Senin ({day.day}/{day.month}/{day.year}).",
        f"terbit {day.isoformat()}",
    ]
    for text in written:
        assert [f.day for f in find_dates(text)] == [day], text


_PIECES = st.sampled_from(
    ["Senin", "(", "12", "/", "11", "2022", ")", " ", "Nov", "Mei", ",", "-", ":", "31", "02",
     "WIB", "+07:00", "+99", "GMT", "T", "kemarin", "akan", "Jum'at", "pukul", "10.15", "PM",
     "\ufffd", "9999", "0", "."]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=25).map("".join), st.none() | st.integers(1, 3000))
def test_odd_text_never_crashes(text: str, ref_year: int | None) -> None:
    for found in find_dates(text, ref_year=ref_year):
        assert text[found.start : found.end] == found.text
    parse_date_line(text)
    estimate_published(text)


# --- parse_date_line --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Senin, 14 Nov 2022 19:30 WIB", D(2022, 11, 14)),
        ("Diperbarui: Senin, 14 Nov 2022 19:30 WIB", D(2022, 11, 14)),
        ("Dipublikasikan pada 2 Maret 2023 pukul 08.00", D(2023, 3, 2)),
        ("Diterbitkan 14/11/2022 | Diperbarui 15/11/2022", D(2022, 11, 14)),
        ("Kompas.com - 14/11/2022, 10:15 WIB", D(2022, 11, 14)),
        ("Published on November 14, 2022 by Jane Doe", D(2022, 11, 14)),
        ("Update: 05/01/2024 - 21:40 WIB", D(2024, 1, 5)),
        ("Jum'at, 07 Juli 2023 - 16:09 WIB", D(2023, 7, 7)),
        ("Rabu, 2 November 2022 | 08:15 WIB", D(2022, 11, 2)),
        ("Tim Redaksi | Senin, 14 Nopember 2022", D(2022, 11, 14)),
        ("Oleh Budi Santoso, 14 November 2022", D(2022, 11, 14)),
    ],
)
def test_date_lines(line: str, day: dt.date) -> None:
    found = parse_date_line(line)
    assert found is not None and found.day == day


@pytest.mark.parametrize(
    "line",
    [
        "Rapat digelar pada Senin (14/11/2022) di Balai Kota.",
        "Harga cabai naik sejak 2 Maret 2023, kata pedagang.",
        "14/11/2022 | 2 menit baca",
        "Warga kembali ke rumah setelah air surut pada Minggu (13/11/2022) malam.",
        "Tidak ada tanggal di baris ini.",
        "Gempa Guncang Cianjur 21 November 2022",
        "Banjir Rendam Jakarta, Senin (14/11/2022)",
        "",
        "Sebuah kalimat panjang yang menyebut 14 November 2022 "
        + "dan terus berlanjut tanpa henti " * 5,
    ],
)
def test_sentences_are_not_date_lines(line: str) -> None:
    assert parse_date_line(line) is None


# --- estimate_published -----------------------------------------------------------------


def estimate(text: str) -> tuple[dt.date, tuple[dt.date, dt.date]]:
    result = estimate_published(text)
    assert result is not None
    assert result.window[0] <= result.value <= result.window[1]
    assert result.evidence
    return result.value, result.window


def test_estimate_latest_reported_date() -> None:
    text = (
        "Petugas menutup jalan, Sabtu (27/12/2014). "
        "Jalan itu dibuka lagi setelah diperiksa, kata Kepala Dinas, Minggu (28/12/2014)."
    )
    value, window = estimate(text)
    assert value == D(2014, 12, 28)
    assert window[0] == D(2014, 12, 28) and window[1] > D(2015, 1, 7)


def test_estimate_kemarin_next_to_date() -> None:
    text = "Kapal itu berangkat Minggu (28/12/2014) kemarin dan belum kembali."
    assert estimate(text)[0] == D(2014, 12, 29)
    text = "Laporan yang dirilis kemarin (28/12) menyebut stok beras sejak 1 Desember 2014 cukup."
    assert estimate(text)[0] == D(2014, 12, 29)


def test_estimate_hari_ini() -> None:
    text = "Bursa saham dibuka menguat hari ini, Senin (29/12/2014), setelah libur Natal."
    assert estimate(text)[0] == D(2014, 12, 29)


def test_estimate_ignores_future_dates() -> None:
    text = (
        "Menteri menyampaikan hal itu di Jakarta, Senin (29/12/2014). "
        "Pemerintah akan mengumumkan harga baru pada Kamis (1/1/2015). "
        "Sidang lanjutan digelar Senin (5/1/2015) mendatang."
    )
    value, window = estimate(text)
    assert value == D(2014, 12, 29)
    assert window == (D(2014, 12, 29), D(2015, 1, 1))


def test_future_cue_inside_a_quote_does_not_count() -> None:
    text = '"Kami akan terus mencari," kata Kepala Basarnas, Selasa (30/12/2014).'
    assert estimate(text)[0] == D(2014, 12, 30)


def test_di_depan_is_a_place_not_the_future() -> None:
    text = "Ratusan buruh berunjuk rasa di depan gedung DPR pada Selasa (30/12/2014)."
    assert estimate(text)[0] == D(2014, 12, 30)


def test_estimate_besok() -> None:
    text = "Rapat evaluasi dijadwalkan ulang, yakni besok, Rabu (31/12/2014)."
    assert estimate(text)[0] == D(2014, 12, 30)


def test_estimate_local_time_abroad() -> None:
    text = "Harga minyak turun pada Senin (29/12/2014) waktu setempat di bursa New York."
    assert estimate(text)[0] == D(2014, 12, 30)
    text = "Harga emas naik pada Jumat (2/1/2015) waktu setempat (Sabtu pagi WIB)."
    assert estimate(text)[0] == D(2015, 1, 3)


def test_estimate_repairs_a_mistyped_year_from_the_weekday() -> None:
    # 11 December 2014 was a Thursday, 11 December 2013 a Wednesday.
    text = "Indeks saham ditutup melemah hari ini, Kamis (11/12/2013), kata analis."
    assert estimate(text)[0] == D(2014, 12, 11)


def test_estimate_yearless_date_across_new_year() -> None:
    text = (
        "Harga minyak naik pada Selasa (6/1/2015). "
        "Stok minyak mentah naik pada pekan yang berakhir 26 Desember."
    )
    assert estimate(text)[0] == D(2015, 1, 6)


def test_weekday_dates_outrank_bare_target_dates() -> None:
    text = (
        "Pemasangan alat ditargetkan rampung 1 Juni 2014 di seluruh provinsi. "
        "Hal itu disampaikan Direktur kepada wartawan, Rabu (23/10/2013)."
    )
    assert estimate(text)[0] == D(2013, 10, 23)


def test_estimate_without_dates() -> None:
    assert estimate_published("Tidak ada tanggal sama sekali dalam berita ini.") is None
    assert estimate_published("") is None


def test_estimate_only_future_dates() -> None:
    value, window = estimate("Pemilu akan digelar pada 9 April 2014 di seluruh Indonesia.")
    assert value < D(2014, 4, 9) and window[1] == D(2014, 4, 9)


# --- html_published ---------------------------------------------------------------------

PAGE = """<!doctype html>
<html><head><title>Banjir Rendam Kampung Melayu</title></head><body>
<div class="bar">Selasa, 15 Nopember 2022</div>
<h1>Banjir Rendam Kampung Melayu</h1>
<div>Tim Redaksi | Senin, 14 Nopember 2022 19:30 WIB</div>
<p>Air setinggi satu meter merendam permukiman warga sejak Minggu (13/11/2022) malam,
kata petugas kelurahan.</p>
</body></html>"""


def test_html_date_line_under_the_headline_beats_the_top_bar() -> None:
    found = html_published(PAGE)
    assert found is not None
    assert found.value == dt.datetime(2022, 11, 14, 19, 30, tzinfo=WIB)


def test_html_meta_with_indonesian_month() -> None:
    page = (
        '<html><head><meta name="pubdate" content="Senin, 14 Nopember 2022"></head>'
        "<body><p>Isi berita tanpa tanggal.</p></body></html>"
    )
    found = html_published(page)
    assert found is not None and found.day == D(2022, 11, 14)


def test_html_markup_date() -> None:
    page = (
        '<html><head><meta property="article:published_time" content="2022-11-14T10:15:00+07:00">'
        "</head><body><p>Isi berita.</p></body></html>"
    )
    found = html_published(page)
    assert found is not None and found.day == D(2022, 11, 14) and found.start == -1


def test_html_url_stamp() -> None:
    url = "https://www.example.co.id/nasional/20221114101500-20-123456/judul-berita"
    found = html_published("<html><body><p>Isi tanpa tanggal.</p></body></html>", url=url)
    assert found is not None and found.day == D(2022, 11, 14)


def test_html_without_any_date_and_odd_input() -> None:
    assert html_published("<html><body><p>Tidak ada tanggal.</p></body></html>") is None
    assert html_published("") is None
    # A string that looks like a URL must not make htmldate download anything.
    assert html_published("https://example.com/berita") is None


# --- benchmark smoke test on the shared gold data --------------------------------------

DATA = default_data_dir()


@pytest.mark.skipif(
    not ((DATA / "htmldate-eval").is_dir() and (DATA / "indotimex-kompas").is_dir()),
    reason=f"htmldate-eval / indotimex-kompas gold data not found under {DATA} "
    "(../shared/data beside the checkout)",
)
def test_bench_dates_smoke() -> None:
    from warta.bench.dates import run

    metrics = run(DATA, limit=25)
    assert metrics["pages"] == 50
    assert metrics["kompas_docs"] == 25 and metrics["kompas_dev_docs"] == 50
    for key, value in metrics.items():
        assert isinstance(value, int | float) and value >= 0, key
    accuracy_warta = metrics["htmldate_eval_accuracy_warta"]
    accuracy_htmldate = metrics["htmldate_eval_accuracy_htmldate"]
    assert isinstance(accuracy_warta, float) and isinstance(accuracy_htmldate, float)
    assert accuracy_warta >= accuracy_htmldate - 0.02
    # Floors well under the measured scores (dev 0.68 / window 0.90).
    assert float(metrics["kompas_dev_estimate_accuracy"]) >= 0.5
    assert float(metrics["kompas_dev_estimate_window_hit"]) >= 0.75
