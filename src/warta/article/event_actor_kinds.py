"""What kind of actor an event's side is, where that changes the event: a state or a body named
after a foreign country (help from abroad is AID to Indonesia), a foreign capital standing for
its government, a state or ministry whose "protes" is an official complaint, a news outlet
(an interview is no meeting), an organisation after an investigation (its agent), a short form
spelled out by the article.
"""

from __future__ import annotations

import re

from warta.article.event_coder_state import CoderState
from warta.article.event_lexicon import Token, TriggerMatch
from warta.article.gazetteer import gazetteer
from warta.article.tokens import key_of
from warta.models import ActorRef

_LED_REACH = 4  # words after "protes" in which "dipimpin" makes it a demonstration
_PROTEST_WORDS = frozenset({"protes", "memprotes"})  # a state's protest, noun or verb, is diplomatic
_OFFICIAL_VOICES = ("pemerintah", "kementerian luar negeri", "kemlu")  # whose "protes" is diplomatic
HOME_COUNTRY = "country:ID"  # help from any other state is foreign help
_HOME_CAPITAL = "capital:ID"
# A short form of a body's name: one or two words, two capitals or more ("Diskar PB", "PKH", "BNPB").
_SHORT_FORM = re.compile(r"(?=\S*[A-Z]\S*\s?\S*[A-Z])[A-Z][A-Za-z]{1,7}(?: [A-Z]{1,4})?")
_COUNTRY_WORDS = 3  # words of a country's name at the end of a body's name ("Amerika Serikat")


def named_after_foreign_country(name: str) -> bool:
    """Does a body's name end in a country other than Indonesia ("Kementerian Pertahanan Singapura",
    "Angkatan Laut Amerika Serikat")? The gazetteer's country names and abbreviations decide."""
    keys, texts = key_of(name), tuple(name.split())
    places = gazetteer()
    for size in range(1, min(_COUNTRY_WORDS, len(keys) - 1) + 1):
        ids = places.names.get(keys[-size:], ()) or places.abbrevs.get(texts[-size:], ())
        if any(i.startswith("country:") and i != HOME_COUNTRY for i in ids[:1]):
            return True
    return False


class ActorKinds(CoderState):
    """States, governments, officials, outlets and investigators among an event's sides."""

    def _state(self, actor: ActorRef | None) -> bool:
        entity = self._entity(actor)
        return entity is not None and (entity.gazetteer_id or "").startswith("country:")

    def _home_helped(self, source: ActorRef | None) -> ActorRef | None:
        """"Amerika Serikat mengirim kapal USS Sampson untuk bergabung dalam pencarian": a foreign
        state's help with no one named for it goes to the country it is sent to, Indonesia when the
        article names it (``docs/annotation.md``: foreign help is AID to that country)."""
        if not self._foreign_state(source):
            return None
        home = next((e for e in self.resolver.entities if e.gazetteer_id == HOME_COUNTRY and any(
            m.article == self.article_id for m in e.mentions)), None)
        return ActorRef(entity=home.id, name=home.name) if home is not None else None

    def _foreign_state(self, actor: ActorRef | None) -> bool:
        """A country other than Indonesia, whose Indonesian-language press these articles are, or
        a body named after one ("Kementerian Pertahanan Singapura", "Angkatan Laut AS")."""
        entity = self._entity(actor)
        country = (entity.gazetteer_id or "") if entity is not None else ""
        if country.startswith("country:"):
            return country != HOME_COUNTRY
        return actor is not None and named_after_foreign_country(actor.name or "")

    def _complaint(self, match: TriggerMatch, tokens: list[Token], source: ActorRef | None
                   ) -> tuple[str, str | None]:
        """A person's "protes" is a complaint (ACCUSE disapprove), a state's an official one (ACCUSE
        allege, CAMEO 114); crowds protest, and a protest someone leads ("protes itu dipimpin oleh X")
        is a demonstration."""
        entity = self.resolver.index.by_id.get(source.entity or "") if source else None
        led = any(t.low in ("dipimpin", "memimpin") for t in tokens[match.end:match.end + _LED_REACH])
        if tokens[match.first].low == "protes" and entity is not None and entity.type == "PERSON" and not led:
            return "ACCUSE", "disapprove"
        if tokens[match.first].low in _PROTEST_WORDS and self._official(source) and not led:
            # "protes Filipina kepada China", "Vietnam memprotes latihan militer China": a state
            # complains officially
            return "ACCUSE", "allege"
        return match.row.type, match.row.mode

    def _official(self, actor: ActorRef | None) -> bool:
        """A state, its government or its foreign ministry: whose protest is a diplomatic complaint."""
        if actor is None:
            return False
        words = f"{actor.name or ''} {actor.description or ''}".lower()
        return self._state(actor) or words.lstrip().startswith(_OFFICIAL_VOICES)

    def _spelled_out(self, actor: ActorRef | None) -> ActorRef | None:
        """"Dinas Kebakaran dan Penanggulangan Bencana ( Diskar PB ) mengimbau …": a body known by the
        short form the article puts in brackets after its full name goes by that full name (the
        guideline's fullest name), even where the entity layer kept only the short form."""
        if actor is None or not actor.name or not _SHORT_FORM.fullmatch(actor.name):
            return actor
        found = re.search(r"((?:[A-Z][\w-]*\s+(?:(?:dan|dan\s+\w+|&)\s+)?){2,8})\(\s*"
                          + re.escape(actor.name) + r"\s*\)", self.text)
        if found is None:
            return actor
        return actor.model_copy(update={"name": found.group(1).strip()})

    def _government_of(self, actor: ActorRef | None) -> ActorRef | None:
        """"Tokyo meminta …", "Washington bisa menggunakan …": a foreign capital acting stands for
        its country's government, written as the country (``docs/annotation.md``, Fields); Jakarta
        in this press is as often the city's own government, so it stays."""
        entity = self._entity(actor)
        capital = (entity.gazetteer_id or "") if entity is not None else ""
        if not capital.startswith("capital:") or capital == _HOME_CAPITAL:
            return actor
        country = "country:" + capital.split(":", 1)[1]
        named = next((e for e in self.resolver.entities if e.gazetteer_id == country and any(
            m.article == self.article_id for m in e.mentions)), None)
        if named is not None:
            return ActorRef(entity=named.id, name=named.name)
        entry = gazetteer().entries.get(country)
        return ActorRef(name=entry.name) if entry is not None else actor

    def _outlet(self, actor: ActorRef | None) -> bool:
        entity = self._entity(actor)
        return entity is not None and (entity.gazetteer_id or "").startswith("outlet:")

    def _investigator(self, match: TriggerMatch, target: ActorRef | None) -> bool:
        """An organisation after an investigation or a search is its agent ("penyelidikan Komnas
        HAM", "penggeledahan KPK"), not the one investigated or searched."""
        if match.row.voice != "patient" or match.row.mode not in ("investigate", "seize") or target is None:
            return False
        entity = self.resolver.index.by_id.get(target.entity or "")
        return entity is not None and entity.type == "ORG"
