"""Inputs of ``warta batch`` as an RDD of unread documents, numbered in input order.

JSONL files are split by Spark (one record a line, each line read by the same reader as
``warta analyze``); Parquet datasets give one record a row with the JSONL columns; any other
file (text, HTML, WARC) is read whole on an executor by ``ingest.read_path``. The documents
are numbered ``a1…aN`` across all inputs in the order ``warta analyze`` would number them.
"""

from __future__ import annotations

import datetime as dt
import glob
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from warta.document import Doc, Hints
from warta.errors import Code
from warta.ingest import expand, read_path, reads_name
from warta.ingest.containers import read_jsonl
from warta.ingest.records import failed_doc, new_doc
from warta.models import ArticleError
from warta.options import Options
from warta.scale.session import first_line

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import Column, DataFrame, SparkSession

# The Parquet columns that mean what the JSONL fields of the same name mean.
PARQUET_COLUMNS = ("text", "html", "url", "title", "published", "outlet")
Numbered = tuple[int, Doc]


@dataclass
class Documents:
    """The numbered documents of the inputs, the inputs that could not be read, and the cached
    records of each input: numbering, counting and analysing the documents then read every
    input once. ``release`` frees that cache."""

    numbered: RDD[Numbered]
    errors: list[ArticleError]
    cached: list[RDD[Doc]] = field(default_factory=list)

    def release(self) -> None:
        for part in self.cached:
            part.unpersist()


def raw_documents(spark: SparkSession, inputs: Iterable[str], options: Options) -> Documents:
    """(0-based input position, document with its run id) for every record of the inputs."""
    parts: list[RDD[Doc]] = []
    files: list[str] = []
    errors: list[ArticleError] = []

    def flush_files() -> None:
        if files:
            parts.append(_cached(_files(spark, list(files), options)))
            files.clear()

    for given in inputs:
        for name, path, error in input_files(given):
            if error is not None or path is None:
                errors.append(error or Code.NOT_FOUND.error(path=name))
            elif _is_parquet(path):
                flush_files()
                parts.extend(_parquet(spark, name, errors))
            elif path.name.lower().endswith(".jsonl"):
                flush_files()
                parts.append(_cached(_jsonl(spark, name, path, options)))
            else:
                files.append(name)
    flush_files()
    if not parts:
        return Documents(spark.sparkContext.emptyRDD(), errors)
    numbered = spark.sparkContext.union(parts).zipWithIndex().map(_numbered)
    return Documents(numbered, errors, parts)


def _cached(part: RDD[Doc]) -> RDD[Doc]:
    """Without the cache, zipWithIndex, the count and the analysis would each read the input."""
    from pyspark import StorageLevel

    return part.persist(StorageLevel.MEMORY_AND_DISK)


def _numbered(pair: tuple[Doc, int]) -> Numbered:
    doc, index = pair
    doc.article.id = f"a{index + 1}"
    return index, doc


def input_files(given: str) -> Iterator[tuple[str, Path | None, ArticleError | None]]:
    """``ingest.expand`` for Spark: a folder holding only Parquet files (what Spark and pyarrow
    write, partition folders included) is one dataset; in any other folder each Parquet file is
    an input of its own, in name order among the files ``expand`` finds."""
    path = Path(given)
    if not path.exists() and glob.has_magic(given):
        matches = sorted(glob.glob(given, recursive=True))
        if not matches:
            yield given, None, Code.NO_INPUT_FILES.error(path=given)
        for match in matches:
            yield from input_files(match)
        return
    if not path.is_dir():
        yield from expand([given])
    elif _is_parquet_dataset(path):
        yield given, path, None
    else:
        yield from _mixed_folder(given, path)


def _mixed_folder(given: str, folder: Path) -> Iterator[tuple[str, Path | None, ArticleError | None]]:
    """The folder's files as ``warta analyze`` finds them, Parquet files among them, and the
    same warnings for what is skipped (a pipe, a file of another kind)."""
    yield from expand([given], reads=lambda path: reads_name(path) or _is_parquet(path))


def _visible_files(folder: Path) -> list[Path]:
    """Files below ``folder`` except hidden ones: names starting with '.' or '_' (Spark's
    ``_SUCCESS`` and ``.crc`` files) or inside such folders."""
    return [p for p in folder.rglob("*")
            if p.is_file() and not any(part.startswith((".", "_")) for part in p.relative_to(folder).parts)]


def _is_parquet_dataset(folder: Path) -> bool:
    files = _visible_files(folder)
    return bool(files) and all(_is_parquet(p) for p in files)


def _is_parquet(path: Path) -> bool:
    """A Parquet file, or a folder of nothing but Parquet files (see :func:`input_files`)."""
    if path.is_dir():
        return _is_parquet_dataset(path)
    return path.suffix.lower() == ".parquet"


def _files(spark: SparkSession, names: list[str], options: Options) -> RDD[Doc]:
    slices = max(1, min(len(names), spark.sparkContext.defaultParallelism * 4))
    return spark.sparkContext.parallelize(names, slices).flatMap(lambda name: _read_file(name, options))


def _read_file(name: str, options: Options) -> list[Doc]:
    return read_path(name, Path(name), options)


def _jsonl(spark: SparkSession, given: str, path: Path, options: Options) -> RDD[Doc]:
    if is_blank(path):  # Spark reads no line of it: say so, as warta analyze does (E-INGEST-001)
        return spark.sparkContext.parallelize([failed_doc(given, Code.EMPTY_INPUT.error())], 1)
    # use_unicode=False keeps the line's bytes, so bad UTF-8 is reported as warta analyze does.
    lines = cast("RDD[bytes]", spark.sparkContext.textFile(str(path), use_unicode=False)).zipWithIndex()
    return lines.flatMap(lambda pair: _jsonl_line(given, pair[0], pair[1] + 1, options.max_bytes))


def is_blank(path: Path, chunk: int = 1 << 20) -> bool:
    """No byte but whitespace: read only up to the first other byte, so a big export costs
    one chunk. A file that cannot be read is not blank; Spark's read reports it."""
    try:
        with path.open("rb") as stream:
            while block := stream.read(chunk):
                if block.strip():
                    return False
    except OSError:
        return False
    return True


def _jsonl_line(given: str, line: bytes, number: int, max_bytes: int) -> list[Doc]:
    if len(line) > max_bytes:
        error = Code.TOO_LARGE.error(size=len(line), limit=max_bytes)
        return [failed_doc(f"{given}#L{number}", error)]
    return read_jsonl(given, line, first_line=number)


def _parquet(spark: SparkSession, given: str, errors: list[ArticleError]) -> list[RDD[Doc]]:
    """One record a row, read (into the cache) here, so that a file Spark cannot read is a coded
    run-level error and the run goes on without it: none then."""
    part: RDD[Doc] | None = None
    try:
        frame = spark.read.parquet(given)
        columns = [_as_text(frame, name) for name in PARQUET_COLUMNS if name in frame.columns]
        if not columns:
            frame = frame.limit(1)  # no usable column: one error row says so, not one per row
        rows = frame.select(*columns).rdd.zipWithIndex()
        part = _cached(rows.map(lambda pair: parquet_doc(given, pair[0].asDict(), pair[1] + 1)))
        part.count()
    except Exception as exc:  # Spark raises Py4J and pyspark errors of many kinds for bad files
        if part is not None:
            part.unpersist()
        errors.append(Code.UNREADABLE.error(reason=f"{given}: {first_line(exc)}"))
        return []
    return [part]


def _as_text(frame: DataFrame, name: str) -> Column:
    """Timestamps as ISO text with their offset, formatted by Spark: Python would get them as
    naive datetimes in the worker's local time, and the publication day would shift."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import TimestampNTZType, TimestampType

    kind = frame.schema[name].dataType
    if isinstance(kind, TimestampType):
        return F.date_format(F.col(name), "yyyy-MM-dd'T'HH:mm:ssxxx").alias(name)
    if isinstance(kind, TimestampNTZType):
        return F.date_format(F.col(name), "yyyy-MM-dd'T'HH:mm:ss").alias(name)
    return F.col(name)


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

