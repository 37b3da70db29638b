"""Time expressions: recognition, TIMEX3 values, anchoring, the pipeline stage, the bench scorer.

Every sentence here is written for these tests (invented events, ordinary news style).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warta.api import analysis_of, analyze, analyze_docs, default_stages
from warta.article.dates import WORDS
from warta.article.timex import TimexSpan, find_timexes, normalize
from warta.article.timex.lexicon import lexicon, rules
from warta.article.timex.reading import number_words
from warta.article.timex.stage import anchor_date, grammar_language
from warta.bench import project_root
from warta.bench.timex import (
    DEV_GOLD,
    Mark,
    comparable,
    kompas_dev_documents,
    kompas_documents,
    score,
    strip_timeml,
    warta_marks,
)
from warta.ingest.records import new_doc
from warta.options import Options

from .conftest import SHARED_DATA, needs_shared_data

D = dt.date
ANCHOR = D(2022, 11, 15)  # a Tuesday
EN_ANCHOR = D(2013, 3, 22)  # a Friday


def only(text: str, anchor: dt.date | None = ANCHOR, lang: str = "id") -> TimexSpan:
    found = find_timexes(text, anchor, lang)
    assert len(found) == 1, found
    return found[0]


def values(text: str, anchor: dt.date | None = ANCHOR, lang: str = "id") -> list[tuple[str, str, str | None]]:
    return [(s.text, s.type, s.value) for s in find_timexes(text, anchor, lang)]


# --- normalize(): one expression --------------------------------------------------------


@pytest.mark.parametrize(
    ("expression", "kind", "value"),
    [
        # absolute
        ("14 November 2022", "DATE", "2022-11-14"),
        ("8/11/2022", "DATE", "2022-11-08"),
        ("Selasa (8/11/2022)", "DATE", "2022-11-08"),
        ("Jum'at, 07 Juli 2023 - 16:09 WIB", "TIME", "2023-07-07T16:09"),
        ("2022-11-08", "DATE", "2022-11-08"),
        ("Nov. 2022", "DATE", "2022-11"),
        ("tahun 2021", "DATE", "2021"),
        ("pertengahan 2021", "DATE", "2021"),
        ("awal 2022", "DATE", "2022"),
        ("akhir 2019", "DATE", "2019"),
        ("tahun 1990-an", "DATE", "199"),
        ("abad ke-21", "DATE", "20"),
        ("kuartal ketiga 2022", "DATE", "2022-Q3"),
        ("triwulan I-2023", "DATE", "2023-Q1"),
        # times of day
        ("pukul 10.00 WITA", "TIME", "2022-11-15T10:00"),
        ("16:09 WIB", "TIME", "2022-11-15T16:09"),
        ("pagi ini", "TIME", "2022-11-15TMO"),
        ("tadi malam", "TIME", "2022-11-14TNI"),
        ("dini hari", "TIME", "2022-11-15TMO"),
        ("pukul 8 malam", "TIME", "2022-11-15T20:00"),
        # relative to the publication date
        ("kemarin", "DATE", "2022-11-14"),
        ("besok", "DATE", "2022-11-16"),
        ("lusa", "DATE", "2022-11-17"),
        ("hari ini", "DATE", "2022-11-15"),
        ("bulan lalu", "DATE", "2022-10"),
        ("pekan lalu", "DATE", "2022-W45"),
        ("minggu lalu", "DATE", "2022-W45"),
        ("tahun depan", "DATE", "2023"),
        ("dua hari lalu", "DATE", "2022-11-13"),
        ("13 Mei lalu", "DATE", "2022-05-13"),
        ("Februari lalu", "DATE", "2022-02"),
        ("awal bulan ini", "DATE", "2022-11"),
        ("awal pekan ini", "DATE", "2022-W46"),
        ("bulan depan", "DATE", "2022-12"),
        ("akhir tahun", "DATE", "2022"),
        # durations
        ("tiga pekan terakhir", "DURATION", "P3W"),
        ("sembilan bulan", "DURATION", "P9M"),
        ("258 hari", "DURATION", "P258D"),
        ("setahun", "DURATION", "P1Y"),
        ("dua dekade", "DURATION", "P2DE"),
        ("setengah jam", "DURATION", "PT30M"),
        ("sekitar 42 menit", "DURATION", "PT42M"),
        ("beberapa bulan terakhir", "DURATION", "PXM"),
        ("bertahun-tahun", "DURATION", "PXY"),
        # sets
        ("setiap tiga bulan", "SET", "P3M"),
        ("dua kali sebulan", "SET", "P1M"),
        ("setiap Senin", "SET", "XXXX-WXX-1"),
        # vague
        ("baru-baru ini", "DATE", "PAST_REF"),
        ("sebelumnya", "DATE", "PAST_REF"),
        ("saat ini", "DATE", "PRESENT_REF"),
        ("sekarang", "DATE", "PRESENT_REF"),
        ("masa mendatang", "DATE", "FUTURE_REF"),
        ("mendatang", "DATE", "FUTURE_REF"),
        ("beberapa hari lalu", "DATE", "PAST_REF"),
        ("saat itu", "DATE", "PAST_REF"),
        ("beberapa saat kemudian", "DATE", "FUTURE_REF"),
        ("sebentar", "DURATION", "PXX"),
        ("sekali sebulan", "SET", "P1M"),
        ("sehari-hari", "SET", "P1D"),
        # calendar details
        ("malam Minggu", "TIME", "2022-11-12TNI"),  # Saturday night
        ("tanggal 10", "DATE", "2022-11-10"),
        ("Januari tahun lalu", "DATE", "2021-01"),
        ("November lalu", "DATE", "2021-11"),
        ("tahun 80-an", "DATE", "198"),
        ("Natal", "DATE", "2022-12-25"),
    ],
)
def test_normalize_indonesian(expression: str, kind: str, value: str) -> None:
    found = normalize(expression, anchor=ANCHOR)
    assert found is not None, expression
    assert (found.type, found.value) == (kind, value)
    assert found.text == expression


def test_normalize_documented_example() -> None:
    found = normalize("bulan lalu", anchor=D(2022, 11, 15))
    assert found is not None and found.value == "2022-10" and found.anchor == "published"


def test_normalize_returns_none_for_no_time() -> None:
    assert normalize("Harga minyak turun tajam.", anchor=ANCHOR) is None


def test_normalize_rejects_unknown_language() -> None:
    with pytest.raises(ValueError, match="lang"):
        normalize("kemarin", anchor=ANCHOR, lang="fr")


DOCS = Path(__file__).resolve().parents[1] / "docs" / "timex.md"


def _documented_examples() -> list[tuple[str, str, str, str]]:
    rows = []
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[1] in ("id", "en"):
            rows.append((cells[0], cells[1], cells[2], cells[3]))
    return rows


@pytest.mark.parametrize(("expression", "lang", "kind", "value"), _documented_examples())
def test_documented_examples(expression: str, lang: str, kind: str, value: str) -> None:
    """docs/timex.md's table of examples is what warta does."""
    found = normalize(expression, anchor=ANCHOR if lang == "id" else EN_ANCHOR, lang=lang)
    assert found is not None and (found.type, found.value) == (kind, value)


def test_docs_have_examples() -> None:
    assert len(_documented_examples()) >= 40


# --- number words -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "number"),
    [
        ("satu", 1), ("sembilan", 9), ("sepuluh", 10), ("sebelas", 11), ("dua belas", 12),
        ("tujuh belas", 17), ("dua puluh", 20), ("dua puluh lima", 25), ("sembilan puluh", 90),
        ("seratus", 100), ("seratus dua puluh", 120), ("dua ratus lima puluh", 250),
        ("satu setengah", 1.5), ("twenty five", 25),
    ],
)  # fmt: skip
def test_number_words(words: str, number: float) -> None:
    entries = {**lexicon("id").entries, **lexicon("en").entries}
    assert number_words([entries[(w,)][1] for w in words.split()]) == number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Proyek itu molor dua puluh lima hari.", "P25D"),
        ("Gedung itu berdiri seratus dua puluh tahun.", "P120Y"),
        ("Ia menunggu sehari penuh.", "P1D"),
        ("Pencarian berlangsung belasan jam.", "PTXH"),
        ("Warga mengungsi puluhan tahun.", "PXY"),
        ("Satu setengah tahun berlalu.", "P1.5Y"),
    ],
)
def test_durations_with_number_words(text: str, value: str) -> None:
    assert only(text).value == value


# --- weekdays and tense -----------------------------------------------------------------


def test_past_report_takes_the_latest_weekday_before_the_article() -> None:
    assert only("Menteri itu meninjau lokasi pada hari Jumat.").value == "2022-11-11"
    assert only("Kepala desa mengatakan, Senin, air sudah surut.").value == "2022-11-14"


def test_the_articles_own_weekday_is_that_day() -> None:
    assert only("Polisi menggelar razia, Selasa.").value == "2022-11-15"


def test_future_cue_takes_the_next_weekday() -> None:
    assert only("Presiden akan meresmikan jembatan itu pada Kamis.").value == "2022-11-17"
    assert only("Rapat dijadwalkan Senin.").value == "2022-11-21"


def test_explicit_direction_words() -> None:
    assert only("Harga naik Selasa lalu.").value == "2022-11-08"
    assert only("Sidang lanjutan digelar Senin depan.").value == "2022-11-21"


def test_bare_weekday_is_the_day_the_text_named_on_that_weekday() -> None:
    # the past-report default would say Thursday 10 November; the text already named the 17th
    text = "Koperasi menggelar rapat anggota pada Kamis (17/11/2022). Pengurus mendesak perubahan pada rapat Kamis."
    assert [(s.value, s.anchor) for s in find_timexes(text, ANCHOR)] == [
        ("2022-11-17", None), ("2022-11-17", "narrative"),
    ]  # fmt: skip
    # a named day more than a week from the publication date says nothing about this week's
    text = "Kebun dibuka Kamis (20/10/2022). Panen dimulai Kamis."
    assert [s.value for s in find_timexes(text, ANCHOR)] == ["2022-10-20", "2022-11-10"]
    # a clause that looks ahead does not go back to a named day that is gone
    text = "Pasar dibuka Minggu (13/11/2022). Pasar akan dibuka lagi Minggu."
    assert [s.value for s in find_timexes(text, ANCHOR)] == ["2022-11-13", "2022-11-20"]
    # a direction word still wins: "Kamis lalu" is last week's
    text = "Rapat digelar Kamis (17/11/2022). Kamis lalu pengurus sudah bertemu."
    assert [s.value for s in find_timexes(text, ANCHOR)][1] == "2022-11-10"


def test_weekday_with_day_part_is_a_time() -> None:
    span = only("Gempa terasa Minggu dini hari.")
    assert (span.type, span.value) == ("TIME", "2022-11-13TMO")


def test_capitalised_minggu_is_sunday_lowercase_is_a_week() -> None:
    assert values("Pasar dibuka Minggu. Antrean mengular dua minggu.") == [
        ("Minggu", "DATE", "2022-11-13"),
        ("dua minggu", "DURATION", "P2W"),
    ]


def test_weekday_inside_a_place_name_is_no_date() -> None:
    assert find_timexes("Kantornya di Jalan Raya Pasar Minggu nomor 5.", ANCHOR) == []


def test_weekday_after_a_place_is_a_day_when_a_day_word_follows_it() -> None:
    assert values("Rombongan tiba di Makassar Senin sore.") == [("Senin sore", "TIME", "2022-11-14TAF")]
    assert values("Ia ditemui di Medan Jumat lalu.") == [("Jumat lalu", "DATE", "2022-11-11")]


# --- anchoring --------------------------------------------------------------------------


def test_narrative_date_reanchors_hari_itu() -> None:
    text = "Pada 14 November 2021 banjir datang. Hari itu warga mengungsi, keesokan harinya air surut."
    assert [(s.value, s.anchor) for s in find_timexes(text, ANCHOR)] == [
        ("2021-11-14", None),
        ("2021-11-14", "narrative"),
        ("2021-11-15", "narrative"),
    ]


def test_a_look_back_does_not_move_the_narrative_date() -> None:
    text = ("Kapal tenggelam pada 3 Maret 2020. Sehari sebelumnya, nakhoda beristirahat. "
            "Pada pukul 07.00, kontak hilang. Keesokan harinya bangkai ditemukan. Malam itu hujan.")  # fmt: skip
    assert [s.value for s in find_timexes(text, ANCHOR)] == [
        "2020-03-03", "2020-03-02", "2020-03-03T07:00", "2020-03-04", "2020-03-04TNI",
    ]  # fmt: skip


def test_a_count_before_sebelumnya_after_a_word_of_lasting_is_a_duration() -> None:
    assert values("Kemarau yang berlangsung dua bulan sebelumnya merusak panen.") == [
        ("dua bulan sebelumnya", "DURATION", "P2M"),
    ]  # fmt: skip
    assert values("Pada 3 Maret 2020 kapal tenggelam. Dua hari sebelumnya badai datang.")[1][2] == "2020-03-01"


def test_a_coordinated_quarter_shares_the_year_of_the_next_one() -> None:
    assert values("Ekspor tumbuh pada kuartal pertama dan kedua tahun depan.")[0][2] == "2023-Q1"
    assert values("Ekspor tumbuh pada kuartal ketiga dan keempat 2019.")[0][2] == "2019-Q3"
    assert values("Ekspor tumbuh pada kuartal ketiga.")[0][2] == "2022-Q3"


def test_counted_narrative_offsets() -> None:
    text = "Kapal tenggelam pada 3 Maret 2020. Tiga hari kemudian bangkainya ditemukan."
    assert [s.value for s in find_timexes(text, ANCHOR)] == ["2020-03-03", "2020-03-06"]


def test_clock_time_takes_the_day_of_its_sentence() -> None:
    text = "Pesawat lepas landas pukul 05.35 WIB, Minggu (13/11/2022), lalu hilang kontak."
    assert values(text)[0] == ("pukul 05.35 WIB", "TIME", "2022-11-13T05:35")


def test_deictic_words_keep_the_publication_anchor() -> None:
    text = "Pada 2 Februari 2022 pabrik dibuka. Kemarin pabrik itu ditutup."
    assert [s.value for s in find_timexes(text, ANCHOR)] == ["2022-02-02", "2022-11-14"]


def test_year_less_date_takes_the_nearest_year() -> None:
    assert only("Kontrak diteken 28 Desember.", D(2023, 1, 5)).value == "2022-12-28"
    assert only("Harga minyak untuk pengiriman Januari naik.", D(2014, 12, 20)).value == "2015-01"


def test_month_far_ahead_without_a_future_cue_is_the_one_just_gone() -> None:
    # anchor 20 December: March is three months ahead but nine behind; a report means the past one
    assert only("Kapal itu tenggelam pada Maret.", D(2014, 12, 20)).value == "2014-03"
    assert only("Gedung itu akan diresmikan pada Maret.", D(2014, 12, 20)).value == "2015-03"
    assert only("Kebun dipanen 5 Maret.", D(2014, 12, 20)).value == "2014-03-05"


def test_clock_time_prefers_the_date_before_it_in_its_sentence() -> None:
    text = "Harga naik Rabu (16/11/2022) hingga tengah hari, setelah sehari sebelumnya anjlok."
    assert values(text)[1] == ("tengah hari", "TIME", "2022-11-16T12:00")


def test_ranges_are_two_expressions() -> None:
    assert values("Festival digelar 10-12 Desember 2021.") == [
        ("10", "DATE", "2021-12-10"), ("12 Desember 2021", "DATE", "2021-12-12"),
    ]  # fmt: skip
    assert values("Panen berlangsung pada Juni-Juli 2020.") == [
        ("Juni", "DATE", "2020-06"), ("Juli 2020", "DATE", "2020-07"),
    ]  # fmt: skip
    assert values("Musim hujan Desember-Januari 2021.")[0] == ("Desember", "DATE", "2020-12")
    assert [v for _, _, v in values("Pasar ramai Sabtu-Minggu kemarin.")][:2] == ["2022-11-12", "2022-11-13"]
    assert values("Sebanyak 10-12 orang hadir.") == []
    assert values("Periode 1 Januari-31 Desember 2019 ditutup.")[0] == ("1 Januari", "DATE", "2019-01-01")
    assert [v for _, _, v in values("Libur 27-28/12/2019.")] == ["2019-12-27", "2019-12-28"]
    assert values("Nomor 1/1-31/12/2019 dicatat.") == [("31/12/2019", "DATE", "2019-12-31")]


def test_clock_ranges_and_clock_times_after_prepositions() -> None:
    assert [v for _, _, v in values("Rapat pukul 14.00 hingga 16.00 WIB.")] == [
        "2022-11-15T14:00", "2022-11-15T16:00",
    ]  # fmt: skip
    assert values("Jalan ditutup pukul 10.00-12.00.")[1] == ("12.00", "TIME", "2022-11-15T12:00")
    assert values("Petugas berjaga sejak 06.00 WIB.") == [("06.00 WIB", "TIME", "2022-11-15T06:00")]


def test_day_part_takes_no_day_from_a_deictic_word_of_a_later_clause() -> None:
    text = "Penyisiran dihentikan pada malam hari dan dilanjutkan besok pagi."
    assert values(text) == [
        ("malam hari", "TIME", "2022-11-15TNI"), ("besok pagi", "TIME", "2022-11-16TMO"),
    ]  # fmt: skip
    # a day beside the time, or named by its date further on, is still its day
    assert values("Listrik padam pukul 21.00, kemarin.")[0][2] == "2022-11-14T21:00"
    assert values("Kapal merapat pukul 08.30 waktu setempat, Minggu.")[0][2] == "2022-11-13T08:30"
    text = "Listrik padam pukul 21.00 dan baru menyala lagi pada Minggu (13/11/2022)."
    assert values(text)[0][2] == "2022-11-13T21:00"


def test_a_background_date_of_an_earlier_paragraph_does_not_date_a_bare_clock_time() -> None:
    text = "Gudang itu diperiksa pada 2 Maret 2020.\n\nHingga pukul 18.00 WIB, api belum padam."
    assert values(text)[1] == ("pukul 18.00 WIB", "TIME", "2022-11-15T18:00")
    # in the same paragraph the story goes on on that day
    text = "Gudang itu terbakar pada 2 Maret 2020. Hingga pukul 18.00 WIB, api belum padam."
    assert values(text)[1][2] == "2020-03-02T18:00"
    # and a recent day stays the story's day across paragraphs
    text = "Gudang itu terbakar pada Minggu (13/11/2022).\n\nHingga pukul 18.00 WIB, api belum padam."
    assert values(text)[1][2] == "2022-11-13T18:00"


def test_clock_time_followed_by_tadi_is_earlier_today() -> None:
    text = "Gudang itu dibangun pada 2 Maret 2020. Hingga pukul 18.00 WIB tadi, api belum padam."
    assert values(text)[1] == ("pukul 18.00 WIB tadi", "TIME", "2022-11-15T18:00")
    assert only("Apel dimulai pukul 07.00 pagi tadi.").value == "2022-11-15T07:00"


def test_holiday_nights_are_times_and_phrases_count_in_lower_case() -> None:
    assert only("Pesta kembang api malam tahun baru dibatalkan.").value == "2022-12-31TNI"
    assert only("Gereja penuh pada Malam Natal.").value == "2022-12-24TNI"
    assert only("Warga menyambut tahun baru di alun-alun.").value == "2023-01-01"
    assert find_timexes("Ia lahir pada bulan mei.", ANCHOR) == []  # one word stays capitalised only


def test_spoken_hours_with_a_day_part() -> None:
    assert only("Ia tiba jam 3 sore.").value == "2022-11-15T15:00"
    assert only("Antrean selama 3 jam.").value == "PT3H"  # without a day part "jam" counts hours
    assert only("Gempa terasa pada tengah malam.").value == "2022-11-15TNI"


def test_clock_time_before_its_day() -> None:
    assert only("Pesawat hilang pukul 07.24 WIB Minggu pagi.").value == "2022-11-13T07:24"
    assert only("Rapat akan digelar pukul 10.00 WIB Kamis.").value == "2022-11-17T10:00"  # a zone is no name
    assert only("Ia tiba pukul 8 kemarin malam.").value == "2022-11-14T20:00"
    # the clock time's own colon does not hide the cue before it
    assert only("The match was postponed until 15:00 GMT Saturday.", D(2013, 3, 22), "en").value == (
        "2013-03-23T15:00"
    )


def test_weekday_with_a_direction_word_before_its_date_is_that_date() -> None:
    assert values("Pada Senin kemarin (14/11), warga bergotong royong.") == [
        ("Senin kemarin (14/11)", "DATE", "2022-11-14"),
    ]  # fmt: skip
    assert values("Panen raya digelar Jumat depan (18/11).")[0][2] == "2022-11-18"


def test_capitalised_minggu_lalu_inside_a_sentence_is_sunday() -> None:
    assert only("Kapal itu karam Minggu lalu.").value == "2022-11-13"
    assert only("Festival ditutup pada Minggu depan.").value == "2022-11-20"
    # opening a sentence the capital says nothing: the week, as "minggu lalu" always is
    assert only("Minggu lalu harga cabai naik.").value == "2022-W45"
    assert only("Harga cabai naik minggu lalu.").value == "2022-W45"


def test_minggu_after_hari_is_sunday() -> None:
    assert only("Ia berangkat hari Minggu lalu.").value == "2022-11-13"
    assert only("Toko tutup pada hari minggu.").value == "2022-11-13"


def test_day_parts_of_the_narrative_day() -> None:
    text = "Banjir datang pada 3 Mei 2021. Malam harinya posko dibuka, sorenya hujan, keesokan paginya surut."
    assert [(v, t) for _, t, v in values(text)][1:] == [
        ("2021-05-03TNI", "TIME"), ("2021-05-03TAF", "TIME"), ("2021-05-04TMO", "TIME"),
    ]  # fmt: skip


def test_all_day() -> None:
    assert only("Hujan turun seharian.").value == "P1D"
    assert only("Warga berjaga sepanjang hari.").value == "P1D"


def test_once_every_n_units() -> None:
    assert only("Obat diminum dua minggu sekali.").value == "P2W"
    assert only("Pompa dicek setiap tiga jam sekali.").value == "PT3H"
    assert only("Ronda digelar beberapa jam sekali.").value == "PTXH"
    assert only("Rapat digelar dua kali sebulan.").value == "P1M"


def test_later_today_and_a_clock_range_before_its_zone() -> None:
    assert only("Rapat digelar sore nanti.").value == "2022-11-15TAF"
    assert [v for _, _, v in values("Loket buka 09.00 - 17.00 WIB.")] == ["2022-11-15T09:00", "2022-11-15T17:00"]
    assert only("Ia tiba Senin (14/11) kemarin.").text == "Senin (14/11) kemarin"


def test_recurring_weekdays_and_day_parts() -> None:
    assert only("Bus berangkat setiap hari Minggu.").value == "XXXX-WXX-7"
    assert only("Setiap pagi warga berjaga.").value == "XXXX-XX-XXTMO"


def test_english_plural_units_without_a_number_are_vague_durations() -> None:
    found = values("Prices fell in recent weeks. They argued for years.", EN_ANCHOR, "en")
    assert found == [("recent weeks", "DURATION", "PXW"), ("years", "DURATION", "PXY")]
    assert values("He stayed for a day.", EN_ANCHOR, "en") == [("a day", "DURATION", "P1D")]


def test_english_forward_cues() -> None:
    anchor = D(2013, 3, 18)  # a Monday
    assert only("The program will run through June.", anchor, "en").value == "2013-06"
    assert only("The match was postponed until Saturday.", anchor, "en").value == "2013-03-23"
    assert only("The storm hit the coast in June.", anchor, "en").value == "2012-06"


def test_unknown_publication_date_keeps_types() -> None:
    found = values("Kemarin rapat digelar, Jumat ditutup, bulan lalu dibuka, selama tiga hari.", None)
    assert found == [
        ("Kemarin", "DATE", None),
        ("Jumat", "DATE", "XXXX-WXX-5"),
        ("bulan lalu", "DATE", None),
        ("tiga hari", "DURATION", "P3D"),
    ]
    assert all(s.anchor is None for s in find_timexes("Kemarin hujan.", None))


def test_unknown_publication_date_still_reads_absolute_dates_and_their_narrative() -> None:
    text = "Pada 14 November 2022 kapal tiba. Hari itu juga kapal berangkat lagi."
    assert [s.value for s in find_timexes(text, None)] == ["2022-11-14", "2022-11-14"]


# --- words that are not time expressions ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sebelumnya, polisi sudah memeriksa saksi.",  # "sebelumnya" in running text is a connective
        "Ia harus mendaftar terlebih dahulu.",
        "Sebanyak 2000 orang hadir.",
        "Harga naik ke level 70-an dollar AS.",
        "Penerimaan negara terpangkas separuh.",
        "Mereka bertemu di hari yang cerah, katanya.",
    ],
)
def test_no_time_expression(text: str) -> None:
    assert [s.text for s in find_timexes(text, ANCHOR)] == []


# --- English ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expression", "kind", "value"),
    [
        ("The plant closed last year.", "last year", "DATE", "2012"),
        ("Sales rose in the past three years.", "the past three years", "DURATION", "P3Y"),
        ("The deal was signed on March 21, 2013.", "March 21, 2013", "DATE", "2013-03-21"),
        ("Talks resume next week.", "next week", "DATE", "2013-W13"),
        ("He resigned two years ago.", "two years ago", "DATE", "2011"),
        ("Officials met on Wednesday.", "Wednesday", "DATE", "2013-03-20"),
        ("Profits doubled in the fourth quarter.", "the fourth quarter", "DATE", "2013-Q4"),
        ("Prices peaked in the 1990s.", "the 1990s", "DATE", "199"),
        ("The board meets every month.", "every month", "SET", "P1M"),
        ("It is a 27-year contract.", "27-year", "DURATION", "P27Y"),
        ("The market is now calm.", "now", "DATE", "PRESENT_REF"),
        ("She spoke at 9 a.m. today.", "9 a.m. today", "TIME", "2013-03-22T09:00"),
        ("Stocks fell earlier this month.", "earlier this month", "DATE", "2013-03"),
    ],
)
def test_english(text: str, expression: str, kind: str, value: str) -> None:
    spans = [s for s in find_timexes(text, EN_ANCHOR, "en") if s.text == expression]
    assert spans, find_timexes(text, EN_ANCHOR, "en")
    assert (spans[0].type, spans[0].value) == (kind, value)


def test_grammar_language_from_stop_words() -> None:
    assert grammar_language("The minister said on Monday that the talks would resume.") == "en"
    assert grammar_language("Menteri mengatakan bahwa perundingan akan dilanjutkan pada Senin.") == "id"


# --- spans ------------------------------------------------------------------------------


@given(st.lists(st.sampled_from([
    "Kemarin", " hujan", " turun", " pukul 10.00 WIB", ",", " Senin (14/11/2022)", ".", " tiga hari",
    " terakhir", " Mei", " 2021", " baru-baru ini", "\n\n", " setiap pekan", " dua", " 1990-an",
]), max_size=20))  # fmt: skip
def test_spans_are_ordered_disjoint_and_point_at_their_text(parts: list[str]) -> None:
    text = "".join(parts)
    last_end = 0
    for span in find_timexes(text, ANCHOR):
        assert last_end <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text
        last_end = span.end


@given(st.text(max_size=200), st.sampled_from(["id", "en"]))
def test_any_text_is_read_without_error(text: str, lang: str) -> None:
    for span in find_timexes(text, ANCHOR, lang):
        assert text[span.start : span.end] == span.text


# --- data files -------------------------------------------------------------------------


def test_deictic_words_agree_with_the_date_estimator() -> None:
    """timex_words.tsv's REL shifts are time_words.tsv's relative values with the sign flipped."""
    entries = lexicon("id").entries | lexicon("en").entries
    for word, shift in WORDS.relative.items():
        entry = entries.get(tuple(word.split()))
        if entry is not None and entry[0] == "REL":
            assert int(entry[1].split()[0]) == -shift, word


def test_every_rule_compiles_for_both_languages() -> None:
    assert {r.name for r in rules("id")} >= {"date", "weekday", "duration", "set-each", "narr-day"}
    assert {r.name for r in rules("en")} >= {"date", "weekday", "duration", "set-each"}
    assert "alone" in {r.name for r in rules("id", standalone=True)}


def test_anchor_date_reads_dates_and_datetimes() -> None:
    assert anchor_date("2022-11-15") == D(2022, 11, 15)
    assert anchor_date("2022-11-15T23:30:00+07:00") == D(2022, 11, 15)
    assert anchor_date(None) is None
    assert anchor_date("not a date") is None


# --- the pipeline stage -----------------------------------------------------------------

ARTICLE = """Jembatan Baru Dibuka

Kompas.com - 15/11/2022, 09:00 WIB

JAKARTA, KOMPAS.com - Jembatan penghubung dua desa dibuka, Senin (14/11/2022) pagi.
Pembangunannya memakan waktu sembilan bulan. Bulan depan jalan desa juga akan diaspal.
"""


def test_stage_runs_in_the_default_pipeline_between_meta_and_language() -> None:
    names = [stage.name for stage in default_stages()]
    assert names.index("meta") < names.index("timex") < names.index("language")


def test_stage_output_validates_against_the_schema(write: Any, validate: Any) -> None:
    path = write("jembatan.txt", ARTICLE)
    data = validate(analyze([str(path)]))
    found = [(t["text"], t["type"], t["value"], t["anchor"]) for t in data["timexes"]]
    assert ("Senin (14/11/2022) pagi", "TIME", "2022-11-14TMO", None) in found
    assert ("sembilan bulan", "DURATION", "P9M", None) in found
    assert ("Bulan depan", "DATE", "2022-12", "published") in found
    body = data["articles"][0]["body"]
    assert all(body[t["start"] : t["end"]] == t["text"] and t["article"] == "a1" for t in data["timexes"])


def test_stage_marks_estimated_anchors() -> None:
    text = "Gempa Guncang Kota\n\nWarga panik saat gempa terjadi Selasa (8/11/2022). Kemarin warga kembali ke rumah."
    doc = new_doc("gempa.txt", text.encode("utf-8"), "txt")
    doc.article.id = "a1"
    doc = analyze_docs([doc], Options())[0]
    assert doc.article.published_source == "estimated"
    relative = [t for t in doc.timexes if t.text == "Kemarin"]
    assert relative and relative[0].anchor == "estimated"
    assert json.loads(analysis_of([doc]).model_dump_json())["timexes"]


# --- the bench scorer -------------------------------------------------------------------


def test_strip_timeml_offsets() -> None:
    text, marks = strip_timeml('Rapat <TIMEX3 tid="t1" type="DATE" value="2014-12-5">Jumat</TIMEX3> &amp; lagi.')
    assert text == "Rapat Jumat & lagi."
    assert marks == [Mark(6, 11, "DATE", "2014-12-5")]


def test_comparable_values() -> None:
    assert comparable("2014-12-5") == "2014-12-05"
    assert comparable("2014-1-2T7:05") == "2014-01-02T07:05"
    assert comparable("P2DE") == comparable("P20Y") == "P20Y"
    assert comparable("2014-W49") == "2014-W49"
    assert comparable("PT1.5H") == comparable("PT1H30M") == comparable("PT90M")
    assert comparable("PT2H") != comparable("PT3H")
    assert comparable("P7D") == comparable("P1W") == comparable("PT168H")
    assert comparable("P1M") != comparable("P30D")  # months have no fixed length
    assert comparable("PTXH") == "PTXH"


def test_score_strict_relaxed_and_values() -> None:
    gold = [Mark(0, 5, "DATE", "2014-12-05"), Mark(10, 20, "DURATION", "P3D")]
    system = [Mark(0, 5, "DATE", "2014-12-5"), Mark(12, 20, "DURATION", "P2D"), Mark(30, 35, "DATE", "2014")]
    metrics = score([(system, gold)], "t")
    assert metrics["t_strict_f1"] == round(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2), 4)
    assert metrics["t_relaxed_r"] == 1.0
    assert metrics["t_value_accuracy"] == 0.5
    assert metrics["t_type_accuracy"] == 1.0


@needs_shared_data
def test_kompas_spans_meet_the_floor() -> None:
    """warta's part of ``warta bench timex`` (HeidelTime and TempEval-3 run in the eval gate)."""
    documents = kompas_documents(Path(SHARED_DATA) / "indotimex-kompas")
    metrics = score([(warta_marks(d, "id"), d.gold) for d in documents], "kompas")
    assert metrics["kompas_gold"] == 193
    assert float(metrics["kompas_relaxed_f1"]) >= 0.9



@needs_shared_data
def test_kompas_dev_gold_offsets_match_the_texts_and_warta_keeps_its_values() -> None:
    root = Path(SHARED_DATA) / "indotimex-kompas"
    gold_file = project_root() / DEV_GOLD
    written = [line.split("\t")[5] for line in gold_file.read_text(encoding="utf-8").splitlines()[1:]]
    documents = kompas_dev_documents(root, gold_file)
    assert [d.text[m.start : m.end] for d in documents for m in d.gold] == written
    metrics = score([(warta_marks(d, "id"), d.gold) for d in documents], "dev")
    assert float(metrics["dev_relaxed_f1"]) >= 0.99
    assert float(metrics["dev_value_accuracy"]) >= 0.98
