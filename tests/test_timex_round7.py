"""Round 7 of the time expressions: both systems scored on the same gold expressions, Indonesia's
dates of the Islamic feasts, weeks and weekends of a month.

Gold and predictions below are invented; feast dates come from facts (Indonesia's decreed holidays
and its sidang isbat), from the ``holidays`` package's Indonesian calendar called directly, or from
``hijridate``; expected ISO weeks are worked out with ``date.isocalendar``. Sentences are written
for these tests.
"""

from __future__ import annotations

from datetime import date

import holidays
import pytest
from hijridate import Hijri

from warta.article.timex import find_timexes
from warta.article.timex.feasts import feasts
from warta.bench.timex import Mark, score, shared_value_accuracy

Reading = tuple[str, str, str | None]


def _read(text: str, anchor: date) -> list[Reading]:
    return [(span.text, span.type, span.value) for span in find_timexes(text, anchor)]


def _umm_al_qura(year: int, month: int, day: int) -> date:
    g = Hijri(year, month, day).to_gregorian()
    return date(g.year, g.month, g.day)


def _mark(start: int, end: int, value: str | None, kind: str = "DATE") -> Mark:
    return Mark(start, end, kind, value)


# --- one set of expressions for both systems ----------------------------------------------

GOLD_A = (_mark(0, 10, "2023-05-01"), _mark(20, 30, "2023-05"), _mark(40, 50, "P3D", "DURATION"))
GOLD_B = (_mark(0, 8, "2023-06-02"), _mark(12, 20, "PAST_REF"))


def test_only_the_gold_marks_both_systems_match_are_counted() -> None:
    ours = [
        ((_mark(0, 10, "2023-05-01"), _mark(21, 29, "2023-04"), _mark(41, 50, "P3D", "DURATION")), GOLD_A),
        ((_mark(0, 8, "2023-06-02"),), GOLD_B),
    ]
    peer = [
        ((_mark(2, 9, "2023-05-02"), _mark(20, 30, "2023-05")), GOLD_A),  # misses the duration
        ((_mark(12, 20, "PAST_REF"),), GOLD_B),  # misses the date
    ]
    both = shared_value_accuracy(ours, peer, ("warta", "heideltime"))
    # shared: GOLD_A's date and month only (each document's other mark is matched by one system)
    assert both["both_matched_gold"] == 2
    assert both["warta_value_accuracy_both"] == 0.5  # date right, month wrong
    assert both["heideltime_value_accuracy_both"] == 0.5  # date wrong, month right


def test_the_shared_set_differs_from_each_systems_own_matches() -> None:
    ours = [((_mark(0, 10, "2023-05-01"), _mark(20, 30, "2023-05"), _mark(40, 50, "P3D", "DURATION")), GOLD_A)]
    peer = [((_mark(40, 50, "P3D", "DURATION"),), GOLD_A)]  # one match, and it is right
    own_peer = score(peer, "peer")["peer_value_accuracy"]
    both = shared_value_accuracy(ours, peer, ("warta", "heideltime"))
    assert own_peer == 1.0 and both["both_matched_gold"] == 1
    assert both["warta_value_accuracy_both"] == 1.0 == both["heideltime_value_accuracy_both"]


def test_a_system_mark_that_overlaps_two_gold_marks_matches_only_one() -> None:
    gold = (_mark(0, 5, "2023-05-01"), _mark(6, 12, "2023-05-02"))
    ours = [((_mark(0, 12, "2023-05-01"),), gold)]  # one long mark over both: matches the larger overlap
    peer = [((_mark(0, 5, "2023-05-01"), _mark(6, 12, "2023-05-02")), gold)]
    both = shared_value_accuracy(ours, peer, ("warta", "heideltime"))
    assert both["both_matched_gold"] == 1


def test_values_are_compared_in_one_spelling_and_nothing_shared_scores_zero() -> None:
    gold = (_mark(0, 10, "2014-12-5"),)
    ours = [((_mark(0, 10, "2014-12-05"),), gold)]
    assert shared_value_accuracy(ours, ours, ("a", "b"))["a_value_accuracy_both"] == 1.0
    nothing = [((), gold)]
    assert shared_value_accuracy(ours, nothing, ("a", "b")) == {
        "both_matched_gold": 0, "a_value_accuracy_both": 0.0, "b_value_accuracy_both": 0.0}  # fmt: skip


def test_different_gold_for_the_two_systems_is_refused() -> None:
    with pytest.raises(ValueError, match="different gold"):
        shared_value_accuracy([((), GOLD_A)], [((), GOLD_B)], ("a", "b"))


# --- the Islamic feasts on Indonesia's days, 2010-2027 ---------------------------------------

_LISTED = {"Eid al-Fitr": "idulfitri", "Eid al-Adha": "iduladha", "Islamic New Year": "tahunbaruislam",
           "Prophet's Birthday": "maulid", "Isra' and Mi'raj": "isramikraj"}  # fmt: skip
# Where the holidays package lists the day off and the feast fell on another day: the day off of
# Tahun Baru Islam 1443 and Maulid 1443 was moved a day later (2021), and the 2011 decree, made
# before the sidang isbat, gave Idul Fitri as 30 August (the isbat said 31 August).
_DAY_OFF_NOT_FEAST = {
    ("tahunbaruislam", date(2021, 8, 11)): date(2021, 8, 10),
    ("maulid", date(2021, 10, 20)): date(2021, 10, 19),
    ("idulfitri", date(2011, 8, 30)): date(2011, 8, 31),
}
# 1 Ramadan as the government's sidang isbat set it (Muhammadiyah began a day earlier in 2012, 2013,
# 2014, 2022, 2024 and 2026), with its weekday as reported, a check on the date.
_AWAL_RAMADAN = {
    2010: (date(2010, 8, 11), "Rabu"), 2011: (date(2011, 8, 1), "Senin"), 2012: (date(2012, 7, 21), "Sabtu"),
    2013: (date(2013, 7, 10), "Rabu"), 2014: (date(2014, 6, 29), "Minggu"), 2015: (date(2015, 6, 18), "Kamis"),
    2016: (date(2016, 6, 6), "Senin"), 2017: (date(2017, 5, 27), "Sabtu"), 2018: (date(2018, 5, 17), "Kamis"),
    2019: (date(2019, 5, 6), "Senin"), 2020: (date(2020, 4, 24), "Jumat"), 2021: (date(2021, 4, 13), "Selasa"),
    2022: (date(2022, 4, 3), "Minggu"), 2023: (date(2023, 3, 23), "Kamis"), 2024: (date(2024, 3, 12), "Selasa"),
    2025: (date(2025, 3, 1), "Sabtu"), 2026: (date(2026, 2, 19), "Kamis"),
}  # fmt: skip
_HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def _listed_feasts() -> set[tuple[str, date]]:
    """(feast, day) of every Islamic feast the holidays package lists for Indonesia, 2010-2027."""
    listed = holidays.country_holidays("ID", years=range(2010, 2028), language="en_US")
    out = set()
    for day, names in listed.items():
        for name in str(names).split("; "):
            feast = _LISTED.get(name.removesuffix(" (estimated)"))
            if feast is not None:
                out.add((feast, _DAY_OFF_NOT_FEAST.get((feast, day), day)))
    return out


def test_every_listed_islamic_feast_of_2010_to_2027_is_on_indonesias_day() -> None:
    listed = _listed_feasts()
    assert len(listed) == 18 * 3 + 19 * 2  # Maulid twice in 2015, Isra Mikraj twice in 2027
    ours = {(name, f.day) for name in _LISTED.values() for f in feasts()[name] if 2010 <= f.day.year <= 2027}
    assert ours == listed


def test_awal_ramadan_is_the_sidang_isbat_day_and_ramadan_runs_29_or_30_days() -> None:
    starts = {f.day.year: f.day for f in feasts()["awalramadan"] if 2010 <= f.day.year <= 2026}
    assert starts == {year: day for year, (day, _) in _AWAL_RAMADAN.items()}
    assert all(_HARI[day.weekday()] == hari for day, hari in _AWAL_RAMADAN.values())
    fitri = {f.day.year: f.day for f in feasts()["idulfitri"]}
    assert all((fitri[year] - day).days in (29, 30) for year, day in starts.items())


def test_a_feast_is_no_longer_on_the_umm_al_qura_day_where_indonesia_differs() -> None:
    # Idul Adha 1444 H: Umm al-Qura 28 June 2023, Indonesia 29 June 2023
    assert _umm_al_qura(1444, 12, 10) == date(2023, 6, 28)
    assert _read("Salat Idul Adha 2023 digelar di lapangan.", date(2023, 7, 5)) == [
        ("Idul Adha 2023", "DATE", "2023-06-29")]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Umat Islam mulai berpuasa pada awal Ramadan 2013.", date(2013, 8, 1),
         ("awal Ramadan 2013", "DATE", "2013-07-10")),  # Umm al-Qura: 9 July
        ("Pawai obor digelar menyambut Tahun Baru Islam 2019.", date(2019, 8, 20),
         ("Tahun Baru Islam 2019", "DATE", "2019-09-01")),  # Umm al-Qura: 31 August
        ("Pengajian akbar digelar saat Maulid Nabi 2017.", date(2017, 11, 1),
         ("Maulid Nabi 2017", "DATE", "2017-12-01")),  # Umm al-Qura: 30 November
        ("Libur Isra Mikraj 2018 jatuh pada hari Sabtu.", date(2018, 3, 1),
         ("Isra Mikraj 2018", "DATE", "2018-04-14")),  # Umm al-Qura: 13 April
        ("Salat Id pada Lebaran 2025 digelar di masjid raya.", date(2025, 4, 5),
         ("Lebaran 2025", "DATE", "2025-03-31")),  # Umm al-Qura: 30 March
        ("Puasa tahun ini dimulai 1 Ramadan 1445 H.", date(2024, 3, 1),
         ("1 Ramadan 1445 H", "DATE", "2024-03-12")),  # Umm al-Qura: 11 March
        ("Pemudik mulai bergerak menjelang Lebaran.", date(2027, 2, 20),
         ("Lebaran", "DATE", "2027-03-10")),  # the 2027 decree; Umm al-Qura: 9 March
    ],
)  # fmt: skip
def test_a_sample_of_years_reads_the_indonesian_day(text: str, anchor: date, expected: Reading) -> None:
    assert expected in _read(text, anchor)


# --- weeks and weekends of a month ----------------------------------------------------------

ANCHOR = date(2023, 5, 3)  # a Wednesday


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _week_of(year: int, month: int, which: int) -> str:
    """The ISO week of the middle day of a month's ``which``-th seven days."""
    return _iso_week(date(year, month, 7 * (which - 1) + 4))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Festival layang-layang digelar pada minggu ke-2 Mei.", ("minggu ke-2 Mei", "DATE", _week_of(2023, 5, 2))),
        ("Liga pelajar pekan ke-3 Juli 2024 ditunda.", ("pekan ke-3 Juli 2024", "DATE", _week_of(2024, 7, 3))),
        ("Panen raya berlangsung pada pekan kedua Juni 2023.",
         ("pekan kedua Juni 2023", "DATE", _week_of(2023, 6, 2))),
        ("Vaksinasi anak dimulai minggu pertama bulan depan.",
         ("minggu pertama bulan depan", "DATE", _week_of(2023, 6, 1))),
        ("Harga telur melonjak pada pekan ketiga bulan lalu.",
         ("pekan ketiga bulan lalu", "DATE", _week_of(2023, 4, 3))),
        ("Laporan keuangan terbit pada pekan terakhir bulan ini.",
         ("pekan terakhir bulan ini", "DATE", _iso_week(date(2023, 5, 28)))),  # the last seven days' middle
    ],
)  # fmt: skip
def test_a_week_of_a_month_is_the_iso_week_of_its_middle_day(text: str, expected: Reading) -> None:
    assert _read(text, ANCHOR) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # June 2023's Saturdays: 3, 10, 17, 24; July 2023 opens on a Saturday; May 2023's last is the 27th
        ("Konser amal digelar akhir pekan kedua Juni.", ("akhir pekan kedua Juni", "DATE", "2023-W23-WE")),
        ("Pasar murah dibuka akhir pekan pertama Juli 2023.",
         ("akhir pekan pertama Juli 2023", "DATE", f"{_iso_week(date(2023, 7, 1))}-WE")),
        ("Lomba lari digelar akhir pekan terakhir bulan ini.",
         ("akhir pekan terakhir bulan ini", "DATE", f"{_iso_week(date(2023, 5, 27))}-WE")),
        ("Bazar buku kembali hadir akhir pekan kedua bulan depan.",
         ("akhir pekan kedua bulan depan", "DATE", f"{_iso_week(date(2023, 6, 10))}-WE")),
    ],
)  # fmt: skip
def test_a_weekend_of_a_month_is_that_of_its_nth_saturday(text: str, expected: Reading) -> None:
    assert _read(text, ANCHOR) == [expected]


def test_a_weekend_count_without_a_month_is_the_weekend_akhir_pekan_names() -> None:
    # a film's second weekend in cinemas, told on a Wednesday: the weekend just gone
    [(text, kind, value)] = _read("Film itu meraup Rp 5 miliar pada akhir pekan kedua penayangannya.", ANCHOR)
    assert (text, kind) == ("akhir pekan kedua", "DATE")
    alone = next(v for _, _, v in _read("Film itu meraup Rp 5 miliar pada akhir pekan.", ANCHOR))
    assert value is not None and value.endswith("-WE") and value == alone


def test_weeks_and_weekends_a_month_does_not_have_are_not_read_as_one() -> None:
    # February 2026 has four Saturdays (7, 14, 21, 28) and no fifth run of seven days
    found = _read("Turnamen digelar akhir pekan kelima Februari 2026.", ANCHOR)
    assert ("akhir pekan kelima Februari 2026", "DATE") not in [(t, k) for t, k, _ in found]
    assert not any("W" in (v or "") for t, _, v in _read("Laporan terbit pekan kelima Februari 2026.", ANCHOR))


def test_an_ordinal_before_a_day_and_month_is_no_date() -> None:
    # "ke-2 Mei" is no 2 May; "diundur ke 2 Mei" (postponed to 2 May) still is
    assert _read("Ini rapat ke-2 Mei lalu.", ANCHOR) == [("Mei lalu", "DATE", "2022-05")]
    assert ("2 Mei", "DATE", "2023-05-02") in _read("Sidang diundur ke 2 Mei.", date(2023, 4, 20))
