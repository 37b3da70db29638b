"""One list of company legal forms (resources/legal_forms.tsv) read by coref and admin forms."""

from __future__ import annotations

import pytest

from warta.article.entities import find_article_entities
from warta.article.legal_forms import legal_forms, only_trailing_forms, without_legal_forms
from warta.corpus.admin_forms import admin_form
from warta.corpus.entities import canonicalize_entities
from warta.models import Entity, Mention


def test_the_list_is_the_union_of_both_former_lists_and_places_each_form() -> None:
    forms = legal_forms()
    assert {"pt", "perum", "perumda", "persero", "tbk", "cv", "pd"} <= set(forms)
    assert set(forms.values()) == {"before", "after"}
    assert forms["pt"] == "before" and forms["tbk"] == "after"
    # a foundation or a cooperative is another body than the name without its word
    assert "yayasan" not in forms and "koperasi" not in forms


@pytest.mark.parametrize(("written", "core"), [
    ("PT. Tirta Lestari ( Persero )", ["Tirta", "Lestari"]),
    ("PT Bank Harapan Nusa (Persero) Tbk", ["Bank", "Harapan", "Nusa"]),
    ("Fraksi PD", ["Fraksi", "PD"]),  # 'PD' after a name is no form (a party's short name)
    ("Direktur Utama PT", ["Direktur", "Utama", "PT"]),
    ("Tbk", []),
])
def test_forms_come_off_only_where_they_stand(written: str, core: list[str]) -> None:
    assert without_legal_forms(written.split()) == core


def test_only_forms_written_after_a_company_are_no_name_by_themselves() -> None:
    assert only_trailing_forms("Persero") and only_trailing_forms("( Tbk )")
    assert not only_trailing_forms("PD")  # also a party's short name
    assert not only_trailing_forms("PT")  # also the Pengadilan Tinggi
    assert not only_trailing_forms("Tirta Lestari")


@pytest.mark.parametrize(("a", "b"), [
    ("PT Tirta Lestari (Persero)", "Tirta Lestari"),
    ("PD Pasar Sentosa", "Pasar Sentosa"),
    ("UD Sumber Rejeki", "Sumber Rejeki"),
    ("PT Bank Harapan Nusa Tbk", "Bank Harapan Nusa"),
    ("PT. Semen Watugede", "PT Semen Watugede"),
])
def test_admin_form_reads_the_shared_list(a: str, b: str) -> None:
    form_a, form_b = admin_form(a), admin_form(b)
    assert form_a is not None and form_b is not None
    assert form_a.core == form_b.core


@pytest.mark.parametrize(("a", "b"), [("Yayasan Pupuk Nusa", "Pupuk Nusa"), ("Koperasi Sukamaju", "Sukamaju")])
def test_foundations_and_cooperatives_keep_their_word(a: str, b: str) -> None:
    form_a, form_b = admin_form(a), admin_form(b)
    assert form_a is not None and form_b is not None
    assert form_a.core != form_b.core


def _entity(article: str, name: str) -> Entity:
    mention = Mention(article=article, start=0, end=len(name), text=name)
    return Entity(id=f"{article}/e1", name=name, type="ORG", aliases=[name], mentions=[mention])


def test_articles_naming_a_company_with_and_without_its_forms_share_one_entity() -> None:
    run = [[_entity("a1", "PT Bank Harapan Nusa Tbk")], [_entity("a2", "Bank Harapan Nusa")],
           [_entity("a3", "Yayasan Bank Harapan Nusa")]]
    canonicalize_entities(run)
    assert run[0][0].id == run[1][0].id
    assert run[2][0].id != run[0][0].id


def _entity_named(entities: list[Entity], alias: str) -> Entity:
    return next(e for e in entities if alias in e.aliases)


def test_a_company_with_a_form_after_its_name_is_one_with_the_bare_name_in_an_article() -> None:
    text = ("PT Bank Harapan Nusa Tbk mencatat laba naik 12 persen pada semester pertama. "
            "Bank Harapan Nusa menyebut kredit rumah tumbuh paling cepat.")
    bank = _entity_named(find_article_entities(text), "PT Bank Harapan Nusa Tbk")
    assert {m.text for m in bank.mentions} == {"PT Bank Harapan Nusa Tbk", "Bank Harapan Nusa"}


def test_a_bracketed_persero_is_no_entity_and_the_company_keeps_its_bare_name() -> None:
    text = ("PT Tirta Lestari (Persero) menaikkan tarif air bersih mulai Senin. Direktur Tirta Lestari, "
            "Bambang Wiryo, mengatakan kenaikan itu untuk menutup biaya listrik.")
    entities = find_article_entities(text)
    company = _entity_named(entities, "Tirta Lestari")
    assert "PT Tirta Lestari" in company.aliases
    assert not any(only_trailing_forms(e.name) for e in entities)
