"""``warta batch``: the per-article pipeline and near-duplicates over Spark, then the
cross-article step per time window on the driver (see ``docs/scale.md``).

Everything here imports pyspark lazily, so ``import warta`` never needs it.
"""
