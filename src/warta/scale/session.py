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
               .config("spark.sql.shuffle.partitions", str(shuffle_partitions)))
    try:
        session = builder.getOrCreate()
    except Exception as exc:  # an old Java, a bad master URL: say so instead of a JVM trace
        reason = f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}"
        raise WartaError(Code.SPARK_UNAVAILABLE, {"reason": reason}) from exc
    session.sparkContext.setLogLevel("ERROR")
    return session
