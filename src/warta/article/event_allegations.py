"""Who alleges when a verdict names a third person as paid (ruling of 22 Nov 2026, docs/annotation.md).

"Dalam amar putusan, X disebut menerima duit" is the court's allegation against X, not the office
that pursued the case: the text that names X is the court's. A sentence right after that goes on
("Dari total duit tersebut, Y disebut kecipratan") tells the same ruling.
"""

from __future__ import annotations

from collections.abc import Sequence

from warta.article import event_actors_named as named_roles
from warta.article.event_lexicon import Token, TriggerMatch
from warta.models import ActorRef, Entity, Event

# Words that make a sentence tell a ruling's text: "amar putusan", "dalam vonis".
_RULING_WORDS = frozenset({"putusan", "vonis", "amar"})


def ruling_source(match: TriggerMatch, tokens: list[Token], entities: Sequence[Entity], article_id: str,
                  coded: Sequence[Event]) -> ActorRef | None:
    """The court alleging a "disebut …" allegation told from its ruling; None for any other trigger."""
    if match.row.type != "ACCUSE" or match.row.mode != "allege" or tokens[match.first].low != "disebut":
        return None
    court = named_roles.article_court(entities, article_id)
    if court is None:
        return None
    if any(token.low in _RULING_WORDS for token in tokens[:match.first]):
        return court
    last = coded[-1] if coded else None
    continues = last is not None and last.type == "ACCUSE" and last.mode == "allege" and \
        last.source is not None and last.source.entity == court.entity
    return court if continues else None
