"""A critic's "should" or "don't" said of another actor is a demand (rulings of 22 Nov 2026).

"Seharusnya Anies bertindak," kata X / "X menilai seharusnya KPK menghargai orang lain": the speaker asks
the actor named next to the modal to act (REQUEST change). The trigger table reads the modal as a
passive, so the slots give the actor before it ("Setnov seharusnya …") as the target and the one right
after ("Seharusnya Jepang …") as the source; both are the one told. Said outside any quote, or by the
actor of itself, the modal states an expectation, no event.
"""

from __future__ import annotations

from collections.abc import Sequence

from warta.article.event_lexicon import Token, TriggerMatch
from warta.models import ActorRef, Quote

_SELVES = frozenset({"kita", "kami", "saya", "aku", "gue", "gua"})  # "Kita jangan berpikiran negatif"
MODALS = frozenset({"seharusnya", "sebaiknya", "hendaknya", "mestinya", "semestinya", "sepatutnya",
                    "seyogianya", "seyogyanya", "mesti", "jangan"})


def exhortation(match: TriggerMatch, tokens: list[Token]) -> bool:
    """Is the trigger a modal of obligation said of someone?"""
    return match.row.type == "REQUEST" and tokens[match.first].low in MODALS


def _same(one: ActorRef, other: ActorRef) -> bool:
    if one.entity and other.entity:
        return one.entity == other.entity
    return (one.name or one.description or "").lower() == (other.name or other.description or "").lower()


_ADVERBS = frozenset({"segera", "lebih", "juga", "bisa", "dapat", "tetap", "terus", "sudah", "cepat"})


def _undergone(tokens: list[Token], after: int) -> bool:
    """Is the verb after the modal a passive ("mesti segera diselamatkan")?"""
    while after < len(tokens) and tokens[after].low in _ADVERBS:
        after += 1
    verb = tokens[after].low if after < len(tokens) else ""
    return verb.startswith("di") and len(verb) > 5


def exhorted_sides(match: TriggerMatch, tokens: list[Token], quotes: Sequence[Quote],
                   source: ActorRef | None, target: ActorRef | None) -> tuple[ActorRef, ActorRef] | None:
    """(speaker, the one told) of a "should" inside a quote; None when it tells no demand."""
    told = target or source
    if told is None or (match.first > 0 and tokens[match.first - 1].low in _SELVES | {"yang"}):
        return None  # "jumlah pengacara yang seharusnya ikut …": a group described, no one told
    if _undergone(tokens, match.end):
        return None  # "korban mesti segera diselamatkan": the one named undergoes, another must act
    at = tokens[match.first].start
    speakers = [quote.speaker for quote in quotes if quote.start <= at < quote.end]
    if not speakers or _same(speakers[0], told):
        return None
    return speakers[0], told
