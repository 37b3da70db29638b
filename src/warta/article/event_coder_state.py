"""What the event coder of one article holds while it reads the sentences in order: the text,
the sentences, the actor resolver, the events and their trigger spans so far.

The base of the coder's parts (:mod:`event_actor_kinds`, :mod:`event_places`,
:mod:`event_reporters`, :mod:`event_sides`, :mod:`event_gaps`) and of the coder in
:mod:`warta.article.events`.
"""

from __future__ import annotations

from collections.abc import Sequence

from warta.article.event_filters import (
    sports_report,
)
from warta.article.event_groups import GroupMemory
from warta.article.event_resolver import ActorResolver
from warta.article.event_witnesses import passed_over
from warta.models import ActorRef, Entity, Event, Quote, Timex


class CoderState:
    """The article, its actor resolver and the events coded so far."""

    def __init__(self, text: str, sentences: Sequence[Sequence[int]], entities: Sequence[Entity],
                 timexes: Sequence[Timex], article_id: str, lang: str,
                 quotes: Sequence[Quote] | None = None) -> None:
        self.text = text
        self.lowered = text.lower()
        self.sentences = [(int(s[0]), int(s[1])) for s in sentences]
        self.timexes = [t for t in timexes if t.article == article_id]
        self.article_id = article_id
        self.lang = lang
        if quotes is None:
            from warta.article.quotes import find_quotes  # the speakers of "kami" and "saya"

            quotes = find_quotes(text, self.sentences, list(entities), article_id)
        self.resolver = ActorResolver(text, entities, article_id, self.sentences, quotes)
        self.events: list[Event] = []
        self.sports = sports_report(text)
        self.groups = GroupMemory()
        self.sentence_number = 0
        self.triggers: list[tuple[int, int]] = []  # character span of each event's trigger
        self.witnesses: list[ActorRef] = []  # those told questioned as witnesses (event_witnesses)

    def _since(self, reach: int) -> int:
        """Where the sentence ``reach`` sentences before the one being coded starts."""
        return self.sentences[max(0, self.sentence_number - reach)][0]

    def _witness(self, actor: ActorRef) -> bool:
        """Is ``actor`` a witness of the article's case, not pursued since?"""
        return passed_over(actor, self.witnesses, self.events)

    def _entity(self, actor: ActorRef | None) -> Entity | None:
        return self.resolver.index.by_id.get(actor.entity or "") if actor is not None else None
