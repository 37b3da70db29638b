"""Dev tool (not a benchmark, no floor): English event types on NGEC's synthetic PLOVER stories.

``../shared/data/ngec-plover-synthetic/gpt_synthetic_events_2023-10-19_19.csv.gz`` holds 4,500
stories a language model wrote from hand-written headlines; the event type that prompted each is
its pseudo-label. The set has no licence: it is read in place to *measure* the English rows of
``resources/event_triggers.tsv`` while writing them, never copied into the project and never used
to train anything warta ships. The figure is the type accuracy of the first event the coder finds
in a story's text (no event = wrong), on a seeded sample; a second, disjoint sample (``check``)
tells whether work guided by the first sample carries over.

Run: ``python -m warta.bench.plover_ngec_dev [dev|check] [size]`` (dev, 600 by default).
"""

from __future__ import annotations

import csv
import gzip
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from warta.models import Event

_FILE = Path("ngec-plover-synthetic") / "gpt_synthetic_events_2023-10-19_19.csv.gz"
_SEED = 16


@dataclass(frozen=True)
class Story:
    text: str
    label: str


def load_stories(data_dir: Path) -> list[Story]:
    csv.field_size_limit(10_000_000)
    with gzip.open(data_dir / _FILE, "rt", encoding="utf-8", newline="") as handle:
        return [Story(row["text"], row["label"]) for row in csv.DictReader(handle) if row.get("text")]


def sample(stories: list[Story], split: str, size: int) -> list[Story]:
    """Two disjoint seeded samples: ``dev`` (worked on) and ``check`` (looked at once at the end)."""
    order = list(range(len(stories)))
    random.Random(_SEED).shuffle(order)
    picked = order[:size] if split == "dev" else order[size:2 * size]
    return [stories[i] for i in picked]


def code_story(text: str) -> list[Event]:
    from warta.article.entities import find_article_entities
    from warta.article.events import find_events
    from warta.article.sentences import split_sentences

    entities = find_article_entities(text, "s1", use_model=False)
    return find_events(text, split_sentences(text), entities, [], "s1", lang="en")


def score(stories: list[Story]) -> dict[str, object]:
    right = covered = 0
    confusion: Counter[tuple[str, str]] = Counter()
    begin = time.process_time()
    for story in stories:
        events = code_story(story.text)
        first = events[0].type if events else "-"
        covered += bool(events)
        right += first == story.label
        confusion[(story.label, first)] += 1
    total = max(1, len(stories))
    return {"stories": len(stories), "type_accuracy": round(right / total, 4),
            "coverage": round(covered / total, 4), "cpu_seconds": round(time.process_time() - begin, 1),
            "confusion": confusion}


def main(argv: list[str]) -> None:
    split = argv[0] if argv else "dev"
    size = int(argv[1]) if len(argv) > 1 else 600
    result = score(sample(load_stories(Path("../shared/data")), split, size))
    confusion = result.pop("confusion")
    print(result)
    assert isinstance(confusion, Counter)
    for (gold, coded), count in confusion.most_common(25):
        if gold != coded:
            print(f"{gold:10} -> {coded:10} {count}")


if __name__ == "__main__":
    main(sys.argv[1:])
