"""Shared helpers of the event-round tests: code a sentence with the rules-only entity layer, and
read the coded events' sides and types."""

from __future__ import annotations

from warta.article.entities import find_article_entities
from warta.article.events import find_events
from warta.article.sentences import split_sentences
from warta.models import ActorRef, Event


def code(text: str, lang: str = "id") -> list[Event]:
    """The events coded in one invented article, entities from the rules alone (no model drift)."""
    entities = find_article_entities(text, "a1", use_model=False)
    return find_events(text, split_sentences(text), entities, [], "a1", lang)


def who(actor: ActorRef | None) -> str | None:
    return None if actor is None else (actor.name or actor.description)


def of_type(events: list[Event], kind: str, mode: str | None = None) -> list[Event]:
    return [e for e in events if e.type == kind and (mode is None or e.mode == mode)]
