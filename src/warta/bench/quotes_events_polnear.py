"""English quotes on PolNeAR (report only): content span F1 and source accuracy.

PolNeAR (Newell, Margolin & Ruths 2018; ``../shared/data/polnear``) annotates attribution
relations in 2015-2016 US political news as brat stand-off: a Content span (possibly in
fragments), its Cue and its Source. It has no licence, so it is a benchmark only, never
training data. One annotator's file is read per article (the first by name).

A system quote matches a gold content when overlap / union ≥ 0.5 (one-to-one, best first),
the fragments of a content taken as one span from the first to the last character. Source
accuracy is over matched contents whose gold source is not a bare pronoun (warta resolves
pronouns to names, which the gold leaves as written).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from warta.bench import Metrics
from warta.bench.quotes_events import (
    SPAN_MATCH,
    System,
    Tally,
    actor_names,
    entity_aliases,
    f1,
    greedy_pairs,
    names_match,
    ratio,
    span_ratio,
)

_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "their"))
_SPAN = re.compile(r"(\d+) (\d+)")


@dataclass(frozen=True)
class Attribution:
    start: int
    end: int
    source: str | None


def parse_ann(ann: str) -> list[Attribution]:
    """Attribution relations of one brat file: content extent and source text."""
    spans: dict[str, tuple[int, int, str]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 3:
            offsets = [(int(a), int(b)) for a, b in _SPAN.findall(fields[1])]
            if offsets:
                spans[fields[0]] = (offsets[0][0], offsets[-1][1], fields[2])
        elif line.startswith("E") and len(fields) >= 2:
            relations.append(dict(part.split(":", 1) for part in fields[1].split() if ":" in part))
    found = []
    for relation in relations:
        content = spans.get(relation.get("Content", ""))
        source = spans.get(relation.get("Source", ""))
        if content:
            found.append(Attribution(content[0], content[1], source[2] if source else None))
    return found


def polnear_documents(data_dir: Path, split: str = "dev") -> list[tuple[str, list[Attribution]]]:
    """(text, attributions) per article of a PolNeAR split, one annotator each."""
    root = data_dir / "polnear" / split
    chosen: dict[str, Path] = {}
    for path in sorted((root / "attributions").glob("*.ann")):
        chosen.setdefault(path.stem.rsplit("_", 1)[0], path)
    documents = []
    for article, ann in sorted(chosen.items()):
        text_path = root / "text" / f"{article}.txt"
        if text_path.is_file():
            attributions = parse_ann(ann.read_text(encoding="utf-8"))
            documents.append((text_path.read_text(encoding="utf-8"), attributions))
    return documents


def score_polnear(system: System, data_dir: Path, split: str = "dev") -> Metrics:
    from warta.article.entities import find_article_entities
    from warta.article.sentences import split_sentences

    tally = Tally()
    documents = polnear_documents(data_dir, split)
    for text, gold in documents:
        entities = find_article_entities(text, "a1")
        quotes = system.find_quotes(text, split_sentences(text), entities, article_id="a1")
        aliases = entity_aliases(entities)
        speakers = [actor_names(q.speaker, aliases) for q in quotes]
        _score(gold, [(q.start, q.end) for q in quotes], speakers, tally)
    precision, recall, quote_f1 = f1(tally.get("hits"), tally.get("predicted"), tally.get("gold"))
    prefix = f"en_polnear_{split}"
    return {
        f"{prefix}_quote_precision": round(precision, 4),
        f"{prefix}_quote_recall": round(recall, 4),
        f"{prefix}_quote_f1": round(quote_f1, 4),
        f"{prefix}_source_accuracy": round(ratio(tally.get("source_right"), tally.get("source_scored")), 4),
        f"{prefix}_documents": len(documents),
    }


def _score(gold: Sequence[Attribution], spans: Sequence[tuple[int, int]], speakers: Sequence[list[str]],
           tally: Tally) -> None:
    tally.add("gold", len(gold))
    tally.add("predicted", len(spans))
    scores = [(span_ratio(span, (g.start, g.end)), i, j)
              for i, span in enumerate(spans) for j, g in enumerate(gold)]
    pairs = greedy_pairs(s for s in scores if s[0] >= SPAN_MATCH)
    tally.add("hits", len(pairs))
    for i, j in pairs:
        source = gold[j].source
        if source is None or source.casefold().strip() in _PRONOUNS:
            continue
        tally.add("source_scored")
        tally.add("source_right", int(any(names_match(name, source) for name in speakers[i])))
