"""Store and server: a store of 10,000 real articles, then the API's and pages' response times.

IndoSum's 750 and IndoTimex Kompas's 75 articles are cycled to 10,000 text dumps, each with
its own first line ("Edisi N: ...") so that every content is new to the store. They are
ingested in one run with the foundation stages only (reading, cleaning, metadata, language,
sentences: the whole pipeline runs at ~40 articles/s on one core, which would make the
store take minutes to build); the cross-article step then runs once over the stored
articles. One more ingest of 100 new articles into the full store times the incremental
corpus update (stories, duplicates and the per-story results of the stories it touched).
Timed against that store, in-process (FastAPI's TestClient, no network):

- ``POST /api/analyze`` of one article through the whole default pipeline;
- the story page (``/stories/{id}``, the HTML page; ``/api/stories/{id}`` without pages);
- the article and entity pages (``/articles/{id}``, ``/entities/{id}``) and the front page;
- full-text search (``Store.search``, and ``GET /api/search``), goal p95 < 50 ms.

``WARTA_BENCH_SERVE_ARTICLES`` sets a smaller store for a quick look.
"""

from __future__ import annotations

import importlib.util
import itertools
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from fastapi.testclient import TestClient

from warta.api import foundation_stages
from warta.bench import Metrics
from warta.bench.corpora import indosum_texts, kompas_texts
from warta.document import Doc
from warta.ingest.records import new_doc
from warta.options import Options
from warta.pipeline import build
from warta.store import Store
from warta.store.report import IngestReport
from warta.web.app import create_app

ARTICLES = int(os.environ.get("WARTA_BENCH_SERVE_ARTICLES", "10000"))
REQUESTS = 40
UPDATE_BATCH = 100
SEARCHES = 200
SEED = 7
MAX_ENTITIES = 500
T = TypeVar("T")


def _docs(texts: list[str], first: int = 1) -> list[Doc]:
    docs = []
    for number, text in enumerate(texts, start=first):
        varied = f"Edisi {number}: {text}"  # a different first line: a different sha256
        docs.append(new_doc(f"bench/serve-{number}.txt", varied.encode("utf-8"), "txt"))
    return docs


def _percentiles(samples_s: list[float]) -> tuple[float, float]:
    ordered = sorted(samples_s)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return round(statistics.median(ordered) * 1000, 1), round(p95 * 1000, 1)


def _timed(call: Callable[[T], object], inputs: list[T]) -> list[float]:
    """Seconds each call took, one call per input."""
    spent = []
    for value in inputs:
        started = time.perf_counter()
        call(value)
        spent.append(time.perf_counter() - started)
    return spent


def _search_words(texts: list[str], rng: random.Random) -> list[str]:
    """Queries as people type them: one or two longer words taken from real titles and leads."""
    words = [w.strip(".,:;\"'()") for t in texts for w in t.split()[:40]]
    words = [w for w in words if len(w) >= 5 and w.isalpha()]
    return [" ".join(rng.sample(words, rng.choice([1, 1, 2]))) for _ in range(SEARCHES)]


def _build(store: Store, texts: list[str]) -> Metrics:
    batch_ends: list[float] = []
    batch_cpu: list[float] = []

    def batch_done(report: IngestReport) -> None:
        batch_ends.append(time.perf_counter())
        batch_cpu.append(time.process_time())

    docs = _docs(texts)
    started, started_cpu = time.perf_counter(), time.process_time()
    report = store.ingest_docs(docs, Options(), pipeline=build(foundation_stages()), on_batch=batch_done)
    finished = time.perf_counter()
    if report.counts()["added"] != len(texts):
        raise RuntimeError(f"bench store: expected {len(texts)} new articles, got {report.counts()}")
    batches = batch_ends[-1] - started
    return {
        "ingest_articles_per_s": round(len(texts) / batches, 1),
        # One process does all the work (jobs=1): CPU seconds are the figure a shared machine keeps.
        "ingest_articles_per_cpu_s": round(len(texts) / (batch_cpu[-1] - started_cpu), 1),
        "ingest_with_corpus_step_articles_per_s": round(len(texts) / (finished - started), 1),
        "corpus_step_s": round(finished - batch_ends[-1], 1),
        "corpus_step_cpu_s": round(time.process_time() - batch_cpu[-1], 1),
        "reingest_unchanged_per_s": round(_reingest(store, _docs(texts)), 1),
    }


def _update(store: Store, texts: list[str]) -> Metrics:
    """One more ingest of UPDATE_BATCH new articles into the full store: its total and corpus update time."""
    stored: list[tuple[float, float]] = []
    docs = _docs(texts, first=len(texts) + 1)
    started = time.perf_counter()
    store.ingest_docs(docs, Options(), pipeline=build(foundation_stages()),
                      on_batch=lambda _: stored.append((time.perf_counter(), time.process_time())))
    finished, finished_cpu = time.perf_counter(), time.process_time()
    return {"update_batch_articles": len(docs), "update_batch_total_s": round(finished - started, 2),
            "update_batch_corpus_s": round(finished - stored[-1][0], 2),
            # The machine is shared: CPU seconds say what the update itself costs.
            "update_batch_corpus_cpu_s": round(finished_cpu - stored[-1][1], 2)}


def _reingest(store: Store, docs: list[Doc]) -> float:
    started = time.perf_counter()
    report: IngestReport = store.ingest_docs(docs, Options())
    assert report.counts()["unchanged"] == len(docs)
    return len(docs) / (time.perf_counter() - started)


def run(data_dir: Path) -> Metrics:
    real = indosum_texts(data_dir) + kompas_texts(data_dir)
    texts = list(itertools.islice(itertools.cycle(real), ARTICLES))
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        with Store(db) as store:
            metrics = _build(store, texts)
            metrics |= _update(store, [texts[n % len(texts)] for n in range(UPDATE_BATCH)])
        with TestClient(create_app(db)) as client:
            metrics |= _requests(client, real, rng)
            served: Store = client.app.state.store  # type: ignore[attr-defined]
            queries = _search_words(real, rng)
            searched = _timed(lambda q: served.search(q, 20), queries)
            through_api = _timed(lambda q: client.get("/api/search", params={"q": q, "limit": 20}),
                                 queries[:REQUESTS])
        metrics["search_p50_ms"], metrics["search_p95_ms"] = _percentiles(searched)
        metrics["api_search_p50_ms"], metrics["api_search_p95_ms"] = _percentiles(through_api)
        metrics["store_mb"] = round(sum(p.stat().st_size for p in Path(tmp).iterdir()) / 1e6, 1)
    metrics["articles"] = len(texts)
    return metrics


def _requests(client: TestClient, real: list[str], rng: random.Random) -> Metrics:
    client.post("/api/analyze", json={"text": real[0]})  # loads the models: not timed
    sample = rng.sample(real, REQUESTS)
    analyzed = _timed(lambda text: client.post("/api/analyze", json={"text": text}), sample)
    listing = client.get("/api/stories", params={"limit": 500}).json()
    stories = listing["items"]
    chosen = rng.sample(stories, min(REQUESTS, len(stories)))
    pages = importlib.util.find_spec("warta.web.pages") is not None
    story_url = "/stories/{}" if pages else "/api/stories/{}"
    client.get(story_url.format(chosen[0]["id"]))
    shown = _timed(lambda story: client.get(story_url.format(story["id"])), chosen)
    offsets = rng.sample(range(max(REQUESTS, ARTICLES - 50)), REQUESTS)
    listed = _timed(lambda n: client.get("/api/articles", params={"limit": 50, "offset": n}), offsets)
    metrics: Metrics = {"stories": listing["total"], "story_page_is_html": int(pages)}
    if pages:
        metrics |= _pages(client, rng)
    metrics["analyze_p50_ms"], metrics["analyze_p95_ms"] = _percentiles(analyzed)
    metrics["story_page_p50_ms"], metrics["story_page_p95_ms"] = _percentiles(shown)
    metrics["api_articles_page_p50_ms"], metrics["api_articles_page_p95_ms"] = _percentiles(listed)
    return metrics


def _pages(client: TestClient, rng: random.Random) -> Metrics:
    """Article, entity and front pages (the first front page after the store changed, then again)."""
    articles = client.get("/api/articles", params={"limit": 1}).json()["total"]
    chosen = [f"a{n}" for n in rng.sample(range(1, articles + 1), min(REQUESTS, articles))]
    shown = _timed(lambda a: client.get(f"/articles/{a}"), chosen)
    entities = client.get("/api/entities", params={"limit": MAX_ENTITIES}).json()["items"]
    picked = rng.sample(entities, min(REQUESTS, len(entities)))
    metrics: Metrics = {}
    metrics["article_page_p50_ms"], metrics["article_page_p95_ms"] = _percentiles(shown)
    if picked:
        met = _timed(lambda e: client.get(f"/entities/{e['id']}"), picked)
        metrics["entity_page_p50_ms"], metrics["entity_page_p95_ms"] = _percentiles(met)
    front = _timed(lambda _: client.get("/"), [0, 1])
    metrics["front_page_first_ms"], metrics["front_page_again_ms"] = (round(t * 1000, 1) for t in front)
    return metrics
