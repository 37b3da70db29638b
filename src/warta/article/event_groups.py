"""Plural anaphors of coordinated actors: "Negara-negara tersebut", "ketiga negara".

"Amerika Serikat, Australia dan Jepang meminta … Negara-negara tersebut juga mendorong China"
codes the second request once per country. :class:`GroupMemory` keeps the latest group of
coordinated sources the event coder saw and expands a later phrase that points back to it:
a plural or counted head noun of the group's kind ("negara") with a demonstrative
("negara-negara itu") or a count that fits the group ("kedua negara" for two, "tiga negara"
for three).

A group of people told by its number ("Polisi menangkap dua pelaku …") whose members the article
lists after a collective numeral ("Kedua pelaku yakni A ( 37 ) dan B ( 31 ) …", "Keempat tersangka itu
A, B, C, serta D") is those people: :func:`named_groups` finds the lists, :func:`members_of` gives the
members a counted description stands for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from warta.article.actors import MentionIndex
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


# "Kedua pelaku yakni", "Keempat tersangka itu", "ketiga korban tersebut adalah": a collective numeral
# and the group's head noun, opening the list of its members.
_LIST_OPENER = re.compile(
    r"\b(kedua|ketiga|keempat|kelima|keenam)\s+([a-z-]+)(?:\s+(?:itu|tersebut|ini))?\s*,?\s*"
    r"(?:(?:yakni|yaitu|adalah|ialah|masing-masing)\s+)?", re.I)
# What may stand between two listed names: commas, "dan"/"serta", ages in brackets, "asal" before the
# place one comes from (a place mention, passed over).
_BETWEEN_NAMES = re.compile(r"[\s,]*(?:\(\s*\d+\s*(?:tahun)?\s*\)[\s,]*)*(?:(?:dan|serta)\s+)?", re.I)
_FROM = re.compile(r"[\s,]*(?:\(\s*\d+\s*(?:tahun)?\s*\)[\s,]*)*asal\s+$", re.I)
_LIST_REACH = 80  # characters from one listed name to the next
_CARDINALS = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6}
_COLLECTIVES = {"kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6}
ALL_OF = frozenset({"keduanya", "ketiganya", "keempatnya", "kelimanya", "keenamnya"})


@dataclass(frozen=True)
class NamedGroup:
    head: str  # "pelaku", "tersangka"
    members: tuple[ActorRef, ...]


def named_groups(text: str, index: MentionIndex) -> list[NamedGroup]:
    """The groups of people the article lists by name after a collective numeral that counts them."""
    groups = []
    for opener in _LIST_OPENER.finditer(text):
        head = opener.group(2).lower()
        members = _listed_people(text, index, opener.end())
        if len(members) == _COLLECTIVES[opener.group(1).lower()]:
            groups.append(NamedGroup(head, tuple(members)))
    return groups


def _listed_people(text: str, index: MentionIndex, at: int) -> list[ActorRef]:
    """The people named one after another from character ``at``, as long as only list glue stands
    between them."""
    people: list[ActorRef] = []
    while True:
        mention = next((m for m in index.within(at, at + _LIST_REACH) if m.start >= at), None)
        if mention is None:
            return people
        gap = text[at:mention.start]
        if _FROM.fullmatch(gap) and people:
            at = mention.end  # "asal Depok": where the last one named comes from
            continue
        if not _BETWEEN_NAMES.fullmatch(gap) or mention.entity.type != "PERSON":
            return people
        person = ActorRef(entity=mention.entity.id, name=mention.entity.name)
        if person not in people:
            people.append(person)
        at = mention.end


def members_of(actor: ActorRef | None, groups: Sequence[NamedGroup]) -> list[ActorRef] | None:
    """The listed members a counted description ("dua pelaku", "empat tersangka", "kedua pelaku")
    stands for: the list of as many people under the same head noun; None when no single list fits."""
    if actor is None or actor.entity is not None or not actor.description:
        return None
    return counted_members(actor.description, groups)


def counted_members(phrase: str, groups: Sequence[NamedGroup]) -> list[ActorRef] | None:
    """The listed members a counted phrase stands for: "dua pelaku" a list of two under "pelaku",
    "keduanya" any list of two."""
    words = phrase.lower().split()
    numbers = _CARDINALS | _COLLECTIVES
    if len(words) == 1 and words[0] in ALL_OF:
        count, head = _COLLECTIVES[words[0].removesuffix("nya")], None
    elif len(words) >= 2 and words[0] in numbers:
        count, head = numbers[words[0]], words[1]
    else:
        return None
    fits = [g for g in groups if len(g.members) == count and head in (None, g.head)]
    if not fits or any(g.members != fits[0].members for g in fits):
        return None
    return list(fits[0].members)
