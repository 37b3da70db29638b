"""Near-duplicates over Spark: ``MinHashLSH`` candidates, scored as ``corpus/duplicates.py`` does.

The shingles, the minimum body length, the score (the larger of Jaccard and containment),
the threshold and the choice of the original (the most similar earlier article, the earliest
on a tie) are those of :func:`warta.corpus.duplicates.find_duplicates`; only the candidate
search differs. Spark's LSH ORs single-hash tables and keeps candidate pairs under a Jaccard
*distance*; ``MAX_JACCARD_DISTANCE`` lets through pairs whose Jaccard is far below the score
threshold, because a truncated repost scores on containment while its Jaccard stays small
(the datasketch bands of ``find_duplicates`` reach down to about the same Jaccard).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from warta.corpus.duplicates import DUPLICATE_THRESHOLD, MIN_WORDS, normalise_words, shingles_of

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

# Pairs under this Jaccard distance (Jaccard over 0.05) are scored: a repost keeping a fifth
# of a long article has Jaccard near 0.2 and containment near 1.
MAX_JACCARD_DISTANCE = 0.95
# A pair with Jaccard 0.1 shares one of 32 single-hash tables with probability 1 - 0.9^32 ≈ 0.97.
HASH_TABLES = 32
SEED = 2023
# Spark's MinHashLSH takes vectors of at most its hash prime's dimension; the 32-bit shingle
# hashes are folded into that range for the LSH only (the exact score uses the shingles).
VECTOR_SIZE = 2038074743
Shingle = tuple[int, str, list[int]]


def body_shingles(rows: Iterable[tuple[int, str, str]]) -> Iterator[Shingle]:
    """(index, id, sorted shingles) of each (index, id, body) long enough to be a copy."""
    for index, article_id, body in rows:
        if body and len(normalise_words(body)) >= MIN_WORDS:
            shingles = shingles_of(body)
            if shingles:
                yield index, article_id, sorted(shingles)


def shingle_frame(spark: SparkSession, rows: Any) -> DataFrame:
    """A frame of (index, id, shingles, features) from an RDD of (index, id, body)."""
    from pyspark.ml.linalg import SparseVector, VectorUDT
    from pyspark.sql.types import ArrayType, LongType, StringType, StructField, StructType

    def with_vector(item: Shingle) -> tuple[int, str, list[int], SparseVector]:
        index, article_id, shingles = item
        folded = sorted({s % VECTOR_SIZE for s in shingles})
        return index, article_id, shingles, SparseVector(VECTOR_SIZE, folded, [1.0] * len(folded))

    schema = StructType([StructField("index", LongType(), False), StructField("id", StringType(), False),
                         StructField("shingles", ArrayType(LongType()), False),
                         StructField("features", VectorUDT(), False)])
    return spark.createDataFrame(rows.mapPartitions(body_shingles).map(with_vector), schema)


def spark_duplicates(frame: DataFrame, threshold: float = DUPLICATE_THRESHOLD) -> DataFrame:
    """(index, article, duplicate_of, score) for each article repeating an earlier one; the
    caller rounds the score to 4 places in Python, as ``find_duplicates`` does."""
    from pyspark.ml.feature import MinHashLSH
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    model = MinHashLSH(inputCol="features", outputCol="hashes", numHashTables=HASH_TABLES,
                       seed=SEED).fit(frame)
    pairs = model.approxSimilarityJoin(frame, frame, MAX_JACCARD_DISTANCE, distCol="distance")
    pairs = pairs.where(F.col("datasetA.index") > F.col("datasetB.index"))
    later, earlier = F.col("datasetA.shingles"), F.col("datasetB.shingles")
    shared = F.size(F.array_intersect(later, earlier)).cast("double")
    jaccard = shared / (F.size(later) + F.size(earlier) - shared)
    containment = shared / F.least(F.size(later), F.size(earlier))
    scored = pairs.select(
        F.col("datasetA.index").alias("index"), F.col("datasetA.id").alias("article"),
        F.col("datasetB.index").alias("earlier"), F.col("datasetB.id").alias("duplicate_of"),
        F.greatest(jaccard, containment).alias("score"))
    best = Window.partitionBy("index").orderBy(F.col("score").desc(), F.col("earlier").asc())
    return (scored.where(F.col("score") >= threshold)
            .withColumn("rank", F.row_number().over(best)).where(F.col("rank") == 1)
            .select("index", "article", "duplicate_of", "score"))


def body_of(record_json: str) -> str:
    body: str = json.loads(record_json)["article"]["body"]
    return body
