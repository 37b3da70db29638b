"""Time expressions in disaster and accident reports: the day a statement was made, "malam tadi",
parts of a month still to come, and the IndoSum development gold the rules were checked on.

Every sentence here is written for these tests (invented events, ordinary news style).
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

from warta.article.timex import find_timexes
from warta.bench import project_root
from warta.bench.timex import INDOSUM_DEV_GOLD, indosum_dev_documents, readable_text

from .conftest import SHARED_DATA, needs_shared_data

MONDAY = dt.date(2017, 3, 27)


def values(text: str, anchor: dt.date = MONDAY) -> dict[str, str | None]:
    return {s.text: s.value for s in find_timexes(text, anchor)}


# --- the day of the telling -------------------------------------------------------------


def test_a_clock_time_is_not_on_the_day_it_was_reported() -> None:
    text = ("Banjir melanda Desa Sukamaju pada Minggu (26/3). \"Sejak pukul 17.30 hingga 19.00 WIB hujan "
            "turun,\" kata Rina dalam keterangan tertulisnya, Senin (27/3).")
    found = values(text)
    assert found["pukul 17.30"] == "2017-03-26T17:30"
    assert found["19.00 WIB"] == "2017-03-26T19:00"
    assert found["Senin (27/3)"] == "2017-03-27"


def test_every_inverted_speech_cue_of_the_lexicon_marks_the_day_of_the_telling() -> None:
    text = ("Banjir melanda Desa Sukamaju pada Minggu (26/3). \"Sejak pukul 17.30 hujan turun,\" cetus Rina "
            "dalam keterangan tertulisnya, Senin (27/3).")
    assert values(text)["pukul 17.30"] == "2017-03-26T17:30"


def test_a_day_after_a_clock_time_without_a_speaker_still_dates_it() -> None:
    found = values("Pesawat hilang kontak pukul 07.55 WIB, Minggu (26/3).")
    assert found["pukul 07.55 WIB"] == "2017-03-26T07:55"


def test_the_day_of_a_statement_still_dates_what_the_story_tells_next() -> None:
    # News is mostly told on the day it happens: across IndoSum, clock times after "kata X,
    # Jumat" are that Friday's far more often than the day of an earlier event.
    text = ("Longsor menutup rel sejak Rabu (22/3). \"Jalur sudah aman,\" kata Joni saat dihubungi, "
            "Jumat (24/3).\n\nKereta pertama melintas pada pukul 02.35 WIB.")
    assert values(text, dt.date(2017, 3, 25))["pukul 02.35 WIB"] == "2017-03-24T02:35"


def test_a_day_that_is_not_told_still_moves_the_story() -> None:
    text = "Longsor terjadi pada Jumat (24/3), lalu warga mengungsi pada Sabtu (25/3). Hari itu hujan."
    assert values(text)["Hari itu"] == "2017-03-25"


# --- words -------------------------------------------------------------------------------


def test_malam_tadi_is_last_night_like_tadi_malam() -> None:
    assert values("Korban ditemukan malam tadi.")["malam tadi"] == "2017-03-26TNI"
    assert values("Korban ditemukan tadi malam.")["tadi malam"] == "2017-03-26TNI"
    assert values("Meriam meledak siang tadi.")["siang tadi"] == "2017-03-27TAF"


def test_a_part_of_this_month_still_to_come_is_this_month() -> None:
    twelfth = dt.date(2017, 3, 12)
    assert values("Hujan lebat terjadi hingga akhir Maret mendatang.", twelfth)["akhir Maret mendatang"] == "2017-03"
    assert values("Proyek selesai pertengahan Maret mendatang.", twelfth)["pertengahan Maret mendatang"] == "2017-03"
    # the start of March is gone, and a bare "Maret mendatang" said in March is next year's
    assert values("Proyek dimulai awal Maret mendatang.", twelfth)["awal Maret mendatang"] == "2018-03"
    assert values("Proyek dimulai Maret mendatang.", twelfth)["Maret mendatang"] == "2018-03"
    late = dt.date(2017, 3, 28)
    assert values("Hujan lebat terjadi hingga akhir Maret mendatang.", late)["akhir Maret mendatang"] == "2018-03"


# --- the development gold --------------------------------------------------------------


def test_readable_text_joins_tokenised_punctuation_and_dates() -> None:
    tokenised = '" Kami aman , " kata dia , Sabtu ( 11 / 3 / 2017 ) pukul 20.36 WIB .'
    assert readable_text(tokenised) == '"Kami aman," kata dia, Sabtu (11/3/2017) pukul 20.36 WIB.'


@needs_shared_data
def test_indosum_dev_gold_marks_lie_on_their_texts() -> None:
    documents = indosum_dev_documents(Path(SHARED_DATA), project_root() / INDOSUM_DEV_GOLD)
    assert len(documents) == 47
    marks = [(d, m) for d in documents for m in d.gold]
    assert len(marks) == 269
    for document, mark in marks:
        # every mark covers whole words, and no two marks of a document overlap
        assert document.text[mark.start - 1 : mark.start].strip(" (\n\"“") == "" or mark.start == 0
        assert mark.type in ("DATE", "TIME", "DURATION", "SET")
    for document in documents:
        spans = sorted((m.start, m.end) for m in document.gold)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_a_weekday_with_its_day_part_and_date_is_one_expression() -> None:
    found = find_timexes("Rel kembali dibuka Selasa malam (21/3).", MONDAY)
    assert [(s.text, s.type, s.value) for s in found] == [("Selasa malam (21/3)", "TIME", "2017-03-21TNI")]


def test_a_weekday_comma_clock_time_and_zone_is_one_time() -> None:
    found = find_timexes("Gempa terjadi pukul 04.37 waktu setempat (Kamis, 23.37 WIB).", MONDAY)
    assert ("Kamis, 23.37 WIB", "TIME", "2017-03-23T23:37") in [(s.text, s.type, s.value) for s in found]


def test_times_per_day_is_a_set_but_a_rate_per_day_is_not() -> None:
    assert values("Gempa vulkanik tercatat 60 kali per hari.") == {"60 kali per hari": "P1D"}
    assert values("Kilang itu mengolah 800 barel per hari.") == {}


def test_minutes_later_count_from_the_last_clock_time_named() -> None:
    found = values("Pesawat lepas landas pukul 05.35 WIB dan hilang kontak 42 menit kemudian.")
    assert found["42 menit kemudian"] == "2017-03-27T06:17"
    found = values("Kapal berangkat pukul 23.50 WIB. Dua jam kemudian, kapal itu tenggelam.")
    assert found["Dua jam kemudian"] == "2017-03-28T01:50"
    # without a clock time nearby only the day is known
    assert values("Rapat dimulai. Tiga jam kemudian rapat selesai.")["Tiga jam kemudian"] == "2017-03-27"


def test_a_moment_told_again_keeps_the_day_it_was_first_told_on() -> None:
    text = ("Kapal itu hilang kontak pada Sabtu (25/3) pukul 07.24 WIB. Pencarian dilanjutkan pada "
            "Senin pagi.\n\nPada pukul 07.24 WIB itu, nakhoda sempat meminta bantuan.")
    assert [s.value for s in find_timexes(text, MONDAY) if s.text.startswith("pukul")] == ["2017-03-25T07:24"]


def test_a_round_hour_told_again_keeps_to_the_narrative_day() -> None:
    text = ("Pencarian pada Sabtu (25/3) dimulai pukul 07.00 WIB. Tim kembali bergerak pada Senin pagi. "
            "Pencarian dimulai pukul 07.00 WIB.")
    assert [s.value for s in find_timexes(text, MONDAY) if s.text.startswith("pukul")] == [
        "2017-03-25T07:00", "2017-03-27T07:00"]
