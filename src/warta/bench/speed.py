"""Speed: articles/s through ingest → clean → metadata → language → sentences.

Real Indonesian articles (IndoSum's 750 and IndoTimex Kompas's 75) are cycled to
at least 5,000 text dumps and run with one and with two worker processes.
"""

from __future__ import annotations

import itertools
import time
from pathlib import Path

from warta.api import analyze_docs, default_pipeline
from warta.bench import Metrics
from warta.bench.corpora import indosum_texts, kompas_texts
from warta.document import Doc
from warta.ingest.records import new_doc
from warta.options import Options

MIN_ARTICLES = 5000


def _docs(texts: list[str]) -> list[Doc]:
    docs = []
    for number, text in enumerate(texts, start=1):
        doc = new_doc(f"speed-{number}.txt", text.encode("utf-8"), "txt")
        doc.article.id = f"a{number}"
        docs.append(doc)
    return docs


def articles_per_second(texts: list[str], jobs: int) -> float:
    docs = _docs(texts)  # reading files is I/O, measured apart from the stages
    pipeline = default_pipeline()
    started = time.perf_counter()
    analyze_docs(docs, Options(jobs=jobs), pipeline)
    return len(docs) / (time.perf_counter() - started)


def run(data_dir: Path) -> Metrics:
    real = indosum_texts(data_dir) + kompas_texts(data_dir)
    texts = list(itertools.islice(itertools.cycle(real), max(MIN_ARTICLES, len(real))))
    # Warm up once so that lazy resource loading (stop lists, language model) is not timed.
    analyze_docs(_docs(texts[:20]), Options())
    one = articles_per_second(texts, jobs=1)
    two = articles_per_second(texts, jobs=2)
    return {
        "articles": len(texts),
        "distinct_articles": len(real),
        "articles_per_s_1proc": round(one, 1),
        "articles_per_s_2proc": round(two, 1),
        "mean_chars": round(sum(map(len, texts)) / len(texts)),
    }
