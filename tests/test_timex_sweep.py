"""Rules found by a recall and consistency sweep of warta's time expressions over unannotated
Indonesian text (IndoSum, IndoNLI premises, the IndoNLU and UD sentences), each checked on sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from warta.article.timex import find_timexes

ANCHOR = date(2017, 5, 17)  # a Wednesday

Reading = tuple[str, str, str | None]


def _read(text: str, anchor: date = ANCHOR) -> list[Reading]:
    return [(span.text, span.type, span.value) for span in find_timexes(text, anchor)]


def test_a_list_of_numbers_after_a_unit_is_no_ordinal_and_no_crash() -> None:
    # "9,10" is read as one decimal number; an ordinal week it is not
    assert _read("Tim itu tampil pada pekan 9,10, dan 11 liga.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pebalap itu mencatat waktu 1 menit 37,467 detik di sesi latihan.",
         [("1 menit 37,467 detik", "DURATION", "PT1M37.467S")]),
        ("Penerbangan ke Medan memakan 2 jam 15 menit.", [("2 jam 15 menit", "DURATION", "PT2H15M")]),
        ("Terdakwa divonis 4 tahun 6 bulan penjara.", [("4 tahun 6 bulan", "DURATION", "P4Y6M")]),
    ],
)  # fmt: skip
def test_a_duration_told_in_descending_units_is_one_duration(text: str, expected: list[Reading]) -> None:
    assert _read(text) == expected


def test_units_not_in_descending_order_stay_two_durations() -> None:
    assert _read("Ia menunggu 2 bulan 3 tahun.") == [("2 bulan", "DURATION", "P2M"), ("3 tahun", "DURATION", "P3Y")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Suku itu mendiami lembah tersebut selama ribuan tahun.", ("ribuan tahun", "DURATION", "PXY")),
        ("Festival berusia seperempat abad itu kembali digelar.", ("seperempat abad", "DURATION", "P25Y")),
        ("Fosil itu berumur 4,5 juta tahun.", ("4,5 juta tahun", "DURATION", "P4500000Y")),
    ],
)  # fmt: skip
def test_thousands_quarters_and_millions_of_units(text: str, expected: Reading) -> None:
    assert _read(text) == [expected]


def test_a_past_beyond_the_calendar_is_a_vague_past() -> None:
    # 55 thousand years ago has no year TIMEX3 can write (it once came out as year 1017)
    assert _read("Kaldera itu terbentuk sekitar 55 ribu tahun yang lalu.") == [
        ("sekitar 55 ribu tahun yang lalu", "DATE", "PAST_REF")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Besok, jam delapan pagi, rombongan berangkat.", ("jam delapan pagi", "TIME", "2017-05-18T08:00")),
        ("Pasar ditutup pukul sembilan malam.", ("pukul sembilan malam", "TIME", "2017-05-17T21:00")),
    ],
)  # fmt: skip
def test_an_hour_written_in_words(text: str, expected: Reading) -> None:
    assert expected in _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Penggalangan dana itu rampung berbulan-bulan silam.", ("berbulan-bulan silam", "DATE", "PAST_REF")),
        ("Jembatan itu dibangun bertahun-tahun lalu.", ("bertahun-tahun lalu", "DATE", "PAST_REF")),
        ("Panen kali ini lebih baik dari tahun-tahun sebelumnya.", ("tahun-tahun sebelumnya", "DATE", "PAST_REF")),
        ("Program itu akan diperluas pada tahun-tahun mendatang.", ("tahun-tahun mendatang", "DATE", "FUTURE_REF")),
    ],
)  # fmt: skip
def test_many_units_ago_or_ahead_are_vague(text: str, expected: Reading) -> None:
    assert _read(text) == [expected]


def test_a_plural_unit_alone_is_no_time_expression() -> None:
    assert _read("Pada tahun-tahun awal berdirinya, sekolah itu kekurangan guru.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pelatih memimpin latihan di Cibubur, sore (15/5) tadi.", ("sore (15/5) tadi", "TIME", "2017-05-15TAF")),
        ("Bazar dibuka pagi (13/5) di alun-alun.", ("pagi (13/5)", "TIME", "2017-05-13TMO")),
    ],
)  # fmt: skip
def test_a_day_part_before_a_date_is_one_time(text: str, expected: Reading) -> None:
    assert _read(text) == [expected]


def test_a_weekday_that_does_not_fit_the_date_keeps_the_nearest_year() -> None:
    # 20 January 2018 was a Saturday: the writer's weekday is wrong, the date is the one just gone
    assert _read("Konser itu digelar Minggu (20/1) di Bandung.", date(2018, 1, 23)) == [
        ("Minggu (20/1)", "DATE", "2018-01-20")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Tuntutan itu sudah dipenuhi," kata Hasan di Jakarta Selasa.', [("Selasa", "DATE", "2017-05-16")]),
        ("Pemerintah Jepang Senin mengumumkan paket bantuan.", [("Senin", "DATE", "2017-05-15")]),
        ("Genangan air masih terlihat di Pasar Minggu, Jakarta Selatan.", []),
        ("Ribuan warga menunaikan Salat Jumat di masjid raya.", []),
    ],
)  # fmt: skip
def test_a_weekday_after_a_capitalised_word_is_a_day_unless_the_word_makes_names(
    text: str, expected: list[Reading]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arus balik Lebaran 2016 dipantau dari udara.", ("Lebaran 2016", "DATE", "2016-07-06")),
        ("Warga merayakan Hari Raya Idul Fitri 1438 H di kampung.",
         ("Hari Raya Idul Fitri 1438 H", "DATE", "2017-06-25")),
        ("Harga daging naik menjelang Idul Adha.", ("Idul Adha", "DATE", "2017-09-01")),  # a cue ahead
        ("Pedagang kue keranjang laris saat Imlek lalu.", ("Imlek lalu", "DATE", "2017-01-28")),
        ("Vihara itu ramai dikunjungi saat Waisak.", ("Waisak", "DATE", "2017-05-11")),
        ("Pantai ditutup selama Nyepi mendatang.", ("Nyepi mendatang", "DATE", "2018-03-17")),
    ],
)  # fmt: skip
def test_a_feast_whose_date_moves_takes_that_years_date(text: str, expected: Reading) -> None:
    assert expected in _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sekolah itu memperingati Hari Kartini dengan lomba busana.", ("Hari Kartini", "DATE", "2017-04-21")),
        ("Ziarah digelar pada Hari Pahlawan 2015.", ("Hari Pahlawan 2015", "DATE", "2015-11-10")),
        ("Lomba panjat pinang memeriahkan HUT RI ke-70.", ("HUT RI ke-70", "DATE", "2015-08-17")),
    ],
)  # fmt: skip
def test_national_days_on_a_fixed_date(text: str, expected: Reading) -> None:
    assert _read(text) == [expected]


def test_an_ordinal_after_another_holiday_is_left_out() -> None:
    assert _read("Perayaan Natal ke-3 jemaat itu digelar sederhana.") == [("Natal", "DATE", "2016-12-25")]


def test_a_feast_in_lower_case_is_no_name() -> None:
    assert _read("Suasana lebaran terasa di kampung.") == []


def test_the_night_of_a_feast_is_the_night_before_it() -> None:
    # "malam Lebaran" is the eve (takbiran), the night before 1 Syawal
    assert _read("Pada malam Lebaran warga bertakbir keliling.") == [("malam Lebaran", "TIME", "2017-06-24TNI")]


def test_a_day_that_something_leads_up_to_is_ahead() -> None:
    # said in May: "menjelang 17 Agustus" is this August, while a bare "17 Agustus" is last year's
    assert _read("Menjelang 17 Agustus, warga mengecat pagar.") == [("17 Agustus", "DATE", "2017-08-17")]
    assert _read("Banjir melanda desa itu pada 17 Agustus.") == [("17 Agustus", "DATE", "2016-08-17")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kerusakan itu bisa muncul lagi di kemudian hari.", ("di kemudian hari", "DATE", "FUTURE_REF")),
        ("Pada masa itu sawah masih luas.", ("masa itu", "DATE", "PAST_REF")),
        ("Konon pada zaman dahulu kala, lembah ini danau.", ("zaman dahulu kala", "DATE", "PAST_REF")),
    ],
)  # fmt: skip
def test_more_vague_references(text: str, expected: Reading) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pabrik baru beroperasi pada kuartal terakhir tahun ini.", ("kuartal terakhir tahun ini", "DATE", "2017-Q4")),
        ("Penjualan turun pada semester terakhir 2016.", ("semester terakhir 2016", "DATE", "2016-H2")),
        ("Dalam dekade terakhir, luas hutan menyusut.", ("dekade terakhir", "DURATION", "P1DE")),
        ("Panen raya jatuh pada medio Maret 2016.", ("medio Maret 2016", "DATE", "2016-03")),
    ],
)  # fmt: skip
def test_the_last_quarter_of_a_year_the_last_decade_and_medio(text: str, expected: Reading) -> None:
    assert _read(text) == [expected]


def test_a_final_week_is_no_duration() -> None:
    assert _read("Itu menjadi laga pada pekan terakhir kompetisi.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tim itu tiba di Padang hari ini, Senin (15/5) dan langsung berlatih.", ("hari ini", "DATE", "2017-05-15")),
        ("Tersangka menyerahkan diri kemarin malam, Sabtu (13/5).", ("kemarin malam", "TIME", "2017-05-13TNI")),
    ],
)  # fmt: skip
def test_a_deictic_day_beside_a_date_is_that_date(text: str, expected: Reading) -> None:
    # the writer's today was Monday, though the article came out on Wednesday
    assert _read(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Final digelar Rabu dini hari WIB (10/5/2017).", ("Rabu dini hari WIB (10/5/2017)", "TIME", "2017-05-10TMO")),
        ("Kereta berangkat setiap Jumat pukul 20.45 WIB.",
         ("setiap Jumat pukul 20.45 WIB", "SET", "XXXX-WXX-5T20:45")),
        ("Pasar buka setiap hari pukul 06.00.", ("setiap hari pukul 06.00", "SET", "XXXX-XX-XXT06:00")),
        ("Sambal itu makin digemari beberapa tahun belakangan ini.",
         ("beberapa tahun belakangan ini", "DURATION", "PXY")),
        ("Pemain itu dibeli pada musim panas tahun lalu.", ("musim panas tahun lalu", "DATE", "2016-SU")),
        ("Perayaan Natal tahun lalu berlangsung meriah.", ("Natal tahun lalu", "DATE", "2016-12-25")),
        ("Arus mudik Lebaran tahun lalu padat.", ("Lebaran tahun lalu", "DATE", "2016-07-06")),
    ],
)  # fmt: skip
def test_one_expression_where_two_were_read(text: str, expected: Reading) -> None:
    assert _read(text) == [expected]


def test_a_rate_every_month_keeps_its_clock_time_apart() -> None:
    assert _read("Rapat digelar setiap bulan pukul 10.00.") == [
        ("setiap bulan", "SET", "P1M"), ("pukul 10.00", "TIME", "2017-05-17T10:00")
    ]


@pytest.mark.parametrize(
    "text",
    ["Layar ponsel itu beresolusi 2560 x 1080 piksel.", "Aturan itu diatur dalam Perma nomor: 02 tahun 2012."],
)
def test_screen_sizes_and_cited_rules_are_no_years(text: str) -> None:
    assert _read(text) == []


def test_a_day_named_with_mendatang_may_have_been_told_a_little_late() -> None:
    # an article out on 26 July about "25 Juli mendatang" was written before the 25th
    assert _read("Gerai itu dibuka pada 25 Juli mendatang.", date(2017, 7, 26)) == [
        ("25 Juli mendatang", "DATE", "2017-07-25")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Seperti kemarin (Jumat), saya hadir," kata Dewi.', ("kemarin", "DATE", "2017-05-12")),
        ("Insyaallah besok (Jumat, 19 Mei) saya jelaskan.", ("besok", "DATE", "2017-05-19")),
        ("Sekolah itu diresmikan pada hari Sabtu tanggal 29 Mei 2010.", ("hari Sabtu", "DATE", "2010-05-29")),
    ],
)  # fmt: skip
def test_a_day_word_beside_a_date_or_weekday_in_parentheses_is_that_day(text: str, expected: Reading) -> None:
    assert _read(text)[0] == expected


def test_a_weekday_after_a_date_with_the_same_weekday_is_that_date() -> None:
    found = _read("Tanggal 26 Januari 2008, hari Sabtu sekitar pukul 09.30 WITA, kapal itu bersandar.")
    assert found[1] == ("hari Sabtu sekitar pukul 09.30 WITA", "TIME", "2008-01-26T09:30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 29 Mei 2010 was a Saturday: one of the two is a slip, and the digits are the better evidence
        ("Ia lahir pada hari Senin tanggal 29 Mei 2010.", ("hari Senin", "DATE", "2010-05-29")),
        ("Kios itu terbakar 3 Mei, hari Senin dini hari.", ("hari Senin dini hari", "TIME", "2017-05-03TMO")),
        ("Pasar dibuka Kamis pukul 08.00 (4/5).", ("Kamis pukul 08.00", "TIME", "2017-05-04T08:00")),
    ],
)  # fmt: skip
def test_a_weekday_beside_a_date_of_another_weekday_is_that_date(text: str, expected: Reading) -> None:
    assert expected in _read(text)


def test_a_weekday_listed_before_a_date_with_its_own_weekday_keeps_its_own_day() -> None:
    found = _read("Ujian digelar Senin, Rabu 10 Mei 2017.")
    assert found[0] == ("Senin", "DATE", "2017-05-15")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Insiden akhir pekan kemarin membuatnya absen.", ("akhir pekan kemarin", "DATE", "2017-W19-WE")),
        ("Tahun 2016 kemarin dana desa dicairkan.", ("Tahun 2016 kemarin", "DATE", "2016")),
        ("April kemarin, taman kota itu dibuka.", ("April kemarin", "DATE", "2017-04")),
        ("Penjualan bulan kemarin turun.", ("bulan kemarin", "DATE", "2017-04")),
    ],
)  # fmt: skip
def test_kemarin_after_a_calendar_name_is_the_last_one(text: str, expected: Reading) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laga itu berakhir dalam satu jam 11 menit.", ("satu jam 11 menit", "DURATION", "PT1H11M")),
        ("Ia divonis satu tahun enam bulan penjara.", ("satu tahun enam bulan", "DURATION", "P1Y6M")),
        ("Kereta tiba pada Minggu 20.00 WIB.", ("Minggu 20.00 WIB", "TIME", "2017-05-14T20:00")),
    ],
)  # fmt: skip
def test_number_words_in_durations_and_a_weekday_with_its_clock_time(text: str, expected: Reading) -> None:
    assert _read(text) == [expected]


def test_a_weekday_range_ends_after_it_starts() -> None:
    # said on a Wednesday: Monday is two days ago, the Friday that ends the range is two days ahead
    assert _read("Mulai Senin hingga Jumat kantor itu tutup.") == [
        ("Senin", "DATE", "2017-05-15"), ("Jumat", "DATE", "2017-05-19")
    ]


def test_a_half_year_with_its_year_after_a_slash() -> None:
    assert _read("Laporan itu untuk semester I/2016.") == [("semester I/2016", "DATE", "2016-H1")]


def test_a_range_of_days_joined_by_hingga_or_sampai() -> None:
    assert _read("Bazar buku digelar 12 sampai 14 Mei 2017 di alun-alun.") == [
        ("12", "DATE", "2017-05-12"), ("14 Mei 2017", "DATE", "2017-05-14")
    ]


def test_a_number_before_a_later_day_is_no_range_start() -> None:
    assert _read("Stok menyusut 25 hingga 20 Mei.") == [("20 Mei", "DATE", "2017-05-20")]


def test_a_light_year_is_a_distance() -> None:
    assert _read("Bintang itu berjarak 4,2 tahun cahaya dari Bumi.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Puncak arus mudik diperkirakan pada H-3 Lebaran.", ("H-3 Lebaran", "DATE", "2017-06-22")),
        ("Arus balik memuncak H+2 Lebaran 2016.", ("H+2 Lebaran 2016", "DATE", "2016-07-08")),
    ],
)  # fmt: skip
def test_days_counted_from_a_feast(text: str, expected: Reading) -> None:
    assert _read(text) == [expected]


def test_an_h_number_without_a_holiday_is_nothing() -> None:
    assert _read("Skor akhir H-2 tidak berubah.") == []


def test_n_units_ke_belakang_are_the_last_n() -> None:
    assert _read("Data itu dihitung lima tahun ke belakang.") == [("lima tahun ke belakang", "DURATION", "P5Y")]


def test_a_day_part_after_a_date_and_a_comma_is_on_that_date() -> None:
    found = _read("Hal itu disampaikan di Balai Kota, Jakarta, Selasa (16/5/2017), malam.")
    assert found == [("Selasa (16/5/2017)", "DATE", "2017-05-16"), ("malam", "TIME", "2017-05-16TNI")]


@pytest.mark.parametrize(
    "text",
    ["Ia ditemui di kafe Seven Friday Space, Jakarta.", "Panitia Lebaran Betawi membuka acara di Monas."],
)
def test_names_that_contain_a_day_or_a_feast(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Perusahaan itu pada hari Jumat mengatakan akan membuka datanya.", ("hari Jumat", "DATE", "2017-05-12")),
        ("Gubernur Kamis menyatakan pemerintah bakal membangun jembatan.", ("Kamis", "DATE", "2017-05-11")),
    ],
)  # fmt: skip
def test_a_weekday_before_a_verb_of_saying_is_the_day_it_was_said(text: str, expected: Reading) -> None:
    # the plan comes after the verb; the day is when it was announced, so not ahead of the report
    assert _read(text) == [expected]


def test_a_plan_for_a_weekday_with_the_speaker_after_it_stays_ahead() -> None:
    assert _read("Rapat akan digelar Senin, kata dia.") == [("Senin", "DATE", "2017-05-22")]


def test_n_days_setelah_itu_counts_from_the_day_last_named() -> None:
    assert _read("Ia tiba pada 3 Mei. Tiga hari setelah itu ia pulang.") == [
        ("3 Mei", "DATE", "2017-05-03"), ("Tiga hari setelah itu", "DATE", "2017-05-06")
    ]
    assert _read("Rapat selesai pada 3 Mei. Setelah itu, peserta pulang.") == [("3 Mei", "DATE", "2017-05-03")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sidang lanjutan digelar Jumat pekan ini.", [("Jumat pekan ini", "DATE", "2017-05-19")]),
        ("Pasar ramai dari pagi hingga sore.",
         [("pagi", "TIME", "2017-05-17TMO"), ("sore", "TIME", "2017-05-17TAF")]),
        ("Warga sudah tahu dari dulu.", [("dulu", "DATE", "PAST_REF")]),
        ("Harga turun dari 2.500 menjadi 2.000.", []),
    ],
)  # fmt: skip
def test_this_weeks_weekday_and_ranges_opened_by_dari(text: str, expected: list[Reading]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bus berangkat pukul setengah delapan pagi.", ("pukul setengah delapan pagi", "TIME", "2017-05-17T07:30")),
        ("Ia tiba pukul setengah sembilan malam.", ("pukul setengah sembilan malam", "TIME", "2017-05-17T20:30")),
    ],
)  # fmt: skip
def test_setengah_before_an_hour_is_half_past_the_one_before(text: str, expected: Reading) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tunjangan dibayar tanggal 1 bulan depan.", ("tanggal 1 bulan depan", "DATE", "2017-06-01")),
        ("Ia dilantik tanggal 3 bulan lalu.", ("tanggal 3 bulan lalu", "DATE", "2017-04-03")),
    ],
)  # fmt: skip
def test_a_day_of_next_or_last_month(text: str, expected: Reading) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pasar kaget digelar tiap akhir pekan.", ("tiap akhir pekan", "SET", "XXXX-WXX-WE")),
        ("Iuran dibayar setiap tanggal 10.", ("setiap tanggal 10", "SET", "XXXX-XX-10")),
    ],
)  # fmt: skip
def test_every_weekend_and_every_tenth_of_the_month(text: str, expected: Reading) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hari jadi kota itu diperingati setiap 23 Juli.", [("setiap 23 Juli", "SET", "XXXX-07-23")]),
        ("Iuran itu dibayar setiap 23 Juli 2017.", [("23 Juli 2017", "DATE", "2017-07-23")]),
    ],
)  # fmt: skip
def test_every_year_on_a_day(text: str, expected: list[Reading]) -> None:
    assert _read(text) == expected


def test_a_clock_range_that_passes_midnight_ends_the_next_day() -> None:
    assert _read("Pesta rakyat berlangsung pukul 22.00 hingga 02.00 WIB.") == [
        ("pukul 22.00", "TIME", "2017-05-17T22:00"), ("02.00 WIB", "TIME", "2017-05-18T02:00")
    ]
    assert _read("Toko buka pukul 08.00-17.00.")[1] == ("17.00", "TIME", "2017-05-17T17:00")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pawai obor menyambut Tahun Baru Islam 1439 H.", ("Tahun Baru Islam 1439 H", "DATE", "2017-09-21")),
        ("Umat Kristiani memperingati Jumat Agung di gereja.", ("Jumat Agung", "DATE", "2017-04-14")),
        ("Kantor tutup saat Kenaikan Isa Almasih 2016.", ("Kenaikan Isa Almasih 2016", "DATE", "2016-05-05")),
    ],
)  # fmt: skip
def test_the_islamic_new_year_good_friday_and_ascension(text: str, expected: Reading) -> None:
    assert _read(text) == [expected]
