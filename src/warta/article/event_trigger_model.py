"""The learned trigger model: how likely a word of a sentence is to state an event, and of which type.

The rule coder (:mod:`warta.article.events`) finds triggers with a hand lexicon; on articles nobody
tuned on, most of the events annotators code are missed and about half of what is coded is not
coded by them (docs/benchmarks.md, events). This module scores candidate words — every word of a
lexicon trigger and every affixed verb or nominalisation ("menyerang", "dikirim", "penangkapan") —
with one multinomial logistic model over the PLOVER types and "none". Its features are meant to
carry over to unseen articles: the word's root (PySastrawi) and affix shape, the lexicon's type,
mode and voice for it, the words and roots beside it, negation and modality words just before it,
whether it stands inside a quotation, the sentence's place in the article, entities named just
before or after it, and whether its root is in the lead.

Use: :func:`gate_events` drops each coded event whose trigger the model finds very unlikely to
state an event of the coded type (the probability of that type under :data:`GATE_BELOW`). The
weights are plain JSON (``resources/event_trigger_model.json``, trained by
:mod:`warta.train.event_triggers`); scoring is a sum of weights and a softmax, so inference needs
only the standard library. ``WARTA_EVENT_TRIGGER_MODEL=1`` turns the gate on, ``0`` off; unset,
:data:`SHIPPED_ON` decides.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from warta.article.event_lexicon import Token, TriggerMatch, TriggerRow, find_triggers, tokenize, word_set
from warta.models import Entity, Event

MODEL_RESOURCE = "event_trigger_model.json"
ENV_SWITCH = "WARTA_EVENT_TRIGGER_MODEL"
SHIPPED_ON = False  # the held-out gain did not clear the shipping bar (model card)
NONE = "NONE"
GATE_BELOW = 0.1  # an event whose coded type the model gives less than this is dropped
PROPOSE_AT = 0.7  # a word the lexicon missed is proposed as a trigger from this probability of a type
PROPOSED_ORDER = 1_000_000  # the lexicon row order of a proposed trigger: after every written row
_NEAR = 5  # tokens before/after a word in which an entity counts as near it
_CUE_REACH = 3  # tokens before a word in which negation and modality words count
_NEGATION = word_set("tidak tak belum bukan jangan tanpa batal gagal enggan")
_MODALITY = word_set("akan ingin bisa dapat harus hendak siap berencana rencana mau perlu berharap "
                     "mengancam meminta mendesak berjanji")
_QUOTE_MARKS = frozenset('"“”')
_PREFIXES = (("memper", "me"), ("diper", "di"), ("meng", "me"), ("meny", "me"), ("mem", "me"),
             ("men", "me"), ("me", "me"), ("di", "di"), ("ber", "ber"), ("be", "ber"), ("ter", "ter"),
             ("peng", "pe"), ("peny", "pe"), ("pem", "pe"), ("pen", "pe"), ("per", "per"), ("pe", "pe"),
             ("ke", "ke"))
_SUFFIXES = ("kan", "an", "i", "nya")
_MIN_AFFIXED = 5  # letters of the shortest affixed word considered ("diam" is no affixed word)


@cache
def _stemmer() -> Any:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=65536)
def root_of(low: str) -> str:
    """The word's root by PySastrawi; a reduplicated root keeps one half ("pukul-memukul" -> "pukul")."""
    stemmed: str = _stemmer().stem(low)
    return stemmed.split()[0] if stemmed else low


@lru_cache(maxsize=65536)
def affix_shape(low: str) -> str:
    """"me+kan", "di+none", "pe+an", "bare": the word's prefix class and suffix, from its root (a nasal
    prefix may swallow the root's first letter: "memukul" is mem + (p)ukul)."""
    root = root_of(low)
    if root == low:
        return "bare"
    body = root if root in low else root[1:]
    if not body or body not in low:
        return "other"
    before, after = low[:low.index(body)], low[low.index(body) + len(body):]
    prefix = next((kind for form, kind in _PREFIXES if before.startswith(form)),
                  "other" if before else "none")
    suffix = next((s for s in _SUFFIXES if after.startswith(s)), "other") if after else "none"
    return f"{prefix}+{suffix}"


def affixed(low: str) -> bool:
    """Is the word an affixed form of a root (a verb or a nominalisation), not a bare root?"""
    return len(low) >= _MIN_AFFIXED and low.isalpha() and affix_shape(low).partition("+")[0] not in (
        "bare", "other")


@dataclass(frozen=True)
class SentenceView:
    """One sentence's tokens, its lexicon triggers, and what the article around it says."""

    tokens: list[Token]
    triggers: list[TriggerMatch]
    number: int  # the sentence's place in the article
    entity_spans: tuple[tuple[int, int, str], ...]  # (start, end, type) of entity mentions in it
    lead_roots: frozenset[str]  # roots of the affixed words of the article's first sentence


def sentence_view(text: str, start: int, end: int, number: int, entities: Sequence[Entity],
                  lead_roots: frozenset[str], lang: str = "id") -> SentenceView:
    tokens = tokenize(text, start, end)
    spans = tuple(sorted((m.start, m.end, e.type) for e in entities for m in e.mentions
                         if start <= m.start < end))
    return SentenceView(tokens, find_triggers(tokens, lang), number, spans, lead_roots)


def lead_roots_of(text: str, sentences: Sequence[Sequence[int]]) -> frozenset[str]:
    if not sentences:
        return frozenset()
    start, end = sentences[0][0], sentences[0][1]
    return frozenset(root_of(t.low) for t in tokenize(text, start, end) if affixed(t.low))


def candidate_indices(view: SentenceView) -> list[int]:
    """Token indices worth scoring: every word of a lexicon trigger, every affixed word."""
    lexical = {i for match in view.triggers for i in range(match.first, match.last)}
    return [i for i, token in enumerate(view.tokens)
            if i in lexical or (token.is_word and affixed(token.low))]


def _position(number: int) -> str:
    return "0" if number == 0 else "1-2" if number <= 2 else "3-5" if number <= 5 else "6+"


def _in_quote(tokens: Sequence[Token], i: int) -> bool:
    return sum(1 for t in tokens[:i] if t.text in _QUOTE_MARKS) % 2 == 1


def _entities_near(view: SentenceView, i: int) -> list[str]:
    tokens = view.tokens
    before = (tokens[max(i - _NEAR, 0)].start, tokens[i].start)
    after = (tokens[i].end, tokens[min(i + _NEAR, len(tokens) - 1)].end)
    found = []
    for start, end, kind in view.entity_spans:
        if start < before[1] and end > before[0]:
            found += ["ent<", f"ent<{kind}"]
        if start < after[1] and end > after[0]:
            found += ["ent>", f"ent>{kind}"]
    return sorted(set(found))


def _lexicon(view: SentenceView, i: int) -> list[str]:
    found = []
    for match in view.triggers:
        if match.first <= i < match.last:
            row = match.row
            found += [f"lex={row.type}", f"lexmode={row.type}/{row.mode}", f"lexvoice={row.voice}",
                      f"lexhead={i == match.first}", f"lexobj={bool(row.objects)}"]
    return found or ["lex=none"]


def _neighbour(tokens: Sequence[Token], i: int, side: str) -> list[str]:
    if not 0 <= i < len(tokens):
        return [f"{side}=<edge>"]
    low = tokens[i].low
    return [f"{side}={low}", f"{side}root={root_of(low)}"] if tokens[i].is_word else [f"{side}={low}"]


def features(view: SentenceView, i: int) -> list[str]:
    """The feature names of token ``i`` of a sentence (binary: present or not)."""
    tokens = view.tokens
    low = tokens[i].low
    root, shape = root_of(low), affix_shape(low)
    lexicon = _lexicon(view, i)
    cues = {t.low for t in tokens[max(i - _CUE_REACH, 0):i]}
    names = ["bias", f"word={low}", f"root={root}", f"shape={shape}", f"root|shape={root}|{shape}",
             f"pos={_position(view.number)}", f"quote={_in_quote(tokens, i)}",
             f"neg={bool(cues & _NEGATION)}", f"modal={bool(cues & _MODALITY)}",
             f"lead={view.number > 0 and root in view.lead_roots}", f"cap={tokens[i].is_cap and i > 0}"]
    names += lexicon + [f"{name}|shape={shape}" for name in lexicon if name.startswith("lex=")]
    names += _neighbour(tokens, i - 1, "prev") + _neighbour(tokens, i + 1, "next")
    names += _neighbour(tokens, i - 2, "prev2")[:1] + _entities_near(view, i)
    return names


# --------------------------------------------------------------------------- the model


@dataclass(frozen=True)
class TriggerModel:
    """One weight vector per label (the PLOVER types and :data:`NONE`)."""

    weights: dict[str, dict[str, float]]
    gate_below: float = GATE_BELOW
    propose_at: float = PROPOSE_AT

    def probabilities(self, names: Sequence[str]) -> dict[str, float]:
        scores = {label: sum(w.get(name, 0.0) for name in names) for label, w in self.weights.items()}
        top = max(scores.values(), default=0.0)
        exps = {label: math.exp(s - top) for label, s in scores.items()}
        total = sum(exps.values())
        return {label: e / total for label, e in exps.items()}


def model_from_json(data: dict[str, Any]) -> TriggerModel:
    return TriggerModel({label: dict(w) for label, w in data["weights"].items()},
                        float(data.get("gate_below", GATE_BELOW)), float(data.get("propose_at", PROPOSE_AT)))


@cache
def load_model() -> TriggerModel:
    raw = resources.files("warta.resources").joinpath(MODEL_RESOURCE).read_text(encoding="utf-8")
    return model_from_json(json.loads(raw))


def trigger_model_on() -> bool:
    """Is the gate on: the switch in the environment, else the shipped default."""
    value = os.environ.get(ENV_SWITCH, "").strip()
    return value == "1" if value in ("0", "1") else SHIPPED_ON


# --------------------------------------------------------------------------- the gate


@dataclass
class ArticleReader:
    """Sentence views of one article, built once each."""

    text: str
    sentences: Sequence[Sequence[int]]
    entities: Sequence[Entity]
    lang: str = "id"

    def __post_init__(self) -> None:
        self._views: dict[int, SentenceView] = {}
        self._lead: frozenset[str] | None = None

    def view(self, number: int) -> SentenceView:
        if number not in self._views:
            if self._lead is None:
                self._lead = lead_roots_of(self.text, self.sentences)
            start, end = self.sentences[number][0], self.sentences[number][1]
            self._views[number] = sentence_view(self.text, start, end, number, self.entities, self._lead,
                                                self.lang)
        return self._views[number]

    def view_of(self, tokens: list[Token], triggers: list[TriggerMatch], number: int) -> SentenceView:
        """The view of a sentence the coder has tokenised already."""
        if self._lead is None:
            self._lead = lead_roots_of(self.text, self.sentences)
        start, end = self.sentences[number][0], self.sentences[number][1]
        spans = tuple(sorted((m.start, m.end, e.type) for e in self.entities for m in e.mentions
                             if start <= m.start < end))
        return SentenceView(tokens, triggers, number, spans, self._lead)

    def sentence_of(self, at: int) -> int | None:
        return next((n for n, s in enumerate(self.sentences) if s[0] <= at < s[1]), None)


def type_probability(model: TriggerModel, reader: ArticleReader, trigger: tuple[int, int],
                     kind: str) -> float:
    """The model's highest probability of ``kind`` over the words of the trigger's span."""
    number = reader.sentence_of(trigger[0])
    if number is None:
        return 1.0
    view = reader.view(number)
    inside = [i for i, t in enumerate(view.tokens)
              if t.start < trigger[1] and t.end > trigger[0] and t.is_word]
    return max((model.probabilities(features(view, i)).get(kind, 0.0) for i in inside), default=1.0)


def gate_events(coded: Sequence[tuple[Event, tuple[int, int]]], reader: ArticleReader,
                model: TriggerModel | None = None) -> list[tuple[Event, tuple[int, int]]]:
    """The coded events whose trigger the model finds likely enough to state their type, renumbered."""
    model = model or load_model()
    kept = [(event, trigger) for event, trigger in coded
            if type_probability(model, reader, trigger, event.type) >= model.gate_below]
    if len(kept) == len(coded):
        return list(coded)
    prefix = coded[0][0].id.rsplit("-v", 1)[0] if coded else ""
    return [(event.model_copy(update={"id": f"{prefix}-v{n}"}), trigger)
            for n, (event, trigger) in enumerate(kept, start=1)]


# --------------------------------------------------------------------------- proposals


def voice_of(low: str) -> str:
    """The lexicon voice a proposed trigger is read with, from its affixes: "dikirim" passive,
    "mengirim" active, "berunding" intransitive, "pengiriman" a noun."""
    prefix, _, suffix = affix_shape(low).partition("+")
    if prefix in ("di", "ter"):
        return "passive"
    if prefix == "ber":
        return "intrans"
    if prefix == "me" or suffix in ("kan", "i"):
        return "active"
    return "noun"


def proposed_triggers(model: TriggerModel, view: SentenceView, at: float) -> list[TriggerMatch]:
    """Words outside the lexicon's triggers that the model reads as an event of a type the sentence's
    lexicon triggers do not already give: the likeliest word per type, from probability ``at``."""
    taken = {i for match in view.triggers for i in range(match.first, match.end)}
    given = {match.row.type for match in view.triggers}
    best: dict[str, tuple[float, int]] = {}
    for i in candidate_indices(view):
        if i in taken:
            continue
        probs = model.probabilities(features(view, i))
        kind = max((k for k in probs if k != NONE), key=lambda k: (probs[k], k))
        if probs[kind] >= at and kind not in given and probs[kind] > best.get(kind, (0.0, -1))[0]:
            best[kind] = (probs[kind], i)
    return [TriggerMatch(TriggerRow(PROPOSED_ORDER, "id", kind, None, voice_of(view.tokens[i].low), (), ()),
                         i, i + 1, i + 1) for kind, (_, i) in sorted(best.items())]


def trigger_proposer(reader: ArticleReader, model: TriggerModel | None = None, at: float | None = None
                     ) -> Callable[[list[Token], list[TriggerMatch], int], list[TriggerMatch]]:
    """What the rule coder calls on each sentence: its lexicon triggers and the proposed ones."""
    chosen = model or load_model()
    threshold = chosen.propose_at if at is None else at

    def propose(tokens: list[Token], triggers: list[TriggerMatch], number: int) -> list[TriggerMatch]:
        extra = proposed_triggers(chosen, reader.view_of(tokens, triggers, number), threshold)
        return sorted([*triggers, *extra], key=lambda match: match.first) if extra else triggers

    return propose
