"""A pronoun is not the name it shares a clause with: "pihaknya akan menghadapi pembalasan jika
mengancam Amerika Serikat" cannot be the United States threatening itself, and "Menlu Israel …
menganjurkan agar ia …" does not advise himself. When a pronoun side and a named side of one act
resolve to the same entity, the pronoun stands for someone else: the latest entity of the same
kind named before it (a country for a country, a person for a person), within a short reach.
"""

from __future__ import annotations

from warta.article.actors import MentionIndex
from warta.models import ActorRef, Entity

# Characters before a pronoun searched for another antecedent: its own sentence and the one before.
BINDING_REACH = 400
PRONOUN_KINDS = frozenset({"pronoun", "own-side"})
PERSON_PRONOUNS = frozenset({"ia", "dia", "beliau"})


def other_antecedent(index: MentionIndex, pronoun_start: int, taken: ActorRef,
                     person: bool = False) -> ActorRef | None:
    """The latest entity named before ``pronoun_start`` of the same type as ``taken``'s entity but
    not that entity (a person, when ``taken`` is an unnamed role and the pronoun a ``person``'s);
    None when none is named within :data:`BINDING_REACH`."""
    entity = index.by_id.get(taken.entity or "")
    if entity is None and not person:
        return None
    left_out = entity.id if entity is not None else None
    for mention in reversed(index.within(max(0, pronoun_start - BINDING_REACH), pronoun_start)):
        other = mention.entity
        if mention.end <= pronoun_start and other.id != left_out and _same_kind(other, entity):
            return ActorRef(entity=other.id, name=other.name)
    return None


def _same_kind(other: Entity, taken: Entity | None) -> bool:
    """Could ``other`` be what a pronoun read as ``taken`` stands for? A person for a person (or for an
    unnamed role); for a country, another country or a body ("meminta mereka" is an airline, never a
    city), for anything else the same type."""
    if taken is None:
        return other.type == "PERSON"
    if _country(taken):
        return _country(other) or other.type == "ORG"
    return other.type == taken.type


def _country(entity: Entity) -> bool:
    return (entity.gazetteer_id or "").startswith("country:")
