"""Names of competitions and fairs that end with what they are ("SEA Games", "Indonesia Open") are
events, not people. Sentences written for these tests (fictional results)."""

from __future__ import annotations

from warta.article.entities import find_article_entities

TEXT = ("Tim dayung Indonesia meraih tiga medali emas di SEA Games 2025 di Bangkok. Sebelumnya para atlet "
        "tampil di Asian Games dan di Indonesia Open tanpa medali. Pelatih kepala Rudi Hartanto mengaku puas. "
        "Ribuan pelari mengikuti Jakarta Marathon pada Minggu pagi.")


def types_of(text: str) -> dict[str, str]:
    return {e.name: e.type for e in find_article_entities(text, "a1", use_model=False)}


def test_names_ending_with_an_event_word_are_events() -> None:
    types = types_of(TEXT)
    assert types["SEA Games"] == "EVENT"
    assert types["Asian Games"] == "EVENT"
    assert types["Indonesia Open"] == "EVENT"
    assert types["Jakarta Marathon"] == "EVENT"


def test_the_place_and_the_person_keep_their_types() -> None:
    types = types_of(TEXT)
    assert types["Rudi Hartanto"] == "PERSON"
    assert types["Bangkok"] == "LOC"
    assert types["Indonesia"] == "LOC"  # the country alone is still a place


def test_an_event_word_alone_names_nothing() -> None:
    # "Open" opening a sentence, or "Games" alone, is no event of its own.
    assert "Games" not in types_of("Pertandingan itu disiarkan langsung. Games dimulai pukul tujuh malam.")


def test_sports_bodies_and_venues_have_their_types() -> None:
    types = types_of("Para atlet berlaga di Shah Alam. Satlak Prima dan KONI menyiapkan bonus bagi peraih "
                     "medali. Alhamdulilah, hasilnya sesuai target.")
    assert types["Shah Alam"] == "LOC"
    assert types["Satlak Prima"] == "ORG"
    assert types["Komite Olahraga Nasional Indonesia"] == "ORG"  # KONI, by its full name
    assert "Alhamdulilah" not in types
