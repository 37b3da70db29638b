"""Entities: titles and roles, in-article coreference, metonyms, run-wide canonical entities."""

from __future__ import annotations

from typing import Any

import pytest

from warta.article.entities import find_article_entities
from warta.article.model_spans import combine
from warta.article.names import same_person, similar
from warta.corpus.entities import canonicalize_entities
from warta.models import Analysis, Entity


def by_name(entities: list[Entity]) -> dict[str, Entity]:
    return {e.name: e for e in entities}


def texts(entity: Entity) -> list[str]:
    return [m.text for m in entity.mentions]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Menteri Luar Negeri Rusia Sergei Lavrov tiba di Bali.", "Sergei Lavrov", "Menteri Luar Negeri Rusia"),
        ("Hal itu disampaikan juru bicara Kremlin Dmitry Peskov kepada wartawan.", "Dmitry Peskov", "juru bicara Kremlin"),
        ("Direktur CIA, William Burns, tiba di Ankara.", "William Burns", "Direktur CIA"),
        ("Sekretaris Jenderal PBB Antonio Guterres mendesak gencatan senjata.", "Antonio Guterres", "Sekretaris Jenderal PBB"),
        ("Brigjen. Jenderal Pat Ryder mengatakan pengiriman dimulai.", "Pat Ryder", "Brigjen. Jenderal"),
        ("Presiden Amerika Serikat, Joe Biden menandatangani paket itu.", "Joe Biden", "Presiden Amerika Serikat"),
        ("Direktur Badan Intelijen Pusat Amerika Serikat (CIA) William Burns bertemu mitranya.", "William Burns", "Direktur CIA"),
        ("Duta Besar Rusia untuk AS Anatoly Antonov memperingatkan Washington.", "Anatoly Antonov", "Duta Besar Rusia untuk AS"),
        ("Pengamat hubungan internasional Universitas Nusa Bangsa, Andika Pratama, menilai.", "Andika Pratama",
         "Pengamat hubungan internasional Universitas Nusa Bangsa"),
        ("CIA Director William Burns made no remarks.", "William Burns", "CIA Director"),
    ],
)
def test_title_grammar_gives_role_and_name(text: str, name: str, role: str) -> None:
    person = by_name(find_article_entities(text))[name]
    assert person.type == "PERSON"
    assert role in person.roles
    assert texts(person)[0] == name  # the name span, without the title


def test_role_organisation_is_a_mention_with_a_role_in_relation() -> None:
    entities = by_name(find_article_entities("Menteri Luar Negeri Rusia Sergei Lavrov tiba."))
    russia, lavrov = entities["Rusia"], entities["Sergei Lavrov"]
    assert russia.kb_id == "Q159" and texts(russia) == ["Rusia"]
    assert [(r.type, r.target) for r in lavrov.relations] == [("role-in", russia.id)]


def test_title_without_a_name_is_not_a_person() -> None:
    entities = find_article_entities("Burns pernah menjabat Duta Besar AS untuk Rusia pada 2005.")
    assert "Duta Besar" not in by_name(entities)
    assert {"Amerika Serikat", "Rusia"} <= set(by_name(entities))


def test_surname_resolves_to_full_name_before_and_after() -> None:
    text = "Lavrov tiba lebih awal. Menteri Luar Negeri Rusia Sergei Lavrov lalu bertemu wartawan. Lavrov menolak."
    lavrov = by_name(find_article_entities(text))["Sergei Lavrov"]
    assert texts(lavrov) == ["Lavrov", "Sergei Lavrov", "Lavrov"]


def test_first_name_short_form_and_unknown_person() -> None:
    text = "Peneliti Pusat Kajian Eurasia, Rina Kartikasari, menilai itu. Menurut Rina, publik perlu menunggu."
    rina = by_name(find_article_entities(text))["Rina Kartikasari"]
    assert texts(rina) == ["Rina Kartikasari", "Rina"]
    assert rina.kb_id is None


def test_acronyms_defined_in_parentheses_link_to_full_form() -> None:
    text = ("Amerika Serikat (AS) dan Institute for the Study of War (ISW) sepakat. "
            "Laporan ISW menyebut AS lambat. Pusat Kajian Eurasia (PKE) juga. PKE menolak.")
    entities = by_name(find_article_entities(text))
    assert texts(entities["Amerika Serikat"]) == ["Amerika Serikat", "AS", "AS"]
    assert texts(entities["Institute for the Study of War"]) == ["Institute for the Study of War", "ISW", "ISW"]
    assert texts(entities["Pusat Kajian Eurasia"]) == ["Pusat Kajian Eurasia", "PKE", "PKE"]


def test_metonyms_stay_themselves_and_point_at_the_government() -> None:
    text = "Kremlin membantah. Washington menuduh Moskow. Gedung Putih diam. Rusia dan AS bersitegang."
    entities = by_name(find_article_entities(text))
    for name, country in [("Kremlin", "Rusia"), ("Washington", "Amerika Serikat"), ("Moskow", "Rusia"),
                          ("Gedung Putih", "Amerika Serikat")]:
        relation = entities[name].relations[0]
        assert (relation.type, relation.name, relation.target) == ("metonym-of", country, entities[country].id)
    assert texts(entities["Rusia"]) == ["Rusia"]  # not merged away


def test_place_use_of_a_capital_is_not_a_metonym() -> None:
    entities = by_name(find_article_entities("Pertemuan digelar di Ankara, Turki, pekan ini."))
    assert entities["Ankara"].relations == []


def test_case_variants_and_abbreviations_share_the_gazetteer_row() -> None:
    entities = by_name(find_article_entities("WASHINGTON - Pejabat Washington dan PBB bertemu Perserikatan Bangsa-Bangsa."))
    assert texts(entities["Washington"]) == ["WASHINGTON", "Washington"]
    assert entities["Perserikatan Bangsa-Bangsa"].kb_id == "Q1065"
    assert len(entities["Perserikatan Bangsa-Bangsa"].mentions) == 2


def test_lower_case_words_are_not_abbreviations() -> None:
    names = by_name(find_article_entities("Ia datang as usual, seperti biasa, ke kantor."))
    assert "Amerika Serikat" not in names


def test_generic_ministry_followed_by_a_country_is_that_country_s() -> None:
    names = by_name(find_article_entities("Kementerian Luar Negeri Turki menolak berkomentar."))
    assert "Kementerian Luar Negeri Turki" in names
    assert names["Kementerian Luar Negeri Turki"].gazetteer_id is None


def test_hyphenated_pair_of_names_is_two_mentions() -> None:
    names = by_name(find_article_entities("Isi pertemuan Naryshkin-Burns tidak diungkap."))
    assert {"Sergei Naryshkin", "William Burns"} <= set(names)


@pytest.mark.parametrize(("a", "b"), [("Sergey", "Sergei"), ("Dmitry", "Dmitri"), ("Zelesnky", "Zelensky"),
                                      ("Zelenskyy", "Zelenskiy")])
def test_spelling_variants_are_similar(a: str, b: str) -> None:
    assert similar(a, b)


def test_different_given_names_are_different_people() -> None:
    assert not same_person(["Budi", "Santoso"], ["Agus", "Santoso"])
    assert same_person(["J.", "Biden"], ["Joe", "Biden"])


def _run(*articles: str) -> list[list[Entity]]:
    per_article = [find_article_entities(text, f"a{i + 1}") for i, text in enumerate(articles)]
    canonicalize_entities(per_article)
    return per_article


def _ids(per_article: list[list[Entity]], name: str) -> set[str]:
    return {e.id for article in per_article for e in article if any(m.text == name for m in e.mentions)}


def test_across_articles_variants_typos_and_case_join() -> None:
    run = _run("Presiden Volodymyr Zelensky tiba.", "Volodymyr Zelenskyy berpidato.",
               "Kemarin, Zelesnky kembali menyerukan sanksi.", "WASHINGTON - Juru bicara Kremlin Dmitri Peskov menolak.",
               "Dmitry Peskov mengatakan Washington keliru.")
    assert len(_ids(run, "Volodymyr Zelensky") | _ids(run, "Volodymyr Zelenskyy") | _ids(run, "Zelesnky")) == 1
    assert len(_ids(run, "Dmitri Peskov") | _ids(run, "Dmitry Peskov")) == 1
    assert len(_ids(run, "WASHINGTON") | _ids(run, "Washington")) == 1


def test_same_surname_different_people_stay_apart() -> None:
    run = _run("Irjen Budi Santoso menahan dua tersangka. Santoso menambahkan keterangan.",
               "Ekonom Universitas Indonesia, Agus Santoso, menilai inflasi terkendali. Menurut Santoso, aman.")
    budi, agus = _ids(run, "Budi Santoso"), _ids(run, "Agus Santoso")
    assert len(budi) == len(agus) == 1 and budi != agus
    assert _ids(run, "Santoso") == budi | agus


def test_analysis_gathers_canonical_entities_and_validates(validate: Any) -> None:
    from warta.api import analysis_of, analyze_docs
    from warta.ingest.records import new_doc
    from warta.options import Options

    bodies = ["Judul satu\n\nMenteri Luar Negeri Rusia Sergey Lavrov menuduh Washington. Lavrov marah.",
              "Judul dua\n\nLavrov kembali berbicara. Sergei Lavrov bertemu juru bicara Kremlin Dmitry Peskov."]
    docs = [new_doc(f"in{i}.txt", body.encode(), "txt") for i, body in enumerate(bodies)]
    for i, doc in enumerate(docs):
        doc.article.id = f"a{i + 1}"
    analysis: Analysis = analysis_of(analyze_docs(docs, Options()))
    data = validate(analysis)
    lavrov = next(e for e in data["entities"] if e["name"] == "Sergei Lavrov")
    assert {m["article"] for m in lavrov["mentions"]} == {"a1", "a2"}
    assert "Menteri Luar Negeri Rusia" in lavrov["roles"]
    for entity in data["entities"]:
        for mention in entity["mentions"]:
            body = next(a["body"] for a in data["articles"] if a["id"] == mention["article"])
            assert body[mention["start"]:mention["end"]] == mention["text"]


def test_model_spans_add_hints_but_never_beat_titles() -> None:
    from dataclasses import dataclass

    @dataclass
    class Span:
        start: int
        end: int
        label: str
        text: str

    text = "Juru bicara Kremlin Dmitry Peskov menolak. Peskov diam. Michael Jordan datang."
    from warta.article.mentions import find_mentions

    found = find_mentions(text)
    peskov = text.index("Peskov diam")
    jordan = text.index("Michael Jordan")
    spans = [Span(peskov, peskov + 6, "ORG", "Peskov"), Span(jordan, jordan + 14, "PERSON", "Michael Jordan")]
    merged = combine(found, spans)
    from warta.article.coref import group_mentions

    entities = by_name(group_mentions(merged, "a1"))
    assert texts(entities["Dmitry Peskov"]) == ["Dmitry Peskov", "Peskov"]
    assert entities["Michael Jordan"].type == "PERSON"
    assert "Yordania" not in entities


def test_cabinet_portfolio_is_a_role_not_a_person() -> None:
    from warta.article.entities import find_article_entities

    text = "Menteri Perdagangan Malaysia Azman Rahim tiba di Jakarta. Mendag Budi Santoso menyambutnya."
    people = {e.name: e.roles for e in find_article_entities(text, "a1", use_model=False) if e.type == "PERSON"}
    assert people == {"Azman Rahim": ["Menteri Perdagangan Malaysia"], "Budi Santoso": ["Mendag", "Menteri Perdagangan"]}


def test_sentence_opening_common_words_are_not_names_but_names_stay() -> None:
    from warta.article.entities import find_article_entities

    text = ("Washington membantah laporan itu. Tuduhan itu ditepis Gedung Putih.\n\n"
            "Harian berbahasa Inggris itu mengutip Budi Santoso. Budi mengatakan rapat berlangsung singkat.")
    names = {e.name for e in find_article_entities(text, "a1", use_model=False)}
    assert "Tuduhan" not in names and "Harian" not in names
    assert {"Washington", "Gedung Putih", "Budi Santoso"} <= names


def test_english_model_spans_must_look_like_names() -> None:
    from warta.article.common_words import english_name_like

    text = 'Talks resumed. "Neither side blinked," said CIA Director William Burns as one of the envoys.'
    starts = frozenset({0, 15})
    def ok(phrase: str) -> bool:
        at = text.index(phrase)
        return english_name_like(text, at, at + len(phrase), starts)
    assert ok("William Burns")
    assert not ok("Neither")  # opens the quoted sentence
    assert not ok("CIA Director")  # a title
    assert not ok("as one of the envoys")  # lower-case words
