"""Entity misreadings that cost events and English analyses: documents, meetings, bills, bare role
words and headline phrases read as people; English common words and weather patterns read as places
or people; English and Indonesian names of one ministry left apart; an election ticket's words read
into its first candidate's name. Sentences are invented for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from warta.api import analyze
from warta.article.entities import find_article_entities
from warta.article.gazetteer import gazetteer
from warta.article.mentions import find_mentions
from warta.article.ministry_english import english_names
from warta.article.non_actors import without_non_actors
from warta.models import Entity


def _named(text: str, lang: str = "id") -> dict[str, Entity]:
    return {e.name: e for e in find_article_entities(text, "a1", lang=lang)}


def _mention_texts(text: str, lang: str = "id") -> set[str]:
    return {m.text for e in find_article_entities(text, "a1", lang=lang) for m in e.mentions}


# --- 1. documents, meetings, bills, role words and headline phrases are no actors -----------------

@pytest.mark.parametrize(("text", "thing"), [
    ("Kedua menteri menandatangani Komunike Bersama di Surabaya pada Selasa.", "Komunike Bersama"),
    ("Fraksi itu menolak RUU Penyiaran dalam Rapat Paripurna kemarin.", "Rapat Paripurna"),
    ("Kedua kota meneken Nota Kesepahaman soal air bersih.", "Nota Kesepahaman"),
])
def test_a_document_bill_or_meeting_is_no_person_or_body(text: str, thing: str) -> None:
    typed = {e.name: e.type for e in find_article_entities(text, "a1")}
    assert typed.get(thing, "OTHER") in {"OTHER", "EVENT"}
    assert all(e.roles == [] for e in find_article_entities(text, "a1") if e.name == thing)


@pytest.mark.parametrize(("text", "not_named"), [
    ("Fraksi itu meminta revisi UU MD3 ditunda, dan DPR setuju.", "MD3"),
    ("Sekretaris desa (Kepala) Wahyu Pratama hadir di balai desa.", "Kepala"),
])
def test_a_laws_short_name_or_a_bare_role_word_is_no_actor(text: str, not_named: str) -> None:
    assert not_named not in _mention_texts(text)


def test_initials_that_spell_a_title_stay_a_person() -> None:
    text = "Polisi memeriksa pengemudi berinisial DR yang menabrak pagar sekolah."
    found = find_mentions(text)
    assert "DR" in {m.text for m in found}
    assert "DR" in {m.text for m in without_non_actors(found, text)}


def test_a_headline_phrase_of_common_words_is_no_person() -> None:
    text = "Terima Keluhan Warga, Dinkes Segera Periksa Sumur Desa\nDinkes Garut menerima keluhan itu."
    people = [e.name for e in find_article_entities(text, "a1") if e.type == "PERSON"]
    assert people == []


def test_a_name_of_common_words_with_a_cue_stays_a_person() -> None:
    text = "“Kami sudah menunggu tiga jam,” kata Intan Permata Sari di depan kantor camat."
    assert _named(text)["Intan Permata Sari"].type == "PERSON"


# --- 2. English common words and weather patterns ------------------------------------------------

def test_chili_in_english_text_is_no_country() -> None:
    text = "Chili prices soar in Medan after floods hit farms. Traders in Medan said supply fell."
    assert "Chile" not in _named(text, lang="en")
    assert "Medan" in _named(text, lang="en")


def test_chili_stays_the_country_in_indonesian_text() -> None:
    text = "Duta Besar Chili untuk Indonesia bertemu pengusaha di Jakarta."
    assert _named(text)["Chile"].type == "LOC"


def test_chili_before_an_english_commodity_word_is_no_country() -> None:
    assert "Chile" not in _named("Merek Chili Sauce itu ditarik dari pasar oleh BPOM.")


@pytest.mark.parametrize(("text", "not_named"), [
    ("BMKG memperkirakan El Nino membuat kemarau lebih panjang tahun ini.", "El Nino"),
    ("Petani berharap La Nina membawa hujan lebih awal.", "La Nina"),
    ("Puskesmas mengajak warga menjalankan gerakan 3M Plus di rumah masing-masing.", "M Plus"),
])
def test_weather_patterns_and_slogans_are_no_names(text: str, not_named: str) -> None:
    assert not any(not_named in t for t in _mention_texts(text))


# --- 3. English and Indonesian names of one ministry -----------------------------------------------

@pytest.mark.parametrize(("english", "indonesian"), [
    ("The Trade Ministry said rice imports would stop. The Ministry of Trade later confirmed it.",
     "Kementerian Perdagangan"),
    ("The Health Ministry reported new dengue cases on Monday.", "Kementerian Kesehatan"),
    ("The Ministry of Finance will cut the budget, officials said.", "Kementerian Keuangan"),
    ("The Home Affairs Ministry asked regional heads to report.", "Kementerian Dalam Negeri"),
])
def test_an_english_ministry_name_is_the_indonesian_ministry(english: str, indonesian: str) -> None:
    ministries = [e for e in find_article_entities(english, "a1", lang="en") if e.type == "ORG"]
    assert [e.name for e in ministries] == [indonesian]


def test_a_ministry_row_takes_english_names_by_its_field() -> None:
    assert {"Defence Ministry", "Ministry of Defence"} <= set(english_names("Kementerian Pertahanan", "ID"))
    assert english_names("Kementerian Pertahanan", "MY") == []  # another state's ministry keeps its own
    assert english_names("Badan Pusat Statistik", "ID") == []
    names = gazetteer().entries["org:kemendag"].aliases
    assert "Trade Ministry" in names and "Kemendag" in names


def test_english_and_indonesian_ministry_names_join_across_articles(tmp_path: Path, validate: Any) -> None:
    (tmp_path / "a.txt").write_text(
        "Trade Ministry bans onion imports\n\nJAKARTA - The Trade Ministry said on Tuesday that onion "
        "imports would stop until the harvest ends. Traders in Jakarta said prices had already fallen, "
        "and the ministry said it would review the ban next month.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Kemendag Hentikan Impor Bawang\n\nJAKARTA - Kementerian Perdagangan menghentikan impor bawang "
        "merah sampai panen selesai. Pedagang di Jakarta menyebut harga sudah turun, dan Kemendag akan "
        "meninjau larangan itu bulan depan.\n", encoding="utf-8")
    data = validate(analyze([str(tmp_path)]))
    ministries = [e for e in data["entities"] if e["name"] == "Kementerian Perdagangan"]
    assert len(ministries) == 1
    assert {m["article"] for m in ministries[0]["mentions"]} == {"a1", "a2"}


# --- 4. an election ticket's words ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "people"), [
    ("Paslon Hendra Gunawan-Sri Wahyuni mendaftar ke kantor KPU Kota Bogor.", {"Hendra Gunawan", "Sri Wahyuni"}),
    ("Pasangan Calon Rudi Hermawan dan Lina Marlina menyampaikan visi mereka.", {"Rudi Hermawan", "Lina Marlina"}),
])
def test_a_ticket_names_its_candidates_without_its_words(text: str, people: set[str]) -> None:
    named = {e.name: e for e in find_article_entities(text, "a1") if e.type == "PERSON"}
    assert set(named) == people
    assert all(not e.roles for e in named.values())


def test_a_place_of_common_words_after_a_preposition_stays() -> None:
    named = _named("Ratusan penumpang menunggu di Stasiun Tanah Abang sejak pagi.")
    assert named["Stasiun Tanah Abang"].type == "LOC"


@pytest.mark.parametrize("text", [
    "The Malaysian Health Ministry said dengue cases rose in Johor.",
    "Japan's Trade Ministry said car exports fell in March.",
])
def test_another_countrys_ministry_is_not_indonesias(text: str) -> None:
    names = {e.name for e in find_article_entities(text, "a1", lang="en")}
    assert not names & {"Kementerian Kesehatan", "Kementerian Perdagangan"}


@pytest.mark.parametrize(("text", "people"), [
    ("Pasangan calon nomor urut 2, Yusuf Maulana-Nita Anggraini, unggul di kecamatan itu.",
     {"Yusuf Maulana", "Nita Anggraini"}),
    ("Pasangan calon bupati Yusuf Maulana dan Nita Anggraini berkampanye di pasar.", {"Yusuf Maulana", "Nita Anggraini"}),
])
def test_the_ticket_is_no_role_of_its_first_candidate(text: str, people: set[str]) -> None:
    named = {e.name: e.roles for e in find_article_entities(text, "a1") if e.type == "PERSON"}
    assert set(named) == people
    assert all(roles == [] for roles in named.values())


def test_a_tickets_lawyer_is_named_after_both_candidates() -> None:
    text = "Kuasa hukum pasangan calon Yusuf Maulana-Nita Anggraini, Robert Siregar, mendaftarkan gugatan."
    roles = {e.name: e.roles for e in find_article_entities(text, "a1") if e.type == "PERSON"}
    assert roles["Yusuf Maulana"] == [] and roles["Nita Anggraini"] == []
    assert roles["Robert Siregar"] and roles["Robert Siregar"][0].startswith("Kuasa hukum")
