"""Run-wide entities: short forms of people's names, one name typed differently by articles."""

from __future__ import annotations

import pytest

from warta.corpus.entities import canonicalize_entities
from warta.corpus.name_forms import is_clipped_name, is_leading_part
from warta.models import Entity, EntityType, Mention


def entity(article: str, number: int, name: str, kind: EntityType, mentions: int = 1,
           aliases: tuple[str, ...] = ()) -> Entity:
    found = [Mention(article=article, start=10 * n, end=10 * n + len(name), text=name) for n in range(mentions)]
    return Entity(id=f"{article}/e{number}", name=name, type=kind, aliases=[name, *aliases], mentions=found)


def ids(run: list[list[Entity]], name: str) -> set[str]:
    return {e.id for article in run for e in article if name in e.aliases}


@pytest.mark.parametrize(("short", "full"), [
    ("Setnov", "Setya Novanto"), ("Jokowi", "Joko Widodo"), ("Zulhas", "Zulkifli Hasan"),
    ("SBY", "Susilo Bambang Yudhoyono"),
])
def test_clipped_compounds_and_initials(short: str, full: str) -> None:
    assert is_clipped_name(short, full.split())


@pytest.mark.parametrize(("short", "full"), [
    ("Setya", "Setya Novanto"), ("Novanto", "Setya Novanto"), ("Rudi", "Rudi Hartono"), ("Maro", "Marc Rossi"),
    ("SB", "Susilo Bambang Yudhoyono"), ("Hasan", "Zulkifli Hasan"),
])
def test_a_given_name_or_surname_is_no_clipped_compound(short: str, full: str) -> None:
    assert not is_clipped_name(short, full.split())


def test_leading_part_keeps_two_words_at_least() -> None:
    assert is_leading_part(["Sufmi", "Dasco"], ["Sufmi", "Dasco", "Ahmad"])
    assert not is_leading_part(["Sufmi"], ["Sufmi", "Dasco", "Ahmad"])
    assert not is_leading_part(["Dasco", "Ahmad"], ["Sufmi", "Dasco", "Ahmad"])


def test_a_nickname_joins_the_one_person_it_shortens() -> None:
    run = [[entity("a1", 1, "Setya Novanto", "PERSON", 3), entity("a1", 2, "Setnov", "PERSON", 8)],
           [entity("a2", 1, "Budi Sulistyo", "PERSON")]]
    canonicalize_entities(run)
    assert len(ids(run, "Setnov") | ids(run, "Setya Novanto")) == 1
    assert run[0][1].name == "Setya Novanto"
    assert ids(run, "Budi Sulistyo") != ids(run, "Setnov")


def test_a_nickname_two_people_can_have_joins_neither() -> None:
    run = [[entity("a1", 1, "Joko Widodo", "PERSON"), entity("a1", 2, "Jokowi", "PERSON")],
           [entity("a2", 1, "Joko Wiranto", "PERSON")]]
    canonicalize_entities(run)
    assert len(ids(run, "Jokowi") | ids(run, "Joko Widodo") | ids(run, "Joko Wiranto")) == 3


def test_a_name_without_its_last_part_joins_the_full_name() -> None:
    run = [[entity("a1", 1, "Sufmi Dasco Ahmad", "PERSON"), entity("a1", 2, "Sufmi Dasco", "PERSON", 3)]]
    canonicalize_entities(run)
    assert len(ids(run, "Sufmi Dasco") | ids(run, "Sufmi Dasco Ahmad")) == 1


def test_one_name_typed_differently_is_one_entity_of_the_majority_type() -> None:
    run = [[entity("a1", 1, "Persija", "PERSON", 3)], [entity("a2", 1, "Persija", "ORG", 2)],
           [entity("a3", 1, "Persija", "ORG", 9)],
           [entity("a4", 1, "Sirkuit Mandalika", "LOC", aliases=("MANDALIKA",))],
           [entity("a5", 1, "Mandalika", "OTHER")]]
    canonicalize_entities(run)
    persija = {e.id: e.type for article in run[:3] for e in article}
    assert len(persija) == 1 and set(persija.values()) == {"ORG"}
    assert run[3][0].id == run[4][0].id and run[4][0].type == "LOC"


def test_short_names_and_person_aliases_do_not_join_across_types() -> None:
    run = [[entity("a1", 1, "AS", "LOC")], [entity("a2", 1, "AS", "ORG")],
           [entity("a3", 1, "Setya Novanto", "PERSON", aliases=("Setya",))], [entity("a4", 1, "Setya", "ORG")]]
    canonicalize_entities(run)
    assert run[0][0].id != run[1][0].id
    assert run[2][0].id != run[3][0].id


def test_a_country_abbreviation_inside_an_organisation_name_is_written_out() -> None:
    usa = entity("a1", 1, "Amerika Serikat", "LOC", aliases=("AS",))
    usa.gazetteer_id = "country:us"
    run = [[usa, entity("a1", 2, "Kedutaan Besar AS", "ORG")],
           [entity("a2", 1, "Kedutaan Besar Amerika Serikat", "ORG"), entity("a2", 2, "Kedutaan Besar Rusia", "ORG")]]
    canonicalize_entities(run)
    assert run[0][1].id == run[1][0].id != run[1][1].id
    assert run[0][1].name == "Kedutaan Besar Amerika Serikat"


def test_an_outlet_domain_is_the_outlet_name() -> None:
    run = [[entity("a1", 1, "kabarkota.co.id", "ORG")], [entity("a2", 1, "Kabar Kota", "ORG")],
           [entity("a3", 1, "Kota Kabar", "ORG")]]
    canonicalize_entities(run)
    assert run[0][0].id == run[1][0].id != run[2][0].id


def test_a_place_glued_before_a_full_name_is_that_person_but_another_name_is_not() -> None:
    run = [[entity("a1", 1, "Carles Puigdemont", "PERSON", 4), entity("a1", 2, "Catalunya", "LOC")],
           [entity("a2", 1, "Catalunya Carles Puigdemont", "PERSON", 2)],
           [entity("a3", 1, "Joko Widodo", "PERSON"), entity("a3", 2, "Iriana Joko Widodo", "PERSON")]]
    canonicalize_entities(run)
    assert run[0][0].id == run[1][0].id and run[1][0].name == "Carles Puigdemont"
    assert run[2][0].id != run[2][1].id
