"""Glued teaser lists (warta.article.lineteasers) and the decision that drops them."""

from __future__ import annotations

import pytest

from warta.article import linemodel
from warta.article.linefeatures import features
from warta.article.linemodel import PRIOR_OPEN, LineInput, decide
from warta.article.lineteasers import glued_teaser_words, teaser_list_lines

TEASERS = [
    "Harbour Ferry Resumes After Winter PauseThe first boat of the season left the pier at dawn.",
    "Night Market Moves To The Old Station YardTraders will set up their stalls there from June.",
    "Library Opens Late On FridaysReaders can borrow books until nine in the evening now.",
]
ARTICLE = [
    "The council approved a new cycle lane along the river road on Tuesday evening.",
    "Work will start in spring and should take about four months, the mayor said.",
]


def test_a_headline_run_into_its_summary_is_found_with_its_glued_word() -> None:
    assert glued_teaser_words(TEASERS[0]) == ["PauseThe"]


def test_short_camel_case_names_prose_and_sentence_breaks_are_no_joint() -> None:
    assert glued_teaser_words("The McDonald Family And WeWork Staff met the new owners on Monday.") == []
    # Three small letters before a capital, but the words before it are prose, not a headline.
    assert glued_teaser_words("shares of the investor SoftBank fell sharply in early trading today.") == []
    # The capitalised words before the joint end a sentence: no headline precedes it.
    assert glued_teaser_words("He spoke. Then the Harbour MasterSaid nothing more to anyone today.") == []


def test_several_glued_teasers_close_together_are_a_list() -> None:
    assert teaser_list_lines([*ARTICLE, *TEASERS]) == [False, False, True, True, True]


def test_a_single_glued_line_is_not_a_list() -> None:
    assert teaser_list_lines([*ARTICLE, TEASERS[0], *ARTICLE]) == [False] * 5


def test_a_camel_case_brand_that_recurs_is_a_name_not_a_joint() -> None:
    brand = [f"Review Of The New Phone From BlackBerry{rest}" for rest in
             ("Motion has no keyboard but a large screen for typing.",
              "Motion runs Android and gets two years of updates.")]
    assert teaser_list_lines([*brand, "The BlackBerry Motion costs less than its rivals."]) == [False] * 3


@pytest.mark.parametrize("switched_on", [True, False])
def test_the_decision_drops_a_teaser_list_the_scores_kept(monkeypatch: pytest.MonkeyPatch,
                                                          switched_on: bool) -> None:
    monkeypatch.setattr(linemodel, "TEASER_LISTS", switched_on)
    texts = [*ARTICLE, *TEASERS]
    lines = [LineInput(text, features(text, None), "good", True, PRIOR_OPEN) for text in texts]
    keep = decide([0.9] * len(texts), lines, 0.7, 0.05)
    assert keep == [True, True, *([not switched_on] * 3)]
