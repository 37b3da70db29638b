"""Inputs of ``warta batch`` as an RDD of unread documents, numbered in input order.

JSONL files are split by Spark (one record a line, each line read by the same reader as
``warta analyze``); Parquet datasets give one record a row with the JSONL columns; any other
file (text, HTML, WARC) is read whole on an executor by ``ingest.read_path``. The documents
are numbered ``a1…aN`` across all inputs in the order ``warta analyze`` would number them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from warta.document import Doc, Hints
from warta.errors import Code
from warta.ingest import expand, read_path
from warta.ingest.containers import read_jsonl
from warta.ingest.records import failed_doc, new_doc
from warta.models import ArticleError
from warta.options import Options

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession

# The Parquet columns that mean what the JSONL fields of the same name mean.
PARQUET_COLUMNS = ("text", "html", "url", "title", "published", "outlet")
Numbered = tuple[int, Doc]


def raw_documents(spark: SparkSession, inputs: Iterable[str],
                  options: Options) -> tuple[RDD[Numbered], list[ArticleError]]:
    """(0-based input position, document with its run id) for every record of the inputs."""
    sc = spark.sparkContext
    parts: list[RDD[Doc]] = []
    files: list[str] = []
    errors: list[ArticleError] = []

    def flush_files() -> None:
        if files:
            parts.append(_files(spark, list(files), options))
            files.clear()

    for given in inputs:
        if _is_parquet(Path(given)):
            flush_files()
            parts.append(_parquet(spark, given))
            continue
        for name, path, error in expand([given]):
            if error is not None or path is None:
                errors.append(error or Code.NOT_FOUND.error(path=name))
            elif path.name.lower().endswith(".jsonl"):
                flush_files()
                parts.append(_jsonl(spark, name, path, options))
            else:
                files.append(name)
    flush_files()
    if not parts:
        return sc.emptyRDD(), errors
    return sc.union(parts).zipWithIndex().map(_numbered), errors


def _numbered(pair: tuple[Doc, int]) -> Numbered:
    doc, index = pair
    doc.article.id = f"a{index + 1}"
    return index, doc


def _is_parquet(path: Path) -> bool:
    """A Parquet file, or a directory of them (what Spark and pyarrow write)."""
    if path.is_file():
        return path.suffix.lower() == ".parquet"
    return path.is_dir() and any(path.glob("*.parquet"))


def _files(spark: SparkSession, names: list[str], options: Options) -> RDD[Doc]:
    slices = max(1, min(len(names), spark.sparkContext.defaultParallelism * 4))
    return spark.sparkContext.parallelize(names, slices).flatMap(lambda name: _read_file(name, options))


def _read_file(name: str, options: Options) -> list[Doc]:
    return read_path(name, Path(name), options)


def _jsonl(spark: SparkSession, given: str, path: Path, options: Options) -> RDD[Doc]:
    # use_unicode=False keeps the line's bytes, so bad UTF-8 is reported as warta analyze does.
    lines = cast("RDD[bytes]", spark.sparkContext.textFile(str(path), use_unicode=False)).zipWithIndex()
    return lines.flatMap(lambda pair: _jsonl_line(given, pair[0], pair[1] + 1, options.max_bytes))


def _jsonl_line(given: str, line: bytes, number: int, max_bytes: int) -> list[Doc]:
    if len(line) > max_bytes:
        error = Code.TOO_LARGE.error(size=len(line), limit=max_bytes)
        return [failed_doc(f"{given}#L{number}", error)]
    return read_jsonl(given, line, first_line=number)


def _parquet(spark: SparkSession, given: str) -> RDD[Doc]:
    frame = spark.read.parquet(given)
    columns = [name for name in PARQUET_COLUMNS if name in frame.columns]
    if not columns:
        frame = frame.limit(1)  # no usable column: one error row says so, not one per row
    rows = frame.select(*columns).rdd.zipWithIndex()
    return rows.map(lambda pair: parquet_doc(given, pair[0].asDict(), pair[1] + 1))


def parquet_doc(given: str, row: dict[str, Any], number: int) -> Doc:
    """One Parquet row as a document; a row with no text and no HTML is a coded error."""
    source = f"{given}#R{number}"
    fields = {name: _text(value) for name, value in row.items()}
    html, text = fields.get("html"), fields.get("text")
    if html is None and text is None:
        return failed_doc(source, Code.BAD_PARQUET_ROW.error(row=number, reason="no 'text' or 'html' value"))
    hints = Hints(url=fields.get("url"), title=fields.get("title"), published=fields.get("published"),
                  outlet=fields.get("outlet"))
    body = html if html is not None else text
    return new_doc(source, (body or "").encode("utf-8"), "html" if html is not None else "txt", hints)


def _text(value: object) -> str | None:
    """A cell as the text a JSONL field would hold: dates and times in ISO form."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    if value is None:
        return None
    text = str(value)
    return text if text.strip() else None

