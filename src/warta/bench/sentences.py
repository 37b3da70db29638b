"""Benchmark ``sentences``: sentence-boundary P/R/F1 on the UD Indonesian test treebanks.

UD gives gold sentences (``# text =``) but no documents or paragraphs (the files carry
no ``# newdoc``/``# newpar``), so consecutive sentences are joined with one space into
paragraphs of :data:`CHUNK` sentences. A boundary is a sentence end offset inside a
paragraph; paragraph ends are excluded because every splitter gets them for free.
GSD packs some multi-sentence passages into one ``# text`` line, which caps precision.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from warta.article.sentences import split_sentences
from warta.bench import Metrics

CHUNK = 5
TEST_FILES = ("id_gsd-ud-test.conllu", "id_pud-ud-test-revised-1-0.conllu")
# Not looked at while the splitter's rules were written: a held-out check on the test scores.
HELDOUT_FILE = "id_gsd-ud-dev.conllu"
MIN_TIMING_S = 0.5
# The baseline every splitter must beat: end at . ! ? when white space and a capital follow.
_NAIVE = re.compile(r"[.!?](?=\s+[A-Z])")

Splitter = Callable[[str], list[tuple[int, int]]]


def read_texts(path: Path) -> list[str]:
    """The raw text of every sentence of a CoNLL-U file, in file order."""
    with path.open(encoding="utf-8") as handle:
        return [line[len("# text = "):].strip() for line in handle if line.startswith("# text = ")]


def paragraphs(texts: list[str], size: int = CHUNK) -> Iterator[tuple[str, set[int]]]:
    """Paragraphs of ``size`` sentences joined by a space, with their inner gold ends."""
    for first in range(0, len(texts), size):
        chunk = texts[first:first + size]
        ends: set[int] = set()
        offset = 0
        for sentence in chunk[:-1]:
            offset += len(sentence)
            ends.add(offset)
            offset += 1
        yield " ".join(chunk), ends


def naive_split(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _NAIVE.finditer(text):
        spans.append((start, match.end()))
        start = match.end() + 1
    spans.append((start, len(text)))
    return spans


def _counts(split: Splitter, paras: list[tuple[str, set[int]]]) -> tuple[int, int, int]:
    """True positives, predicted and gold inner boundaries over all paragraphs."""
    tp = predicted = gold = 0
    for text, ends in paras:
        found = {end for _, end in split(text) if end < len(text.rstrip())}
        tp += len(found & ends)
        predicted += len(found)
        gold += len(ends)
    return tp, predicted, gold


def _prf(prefix: str, tp: int, predicted: int, gold: int) -> Metrics:
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {f"{prefix}precision": round(precision, 4), f"{prefix}recall": round(recall, 4),
            f"{prefix}f1": round(f1, 4)}


def _speed(paras: list[tuple[str, set[int]]], sentence_count: int) -> float:
    """Gold sentences split per second on one core (repeated to at least MIN_TIMING_S)."""
    rounds = 0
    began = time.perf_counter()
    while True:
        for text, _ in paras:
            split_sentences(text)
        rounds += 1
        elapsed = time.perf_counter() - began
        if elapsed >= MIN_TIMING_S:
            return sentence_count * rounds / elapsed


def run(data_dir: Path) -> Metrics:
    corpus = data_dir / "ud-indonesian"
    metrics: Metrics = {"data": "UD Indonesian GSD test + PUD test", "chunk_sentences": CHUNK}
    all_paras: list[tuple[str, set[int]]] = []
    sentence_count = 0
    for name in TEST_FILES:
        texts = read_texts(corpus / name)
        paras = list(paragraphs(texts))
        all_paras.extend(paras)
        sentence_count += len(texts)
        short = name.split("-")[0].removeprefix("id_")
        metrics.update(_prf(f"{short}_", *_counts(split_sentences, paras)))
    metrics["sentences"] = sentence_count
    metrics.update(_prf("", *_counts(split_sentences, all_paras)))
    metrics.update(_prf("naive_", *_counts(naive_split, all_paras)))
    heldout = list(paragraphs(read_texts(corpus / HELDOUT_FILE)))
    metrics.update(_prf("heldout_gsd_dev_", *_counts(split_sentences, heldout)))
    metrics.update(_prf("heldout_gsd_dev_naive_", *_counts(naive_split, heldout)))
    metrics["sentences_per_s"] = round(_speed(all_paras, sentence_count))
    return metrics
