"""Entity precision on real running text: the handwritten judgements (21 IndoSum dev articles) of
``bench/gold/entity-precision`` (format and how they were made in its README).

The gold lists every acceptable name span in its articles, so a mention the stage
finds there that the gold does not list is wrong; the listed errors (``not-entity``,
``wrong-span``) say why the stage went wrong when the gold was made.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from warta.article.entities import find_article_entities
from warta.bench import Metrics, project_root
from warta.bench.corpora import indosum_record_text

GOLD_FILE = "bench/gold/entity-precision/mentions.tsv"
ACCEPTED = frozenset({"entity", "also"})
ERRORS = frozenset({"not-entity", "wrong-span"})
Span = tuple[int, int]


@dataclass(frozen=True)
class Judged:
    start: int
    end: int
    verdict: str  # entity | also | not-entity | wrong-span
    type: str  # PERSON ORG LOC EVENT, "*" for any; empty for errors


@dataclass(frozen=True)
class SystemMention:
    start: int
    end: int
    type: str


def load_judgements(path: Path | None = None) -> dict[str, list[Judged]]:
    """Judged spans by IndoSum record id."""
    path = path or project_root() / GOLD_FILE
    lines = (line for line in path.read_text(encoding="utf-8").splitlines() if line and line[0] != "#")
    judged: dict[str, list[Judged]] = {}
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        judged.setdefault(row["record"], []).append(
            Judged(int(row["start"]), int(row["end"]), row["verdict"], row["type"]))
    return judged


def record_texts(data_dir: Path, ids: Iterable[str]) -> dict[str, str]:
    """The IndoSum texts of ``ids`` (an error names any id missing from the dev file)."""
    wanted = set(ids)
    texts: dict[str, str] = {}
    with (data_dir / "indosum" / "dev.01.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"] in wanted:
                texts[record["id"]] = indosum_record_text(record)
    missing = wanted - texts.keys()
    if missing:
        raise ValueError(f"entity-precision gold names IndoSum records not in dev.01: {sorted(missing)}")
    return texts


def check_offsets(path: Path, texts: dict[str, str]) -> None:
    """Fail loudly when the data no longer has the gold's text at the gold's offsets."""
    lines = (line for line in path.read_text(encoding="utf-8").splitlines() if line and line[0] != "#")
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        found = texts[row["record"]][int(row["start"]):int(row["end"])]
        if found != row["text"]:
            raise ValueError(f"{row['record']} {row['start']}: gold says {row['text']!r}, text has {found!r}")


def system_mentions(text: str, use_model: bool) -> list[SystemMention]:
    entities = find_article_entities(text, "a1", use_model=use_model)
    return [SystemMention(m.start, m.end, e.type) for e in entities for m in e.mentions]


def _type_agrees(gold: Judged, system: SystemMention) -> bool:
    return gold.type == "*" or gold.type == system.type


def _found(row: Judged, spans: set[Span], accepted: list[Judged]) -> bool:
    """An ``entity`` row is found exactly, or through an ``also`` span overlapping it."""
    if (row.start, row.end) in spans:
        return True
    return any(a.verdict == "also" and (a.start, a.end) in spans and a.start < row.end and row.start < a.end
               for a in accepted)


def score(judged: dict[str, list[Judged]], system: dict[str, list[SystemMention]]) -> Metrics:
    right = typed = errors_left = total = gold_names = recalled = 0
    for record, rows in judged.items():
        accepted = {(r.start, r.end): r for r in rows if r.verdict in ACCEPTED}
        listed_errors = {(r.start, r.end) for r in rows if r.verdict in ERRORS}
        mentions = system.get(record, [])
        spans = {(m.start, m.end) for m in mentions}
        for mention in mentions:
            gold = accepted.get((mention.start, mention.end))
            total += 1
            right += gold is not None
            typed += gold is not None and _type_agrees(gold, mention)
            errors_left += (mention.start, mention.end) in listed_errors
        names = [r for r in rows if r.verdict == "entity"]
        gold_names += len(names)
        recalled += sum(_found(r, spans, list(accepted.values())) for r in names)
    return {
        "entity_precision": round(right / max(1, total), 4),
        "entity_type_precision": round(typed / max(1, total), 4),
        "entity_recall": round(recalled / max(1, gold_names), 4),
        "entity_errors_left": errors_left,
        "precision_mentions": total,
    }


def run_precision(data_dir: Path, use_model: bool) -> Metrics:
    """Entity precision, type precision and recall over the judged IndoSum articles."""
    path = project_root() / GOLD_FILE
    judged = load_judgements(path)
    texts = record_texts(data_dir, judged)
    check_offsets(path, texts)
    return score(judged, {record: system_mentions(text, use_model) for record, text in texts.items()})
