"""The line model's lexical evidence: terms of a line, its score, and the columns stage one reads."""

from __future__ import annotations

import math

from warta.article.linelexicon import LEXICAL_NAMES, Lexicon, lexical_columns, lexical_terms
from warta.article.linemodel import line_model


def test_terms_are_words_pairs_and_the_opening_word() -> None:
    terms = lexical_terms("Baca juga: Harga cabai naik lagi")
    assert "^baca" in terms
    assert "baca juga" in terms and "cabai naik" in terms
    assert "juga" in terms and "^juga" not in terms


def test_script_without_spaces_gives_character_pairs_and_triples() -> None:
    terms = lexical_terms("東京都知事")
    assert "東京" in terms and "東京都" in terms
    assert "東京都知事" not in terms


def test_unknown_words_weigh_nothing_and_known_ones_move_the_score() -> None:
    lexicon = Lexicon.of({"bias": -0.5, "scale": 0.01, "terms": {"cookies": -300, "^kami": 50}})
    unknown, known_share = lexicon.score("Pemerintah daerah menaikkan anggaran")
    assert unknown == -0.5 and known_share == 0.0
    cookie_logit, share = lexicon.score("Kami memakai cookies")
    terms = lexical_terms("Kami memakai cookies")
    assert math.isclose(cookie_logit, -0.5 + (-3.0 + 0.5) / math.sqrt(len(terms)))
    assert math.isclose(share, 2 / len(terms))


def test_columns_give_each_line_its_neighbours_and_window_means() -> None:
    scores = [(1.0, 0.5), (2.0, 0.5), (-3.0, 1.0)]
    columns = lexical_columns(scores)
    assert len(columns) == 3 and all(len(row) == len(LEXICAL_NAMES) for row in columns)
    first = dict(zip(LEXICAL_NAMES, columns[0], strict=True))
    assert first["lex_logit"] == 1.0 and first["lex_known"] == 0.5
    assert first["lex+1"] == 2.0 and first["lex+2"] == -3.0
    assert first["lex-1"] == 1.0  # past the edge the edge line stands in
    assert math.isclose(first["lex_w3"], 0.0)
    assert lexical_columns([]) == []


def test_packaged_lexicon_reads_furniture_words_as_noise() -> None:
    model = line_model()
    assert model is not None
    furniture, _ = model.lexicon.score("We use cookies to improve your experience. Accept all cookies")
    article, _ = model.lexicon.score("The minister said the budget would be debated in parliament next week")
    assert furniture < article


def test_score_does_not_depend_on_the_order_of_the_line_terms() -> None:
    # Weights where a plain sum's result depends on the order it meets them (the order of a set of
    # strings follows the hash seed): 1e16 + 1 - 1e16 is 0 or 1 by order; the fit must not move.
    lexicon = Lexicon({"x": 1e16, "y": 1.0, "z": -1e16}, 0.0)
    terms = lexical_terms("x y z")
    assert lexicon.score("x y z") == (1.0 / math.sqrt(len(terms)), 3 / len(terms))
