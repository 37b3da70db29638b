"""Rules found by the blind Kompas development gold (bench/gold/timex-kompas-blind), each checked on
sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from warta.article.timex import find_timexes

ANCHOR = date(2014, 12, 9)  # a Tuesday


def _read(text: str) -> list[tuple[str, str, str | None]]:
    return [(span.text, span.type, span.value) for span in find_timexes(text, ANCHOR)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Proyek jalan tol itu butuh tiga sampai lima tahun.",
         [("tiga", "DURATION", "P3Y"), ("lima tahun", "DURATION", "P5Y")]),
        ("Perbaikan dermaga memakan dua hingga empat pekan.",
         [("dua", "DURATION", "P2W"), ("empat pekan", "DURATION", "P4W")]),
        ("Dalam satu hingga dua tahun ke depan, tarif tidak naik.",
         [("satu", "DURATION", "P1Y"), ("dua tahun ke depan", "DURATION", "P2Y")]),
    ],
)  # fmt: skip
def test_a_count_range_joined_by_hingga_or_sampai_is_two_durations(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _read(text) == expected


def test_a_range_of_days_ago_is_not_read_as_lengths() -> None:
    # "2 sampai 3 hari lalu" is two days in the past: the first count is no duration
    assert ("2", "DURATION", "P2D") not in _read("Banjir surut 2 sampai 3 hari lalu.")


def test_a_count_before_another_preposition_is_no_range() -> None:
    assert _read("Skor 2 pada 3 hari terakhir naik.") == [("3 hari terakhir", "DURATION", "P3D")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laba kuartal ketiga dan keempat tahun lalu turun.",
         [("kuartal ketiga", "DATE", "2013-Q3"), ("keempat tahun lalu", "DATE", "2013-Q4")]),
        ("Ekspor semester pertama dan kedua 2016 diperkirakan naik.",
         [("semester pertama", "DATE", "2016-H1"), ("kedua 2016", "DATE", "2016-H2")]),
    ],
)  # fmt: skip
def test_the_second_of_two_coordinated_ordinals_takes_the_unit_of_the_first(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _read(text) == expected


def test_an_ordinal_before_a_year_without_a_coordinated_unit_is_no_quarter() -> None:
    assert _read("Juara kedua tahun lalu datang lagi.") == [("tahun lalu", "DATE", "2013")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pengunjung membludak di hari libur seperti Sabtu-Minggu.",
         [("Sabtu", "SET", "XXXX-WXX-6"), ("Minggu", "SET", "XXXX-WXX-7")]),
        ("Kantor tutup lebih awal pada hari tertentu, misalnya Jumat.",
         [("Jumat", "SET", "XXXX-WXX-5")]),
    ],
)  # fmt: skip
def test_a_weekday_given_as_an_example_is_any_such_day(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _read(text)[: len(expected)] == expected


def test_a_weekday_given_as_an_example_with_a_direction_stays_a_date() -> None:
    assert _read("Seperti Senin lalu, harga cabai turun.") == [("Senin lalu", "DATE", "2014-12-08")]
    found = _read("Taman ramai, seperti Sabtu-Minggu kemarin sore.")
    assert [(text, kind) for text, kind, _ in found] == [("Sabtu", "DATE"), ("Minggu kemarin sore", "TIME")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pasar sedang lesu sekarang ini, kata pedagang.", [("sekarang ini", "DATE", "PRESENT_REF")]),
        ("Toko tutup pada hari raya Natal.", [("hari raya Natal", "DATE", "2014-12-25")]),
    ],
)  # fmt: skip
def test_the_whole_phrase_is_the_extent(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _read(text) == expected


def test_a_look_back_counts_from_the_year_its_own_sentence_names() -> None:
    found = _read("Pada 2011, penjualan naik 4 persen dibanding setahun sebelumnya.")
    assert found == [("2011", "DATE", "2011"), ("setahun sebelumnya", "DATE", "2010")]


def test_a_look_back_in_the_next_sentence_keeps_to_the_narrative_day() -> None:
    found = _read("Rapat digelar Senin (8/12/2014) tentang 2011. Setahun sebelumnya, rapat batal.")
    assert found[-1] == ("Setahun sebelumnya", "DATE", "2013")


def test_the_times_before_are_a_past_reference() -> None:
    assert _read("Kota itu pada masa sebelumnya sepi.") == [("masa sebelumnya", "DATE", "PAST_REF")]
