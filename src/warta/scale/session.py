"""The Spark session ``warta batch`` runs in, and the check that Spark can run at all."""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

from warta.errors import Code, WartaError

if TYPE_CHECKING:
    from pyspark.sql import SparkSession


def spark_missing() -> str | None:
    """Why Spark cannot start here (no pyspark, no Java), or None when it can."""
    try:
        import pyspark  # noqa: F401  # only checking it is installed
    except ModuleNotFoundError:
        return "pyspark is not installed"
    if shutil.which("java") is None:
        return "no java on PATH"
    return None


def start_session(master: str = "local[2]", shuffle_partitions: int = 2) -> SparkSession:
    """A session without the web UI; ``shuffle_partitions`` sizes the SQL shuffles (LSH joins)."""
    reason = spark_missing()
    if reason is not None:
        raise WartaError(Code.SPARK_UNAVAILABLE, {"reason": reason})
    from pyspark.sql import SparkSession

    builder = (SparkSession.builder.master(master).appName("warta-batch")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.shuffle.partitions", str(shuffle_partitions))
               # Timestamps read from Parquet are written with their offset (records.py); UTC
               # keeps that offset the same whatever the machine's zone.
               .config("spark.sql.session.timeZone", "UTC"))
    try:
        session = builder.getOrCreate()
    except Exception as exc:  # an old Java, a bad master URL: say so instead of a JVM trace
        reason = f"{type(exc).__name__}: {first_line(exc)}"
        raise WartaError(Code.SPARK_UNAVAILABLE, {"reason": reason}) from exc
    # Failures reach the user as coded errors (E-INGEST-004 for a bad Parquet input, E-SPARK-002
    # for a failed run); Spark's own ERROR lines would repeat them as Java stack traces.
    session.sparkContext.setLogLevel("FATAL")
    return session


def active_session() -> SparkSession | None:
    """The session a caller already runs (a notebook, a test), or None: ``warta batch`` works in
    it and leaves it running, since stopping it would stop the caller's work too."""
    if spark_missing() is not None:
        return None
    from pyspark import SparkContext
    from pyspark.sql import SparkSession

    if SparkContext._active_spark_context is None:
        return None
    # Active in another thread only: the builder returns that same session, not a new one.
    return SparkSession.getActiveSession() or SparkSession.builder.getOrCreate()


def batch_failure(exc: BaseException) -> WartaError | None:
    """E-SPARK-002 for an exception raised by Spark (a corrupt input met by a task, a worker
    that crashed, an output Spark cannot write) or by the file system under ``--out``; None
    for anything else, which is a bug to show as it is."""
    if not (isinstance(exc, OSError) or _from_spark(exc)):
        return None
    return WartaError(Code.BATCH_FAILED, {"reason": f"{type(exc).__name__}: {first_line(exc)}"})


def _from_spark(exc: BaseException) -> bool:
    return any(kind.__module__.split(".")[0] in {"pyspark", "py4j"} for kind in type(exc).__mro__)


def first_line(exc: BaseException) -> str:
    """The line that says what went wrong. A Py4J error starts with 'An error occurred while
    calling o42.parquet.' and names the Java exception on the next line (': org...')."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    java = next((line[1:].strip() for line in lines if line.startswith(":")), None)
    return java or (lines[0] if lines else type(exc).__name__)
