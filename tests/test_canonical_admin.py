"""Run-wide entities: a place or body with or without its administrative level or legal form."""

from __future__ import annotations

import pytest

from warta.corpus.admin_forms import admin_form, region_of
from warta.corpus.entities import canonicalize_entities
from warta.corpus.stories import StoryClusterer
from warta.corpus.story_features import StoryFeatures, entity_key, entity_mentions
from warta.models import Entity, EntityType, Mention


def entity(article: str, number: int, name: str, kind: EntityType, gazetteer_id: str | None = None) -> Entity:
    mention = Mention(article=article, start=10 * number, end=10 * number + len(name), text=name)
    return Entity(id=f"{article}/e{number}", name=name, type=kind, aliases=[name], mentions=[mention],
                  gazetteer_id=gazetteer_id)


def ids(run: list[list[Entity]], *names: str) -> set[str]:
    return {e.id for article in run for e in article if set(names) & set(e.aliases)}


@pytest.mark.parametrize(("a", "b"), [
    ("Dinas Kesehatan Provinsi Sulawesi Tengah", "Dinas Kesehatan Sulawesi Tengah"),
    ("Dinkes Jabar", "Dinas Kesehatan Provinsi Jawa Barat"),
    ("Kab. Garut", "Kabupaten Garut"),
    ("Perum Perhutani", "Perhutani"),
    ("PT Semen Gresik (Persero) Tbk", "Semen Gresik"),
    ("Pemkot Malang", "Pemerintah Kota Malang"),
])
def test_forms_of_one_name_share_their_core(a: str, b: str) -> None:
    form_a, form_b = admin_form(a), admin_form(b)
    assert form_a is not None and form_b is not None
    assert form_a.core == form_b.core


def test_a_level_word_counts_only_before_a_name() -> None:
    city = admin_form("Pemerintah Kota Malang")
    regency = admin_form("Pemerintah Kabupaten Malang")
    assert city is not None and regency is not None
    assert city.core == regency.core and city.levels != regency.levels
    bare = admin_form("Pemerintah Kota")  # a body of no named place keeps its words
    assert bare is not None and bare.core == "pemerintah kota" and bare.levels == ()
    assert admin_form("PT") is None


def test_a_bare_place_joins_the_one_level_the_run_writes() -> None:
    run = [[entity("a1", 1, "Kabupaten Garut", "LOC", "regency:garut"), entity("a1", 2, "Garut", "LOC")],
           [entity("a2", 1, "Kecamatan Cibatu", "LOC")], [entity("a3", 1, "Cibatu", "LOC")]]
    canonicalize_entities(run)
    assert len(ids(run, "Garut", "Kabupaten Garut")) == 1
    assert run[0][1].name == "Kabupaten Garut" and run[0][1].gazetteer_id == "regency:garut"
    assert len(ids(run, "Cibatu", "Kecamatan Cibatu")) == 1
    assert ids(run, "Cibatu") != ids(run, "Garut")


def test_a_city_and_a_regency_of_one_name_stay_two_and_the_bare_name_stays_the_gazetteers() -> None:
    run = [[entity("a1", 1, "Kota Malang", "LOC", "place:malang"),
            entity("a1", 2, "Kabupaten Malang", "LOC", "regency:malang")],
           [entity("a2", 1, "Malang", "LOC", "place:malang")], [entity("a3", 1, "Kab. Malang", "LOC")]]
    canonicalize_entities(run)
    assert ids(run, "Kota Malang") == ids(run, "Malang")
    assert ids(run, "Kabupaten Malang") == ids(run, "Kab. Malang")
    assert ids(run, "Kota Malang") != ids(run, "Kabupaten Malang")


def test_without_a_written_level_the_gazetteers_guess_gives_way() -> None:
    # Only the regency is written in the run: the bare name the gazetteer reads as the city is it.
    run = [[entity("a1", 1, "Kabupaten Malang", "LOC", "regency:malang"),
            entity("a1", 2, "Malang", "LOC", "place:malang")]]
    canonicalize_entities(run)
    assert len(ids(run, "Malang", "Kabupaten Malang")) == 1
    assert run[0][1].gazetteer_id == "regency:malang"


def test_bodies_and_companies_join_without_level_or_legal_form() -> None:
    run = [[entity("a1", 1, "Dinas Kesehatan Provinsi Sulawesi Tengah", "ORG"), entity("a1", 2, "Perum Perhutani", "ORG")],
           [entity("a2", 1, "Dinas Kesehatan Sulawesi Tengah", "ORG"), entity("a2", 2, "Perhutani", "ORG")],
           [entity("a3", 1, "Dinas Kesehatan Sulawesi Selatan", "ORG")]]
    canonicalize_entities(run)
    assert len(ids(run, "Dinas Kesehatan Provinsi Sulawesi Tengah", "Dinas Kesehatan Sulawesi Tengah")) == 1
    assert len(ids(run, "Perum Perhutani", "Perhutani")) == 1
    assert ids(run, "Dinas Kesehatan Sulawesi Selatan") != ids(run, "Dinas Kesehatan Sulawesi Tengah")
    assert run[1][1].name == "Perum Perhutani"


def test_bodies_of_a_city_and_a_regency_stay_two() -> None:
    run = [[entity("a1", 1, "Pemkot Malang", "ORG")], [entity("a2", 1, "Pemerintah Kabupaten Malang", "ORG")],
           [entity("a3", 1, "Pemerintah Kota Malang", "ORG")]]
    canonicalize_entities(run)
    assert ids(run, "Pemkot Malang") == ids(run, "Pemerintah Kota Malang")
    assert ids(run, "Pemkot Malang") != ids(run, "Pemerintah Kabupaten Malang")


def test_story_keys_read_past_levels_and_legal_forms() -> None:
    assert entity_key(entity("a1", 1, "Perum Perhutani", "ORG")) == entity_key(entity("a2", 1, "Perhutani", "ORG"))
    # a bare place the gazetteer knows only with its level is that row, as its full name would be
    assert entity_key(entity("a1", 1, "Donggala", "LOC")) == "regency:donggala"
    assert entity_key(entity("a1", 1, "Kota Tua", "LOC")) != entity_key(entity("a1", 1, "Donggala", "LOC"))


@pytest.mark.parametrize(("body", "region"), [
    ("Dinas Kesehatan Sulawesi Tengah", "place:sulawesi-tengah"), ("Dinkes Sulteng", "place:sulawesi-tengah"),
    ("Polres Donggala", "regency:donggala"), ("Kementerian Kesehatan", None),
])
def test_a_regional_body_tells_its_region(body: str, region: str | None) -> None:
    assert region_of(body) == region


def test_an_article_naming_only_the_regional_office_shares_the_region_with_one_naming_the_province() -> None:
    province = entity("a1", 1, "Sulawesi Tengah", "LOC", "place:sulawesi-tengah")
    office = entity("a2", 1, "Dinas Kesehatan Sulawesi Tengah", "ORG")
    mentions = entity_mentions([province, office])
    assert "place:sulawesi-tengah" in mentions["a1"] and "place:sulawesi-tengah" in mentions["a2"]
    clusterer = StoryClusterer()
    features = [StoryFeatures(article=a, terms={"banjir": 1.0}, entities={k: float(n) for k, (_, n) in m.items()})
                for a, m in mentions.items()]
    for feature in features:
        clusterer._count(feature)
    first, second = (clusterer._profile(f) for f in features)
    assert first.entities.cosine(second.entities) > 0
