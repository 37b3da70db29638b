"""Acceptance run 10, events and stances: arrest and access words in senses that hold, prevent or
permit no one (L6); a denial about something other than the event told before (L7); a written date
against a bare weekday (L3). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.stance_reading import read
from warta.article.entities import find_article_entities
from warta.article.events import find_events
from warta.article.sentences import split_sentences
from warta.bench.quotes_events_system import timexes_of


def kinds(text: str) -> list[tuple[str, str | None]]:
    events, _ = read(text)
    return [(event.type, event.mode) for event in events]


@pytest.mark.parametrize("text", [
    "Kejaksaan Negeri Sukamaju menahan Kepala Desa Wonorejo, Darmin, atas dugaan korupsi dana desa.",
    "Polres Batang menahan dua pemuda yang merusak pos ronda.",
])
def test_holding_a_person_is_an_arrest(text: str) -> None:
    assert ("COERCE", "arrest") in kinds(text)


@pytest.mark.parametrize("text", [
    "Kepala Biro Statistik Sunaryo mengatakan para pedagang menahan uang mereka karena ragu.",
    "Menurut Sunaryo, Bank Tirta menahan pencairan dana nasabah sejak pekan lalu.",
    "Perusahaan itu menahan sebagian pembayaran kepada Koperasi Tani Makmur.",
])
def test_holding_back_money_arrests_no_one(text: str) -> None:
    assert ("COERCE", "arrest") not in kinds(text)


@pytest.mark.parametrize("text", [
    "Kementerian Perikanan terus memantau wabah itu. Berbagai langkah pencegahan telah dilakukan "
    "Kementerian Perikanan di pelabuhan.",
    "Kementerian Perikanan melakukan pencegahan penyebaran virus di kolam warga.",
])
def test_a_preventive_step_bans_no_one(text: str) -> None:
    assert ("COERCE", "arrest") not in kinds(text)


@pytest.mark.parametrize("text", [
    "Kejaksaan Agung mengajukan pencegahan terhadap Hartono ke luar negeri.",
    "Kejaksaan Agung memeriksa Hartono. Pencegahan yang berlaku sejak Senin itu dilakukan Kejaksaan Agung.",
])
def test_a_travel_ban_on_a_person_stays_an_arrest(text: str) -> None:
    assert ("COERCE", "arrest") in kinds(text)


def test_a_rule_that_permits_is_law_making() -> None:
    text = ("Kementerian Pertanian Negeri Seberang mengubah peraturan dan memperbolehkan petani "
            "menjual benih tanpa sertifikat.")
    assert ("RETREAT", "access") not in kinds(text)


def test_letting_someone_in_stays_access() -> None:
    text = "Pemerintah Myanmar mengizinkan tim Palang Merah Indonesia masuk ke Rakhine."
    assert ("RETREAT", "access") in kinds(text)


# L7: a denial whose object says what is denied is about an earlier event only when it tells it.
def test_denying_something_else_leaves_the_earlier_event_alone() -> None:
    events, claims = read("Polres Lor telah memeriksa pemilik usaha katering itu. "
                          "Kuasa hukum pemilik katering membantah kliennya lalai.")
    assert [(e.type, e.status) for e in events] == [("ACCUSE", "reported")]
    denial = [c for c in claims if c.verdict == "denied"]
    assert len(denial) == 1 and denial[0].event is None
    assert "lalai" in denial[0].statement


@pytest.mark.parametrize("text", [
    "Polisi menangkap Budi di Pasar Minggu. Kuasa hukum Budi membantah penangkapan kliennya.",
    "Polisi menangkap Budi di Pasar Minggu. Kuasa hukum Budi membantah hal itu.",
])
def test_denying_the_earlier_event_in_its_words_or_by_pointing_back(text: str) -> None:
    events, claims = read(text)
    assert [(e.type, e.status) for e in events] == [("COERCE", "denied")]
    assert [c.event for c in claims] == [events[0].id]


def test_a_passive_cues_agent_is_not_what_it_confirms() -> None:
    events, claims = read('Polisi menangkap Budi di Pasar Minggu. "Budi ditangkap karena mencuri. Betul?" '
                          "tanya wartawan yang lalu dibenarkan oleh Kapolsek Ahmad.")
    assert [(e.type, e.status) for e in events] == [("COERCE", "confirmed")]
    assert [c.event for c in claims] == [events[0].id]


# L3: a date written out in the sentence beats a bare weekday's guess of the week, when it is that weekday.
def _dated(text: str, published: str) -> list[str | None]:
    entities = find_article_entities(text, "a1", use_model=False)
    events = find_events(text, split_sentences(text), entities, timexes_of(text, published), "a1")
    return [event.date for event in events]


_SCHEDULED = ("Menteri Luar Negeri Retno Marsudi dan Menteri Luar Negeri Singapura dijadwalkan bertemu "
              "Senin siang, menurut jadwal yang diumumkan Kementerian Luar Negeri {}.")


def test_a_written_date_on_the_named_weekday_dates_the_event() -> None:
    # 9 October 2017 was a Monday; published on Wednesday 11 October
    assert _dated(_SCHEDULED.format("(9/10)"), "2017-10-11") == ["2017-10-09"]


def test_a_written_date_on_another_weekday_leaves_the_weekday() -> None:
    # 10 October 2017 was a Tuesday: the written date is not the Monday named
    dates = _dated(_SCHEDULED.format("(10/10)"), "2017-10-11")
    assert dates and dates[0] != "2017-10-10"
