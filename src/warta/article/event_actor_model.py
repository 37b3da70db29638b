"""The learned actor chooser: the final source and target of each event the rules coded.

The rules (:mod:`warta.article.events`) find a trigger and pick its sides by voice and clause;
hand rules generalise poorly to articles they were not read on (docs/benchmarks.md, events). For
each coded event this module gathers candidates — the rules' source and target, the entities
named in the sentence, the previous sentence and the lead, the actors of nearby events and of
earlier events of the same type, the speaker of the quote the event sits in, and nobody —
describes each by sparse features (is it the rules' choice, where it stands from the trigger and
in its clause, the word before it, the trigger's form, the candidate's kind and salience, whether
it spells out the rules' choice) and scores them with one linear model per role (a conditional
logit, trained by :mod:`warta.train.event_actors`). The best-scoring candidate wins where the
:class:`Gate` lets it overrule the rules; the target is never the chosen source.

The weights are plain JSON (``resources/event_actor_model.json``); scoring is a sum of weights,
so inference needs nothing beyond the standard library. ``WARTA_EVENT_ACTOR_MODEL=1`` turns the
chooser on, ``0`` off; unset, :data:`SHIPPED_ON` decides.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from warta.models import ActorRef, Entity, Event, Quote

MODEL_RESOURCE = "event_actor_model.json"
ENV_SWITCH = "WARTA_EVENT_ACTOR_MODEL"
SHIPPED_ON = False  # 23 Nov: +0.005 pooled event F1 in CV, half the shipping bar (model card)
ROLES = ("source", "target")
_ACTOR_TYPES = frozenset({"PERSON", "ORG", "LOC"})  # entity types that can act; events and things cannot
# Words before a candidate that say which side it is on ("dikecam oleh X", "meminta kepada X").
_MARKERS = frozenset({"oleh", "kepada", "terhadap", "dengan", "dari", "untuk", "antara", "bersama", "di",
                      "ke", "dan", "pada", "bagi", "agar", "supaya", "yang", "atas", "by", "to", "with"})
_MARKER_REACH = 4  # words a title may put between a side word and the name ("kepada Menteri Luar Negeri X")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_DISTANCES = ((2, "near"), (5, "mid"), (10, "far"))  # token distance buckets, else "distant"
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”]")
_CLAUSE_WORDS = re.compile(r" (?:yang|dan|serta|tetapi|namun|sedangkan|karena|setelah|sebelum|ketika|saat) ")
_PRONOUNS = re.compile(r"\b(?:ia|dia|mereka|beliau|pihaknya|keduanya|kami)\b", re.IGNORECASE)


@dataclass(frozen=True)
class CodedArticle:
    """An article's rule-coded events with their triggers and the article they were read from."""

    text: str
    sentences: list[tuple[int, int]]
    entities: list[Entity]
    quotes: list[Quote]
    events: list[Event]
    triggers: list[tuple[int, int]]
    lang: str = "id"


@dataclass
class Candidate:
    """One actor an event's side could be, with what is known of it around the event."""

    actor: ActorRef | None
    origins: set[str] = field(default_factory=set)  # sentence, previous, lead, event, speaker, rule
    kind: str = "none"
    position: int | None = None  # token index of its nearest mention in the sentence
    marker: str = "none"  # the word right before that mention
    mentions: int = 0
    at: int | None = None  # character offset of that mention
    salience: str = "none"  # its rank among the article's actors by mentions: 1, 2, 3, rest


def actor_model_on() -> bool:
    """Is the chooser on: the switch in the environment, else the shipped default."""
    value = os.environ.get(ENV_SWITCH, "").strip()
    return value == "1" if value in ("0", "1") else SHIPPED_ON


def actor_key(actor: ActorRef | None) -> tuple[str, str]:
    """What makes two candidate actors the same one."""
    if actor is None or actor == ActorRef():
        return ("none", "")
    if actor.entity:
        return ("entity", actor.entity)
    if actor.name:
        return ("name", actor.name.casefold())
    return ("description", (actor.description or "").casefold())


# --------------------------------------------------------------------------- candidates


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(start + m.start(), start + m.end(), m.group().lower()) for m in _WORD.finditer(text[start:end])]


def _token_at(words: Sequence[tuple[int, int, str]], at: int) -> int | None:
    return next((i for i, (first, last, _) in enumerate(words) if first <= at < last), None)


def marker_before(words: Sequence[tuple[int, int, str]], position: int) -> str:
    """The nearest side word in the few words before a mention ("dengan Menteri Luar Negeri X": dengan)."""
    if position == 0:
        return "none"
    for first in range(position - 1, max(-1, position - 1 - _MARKER_REACH), -1):
        if words[first][2] in _MARKERS:
            return words[first][2]
    return "other"


def trigger_form(word: str) -> str:
    """The trigger's voice as its first word's shape says it (active me-, passive di-, ber-, ter-, noun)."""
    for prefix, form in (("di", "di"), ("me", "me"), ("ber", "ber"), ("ter", "ter"), ("pe", "noun")):
        if word.startswith(prefix) and len(word) > len(prefix) + 3:
            return form
    return "noun" if word.endswith("an") else "other"


class _CandidateFinder:
    """The candidates of the events of one article."""

    def __init__(self, coded: CodedArticle) -> None:
        self.coded = coded
        self.by_id = {e.id: e for e in coded.entities if e.type in _ACTOR_TYPES}
        ranked = sorted(self.by_id.values(), key=lambda e: -len(e.mentions))
        self.salience = {e.id: str(n) if n <= 3 else "rest" for n, e in enumerate(ranked, 1)}

    def sentence_of(self, at: int) -> int:
        return next((i for i, (start, end) in enumerate(self.coded.sentences) if start <= at < end), 0)

    def named_in(self, number: int) -> list[tuple[Entity, int]]:
        """Entities with a mention in sentence ``number`` and where that mention starts."""
        if not 0 <= number < len(self.coded.sentences):
            return []
        start, end = self.coded.sentences[number]
        return [(entity, m.start) for entity in self.by_id.values() for m in entity.mentions
                if start <= m.start < end]

    def candidates(self, index: int) -> list[Candidate]:
        event, (trigger_start, _) = self.coded.events[index], self.coded.triggers[index]
        number = self.sentence_of(trigger_start)
        start, end = self.coded.sentences[number] if self.coded.sentences else (0, len(self.coded.text))
        words = _words(self.coded.text, start, end)
        found: dict[tuple[str, str], Candidate] = {}

        def add(actor: ActorRef | None, origin: str, at: int | None = None) -> None:
            candidate = found.setdefault(actor_key(actor), Candidate(actor))
            candidate.origins.add(origin)
            if at is not None and start <= at < end and candidate.position is None:
                position = _token_at(words, at)
                candidate.position = position
                candidate.at = at
                if position is not None:
                    candidate.marker = marker_before(words, position)

        add(event.source if event.source != ActorRef() else None, "rule")
        add(event.target, "rule")
        for origin, where in (("sentence", number), ("previous", number - 1), ("lead", 0)):
            for entity, at in self.named_in(where):
                where_named = at if origin == "sentence" else None
                add(ActorRef(entity=entity.id, name=entity.name), origin, where_named)
        for other in self.coded.events:
            if other is not event and abs(self.sentence_of(other.evidence[0].start) - number) <= 1:
                for actor in (other.source, other.target):
                    if actor is not None and actor != ActorRef():
                        add(actor, "event")
        # an event named again later ("penahanan itu") often leaves out the sides its first mention gave
        for other, other_trigger in zip(self.coded.events[:index], self.coded.triggers[:index], strict=True):
            if other.type == event.type and other_trigger != self.coded.triggers[index]:
                for actor in (other.source, other.target):
                    if actor is not None and actor != ActorRef():
                        add(actor, "earlier")
        for quote in self.coded.quotes:
            if quote.start <= trigger_start < quote.end and quote.speaker != ActorRef():
                add(quote.speaker, "speaker")
        add(None, "none")
        for candidate in found.values():
            self._describe(candidate, start, end)
        return list(found.values())

    def _describe(self, candidate: Candidate, start: int, end: int) -> None:
        actor = candidate.actor
        entity = self.by_id.get(actor.entity or "") if actor is not None else None
        candidate.kind = "none" if actor is None else (entity.type if entity is not None else "description")
        candidate.mentions = len(entity.mentions) if entity is not None else 0
        candidate.salience = self.salience.get(entity.id, "none") if entity is not None else "none"
        if candidate.position is None and actor is not None and entity is None and actor.description:
            at = self.coded.text.lower().find(actor.description.lower(), start, end)
            if at >= 0:
                candidate.origins.add("sentence")
                candidate.at = at
                words = _words(self.coded.text, start, end)
                candidate.position = _token_at(words, at)
                if candidate.position is not None:
                    candidate.marker = marker_before(words, candidate.position)


# --------------------------------------------------------------------------- features


@dataclass(frozen=True)
class EventView:
    """What a candidate's features read of its event."""

    type: str
    mode: str
    form: str
    trigger_token: int | None
    subject: tuple[str, str] | None  # the first candidate named before the trigger
    in_quote: bool
    rule: dict[str, tuple[str, str]]  # role -> key of the rules' choice
    ranks: dict[tuple[str, str], str]  # candidate key -> its order outward from the trigger ("after1")
    clause: frozenset[tuple[str, str]] = frozenset()  # candidates in the trigger's clause
    clause_subject: tuple[str, str] | None = None  # the first of them before the trigger
    pronoun: bool = False  # a pronoun stands before the trigger in its sentence
    previous: dict[tuple[str, str], str] = field(default_factory=dict)  # key -> side in the event before
    links: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # key -> "spells_source", …
    earlier: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # key -> its sides in earlier
    # events of the same type


def same_clause(text: str, at: int, trigger: tuple[int, int]) -> bool:
    """No clause break (comma, semicolon, bracket, quote, "yang", "dan") between a mention and the trigger."""
    between = text[min(at, trigger[0]):max(at, trigger[1])].lower()
    inner = between[between.find(" ") + 1:between.rfind(" ")] if " " in between else ""
    return not (_CLAUSE_BREAK.search(inner) or _CLAUSE_WORDS.search(f" {inner} "))


def _initials(name: str) -> str:
    return "".join(w[0] for w in _WORD.findall(name) if w[0].isupper())


def rule_link(candidate: Candidate, rule: ActorRef | None, text: str) -> str | None:
    """How a candidate names more fully what the rules chose: the long form of an acronym ("FPI",
    Front Pembela Islam), a longer name holding it ("Persib", Persib Bandung), the name right after a
    title the rules took ("Imam Besar FPI Habib Rizieq")."""
    actor = candidate.actor
    if actor is None or rule is None or actor_key(actor) == actor_key(rule) or not actor.name:
        return None
    chosen = rule.name or rule.description or ""
    if chosen.isupper() and 2 <= len(chosen) <= 6 and _initials(actor.name).startswith(chosen):
        return "spells"
    words, rule_words = _WORD.findall(actor.name.lower()), _WORD.findall(chosen.lower())
    if rule_words and len(words) > len(rule_words) and set(rule_words) <= set(words):
        return "extends"
    if rule.description and candidate.at is not None:
        found = text.lower().rfind(rule.description.lower(), 0, candidate.at)
        gap = text[found + len(rule.description):candidate.at] if found >= 0 else ","
        if found >= 0 and len(_WORD.findall(gap)) <= 1 and "," not in gap and "." not in gap:
            return "apposed"
    return None


def event_view(coded: CodedArticle, index: int, candidates: Sequence[Candidate]) -> EventView:
    event, (trigger_start, trigger_end) = coded.events[index], coded.triggers[index]
    sentence = next(((s, e) for s, e in coded.sentences if s <= trigger_start < e), (0, len(coded.text)))
    words = _words(coded.text, *sentence)
    trigger_token = _token_at(words, trigger_start)
    before = [c for c in candidates if c.position is not None and trigger_token is not None
              and c.position < trigger_token]
    subject = min(before, key=lambda c: c.position or 0) if before else None
    after = [c for c in candidates if c.position is not None and trigger_token is not None
             and c.position > trigger_token]
    ranks = {actor_key(c.actor): f"before{min(n, 3)}"
             for n, c in enumerate(sorted(before, key=lambda c: -(c.position or 0)), 1)}
    ranks.update({actor_key(c.actor): f"after{min(n, 3)}"
                  for n, c in enumerate(sorted(after, key=lambda c: c.position or 0), 1)})
    trigger_word = coded.text[trigger_start:trigger_end].split(" ", 1)[0].lower()
    in_clause = [c for c in candidates
                 if c.at is not None and same_clause(coded.text, c.at, (trigger_start, trigger_end))]
    clause_before = [c for c in in_clause if c.at is not None and c.at < trigger_start]
    return EventView(
        type=event.type, mode=event.mode or "none", form=trigger_form(trigger_word),
        trigger_token=trigger_token,
        subject=actor_key(subject.actor) if subject is not None else None,
        in_quote=any(q.start <= trigger_start < q.end for q in coded.quotes),
        rule={"source": actor_key(event.source), "target": actor_key(event.target)}, ranks=ranks,
        clause=frozenset(actor_key(c.actor) for c in in_clause),
        clause_subject=(actor_key(min(clause_before, key=lambda c: c.at or 0).actor) if clause_before
                        else None),
        pronoun=bool(_PRONOUNS.search(coded.text[sentence[0]:trigger_start])),
        previous=_previous_sides(coded, index),
        earlier=_earlier_sides(coded, index),
        links=_links(coded.text, event, candidates),
    )


def _earlier_sides(coded: CodedArticle, index: int) -> dict[tuple[str, str], set[str]]:
    """The sides of the earlier events of the same type on other triggers (a later mention of an
    event often names it again without its sides)."""
    event, trigger = coded.events[index], coded.triggers[index]
    sides: dict[tuple[str, str], set[str]] = {}
    for other, at in zip(coded.events[:index], coded.triggers[:index], strict=True):
        if other.type == event.type and at != trigger:
            for role, actor in (("source", other.source), ("target", other.target)):
                if actor is not None and actor_key(actor)[0] != "none":
                    sides.setdefault(actor_key(actor), set()).add(role)
    return sides


def _previous_sides(coded: CodedArticle, index: int) -> dict[tuple[str, str], str]:
    """The sides of the last event coded before this one on another trigger."""
    earlier = [e for e, t in zip(coded.events[:index], coded.triggers[:index], strict=True)
               if t != coded.triggers[index]]
    if not earlier:
        return {}
    last = earlier[-1]
    sides = {actor_key(last.target): "previous_target"} if last.target is not None else {}
    sides[actor_key(last.source)] = "previous_source"
    sides.pop(("none", ""), None)
    return sides


def _links(text: str, event: Event, candidates: Sequence[Candidate]) -> dict[tuple[str, str], set[str]]:
    found: dict[tuple[str, str], set[str]] = {}
    for role, chosen in (("source", event.source), ("target", event.target)):
        for candidate in candidates:
            link = rule_link(candidate, chosen, text)
            if link is not None:
                found.setdefault(actor_key(candidate.actor), set()).add(f"{link}_{role}")
    return found


def _distance(candidate: Candidate, view: EventView) -> tuple[str, str]:
    if candidate.position is None or view.trigger_token is None:
        return "absent", "absent"
    gap = candidate.position - view.trigger_token
    side = "before" if gap < 0 else "after"
    bucket = next((name for limit, name in _DISTANCES if abs(gap) <= limit), "distant")
    return side, bucket


def features(candidate: Candidate, view: EventView, role: str) -> list[str]:
    """The sparse features of ``candidate`` for ``role`` (the model has one weight vector per role).

    No feature is conjoined with the event type: on 127 dev documents those conjunctions fitted the
    training folds and cost held-out F1 (model card)."""
    key = actor_key(candidate.actor)
    other = "target" if role == "source" else "source"
    side, bucket = _distance(candidate, view)
    mentions = "0" if candidate.mentions == 0 else ("1" if candidate.mentions == 1 else
                                                   ("few" if candidate.mentions <= 3 else "many"))
    flags = {
        "rule": key == view.rule[role],
        "rule_other": key == view.rule[other] and key[0] != "none",
        "subject": key == view.subject,
    }
    rule_none = view.rule[role][0] == "none"
    names = [f"kind={candidate.kind}", f"side={side}&form={view.form}", f"side={side}&dist={bucket}",
             f"marker={candidate.marker}", f"marker={candidate.marker}&form={view.form}",
             f"marker={candidate.marker}&side={side}", f"mentions={mentions}",
             f"kind={candidate.kind}&form={view.form}", f"marker={candidate.marker}&kind={candidate.kind}"]
    rank = view.ranks.get(key, "unranked")
    names += [f"rank={rank}", f"rank={rank}&form={view.form}", f"rank={rank}&marker={candidate.marker}"]
    names += [f"origin={origin}" for origin in sorted(candidate.origins)]
    names += [f"origin={origin}&form={view.form}" for origin in sorted(candidate.origins)]
    for flag, value in flags.items():
        if value:
            names += [flag, f"{flag}&form={view.form}", f"{flag}&mode={view.mode}"]
    if key[0] == "none":
        names += ["none", f"none&form={view.form}"] + (["none&rule_none"] if rule_none else [])
    if view.in_quote and "speaker" in candidate.origins:
        names.append("quote_speaker")
    names += _syntax(candidate, view, key, side, bucket) + _context(candidate, view, key, role)
    if rule_none and key[0] != "none":
        names += _filling(candidate, side, bucket)
    return names


def _filling(candidate: Candidate, side: str, bucket: str) -> list[str]:
    """A candidate for a side the rules left empty: where it stands and what says so."""
    return [f"fill&side={side}&dist={bucket}", f"fill&marker={candidate.marker}&side={side}",
            f"fill&kind={candidate.kind}"] + [f"fill&origin={origin}" for origin in sorted(candidate.origins)]


def _syntax(candidate: Candidate, view: EventView, key: tuple[str, str], side: str, bucket: str
            ) -> list[str]:
    """Where the candidate stands in the trigger's clause, read with the trigger's voice."""
    clause = "clause" if key in view.clause else ("sentence" if candidate.at is not None else "away")
    names = [f"clause={clause}&side={side}&form={view.form}",
             f"clause={clause}&marker={candidate.marker}&side={side}&form={view.form}",
             f"clause={clause}&dist={bucket}"]
    if key == view.clause_subject:
        names += ["clause_subject", f"clause_subject&form={view.form}",
                  f"clause_subject&kind={candidate.kind}"]
    return names


def _context(candidate: Candidate, view: EventView, key: tuple[str, str], role: str) -> list[str]:
    """What names the candidate outside the sentence: salience, the event before, a pronoun, the rules'
    choice it spells out."""
    away = candidate.at is None and key[0] != "none"
    names = [f"salience={candidate.salience}&away={away}",
             f"salience={candidate.salience}&kind={candidate.kind}"]
    empty = view.rule[role][0] == "none"
    for side in sorted(view.earlier.get(key, ())):
        names += [f"earlier_{side}_for_{role}", f"earlier_{side}_for_{role}&rule_none={empty}"]
    if key in view.previous:
        names += [view.previous[key], f"{view.previous[key]}&away={away}"]
    if away and view.pronoun:
        names += ["pronoun&away", f"pronoun&away&kind={candidate.kind}"]
    names += sorted(view.links.get(key, ()))
    return names


def article_rows(coded: CodedArticle) -> list[tuple[list[Candidate], EventView]]:
    """Each event's candidates and its view, in event order."""
    finder = _CandidateFinder(coded)
    rows = []
    for index in range(len(coded.events)):
        candidates = finder.candidates(index)
        rows.append((candidates, event_view(coded, index, candidates)))
    return rows


# --------------------------------------------------------------------------- choosing


@lru_cache(maxsize=1)
def _artifact() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(resources.files("warta.resources").joinpath(MODEL_RESOURCE).read_text(
        encoding="utf-8"))
    return loaded


@lru_cache(maxsize=1)
def load_model() -> dict[str, dict[str, float]]:
    """The shipped weights, role -> feature -> weight."""
    raw = _artifact()
    return {role: {name: float(value) for name, value in raw["weights"][role].items()} for role in ROLES}


@lru_cache(maxsize=1)
def load_gate() -> Gate:
    """The shipped gate (none in an artifact written before gates: the model overrules freely)."""
    gate = _artifact().get("gate", {})
    return Gate(float(gate.get("margin", 0.0)), bool(gate.get("only_empty", False)))


def score(weights: dict[str, float], names: Sequence[str]) -> float:
    return sum(weights.get(name, 0.0) for name in names)


@dataclass(frozen=True)
class Gate:
    """When the chooser may overrule the rules: only where the best candidate outscores the rules'
    own choice by more than ``margin``, and with ``only_empty`` only on a side the rules left empty."""

    margin: float = 0.0
    only_empty: bool = False


def pick(candidates: Sequence[Candidate], view: EventView, weights: dict[str, float], role: str,
         gate: Gate) -> Candidate:
    """The best candidate for ``role``, or the rules' choice where the gate keeps it (ties keep it too)."""
    scored = [(score(weights, features(c, view, role)), c) for c in candidates]
    rule = next(((s, c) for s, c in scored if actor_key(c.actor) == view.rule[role]), None)
    best = max(scored, key=lambda pair: pair[0])
    if rule is None:
        return best[1]
    if gate.only_empty and view.rule[role][0] != "none":
        return rule[1]
    return best[1] if best[0] - rule[0] > gate.margin else rule[1]


def choose(candidates: Sequence[Candidate], view: EventView, model: dict[str, dict[str, float]],
           gate: Gate = Gate()) -> tuple[ActorRef | None, ActorRef | None]:
    """The best source, then the best target that is not that source."""
    source = pick(candidates, view, model["source"], "source", gate)
    taken = actor_key(source.actor)
    targets = [c for c in candidates if actor_key(c.actor) != taken or taken[0] == "none"]
    return source.actor, pick(targets, view, model["target"], "target", gate).actor


def choose_actors(coded: CodedArticle, model: dict[str, dict[str, float]] | None = None,
                  gate: Gate | None = None) -> list[tuple[Event, tuple[int, int]]]:
    """The events with the chooser's sides, each with its trigger. Without ``model`` the shipped weights
    and gate decide; a model given without a gate overrules the rules wherever it scores higher.

    A trigger the rules coded more than once (one event per pair of sides) keeps the rules' sides, as
    one choice would merge them; an event left with nobody on either side keeps the rules' sides too
    (nothing is dropped)."""
    weights = model or load_model()
    rule_gate = gate or (load_gate() if model is None else Gate())
    per_trigger: dict[tuple[int, int], int] = {}
    for trigger in coded.triggers:
        per_trigger[trigger] = per_trigger.get(trigger, 0) + 1
    chosen = []
    for (candidates, view), event, trigger in zip(article_rows(coded), coded.events, coded.triggers,
                                                  strict=True):
        if per_trigger[trigger] == 1:
            source, target = choose(candidates, view, weights, rule_gate)
            if source is not None or target is not None:
                event = event.model_copy(update={"source": source or ActorRef(), "target": target})
        chosen.append((event, trigger))
    return chosen
