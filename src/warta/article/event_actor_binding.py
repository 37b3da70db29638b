"""A pronoun is not the name it shares a clause with: "pihaknya akan menghadapi pembalasan jika
mengancam Amerika Serikat" cannot be the United States threatening itself, and "Menlu Israel …
menganjurkan agar ia …" does not advise himself. When a pronoun side and a named side of one act
resolve to the same entity, the pronoun stands for someone else: the latest entity of the same
kind named before it (a country for a country, a person for a person), within a short reach.
"""

from __future__ import annotations

from warta.article.actors import MentionIndex
from warta.models import ActorRef

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
    wanted = entity.type if entity is not None else "PERSON"
    left_out = entity.id if entity is not None else None
    for mention in reversed(index.within(max(0, pronoun_start - BINDING_REACH), pronoun_start)):
        other = mention.entity
        if mention.end <= pronoun_start and other.type == wanted and other.id != left_out:
            return ActorRef(entity=other.id, name=other.name)
    return None
