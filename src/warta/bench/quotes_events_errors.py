"""What the system gets wrong on the dev split of the quotes/events gold, one line per error.

    python -m warta.bench.quotes_events errors

Only the dev split is listed: the test split is for measuring, never for tuning.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warta.bench.quotes_events import (
    SPAN_MATCH,
    GoldDoc,
    GoldEvent,
    Prediction,
    System,
    actor_agrees,
    entity_aliases,
    greedy_pairs,
    load_gold,
    overlaps,
    positions_of,
    predict,
    span_ratio,
    speaker_agrees,
    system_input,
)
from warta.models import ActorRef, Event

_SHOWN = 90  # characters of a quote or sentence shown


def dev_errors(system: System, data_dir: Path) -> Iterator[str]:
    for doc in load_gold("dev", data_dir):
        pred = predict(system, system_input(doc.text, doc.dct))
        for line in document_errors(doc, pred):
            yield f"{doc.name}\t{line}"


def document_errors(doc: GoldDoc, pred: Prediction) -> Iterator[str]:
    yield from _quote_errors(doc, pred)
    yield from _event_errors(doc, pred)
    yield from _stance_errors(doc, pred)


def _actor(actor: ActorRef | None) -> str:
    if actor is None:
        return "-"
    return actor.name or (f"({actor.description})" if actor.description else "-")


def _quote_errors(doc: GoldDoc, pred: Prediction) -> Iterator[str]:
    aliases = entity_aliases(pred.entities)
    quotes = [q for q in pred.quotes if q.end > doc.title_end]
    scores = [(span_ratio((p.start, p.end), (g.start, g.end)), i, j)
              for i, p in enumerate(quotes) for j, g in enumerate(doc.quotes)]
    pairs = greedy_pairs(s for s in scores if s[0] >= SPAN_MATCH)
    for i, j in pairs:
        gold = doc.quotes[j]
        if not speaker_agrees(quotes[i].speaker, gold, aliases):
            yield (f"speaker\tgold {gold.speaker or gold.description} / system {_actor(quotes[i].speaker)}\t"
                   f"{doc.text[gold.start:gold.end][:_SHOWN]}")
    found_gold = {j for _, j in pairs}
    found_pred = {i for i, _ in pairs}
    for j, gold in enumerate(doc.quotes):
        if j not in found_gold:
            shown = doc.text[gold.start:gold.end][:_SHOWN]
            yield f"missed quote\t{gold.speaker or gold.description}\t{shown}"
    for i, quote in enumerate(quotes):
        if i not in found_pred:
            yield f"extra quote\t{_actor(quote.speaker)}\t{quote.text[:_SHOWN]}"


def _event_line(type_: str, source: str, target: str, sentence: str) -> str:
    return f"{type_} {source} -> {target}\t{sentence[:_SHOWN]}"


def _event_errors(doc: GoldDoc, pred: Prediction) -> Iterator[str]:
    aliases = entity_aliases(pred.entities)
    events = [e for e in pred.events if any(ev.end > doc.title_end for ev in e.evidence)]

    def right(p: Event, g: GoldEvent) -> bool:
        same_sentence = any(overlaps((ev.start, ev.end), (g.start, g.end)) for ev in p.evidence)
        return (same_sentence and p.type == g.type and actor_agrees(p.source, g.source, aliases)
                and actor_agrees(p.target, g.target, aliases))

    pairs = greedy_pairs((1.0, i, j) for i, p in enumerate(events) for j, g in enumerate(doc.events)
                         if right(p, g))
    found_gold = {j for _, j in pairs}
    found_pred = {i for i, _ in pairs}
    for j, gold in enumerate(doc.events):
        if j not in found_gold:
            yield "missed event\t" + _event_line(gold.type, gold.source or "-", gold.target or "-",
                                                doc.text[gold.start:gold.end])
    for i, event in enumerate(events):
        if i not in found_pred:
            sentence = event.evidence[0].sentence if event.evidence else ""
            actors = _actor(event.source), _actor(event.target)
            yield "extra event\t" + _event_line(event.type, *actors, sentence)


def _stance_errors(doc: GoldDoc, pred: Prediction) -> Iterator[str]:
    aliases = entity_aliases(pred.entities)
    positions = positions_of(pred.claims, doc.text, doc.title_end)
    pairs = greedy_pairs((1.0, i, j) for i, p in enumerate(positions) for j, g in enumerate(doc.stances)
                         if overlaps((p.start, p.end), (g.start, g.end))
                         and actor_agrees(p.holder, g.holder, aliases))
    for i, j in pairs:
        if positions[i].stance != doc.stances[j].stance:
            gold = doc.stances[j]
            yield f"stance label\tgold {gold.stance} / system {positions[i].stance}\t{gold.holder}"
    found_gold = {j for _, j in pairs}
    found_pred = {i for i, _ in pairs}
    for j, gold in enumerate(doc.stances):
        if j not in found_gold:
            yield f"missed stance\t{gold.stance} {gold.holder}\t{doc.text[gold.start:gold.end][:_SHOWN]}"
    for i, position in enumerate(positions):
        if i not in found_pred:
            placed = position.start >= 0
            sentence = doc.text[position.start:position.end] if placed else "(evidence not in text)"
            yield f"extra stance\t{position.stance} {_actor(position.holder)}\t{sentence[:_SHOWN]}"
