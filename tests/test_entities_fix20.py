"""Entity fix 20: leftovers of acceptance run 11 on unseen text (sentences written for these tests).

A state abroad that is also a given name, a brand spelt like a rank, a noun of
the one who uses or buys a brand opening a run before it, and a short form after "Kepala" that its
sentence spells out as a body."""

from __future__ import annotations

import pytest

from warta.article.common_words import _stemmer_and_roots
from warta.article.entities import find_article_entities
from warta.article.model_spans import model

needs_model = pytest.mark.skipif(model() is None, reason="the NER model (spaCy and its weights) is not installed")
needs_roots = pytest.mark.skipif(_stemmer_and_roots() is None, reason="Sastrawi (the root dictionary) is not installed")


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type for e in find_article_entities(text)}


# --- a city the gazetteer now knows

def test_an_australian_city_in_a_dateline_is_a_place() -> None:
    found = _types("GOLD COAST, JUARA.net-Tim bulu tangkis Indonesia tiba di final. Laga digelar di Gold Coast.")
    assert found.get("Gold Coast") == "LOC"


# --- a state abroad whose name is also a person's given name

@needs_model
def test_a_province_abroad_after_a_word_of_place_stays_a_place() -> None:
    assert _types("Gempa kecil mengguncang kota di Batman, Turki tenggara, pada Senin pagi.").get("Batman") == "LOC"


@needs_model
@pytest.mark.parametrize("text", [
    "Peragaan busana itu diramaikan desainer Calvin Klein, Tommy Hilfiger, sampai Victoria Beckham.",
    "Pemain Inggris David Beckham datang bersama istrinya, Victoria Beckham, ke pesta itu.",
])
def test_a_state_name_before_a_surname_is_a_persons_given_name(text: str) -> None:
    assert _types(text).get("Victoria Beckham") == "PERSON"


@needs_model
def test_a_state_with_a_compass_word_stays_a_place() -> None:
    found = _types("Kebakaran hutan meluas di negara bagian Victoria, Australia, sejak pekan lalu.")
    assert found.get("Victoria") == "LOC"


# --- a brand spelt like a rank, in a list after a brand's noun

@pytest.mark.parametrize("text", [
    "Butik itu menjual label busana mewah seperti Gucci, Prada, dan Tom Ford.",
    "Artis itu menenteng tas merek Prada saat tiba di bandara.",
])
def test_a_listed_brand_spelt_like_a_rank_is_a_body(text: str) -> None:
    assert _types(text).get("Prada") == "ORG"


def test_the_rank_before_a_soldiers_name_stays_his_rank() -> None:
    found = find_article_entities("Prada Budi Santoso terluka dalam latihan menembak di markas batalyon.")
    assert any(e.name == "Budi Santoso" and e.type == "PERSON" and "Prada" in e.roles for e in found)


# --- a noun of the one who uses or owns a brand, opening a sentence

@needs_model
@needs_roots
@pytest.mark.parametrize("noun", ["Pengguna", "Penyewa"])
def test_a_users_noun_before_a_brand_makes_no_person(noun: str) -> None:
    found = _types(f"Bengkel resmi kini dikelola perusahaan baru. {noun} Ford tidak perlu khawatir soal suku "
                   "cadang mobilnya.")
    assert not any(name.startswith(noun) for name in found)


# --- a short form after a head's title that its sentence spells out as a body

@needs_roots
@pytest.mark.parametrize("text, short", [
    ("Pada 1970-an ia menjabat Kepala Opsus atau Operasi Khusus di bawah presiden.", "Opsus"),
    ("Ia lalu diangkat menjadi Kepala Pusdik (Pusat Pendidikan) di kota itu.", "Pusdik"),
    ("Ia pernah menjadi Wakil Kepala Bakin (sekarang BIN) selama tiga tahun.", "Bakin"),
])
def test_a_short_form_spelt_out_as_a_body_is_no_person(text: str, short: str) -> None:
    found = find_article_entities(text)
    assert not any(e.type == "PERSON" for e in found)
    assert any(e.name == short and e.type == "ORG" for e in found)


@pytest.mark.parametrize("text", [
    "Presiden Jokowi atau Joko Widodo meresmikan jembatan itu kemarin.",
    "Ketua Sandi (kini Gubernur DKI) datang ke acara itu.",
])
def test_a_persons_short_name_spelt_out_stays_a_person(text: str) -> None:
    assert any(e.type == "PERSON" for e in find_article_entities(text))
