"""One table of ministries' fields (resources/ministry_fields.tsv) for short titles and English names."""

from __future__ import annotations

from warta.article.ministry_english import english_names
from warta.article.ministry_fields import ministry_fields
from warta.article.role_forms import full_form


def test_each_short_title_expands_to_its_rows_field() -> None:
    for row in ministry_fields():
        for short in row.minister:
            assert full_form(f"{short.capitalize()} RI") == f"Menteri {row.field} RI"
        for short in row.deputy:
            assert full_form(short.upper()) == f"Wakil Menteri {row.field}"


def test_a_fields_english_names_come_from_the_same_row() -> None:
    rows = [row for row in ministry_fields() if row.english]
    assert rows
    for row in rows:
        names = english_names(f"Kementerian {row.field}", "ID")
        assert [f"{english} Ministry" for english in row.english] == [n for n in names if n.endswith(" Ministry")
                                                                       and not n.startswith("Indonesian ")]


def test_one_row_serves_both_readers() -> None:
    health = next(row for row in ministry_fields() if row.field == "Kesehatan")
    assert full_form("Menkes") == "Menteri Kesehatan"
    assert "Ministry of Health" in english_names("Kementerian Kesehatan", "ID")
    assert health.minister == ("menkes",) and health.english == ("Health",)
    assert english_names("Kementerian Kesehatan", "MY") == []
