"""Quotes, session 15: a hyphenated company name before a person's name stays whole in the
speaker's description, checked on sentences written for these tests (fictional people)."""

from __future__ import annotations

import pytest

from tests.quote_reading import quotes_of

# --- a hyphenated company name is no part of the person's name ----------------------------------

@pytest.mark.parametrize("company", ["Go-Jek", "Coca-Cola", "Hewlett-Packard", "Mercedes-Benz"])
def test_the_company_before_the_name_stays_whole_in_the_description(company: str) -> None:
    text = (f"Direktur Utama {company} Rendra Wicaksana mengatakan penjualan kuartal ketiga naik "
            "tajam dibanding tahun lalu.\n")
    speaker = quotes_of(text)[0].speaker
    assert speaker.name == "Rendra Wicaksana"
    assert speaker.description == f"Direktur Utama {company}"


def test_a_later_short_name_goes_by_the_same_full_name() -> None:
    text = ("CEO Coca-Cola Rendra Wicaksana mengatakan pabrik baru dibuka bulan depan di Bekasi.\n"
            "\"Kami menambah dua ratus pekerja untuk pabrik itu,\" ujar Rendra, Selasa.\n")
    names = [quote.speaker.name for quote in quotes_of(text)]
    assert names == ["Rendra Wicaksana", "Rendra Wicaksana"]


def test_a_hyphen_inside_the_name_itself_keeps_a_two_word_name() -> None:
    # The tail rule needs two words after the hyphen's tail: it never leaves a lone surname.
    text = "Pelatih Budi-Santoso Harun mengatakan timnya siap menghadapi laga final di Surabaya.\n"
    speaker = quotes_of(text)[0].speaker
    assert speaker.name is not None and speaker.name.endswith("Harun")
    assert len(speaker.name.split()) >= 2
