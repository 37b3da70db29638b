"""Actor phrases with no name in them: groups, occupations and people named by what befalls them
("ormas", "warganet", "seorang pasien", "semua pihak") head a phrase of their own. Every sentence is
invented."""

from __future__ import annotations

from tests.event_coding import code, of_type, who
from warta.article.actors import MentionIndex
from warta.article.entities import find_article_entities
from warta.article.event_lexicon import tokenize
from warta.article.event_phrases import find_phrases


def phrases(text: str) -> list[str]:
    entities = find_article_entities(text, "a1", use_model=False)
    found = find_phrases(tokenize(text), MentionIndex(entities, "a1"))
    return [text[p.start:p.stop] for p in found]


def test_unnamed_groups_and_people_are_phrases() -> None:
    found = phrases("Sejumlah ormas mendatangi kantor itu, sementara warganet mengecam seorang pasien.")
    assert "Sejumlah ormas" in found, found
    assert "warganet" in found, found
    assert "seorang pasien" in found, found


def test_a_whole_group_opens_its_phrase() -> None:
    assert "semua pihak" in phrases("Ketua panitia mengajak semua pihak menahan diri.")


def test_modifier_after_a_listed_head_stays_in_the_phrase() -> None:
    assert "anggota kelompok radikal" in phrases("Polisi menangkap anggota kelompok radikal di pasar.")


def test_ordinary_nouns_are_still_no_actor() -> None:
    assert phrases("Harga cabai naik tajam di pasar pagi.") == []


def test_warganet_criticising_is_the_source() -> None:
    events = code("Warganet mengecam keputusan panitia lomba itu.")
    assert any(who(e.source) and "warganet" in (who(e.source) or "").lower() for e in events), events


def test_patient_beaten_is_the_target() -> None:
    events = code("Seorang perawat di Bekasi memukul seorang pasien pada Senin malam.")
    hits = of_type(events, "ASSAULT") or events
    assert any("pasien" in (who(e.target) or "") for e in hits), events



def test_country_after_a_city_in_a_pp_is_where_not_who() -> None:
    events = code("Ratusan jemaah umrah asal Indonesia yang tertahan di Kota Jeddah, Arab Saudi, telah "
                  "memprotes agen perjalanan mereka.")
    assert events, events
    assert all(who(e.source) != "Arab Saudi" for e in events), events
    assert any("jemaah" in (who(e.source) or "") for e in events), events


def test_person_after_an_official_in_a_place_still_acts() -> None:
    events = code("Duta besar Indonesia di Kota Riyadh, Budi Santoso, mengecam penahanan dua pekerja migran.")
    assert any(who(e.source) == "Budi Santoso" for e in events), events


def test_title_goes_on_past_its_bracketed_abbreviation_to_the_name() -> None:
    found = phrases("Pelaksana tugas (Plt) Kepala Dinas Kesehatan Kota Padang, Rahmat Hidayat, menegur "
                    "para bidan.")
    assert found[0].startswith("Pelaksana tugas (Plt) Kepala Dinas") and found[0].endswith("Rahmat Hidayat"), found


def test_name_after_a_bracketed_title_is_the_one_named_suspect() -> None:
    events = code("Kejaksaan Negeri Padang menetapkan Kepala Bidang Perizinan (Kabid) Dinas Perhubungan "
                  "Padang, Sutrisno Wibowo sebagai tersangka.")
    assert any(who(e.target) == "Sutrisno Wibowo" for e in events), events


def test_bracketed_title_with_no_name_after_it_stays_a_description() -> None:
    found = phrases("Pelaksana tugas (Plt) Kepala Dinas Kesehatan Kota Padang menegur para bidan.")
    assert not any("," in phrase for phrase in found), found
