"""The SQLite store: analysed articles with their annotations, kept across runs.

One file in WAL mode, so readers never wait for the writer. Every write goes through one
connection under a lock, one transaction per batch of articles: an ingest killed halfway
keeps the batches it committed, and re-running it skips them (their sha256 is known).
Readers use one connection per thread and read inside a transaction, so each answer comes
from one consistent snapshot.
"""

from __future__ import annotations

import copy
import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from warta import __version__
from warta.api import analyze_docs
from warta.document import Doc
from warta.errors import Code, WartaError
from warta.ingest import collect
from warta.models import (
    Analysis,
    Article,
    ArticleError,
    Claim,
    Duplicate,
    Entity,
    Event,
    Quote,
    Story,
    SummarySentence,
    TimelineEntry,
    Timex,
)
from warta.options import Options
from warta.pipeline import Pipeline
from warta.store import reading
from warta.store import search as fts
from warta.store.corpus import cluster_new_articles, completed_parts
from warta.store.ids import article_number, entity_number
from warta.store.report import IngestItem, IngestReport
from warta.store.schema import migrate
from warta.store.writer import write_batch
from warta.web.reader import SearchHit, restrict_to_story

DEFAULT_BATCH = 100
# Parts of an analysis only the cross-article step makes (events and claims also exist per article).
STORED_ONLY = ("stories", "duplicates", "timeline", "summary", "errors")
M = TypeVar("M", bound=BaseModel)
BatchHook = Callable[[IngestReport], None]


class Store:
    """A warta store in one SQLite file; implements :class:`warta.web.reader.Reader`."""

    def __init__(self, path: Path | str, batch_size: int = DEFAULT_BATCH) -> None:
        self.path = Path(path)
        self.batch_size = batch_size
        self._write_lock = threading.Lock()
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()
        self._corpus_cache: tuple[str, dict[str, list[Any]]] = ("", {})
        self._whole_cache: tuple[str, Analysis | None] = ("", None)
        self._writer = self._connect()
        with self._write_lock:
            self.schema_version = migrate(self._writer, self.path)

    # -- connections -------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        try:
            db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")  # durable at each commit point in WAL mode
            db.execute("PRAGMA foreign_keys=ON")
        except sqlite3.Error as exc:
            raise WartaError(Code.STORE_UNREADABLE, {"path": self.path, "reason": exc}) from exc
        return db

    def _reader(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = self._connect()
            self._local.db = db
            with self._readers_lock:
                self._readers.append(db)
        return db

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: every query inside sees the same committed snapshot."""
        db = self._reader()
        db.execute("BEGIN")
        try:
            yield db
        finally:
            db.execute("COMMIT")

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """The one writer, in one transaction that commits only when the block ends cleanly."""
        with self._write_lock:
            db = self._writer
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    def journal_mode(self) -> str:
        with self.reading() as db:
            return str(db.execute("PRAGMA journal_mode").fetchone()[0])

    def close(self) -> None:
        with self._readers_lock:
            for db in self._readers:
                db.close()
            self._readers.clear()
        with self._write_lock:
            self._writer.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingest ------------------------------------------------------------------------

    def ingest(self, paths: Iterable[str], options: Options | None = None, pipeline: Pipeline | None = None,
               on_batch: BatchHook | None = None) -> IngestReport:
        """Read, analyse and store files, directories, globs (``-`` for stdin)."""
        options = options or Options()
        docs, run_errors = collect(paths, options)
        return self.ingest_docs(docs, options, run_errors, pipeline, on_batch)

    def ingest_docs(self, docs: Sequence[Doc], options: Options | None = None,
                    run_errors: Sequence[ArticleError] = (), pipeline: Pipeline | None = None,
                    on_batch: BatchHook | None = None) -> IngestReport:
        """Analyse and store already-read documents, one transaction per batch, then update
        the cross-article results. Contents already stored are reported unchanged, unread."""
        options = options or Options()
        report = IngestReport(errors=list(run_errors))
        fresh = self._triage(docs, report)
        if options.jobs > 1 and len(fresh) > self.batch_size:
            _load_resources(fresh[0], pipeline)
        for start in range(0, len(fresh), self.batch_size):
            batch = fresh[start:start + self.batch_size]
            for number, doc in enumerate(batch, start=1):
                doc.article.id = f"a{number}"  # unique within the batch; the writer gives store ids
            analysed = analyze_docs(batch, options, pipeline)
            with self.writing() as db:
                report.items += write_batch(db, analysed)
                _bump_generation(db)
            if on_batch is not None:
                on_batch(report)
        self.update_corpus(options)
        return report

    def _triage(self, docs: Sequence[Doc], report: IngestReport) -> list[Doc]:
        """Documents worth analysing: readable, and with a content the store does not have."""
        fresh: list[Doc] = []
        seen: set[str] = set()
        with self.reading() as db:
            for doc in docs:
                article = doc.article
                if article.errors and not doc.provided:  # could not be read: nothing to store; say so
                    report.items.append(IngestItem(source=article.source, sha256=article.sha256,
                                                   status="failed", errors=article.errors))
                    continue
                known = db.execute("SELECT article, number FROM versions WHERE sha256 = ?",
                                   (article.sha256,)).fetchone()
                if known or article.sha256 in seen:
                    report.items.append(IngestItem(
                        source=article.source, sha256=article.sha256, status="unchanged",
                        article=f"a{known[0]}" if known else None, version=known[1] if known else None))
                    continue
                seen.add(article.sha256)
                fresh.append(doc)
        return fresh

    def update_corpus(self, options: Options | None = None) -> bool:
        """Bring stories and the cross-article results up to date when articles changed since."""
        with self.reading() as db:
            generation = reading.state(db, "generation", "0")
            if reading.state(db, "corpus_generation") == generation:
                return False
            analysis = self._assemble(db, None, {})
            story_state = json.loads(reading.state(db, "story_clusterer", "null"))
        clustered = cluster_new_articles(analysis, story_state)
        if clustered is not None:
            analysis.stories = clustered[0]
        parts = completed_parts(analysis, options or Options())
        if parts is None:
            parts = {"stories": [s.model_dump(mode="json") for s in analysis.stories]} if clustered else {}
        with self.writing() as db:
            db.executemany("INSERT OR REPLACE INTO corpus (name, record) VALUES (?, ?)",
                           [(name, json.dumps(value, ensure_ascii=False)) for name, value in parts.items()])
            if clustered is not None:
                _set_state(db, "story_clusterer", json.dumps(clustered[1], ensure_ascii=False))
            _set_state(db, "corpus_generation", generation)
        return True

    # -- the Reader protocol -----------------------------------------------------------

    def analysis(self, story: str | None = None) -> Analysis:
        """Everything in the store, or the articles of one story with what refers to them."""
        with self.reading() as db:
            parts = self._corpus(db)
            if story is None:
                return self._whole(db, parts)
            chosen = next((s for s in parts.get("stories", []) if s.get("id") == story), None)
            articles = set((chosen or {}).get("articles", []))
            rows = [n for n in (article_number(a) for a in articles) if n]
            return restrict_to_story(self._assemble(db, rows, _touching(parts, articles)), story)

    def search(self, query: str, limit: int = 50, offset: int = 0) -> list[SearchHit]:
        with self.reading() as db:
            return fts.search(db, query, limit, offset)

    # -- pages for the REST API --------------------------------------------------------

    def search_page(self, query: str, limit: int, offset: int) -> tuple[list[SearchHit], int]:
        with self.reading() as db:
            return fts.search(db, query, limit, offset), fts.count(db, query)

    def articles_page(self, limit: int, offset: int) -> tuple[list[Article], int]:
        with self.reading() as db:
            return reading.articles(db, limit, offset), reading.count_articles(db)

    def article(self, article_id: str) -> Article | None:
        number = article_number(article_id)
        with self.reading() as db:
            found = reading.articles(db, only=[number]) if number else []
        return found[0] if found else None

    def entities_page(self, limit: int, offset: int) -> tuple[list[Entity], int]:
        with self.reading() as db:
            rows = reading.entity_rows(db, limit=limit, offset=offset)
            return reading.entities(db, rows), reading.count_entities(db)

    def entity(self, entity_id: str) -> Entity | None:
        number = entity_number(entity_id)
        with self.reading() as db:
            found = reading.entities(db, reading.entity_rows(db, only=[number])) if number else []
        return found[0] if found else None

    def quotes_page(self, limit: int, offset: int) -> tuple[list[Quote], int]:
        return self._annotation_page("quote", Quote, limit, offset)

    def timexes_page(self, limit: int, offset: int) -> tuple[list[Timex], int]:
        return self._annotation_page("timex", Timex, limit, offset)

    def events_page(self, limit: int, offset: int) -> tuple[list[Event], int]:
        return self._merged_or_per_article("events", "event", Event, limit, offset)

    def claims_page(self, limit: int, offset: int) -> tuple[list[Claim], int]:
        return self._merged_or_per_article("claims", "claim", Claim, limit, offset)

    def stories_page(self, limit: int, offset: int) -> tuple[list[Story], int]:
        return self._corpus_page("stories", Story, limit, offset)

    def timeline_page(self, limit: int, offset: int) -> tuple[list[TimelineEntry], int]:
        return self._corpus_page("timeline", TimelineEntry, limit, offset)

    def summary_page(self, limit: int, offset: int) -> tuple[list[SummarySentence], int]:
        return self._corpus_page("summary", SummarySentence, limit, offset)

    def duplicates_page(self, limit: int, offset: int) -> tuple[list[Duplicate], int]:
        return self._corpus_page("duplicates", Duplicate, limit, offset)

    def story(self, story_id: str) -> Story | None:
        with self.reading() as db:
            found = [s for s in self._corpus(db).get("stories", []) if s.get("id") == story_id]
        return Story.model_validate(found[0]) if found else None

    def article_annotations(self, batch: int = 500) -> Iterator[dict[str, Any]]:
        """Each article (latest version) with its own entities' mentions, timexes, quotes,
        events and claims, in store order; read in batches to keep memory flat."""
        with self.reading() as db:
            numbers = [int(r[0]) for r in db.execute("SELECT id FROM articles WHERE latest IS NOT NULL "
                                                     "ORDER BY id")]
        for start in range(0, len(numbers), batch):
            with self.reading() as db:
                yield from _per_article(db, numbers[start:start + batch])

    # -- helpers -----------------------------------------------------------------------

    def _annotation_page(self, kind: str, model: type[M], limit: int, offset: int) -> tuple[list[M], int]:
        with self.reading() as db:
            records = reading.records_of(db, kind, limit=limit, offset=offset)
            return [model.model_validate(r) for r in records], reading.count_annotations(db, kind)

    def _merged_or_per_article(self, part: str, kind: str, model: type[M], limit: int,
                               offset: int) -> tuple[list[M], int]:
        """The cross-article records when the step ran, else the per-article ones."""
        with self.reading() as db:
            merged = self._corpus(db).get(part)
        if merged is None:
            return self._annotation_page(kind, model, limit, offset)
        return [model.model_validate(r) for r in merged[offset:offset + limit]], len(merged)

    def _corpus_page(self, part: str, model: type[M], limit: int, offset: int) -> tuple[list[M], int]:
        with self.reading() as db:
            records = self._corpus(db).get(part, [])
        return [model.model_validate(r) for r in records[offset:offset + limit]], len(records)

    def _corpus(self, db: sqlite3.Connection) -> dict[str, list[Any]]:
        """The cross-article results, parsed once per change (the cache is keyed by generation)."""
        generation = reading.state(db, "corpus_generation")
        cached_generation, cached = self._corpus_cache
        if generation != cached_generation or not generation:
            cached = reading.corpus(db)
            self._corpus_cache = (generation, cached)
        return cached

    def _whole(self, db: sqlite3.Connection, parts: dict[str, list[Any]]) -> Analysis:
        """The whole analysis, built once per change of the store (pages read it on every request)."""
        key = reading.state(db, "generation", "0") + "/" + reading.state(db, "corpus_generation")
        cached_key, cached = self._whole_cache
        if cached is None or cached_key != key:
            cached = self._assemble(db, None, parts)
            self._whole_cache = (key, cached)
        return cached

    def _assemble(self, db: sqlite3.Connection, rows: Sequence[int] | None,
                  parts: dict[str, list[Any]]) -> Analysis:
        """An analysis of all latest versions (rows None) or of the given article rows."""
        versions = None if rows is None else reading.latest_versions(db, rows)
        per_article = {kind: reading.records_of(db, kind, versions) for kind in ("timex", "quote")}
        events = parts["events"] if "events" in parts else reading.records_of(db, "event", versions)
        claims = parts["claims"] if "claims" in parts else reading.records_of(db, "claim", versions)
        return Analysis.model_validate({
            "warta_version": __version__,
            "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            # Model instances pass through as they are (pydantic does not validate them again).
            "articles": reading.articles(db, only=rows),
            # Entities mentioned in these articles, with all their mentions (as restrict_to_story keeps them).
            "entities": reading.entities(db, reading.entity_rows(db, versions)),
            "timexes": per_article["timex"],
            "quotes": per_article["quote"],
            "events": events,
            "claims": claims,
            **{part: parts.get(part, []) for part in STORED_ONLY},
        })


def _load_resources(doc: Doc, pipeline: Pipeline | None) -> None:
    """Analyse a copy of one document in this process first: the worker processes each batch
    forks then inherit the loaded models and word lists instead of loading them again."""
    analyze_docs([copy.deepcopy(doc)], Options(jobs=1), pipeline)


def _touching(parts: dict[str, list[Any]], articles: set[str]) -> dict[str, list[Any]]:
    """Merged events and claims that cite one of the articles (the rest need not be parsed)."""
    def cites(record: dict[str, Any]) -> bool:
        places = [*record.get("evidence", []), *record.get("positions", [])]
        return any(place.get("article") in articles for place in places)

    kept = {part: [r for r in parts[part] if cites(r)] for part in ("events", "claims") if part in parts}
    return parts | kept


def _per_article(db: sqlite3.Connection, numbers: list[int]) -> Iterator[dict[str, Any]]:
    versions = reading.latest_versions(db, numbers)
    articles = {a.id: a for a in reading.articles(db, only=numbers)}
    entities = reading.entities(db, reading.entity_rows(db, versions), versions)
    found = reading.annotations_by_article(db, versions)
    for number in numbers:
        article_id = f"a{number}"
        if article_id not in articles:
            continue
        own = found.get(number, {})
        yield {
            "article": articles[article_id].model_dump(mode="json"),
            "entities": [_only_in(e, article_id) for e in entities
                         if any(m.article == article_id for m in e.mentions)],
            "timexes": own.get("timex", []),
            "quotes": own.get("quote", []),
            "events": own.get("event", []),
            "claims": own.get("claim", []),
        }


def _only_in(entity: Entity, article_id: str) -> dict[str, Any]:
    keep = [m for m in entity.mentions if m.article == article_id]
    return entity.model_copy(update={"mentions": keep}).model_dump(mode="json")


def _bump_generation(db: sqlite3.Connection) -> None:
    current = int(reading.state(db, "generation", "0"))
    _set_state(db, "generation", str(current + 1))


def _set_state(db: sqlite3.Connection, name: str, value: str) -> None:
    db.execute("INSERT OR REPLACE INTO state (name, value) VALUES (?, ?)", (name, value))
