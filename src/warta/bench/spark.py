"""Benchmark ``spark``: ``warta batch`` in Spark local mode against ``warta analyze --jobs 2``.

The first :data:`ARTICLES` IndoSum articles are written as one JSONL file (text, URL, outlet)
and go through ``warta batch`` with ``local[2]``, then through the API path of ``warta
analyze --jobs 2`` (read, the per-article stages, the cross-article step). Both count
articles per wall second of the per-article part, and the whole run in seconds; the batch's
total includes starting Spark and its near-duplicate join. No floors: the figures depend on
how loaded the machine is, and the point is the comparison on one machine at one time.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from warta.bench import Metrics
from warta.bench.corpora import indosum_record_text

ARTICLES = 300


def _write_jsonl(data_dir: Path, target: Path) -> int:
    with (data_dir / "indosum" / "dev.01.jsonl").open(encoding="utf-8") as lines, \
            target.open("w", encoding="utf-8") as out:
        count = 0
        for line in lines:
            if count == ARTICLES:
                break
            record = json.loads(line)
            row = {"text": indosum_record_text(record), "url": record["source_url"],
                   "outlet": record["source"]}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


def _analyze(path: Path) -> tuple[float, float]:
    """(seconds of the per-article stages, seconds of the whole run) with two workers."""
    from warta.api import analysis_of, analyze_docs
    from warta.ingest import collect
    from warta.options import Options

    options = Options(jobs=2)
    started = time.perf_counter()
    docs, errors = collect([str(path)], options)
    docs = analyze_docs(docs, options)
    stages = time.perf_counter() - started
    analysis_of(docs, errors, options)
    return stages, time.perf_counter() - started


def run(data_dir: Path) -> Metrics:
    from warta.scale.batch import run_batch
    from warta.scale.session import spark_missing

    reason = spark_missing()
    if reason is not None:
        return {"skipped": reason}
    from warta.options import Options

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "indosum.jsonl"
        count = _write_jsonl(data_dir, source)
        started = time.perf_counter()
        report = run_batch([str(source)], Path(tmp) / "out", Options(), master="local[2]")
        batch_total = time.perf_counter() - started
        stages, analyze_total = _analyze(source)
    return {
        "articles": count,
        "batch_articles_per_s": round(count / report.seconds["articles"], 2),
        "batch_total_s": round(batch_total, 1),
        "batch_duplicates_s": report.seconds["duplicates"],
        "batch_windows_s": report.seconds["windows"],
        "analyze_jobs2_articles_per_s": round(count / stages, 2),
        "analyze_jobs2_total_s": round(analyze_total, 1),
    }
