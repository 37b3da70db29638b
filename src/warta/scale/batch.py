"""``warta batch``: read, analyse and find near-duplicates over Spark, then complete each time
window on the driver. What it writes under OUT:

- ``articles.parquet/``: one row per input record (see ``articles.ARTICLE_COLUMNS``, plus
  ``day``, the publication day), the article with its annotations as JSON in ``json``;
- ``duplicates.parquet/``: (article, duplicate_of, similarity);
- ``analysis.json`` when every dated article falls in one window, else
  ``windows/<first>_<last>/analysis.json`` per window (and ``windows/undated/``);
- ``batch.json``: counts, the windows written and the run-level errors.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warta.models import ArticleError, Duplicate
from warta.options import Options
from warta.scale.articles import ARTICLE_COLUMNS, ARTICLES_PER_PARTITION, analyse, article_schema
from warta.scale.duplicates import body_of, shingle_frame, spark_duplicates
from warta.scale.records import raw_documents
from warta.scale.session import active_session, start_session
from warta.scale.windows import Window, analysis_of_records, grouped_by_window, window_of

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

DEFAULT_WINDOW_DAYS = 14


@dataclass
class BatchReport:
    articles: int = 0
    failed: int = 0  # articles with an E- error
    duplicates: int = 0
    analyses: list[str] = field(default_factory=list)  # paths of the analysis.json written
    errors: list[dict[str, Any]] = field(default_factory=list)  # run-level errors
    seconds: dict[str, float] = field(default_factory=dict)


def run_batch(inputs: Sequence[str], out: Path, options: Options, *, master: str = "local[2]",
              partitions: int | None = None, window_days: int = DEFAULT_WINDOW_DAYS,
              spark: SparkSession | None = None) -> BatchReport:
    """The whole batch in ``spark``, else in the session already active, else in one started
    for it and stopped after: a caller's session is never stopped here."""
    session = spark or active_session()
    if session is not None:
        return _run(session, inputs, out, options, partitions, window_days)
    started = start_session(master)
    try:
        return _run(started, inputs, out, options, partitions, window_days)
    finally:
        started.stop()


def _run(spark: SparkSession, inputs: Sequence[str], out: Path, options: Options,
         partitions: int | None, window_days: int) -> BatchReport:
    report = BatchReport()
    clock = _Clock(report.seconds)
    clear_previous(out)
    read = raw_documents(spark, inputs, options)
    try:
        report.errors = [e.model_dump(mode="json") for e in read.errors]
        documents = read.numbered
        rows = analyse(documents, options, partitions or _partitions(spark, documents.count()))
        with clock("articles"):
            frame = spark.createDataFrame(rows.map(_with_day), _schema_with_day())
            frame.write.mode("overwrite").parquet(str(out / "articles.parquet"))
    finally:
        read.release()
    articles = spark.read.parquet(str(out / "articles.parquet"))
    report.articles = articles.count()
    report.failed = articles.where("exists(errors, e -> e.code LIKE 'E-%')").count()
    with clock("duplicates"):
        duplicates = write_duplicates(spark, articles, out / "duplicates.parquet")
    report.duplicates = len(duplicates)
    with clock("windows"):
        report.analyses = write_windows(articles, duplicates, out, options, window_days, read.errors)
    (out / "batch.json").write_text(json.dumps(asdict(report), indent=2) + "\n", encoding="utf-8")
    return report


def clear_previous(out: Path) -> None:
    """Make ``out`` and remove the analyses an earlier run wrote there, which this run may not
    overwrite (other windows, or one analysis then windows); nothing else under ``out`` is
    touched, and the Parquet outputs are overwritten whole."""
    out.mkdir(parents=True, exist_ok=True)
    if (out / "windows").is_dir():
        shutil.rmtree(out / "windows")
    (out / "analysis.json").unlink(missing_ok=True)


def _partitions(spark: SparkSession, documents: int) -> int:
    """Several partitions per core: one outlet's articles stay together (see articles.py), so
    fewer leave a core idle behind a big outlet; more as the corpus grows, to bound memory."""
    return max(spark.sparkContext.defaultParallelism * 4, -(-documents // ARTICLES_PER_PARTITION))


class _Clock:
    def __init__(self, seconds: dict[str, float]) -> None:
        self.seconds = seconds

    def __call__(self, part: str) -> _Timed:
        return _Timed(self.seconds, part)


class _Timed:
    def __init__(self, seconds: dict[str, float], part: str) -> None:
        self.seconds, self.part, self.started = seconds, part, 0.0

    def __enter__(self) -> None:
        self.started = time.perf_counter()

    def __exit__(self, *_: object) -> None:
        self.seconds[self.part] = round(time.perf_counter() - self.started, 3)


def _schema_with_day() -> Any:
    from pyspark.sql.types import DateType, StructField

    return article_schema().add(StructField("day", DateType()))


PUBLISHED = ARTICLE_COLUMNS.index("published")


def _with_day(row: tuple[Any, ...]) -> tuple[Any, ...]:
    from warta.scale.windows import publication_day

    return (*row, publication_day(row[PUBLISHED]))


def write_duplicates(spark: SparkSession, articles: DataFrame, path: Path) -> list[Duplicate]:
    """Find the near-duplicates, write them as Parquet, and return them in input order."""
    bodies = articles.select("index", "id", "json").rdd.map(lambda r: (r[0], r[1], body_of(r[2])))
    shingled = shingle_frame(spark, bodies).persist()
    try:
        found = spark_duplicates(shingled).orderBy("index").collect() if not shingled.isEmpty() else []
    finally:
        shingled.unpersist()
    duplicates = [Duplicate(article=r["article"], duplicate_of=r["duplicate_of"],
                            similarity=round(r["score"], 4)) for r in found]
    table = [(d.article, d.duplicate_of, d.similarity) for d in duplicates]
    spark.createDataFrame(table, "article string, duplicate_of string, similarity double") \
        .coalesce(1).write.mode("overwrite").parquet(str(path))
    return duplicates


def write_windows(articles: DataFrame, duplicates: list[Duplicate], out: Path, options: Options,
                  days: int, run_errors: Sequence[ArticleError]) -> list[str]:
    """One completed analysis per window of ``days`` publication days; one in all when every
    dated article falls in one window. Returns the files written."""
    from pyspark.sql import functions as F

    start: dt.date | None = articles.agg(F.min("day")).first()[0]  # type: ignore[index]
    number = F.floor(F.datediff(F.col("day"), F.lit(start)) / days) if start else F.lit(None)
    ordered = articles.select("index", "day", "json").withColumn("window", number) \
        .orderBy(F.col("window").asc_nulls_last(), "index")
    windows = ordered.where(F.col("window").isNotNull()).select("window").distinct().count()
    rows = _windowed(ordered.toLocalIterator(), start, days, single=windows <= 1)
    written: list[str] = []
    for window, records in grouped_by_window(rows):
        errors = run_errors if not written else ()
        analysis = analysis_of_records(records, duplicates, options, errors)
        target = out / "analysis.json" if windows <= 1 else out / "windows" / window.label / "analysis.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(analysis.model_dump_json(indent=2) + "\n", encoding="utf-8")
        written.append(str(target))
    return written


def _windowed(rows: Iterable[Any], start: dt.date | None, days: int,
              single: bool) -> Iterator[dict[str, Any]]:
    whole = Window(0, start, None)
    for row in rows:
        window = whole if single else window_of(row["day"], start, days)
        yield {"window": window, "json": row["json"]}
