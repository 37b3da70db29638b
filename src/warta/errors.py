"""Error catalogue: every problem warta reports has a stable code and a message.

Codes read ``<severity>-<area>-<number>``: ``E`` means the article could not be
analysed (or a stage failed on it), ``W`` means it was analysed with a caveat.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from warta.models import ArticleError


class Code(Enum):
    """Each member's value is (code, message template)."""

    EMPTY_INPUT = ("E-INGEST-001", "input is empty (no non-blank text)")
    BINARY_INPUT = ("E-INGEST-002", "input looks binary ({kind}), not text")
    TOO_LARGE = ("E-INGEST-003", "input is {size} bytes, over the limit of {limit} (--max-bytes)")
    UNREADABLE = ("E-INGEST-004", "cannot read input: {reason}")
    BAD_JSONL_LINE = ("E-INGEST-005", "JSONL line {line} is not a usable article: {reason}")
    NO_INPUT_FILES = ("E-INGEST-006", "no readable input files under {path}")
    NOT_FOUND = ("E-INGEST-007", "no such file or directory: {path}")
    BAD_WARC = ("E-INGEST-008", "WARC archive cannot be read: {reason}")
    BAD_PARQUET_ROW = ("E-INGEST-009", "Parquet row {row} is not a usable article: {reason}")
    TOO_LARGE_UNPACKED = ("E-INGEST-010", "gzipped input unpacks to more than {limit} bytes (--max-bytes)")
    BAD_GZIP = ("E-INGEST-011", "gzipped input cannot be unpacked: {reason}")
    NO_ARTICLE_IN_HTML = ("E-HTML-001", "HTML page has no article text")
    NO_BODY = ("E-CLEAN-001", "no body text left after cleaning")
    STAGE_FAILED = ("E-STAGE-001", "stage {stage} failed: {reason}")
    ENCODING_FALLBACK = ("W-INGEST-101", "not valid UTF-8; decoded as {encoding}")
    WARC_RECORD_SKIPPED = ("W-INGEST-102", "WARC record {index} skipped: {reason}")
    MOJIBAKE_REPAIRED = ("W-INGEST-103", "text was UTF-8 read as cp1252 and saved again; "
                                         "{count} garbled character(s) restored")
    DUMP_SPLIT = ("W-INGEST-104", "text dump holds {count} articles (a headline with its date line, byline "
                                  "or lead after body); this is part {part}, from line {line}")
    ENTRY_SKIPPED = ("W-INGEST-105", "skipped {path} under {folder}: {reason}")
    NAMES_SKIPPED = ("W-INGEST-106", "skipped {count} file(s) under {folder} whose names warta does not "
                     "read (.txt, .html, .jsonl, .warc, each maybe gzipped as .gz): {names}")
    READ_AS_ONE = ("W-INGEST-107", "text holds {count} articles one after another (see W-INGEST-104); read "
                   "here as one (warta.api.analyze_input reads each)")
    FIELD_LEFT_OUT = ("W-INGEST-108", "JSONL line {line}: field '{field}' left out: {reason}")
    NOT_GZIP = ("W-INGEST-109", "the name ends in .gz but the content is not gzip; read as {fmt} "
                                "as it stands")
    FOREIGN_NAME = ("W-INGEST-110", "the name ends in {suffix}, which warta does not read (.txt, .html, "
                                    ".jsonl, .warc); read as {fmt} since it was named on its own")
    DATE_ESTIMATED = ("W-META-101",
                      "no publication date found; estimated from dates in the text ({evidence})")
    NO_DATE = ("W-META-102", "no publication date found and none could be estimated")
    ZONE_ASSUMED = ("W-META-103", "publication time states no time zone; WIB (UTC+07:00) assumed")
    TIME_DROPPED = ("W-META-104", "publication time states no time zone; time dropped, date kept")
    AGE_UNRESOLVED = ("W-META-106", "the date line {line!r} counts back from when the page was saved, and "
                      "the input gives no save time (a JSONL 'scraped_at' field or a WARC record's date)")
    AGE_RESOLVED = ("W-META-107", "publication time counted back from the date line {line!r} from the save "
                    "time {saved} ({saved_from}); as exact as that line")
    GIVEN_DATE_UNREAD = ("W-META-105", "the input's 'published' value {value!r} is no date warta can read "
                         "(ISO 8601, epoch seconds or a written date); it was left out")
    LANGUAGE_UNSURE = ("W-LANG-101", "language detection unsure (score {score:.2f})")
    STORE_TOO_NEW = ("E-STORE-001", "store {path} has schema version {found}; this warta knows up to {known}")
    STORE_UNREADABLE = ("E-STORE-002", "cannot open store {path}: {reason}")
    EXPORT_NEEDS_PYARROW = ("E-EXPORT-001", "parquet export needs pyarrow: pip install 'warta[parquet]'")
    EXPORT_BAD_TABLE = ("E-EXPORT-002", "no table {table} to export; choose from {tables}")
    REQUEST_TOO_LARGE = ("E-API-001", "request body is over the limit of {limit} bytes")
    UNAUTHORIZED = ("E-API-002", "this endpoint needs the header 'Authorization: Bearer <token>'")
    API_NOT_FOUND = ("E-API-003", "no {kind} with id {id}")
    BAD_REQUEST = ("E-API-004", "bad request: {reason}")
    SPARK_UNAVAILABLE = ("E-SPARK-001", "warta batch needs pyspark and Java 17 ({reason}): "
                                        "pip install 'warta[spark]'")
    BATCH_FAILED = ("E-SPARK-002", "batch failed: {reason}")

    @property
    def code(self) -> str:
        return self.value[0]

    def error(self, stage: str | None = None, **fields: object) -> ArticleError:
        """Build the output record, filling the message template."""
        template: str = self.value[1]
        return ArticleError(code=self.code, message=template.format(stage=stage, **fields), stage=stage)


# Warnings a reader puts on a document it still hands on to the pipeline; any other error on a
# document that comes out of reading marks a placeholder (an input that failed to read).
READ_WARNINGS = frozenset({Code.DUMP_SPLIT.code, Code.READ_AS_ONE.code, Code.FIELD_LEFT_OUT.code,
                           Code.NOT_GZIP.code, Code.FOREIGN_NAME.code})


def read_failed(errors: list[ArticleError]) -> bool:
    return any(error.code not in READ_WARNINGS for error in errors)


def any_hard(errors: list[ArticleError]) -> bool:
    """Any error that is no warning: an input or stage that failed."""
    return any(error.code.startswith("E-") for error in errors)


@dataclass
class WartaError(Exception):
    """A usage-level failure that stops the whole command (exit code 2)."""

    code: Code
    fields: dict[str, object]

    def __str__(self) -> str:
        return f"{self.code.code}: {self.code.value[1].format(**self.fields)}"
