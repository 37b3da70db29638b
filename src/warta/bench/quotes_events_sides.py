"""Where event sides go wrong on the dev split: events whose type matches a gold event of their
sentence but whose (type, source, target) does not, by side, by what the system gave and by what the
gold side is.

    python -m warta.bench.quotes_events_sides [--held-out dev7-]

Documents whose name starts with the held-out prefix are counted apart and shown as counts only, so a
held-out family can be watched without reading its errors. A side is judged by the scorer's own
``actor_agrees``. What the gold side is, read from the sentence and the text before it:

- named in the sentence (another phrase chosen): all its name words occur in the sentence;
- agent of a passive: as above, after "oleh";
- speaker of the quote: the sentence lies in a gold quote of that speaker;
- pronoun's antecedent: the sentence has a pronoun (ia, dia, mereka, kami, pihaknya, …);
- role-only mention: a title or role word in the sentence, the name earlier in the article;
- generic body noun: "kementerian", "lembaga", "pihak" … in the sentence, the name earlier;
- named earlier, no cue in the sentence; other.

The upper bound is the event F1 a perfect side-resolver would reach: every such pair right.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from warta.bench import default_data_dir
from warta.bench.quotes_events_actors import (
    actor_agrees,
    actor_names,
    entity_aliases,
    name_words,
    names_match,
)
from warta.bench.quotes_events_gold import GoldDoc, GoldEvent, load_gold
from warta.bench.quotes_events_matching import f1, greedy_pairs, overlaps
from warta.bench.quotes_events_system import System, load_system, predict, system_input
from warta.models import ActorRef, Event

KINDS = ("named in the sentence", "agent of a passive", "speaker of the quote", "pronoun's antecedent",
         "role-only mention", "generic body noun", "named earlier, no cue", "other")
_PRONOUNS = re.compile(r"\b(?:ia|dia|mereka|beliau|kami|kita|saya|aku|pihaknya|keduanya)\b", re.I)
_ROLES = re.compile(r"\b(?:kapolri|kapolda|kapolres|hakim|jaksa|presiden|menteri|gubernur|bupati|"
                    r"wali ?kota|ketua|kepala|panglima|jubir|juru bicara|direktur|dirut|polisi|penyidik|"
                    r"menlu|majelis)\b", re.I)
_BODY_NOUNS = re.compile(r"\b(?:kementerian|lembaga|komisi|badan|pemerintah|pihak|partai|kantor|"
                         r"departemen)\b", re.I)
_WORD = re.compile(r"[^\W_]+")


@dataclass
class SideLosses:
    """Counts over one set of documents."""

    sides: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # (side, state, gold kind)
    hits: int = 0
    typed_only: int = 0  # type right, sides not
    predicted: int = 0
    gold: int = 0

    def f1_now(self) -> float:
        return f1(self.hits, self.predicted, self.gold)[2]

    def f1_bound(self) -> float:
        return f1(self.hits + self.typed_only, self.predicted, self.gold)[2]


def gold_side_kind(name: str, sentence: str, before: str, speakers: Sequence[str]) -> str:
    """What the gold side ``name`` of an event in ``sentence`` is (see the module's list)."""
    if _all_words_in(name, sentence):
        agent = re.search(r"\boleh\s+([^,.]*)", sentence)
        folded = agent.group(1).casefold() if agent else ""
        return KINDS[1] if any(w in folded for w in name_words(name)) else KINDS[0]
    if any(names_match(speaker, name) for speaker in speakers):
        return KINDS[2]
    if _PRONOUNS.search(sentence):
        return KINDS[3]
    earlier = _all_words_in(name, before)
    if earlier and _ROLES.search(sentence):
        return KINDS[4]
    if earlier and _BODY_NOUNS.search(sentence):
        return KINDS[5]
    return KINDS[6] if earlier else KINDS[7]


def _all_words_in(name: str, text: str) -> bool:
    words = name_words(name)
    return bool(words) and words <= set(_WORD.findall(text.casefold()))


def side_state(actor: ActorRef | None, gold: str | None, aliases: dict[str, list[str]]) -> str:
    if actor_agrees(actor, gold, aliases):
        return "right"
    if not actor_names(actor, aliases):
        return "system null"
    return "gold null" if gold is None else "other named"


def count_document(doc: GoldDoc, events: Sequence[Event], aliases: dict[str, list[str]],
                   losses: SideLosses) -> None:
    """Adds one document's type-matched but unmatched events to ``losses``."""
    events = [e for e in events if any(ev.end > doc.title_end for ev in e.evidence)]
    losses.predicted += len(events)
    losses.gold += len(doc.events)
    full = _pairs(doc.events, events, lambda p, g: p.type == g.type and actor_agrees(
        p.source, g.source, aliases) and actor_agrees(p.target, g.target, aliases))
    losses.hits += len(full)
    left_p = [i for i in range(len(events)) if i not in {i for i, _ in full}]
    left_g = [j for j in range(len(doc.events)) if j not in {j for _, j in full}]
    scores = [(1.0 + actor_agrees(events[i].source, doc.events[j].source, aliases)
               + actor_agrees(events[i].target, doc.events[j].target, aliases), i, j)
              for i in left_p for j in left_g
              if events[i].type == doc.events[j].type and _same_sentence(events[i], doc.events[j])]
    for i, j in greedy_pairs(scores):
        losses.typed_only += 1
        _count_sides(doc, events[i], doc.events[j], aliases, losses)


def _count_sides(doc: GoldDoc, event: Event, gold: GoldEvent, aliases: dict[str, list[str]],
                 losses: SideLosses) -> None:
    sentence, before = doc.text[gold.start:gold.end], doc.text[:gold.start]
    speakers = [q.speaker for q in doc.quotes if q.speaker and q.start < gold.end and q.end > gold.start]
    for side, actor, name in (("source", event.source, gold.source), ("target", event.target, gold.target)):
        state = side_state(actor, name, aliases)
        kind = gold_side_kind(name, sentence, before, speakers) if name and state != "right" else ""
        losses.sides[(side, state, kind)] += 1


def _same_sentence(event: Event, gold: GoldEvent) -> bool:
    return any(overlaps((ev.start, ev.end), (gold.start, gold.end)) for ev in event.evidence)


def _pairs(gold: Sequence[GoldEvent], pred: Sequence[Event],
           agree: Callable[[Event, GoldEvent], bool]) -> list[tuple[int, int]]:
    return greedy_pairs((1.0, i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)
                        if _same_sentence(p, g) and agree(p, g))


def split_losses(system: System, docs: Sequence[GoldDoc], held_out: str) -> tuple[SideLosses, SideLosses]:
    """(development, held-out) losses: documents named with the ``held_out`` prefix go to the second."""
    develop, held = SideLosses(), SideLosses()
    for doc in docs:
        given = system_input(doc.text, doc.dct)
        pred = predict(system, given)
        count_document(doc, pred.events, entity_aliases(pred.entities),
                       held if doc.name.startswith(held_out) else develop)
    return develop, held


def table(develop: SideLosses, held: SideLosses) -> list[str]:
    """The loss table in Markdown: development counts by gold kind, held-out counts alongside."""
    def cell(losses: SideLosses, side: str, kind: str) -> str:
        return " / ".join(str(losses.sides[(side, state, kind)]) for state in ("system null", "other named"))

    lines = ["| gold side is | source: sys null / other named | target: sys null / other named "
             "| held out source | held out target |", "|---|---|---|---|---|"]
    for kind in KINDS:
        lines.append(f"| {kind} | {cell(develop, 'source', kind)} | {cell(develop, 'target', kind)} "
                     f"| {cell(held, 'source', kind)} | {cell(held, 'target', kind)} |")
    for state in ("gold null", "right"):
        row = [losses.sides[(side, state, "")] for losses in (develop, held) for side in ("source", "target")]
        lines.append(f"| side {state} | {row[0]} | {row[1]} | {row[2]} | {row[3]} |")
    for name, losses in (("development", develop), ("held out", held)):
        lines.append(f"\n{name}: {losses.typed_only} type-matched events unmatched; event F1 "
                     f"{losses.f1_now():.4f}, with every such side right {losses.f1_bound():.4f}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m warta.bench.quotes_events_sides")
    parser.add_argument("--held-out", default="dev7-", help="name prefix of the held-out dev documents")
    parser.add_argument("--data-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    docs = load_gold("dev", args.data_dir or default_data_dir())
    print("\n".join(table(*split_losses(load_system(), docs, args.held_out))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
