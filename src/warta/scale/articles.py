"""The per-article pipeline over Spark partitions, and the article rows it writes.

The chain is ``api.default_stages()`` run by ``api.analyze_docs`` / ``pipeline.run``, cut in
two at its first corpus stage:

1. the article stages before it (decode, extract, clean) in ``mapPartitions``;
2. the documents regrouped so one outlet's articles share a partition (within blocks of
   ``OUTLET_BLOCK`` input records), then the rest of the chain in ``mapPartitions``: the
   ``repeats`` corpus stage sees every article of an outlet in the block, as it would in one
   ``warta analyze`` run, and ``canonical`` joins the entities of the partition.

Resources (gazetteer, models) load once per Python worker, as in ``--jobs`` workers.
"""

from __future__ import annotations

import itertools
import json
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from warta.api import analyze_docs, default_stages
from warta.document import Doc
from warta.models import ArticleError
from warta.options import Options
from warta.pipeline import Pipeline, Stage, build, run
from warta.scale.records import Numbered
from warta.store.ids import IdMap, rewrite

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql.types import StructType

# An outlet's boilerplate is looked for among its articles in each block of this many
# consecutive input records: big enough that a promo line recurs, small enough that one
# outlet's articles still spread over the workers.
OUTLET_BLOCK = 1000

# Documents the per-article head holds at once.
HEAD_CHUNK = 256
# Articles per partition of the rest of the chain, which holds its partition in memory
# (corpus stages see all of it): the partition count grows with the corpus.
ARTICLES_PER_PARTITION = 2000

ARTICLE_COLUMNS = ("index", "id", "source", "outlet", "published", "title", "language", "json", "errors")


def article_schema() -> StructType:
    from pyspark.sql.types import ArrayType, LongType, StringType, StructField, StructType

    error = StructType([StructField("code", StringType()), StructField("message", StringType()),
                        StructField("stage", StringType())])
    text = [StructField(name, StringType()) for name in ARTICLE_COLUMNS[1:-2]]
    return StructType([StructField("index", LongType(), False), *text,
                       StructField("json", StringType(), False), StructField("errors", ArrayType(error))])


def split_chain(stages: list[Stage]) -> tuple[Pipeline, Pipeline]:
    """The article stages before the first corpus stage, and the rest of the chain.

    The rest runs on documents that carry what the first part provided for them (an article
    whose decoding failed carries less), so it starts from nothing assumed.
    """
    cut = next((i for i, stage in enumerate(stages) if stage.scope == "corpus"), len(stages))
    head = build(stages[:cut])
    checked = build(stages[cut:], initial=head.provides)
    return head, Pipeline(checked.stages, frozenset())


def analyse(documents: RDD[Numbered], options: Options, partitions: int) -> RDD[tuple[Any, ...]]:
    """Article rows (see :data:`ARTICLE_COLUMNS`) of every document."""
    head, tail = split_chain(default_stages())
    worker = replace(options, jobs=1, progress=False)
    read = documents.mapPartitions(lambda items: run_head(items, head, worker))
    grouped = read.keyBy(_group_key).partitionBy(partitions, _stable_hash)
    return grouped.mapPartitionsWithIndex(lambda part, items: _run_tail(part, items, tail, worker))


def run_head(items: Iterable[Numbered], head: Pipeline, options: Options) -> Iterator[Numbered]:
    """The per-article head in chunks: nothing in it looks across articles, so a big input
    partition need not be held in memory at once."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, HEAD_CHUNK)):
        docs = analyze_docs([doc for _, doc in chunk], options, head)
        for doc in docs:
            doc.raw = b""  # decoded by now; the raw page would only weigh on the shuffle
        yield from zip((index for index, _ in chunk), docs, strict=True)


def _group_key(item: Numbered) -> str:
    index, doc = item
    if doc.outlet_guess:
        return f"{doc.outlet_guess}|{index // OUTLET_BLOCK}"
    return f"#{index}"


def _stable_hash(key: str) -> int:
    """Python's str hash differs per process; the partition of a key must not."""
    return zlib.crc32(key.encode("utf-8"))


def _run_tail(partition: int, items: Iterable[tuple[str, Numbered]], tail: Pipeline,
              options: Options) -> Iterator[tuple[Any, ...]]:
    numbered = sorted((pair for _, pair in items), key=lambda pair: pair[0])
    docs = run(tail, [doc for _, doc in numbered], options)
    for (index, _), doc in zip(numbered, docs, strict=True):
        yield article_row(index, doc, f"p{partition}")


def article_row(index: int, doc: Doc, scope: str) -> tuple[Any, ...]:
    article = doc.article
    record = article_record(doc, scope)
    return (index, article.id, article.source, article.outlet, article.published, article.title,
            article.language, json.dumps(record, ensure_ascii=False), [_error(e) for e in article.errors])


def article_record(doc: Doc, scope: str) -> dict[str, Any]:
    """The article with its own annotations, as ``warta export --format jsonl`` writes them.

    Entity ids are the partition's (``canonical`` numbered them there), so they get the
    partition's ``scope`` to stay unique across the batch.
    """
    entities = IdMap(entities={e.id: f"{scope}-{e.id}" for e in doc.entities})
    record = {
        "article": doc.article.model_dump(mode="json"),
        "entities": [_scoped_entity(e.model_dump(mode="json"), entities) for e in doc.entities],
        "timexes": [t.model_dump(mode="json") for t in doc.timexes],
        "quotes": [q.model_dump(mode="json") for q in doc.quotes],
        "events": [v.model_dump(mode="json") for v in doc.events],
        "claims": [c.model_dump(mode="json") for c in doc.claims],
    }
    scoped: dict[str, Any] = rewrite(record, entities)
    return scoped


def _scoped_entity(entity: dict[str, Any], ids: IdMap) -> dict[str, Any]:
    entity["id"] = ids.entity(entity["id"])
    return entity


def _error(error: ArticleError) -> tuple[str, str, str | None]:
    return error.code, error.message, error.stage
