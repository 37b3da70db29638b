"""Holders named through someone else: "kuasa hukum Budi membantah …", "sumber dekat Beyonce membantah …".

The phrase reader takes the name after such a word for the subject, but the one who denies is the
lawyer, the wife or the source, left unnamed, not the person named. The holder is then described
by the whole phrase ("sumber terdekat Beyonce"), as speakers are.

Kin, friends and sources are never a title, so the name after them is always someone else. A
lawyer's word may be written as a title ("pengacara Hotman Paris" names the lawyer), so there the
quotes' rule decides (:func:`warta.article.speaker_ties.agent_of_named`: only when the person
named was spoken of before without that word).
"""

from __future__ import annotations

from warta.article.actors import ActorTracker
from warta.article.event_lexicon import Token
from warta.article.event_phrases import Phrase
from warta.article.speaker_ties import agent_of_named
from warta.article.tokens import fold
from warta.models import ActorRef

# Relations whose holder is always another person than the one named after them.
# Not "ibu" or "saudara" alone: they are also forms of address ("Ibu Risma membantah …" is Risma).
_RELATIONS = frozenset({
    "istri", "suami", "anak", "ayah", "kakak", "adik", "putra", "putri", "menantu", "paman", "bibi",
    "keluarga", "kerabat", "sepupu", "sahabat", "teman", "kekasih", "pacar", "pihak keluarga",
    "perwakilan", "perwakilan resmi", "publisis", "kakak kandung", "adik kandung", "saudara kandung",
    "anak kandung", "ayah kandung", "ibu kandung",
})
# Sources close to someone or inside a body: never the one named, whatever the recogniser typed it as
# ("sumber terdekat Beyonce" with the singer read as an organisation).
_SOURCES = frozenset({"sumber dekat", "sumber terdekat", "sumber dalam", "orang dekat", "orang terdekat"})
_ROLE_WORDS = 3  # the longest relation above, in words, with a word before it to spare
_STOPS = frozenset({",", "yang", "dan", "bahwa", "atau", ":", ";", '"'})


def relation_of_named(tokens: list[Token], phrase: Phrase, actor: ActorRef | None,
                      tracker: ActorTracker) -> ActorRef | None:
    """The unnamed relation, lawyer or source of the person ``phrase`` names, when a word of
    relation stands right before the name (in the phrase or just before it); None when the name
    is the holder's own."""
    first = _name_token(tokens, phrase, actor, tracker)
    if first is None or actor is None:
        return None
    opening = _relation_start(tokens, first, _SOURCES)
    if opening is None and _is_person(actor, tracker):
        opening = _relation_start(tokens, first, _RELATIONS)
    if opening is not None:
        return ActorRef(description=" ".join(tracker.text[tokens[opening].start:phrase.stop].split()))
    if not _is_person(actor, tracker):
        return None
    before = _words_before(tokens, first)
    for opening in range(before, first) if before is not None else ():
        found = agent_of_named(actor, (tokens[opening].start, phrase.stop), tracker)
        if found is not None:  # the longest role first ("tim kuasa hukum X" before "kuasa hukum X")
            return found
    return None


def _name_token(tokens: list[Token], phrase: Phrase, actor: ActorRef | None,
                tracker: ActorTracker) -> int | None:
    """Index of the token opening the name of whom ``actor`` is, when that name ends the phrase."""
    if actor is None or actor.entity is None:
        return None
    names = [m for m in tracker.index.within(phrase.start, phrase.stop)
             if m.entity.id == actor.entity and m.end == phrase.stop]
    if not names:
        return None
    return next((i for i, t in enumerate(tokens) if t.start == names[-1].start), None)


def _is_person(actor: ActorRef, tracker: ActorTracker) -> bool:
    entity = tracker.index.by_id.get(actor.entity or "")
    return entity is not None and entity.type == "PERSON"


def _relation_start(tokens: list[Token], first: int, relations: frozenset[str]) -> int | None:
    """Index of the longest of ``relations`` ending right before token ``first``."""
    for size in range(_ROLE_WORDS, 0, -1):
        opening = first - size
        if opening < 0 or any(not t.is_word for t in tokens[opening:first]):
            continue
        if " ".join(fold(t.text) for t in tokens[opening:first]) in relations:
            return opening
    return None


def _words_before(tokens: list[Token], first: int) -> int | None:
    """Index of the first of the words running up to token ``first`` in its clause (at most three)."""
    opening = None
    for i in range(first - 1, max(-1, first - 1 - _ROLE_WORDS), -1):
        if not tokens[i].is_word or tokens[i].low in _STOPS:
            break
        opening = i
    return opening
