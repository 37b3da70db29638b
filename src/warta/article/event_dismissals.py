"""Dismissals told again: a removal from office named with no one in its sentence.

A report of a dismissal names who dismissed whom once ("Jaksa Agung menegaskan X dipecat …") and then
tells it again in the dismisser's words with neither named ("Jadi, bukan hanya dicopot dari jabatannya,
tetapi sekaligus dipecat …"). A dismissal is COERCE with no mode (docs/annotation.md), so the case-step
rules that give an agentless arrest its sides do not reach it; the same dismissal told before does.
"""

from __future__ import annotations

from collections.abc import Sequence

from warta.article.event_lexicon import Token, TriggerMatch
from warta.models import ActorRef, Event

_DISMISSALS = frozenset({"dipecat", "dicopot", "diberhentikan", "dinonaktifkan", "memecat", "mencopot",
                         "memberhentikan", "menonaktifkan", "pemecatan", "pencopotan", "pemberhentian",
                         "penonaktifan"})


def agentless_dismissal(match: TriggerMatch, tokens: list[Token]) -> bool:
    """"… tetapi sekaligus dipecat sebagai jaksa": a dismissal by a passive verb."""
    return match.row.type == "COERCE" and match.row.mode is None and match.row.voice == "passive" and (
        tokens[match.first].low in _DISMISSALS)


def dismissed_before(events: Sequence[Event], triggers: Sequence[tuple[int, int]], text: str,
                     since: int) -> tuple[ActorRef | None, ActorRef | None]:
    """Who dismissed whom in the latest dismissal told from character ``since`` on, or nobody."""
    for event, (at, end) in zip(reversed(events), reversed(triggers), strict=True):
        if event.evidence[0].start < since:
            break
        words = text[at:end].lower().split()
        if event.type == "COERCE" and event.mode is None and event.target is not None and (
                event.source != ActorRef()) and words and words[0] in _DISMISSALS:
            return event.source, event.target
    return None, None
