"""Time expressions of search-and-rescue and incident reports: the N-th day of a search, duration
ranges ("1-2 hari"), "7 x 24 jam", clock times in the small hours after a night, "waktu setempat",
and a heading date that does not swallow the clock time opening the next paragraph.

Every sentence here is written for these tests (invented events, ordinary news style).
"""

from __future__ import annotations

import datetime as dt

from warta.article.dates import find_dates
from warta.article.timex import find_timexes

TUESDAY = dt.date(2014, 12, 30)


def found(text: str, anchor: dt.date = TUESDAY) -> list[tuple[str, str, str | None]]:
    return [(s.text, s.type, s.value) for s in find_timexes(text, anchor)]


def values(text: str, anchor: dt.date = TUESDAY) -> dict[str, str | None]:
    return {s.text: s.value for s in find_timexes(text, anchor)}


# --- the N-th day of something ------------------------------------------------------------


def test_an_ordinal_day_is_the_day_its_sentence_names() -> None:
    text = "Memasuki hari ketiga pencarian, Rabu (31/12/2014), tim menemukan serpihan kapal."
    assert values(text)["hari ketiga"] == "2014-12-31"


def test_an_ordinal_day_is_counted_from_one_the_text_has_dated() -> None:
    text = ("Pada hari kedua operasi, Senin (29/12/2014), tim menyisir Selat Karimata. "
            "Pada hari pertama, tim hanya bekerja sampai sore. Hari keempat direncanakan di laut Jawa.")
    got = values(text)
    assert (got["hari kedua"], got["hari pertama"], got["Hari keempat"]) == (
        "2014-12-29", "2014-12-28", "2014-12-31")


def test_an_ordinal_day_with_a_deictic_day_in_its_sentence_takes_that_day() -> None:
    text = "Pencarian hari ke-4 dimulai pukul 06.00 WIB tadi dari Pangkalan Bun."
    assert values(text)["hari ke-4"] == "2014-12-30"


def test_a_clock_time_after_an_ordinal_day_is_on_that_day() -> None:
    text = ("Hari kedua pencarian jatuh pada Senin (29/12/2014). "
            "Pencarian hari pertama dihentikan pada pukul 17.45 WIB karena gelap.")
    assert values(text)["pukul 17.45 WIB"] == "2014-12-28T17:45"


def test_an_ordinal_that_is_not_of_a_day_is_left_alone() -> None:
    assert found("Ia menjadi juara pertama lomba itu.") == []
    # the first thousand days: a count of days, no ordinal day
    assert found("Gizi penting pada 1.000 hari pertama kehidupan.") == [("1.000 hari", "DURATION", "P1000D")]
    assert values("Kuartal ketiga 2014 ditutup dengan laba.")["Kuartal ketiga 2014"] == "2014-Q3"


# --- duration ranges and products ----------------------------------------------------------


def test_a_duration_range_is_two_durations() -> None:
    assert found("Evakuasi diperkirakan memakan waktu 1-2 hari.") == [
        ("1", "DURATION", "P1D"), ("2 hari", "DURATION", "P2D")]
    assert found("Hujan turun 3-4 jam setiap sore.")[:2] == [
        ("3", "DURATION", "PT3H"), ("4 jam", "DURATION", "PT4H")]


def test_a_number_pair_without_a_unit_is_no_duration() -> None:
    assert found("Tuan rumah menang 4-1 dan harga naik 1-2 persen.") == []


def test_days_told_as_times_24_hours_are_days() -> None:
    assert found("Tim SAR bekerja 7 x 24 jam di perairan itu.") == [("7 x 24 jam", "DURATION", "P7D")]
    assert found("Polisi diberi waktu 2x24 jam untuk memeriksa sopir.") == [("2x24 jam", "DURATION", "P2D")]
    assert found("Posko dibuka 7×24 jam.") == [("7×24 jam", "DURATION", "P7D")]


def test_a_product_of_hours_that_is_no_whole_day_stays_in_hours() -> None:
    assert found("Mesin diuji 3 x 10 jam.") == [("3 x 10 jam", "DURATION", "PT30H")]


# --- the small hours after a night ------------------------------------------------------------


def test_a_clock_time_past_midnight_after_a_night_is_on_the_next_day() -> None:
    text = ("Pukul 00.30 WIB, delapan orang diamankan karena ricuh pada demo 28 Desember malam. "
            "Pukul 00.10 WIB, kapolda menggelar jumpa pers.")
    got = values(text)
    assert got["Pukul 00.30 WIB"] == "2014-12-29T00:30"
    assert got["Pukul 00.10 WIB"] == "2014-12-29T00:10"


def test_an_evening_clock_time_after_a_night_keeps_its_day() -> None:
    text = "Warga berkumpul pada Minggu (28/12/2014) malam. Pukul 21.00 WIB, mereka berdoa bersama."
    assert values(text)["Pukul 21.00 WIB"] == "2014-12-28T21:00"


def test_a_clock_time_in_the_small_hours_after_a_day_keeps_that_day() -> None:
    text = "Gempa terjadi pada Minggu (28/12/2014) sekitar pukul 02.15 WIB."
    assert values(text)["Minggu (28/12/2014) sekitar pukul 02.15 WIB"] == "2014-12-28T02:15"


# --- zones and headings ---------------------------------------------------------------------


def test_local_time_is_part_of_the_clock_time() -> None:
    text = "Pesawat dijadwalkan mendarat pukul 08.30 waktu setempat, Minggu (28/12/2014)."
    assert found(text)[0] == ("pukul 08.30 waktu setempat", "TIME", "2014-12-28T08:30")


def test_a_heading_date_does_not_take_the_clock_time_of_the_next_paragraph() -> None:
    text = "Kronologi:\n\nMinggu, 28 Desember 2014\n\nPukul 06.17 WIB, pesawat hilang dari radar."
    dates = find_dates(text)
    assert [d.text for d in dates] == ["Minggu, 28 Desember 2014"]
    assert values(text)["Pukul 06.17 WIB"] == "2014-12-28T06:17"


def test_a_date_and_its_clock_time_on_one_line_are_still_one() -> None:
    assert [d.has_time for d in find_dates("Minggu, 28 Desember 2014 - 06:17 WIB")] == [True]


# --- a clock time inside a day part told earlier ----------------------------------------------


def test_a_clock_time_inside_an_earlier_day_part_is_on_that_day_not_the_statement_day() -> None:
    text = ("Dua tahanan berkelahi pada Senin (29/12) sore. \"Situasi sudah aman,\" kata Kapolres, "
            "Selasa (30/12). Perkelahian pecah sekitar pukul 15.30 WIB di blok C.")
    assert values(text)["sekitar pukul 15.30 WIB"] == "2014-12-29T15:30"


def test_a_clock_time_outside_that_day_part_stays_on_the_narrative_date() -> None:
    text = ("Dua tahanan berkelahi pada Senin (29/12) sore. \"Situasi sudah aman,\" kata Kapolres, "
            "Selasa (30/12). Para tahanan dipindahkan pukul 09.00 WIB.")
    assert values(text)["pukul 09.00 WIB"] == "2014-12-30T09:00"


# --- counts in thousands and "these last days" --------------------------------------------------


def test_hours_counted_in_thousands_are_a_duration() -> None:
    assert found("Pilot itu memiliki 20.537 jam terbang.") == [("20.537 jam", "DURATION", "PT20537H")]


def test_other_amounts_in_thousands_are_no_time() -> None:
    assert found("Sebanyak 1.000 orang mengungsi.") == []


def test_some_days_up_to_today_are_a_duration_not_today() -> None:
    assert found("Cuaca dalam beberapa hari ini buruk.") == [("beberapa hari ini", "DURATION", "PXD")]
    assert found("Hari ini cuaca cerah.") == [("Hari ini", "DATE", "2014-12-30")]


# --- bare parts of the day ----------------------------------------------------------------------


def test_a_part_of_the_day_opening_a_sentence_is_a_time() -> None:
    text = "Tim tiba di Pangkalan Bun pada Selasa (30/12/2014). Siang hari, tim kembali ke posko."
    assert values(text)["Siang hari"] == "2014-12-30TAF"


def test_a_part_of_the_day_opening_a_sentence_needs_its_comma() -> None:
    assert "Malam hari" not in values("Malam hari raya dirayakan warga dengan takbir keliling.")


def test_late_night_is_night() -> None:
    assert found("Tim bekerja hingga larut malam.") == [("larut malam", "TIME", "2014-12-30TNI")]


# --- years later -------------------------------------------------------------------------------


def test_years_later_count_from_the_year_the_text_named() -> None:
    text = "Pada tahun 2004, tsunami melanda Aceh. Sepuluh tahun kemudian, bencana kembali datang."
    assert values(text)["Sepuluh tahun kemudian"] == "2014"


def test_years_later_after_a_dated_day_count_from_that_day() -> None:
    text = "Pesawat dibeli pada 2008. Pada Minggu (28/12/2014) pesawat hilang. Setahun kemudian, bangkai diangkat."
    assert values(text)["Setahun kemudian"] == "2015"


def test_a_day_part_after_a_statement_day_is_on_the_day_of_the_clock_time_told_before() -> None:
    text = ("Angin kencang melanda desa itu pada Senin (29/12) pukul 16.40 WIB. \"Atap rusak,\" kata "
            "Kepala BPBD, Selasa (30/12). Menjelang petang, hujan deras turun.")
    assert values(text)["petang"] == "2014-12-29TEV"


def test_a_clock_time_in_a_named_zone_is_a_time_with_its_zone() -> None:
    text = "Pesawat hilang pukul 06.17 WIB atau 07.17 waktu Singapura, Minggu (28/12/2014)."
    assert found(text)[1] == ("07.17 waktu Singapura", "TIME", "2014-12-28T07:17")


def test_a_running_count_of_days_with_no_date_near_is_the_publication_day() -> None:
    text = "Pesawat hilang pada Minggu (28/12/2014). Tim SAR kini memasuki hari ketiga pencarian."
    assert values(text)["hari ketiga"] == "2014-12-30"


def test_the_first_day_with_no_date_near_is_the_day_the_story_is_on() -> None:
    text = "Pesawat hilang pada Minggu (28/12/2014). Pada hari pertama, pencarian terhambat cuaca."
    assert values(text)["hari pertama"] == "2014-12-28"


# --- hours with a day part, New Year's Eve ---------------------------------------------------------


def test_an_hour_said_with_its_day_part_is_on_the_right_half_of_the_day() -> None:
    got = values("Ia datang jam 11 siang, pulang jam 3 sore, tidur jam 11 malam dan bangun jam 2 malam.")
    assert (got["jam 11 siang"], got["jam 3 sore"], got["jam 11 malam"], got["jam 2 malam"]) == (
        "2014-12-30T11:00", "2014-12-30T15:00", "2014-12-30T23:00", "2014-12-30T02:00")


def test_new_years_eve_with_a_year_is_the_night_into_that_year() -> None:
    assert found("Warga merayakan malam tahun baru 2015 di alun-alun.") == [
        ("malam tahun baru 2015", "TIME", "2014-12-31TNI")]
    assert found("Perayaan tahun baru 2015 dibatalkan.") == [("tahun baru 2015", "DATE", "2015-01-01")]


# --- weekdays: tomorrow, and a weekday of another week ---------------------------------------------


def test_a_bare_weekday_with_tomorrows_name_is_tomorrow() -> None:
    assert values("Gelombang setinggi empat meter diperkirakan terjadi pada Rabu siang.")["Rabu siang"] == (
        "2014-12-31TAF")


def test_a_weekday_said_to_be_past_stays_past() -> None:
    assert values("Kapal itu berangkat Rabu lalu.")["Rabu lalu"] == "2014-12-24"


def test_a_weekday_of_last_or_next_week_is_one_expression() -> None:
    assert found("Situasi tegang sejak Jumat pekan lalu.") == [("Jumat pekan lalu", "DATE", "2014-12-26")]
    assert found("Hasil uji keluar Kamis pekan depan.") == [("Kamis pekan depan", "DATE", "2015-01-08")]


def test_a_time_of_day_in_a_quote_with_no_day_before_is_on_the_day_it_was_told() -> None:
    text = "\"Sejak pagi kami menunggu kabar,\" kata Ani di Bandara Juanda, Senin (29/12/2014)."
    assert values(text)["pagi"] == "2014-12-29TMO"


def test_dusk_and_a_day_and_a_night() -> None:
    assert found("Kapal tiba Minggu senja.") == [("Minggu senja", "TIME", "2014-12-28TEV")]
    assert found("Tim bekerja sehari semalam.") == [("sehari semalam", "DURATION", "P1D")]


# --- laws cited by number and year, dates of last year, the night before ----------------------


def test_a_law_cited_by_number_and_year_is_no_time_expression() -> None:
    assert found("Ia dijerat Pasal 2 UU Nomor 31 Tahun 1999 dan Perpres 54 Tahun 2010.") == []
    assert found("Ia dipenjara 5 tahun sejak 2010.") == [("5 tahun", "DURATION", "P5Y"), ("2010", "DATE", "2010")]


def test_a_day_and_month_of_last_year_is_one_date() -> None:
    assert found("Pelecehan terjadi pada 23 Agustus tahun lalu.") == [
        ("23 Agustus tahun lalu", "DATE", "2013-08-23")]


def test_the_night_before_with_hari() -> None:
    text = "Sidang digelar Selasa (30/12/2014). Jalan ditutup sejak malam hari sebelumnya."
    assert values(text)["malam hari sebelumnya"] == "2014-12-29TNI"


def test_a_year_less_day_after_a_future_cue_lies_ahead() -> None:
    assert values("Pesta olahraga itu akan digelar 18 Agustus di Jakarta.", dt.date(2017, 4, 1))[
        "18 Agustus"] == "2017-08-18"
    assert values("Pesta olahraga itu digelar 18 Agustus di Jakarta.", dt.date(2017, 4, 1))[
        "18 Agustus"] == "2016-08-18"


def test_a_count_of_years_is_not_new_year() -> None:
    assert found("Pemain berusia 31 tahun baru saja memperpanjang kontrak.") == [
        ("31 tahun", "DURATION", "P31Y")]


def test_a_day_of_month_opening_a_list_takes_the_month_the_list_ends_with() -> None:
    got = values("Pertempuran berlangsung tanggal 19, 20 sampai 21 November 1945.")
    assert got["tanggal 19"] == "1945-11-19"
    assert values("Survei digelar tanggal 16 hingga 22 Januari 2015.")["tanggal 16"] == "2015-01-16"
    assert values("Rapat digelar tanggal 10 di Jakarta.")["tanggal 10"] == "2014-12-10"


def test_a_plate_number_is_no_year() -> None:
    assert found("Mobil bernomor polisi BE 2844 CH menabrak pagar candi pada 2016.") == [
        ("2016", "DATE", "2016")]
    assert found("Pada 2014 KPK menahan dia.") == [("2014", "DATE", "2014")]


def test_a_dated_clock_time_with_its_day_part_after_is_one_time() -> None:
    text = "Polisi menangkap mereka Senin (29/12) sekitar pukul 03.30 WIB dini hari."
    assert found(text) == [("Senin (29/12) sekitar pukul 03.30 WIB dini hari", "TIME", "2014-12-29T03:30")]


def test_a_capitalised_day_part_inside_a_sentence_is_a_name() -> None:
    assert found("Tampil pula grup Dialog Dini Hari di panggung utama.") == []


def test_dinihari_written_as_one_word_and_day_parts_after_di() -> None:
    assert found("Laga berlangsung Senin (29/12/2014) dinihari WIB.") == [
        ("Senin (29/12/2014) dinihari WIB", "TIME", "2014-12-29TMO")]
    assert found("Perut terasa lapar di malam hari.") == [("malam hari", "TIME", "2014-12-30TNI")]


def test_a_coordinate_after_di_is_no_clock_time() -> None:
    assert found("Pusat gempa berada di 6.17 Lintang Selatan.") == []
