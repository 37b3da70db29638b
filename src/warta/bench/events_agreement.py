"""Agreement between two event annotations of the same documents (inter-annotator agreement).

Annotation B (``bench/gold/quotes-events-iaa/dev``) is scored against annotation A (the gold,
``bench/gold/quotes-events/dev``) with the bench's own event matcher
(:mod:`warta.bench.quotes_events`): an event of B matches one of A in the same sentence
(overlapping sentence spans) with the same type and agreeing source and target (shared name
words, ``None`` agrees with ``None``), one to one. Quotes and stances are ignored. Only the
documents present in B are compared::

    python -m warta.bench.events_agreement                  # totals and per-document figures
    python -m warta.bench.events_agreement --diff           # the events each side has alone

Besides event F1 on (type, source, target) it reports type-only F1 and, over the type-matched
pairs, how often source, target, mode, negation and modality agree.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warta.bench import default_data_dir, project_root
from warta.bench.quotes_events import (
    GoldError,
    Tally,
    actor_agrees,
    document_text,
    f1,
    greedy_pairs,
    overlaps,
    ratio,
)
from warta.bench.quotes_events_gold import read_annotation
from warta.models import ActorRef

# What a type-matched pair is checked for, besides its type.
ATTRIBUTES = ("source", "target", "mode", "negated", "modality")


@dataclass(frozen=True)
class AnnotatedEvent:
    start: int  # the sentence's offsets
    end: int
    type: str
    source: str | None
    target: str | None
    mode: str | None
    negated: bool
    modality: str
    trigger: str


def default_a_dir() -> Path:
    return project_root() / "bench" / "gold" / "quotes-events" / "dev"


def default_b_dir() -> Path:
    return project_root() / "bench" / "gold" / "quotes-events-iaa" / "dev"


def load_events(path: Path, data_dir: Path) -> list[AnnotatedEvent]:
    """The events of one annotation file, offsets re-derived from the anchors (and checked)."""
    raw, _ = read_annotation(path, data_dir)
    return [_event(e) for e in raw.get("events", [])]


def _event(e: dict[str, Any]) -> AnnotatedEvent:
    return AnnotatedEvent(e["sentence_start"], e["sentence_end"], e["type"], e.get("source"), e.get("target"),
                          e.get("mode"), bool(e.get("negated")), e.get("modality") or "asserted",
                          e.get("trigger") or "")


def actor_matches(b: str | None, a: str | None) -> bool:
    """B's actor agrees with A's as a predicted actor agrees with a gold one in the bench."""
    return actor_agrees(ActorRef(name=b) if b else None, a, {})


def full_match(b: AnnotatedEvent, a: AnnotatedEvent) -> bool:
    return b.type == a.type and actor_matches(b.source, a.source) and actor_matches(b.target, a.target)


def _same_sentence(b: AnnotatedEvent, a: AnnotatedEvent) -> bool:
    return overlaps((b.start, b.end), (a.start, a.end))


def full_pairs(a: Sequence[AnnotatedEvent], b: Sequence[AnnotatedEvent]) -> list[tuple[int, int]]:
    """(b, a) index pairs agreeing on sentence, type, source and target, one to one."""
    return greedy_pairs((1.0, i, j) for i, eb in enumerate(b) for j, ea in enumerate(a)
                        if _same_sentence(eb, ea) and full_match(eb, ea))


def typed_pairs(a: Sequence[AnnotatedEvent], b: Sequence[AnnotatedEvent]) -> list[tuple[int, int]]:
    """(b, a) pairs agreeing on sentence and type; among rivals the pair agreeing on more actors wins,
    so that several events of one type in a sentence are paired with their counterparts."""
    scores = [(1.0 + actor_matches(eb.source, ea.source) + actor_matches(eb.target, ea.target), i, j)
              for i, eb in enumerate(b) for j, ea in enumerate(a)
              if _same_sentence(eb, ea) and eb.type == ea.type]
    return greedy_pairs(scores)


def attribute_agrees(name: str, b: AnnotatedEvent, a: AnnotatedEvent) -> bool:
    if name == "source":
        return actor_matches(b.source, a.source)
    if name == "target":
        return actor_matches(b.target, a.target)
    return bool(getattr(b, name) == getattr(a, name))


def compare_document(a: Sequence[AnnotatedEvent], b: Sequence[AnnotatedEvent], tally: Tally) -> None:
    """Add one document's counts to ``tally``."""
    tally.add("a_events", len(a))
    tally.add("b_events", len(b))
    tally.add("event_hits", len(full_pairs(a, b)))
    typed = typed_pairs(a, b)
    tally.add("type_hits", len(typed))
    for name in ATTRIBUTES:
        tally.add(f"{name}_agree", sum(1 for i, j in typed if attribute_agrees(name, b[i], a[j])))


def metrics_of(tally: Tally) -> dict[str, float | int]:
    """F1 of B against A on (type, source, target) and on type; attribute agreement over typed pairs."""
    _, _, event_f1 = f1(tally.get("event_hits"), tally.get("b_events"), tally.get("a_events"))
    _, _, type_f1 = f1(tally.get("type_hits"), tally.get("b_events"), tally.get("a_events"))
    metrics: dict[str, float | int] = {
        "a_events": tally.get("a_events"), "b_events": tally.get("b_events"),
        "event_hits": tally.get("event_hits"), "event_f1": round(event_f1, 3),
        "type_hits": tally.get("type_hits"), "type_f1": round(type_f1, 3),
    }
    for name in ATTRIBUTES:
        metrics[f"{name}_agreement"] = round(ratio(tally.get(f"{name}_agree"), tally.get("type_hits")), 3)
    return metrics


PerDocument = dict[str, dict[str, float | int]]


def compare_dirs(a_dir: Path, b_dir: Path, data_dir: Path) -> tuple[dict[str, float | int], PerDocument]:
    """Totals and per-document metrics over the documents of ``b_dir`` (each must be in ``a_dir``)."""
    total = Tally()
    per_doc: PerDocument = {}
    for b_path in sorted(b_dir.glob("*.json")):
        a_path = a_dir / b_path.name
        if not a_path.exists():
            raise GoldError(f"{b_path.name}: no annotation A in {a_dir}")
        doc = Tally()
        a, b = load_events(a_path, data_dir), load_events(b_path, data_dir)
        compare_document(a, b, doc)
        compare_document(a, b, total)
        per_doc[b_path.stem] = metrics_of(doc)
    return metrics_of(total), per_doc


def describe(event: AnnotatedEvent, text: str) -> str:
    sentence = text[event.start:event.end]
    return (f"{event.type}/{event.mode} {event.source} -> {event.target} [{event.trigger}] "
            f"neg={event.negated} {event.modality} | {sentence[:90]}")


def differences(a_path: Path, b_path: Path, data_dir: Path) -> list[str]:
    """Lines naming the events only A or only B has, and the attribute disagreements of typed pairs."""
    text = document_text(json.loads(a_path.read_text(encoding="utf-8"))["doc"], data_dir)
    a, b = load_events(a_path, data_dir), load_events(b_path, data_dir)
    full = full_pairs(a, b)
    lines = [f"A only: {describe(a[j], text)}" for j in sorted(set(range(len(a))) - {j for _, j in full})]
    lines += [f"B only: {describe(b[i], text)}" for i in sorted(set(range(len(b))) - {i for i, _ in full})]
    for i, j in typed_pairs(a, b):
        wrong = [n for n in ATTRIBUTES if not attribute_agrees(n, b[i], a[j])]
        if wrong and not {"source", "target"} & set(wrong):
            lines.append(f"differ {','.join(wrong)}: A {describe(a[j], text)} || B {b[i].mode} "
                         f"neg={b[i].negated} {b[i].modality}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m warta.bench.events_agreement",
                                     description="score event annotation B against annotation A")
    parser.add_argument("--a-dir", type=Path, default=default_a_dir(), help="annotation A (the reference)")
    parser.add_argument("--b-dir", type=Path, default=default_b_dir(), help="annotation B (scored)")
    parser.add_argument("--data-dir", type=Path, default=default_data_dir())
    parser.add_argument("--diff", action="store_true", help="list the disagreements document by document")
    args = parser.parse_args(argv)
    if args.diff:
        for b_path in sorted(args.b_dir.glob("*.json")):
            print(f"== {b_path.stem}")
            for line in differences(args.a_dir / b_path.name, b_path, args.data_dir):
                print("  " + line)
        return 0
    total, per_doc = compare_dirs(args.a_dir, args.b_dir, args.data_dir)
    for name, metrics in per_doc.items():
        print(f"{name:60} A {metrics['a_events']:3} B {metrics['b_events']:3} "
              f"F1 {metrics['event_f1']:.3f} type-F1 {metrics['type_f1']:.3f}")
    print(json.dumps(total, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
