"""Canonicalisation benchmark: pairwise precision/recall on the handwritten gold set, and speed.

The gold set lives in the repository (``bench/gold/canonical``, format in its README), not in
the shared data directory, so it is found through :func:`warta.bench.project_root`. Each file
is one article; ``[text]{cluster}`` marks a mention and the real thing it names.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from warta.article.entities import find_article_entities
from warta.article.model_spans import model
from warta.bench import Metrics, project_root
from warta.corpus.entities import canonicalize_entities

GOLD_DIR = "bench/gold/canonical"
_MARK = re.compile(r"\[([^\]]+)\]\{([^}]+)\}")
SPEED_SECONDS = 2.0


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text: str
    mentions: tuple[tuple[int, int, str], ...]  # (start, end, cluster)


def parse_marked(article_id: str, marked: str) -> GoldArticle:
    """Strip ``[text]{cluster}`` marks, keeping where each mention lands in the plain text."""
    parts: list[str] = []
    mentions: list[tuple[int, int, str]] = []
    cursor = length = 0
    for match in _MARK.finditer(marked):
        plain = marked[cursor:match.start()]
        parts.append(plain)
        length += len(plain)
        mentions.append((length, length + len(match.group(1)), match.group(2)))
        parts.append(match.group(1))
        length += len(match.group(1))
        cursor = match.end()
    parts.append(marked[cursor:])
    return GoldArticle(article_id, "".join(parts).strip("\n"), tuple(mentions))


def load_gold(directory: Path | None = None) -> list[GoldArticle]:
    directory = directory or project_root() / GOLD_DIR
    return [parse_marked(path.stem, path.read_text(encoding="utf-8"))
            for path in sorted(directory.glob("*.txt"))]


def predict(gold: list[GoldArticle], use_model: bool) -> dict[tuple[str, int, int], str]:
    """System entity id of every mention the system found, keyed by (article, start, end)."""
    per_article = [find_article_entities(a.text, a.id, use_model=use_model) for a in gold]
    canonicalize_entities(per_article)
    return {(m.article, m.start, m.end): e.id
            for entities in per_article for e in entities for m in e.mentions}


def pairwise(gold: list[GoldArticle], system: dict[tuple[str, int, int], str]) -> tuple[float, float]:
    """Pairwise precision and recall over gold mentions (unfound ones are singletons)."""
    items = [((a.id, s, e), cluster) for a in gold for s, e, cluster in a.mentions]
    gold_pairs = sys_pairs = both = 0
    for (key_a, gold_a), (key_b, gold_b) in combinations(items, 2):
        same_gold = gold_a == gold_b
        sys_a, sys_b = system.get(key_a), system.get(key_b)
        same_sys = sys_a is not None and sys_a == sys_b
        gold_pairs += same_gold
        sys_pairs += same_sys
        both += same_gold and same_sys
    return (both / sys_pairs if sys_pairs else 1.0), (both / gold_pairs if gold_pairs else 1.0)


def mention_recall(gold: list[GoldArticle], system: dict[tuple[str, int, int], str]) -> float:
    found = sum((a.id, s, e) in system for a in gold for s, e, _ in a.mentions)
    return found / max(1, sum(len(a.mentions) for a in gold))


def tokens_per_second(texts: list[str], use_model: bool) -> float:
    """Entity stage throughput in whitespace tokens per second (one process, one core)."""
    tokens = sum(len(text.split()) for text in texts)
    find_article_entities(texts[0], use_model=use_model)  # load resources outside the clock
    started, done = time.perf_counter(), 0
    while time.perf_counter() - started < SPEED_SECONDS:
        for text in texts:
            find_article_entities(text, use_model=use_model)
        done += tokens
    return done / (time.perf_counter() - started)


def _demo_texts() -> list[str]:
    corpus = Path(__file__).resolve().parents[1] / "demo" / "corpus"
    return [path.read_text(encoding="utf-8") for path in sorted(corpus.glob("*.txt"))]


def run(data_dir: Path) -> Metrics:
    """Scores for gazetteer + rules, and for the combination with the NER model when installed."""
    gold = load_gold()
    metrics: Metrics = {"articles": len(gold), "mentions": sum(len(a.mentions) for a in gold)}
    system = predict(gold, use_model=False)
    precision, recall = pairwise(gold, system)
    metrics |= {"pairwise_precision": round(precision, 4), "pairwise_recall": round(recall, 4),
                "mention_recall": round(mention_recall(gold, system), 4)}
    texts = _demo_texts() + [a.text for a in gold]
    metrics["tokens_per_s"] = round(tokens_per_second(texts, use_model=False))
    if model() is not None:
        system = predict(gold, use_model=True)
        precision, recall = pairwise(gold, system)
        metrics |= {"model_pairwise_precision": round(precision, 4),
                    "model_pairwise_recall": round(recall, 4),
                    "model_mention_recall": round(mention_recall(gold, system), 4),
                    "model_tokens_per_s": round(tokens_per_second(texts, use_model=True))}
    return metrics
