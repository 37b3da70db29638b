"""Places in the event coder: where an event happens (after "di"; a visit where it goes), a town
that help is sent to (where it goes, not whom it helps), a foreign country a sentence sends
to or acts in.
"""

from __future__ import annotations

from itertools import pairwise

from warta.article.event_actor_kinds import HOME_COUNTRY
from warta.article.event_actors import SentenceActors
from warta.article.event_coder_state import CoderState
from warta.article.event_lexicon import Token, TriggerMatch
from warta.article.event_modifiers import location_of
from warta.article.event_phrases import Phrase
from warta.models import ActorRef, Location

_TOWARDS = frozenset({"ke", "menuju", "to"})  # before where something is sent
_COURTS = frozenset({"pengadilan", "mahkamah", "pn", "ptun", "mk", "ma", "court"})  # where suits are filed


class PlaceReading(CoderState):
    """Where events happen and where what is sent goes."""

    def _destination(self, match: TriggerMatch, phrase: Phrase, sentence: SentenceActors) -> bool:
        """"mengirimkan tim penyelam ke Pangkalan Bun": a town or region help is sent to is where it
        goes, not whom it helps (a country it is sent to is: "mengirim kapal ke Indonesia")."""
        if phrase.first == 0 or sentence.tokens[phrase.first - 1].low not in _TOWARDS:
            return False
        if match.row.type == "ACCUSE" and sentence.tokens[phrase.first].low in _COURTS:
            return True  # "mengajukan praperadilan ke Pengadilan Negeri X": where the suit is filed
        if match.row.type not in ("AID", "MOBILIZE"):
            return False
        self.resolver.resolve_all([phrase])
        entity = self._entity(self.resolver.actor(phrase))
        return entity is not None and entity.type == "LOC" and not (entity.gazetteer_id or "").startswith(
            ("country:", "capital:"))

    def _place_of(self, match: TriggerMatch, tokens: list[Token]) -> Location | None:
        """Where the event happens: the place after "di"; a visit with none happens where it goes
        ("bertolak ke Kanada", docs/annotation.md: a visit to Jakarta is located in Jakarta)."""
        place = location_of(self.text, tokens, self.resolver.index, match.first)
        if place is not None or match.row.mode != "visit" or match.end >= len(tokens) - 1:
            return place
        if tokens[match.end].low not in _TOWARDS:
            return None
        where = tokens[match.end + 1]
        mention = next((m for m in self.resolver.index.within(where.start, where.end)
                        if m.start == where.start and m.entity.type == "LOC"), None)
        if mention is None:
            return None
        return Location(entity=mention.entity.id, name=self.text[mention.start:mention.end])

    def _abroad(self, tokens: list[Token]) -> ActorRef | None:
        """A country other than Indonesia the sentence sends to or acts in ("ke Turki", "di Turki")."""
        for before, token in pairwise(tokens):
            if before.low not in ("ke", "di"):
                continue
            for mention in self.resolver.index.within(token.start, token.end):
                country = mention.entity.gazetteer_id or ""
                foreign = country.startswith("country:") and country != HOME_COUNTRY
                if mention.start == token.start and foreign:
                    return ActorRef(entity=mention.entity.id, name=mention.entity.name)
        return None
