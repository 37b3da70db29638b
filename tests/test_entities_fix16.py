"""Entity fix 16: finance terms, an officer across reports, clubs in match reports (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from warta.article.entities import find_article_entities
from warta.article.surname_links import roles_part
from warta.corpus.entities import canonicalize_entities


def _typed(text: str) -> dict[str, str]:
    return {e.name: e.type for e in find_article_entities(text)}


@pytest.mark.parametrize("text, term", [
    ("Bank sentral menahan suku bunga acuan atau Reverse Repo Rate di level 4,75 persen bulan ini.",
     "Reverse Repo Rate"),
    ("Analis memperkirakan Bond Yield obligasi negara bertenor sepuluh tahun turun pekan depan.", "Bond Yield"),
])
def test_a_finance_term_is_no_person(text: str, term: str) -> None:
    assert _typed(text).get(term) != "PERSON"


def test_a_name_before_a_finance_word_alone_stays() -> None:
    found = _typed("Gubernur Bank Sentral Hartono Sumadi menaikkan suku bunga pekan lalu.")
    assert found.get("Hartono Sumadi") == "PERSON"


def test_an_officer_with_his_post_parts_from_a_president() -> None:
    assert roles_part("Komandan Armada Laksamana Madya", "Presiden")
    assert roles_part("Laksamana Madya", "Presiden")
    assert not roles_part("Menko Polhukam Jenderal (Purn)", "Menko Polhukam")
    assert not roles_part("Komandan Armada Laksamana Madya", "Komandan Armada")


def test_an_officer_of_one_report_is_not_the_president_of_another() -> None:
    president = find_article_entities("Presiden Joko Widodo meresmikan jembatan baru di Kupang pada Senin.")
    officer = find_article_entities("Komandan Armada Laksamana Madya Widodo memimpin latihan gabungan di "
                                    "Selat Sunda. Widodo mengatakan latihan berjalan lancar.")
    canonicalize_entities([president, officer])
    joko = next(e for e in president if e.name == "Joko Widodo")
    lone = next(e for e in officer if e.type == "PERSON")
    assert lone.id != joko.id
    assert lone.gazetteer_id is None


def test_a_bare_surname_of_another_report_still_joins() -> None:
    president = find_article_entities("Presiden Joko Widodo meresmikan jembatan baru di Kupang pada Senin.")
    other = find_article_entities("Kunjungan itu, menurut Widodo, sudah direncanakan sejak tahun lalu.")
    canonicalize_entities([president, other])
    ids = {e.id for e in president + other if "Widodo" in e.name}
    assert len(ids) == 1


@pytest.mark.parametrize("text, club", [
    ("Fiorentina menang 2-1 melawan Torino pada laga lanjutan Serie A.", "Torino"),
    ("Fiorentina menang 2-1 melawan Torino pada laga lanjutan Serie A.", "Fiorentina"),
    ("Laga Sampdoria kontra Fiorentina berakhir imbang 1 - 1 di Genoa.", "Fiorentina"),
])
def test_a_one_word_club_in_a_match_report(text: str, club: str) -> None:
    assert _typed(text).get(club) == "ORG"


def test_people_set_against_each_other_without_a_score_stay_people() -> None:
    found = _typed("Dalam debat semalam, Sutrisno melawan Hartawan dengan argumen soal anggaran desa.")
    assert found.get("Hartawan") == "PERSON"


def test_initials_ps_inside_a_person_name_stay_the_name() -> None:
    # "PS" is also a common pair of initials; as a club head it broke "Bambang PS Brodjonegoro" (dev speakers)
    found = _typed("Menteri Keuangan Bambang PS Brodjonegoro mengatakan defisit anggaran masih aman.")
    assert found.get("Bambang PS Brodjonegoro") == "PERSON"
