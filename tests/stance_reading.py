"""The article layers a stance test needs, read the way the pipeline reads them (rules only, no
NER model), shared by the stance test modules."""

from __future__ import annotations

from warta.article.entities import find_article_entities
from warta.article.events import find_events
from warta.article.quotes import find_quotes
from warta.article.sentences import split_sentences
from warta.article.stances import find_claims
from warta.models import Claim, Event, Position


def read(text: str) -> tuple[list[Event], list[Claim]]:
    entities = find_article_entities(text, "a1", use_model=False)
    sentences = split_sentences(text)
    events = find_events(text, sentences, entities, [], "a1")
    quotes = find_quotes(text, sentences, entities, "a1")
    return events, find_claims(text, sentences, entities, events, quotes, "a1")


def positions(text: str) -> list[Position]:
    """Every claim position of the article, in the claims' order."""
    _, claims = read(text)
    return [p for c in claims for p in c.positions]
