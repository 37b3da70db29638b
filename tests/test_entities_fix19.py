"""Entity fix 19: a dictionary root opening a sentence and heading a noun phrase there is no name;
names listed after a brand's noun are bodies (sentences written for these tests)."""

from __future__ import annotations

import pytest

from warta.article.common_words import _stemmer_and_roots
from warta.article.entities import find_article_entities

pytestmark = pytest.mark.skipif(_stemmer_and_roots() is None, reason="Sastrawi (the root dictionary) is not installed")


def _names(text: str) -> dict[str, str]:
    return {e.name: e.type for e in find_article_entities(text)}


@pytest.mark.parametrize("text, word", [
    ("Gubernur Anies Baswedan tiba di sekolah itu pukul 09.00. Riuh pikuk murid-murid juga menyambut "
     "kedatangan Anies. Ia lalu berpidato.", "Riuh"),
    ("Wali Kota Bima Arya datang ke pasar. Hiruk pikuk pedagang menyambut Bima di gerbang.", "Hiruk"),
])
def test_a_root_heading_a_noun_phrase_at_a_sentence_start_is_no_name(text: str, word: str) -> None:
    found = _names(text)
    assert word not in found
    assert any(t == "PERSON" for t in found.values())  # the person of the article is still there


@pytest.mark.parametrize("text, name", [
    ("Warga berkumpul di balai desa. Budi datang paling awal.", "Budi"),
    ("Warga berkumpul di balai desa. Agus kini bekerja di Jakarta.", "Agus"),
    ("Warga berkumpul di balai desa. Sandi berjanji membangun jembatan baru.", "Sandi"),
])
def test_a_given_name_that_is_a_root_stays_a_person_before_its_verb(text: str, name: str) -> None:
    assert _names(text).get(name) == "PERSON"


def test_a_root_seen_with_a_surname_stays_a_person() -> None:
    found = _names("Hiruk Sutrisno, pedagang sayur, menutup lapaknya. Hiruk pikuk pembeli reda sore itu.")
    assert found.get("Hiruk Sutrisno") == "PERSON"


# --- brands listed after a brand's noun are bodies

@pytest.mark.parametrize("text, brands", [
    ("Butik itu menjual label busana mewah seperti Gucci, Prada, dan Tom Ford. Pembelinya kebanyakan turis.",
     ["Tom Ford"]),
    ("Rumah mode Christian Dior dan Tom Ford membuka gerai baru di Jakarta pekan ini.",
     ["Christian Dior", "Tom Ford"]),
])
def test_names_listed_after_a_brand_noun_are_bodies(text: str, brands: list[str]) -> None:
    found = _names(text)
    assert all(found.get(brand) == "ORG" for brand in brands)


def test_a_post_before_a_listed_brand_makes_no_person() -> None:
    found = find_article_entities("Merek tas Michael Kors laris di Asia. Presiden Michael Kors mengatakan "
                                  "penjualan naik dua kali lipat.")
    assert not any(e.type == "PERSON" for e in found)
    assert any(e.name == "Michael Kors" and e.type == "ORG" and not e.roles for e in found)


@pytest.mark.parametrize("text", [
    "Sepatu itu dibuat oleh merek milik Anton Wijaya. Anton Wijaya kini membuka toko kedua.",
    "Label yang didirikan Anton Wijaya laris di pasar ekspor.",
    "Ia menyukai merek itu. Anton Wijaya lalu membeli dua pasang.",
])
def test_an_owner_or_a_later_subject_stays_a_person(text: str) -> None:
    assert _names(text).get("Anton Wijaya") == "PERSON"
