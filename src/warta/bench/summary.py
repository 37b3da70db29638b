"""Benchmark ``summary``: IndoSum single-document ROUGE-1/2/L F1, warta beside Lead-3.

750 articles of IndoSum's fold-1 dev split (CC BY-SA 4.0; the only split stored). Each
article is given to :func:`warta.corpus.summary.summarize` as a one-article analysis
whose sentences are the dataset's own (tokens joined by spaces), so warta and Lead-3
choose from the same sentences. Both produce 3 sentences. ROUGE comes from
``rouge-score`` with a lowercase whitespace tokenizer that drops pure punctuation tokens:
its default tokenizer deletes every non-ASCII character. The summariser's weights were
set looking at the first :data:`TUNING_ARTICLES` articles; the ``heldout_`` metrics
cover the rest. ``oracle_`` scores the dataset's own extractive labels (an upper bound);
``lead3_undated`` is Lead-3 without the opening dateline ("Merdeka.com - "), which warta
leaves out of a summary, to show how much of the gain is selection.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rouge_score import rouge_scorer, tokenizers

from warta.bench import Metrics
from warta.corpus.leads import lead_end
from warta.corpus.summary import summarize
from warta.models import Analysis, Article

SENTENCES = 3
TUNING_ARTICLES = 150
ROUGE_TYPES = ("rouge1", "rouge2", "rougeL")


class WhitespaceTokenizer(tokenizers.Tokenizer):  # type: ignore[misc]  # rouge-score is untyped
    """Lowercased whitespace tokens with at least one letter or digit (keeps Indonesian letters)."""

    def tokenize(self, text: str) -> list[str]:
        return [t for t in text.lower().split() if any(ch.isalnum() for ch in t)]


def _records(data_dir: Path) -> list[dict[str, Any]]:
    with (data_dir / "indosum" / "dev.01.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def _sentences(record: dict[str, Any]) -> list[list[str]]:
    """Per paragraph, its sentences as text."""
    return [[" ".join(tokens) for tokens in paragraph] for paragraph in record["paragraphs"]]


def as_article(record: dict[str, Any]) -> Article:
    """The record as a cleaned article: paragraphs joined by a blank line, gold sentence offsets."""
    body, spans = "", []
    for paragraph in _sentences(record):
        if body:
            body += "\n\n"
        for n, sentence in enumerate(paragraph):
            if n:
                body += " "
            spans.append([len(body), len(body) + len(sentence)])
            body += sentence
    return Article(id="a1", source=record["id"], sha256="", language="id", body=body, sentences=spans)


def warta_summary(record: dict[str, Any]) -> str:
    analysis = Analysis(warta_version="bench", created="", articles=[as_article(record)])
    return "\n".join(s.sentence for s in summarize(analysis, SENTENCES))


def lead3(record: dict[str, Any]) -> str:
    return "\n".join([s for p in _sentences(record) for s in p][:SENTENCES])


def lead3_undated(record: dict[str, Any]) -> str:
    """Lead-3 without the opening dateline, which warta's summary also leaves out."""
    first, *rest = [s for p in _sentences(record) for s in p][:SENTENCES]
    return "\n".join([first[lead_end(first):], *rest])


def oracle(record: dict[str, Any]) -> str:
    flat = [s for p in _sentences(record) for s in p]
    labels = [label for p in record["gold_labels"] for label in p]
    return "\n".join(s for s, keep in zip(flat, labels, strict=False) if keep)


def _gold(record: dict[str, Any]) -> str:
    return "\n".join(" ".join(tokens) for tokens in record["summary"])


def _rouge(records: Sequence[dict[str, Any]], system: Callable[[dict[str, Any]], str]) -> dict[str, float]:
    scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), tokenizer=WhitespaceTokenizer())
    totals = dict.fromkeys(ROUGE_TYPES, 0.0)
    for record in records:
        scores = scorer.score(_gold(record), system(record))
        for kind in ROUGE_TYPES:
            totals[kind] += scores[kind].fmeasure
    return {kind: round(total / max(1, len(records)), 4) for kind, total in totals.items()}


def run(data_dir: Path) -> Metrics:
    records = _records(data_dir)
    metrics: Metrics = {"articles": len(records), "summary_sentences": SENTENCES}
    systems = {"warta": warta_summary, "lead3": lead3, "lead3_undated": lead3_undated, "oracle": oracle}
    for name, system in systems.items():
        for kind, value in _rouge(records, system).items():
            metrics[f"{kind}_{name}"] = value
    for name in ("warta", "lead3"):
        for kind, value in _rouge(records[TUNING_ARTICLES:], systems[name]).items():
            metrics[f"heldout_{kind}_{name}"] = value
    return metrics
