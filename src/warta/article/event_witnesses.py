"""Witnesses of a case: those an article tells questioned or summoned as witnesses.

A witness is no one the case pursues. When an act of a case names no one it is aimed at
("Dalam perkara ini, PPATK menelusuri aliran dana"), the context fills in whom the case was last
aimed at (:func:`event_discourse.aimed_before`, :func:`event_discourse.last_pursued`): a singer
questioned as a witness is not that one. Someone later arrested or named a suspect is pursued after
all and no longer passed over.
"""

from __future__ import annotations

from collections.abc import Sequence

from warta.article.event_context import same
from warta.article.event_lexicon import Token, TriggerMatch
from warta.models import ActorRef, Event

_WITNESS = frozenset({"saksi", "saksi-saksi", "witness"})
_AS = frozenset({"sebagai", "selaku", "menjadi", "as"})
_REACH = 8  # words after the trigger in which the role is said ("memeriksa Rina Marlina sebagai saksi")
# Where the clause of the questioning ends: the role said after these is someone else's.
_CLAUSE_ENDS = frozenset({"yang", "karena", "setelah", "sedangkan", "sementara", "namun", "tetapi",
                          "sebelum", "ketika", "bahwa", "tersangka"})


def questioned_as_witness(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"X diperiksa sebagai saksi", "memeriksa X sebagai saksi", "diperiksa saksi kasus FT": the one
    questioned is questioned as a witness."""
    if match.row.type != "ACCUSE" or match.row.mode != "investigate":
        return False
    for i in range(match.first + 1, min(len(tokens), match.end + _REACH)):
        low = tokens[i].low
        if not tokens[i].is_word or low in _CLAUSE_ENDS:
            return False
        if low in _WITNESS and (i == match.last or tokens[i - 1].low in _AS):
            return True
    return False


def passed_over(actor: ActorRef, witnesses: Sequence[ActorRef], events: Sequence[Event]) -> bool:
    """Is ``actor`` a witness of the case the article tells, and no one it arrested or charged since?"""
    return any(same(actor, w) for w in witnesses) and not any(
        event.type == "COERCE" and same(event.target, actor) for event in events)
