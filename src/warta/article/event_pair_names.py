"""Names written only inside a hyphenated pair: "Anies-Sandi", a ticket's or a duo's short name.

Found by acceptance run 9 (``docs/benchmarks.md``, events): the entity layer keeps the second half of
"Anies-Sandi" as a person of its own ("Sandi"), and the actor tracker then took that person as the one a
later description or pronoun points back to ("Guru Besar … itu juga meminta …" got the source "Sandi").
A person the article never names apart from the pair is no antecedent: the article speaks of the pair.
"""

from __future__ import annotations

from warta.models import ActorRef, Entity

_HYPHENS = ("-", "\u2013")


def glued_in_pair(text: str, start: int, end: int) -> bool:
    """Is the mention at ``start:end`` joined by a hyphen to a name before or after it?"""
    before = text[start - 1:start] if start > 0 else ""
    after = text[end:end + 1]
    return (before in _HYPHENS and start > 1 and text[start - 2].isalpha()) or (
        after in _HYPHENS and text[end + 1:end + 2].isalpha())


def pair_only(text: str, entity: Entity | None, article_id: str) -> bool:
    """Is ``entity`` a person whose every mention in this article is half of a hyphenated pair?"""
    if entity is None or entity.type != "PERSON":
        return False
    mentions = [m for m in entity.mentions if m.article == article_id]
    return bool(mentions) and all(glued_in_pair(text, m.start, m.end) for m in mentions)


def unless_pair_only(text: str, actor: ActorRef | None, by_id: dict[str, Entity],
                     article_id: str) -> ActorRef | None:
    """``actor``, or None when it is a person named only inside a pair (no antecedent)."""
    if actor is None or actor.entity is None:
        return actor
    return None if pair_only(text, by_id.get(actor.entity), article_id) else actor
