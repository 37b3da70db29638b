"""Entity misreadings of round 11: posts written with "-nya", a body's part with and without its body,
bodies completed by their seat after a short form, programmes read as bodies, a director general's field,
a ministry's short form before a name, an outlet's one-word alias opening another name. Sentences are
invented for these tests."""

from __future__ import annotations

import pytest

from warta.article.entities import find_article_entities
from warta.models import Entity

from .fake_ner import model_seeing


def _entities(text: str, seen: list[tuple[str, str]] | None = None, use_model: bool = True) -> list[Entity]:
    find = model_seeing(seen) if seen is not None else None
    return find_article_entities(text, "a1", find=find, use_model=use_model)


def _holding(entities: list[Entity], mention: str) -> list[Entity]:
    return [e for e in entities if mention in [m.text for m in e.mentions]]


# --- 1. "juru bicaranya, X": the spokesperson of the body just named ------------------------------------

@pytest.mark.parametrize("use_model", [False, True])
def test_a_post_with_nya_gives_its_holder_the_role_in_the_body_just_named(use_model: bool) -> None:
    text = ("Badan Pengawas Obat dan Makanan menarik sirup itu dari pasar. Juru bicaranya, Rina Wulandari, "
            "mengatakan sirup itu tercemar.")
    entities = _entities(text, [("Rina Wulandari", "PERSON")], use_model)
    person = _holding(entities, "Rina Wulandari")[0]
    assert person.type == "PERSON" and person.roles == ["Juru bicara"]
    body = _holding(entities, "Badan Pengawas Obat dan Makanan")[0]
    assert [(r.type, r.target) for r in person.relations] == [("role-in", body.id)]


def test_a_post_with_nya_after_a_person_is_no_role_in_a_body() -> None:
    text = "Hendra Wijaya ditahan sejak Senin. Pengacaranya, Yosef Manurung, mengajukan penangguhan."
    person = _holding(_entities(text, use_model=False), "Yosef Manurung")[0]
    assert person.roles == ["Pengacara"] and not person.relations


def test_a_post_with_nya_and_no_holder_names_no_one() -> None:
    entities = _entities("Juru bicaranya mengatakan sirup itu tercemar.", use_model=False)
    assert not [e for e in entities if e.type == "PERSON"]


# --- 2. "Komisi IV DPR" … "Komisi IV": one commission -----------------------------------------------------

def test_a_commission_written_without_its_parliament_is_the_same_commission() -> None:
    text = ("Rapat kerja dengan DPR digelar Rabu. Komisi IV DPR mempertanyakan impor beras. "
            "Komisi IV juga meminta data stok.")
    bodies = _holding(_entities(text, use_model=False), "Komisi IV")
    assert len(bodies) == 1 and {m.text for m in bodies[0].mentions} == {"Komisi IV DPR", "Komisi IV"}


def test_a_bare_commission_between_two_parliaments_stays_apart() -> None:
    text = "Komisi IV DPR dan Komisi IV DPD bertemu. Komisi IV meminta data stok."
    bare = _holding(_entities(text, use_model=False), "Komisi IV")
    assert len(bare) == 1 and [m.text for m in bare[0].mentions] == ["Komisi IV"]


# --- 3. a court named with its seat after its short form is one body --------------------------------------

@pytest.mark.parametrize("seen", [[], [("Sleman", "LOC")], [("Pengadilan Negeri", "ORG"), ("Sleman", "LOC")]])
def test_a_court_with_its_seat_after_the_short_form_is_one_body(seen: list[tuple[str, str]]) -> None:
    text = ("Perkara itu disidangkan di Pengadilan Negeri (PN) Sleman pada Selasa. "
            "Hakim PN Sleman menunda sidang sepekan.")
    entities = _entities(text, seen)
    courts = [e for e in entities if e.type == "ORG" and "PN Sleman" in e.aliases]
    assert len(courts) == 1 and courts[0].name == "Pengadilan Negeri Sleman"
    assert "Pengadilan Negeri" not in courts[0].aliases  # the kind alone names every such court
    assert not [e for e in entities if e.name == "Sleman"]


def test_a_directorate_general_with_its_field_after_the_short_form_is_one_body() -> None:
    text = ("Proyek itu dikerjakan Direktorat Jenderal (Ditjen) Cipta Karya sejak Mei. "
            "Anggaran Ditjen Cipta Karya naik tahun ini.")
    bodies = _holding(_entities(text, use_model=False), "Ditjen Cipta Karya")
    assert len(bodies) == 1 and bodies[0].name == "Direktorat Jenderal Cipta Karya"


def test_a_body_with_its_short_form_and_no_seat_keeps_its_name() -> None:
    text = "Komisi Pemberantasan Korupsi (KPK) memeriksa saksi. KPK menahan tersangka."
    body = _holding(_entities(text, use_model=False), "KPK")[0]
    assert body.name == "Komisi Pemberantasan Korupsi"


# --- 4. employment statuses and programmes are no bodies --------------------------------------------------

@pytest.mark.parametrize(("text", "names"), [
    ("Ribuan guru honorer ikut seleksi PPPK tahun ini. Kuota PPPK naik.", ["PPPK"]),
    ("Seleksi Pegawai Pemerintah dengan Perjanjian Kerja (PPPK) dibuka Senin. Kuota PPPK naik.",
     ["PPPK", "Pegawai Pemerintah dengan Perjanjian Kerja"]),
    ("Warga menerima Bantuan Langsung Tunai (BLT) dari desa. Penyaluran BLT dimulai Senin.",
     ["BLT", "Bantuan Langsung Tunai"]),
    ("Pemerintah menaikkan plafon Kredit Usaha Rakyat (KUR) bagi petani.", ["KUR", "Kredit Usaha Rakyat"]),
])
def test_a_status_or_programme_is_no_organisation(text: str, names: list[str]) -> None:
    for seen in ([], [(names[0], "ORG")]):
        entities = _entities(text, seen)
        assert not [e for e in entities for name in names
                    if name in [m.text for m in e.mentions] and e.type in ("ORG", "PERSON")]


def test_an_agency_the_gazetteer_knows_by_a_programme_word_stays_a_body() -> None:
    body = _holding(_entities("Program Pangan Dunia (WFP) mengirim beras.", use_model=False), "WFP")[0]
    assert body.type == "ORG"


# --- 5. a director general's field after the title names the directorate, no person -----------------------

@pytest.mark.parametrize("seen", [[("Marga", "PERSON")], [("Bina Marga", "PERSON")], []])
def test_a_director_generals_field_is_no_persons_name(seen: list[tuple[str, str]]) -> None:
    entities = _entities("Jembatan itu ambles. Dirjen Bina Marga mengatakan perbaikan dimulai Senin.", seen)
    assert not [e for e in entities if e.type == "PERSON"]
    assert [e.type for e in _holding(entities, "Bina Marga")] == ["ORG"]


def test_a_director_generals_field_the_gazetteer_knows_is_its_directorate() -> None:
    entities = _entities("Dirjen Pajak mengatakan penerimaan naik.", [("Pajak", "PERSON")])
    assert [(e.type, e.gazetteer_id) for e in entities] == [("ORG", "org:djp")]


def test_a_director_general_named_after_the_field_is_still_read() -> None:
    person = _holding(_entities("Dirjen Pajak Suryo Utomo mengatakan penerimaan naik.", use_model=False),
                      "Suryo Utomo")[0]
    assert person.type == "PERSON" and person.roles == ["Dirjen Pajak"]


# --- 6. a ministry's short form before a name: the body and the person ------------------------------------

@pytest.mark.parametrize("text", [
    "Asisten Deputi Kemenparda Larasati Wulan Sari mengatakan kunjungan naik.",
    "Kemenparda Larasati Wulan Sari mengatakan kunjungan naik.",
])
def test_a_ministrys_short_form_before_a_name_is_the_persons_body(text: str) -> None:
    entities = _entities(text, [("Kemenparda Larasati Wulan Sari", "PERSON")])
    person = _holding(entities, "Larasati Wulan Sari")[0]
    body = _holding(entities, "Kemenparda")[0]
    assert person.type == "PERSON" and body.type == "ORG" and person is not body
    assert [r.target for r in person.relations] == [body.id]


def test_a_word_of_the_language_opening_with_kemen_is_no_ministry() -> None:
    entities = _entities("Kemenangan Persib disambut meriah.", use_model=False)
    assert not _holding(entities, "Kemenangan")


def test_a_ministry_misspelt_in_full_is_no_short_form() -> None:
    for use_model in (False, True):
        entities = _entities("Data itu berasal dari Kementrian Tenaga Kerja pekan lalu.", use_model=use_model)
        assert _holding(entities, "Kementrian Tenaga Kerja") and not _holding(entities, "Tenaga Kerja")


# --- 7. an outlet's one-word alias opening another name is not the outlet ----------------------------------

def test_an_outlet_word_opening_another_name_is_not_the_outlet() -> None:
    entities = _entities("Penonton memadati Tribun Barat stadion itu sejak siang.", use_model=False)
    assert not [e for e in entities if e.gazetteer_id == "outlet:tribunnews"]
    assert _holding(entities, "Tribun Barat")


def test_the_outlet_named_alone_is_still_the_outlet() -> None:
    entities = _entities("Menurut Tribun, banjir merendam dua desa.", use_model=False)
    assert [e.gazetteer_id for e in entities] == ["outlet:tribunnews"]


# --- 8. found reading unseen IndoSum news: the same classes --------------------------------------------------

def test_a_clubs_name_run_into_its_players_is_the_club_and_the_player() -> None:
    text = ("Karya Mandiri kalah di kandang pada Sabtu. Gol tunggal dicetak bek Karya Mandiri Dimas Saputra "
            "pada babak kedua. Susunan pemain: 1 Dimas Saputra, 5 Andi Lubis.")
    entities = _entities(text, [("Karya Mandiri", "ORG")])
    person = _holding(entities, "Dimas Saputra")[0]
    assert person.type == "PERSON" and not _holding(entities, "Karya Mandiri Dimas Saputra")
    assert any(r.type == "role-in" and r.name == "Karya Mandiri" for r in person.relations)


def test_a_brand_before_words_that_name_no_person_stays_whole() -> None:
    entities = _entities("Honda memperkenalkan motor baru. Tim Honda Racing Corporation menyiapkan mesin.",
                         [("Honda", "ORG")])
    assert not [e for e in entities if e.type == "PERSON"]


def test_a_one_word_model_body_opens_a_split_only_before_a_person_named_alone() -> None:
    text = "Gol Neymar Junior Santos membawa kemenangan. Neymar berlari ke tribun."
    entities = _entities(text, [("Neymar", "ORG"), ("Neymar Junior Santos", "PERSON")])
    assert _holding(entities, "Neymar Junior Santos")


def test_an_acronym_after_a_body_word_is_no_member_of_it() -> None:
    entities = _entities("Film DC Extended Universe itu tayang Mei.", [("DC", "ORG")])
    assert not [e for e in entities if e.relations]


@pytest.mark.parametrize(("text", "acronym"), [
    ("Direksi baru diangkat lewat RUPS pada Jumat.", "RUPS"),
    ("Ia menerima SK pengangkatan dari bupati.", "SK"),
    ("Perusahaan itu menunda IPO hingga tahun depan.", "IPO"),
])
def test_an_acronym_of_a_common_thing_is_no_organisation(text: str, acronym: str) -> None:
    entities = _entities(text, [(acronym, "ORG")])
    assert not [e for e in _holding(entities, acronym) if e.type in ("ORG", "PERSON")]


def test_a_role_keeps_no_preposition_whose_body_is_missing() -> None:
    person = _holding(_entities("Menurut peneliti dari Yohana Siregar, minyak itu menyehatkan.",
                                use_model=False), "Yohana Siregar")[0]
    assert person.roles == ["peneliti"]


def test_an_election_supervisors_short_name_with_its_region_is_a_body() -> None:
    entities = _entities("Bawaslu meminta Panwas Kabupaten Sukamaju bekerja jujur.", [("Panwas Kabupaten", "PERSON")])
    assert [e.type for e in _holding(entities, "Panwas Kabupaten Sukamaju")] == ["ORG"]
