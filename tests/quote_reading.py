"""Quotes of an article read the way the pipeline reads them (rules only, no NER model), shared by
the quote test modules."""

from __future__ import annotations

from warta.article.entities import find_article_entities
from warta.article.quotes import find_quotes
from warta.article.sentences import split_sentences
from warta.models import Quote


def quotes_of(text: str) -> list[Quote]:
    entities = find_article_entities(text, "a1", use_model=False)
    return find_quotes(text, split_sentences(text), entities, "a1")


def only(quotes: list[Quote], words: str) -> Quote:
    """The one quote holding ``words`` (the test fails, listing the quotes, when not exactly one)."""
    found = [q for q in quotes if words in q.text]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]
