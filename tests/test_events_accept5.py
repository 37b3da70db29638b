"""Events, acceptance run 5: a di- passive's subject is the one acted upon, vessels ramming are an
assault, anonymity and an outlet's request for comment are no events, a denied act is negated, and
a year that belongs to something else in the sentence never dates the act. Every sentence is
invented for its rule."""

from __future__ import annotations

from tests.test_events_context import code, code_with, entity, sides
from warta.article.entities import find_article_entities
from warta.article.events import find_events
from warta.article.sentences import split_sentences
from warta.bench.quotes_events import timexes_of
from warta.models import Event


def _of(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.type == kind]


def _dated(text: str, dct: str) -> list[Event]:
    entities = find_article_entities(text, "a1", use_model=False)
    return find_events(text, split_sentences(text), entities, timexes_of(text, dct), "a1", "id")


def _english(text: str) -> list[Event]:
    entities = find_article_entities(text, "a1", use_model=False)
    return find_events(text, split_sentences(text), entities, [], "a1", "en")


def test_a_boat_chased_and_rammed_by_a_patrol_ship_is_assaulted_by_the_ships_owner() -> None:
    text = "Perahu nelayan KM Sinar Laut 03 dikejar dan ditabrak kapal patroli Vietnam di perairan Anambas ."
    assert sides(code(text), "ASSAULT") == [("Vietnam", "nelayan KM Sinar Laut")]


def test_ramming_a_boat_in_english_is_an_assault() -> None:
    events = _english("A Vietnamese patrol vessel rammed an Indonesian fishing boat near the islands on Monday.")
    assert [(e.type, e.source and e.source.name) for e in events] == [("ASSAULT", "Vietnam")]


def test_fishermen_chased_off_by_foreign_ships_are_the_target_not_the_agent() -> None:
    text = "Sedikitnya tiga kapal nelayan Bitung diusir kapal asing di Laut Sulawesi sejak awal tahun ."
    assert sides(code(text), "COERCE") == [("kapal asing", "nelayan Bitung")]


def test_the_speaker_whose_side_was_chased_off_is_not_the_one_chasing() -> None:
    text = ("Ketua Serikat Nelayan Sulawesi Utara , Samuel Lumenta , meminta pemerintah pusat memperkuat "
            "patroli . \" Kami mencari ikan di laut sendiri , justru kami yang diusir , \" kata Samuel .")
    chased = _of(code(text), "COERCE")
    assert [e.target and e.target.name for e in chased] == ["Serikat Nelayan Sulawesi Utara"]
    assert all(e.source is None or e.source.name != "Samuel Lumenta" for e in chased)


def test_a_fishing_ground_is_no_arrest() -> None:
    text = "Samuel Lumenta meminta pemerintah pusat memperkuat patroli di wilayah tangkap nelayan lokal ."
    events = code(text)
    assert [e.type for e in events] == ["REQUEST"]


def test_an_official_who_declines_to_be_named_rejects_nothing() -> None:
    assert not _of(_english("A ministry official, who declined to be named, said patrols would grow."), "REJECT")
    text = "Seorang pejabat Bakamla yang enggan disebutkan namanya mengatakan patroli akan ditambah ."
    assert not _of(code(text), "REJECT")


def test_an_outlets_unanswered_request_for_comment_is_no_request() -> None:
    text = "Kedutaan Besar Vietnam belum menjawab permintaan konfirmasi yang dikirim Harian Bahari ."
    assert not _of(code(text), "REQUEST")
    asked = "Kedutaan Besar Vietnam belum menjawab permintaan Kementerian Luar Negeri ."
    assert _of(code(asked), "REQUEST")


def test_denying_having_given_an_instruction_negates_it() -> None:
    text = "Mantan direktur , Joko Prasetyo , membantah pernah memberi arahan penerbitan izin tambang itu ."
    events = code_with(text, entity(text, "PERSON", "Joko Prasetyo", "Joko Prasetyo"))
    assert [(e.type, e.negated) for e in _of(events, "REQUEST")] == [("REQUEST", True)]
    given = "Mantan direktur , Joko Prasetyo , pernah memberi arahan penerbitan izin tambang itu ."
    events = code_with(given, entity(given, "PERSON", "Joko Prasetyo", "Joko Prasetyo"))
    assert [(e.type, e.negated) for e in _of(events, "REQUEST")] == [("REQUEST", False)]


def test_a_roles_term_of_years_does_not_date_the_act() -> None:
    text = "Mantan Kepala Dinas periode 2019-2023 , Joko Prasetyo , memerintahkan stafnya menghapus data ."
    assert [(e.type, e.date) for e in _dated(text, "2025-06-02")] == [("REQUEST", None)]


def test_the_year_of_a_price_rise_explained_does_not_date_the_inquiry() -> None:
    text = ("Kasus korupsi impor beras yang tengah diselidiki Kejaksaan Agung menjelaskan mengapa harga "
            "beras sempat melonjak pada 2022 .")
    investigated = [e for e in _dated(text, "2025-06-02") if e.type == "ACCUSE"]
    assert investigated and all(e.date is None for e in investigated)
    dated = "Kejaksaan Agung menyelidiki kasus korupsi impor beras pada 2022 ."
    assert [e.date for e in _dated(dated, "2025-06-02") if e.type == "ACCUSE"] == ["2022"]


def test_a_sanction_falls_on_whom_it_names_after_a_long_description_of_it() -> None:
    text = ("Komite Disiplin PSSI menjatuhkan sanksi larangan beraktivitas seumur hidup kepada manajer klub "
            "berinisial RT .")
    assert sides(code(text), "SANCTION") == [("Komite Disiplin PSSI", "RT")]
    because = "Komite Disiplin PSSI menjatuhkan sanksi karena kericuhan yang melibatkan suporter kepada RT ."
    assert sides(code(because), "SANCTION") == [("Komite Disiplin PSSI", None)]


def test_fishermen_catching_fish_arrest_no_one() -> None:
    text = "Kapal nelayan KM Sinar Laut 03 ditabrak pada Rabu lalu saat menangkap ikan di utara Pulau Bunguran ."
    assert [e.type for e in code(text)] == ["ASSAULT"]
    caught = "Polres Bitung menangkap tiga nelayan pembawa bom ikan ."
    assert [e.type for e in code(caught)] == ["COERCE"]


def test_a_coast_guard_ship_stands_for_the_country_named_after_it() -> None:
    text = "Perahu KM Sinar Laut 03 ditabrak kapal penjaga pantai Vietnam di Laut Natuna Utara ."
    assert [s for s, _ in sides(code(text), "ASSAULT")] == ["Vietnam"]


def test_what_a_party_called_something_is_no_phone_call() -> None:
    text = "The embassy denied the claim, saying its ship was on what it called Vietnam's traditional grounds."
    assert not _of(_english(text), "CONSULT")


def test_a_committee_the_entity_layer_missed_still_sanctions() -> None:
    text = ("Komite Etik Persatuan Bulu Tangkis Seluruh Indonesia ( PBSI ) menjatuhkan sanksi larangan "
            "bertanding seumur hidup kepada pelatih berinisial RT .")
    events = code_with(text, entity(text, "ORG", "PBSI", "PBSI"), entity(text, "PERSON", "RT", "RT"))
    assert [(e.source and e.source.description, e.target and e.target.name)
            for e in _of(events, "SANCTION")] == [("Komite", "RT")]


def test_a_statement_rejected_by_its_demonstrative_is_the_speakers_before() -> None:
    text = ("Kedutaan Besar Vietnam di Jakarta membantah kapalnya menabrak perahu nelayan . Kedubes menyebut "
            "kapal itu sedang berpatroli di \" perairan tradisional Vietnam \" . "
            "Pernyataan itu langsung ditolak Kementerian Luar Negeri .")
    assert sides(code(text), "REJECT") == [("Kementerian Luar Negeri", "Kedutaan Besar Vietnam")]
    plain = "Kedubes Vietnam menggelar jumpa pers . Usulan itu langsung ditolak Kementerian Luar Negeri ."
    assert sides(code(plain), "REJECT") == [("Kementerian Luar Negeri", None)]  # no statement was quoted
