"""Plural anaphors of coordinated actors: "Negara-negara tersebut", "ketiga negara".

"Amerika Serikat, Australia dan Jepang meminta … Negara-negara tersebut juga mendorong China"
codes the second request once per country. :class:`GroupMemory` keeps the latest group of
coordinated sources the event coder saw and expands a later phrase that points back to it:
a plural or counted head noun of the group's kind ("negara") with a demonstrative
("negara-negara itu") or a count that fits the group ("kedua negara" for two, "tiga negara"
for three).
"""

from __future__ import annotations

import re

from warta.models import ActorRef

# Head nouns that may stand for a group of states or bodies named before.
_GROUP_HEADS = frozenset({"negara", "negara-negara", "pihak", "pemerintah", "countries", "nations"})
_DEMONSTRATIVES = frozenset({"tersebut", "itu", "ini", "these", "those"})
_COUNTS = {"kedua": 2, "dua": 2, "both": 2, "two": 2, "ketiga": 3, "tiga": 3, "three": 3,
           "keempat": 4, "empat": 4, "four": 4, "kelima": 5, "lima": 5, "five": 5}
GROUP_REACH = 3  # sentences after a group in which a plural anaphor may still point to it
_WORD = re.compile(r"[\w-]+")


class GroupMemory:
    """The latest coordinated group of event sources, for plural anaphors after it."""

    def __init__(self) -> None:
        self.members: list[ActorRef] = []
        self.sentence = -GROUP_REACH - 1

    def remember(self, sources: list[ActorRef | None], sentence: int) -> None:
        named = [s for s in sources if s is not None and s.entity is not None]
        if len(named) >= 2:
            self.members = named
            self.sentence = sentence

    def expand(self, phrase: str, sentence: int) -> list[ActorRef] | None:
        """The group ``phrase`` stands for, or None when it is not an anaphor of it."""
        if sentence - self.sentence > GROUP_REACH or not self.members:
            return None
        words = _WORD.findall(re.sub(r"\s+-\s+", "-", phrase.lower()))
        heads = [w for w in words if w in _GROUP_HEADS]
        if not heads or len(words) > 3:
            return None
        counts = [_COUNTS[w] for w in words if w in _COUNTS]
        if counts:
            return list(self.members) if counts[0] == len(self.members) else None
        plural = heads[0].endswith("-" + heads[0].split("-")[0]) or heads[0] in ("countries", "nations")
        if plural and any(w in _DEMONSTRATIVES for w in words):
            return list(self.members)
        return None
