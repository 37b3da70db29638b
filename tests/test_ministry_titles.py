"""Ministers' short titles and ministries' English names from the field table, read in articles."""

from __future__ import annotations

import pytest

from warta.article.entities import find_article_entities
from warta.article.lexicon import lexicon
from warta.article.ministry_english import english_names
from warta.article.ministry_fields import ministry_fields
from warta.article.role_forms import full_form
from warta.article.tokens import key_of
from warta.corpus.entities import canonicalize_entities
from warta.models import Entity


def _person(entities: list[Entity], name: str) -> Entity:
    return next(e for e in entities if e.type == "PERSON" and e.name == name)


@pytest.mark.parametrize(("short", "field"), [
    ("Menteri BUMN", "Badan Usaha Milik Negara"),
    ("Menteri ESDM", "Energi dan Sumber Daya Mineral"),
    ("Menteri KP", "Kelautan dan Perikanan"),
    ("Menteri LHK", "Lingkungan Hidup dan Kehutanan"),
    ("Menteri PUPR", "Pekerjaan Umum dan Perumahan Rakyat"),
    ("Menteri ATR/BPN", "Agraria dan Tata Ruang"),
    ("Menteri Kominfo", "Komunikasi dan Informatika"),
    ("Menkomdigi", "Komunikasi dan Digital"),
])
def test_a_short_title_stands_for_the_ministers_full_title(short: str, field: str) -> None:
    assert full_form(short) == f"Menteri {field}"


def test_every_short_title_of_the_table_is_a_title_the_finder_reads() -> None:
    titles = lexicon().roles
    for row in ministry_fields():
        for short in (*row.minister, *row.deputy):
            assert titles[key_of(short)].kind == "title"


@pytest.mark.parametrize(("sentence", "person", "role"), [
    ("Menteri KP Sakti Wirayuda meninjau pelabuhan ikan di pesisir utara, Kamis.",
     "Sakti Wirayuda", "Menteri Kelautan dan Perikanan"),
    ("Wamen BUMN Rudi Kartanegara hadir dalam rapat umum pemegang saham.",
     "Rudi Kartanegara", "Wakil Menteri Badan Usaha Milik Negara"),
    ("Menkomdigi Ratna Sari meminta platform menghapus konten judi dalam dua hari.",
     "Ratna Sari", "Menteri Komunikasi dan Digital"),
])
def test_a_minister_introduced_by_a_short_title_holds_both_forms(sentence: str, person: str, role: str) -> None:
    roles = _person(find_article_entities(sentence), person).roles
    assert role in roles and len(roles) == 2


@pytest.mark.parametrize(("indonesian", "english"), [
    ("Kementerian Badan Usaha Milik Negara", "Ministry of State-Owned Enterprises"),
    ("Kementerian Energi dan Sumber Daya Mineral", "Ministry of Energy and Mineral Resources"),
    ("Kementerian Kelautan dan Perikanan", "Ministry of Marine Affairs and Fisheries"),
    ("Kementerian Lingkungan Hidup dan Kehutanan", "Ministry of Environment and Forestry"),
    ("Kementerian Pekerjaan Umum dan Perumahan Rakyat", "Ministry of Public Works and Public Housing"),
    ("Kementerian Agraria dan Tata Ruang", "Ministry of Agrarian Affairs and Spatial Planning"),
    ("Kementerian Komunikasi dan Informatika", "Ministry of Communication and Information"),
    ("Kementerian Hukum dan Hak Asasi Manusia", "Law and Human Rights Ministry"),
    ("Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
     "Ministry of Administrative and Bureaucratic Reform"),
])
def test_a_ministry_takes_the_english_names_of_its_field(indonesian: str, english: str) -> None:
    assert english in english_names(indonesian, "ID")


def test_the_energy_minister_and_his_ministry_join_the_english_articles_ministry() -> None:
    indonesian = find_article_entities(
        "Menteri ESDM Bahlil Lahadalia mengatakan harga gas untuk industri tidak naik tahun ini. "
        "Kementerian ESDM akan menyurati para pemasok pekan depan.", "a1")
    english = find_article_entities(
        "Indonesia's Ministry of Energy and Mineral Resources said on Monday that gas prices for "
        "factories would stay unchanged this year.", "a2", lang="en")
    assert _person(indonesian, "Bahlil Lahadalia").roles == ["Menteri ESDM", "Menteri Energi dan Sumber Daya Mineral"]
    ministry = next(e for e in indonesian if e.type == "ORG")
    assert ministry.name == "Kementerian Energi dan Sumber Daya Mineral"
    canonicalize_entities([indonesian, english])
    in_english = next(e for e in english if "Ministry of Energy and Mineral Resources" in e.aliases)
    assert in_english.id == ministry.id
