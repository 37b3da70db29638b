"""Speed: articles/s through ingest → clean → metadata → language → sentences.

Real Indonesian articles (IndoSum's 750 and IndoTimex Kompas's 75) are cycled to
at least 5,000 text dumps and run through the foundation stages with one and
with two worker processes. The whole default pipeline (time expressions and
entities too) is timed on one pass over the distinct articles, for reference;
each later stage has its own speed figure in its own benchmark.
"""

from __future__ import annotations

import itertools
import time
from pathlib import Path

from warta.api import analyze_docs, default_pipeline, foundation_stages
from warta.bench import Metrics
from warta.bench.corpora import indosum_texts, kompas_texts, text_docs
from warta.options import Options
from warta.pipeline import Pipeline, build

MIN_ARTICLES = 5000


def articles_per_second(texts: list[str], jobs: int, pipeline: Pipeline) -> float:
    """One process: articles per second of its own CPU time, which other load on the machine does not
    stretch (the wall clock read this row 195-270 on one machine within minutes). Several processes:
    wall time, since the workers' CPU time is not this process's."""
    docs = text_docs(texts, "speed")  # reading files is I/O, measured apart from the stages
    clock = time.process_time if jobs == 1 else time.perf_counter
    started = clock()
    analyze_docs(docs, Options(jobs=jobs), pipeline)
    return len(docs) / (clock() - started)


def run(data_dir: Path) -> Metrics:
    real = indosum_texts(data_dir) + kompas_texts(data_dir)
    texts = list(itertools.islice(itertools.cycle(real), max(MIN_ARTICLES, len(real))))
    # Warm up once so that lazy resource loading (stop lists, language model) is not timed.
    foundation = build(foundation_stages())
    full = default_pipeline()
    analyze_docs(text_docs(texts[:20], "speed"), Options(), full)
    one = articles_per_second(texts, 1, foundation)
    two = articles_per_second(texts, 2, foundation)
    whole = articles_per_second(real, 1, full)
    return {
        "articles": len(texts),
        "distinct_articles": len(real),
        "articles_per_s_1proc": round(one, 1),
        "articles_per_s_2proc": round(two, 1),
        "full_pipeline_articles_per_s_1proc": round(whole, 1),
        "mean_chars": round(sum(map(len, texts)) / len(texts)),
    }
