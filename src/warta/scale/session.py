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

    session = (SparkSession.builder.master(master).appName("warta-batch")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.shuffle.partitions", str(shuffle_partitions))
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    return session
