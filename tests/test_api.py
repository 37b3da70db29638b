"""The REST API in-process (FastAPI's TestClient) over a store built from the demo corpus."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from pydantic import BaseModel

from warta.cli import main
from warta.demo import corpus_dir
from warta.models import (
    Article,
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
from warta.store import Store
from warta.web.app import create_app

LISTS: dict[str, type[BaseModel]] = {
    "articles": Article, "entities": Entity, "timexes": Timex, "quotes": Quote, "events": Event,
    "stories": Story, "duplicates": Duplicate, "timeline": TimelineEntry, "claims": Claim,
    "summary": SummarySentence,
}
# What the demo corpus is written to produce.
NEVER_EMPTY = ("articles", "entities", "timexes", "quotes", "events", "stories", "timeline", "summary")

# Fictional article written for these tests.
GEMPA = """Gempa Magnitudo 5,1 Guncang Pesisir Selatan Garut
GARUT, Kabar Kota - Gempa bermagnitudo 5,1 mengguncang pesisir selatan Kabupaten Garut, Jawa Barat, Kamis (16/2/2023) pagi.

Kepala Stasiun Geofisika Bandung, Ratna Paramitha, mengatakan gempa tidak berpotensi tsunami. "Warga diimbau tetap tenang dan tidak mudah percaya kabar bohong," kata Ratna Paramitha.
"""


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("api") / "demo.db"
    files = sorted(str(p) for p in corpus_dir().iterdir() if p.suffix in {".txt", ".html", ".jsonl"})
    with Store(db) as store:
        store.ingest(files)
    return db


@pytest.fixture(scope="module")
def client(demo_db: Path) -> Any:
    with TestClient(create_app(demo_db)) as test_client:
        yield test_client


@pytest.mark.parametrize("name", list(LISTS))
def test_every_list_is_paged_and_made_of_contract_models(client: TestClient, name: str) -> None:
    whole = client.get(f"/api/{name}", params={"limit": 500}).json()
    assert whole["total"] == len(whole["items"])
    if name in NEVER_EMPTY:
        assert whole["total"] > 0
    for item in whole["items"]:
        LISTS[name].model_validate(item)
    page = client.get(f"/api/{name}", params={"limit": 2, "offset": 1}).json()
    assert (page["total"], page["limit"], page["offset"]) == (whole["total"], 2, 1)
    assert page["items"] == whole["items"][1:3]


def test_paging_parameters_are_checked(client: TestClient) -> None:
    assert client.get("/api/articles", params={"limit": 0}).status_code == 422
    assert client.get("/api/articles", params={"offset": -1}).status_code == 422
    assert client.get("/api/articles", params={"limit": 10_000}).status_code == 422


def test_one_article_entity_and_story(client: TestClient, validate: Any) -> None:
    first = client.get("/api/articles", params={"limit": 1}).json()["items"][0]
    assert client.get(f"/api/articles/{first['id']}").json() == first
    entity = client.get("/api/entities", params={"limit": 1}).json()["items"][0]
    assert client.get(f"/api/entities/{entity['id']}").json() == entity
    story = client.get("/api/stories", params={"limit": 1}).json()["items"][0]
    part = validate(client.get(f"/api/stories/{story['id']}").json())
    assert [a["id"] for a in part["articles"]] == story["articles"]
    assert part["stories"] == [story]


@pytest.mark.parametrize("path", ["/api/articles/a999", "/api/entities/e999", "/api/stories/s999",
                                  "/api/articles/bukan-id"])
def test_unknown_ids_are_404_with_a_code(client: TestClient, path: str) -> None:
    answer = client.get(path)
    assert answer.status_code == 404
    assert answer.json()["code"] == "E-API-003"


def test_search_finds_people_and_words_with_snippets(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "Lavrov", "limit": 50}).json()
    assert hits["total"] == len(hits["items"]) > 0
    assert any(h["kind"] == "entity" and "Lavrov" in h["title"] for h in hits["items"])
    assert all("lavrov" in (h["snippet"] + h["title"]).lower() for h in hits["items"])
    assert client.get("/api/search", params={"q": "kata-yang-tidak-ada-xyz"}).json()["total"] == 0


def test_analyze_takes_json_plain_text_and_html(client: TestClient, validate: Any, demo_db: Path) -> None:
    before = client.get("/api/articles").json()["total"]
    as_json = validate(client.post("/api/analyze", json={"text": GEMPA}).json())
    as_text = validate(client.post("/api/analyze", content=GEMPA.encode(),
                                   headers={"Content-Type": "text/plain; charset=utf-8"}).json())
    page = f"<html><head><title>Gempa Garut</title></head><body><article><h1>Gempa Garut</h1>" \
           f"<p>{GEMPA.splitlines()[1]}</p><p>{GEMPA.splitlines()[3]}</p></article></body></html>"
    as_html = validate(client.post("/api/analyze", content=page.encode(),
                                   headers={"Content-Type": "text/html"}).json())
    assert as_json["articles"][0]["title"] == as_text["articles"][0]["title"] == GEMPA.splitlines()[0]
    assert "tidak berpotensi tsunami" in as_html["articles"][0]["body"]
    assert client.get("/api/articles").json()["total"] == before  # nothing stored


@pytest.mark.parametrize("body", [b"", b"{bukan json", b'{"judul": "x"}', b'{"text": "  "}'])
def test_bad_posts_are_400_with_a_code(client: TestClient, body: bytes) -> None:
    answer = client.post("/api/analyze", content=body, headers={"Content-Type": "application/json"})
    assert answer.status_code == 400
    assert answer.json()["code"] == "E-API-004"


def test_ingest_adds_once_then_reports_unchanged(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "w.db")) as api:
        posted = {"text": GEMPA, "url": "https://kabarkota.example/gempa-garut"}
        added = api.post("/api/articles", json=posted).json()
        again = api.post("/api/articles", json=[posted]).json()
        changed = api.post("/api/articles", json={**posted, "text": GEMPA + "\nTidak ada korban jiwa.\n"}).json()
        stored = api.get("/api/articles/a1").json()
    assert [i["status"] for i in added["items"]] == ["added"]
    assert [(i["status"], i["article"]) for i in again["items"]] == [("unchanged", "a1")]
    assert [(i["status"], i["version"]) for i in changed["items"]] == [("new-version", 2)]
    assert "Tidak ada korban jiwa" in stored["body"]


def test_bodies_over_the_limit_are_413_with_a_code(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "w.db", max_body_bytes=1000)) as api:
        small = api.post("/api/analyze", json={"text": GEMPA[:500]})
        large = api.post("/api/analyze", json={"text": GEMPA * 3})
        streamed = api.post("/api/articles", content=iter([GEMPA.encode()] * 3),
                            headers={"Content-Type": "text/plain"})
    assert small.status_code == 200
    assert large.status_code == 413 and large.json()["code"] == "E-API-001"
    assert streamed.status_code == 413 and streamed.json()["code"] == "E-API-001"


def test_a_token_guards_the_write_endpoints(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "w.db", token="rahasia-uji")) as api:
        missing = api.post("/api/articles", json={"text": GEMPA})
        wrong = api.post("/api/analyze", json={"text": GEMPA}, headers={"Authorization": "Bearer salah"})
        right = api.post("/api/articles", json={"text": GEMPA}, headers={"Authorization": "Bearer rahasia-uji"})
        reading = api.get("/api/articles")
    assert missing.status_code == wrong.status_code == 401
    assert missing.json()["code"] == "E-API-002" and missing.headers["www-authenticate"] == "Bearer"
    assert right.status_code == 200 and right.json()["items"][0]["status"] == "added"
    assert reading.status_code == 200 and reading.json()["total"] == 1


def test_no_cors_unless_asked(tmp_path: Path) -> None:
    origin = {"Origin": "https://dasbor.example"}
    with TestClient(create_app(tmp_path / "a.db")) as closed:
        assert "access-control-allow-origin" not in closed.get("/api/articles", headers=origin).headers
    with TestClient(create_app(tmp_path / "b.db", cors_origins=["https://dasbor.example"])) as opened:
        allowed = opened.get("/api/articles", headers=origin)
        other = opened.get("/api/articles", headers={"Origin": "https://lain.example"})
    assert allowed.headers["access-control-allow-origin"] == "https://dasbor.example"
    assert "access-control-allow-origin" not in other.headers


def test_openapi_is_made_of_the_contract_models(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    components = schema["components"]["schemas"]
    for model in ("Analysis", "Article", "Entity", "Quote", "Event", "Story", "Claim", "TimelineEntry",
                  "SummarySentence", "ArticleInput", "IngestReport", "ApiError"):
        assert model in components
    assert components["Article"]["properties"].keys() == Article.model_json_schema()["properties"].keys()
    for path in ("/api/articles", "/api/entities", "/api/quotes", "/api/events", "/api/stories",
                 "/api/stories/{story_id}", "/api/timeline", "/api/claims", "/api/summary", "/api/search",
                 "/api/analyze"):
        assert path in schema["paths"]
    assert set(schema["paths"]["/api/articles"]) == {"get", "post"}


@pytest.mark.skipif(importlib.util.find_spec("warta.web.pages") is None, reason="HTML pages not installed")
def test_the_pages_read_the_same_store(client: TestClient) -> None:
    story = client.get("/api/stories", params={"limit": 1}).json()["items"][0]
    page = client.get(f"/stories/{story['id']}")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]


@pytest.mark.skipif(importlib.util.find_spec("warta.web.pages") is None, reason="HTML pages not installed")
def test_pages_read_from_the_store_equal_the_pages_of_the_whole_analysis(client: TestClient) -> None:
    """The front, article and entity pages read only what they show, and show what the whole would."""
    from warta.web import render

    store: Store = client.app.state.store
    whole = store.analysis()
    assert client.get("/").text == render.home_page(whole)
    for article in whole.articles:
        assert client.get(f"/articles/{article.id}").text == render.article_page(whole, article.id), article.id
    for entity in whole.entities:
        assert client.get(f"/entities/{entity.id}").text == render.entity_page(whole, entity.id), entity.id
    assert len(whole.articles) > 3 and len(whole.entities) > 3


def test_story_list_lines_come_from_the_stories_articles(client: TestClient) -> None:
    store: Store = client.app.state.store
    whole = store.analysis()
    by_id = {a.id: a for a in whole.articles}
    for line in store.front_page(limit=2).stories:
        story = next(s for s in whole.stories if s.id == line.id)
        days = sorted(by_id[a].published[:10] for a in story.articles if by_id[a].published)
        assert (line.count, line.first, line.last) == (len(story.articles), min(days, default=None),
                                                       max(days, default=None))
    front = store.front_page(limit=2)
    assert len(front.articles) == 2 and len(front.entities) == 2
    assert (front.article_total, front.entity_total) == (len(whole.articles), len(whole.entities))
    assert front.entities[0].mentions == max(len(e.mentions) for e in whole.entities)


def test_serve_binds_to_loopback_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started: dict[str, Any] = {}
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: started.update(kw, app=app))
    monkeypatch.delenv("WARTA_TOKEN", raising=False)
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 0, result.output
    assert (started["host"], started["port"]) == ("127.0.0.1", 8000)
    assert started["app"].state.token is None
    monkeypatch.setenv("WARTA_TOKEN", "dari-env")
    CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "w.db"), "--cors", "https://a.example"])
    assert started["app"].state.token == "dari-env"
