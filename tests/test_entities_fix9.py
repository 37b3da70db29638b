"""Entity misreadings left by the acceptance runs: offices whose names hold title words, buildings that
stand for institutions, a sea zone, parliamentary factions and people named by their initials.
Sentences are invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from warta.api import analyze
from warta.article.entities import find_article_entities
from warta.article.mentions import find_mentions
from warta.article.spaced_text import with_single_spaces
from warta.models import Entity

from .fake_ner import Span, model_seeing


def _named(text: str, seen: list[tuple[str, str]] | None = None) -> dict[str, Entity]:
    find = model_seeing(seen) if seen is not None else None
    return {e.name: e for e in find_article_entities(text, "a1", find=find)}


def _roles(text: str) -> dict[str, list[str]]:
    return {e.name: e.roles for e in find_article_entities(text, "a1", use_model=False) if e.type == "PERSON"}


# --- 1. a post's field is the post's, not the first words of its holder's name ----------------------

@pytest.mark.parametrize(("text", "person", "role"), [
    ("Direktur Jenderal Pajak Suryo Utomo mengatakan penerimaan pajak naik.", "Suryo Utomo",
     "Direktur Jenderal Pajak"),
    ("Dirjen Bea dan Cukai Askolani meninjau gudang sitaan di pelabuhan.", "Askolani", "Dirjen Bea dan Cukai"),
    ("Dirjen Perhubungan Darat Budi Setiyadi meminta bus diperiksa.", "Budi Setiyadi",
     "Dirjen Perhubungan Darat"),
    ("Dirjen Pajak Intan Permata mengatakan batas lapor diperpanjang.", "Intan Permata", "Dirjen Pajak"),
])
def test_a_posts_field_in_ordinary_words_belongs_to_the_role(text: str, person: str, role: str) -> None:
    assert _roles(text).get(person) == [role]


def test_a_director_general_holds_a_post_in_the_directorate_of_the_field() -> None:
    named = _named("Direktur Jenderal Pajak Suryo Utomo mengatakan penerimaan naik. DJP juga memeriksa data.",
                   seen=[])
    directorate = named["Direktorat Jenderal Pajak"]
    assert [(r.type, r.target) for r in named["Suryo Utomo"].relations] == [("role-in", directorate.id)]
    alone = _named("Mantan Dirjen Pajak Hadi Santoso diperiksa penyidik.", seen=[])
    assert [(r.name, r.target) for r in alone["Hadi Santoso"].relations] == [("Direktorat Jenderal Pajak", None)]
    other = _named("Direktur Jenderal Bina Konstruksi Rudi Hartono meninjau jembatan.", seen=[])
    assert not other["Rudi Hartono"].relations


def test_one_word_after_a_field_and_before_a_comma_name_is_the_posts_body() -> None:
    text = "Pelepasan saham akan dilakukan tahun depan, kata Direktur Keuangan Bumitra , Andi Wirawan di Jakarta ."
    named = _named(text, seen=[("Bumitra", "ORG"), ("Andi Wirawan", "PERSON")])
    assert named["Bumitra"].type == "ORG"
    assert named["Andi Wirawan"].roles == ["Direktur Keuangan Bumitra"]


def test_the_field_goes_on_to_the_body_after_it() -> None:
    roles = _roles("Deputi Bidang Pencegahan dan Kesiapsiagaan BNPB Sri Handayani meninjau tanggul itu.")
    assert roles["Sri Handayani"] == ["Deputi Bidang Pencegahan dan Kesiapsiagaan BNPB"]


def test_a_posts_own_acronym_after_its_field_is_no_body() -> None:
    text = "Direktur Reserse Kriminal Umum (Dirreskrimum) Polda Jambi Kombes Andri Wibowo mengatakan hal itu."
    found = {m.text: m for m in find_mentions(text)}
    assert "Dirreskrimum" not in found and "Reserse Kriminal Umum" not in found
    assert found["Andri Wibowo"].type == "PERSON"
    assert found["Andri Wibowo"].role is not None and "Reserse Kriminal Umum" in found["Andri Wibowo"].role


def test_a_post_that_names_its_unit_is_the_unit_of_the_post_before_it() -> None:
    named = _named("Direktur Penyidikan Jaksa Agung Muda Tindak Pidana Khusus (Jampidsus), Rudi Hartawan, "
                   "mengatakan tersangka ditahan. Jampidsus juga menyita dua mobil.")
    unit = named["Jaksa Agung Muda Tindak Pidana Khusus"]
    assert unit.type == "ORG" and [m.text for m in unit.mentions].count("Jampidsus") == 2
    person = named["Rudi Hartawan"]
    assert person.roles == ["Direktur Penyidikan Jampidsus"]
    assert [(r.type, r.target) for r in person.relations] == [("role-in", unit.id)]
    assert not any(name.startswith("Muda") for name in named)


def test_the_unit_post_with_its_holder_and_without_one() -> None:
    named = _named("Jaksa Agung Muda Pidana Umum (Jampidum) Andi Saputra memimpin rapat.", seen=[])
    assert named["Andi Saputra"].roles == ["Jampidum"]
    assert named["Jaksa Agung Muda Pidana Umum"].type == "ORG"
    alone = _named("Penyidik pada Jaksa Agung Muda Pidana Umum (Jampidum) memeriksa empat saksi.", seen=[])
    assert alone["Jaksa Agung Muda Pidana Umum"].type == "ORG"


def test_a_holder_after_a_field_stays_a_person_when_the_model_reads_a_body() -> None:
    text = "Dirjen Bea dan Cukai Askolani meninjau gudang sitaan di pelabuhan."
    named = _named(text, seen=[("Askolani", "ORG")])
    assert named["Askolani"].type == "PERSON"
    assert named["Askolani"].roles == ["Dirjen Bea dan Cukai"]


# --- 2. buildings that stand for institutions ---------------------------------------------------------

def test_a_known_building_is_its_own_entity_standing_for_its_institution() -> None:
    text = "Saksi itu diperiksa di Gedung Bundar Kejagung selama enam jam, Selasa."
    named = _named(text, seen=[("Gedung Bundar Kejagung", "LOC")])
    building, office = named["Gedung Bundar"], named["Kejaksaan Agung"]
    assert [(r.type, r.target) for r in building.relations] == [("metonym-of", office.id)]
    assert not any("Bundar Kejagung" in name for name in named)


def test_the_red_and_white_building_stands_for_the_commission() -> None:
    named = _named("Bupati itu keluar dari Gedung Merah Putih KPK mengenakan rompi tahanan.")
    relation = named["Gedung Merah Putih"].relations
    assert [(r.type, r.name) for r in relation] == [("metonym-of", "Komisi Pemberantasan Korupsi")]
    assert "Komisi Pemberantasan Korupsi" in named


def test_an_unknown_building_is_a_place_and_its_owner_a_body() -> None:
    text = "Rapat digelar di Gedung Nusantara DPR kemarin. Massa juga datang ke Gedung DPR."
    named = _named(text, seen=[("Gedung Nusantara DPR", "LOC"), ("Gedung DPR", "LOC")])
    assert named["Gedung Nusantara"].type == "LOC"
    assert len(named["Dewan Perwakilan Rakyat"].mentions) == 2
    assert "Gedung DPR" not in named


def test_a_place_named_with_and_without_its_building_word_is_one_place() -> None:
    text = "Pameran dibuka di Galeri Nasional Indonesia. Ia berbicara di Gedung Galeri Nasional, Jakarta."
    named = _named(text, seen=[("Galeri Nasional Indonesia", "LOC"), ("Gedung Galeri Nasional", "LOC")])
    place = named["Gedung Galeri Nasional"]
    assert place.type == "LOC"
    assert [m.text for m in place.mentions] == ["Galeri Nasional", "Gedung Galeri Nasional"]


# --- 3. a sea zone ------------------------------------------------------------------------------------

def test_an_exclusive_economic_zone_with_its_state_is_one_place() -> None:
    text = "Kapal ikan asing itu masuk Zona Ekonomi Eksklusif Indonesia tanpa izin."
    named = _named(text, seen=[("Zona Ekonomi", "ORG"), ("Eksklusif Indonesia", "ORG")])
    assert named["Zona Ekonomi Eksklusif Indonesia"].type == "LOC"
    assert not any(e.type == "ORG" for e in named.values())


def test_a_zone_with_its_acronym_is_one_place_beside_the_state() -> None:
    named = _named("Kapal itu ditangkap di Zona Ekonomi Eksklusif (ZEE) Indonesia pekan lalu.", seen=[])
    zone = named["Zona Ekonomi Eksklusif"]
    assert zone.type == "LOC" and {m.text for m in zone.mentions} == {"Zona Ekonomi Eksklusif", "ZEE"}


def test_a_zone_before_a_body_is_the_bodys_command_and_its_head_keeps_the_post() -> None:
    text = ("Kepala Zona Maritim Tengah Badan Keamanan Laut (Bakamla), Laksamana Pertama Budi Hartono, "
            "mengatakan kapal itu diusir.")
    named = _named(text)
    assert named["Zona Maritim Tengah"].type == "ORG"
    assert named["Budi Hartono"].roles == ["Kepala Zona Maritim Tengah Bakamla"]
    assert {r.name for r in named["Budi Hartono"].relations} == {"Zona Maritim Tengah", "Badan Keamanan Laut"}


# --- 4. factions and initials -------------------------------------------------------------------------

def test_a_faction_is_part_of_its_party() -> None:
    text = ("Fraksi Partai Golkar DPR menolak usulan itu. Fraksi PKS juga menolak, sedangkan Fraksi Partai "
            "Nelayan Sejahtera DPRD setuju. Partai Golkar lalu menggelar rapat.")
    named = _named(text, seen=[])
    golkar = named["Partai Golkar"]
    parts = {name: [(r.type, r.name, r.target) for r in e.relations] for name, e in named.items()
             if name.startswith("Fraksi")}
    assert parts["Fraksi Partai Golkar DPR"] == [("part-of", "Partai Golkar", golkar.id)]
    assert parts["Fraksi PKS"] == [("part-of", "Partai Keadilan Sejahtera", None)]
    assert parts["Fraksi Partai Nelayan Sejahtera DPRD"] == [("part-of", "Partai Nelayan Sejahtera", None)]


def test_a_faction_of_no_party_named_gets_no_relation() -> None:
    named = _named("Fraksi Kebangkitan menolak usulan itu.", seen=[])
    assert all(not e.relations for e in named.values())


@pytest.mark.parametrize("text", [
    "Tersangka DR dan istrinya ditahan. Polisi memeriksa DR sejak pagi.",
    "Polisi menyebut korban AM luka ringan. AM dibawa ke puskesmas.",
])
def test_a_party_to_a_case_named_by_initials_is_a_person(text: str) -> None:
    people = {m.text for e in find_article_entities(text, "a1", find=model_seeing([])) if e.type == "PERSON"
              for m in e.mentions}
    assert len(people) == 1 and len([m for m in find_mentions(text) if m.type == "PERSON"]) == 2


def test_initials_after_a_case_word_leave_known_bodies_alone() -> None:
    found = {m.text: m.type for m in find_mentions("Ia ditetapkan sebagai tersangka KPK pada Senin.")}
    assert found["KPK"] == "ORG"
    assert find_mentions("Para pelaku UKM binaan dinas itu berkumpul.")[0].type != "PERSON"


def test_a_field_before_a_bodys_acronym_and_a_comma_name() -> None:
    text = "Kepala Bidang Pengkajian dan Manajemen Resiko BKPI , Rahmat Sudiarto mengatakan hal itu."
    found = {m.text: m for m in find_mentions(text)}
    assert found["Rahmat Sudiarto"].role == "Kepala Bidang Pengkajian dan Manajemen Resiko BKPI"
    assert found["BKPI"].type == "ORG"


def test_a_lone_word_after_a_post_and_before_a_lower_case_word_is_no_field() -> None:
    text = "Menurut Direktur Cakrawala untuk kawasan Asia , Budi Hartono , pasar turun."
    named = _named(text, seen=[("Cakrawala", "ORG"), ("Budi Hartono", "PERSON")])
    assert named["Cakrawala"].type == "ORG"


# --- 5. spans on the original offsets -----------------------------------------------------------------

def test_collapsed_spans_are_the_models_own_span_type() -> None:
    def find(text: str) -> list[Span]:
        at = text.index("Rina")
        return [Span(at, at + 9, "PERSON", "Rina Sari")]

    spans = with_single_spaces(find)("Kata   Rina Sari hari ini.")
    assert [(s.start, s.end, s.text) for s in spans] == [(7, 16, "Rina Sari")]
    assert type(spans[0]).__name__ == "NerSpan"


def test_a_factions_part_of_relation_is_in_the_analysis_contract(validate: Any, write: Any) -> None:
    text = ("Jakarta - Fraksi Partai Golkar DPR menolak usulan kenaikan tarif itu dalam rapat paripurna. "
            "Ketua Partai Golkar meminta pemerintah mengkaji ulang rencana tersebut.")
    data = validate(analyze([str(write("fraksi.txt", text))]))
    faction = next(e for e in data["entities"] if e["name"].startswith("Fraksi Partai Golkar"))
    assert [(r["type"], r["name"]) for r in faction["relations"]] == [("part-of", "Partai Golkar")]
