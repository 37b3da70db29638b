"""Event locations at venues the entity layer types as organisations, and the palaces' own rows."""

from __future__ import annotations

from tests.test_events_context import code_with, entity
from warta.article.entities import find_article_entities
from warta.article.event_venues import is_venue, venue_words
from warta.models import Event


def located(events: list[Event], kind: str | None = None) -> list[str | None]:
    """The locations of the events of one type (of every event when ``kind`` is None)."""
    return [e.location.name if e.location else None for e in events if kind in (None, e.type)]


def test_venue_words_are_read_from_the_data_file() -> None:
    words = venue_words()
    assert {"istana", "pengadilan", "mapolda", "stadion", "rutan"} <= words
    assert is_venue("Polresta Bandar Lampung") and not is_venue("Komisi Pemberantasan Korupsi")


def test_a_court_typed_as_an_organisation_is_where_a_trial_act_happens() -> None:
    text = "Jaksa menuntut mantan bupati itu lima tahun penjara di Pengadilan Tipikor Semarang, Kamis."
    events = code_with(text, entity(text, "ORG", "Pengadilan Tipikor Semarang", "Pengadilan Tipikor Semarang"))
    assert events and located(events) == ["Pengadilan Tipikor Semarang"] * len(events)


def test_a_police_headquarters_keeps_the_province_named_after_it() -> None:
    text = "Penyidik memeriksa kepala desa itu di Mapolda Sulawesi Selatan pada Senin."
    events = code_with(text, entity(text, "ORG", "Mapolda", "Mapolda"),
                       entity(text, "LOC", "Sulawesi Selatan", "Sulawesi Selatan"))
    assert events and located(events) == ["Mapolda Sulawesi Selatan"] * len(events)


def test_a_venue_misread_as_a_person_is_still_a_place() -> None:
    text = "Polisi menangkap dua pencopet di Stadion Mandala Krida, Sabtu malam."
    events = code_with(text, entity(text, "PERSON", "Stadion Mandala", "Stadion Mandala"))
    assert events and all("Stadion Mandala" in (place or "") for place in located(events))


def test_a_body_named_alone_is_no_venue() -> None:
    text = "Rancangan aturan itu masih dibahas di DPR, sementara Menteri Hukum menemui para ahli."
    events = code_with(text, entity(text, "ORG", "Dewan Perwakilan Rakyat", "DPR"),
                       entity(text, "PERSON", "Menteri Hukum", "Menteri Hukum"))
    assert all(place is None for place in located(events, "CONSULT"))
    text = "Menteri Hukum menemui para ahli di Gedung DPR pada Rabu."
    events = code_with(text, entity(text, "ORG", "Dewan Perwakilan Rakyat", "DPR"),
                       entity(text, "PERSON", "Menteri Hukum", "Menteri Hukum"))
    assert located(events, "CONSULT") == ["Gedung DPR"]


def test_the_bogor_and_state_palaces_are_buildings_of_their_own() -> None:
    text = ("Presiden menerima para gubernur di Istana Bogor. Sepekan kemudian ia melantik duta besar "
            "di Istana Negara, lalu kembali berkantor di Istana Merdeka.")
    found = {e.name: e for e in find_article_entities(text, "a1", use_model=False)}
    palaces = [found[name].gazetteer_id for name in ("Istana Bogor", "Istana Negara", "Istana Merdeka")
               if name in found]
    assert palaces == ["office:istana-bogor", "office:istana-negara", "office:istana-merdeka"]
    for name in ("Istana Bogor", "Istana Negara"):  # each stands for the presidency, as Istana Merdeka does
        assert any(r.type == "metonym-of" and r.name == "Indonesia" for r in found[name].relations)


def test_a_place_of_another_clause_is_not_where_the_act_happens() -> None:
    text = "Sopir itu dirawat di Rumah Sakit Harapan Kita, sedangkan polisi menangkap pemilik truk."
    events = code_with(text, entity(text, "ORG", "Rumah Sakit Harapan Kita", "Rumah Sakit Harapan Kita"))
    assert events and located(events, "COERCE") == [None]
    text = "Di Rumah Sakit Harapan Kita, polisi menangkap pemilik truk."
    events = code_with(text, entity(text, "ORG", "Rumah Sakit Harapan Kita", "Rumah Sakit Harapan Kita"))
    assert located(events, "COERCE") == ["Rumah Sakit Harapan Kita"]
