"""A retelling opener ("Dilansir dari X,") leaves the person after it the sentence's subject, so a
later '"…," ujarnya' is theirs. The article is written for this test (fictional court case)."""

from __future__ import annotations

import pytest

from warta.article.entities import find_article_entities
from warta.article.quotes import find_quotes
from warta.article.sentences import split_sentences

RULING = ("hakim tunggal Pengadilan Negeri Bandung, Sutarman, menolak gugatan yang diajukan seorang "
          "pengusaha, Senin (3/2/2020).\n\n\u201cMenyatakan gugatan pemohon tidak dapat diterima,\u201d "
          "ujarnya.")


@pytest.mark.parametrize("opener", ["Dilansir dari Warta Kota, ", "Seperti dilaporkan Kabar Timur, ",
                                    "Dikutip dari Harian Nusantara, "])
def test_pronoun_quote_after_a_retelling_opener_is_the_judges(opener: str) -> None:
    text = opener + RULING
    entities = find_article_entities(text, "a1", use_model=False)
    quotes = find_quotes(text, split_sentences(text), entities, "a1")
    assert len(quotes) == 1
    assert quotes[0].speaker.name == "Sutarman"

