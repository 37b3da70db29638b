"""Entity fix 23: leftovers of fixes 21 and 22 (sentences written for these tests).

A word for a club's supporters ("Fans", "Forza", "Ultras", "pendukung" …) opening or closing a name
makes a group of fans, never a person; a hyphened role word after a title ("Co-Founder") is the
role's, never a body."""

from __future__ import annotations

import pytest

from warta.article.entities import find_article_entities


def _types(text: str, use_model: bool = True) -> dict[str, str]:
    return {e.name: e.type for e in find_article_entities(text, use_model=use_model)}


# --- supporters' groups

@pytest.mark.parametrize("use_model", [False, True])
@pytest.mark.parametrize("group", ["Fans Persikabo", "Forza Sampdoria", "Ultras Fiorentina",
                                   "Sampdoria Ultras"])
def test_a_supporters_group_is_no_person(group: str, use_model: bool) -> None:
    found = _types(f"Menjelang laga malam itu {group} menyalakan suar di tribun selatan. Petugas "
                   "memadamkannya dalam beberapa menit.", use_model)
    assert found.get(group) == "ORG"


def test_a_group_named_after_the_club_stays_apart_from_the_club() -> None:
    found = _types("Fans Persikabo berkumpul di alun-alun sejak sore. Persikabo sendiri berlatih tertutup.")
    assert found.get("Fans Persikabo") == "ORG"
    assert found.get("Persikabo") is not None


def test_a_person_whose_name_is_a_fan_word_keeps_their_type() -> None:
    found = _types("Aktris Fan Bingbing menghadiri pemutaran film di Cannes. Fan tampil memukau.")
    assert found.get("Fan Bingbing") == "PERSON"


# --- a hyphened role word

@pytest.mark.parametrize("use_model", [False, True])
def test_a_hyphened_role_word_is_part_of_the_role(use_model: bool) -> None:
    found = {e.name: e for e in find_article_entities(
        "Layanan itu tumbuh pesat, kata Direktur dan Co-Founder Tokonusa Rahmat Hidayat di Bandung.", use_model=use_model)}
    assert "Co-Founder" not in found
    holder = next(e for e in found.values() if e.name.endswith("Rahmat Hidayat"))
    assert holder.type == "PERSON"
    assert any("Co-Founder" in role for role in holder.roles)
