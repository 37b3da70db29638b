"""Five small entity and sentence defects that cost events their actors: the police "Pol" after a
rank, Satpol PP, regional agency acronyms before a place, acronyms opening sentences, Bareskrim Polri."""

from __future__ import annotations

from warta.article.entities import find_article_entities
from warta.article.sentences import split_sentences
from warta.models import Entity


def _entities(text: str) -> list[Entity]:
    return find_article_entities(text, use_model=False)


def _named(entities: list[Entity], surface: str) -> Entity | None:
    return next((e for e in entities if any(m.text == surface for m in e.mentions)), None)


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_pol_after_a_rank_is_part_of_the_rank_spaced_dotted_or_bare() -> None:
    spaced = "Kapolda Jenderal Pol . Rudi Hartono meninjau posko banjir di Bekasi. Ia datang pagi."
    assert _sentences(spaced)[0].startswith("Kapolda Jenderal Pol . Rudi Hartono meninjau")
    assert len(_sentences(spaced)) == 2
    for text in (spaced, "Wakapolda Irjen Pol Rudi Hartono meninjau posko banjir di Bekasi.",
                 "Menurut AKBP Pol. Rudi Hartono, posko banjir dibuka sejak Senin."):
        people = [e.name for e in _entities(text) if e.type == "PERSON"]
        assert people == ["Rudi Hartono"], (text, people)


def test_a_spaced_period_after_an_ordinary_word_still_ends_the_sentence() -> None:
    assert len(_sentences("Warga mengungsi ke balai desa . Bantuan tiba sore hari.")) == 2


def test_satpol_pp_is_an_organisation() -> None:
    found = _named(_entities("Petugas Satpol PP membongkar lapak pedagang di trotoar Jalan Sudirman."),
                   "Satpol PP")
    assert found is not None and found.type == "ORG"
    assert found.name == "Satuan Polisi Pamong Praja"


def test_a_regional_agency_before_its_place_stays_an_organisation() -> None:
    entities = _entities("BPBD Lumajang mencatat 40 rumah rusak akibat longsor, Kamis.")
    agency = _named(entities, "BPBD")
    assert agency is not None and agency.type == "ORG"
    assert all(e.type != "LOC" or "BPBD" not in e.name for e in entities)


def test_an_acronym_opening_its_sentences_is_kept() -> None:
    # "KPAD" is in no gazetteer: only its all-capital shape says it is a name.
    text = "KPAD menegur sekolah itu atas perundungan siswa. KPAD meminta kepala sekolah bertindak."
    agency = _named(_entities(text), "KPAD")
    assert agency is not None and agency.type == "ORG" and len(agency.mentions) == 2


def test_a_capitalised_dictionary_word_opening_sentences_is_still_no_name() -> None:
    text = "BANJIR merendam tiga desa. BANJIR juga memutus jalan provinsi."
    assert _named(_entities(text), "BANJIR") is None


def test_bareskrim_polri_is_one_organisation_mention() -> None:
    entities = _entities("Penyidik Bareskrim Polri menahan dua tersangka penipuan daring di Medan.")
    bareskrim = _named(entities, "Bareskrim Polri")
    assert bareskrim is not None and bareskrim.type == "ORG"
    assert _named(entities, "Polri") is None
