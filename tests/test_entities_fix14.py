"""Entity misreadings of round 14: clubs named after their town, a compass word after a spaced hyphen,
English institutions and companies named by their last word, players typed as bodies, places whose
name opens with a royal title, posts set off by commas after a name, notions written as acronyms,
papers named after their kind, and names of bodies written twice. Sentences are invented for these
tests."""

from __future__ import annotations

import pytest

from warta.article.entities import find_article_entities
from warta.article.gazetteer import gazetteer
from warta.article.tokens import tokenize
from warta.models import Entity

from .fake_ner import model_seeing


def _entities(text: str, seen: list[tuple[str, str]] | None = None, use_model: bool = True) -> list[Entity]:
    find = model_seeing(seen) if seen is not None else None
    return find_article_entities(text, "a1", find=find, use_model=use_model)


def _holding(entities: list[Entity], mention: str) -> list[Entity]:
    return [e for e in entities if mention in [m.text for m in e.mentions]]


def _names(entities: list[Entity]) -> set[str]:
    return {m.text for e in entities for m in e.mentions}


# --- 1. a club named after its town: "Bali United", "Borneo FC" ------------------------------------------

@pytest.mark.parametrize("use_model", [False, True])
def test_a_club_named_after_its_town_is_one_body(use_model: bool) -> None:
    text = "Madura United menahan imbang Borneo FC 1 - 1 di Bangkalan , Sabtu ."
    entities = _entities(text, [("Madura", "LOC"), ("United", "ORG"), ("Borneo FC", "ORG")], use_model)
    assert {"Madura United", "Borneo FC"} <= _names(entities)
    assert not {"Madura", "United", "Borneo", "FC"} & _names(entities)
    assert _holding(entities, "Madura United")[0].type == "ORG"


def test_a_coach_after_the_club_keeps_his_name_and_the_club_his_role() -> None:
    text = "Pelatih Madura United Rudi Hartono mengatakan timnya siap ."
    entities = _entities(text, use_model=False)
    coach = _holding(entities, "Rudi Hartono")[0]
    assert coach.type == "PERSON" and coach.roles == ["Pelatih Madura United"]


def test_city_after_a_town_is_a_club_only_in_a_match_report() -> None:
    match = _entities("Stoke City kalah 0 - 2 dari tim tamu di kandang sendiri .", use_model=False)
    assert _holding(match, "Stoke City")[0].type == "ORG"
    town = _entities("Harga rumah di Kansas City naik tiga persen tahun ini .", use_model=False)
    assert not [e for e in _holding(town, "Kansas City") if e.type == "ORG"]


# --- 2. "Korea - Selatan": a compass word after a spaced hyphen --------------------------------------------

def test_a_compass_word_after_a_spaced_hyphen_ends_the_place() -> None:
    found = gazetteer().match(tokenize("di Korea - Selatan kemarin"), 1)
    assert found is not None and found[0] == 4 and found[1][0] == "country:KR"


def test_a_spaced_hyphen_still_joins_no_body_written_without_it() -> None:
    found = gazetteer().match(tokenize("DPR - RI menolak"), 0)
    assert found is None or found[0] < 3


@pytest.mark.parametrize("use_model", [False, True])
def test_a_country_with_a_spaced_hyphen_before_its_compass_word_is_one(use_model: bool) -> None:
    text = "Presiden Korea - Selatan tiba di Jakarta . Korea - Selatan menawarkan kerja sama ."
    entities = _entities(text, [("Korea", "LOC"), ("Selatan", "LOC")], use_model)
    country = _holding(entities, "Korea - Selatan")
    assert country and country[0].gazetteer_id == "country:KR"
    assert "Selatan" not in _names(entities)


# --- 3. English institutions and companies named by their last word ---------------------------------------

@pytest.mark.parametrize("use_model", [False, True])
@pytest.mark.parametrize("body", ["Cabinet Office", "Foreign Office", "Nusantara Holdings", "Starfield Corp"])
def test_an_english_institution_or_company_is_a_body(use_model: bool, body: str) -> None:
    text = f"Juru bicara {body} mengatakan rencana itu ditunda . {body} menolak berkomentar lagi ."
    entities = _entities(text, [(body, "PERSON")], use_model)
    assert [e.type for e in _holding(entities, body)] == ["ORG"]


def test_a_company_word_closes_the_name_before_its_officers_name() -> None:
    text = "Kepala Teknisi Sakura Motor Corporation Kenji Watanabe memaparkan mesin baru itu ."
    entities = _entities(text, use_model=False)
    engineer = _holding(entities, "Kenji Watanabe")
    assert engineer and engineer[0].type == "PERSON"
    assert "Corporation Kenji Watanabe" not in _names(entities)


def test_two_groups_joined_by_dan_are_two() -> None:
    names = _names(_entities("Nusa Group dan Bumi Raya Group berinvestasi di sana .", use_model=False))
    assert {"Nusa Group", "Bumi Raya Group"} <= names


def test_a_group_word_opening_a_post_is_no_body() -> None:
    text = "\" Kami tumbuh , \" ujar Group CEO Nusapay Daniel Wirawan dalam sambutannya ."
    assert not [n for n in _names(_entities(text, use_model=False)) if n.startswith("Group")]


def test_a_common_word_opening_the_sentence_is_no_part_of_the_company() -> None:
    text = "Saham Starfield Corp turun . Harga saham itu sempat naik sepekan ."
    assert "Starfield Corp" in _names(_entities(text, use_model=False))


# --- 4. players typed as bodies ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "player"), [
    ("Gol Rian Saputra , Bayu Pratama , dan Dimas Andika Saragih membawa tim menang .", "Dimas Andika Saragih"),
    ("Gol tunggal itu dicetak Dimas Andika Saragih di babak kedua .", "Dimas Andika Saragih"),
    ("Pebulu tangkis tunggal putra nasional , Dimas Andika Saragih , melaju ke babak kedua .", "Dimas Andika Saragih"),
])
def test_a_player_read_as_a_body_is_a_person(text: str, player: str) -> None:
    seen = [(player, "ORG"), ("Rian Saputra", "PERSON"), ("Bayu Pratama", "PERSON")]
    assert [e.type for e in _holding(_entities(text, seen), player)] == ["PERSON"]


def test_a_body_beside_one_person_stays_a_body() -> None:
    text = "Kontrak itu diteken Rian Saputra dan Sinar Abadi Jaya di Jakarta ."
    entities = _entities(text, [("Rian Saputra", "PERSON"), ("Sinar Abadi Jaya", "ORG")])
    assert _holding(entities, "Sinar Abadi Jaya")[0].type == "ORG"


def test_a_brand_in_a_list_of_people_stays_a_body() -> None:
    text = "Hadir Rian Saputra , Bayu Pratama , dan NusaPay Store di acara itu ."
    seen = [("NusaPay Store", "ORG"), ("Rian Saputra", "PERSON"), ("Bayu Pratama", "PERSON")]
    assert _holding(_entities(text, seen), "NusaPay Store")[0].type == "ORG"


def test_an_indonesian_club_read_as_a_person_is_a_body() -> None:
    text = "Persewangi Banyuwangi kalah 1 - 2 di kandang , Minggu ."
    entities = _entities(text, [("Persewangi Banyuwangi", "PERSON")])
    assert [e.type for e in _holding(entities, "Persewangi Banyuwangi")] == ["ORG"]


# --- 5. a place whose name opens with a royal title word --------------------------------------------------

@pytest.mark.parametrize("use_model", [False, True])
def test_a_temple_named_ratu_is_a_place_not_a_queen(use_model: bool) -> None:
    text = "Wisatawan memadati Candi Ratu Boko , Sleman . Pengelola Ratu Boko menambah loket ."
    entities = _entities(text, [("Boko", "PERSON")], use_model)
    assert not [e for e in entities if e.type == "PERSON"]
    assert {e.gazetteer_id for e in _holding(entities, "Ratu Boko")} == {"place:ratu-boko"}


def test_a_regency_named_raja_is_a_place_not_a_king() -> None:
    entities = _entities("Kapal wisata tenggelam di perairan Raja Ampat , Senin .", use_model=False)
    assert [e.type for e in _holding(entities, "Raja Ampat")] == ["LOC"]


def test_a_king_keeps_his_title() -> None:
    entities = _entities("Raja Salman tiba di Bali , Rabu .", use_model=False)
    assert _holding(entities, "Salman")[0].roles == ["Raja"]


# --- 6. a post set off by commas after the name -----------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "role"), [
    ("Joko Widodo , Presiden RI , mengatakan ekonomi tumbuh .", "Joko Widodo", "Presiden RI"),
    ("Rina Marlina , Menteri Keuangan , mengatakan defisit turun .", "Rina Marlina", "Menteri Keuangan"),
    ("Ahmad Yani , Kepala Desa Sukamaju , mengatakan warga antre .", "Ahmad Yani", "Kepala Desa Sukamaju"),
])
def test_a_post_set_off_after_the_name_is_its_role(text: str, name: str, role: str) -> None:
    assert role in _holding(_entities(text, use_model=False), name)[0].roles


def test_a_bare_post_before_the_next_name_is_that_ones() -> None:
    text = "Di Jakarta , Presiden Joko Widodo meresmikan jalan tol ."
    assert _holding(_entities(text, use_model=False), "Joko Widodo")[0].roles == ["Presiden"]


def test_one_role_written_twice_in_two_cases_is_one() -> None:
    text = ("Wasit pemimpin pertandingan , Rudi Hartono , memberi kartu merah . Ia mendorong Rudi Hartono , "
            "wasit pemimpin pertandingan , ke luar lapangan .")
    assert _holding(_entities(text, use_model=False), "Rudi Hartono")[0].roles == ["Wasit pemimpin pertandingan"]


# --- 7. notions written as acronyms, papers named after their kind ----------------------------------------

@pytest.mark.parametrize("acronym", ["PAUD", "SIUP", "PDB", "HIV"])
def test_an_acronym_of_a_notion_is_no_name(acronym: str) -> None:
    text = f"Pemerintah daerah menambah anggaran untuk {acronym} tahun ini di Sleman ."
    assert acronym not in _names(_entities(text, [(acronym, "ORG"), ("Sleman", "LOC")]))


def test_a_paper_named_after_its_kind_is_a_body() -> None:
    text = "Namun , harian Pacific Herald melaporkan bahwa pelaku bernama Kevin Marsh ."
    entities = _entities(text, [("Pacific Herald", "PERSON"), ("Kevin Marsh", "PERSON")])
    assert _holding(entities, "Pacific Herald")[0].type == "ORG"
    assert _holding(entities, "Kevin Marsh")[0].type == "PERSON"


def test_a_station_is_no_paper() -> None:
    text = "Penumpang memadati stasiun Tanah Abang , Senin ."
    entities = _entities(text, [("Tanah Abang", "LOC")])
    assert _holding(entities, "Tanah Abang")[0].type == "LOC"


# --- 8. a body written twice alike is one -------------------------------------------------------------

def test_a_body_named_twice_alike_is_one_entity() -> None:
    text = "Juventus menghadapi Real Madrid di final . Buffon memuji Real Madrid ."
    entities = _entities(text, [("Real Madrid", "ORG"), ("Buffon", "PERSON")])
    assert len(_holding(entities, "Real Madrid")) == 1 and len(_holding(entities, "Real Madrid")[0].mentions) == 2


@pytest.mark.parametrize("use_model", [False, True])
def test_a_place_named_twice_alike_is_one_entity(use_model: bool) -> None:
    text = "Warga Gunung Kidul mengungsi . Banjir melanda Gunung Kidul lagi ."
    entities = _entities(text, [("Gunung Kidul", "LOC")], use_model)
    assert len(_holding(entities, "Gunung Kidul")) == 1 and len(_holding(entities, "Gunung Kidul")[0].mentions) == 2


def test_a_place_and_a_body_written_alike_stay_apart() -> None:
    text = "Warga Cendana antre di depan Cendana Group . Cendana Group membagikan beras di Cendana ."
    entities = _entities(text, [("Cendana", "LOC"), ("Cendana Group", "ORG")])
    assert {e.type for e in _holding(entities, "Cendana Group")} == {"ORG"}
