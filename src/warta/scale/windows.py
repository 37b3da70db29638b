"""The cross-article step of ``warta batch``, on the driver, one time window at a time.

The article rows come back from Parquet ordered by (window, input position), so only one
window's articles are in memory at once. Each window becomes one analysis: its articles and
their annotations, their entities joined across partitions, the Spark-found duplicates
between its own articles, then ``corpus.across.complete(..., duplicates_known=True)``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from warta import __version__
from warta.corpus.across import complete
from warta.corpus.entities import gather_entities
from warta.document import Doc
from warta.models import Analysis, Article, ArticleError, Claim, Duplicate, Entity, Event, Quote, Timex
from warta.options import Options
from warta.store.ids import IdMap, rewrite
from warta.store.keys import entity_keys
from warta.unionfind import UnionFind

UNDATED = "undated"


@dataclass(frozen=True)
class Window:
    """Days ``first``..``last`` (inclusive), or the articles with no publication day."""

    number: int | None
    first: dt.date | None = None
    last: dt.date | None = None

    @property
    def label(self) -> str:
        if self.number is None or self.first is None or self.last is None:
            return UNDATED
        return f"{self.first.isoformat()}_{self.last.isoformat()}"


def publication_day(published: str | None) -> dt.date | None:
    """The day an article was published (its own time zone), None when unknown or unreadable."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def window_of(day: dt.date | None, start: dt.date | None, days: int) -> Window:
    if day is None or start is None:
        return Window(None)
    number = (day - start).days // days
    first = start + dt.timedelta(days=number * days)
    return Window(number, first, first + dt.timedelta(days=days - 1))


def analysis_of_records(records: Sequence[dict[str, Any]], duplicates: Iterable[Duplicate],
                        options: Options, run_errors: Sequence[ArticleError] = ()) -> Analysis:
    """One analysis of some article records (``articles.json`` rows), completed across them."""
    records = join_entities(records)
    ids = {record["article"]["id"] for record in records}
    analysis = Analysis(
        warta_version=__version__,
        created=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        articles=[Article.model_validate(r["article"]) for r in records],
        entities=gather_entities([_entity_holder(r) for r in records]),
        timexes=[Timex.model_validate(t) for r in records for t in r["timexes"]],
        quotes=[Quote.model_validate(q) for r in records for q in r["quotes"]],
        events=[Event.model_validate(v) for r in records for v in r["events"]],
        claims=[Claim.model_validate(c) for r in records for c in r["claims"]],
        duplicates=[d for d in duplicates if d.article in ids and d.duplicate_of in ids],
        errors=list(run_errors),
    )
    return complete(analysis, options, duplicates_known=True)


def _entity_holder(record: dict[str, Any]) -> Doc:
    """A document that carries only entities: what ``gather_entities`` reads."""
    article = Article.model_validate(record["article"])
    return Doc(article=article, raw=b"", fmt="txt",
               entities=[Entity.model_validate(e) for e in record["entities"]])


def join_entities(records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records whose entities have ids ``e1…`` for the window, in order of first mention.

    One partition's ``canonical`` stage already joined its articles' entities (same scoped
    id); across partitions, entities join as the store joins them across ingests: by
    gazetteer row, else by type and folded name or alias (``store.keys.entity_keys``).
    """
    entities = [e for record in records for e in record["entities"]]
    groups = UnionFind(len(entities))
    first: dict[str, int] = {}
    for i, entity in enumerate(entities):
        keys = [f"id:{entity['id']}", *entity_keys(Entity.model_validate(entity))]
        known = next((first[key] for key in keys if key in first), i)  # the first key known wins
        groups.union(known, i)
        for key in keys:
            first.setdefault(key, i)
    numbers: dict[int, str] = {}
    renamed: dict[str, str] = {}
    for i, entity in enumerate(entities):
        renamed[entity["id"]] = numbers.setdefault(groups.find(i), f"e{len(numbers) + 1}")
    ids = IdMap(entities=renamed)
    return [_renamed(record, ids) for record in records]


def _renamed(record: dict[str, Any], ids: IdMap) -> dict[str, Any]:
    out: dict[str, Any] = rewrite(record, ids)
    for entity in out["entities"]:
        entity["id"] = ids.entity(entity["id"])
    return out


def grouped_by_window(rows: Iterator[Any]) -> Iterator[tuple[Window, list[dict[str, Any]]]]:
    """Consecutive rows of one window as (window, records); rows carry ``window`` and ``json``."""
    current: Window | None = None
    records: list[dict[str, Any]] = []
    for row in rows:
        window = row["window"]
        if current is not None and window != current:
            yield current, records
            records = []
        current = window
        records.append(json.loads(row["json"]))
    if current is not None:
        yield current, records
