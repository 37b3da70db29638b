"""Benchmark ``plover-gsr``: the English path of the event coder on PLOVER's gold records.

``../shared/data/plover-gsr/PLOVER_GSR_CAMEO.json`` holds 322 English sentences from the
CAMEO manual, each coded with one event (PLOVER 0.5/0.6 names), its source and target actor
texts. Old category names are mapped to the 16 current types, as the data's SOURCE.md notes:
DEMAND → REQUEST, FIGHT → ASSAULT, DISAPPROVE → ACCUSE, and INVESTIGATE → ACCUSE (the PLOVER
2021 table codes investigations as ACCUSE with mode ``investigate``; kept rather than skipped
so that all 322 sentences count).

Figures (report only, no floor):

- ``type_accuracy``: the sentence's first coded event has the gold type (no event = wrong);
- ``type_accuracy_any``: some coded event of the sentence has the gold type;
- ``coverage``: sentences with at least one coded event;
- ``triple_match``: some coded event has the gold type, a source sharing a word with a gold
  source actor text, and a target sharing a word with a gold target (no gold target: none coded);
- ``source_match`` / ``target_match``: over the sentences whose type some event got right.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warta.bench import Metrics
from warta.models import ActorRef, Event

OLD_NAMES = {"DEMAND": "REQUEST", "FIGHT": "ASSAULT", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}
_WORD = re.compile(r"\w+")
_STOP = frozenset({"the", "of", "a", "an", "and", "s", "its", "their", "his", "her"})


@dataclass(frozen=True)
class GoldRecord:
    text: str
    type: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]


def _actor_texts(field: Any) -> tuple[str, ...]:
    if not isinstance(field, list):
        return ()
    return tuple(str(actor.get("actorText", "")) for actor in field if actor.get("actorText"))


def load_records(data_dir: Path) -> list[GoldRecord]:
    raw = json.loads((data_dir / "plover-gsr" / "PLOVER_GSR_CAMEO.json").read_text(encoding="utf-8"))
    return [GoldRecord(r["text"], OLD_NAMES.get(r["event"], r["event"]), _actor_texts(r.get("source")),
                       _actor_texts(r.get("target")))
            for r in raw if r.get("event") != "DOCUMENT" and r.get("text")]


def _words(text: str | None) -> set[str]:
    return {w for w in _WORD.findall((text or "").casefold()) if w not in _STOP}


def actor_matches(actor: ActorRef | None, gold: Sequence[str]) -> bool:
    """Token overlap between the coded actor's name or description and any gold actor text."""
    coded = _words(actor.name) | _words(actor.description) if actor else set()
    if not gold:
        return not coded
    return any(coded & _words(text) for text in gold)


def code_sentence(text: str) -> list[Event]:
    from warta.article.entities import find_article_entities
    from warta.article.events import find_events

    entities = find_article_entities(text, "a1", use_model=False)
    return find_events(text, [(0, len(text))], entities, [], "a1", lang="en")


def _score(record: GoldRecord, events: list[Event], tally: dict[str, int]) -> None:
    typed = [e for e in events if e.type == record.type]
    tally["covered"] += bool(events)
    tally["type_first"] += bool(events) and events[0].type == record.type
    tally["type_any"] += bool(typed)
    sources = [e for e in typed if actor_matches(e.source, record.sources)]
    tally["source"] += bool(sources)
    tally["target"] += any(actor_matches(e.target, record.targets) for e in typed)
    tally["triple"] += any(actor_matches(e.target, record.targets) for e in sources)


def run(data_dir: Path) -> Metrics:
    records = load_records(data_dir)
    tally = dict.fromkeys(("covered", "type_first", "type_any", "source", "target", "triple"), 0)
    begin = time.process_time()
    for record in records:
        _score(record, code_sentence(record.text), tally)
    seconds = time.process_time() - begin
    total = max(1, len(records))
    typed = max(1, tally["type_any"])
    return {
        "sentences": len(records),
        "type_accuracy": round(tally["type_first"] / total, 4),
        "type_accuracy_any": round(tally["type_any"] / total, 4),
        "coverage": round(tally["covered"] / total, 4),
        "triple_match": round(tally["triple"] / total, 4),
        "source_match": round(tally["source"] / typed, 4),
        "target_match": round(tally["target"] / typed, 4),
        "sentences_per_second": round(len(records) / max(seconds, 1e-9), 1),
    }
