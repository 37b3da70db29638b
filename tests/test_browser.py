"""The pages and the report in a real browser: Debian's chromium driven by Playwright.

Served over 127.0.0.1 (uvicorn in a thread) for the demo corpus's analysis and for the hand-built
analysis that fills every section; the report is opened as a file. Every request the browser makes
is recorded and must stay on this machine. Screenshots go to ``test-artifacts/`` (gitignored).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from tests.web_analysis import full_analysis
from warta.models import Analysis
from warta.report import write_report
from warta.web.pages import router
from warta.web.reader import AnalysisReader

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
TARGET_BG = "rgb(255, 224, 138)"  # --target-bg: the highlighted sentence

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason=f"{CHROMIUM} missing: .ci/run installs it with apt-get install chromium")


# --- the servers and the browser ------------------------------------------------------------------------


def _pages_app(analysis: Analysis) -> FastAPI:
    app = FastAPI()
    app.include_router(router)
    app.state.reader = AnalysisReader(analysis)
    return app


def _serve(app: FastAPI) -> Iterator[str]:
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="module")
def demo_app(tmp_path_factory: pytest.TempPathFactory) -> FastAPI:
    """``warta serve``'s app over the demo corpus ingested into a store (the pages alone without one)."""
    from warta.demo import corpus_dir

    files = sorted(str(p) for p in corpus_dir().iterdir() if p.suffix in {".txt", ".html", ".jsonl"})
    try:
        from warta.store import Store
        from warta.web.app import create_app
    except ImportError:
        from warta.api import analyze

        return _pages_app(analyze(files))
    db = tmp_path_factory.mktemp("store") / "demo.db"
    with Store(db) as store:
        store.ingest(files)
    return create_app(db)


@pytest.fixture(scope="module")
def demo_analysis(demo_app: FastAPI) -> Analysis:
    return demo_app.state.reader.analysis()  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def demo_site(demo_app: FastAPI) -> Iterator[str]:
    yield from _serve(demo_app)


@pytest.fixture(scope="module")
def full_site() -> Iterator[str]:
    yield from _serve(_pages_app(full_analysis()))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        except sync_api.Error as exc:
            pytest.skip(f"chromium at {CHROMIUM} does not start: {str(exc).splitlines()[0]}")
        yield launched
        launched.close()


class Visit:
    """A page that records every request and fails on any script dialog (an injected alert)."""

    def __init__(self, browser: Any, javascript: bool = True) -> None:
        self.context = browser.new_context(java_script_enabled=javascript, viewport={"width": 1200, "height": 900})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))

    def open(self, url: str) -> Any:
        response = self.page.goto(url)
        assert response is None or response.ok, url
        return self.page

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    def close(self) -> None:
        self.context.close()
        local = ("http://127.0.0.1:", "http://localhost:", "file://", "data:")
        leaving = [u for u in self.requests if not u.startswith(local)]
        assert not leaving, f"requests left the machine: {leaving}"
        assert not self.dialogs, f"a script ran: {self.dialogs}"


@pytest.fixture
def visit(browser: Any) -> Iterator[Visit]:
    made = Visit(browser)
    yield made
    made.close()


# --- the demo store's pages -----------------------------------------------------------------------------


def test_demo_pages_load_with_their_key_elements(visit: Visit, demo_site: str, demo_analysis: Analysis) -> None:
    page = visit.open(demo_site + "/")
    assert page.locator("h1").first.is_visible()
    assert page.get_by_label("Cari di artikel, kutipan dan entitas").count() == 1
    assert page.locator("ul.articles li a").count() == len(demo_analysis.articles)
    visit.shot("demo-home")
    for story in demo_analysis.stories[:3]:
        visit.open(f"{demo_site}/stories/{story.id}")
        assert page.locator("h1").inner_text() == story.label
        visit.shot(f"demo-story-{story.id}")
    for article in demo_analysis.articles:
        visit.open(f"{demo_site}/articles/{article.id}")
        assert page.locator("div.body p").count() >= 1
        assert page.locator("details.removed summary").is_visible()
    visit.shot("demo-article-last")
    entity = max(demo_analysis.entities, key=lambda e: len(e.mentions))
    visit.open(f"{demo_site}/entities/{entity.id}")
    assert page.locator("table.mentions tbody tr").count() == len(entity.mentions)
    visit.shot("demo-entity")
    page.get_by_label("Cari di artikel, kutipan dan entitas").fill("Ankara")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=Ankara")
    assert page.locator("ol.hits li").count() >= 1
    visit.shot("demo-search")
    assert any(u.endswith("/static/warta.css") for u in visit.requests)


# --- every section filled -------------------------------------------------------------------------------


def _tab_through(page: Any) -> list[list[str]]:
    """Tag, class, href and outline style of every element Tab reaches, in order, once round."""
    reached: list[str] = []
    for _ in range(120):
        page.keyboard.press("Tab")
        reached.append(page.evaluate(
            "() => { const e = document.activeElement; const s = getComputedStyle(e);"
            " return [e.tagName, e.getAttribute('class') || '', e.getAttribute('href') || '', s.outlineStyle]"
            ".join('|'); }"))
    return [r.split("|") for r in reached if not r.startswith("BODY|")]  # past the last control: the page


def test_story_page_is_reachable_by_keyboard(visit: Visit, full_site: str) -> None:
    page = visit.open(full_site + "/stories/s1")
    visit.shot("full-story")
    kinds = _tab_through(page)
    assert kinds[0][1] == "skip"
    assert any(tag == "INPUT" for tag, *_ in kinds), "search box not reachable"
    assert any(cls == "cite" for _, cls, *_ in kinds), "citations not reachable"
    assert any(tag == "SUMMARY" for tag, *_ in kinds), "claim cells not reachable"
    assert all(outline != "none" for *_, outline in kinds), "a focused control shows no outline"


def test_article_page_is_reachable_by_keyboard(visit: Visit, full_site: str) -> None:
    page = visit.open(full_site + "/articles/a1")
    kinds = _tab_through(page)
    assert ["A", "ent ent-person", "/entities/e1"] in [k[:3] for k in kinds], "entity links not reachable"
    assert any(tag == "SUMMARY" for tag, *_ in kinds), "removed lines not reachable"
    assert all(outline != "none" for *_, outline in kinds)
    page.locator("details.removed summary").focus()
    page.keyboard.press("Enter")
    assert page.locator("details.removed td", has_text="Baca juga: Jalan Lintas Timur Lumpuh").is_visible()
    visit.shot("full-article-removed")


def test_claim_cell_opens_its_evidence_from_the_keyboard(visit: Visit, full_site: str) -> None:
    page = visit.open(full_site + "/stories/s1")
    summary = page.locator("table.matrix details.stance-denies summary")
    assert summary.get_attribute("title").startswith("Kepala BPBD Sungaiwangi Agus Salim membantah")
    evidence = page.locator("table.matrix details.stance-denies p.evidence")
    assert not evidence.is_visible()
    summary.focus()
    page.keyboard.press("Enter")
    assert evidence.is_visible()
    visit.shot("full-claim-open")


def test_citation_opens_the_sentence_highlighted(visit: Visit, full_site: str) -> None:
    page = visit.open(full_site + "/stories/s1")
    page.locator("ol.summary li").first.locator("a.cite").click()
    page.wait_for_url("**/articles/a1#a1-s1")
    sentence = page.locator("#a1-s1")
    assert sentence.is_visible()
    assert sentence.evaluate("e => getComputedStyle(e).backgroundColor") == TARGET_BG
    assert page.locator("#a1-s2").evaluate("e => getComputedStyle(e).backgroundColor") != TARGET_BG
    visit.shot("full-article-cited")


def test_hostile_article_runs_no_script(visit: Visit, full_site: str) -> None:
    page = visit.open(full_site + "/articles/a3")
    assert "<script>" in page.locator("div.body").inner_text()
    assert page.locator("div.body img").count() == 0


# --- the one-file report --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = write_report(full_analysis(), tmp_path_factory.mktemp("report") / "report.html")
    return path.as_uri()


def _shown(page: Any) -> list[str]:
    return page.evaluate("() => [...document.querySelectorAll('.views > .view')]"
                         ".filter(v => getComputedStyle(v).display !== 'none').map(v => v.id)")


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_report_navigates_by_anchor(browser: Any, report_file: str, javascript: bool) -> None:
    visit = Visit(browser, javascript)
    try:
        page = visit.open(report_file)
        assert _shown(page) == ["stories"]
        page.locator("#stories table.stories a", has_text="Banjir Sungaiwangi").click()
        assert _shown(page) == ["story-s1"]
        page.locator("#story-s1 ol.summary a.cite").first.click()
        assert _shown(page) == ["article-a1"]
        assert page.locator("#a1-s1").evaluate("e => getComputedStyle(e).backgroundColor") == TARGET_BG
        page.locator("#article-a1 a.ent", has_text="Rina").first.click()
        assert _shown(page) == ["entity-e1"]
        visit.shot(f"report-entity-{'js' if javascript else 'nojs'}")
    finally:
        visit.close()


def test_report_searches_itself(visit: Visit, report_file: str) -> None:
    page = visit.open(report_file)
    page.get_by_label("Cari di artikel, kutipan dan entitas").fill("tanggul utuh")
    page.keyboard.press("Enter")
    page.wait_for_function("() => location.hash === '#search'")
    assert _shown(page) == ["search"]
    found = page.locator("#search-results a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert found == ["#article-a2", "#entity-e2"]  # the article, and the speaker's page quoting it
    visit.shot("report-search")
