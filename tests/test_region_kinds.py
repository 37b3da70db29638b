"""One list of region-kind words (resources/region_kinds.tsv) read by coref, admin forms and regions."""

from __future__ import annotations

import pytest

from warta.article.entities import find_article_entities
from warta.article.regions import is_region_kind, region_kind_words, region_names
from warta.corpus.admin_forms import admin_form


def test_every_level_is_itself_a_kind_word() -> None:
    words = region_kind_words()
    assert words["kab"] == "kabupaten"
    assert all(words.get(level) == level for level in words.values())


@pytest.mark.parametrize(("written", "level"), [
    ("Kab. Sumedang", "kabupaten"), ("Kotamadya Bogor", "kota"), ("Kec. Cimenyan", "kecamatan"),
    ("Prov. Bengkulu", "provinsi"), ("Kel. Sukamaju", "kelurahan"),
])
def test_admin_form_reads_levels_from_the_shared_list(written: str, level: str) -> None:
    form, bare = admin_form(written), admin_form(written.split()[-1])
    assert form is not None and bare is not None
    assert form.levels == (level,)
    assert form.core == bare.core


def test_region_names_are_bare() -> None:
    assert ("garut",) in region_names()
    assert not any(len(name) > 1 and is_region_kind(name[0]) for name in region_names())


def test_abbreviated_and_full_kind_word_are_one_kind_in_an_article() -> None:
    # "Kab." and "Kabupaten" write one level, so the bare name beside them is the same regency.
    text = ("Longsor menimbun dua rumah di Kabupaten Sumedang, Jawa Barat, Selasa. Pemerintah Kab. Sumedang "
            "membuka dapur umum. Camat menyebut Sumedang masih diguyur hujan.")
    regency = [e for e in find_article_entities(text) if "Kabupaten Sumedang" in e.aliases]
    assert len(regency) == 1
    assert {m.text for m in regency[0].mentions} >= {"Kabupaten Sumedang", "Kab. Sumedang", "Sumedang"}
