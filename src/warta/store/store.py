"""The SQLite store: analysed articles with their annotations, kept across runs.

One file in WAL mode, so readers never wait for the writer. Every write goes through one
connection under a lock, one transaction per batch of articles: an ingest killed halfway
keeps the batches it committed, and re-running it skips them (their sha256 is known).
Readers use one connection per thread and read inside a transaction, so each answer comes
from one consistent snapshot.
"""

from __future__ import annotations

import copy
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from warta.api import analyze_docs
from warta.corpus.stories import StoryClusterer
from warta.document import Doc
from warta.errors import Code, WartaError, any_hard, read_failed
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
from warta.store import corpus, reading, story_tables
from warta.store import search as fts
from warta.store.assemble import assemble
from warta.store.ids import article_number, entity_number
from warta.store.report import IngestItem, IngestReport, IngestStatus
from warta.store.schema import STORY_TABLES_VERSION, current_version, migrate
from warta.store.writer import write_batch
from warta.web.reader import FrontPage, SearchHit, restrict_to_articles, restrict_to_story

DEFAULT_BATCH = 100
M = TypeVar("M", bound=BaseModel)
BatchHook = Callable[[IngestReport], None]


class Store:
    """A warta store in one SQLite file; implements :class:`warta.web.reader.Reader`, and
    ``FocusedReader`` and ``FrontPageReader`` so that no page assembles the whole store."""

    def __init__(self, path: Path | str, batch_size: int = DEFAULT_BATCH) -> None:
        self.path = Path(path)
        self.batch_size = batch_size
        self._write_lock = threading.Lock()
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()
        self._clusterer_cache: tuple[str, StoryClusterer] | None = None
        self._front_cache: tuple[tuple[str, int], FrontPage] | None = None
        self._whole_cache: tuple[str, Analysis | None] = ("", None)
        self._writer = self._connect()
        with self._write_lock:
            found = current_version(self._writer)
            self.schema_version = migrate(self._writer, self.path)
        if 0 < found < STORY_TABLES_VERSION <= self.schema_version:
            self.update_corpus()  # a store from before per-story results: fill them once, now

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
            report.items += [_failed_item(doc) for doc in analysed if _nothing_to_keep(doc)]
            with self.writing() as db:
                report.items += write_batch(db, [doc for doc in analysed if not _nothing_to_keep(doc)])
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
                if read_failed(article.errors) and not doc.provided:  # not read as an article: say so
                    status: IngestStatus = "failed" if any_hard(article.errors) else "skipped"
                    report.items.append(IngestItem(source=article.source, sha256=article.sha256,
                                                   status=status, errors=article.errors))
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
        """Bring stories and the cross-article results up to date when articles changed since
        (only for the articles and stories that changed: see :mod:`warta.store.corpus`)."""
        with self.writing() as db:
            generation = reading.state(db, "generation", "0")
            corpus_generation = reading.state(db, "corpus_generation")
            if corpus_generation == generation:
                return False
            clusterer = self._clusterer(db, corpus_generation)
            self._clusterer_cache = None  # changed below: trusted again only once committed
            corpus.update(db, clusterer, options or Options())
            _set_state(db, "story_clusterer", corpus.clusterer_state(clusterer))
            _set_state(db, "corpus_generation", generation)
        self._clusterer_cache = (generation, clusterer)
        return True

    def _clusterer(self, db: sqlite3.Connection, corpus_generation: str) -> StoryClusterer:
        """The story clusterer as last saved; kept in memory between ingests of one process."""
        if self._clusterer_cache is not None and self._clusterer_cache[0] == corpus_generation:
            return self._clusterer_cache[1]
        return corpus.load_clusterer(db)

    # -- the Reader protocol -----------------------------------------------------------

    def analysis(self, story: str | None = None) -> Analysis:
        """Everything in the store, or the articles of one story with what refers to them
        (its entities with their mentions in the story's articles only)."""
        with self.reading() as db:
            if story is None:
                return self._whole(db)
            rows = story_tables.members(db, story) if story_tables.stories(db, only=[story]) else []
            part = assemble(db, rows, self._parts(db, [story], rows), focused=True)
            return restrict_to_story(part, story)

    # -- the FocusedReader and FrontPageReader protocols: a page reads only what it shows

    def front_page(self, limit: int) -> FrontPage:
        """Every story's list line, the ``limit`` newest articles and most mentioned entities
        (read once per change of the store)."""
        with self.reading() as db:
            key = reading.state(db, "generation", "0") + "/" + reading.state(db, "corpus_generation")
            if self._front_cache is None or self._front_cache[0] != (key, limit):
                front = FrontPage(stories=story_tables.story_list(db),
                                  articles=reading.newest_articles(db, limit),
                                  entities=reading.most_mentioned(db, limit),
                                  article_total=reading.count_articles(db),
                                  entity_total=reading.count_entities(db))
                self._front_cache = ((key, limit), front)
            return self._front_cache[1]

    def article_analysis(self, article: str) -> Analysis:
        """The article with its own entities (mentions in it only), annotations, story, duplicates,
        and its story's merged events, claims, timeline and summary that cite it."""
        number = article_number(article)
        with self.reading() as db:
            rows = [number] if number and reading.latest_versions(db, [number]) else []
            stories = story_tables.stories_of(db, rows) if rows else []
            part = assemble(db, rows, self._parts(db, stories, rows), focused=True)
        return restrict_to_articles(part, {article})

    def entity_analysis(self, entity: str) -> Analysis:
        """The entity (with its relations' targets) and every article that mentions it, quotes it
        or has it act, with those articles' annotations and their stories' results that cite them."""
        number = entity_number(entity)
        with self.reading() as db:
            rows = reading.articles_naming(db, number) if number else []
            versions = reading.latest_versions(db, rows)
            shown = reading.entities(db, reading.entity_rows(db, only=[number]) if number else [])
            targets = [entity_number(r.target) for e in shown for r in e.relations if r.target]
            shown += reading.entities(db, [t for t in targets if t and t != number], versions)
            stories = story_tables.stories_of(db, rows) if rows else []
            part = assemble(db, rows, self._parts(db, stories, rows), entities=shown)
        return restrict_to_articles(part, {a.id for a in part.articles})

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
        with self.reading() as db:
            records = story_tables.stories(db, limit, offset)
            return [Story.model_validate(r) for r in records], story_tables.count_stories(db)

    def timeline_page(self, limit: int, offset: int) -> tuple[list[TimelineEntry], int]:
        return self._results_page("timeline", TimelineEntry, limit, offset)

    def summary_page(self, limit: int, offset: int) -> tuple[list[SummarySentence], int]:
        return self._results_page("summary", SummarySentence, limit, offset)

    def duplicates_page(self, limit: int, offset: int) -> tuple[list[Duplicate], int]:
        with self.reading() as db:
            records = story_tables.duplicates(db, limit=limit, offset=offset)
            return [Duplicate.model_validate(r) for r in records], story_tables.count_duplicates(db)

    def story(self, story_id: str) -> Story | None:
        with self.reading() as db:
            found = story_tables.stories(db, only=[story_id])
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
        """The cross-article records where the step is installed, else the per-article ones."""
        if corpus.complete_step() is None:
            return self._annotation_page(kind, model, limit, offset)
        return self._results_page(part, model, limit, offset)

    def _results_page(self, part: str, model: type[M], limit: int, offset: int) -> tuple[list[M], int]:
        with self.reading() as db:
            records = story_tables.results(db, part, limit=limit, offset=offset)
            return [model.model_validate(r) for r in records], story_tables.count_results(db, part)

    @staticmethod
    def _parts(db: sqlite3.Connection, stories: Sequence[str] | None,
               rows: Sequence[int] | None) -> dict[str, list[Any]]:
        """The stored cross-article records of some stories (None: all); per-article events
        and claims where the cross-article step is not installed."""
        parts = story_tables.parts_of(db, stories, rows)
        if corpus.complete_step() is None:
            del parts["events"], parts["claims"]
        return parts

    def _whole(self, db: sqlite3.Connection) -> Analysis:
        """The whole analysis, built once per change of the store (export and report read it)."""
        key = reading.state(db, "generation", "0") + "/" + reading.state(db, "corpus_generation")
        cached_key, cached = self._whole_cache
        if cached is None or cached_key != key:
            cached = assemble(db, None, self._parts(db, None, None))
            self._whole_cache = (key, cached)
        return cached


def _load_resources(doc: Doc, pipeline: Pipeline | None) -> None:
    """Analyse a copy of one document in this process first: the worker processes each batch
    forks then inherit the loaded models and word lists instead of loading them again."""
    analyze_docs([copy.deepcopy(doc)], Options(jobs=1), pipeline)


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


def _nothing_to_keep(doc: Doc) -> bool:
    """An input that failed analysis outright (empty, no article in the page, nothing left
    after cleaning): it has no body to store and counts as failed, not added."""
    article = doc.article
    return not article.body.strip() and any(e.code.startswith("E-") for e in article.errors)


def _failed_item(doc: Doc) -> IngestItem:
    article = doc.article
    return IngestItem(source=article.source, sha256=article.sha256, status="failed", errors=article.errors)
