"""The sides of an event read off a dependency parse: who did the trigger, to whom.

Used to measure whether the parser (:mod:`warta.article.parse`) could find event actors
(:mod:`warta.bench.parser_events`). Given a sentence's parse and its trigger token:

- active trigger (``me-``, ``ber-``, bare verbs): source = its ``nsubj``, target = its ``obj``
  (else an ``obl``);
- passive trigger (a ``nsubj:pass`` dependent, or a ``di-`` verb): source = the dependent
  marked by ``oleh``, target = the (passive) subject;
- noun trigger: source = the subject of the verb it is the object of (``melakukan serangan``),
  else a bare ``nmod``; target = a dependent marked by ``terhadap``/``ke``/``kepada``/``atas``.

A clause with no subject of its own takes its head clause's (``conj``, ``xcomp``, ``advcl``);
a relative clause's subject ``yang`` is the noun the clause modifies.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from warta.article.parse import Parse

_INHERITS_SUBJECT = frozenset({"conj", "xcomp", "advcl"})
_NAME_PARTS = frozenset({"flat", "compound", "amod", "nummod", "appos", "nmod"})
_TARGET_CASES = frozenset({"terhadap", "ke", "kepada", "atas"})
_AGENT_CASE = "oleh"


@dataclass(frozen=True)
class Sides:
    source: int | None
    target: int | None


def voice(trigger_word: str, upos: str) -> str:
    """``di`` / ``me`` / ``ber`` by the trigger's prefix, else ``noun`` (tagged NOUN/PROPN) or ``other``."""
    word = trigger_word.casefold()
    if len(word) > 4 and word.startswith("di"):
        return "di"
    if len(word) > 4 and word.startswith("me"):
        return "me"
    if len(word) > 4 and word.startswith("be"):
        return "ber"
    return "noun" if upos in {"NOUN", "PROPN"} else "other"


def sides_of(parse: Parse, words: Sequence[str], trigger: int, trigger_voice: str) -> Sides:
    """The source and target tokens the parse gives the trigger (None where it gives none)."""
    if trigger_voice == "noun":
        return _noun_sides(parse, words, trigger)
    passive = trigger_voice == "di" or bool(_dependents(parse, trigger, {"nsubj:pass"}))
    subject = _subject(parse, words, trigger)
    if passive:
        return Sides(_marked_by(parse, words, trigger, {_AGENT_CASE}), subject)
    objects = _dependents(parse, trigger, {"obj"}) or [
        i for i in _dependents(parse, trigger, {"obl"}) if not _marked_by_at(parse, words, i, {_AGENT_CASE})]
    return Sides(subject, objects[0] if objects else None)


def phrase(parse: Parse, words: Sequence[str], token: int | None) -> str | None:
    """The token with the words that name it with it (flat names, compounds, appositions)."""
    if token is None:
        return None
    keep = {token}
    frontier = [token]
    while frontier:
        head = frontier.pop()
        for i, (h, rel) in enumerate(zip(parse.heads, parse.deprels, strict=True)):
            if h == head and i not in keep and rel in _NAME_PARTS and not _has_case(parse, i):
                keep.add(i)
                frontier.append(i)
    return " ".join(words[i] for i in sorted(keep))


def _noun_sides(parse: Parse, words: Sequence[str], trigger: int) -> Sides:
    head = parse.heads[trigger]
    source = None
    if parse.deprels[trigger] == "obj":
        source = _subject(parse, words, head)
    if source is None:
        bare = [i for i in _dependents(parse, trigger, {"nmod"}) if not _has_case(parse, i)]
        source = bare[0] if bare else None
    return Sides(source, _marked_by(parse, words, trigger, _TARGET_CASES))


def _subject(parse: Parse, words: Sequence[str], clause: int) -> int | None:
    """The clause's subject, inherited up conj/xcomp/advcl chains; ``yang`` read as the noun it modifies."""
    seen: set[int] = set()
    while clause not in seen:
        seen.add(clause)
        subjects = _dependents(parse, clause, {"nsubj", "nsubj:pass"})
        if subjects:
            subject = subjects[0]
            if words[subject].casefold() == "yang" and parse.deprels[clause] == "acl":
                return parse.heads[clause]
            return subject
        if parse.deprels[clause] == "acl":  # "orang yang ditangkap": the noun is the clause's subject
            return parse.heads[clause]
        if parse.deprels[clause] not in _INHERITS_SUBJECT:
            return None
        clause = parse.heads[clause]
    return None


def _dependents(parse: Parse, head: int, relations: set[str]) -> list[int]:
    return [i for i, (h, rel) in enumerate(zip(parse.heads, parse.deprels, strict=True))
            if h == head and i != head and rel in relations]


def _has_case(parse: Parse, token: int) -> bool:
    return bool(_dependents(parse, token, {"case"}))


def _marked_by_at(parse: Parse, words: Sequence[str], token: int, cases: set[str] | frozenset[str]) -> bool:
    return any(words[i].casefold() in cases for i in _dependents(parse, token, {"case"}))


def _marked_by(parse: Parse, words: Sequence[str], head: int, cases: set[str] | frozenset[str]) -> int | None:
    """The first obl/nmod dependent of ``head`` whose preposition is one of ``cases``."""
    for i in _dependents(parse, head, {"obl", "nmod"}):
        if _marked_by_at(parse, words, i, cases):
            return i
    return None
