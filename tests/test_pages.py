"""The HTML pages: every view over a full and an empty analysis, links, escaping, accessibility."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

import lxml.html
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.web_analysis import HOSTILE, full_analysis
from warta.models import Analysis, Article, Story
from warta.web.highlight import Span, highlight
from warta.web.pages import router
from warta.web.reader import AnalysisReader
from warta.web.render import static_text
from warta.web.views import granularity


def make_client(analysis: Analysis) -> TestClient:
    app = FastAPI()
    app.include_router(router)
    app.state.reader = AnalysisReader(analysis)
    return TestClient(app)


@pytest.fixture
def analysis(validate: Any) -> Analysis:
    made = full_analysis()
    validate(made)
    return made


@pytest.fixture
def client(analysis: Analysis) -> TestClient:
    return make_client(analysis)


def page(client: TestClient, url: str) -> Any:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response.headers["content-type"].startswith("text/html")
    return lxml.html.fromstring(response.text)


def texts(tree: Any, xpath: str) -> list[str]:
    return [" ".join(node.text_content().split()) for node in tree.xpath(xpath)]


# --- each page ------------------------------------------------------------------------------------------


def test_story_list_is_newest_first_with_outlets_counts_and_dates(client: TestClient) -> None:
    tree = page(client, "/")
    rows = tree.xpath("//table[contains(@class,'stories')]/tbody/tr")
    assert [r.xpath("string(th)").strip() for r in rows] == ["Harga cabai naik", "Banjir Sungaiwangi"]
    flood = [" ".join(c.text_content().split()) for c in rows[1].xpath("td")]
    assert flood == ["Kabar Pesisir, Warta Timur", "2", "2023-03-06 – 2023-03-07"]
    assert rows[1].xpath("th/a/@href") == ["/stories/s1"]


def test_story_page_has_cited_summary_timeline_graph_and_claim_matrix(client: TestClient) -> None:
    tree = page(client, "/stories/s1")
    assert texts(tree, "//h1") == ["Banjir Sungaiwangi"]
    assert len(tree.xpath("//ol[@class='summary']/li")) == 2
    assert tree.xpath("//ol[@class='summary']/li[1]/a[@class='cite']/@href") == ["/articles/a1#a1-s1"]
    timeline = tree.xpath("//table[@class='timeline']/tbody/tr")
    assert [r.xpath("string(th)") for r in timeline] == ["2023-03-06", "2023-03-07", "2023-03"]
    assert "bulan" in timeline[2].text_content() and "belum pasti" not in timeline[0].text_content()
    assert "planned" in timeline[2].text_content() and "unconfirmed" in timeline[2].text_content()
    edges = texts(tree, "//svg//g[@class='edge']/title")
    assert "Rina Marlina → Pemerintah Provinsi: REQUEST" in edges
    assert "Pemerintah Provinsi → Rina Marlina: AID" in edges
    assert len(tree.xpath("//svg//g[@class='node']")) == 3


def test_claim_matrix_cells_show_stance_with_evidence_on_hover_and_click(client: TestClient) -> None:
    tree = page(client, "/stories/s1")
    table = tree.xpath("//table[@class='matrix']")[0]
    holders = texts(table, "thead/tr[2]/th")
    outlets = texts(table, "thead/tr[1]/th[@scope='colgroup']")
    assert outlets == ["Kabar Pesisir", "Warta Timur"]
    assert "Agus Salim" in holders and "warga setempat" in holders
    dike = table.xpath("tbody/tr[th[normalize-space()='Tanggul Sungai Wangi jebol']]")[0]
    cells = dike.xpath("td")[1:]  # after the verdict
    agus = cells[holders.index("Agus Salim")]
    summary = agus.xpath(".//details/summary")[0]
    assert summary.text_content().strip() == "denies"
    assert summary.get("title").startswith("Kepala BPBD Sungaiwangi Agus Salim membantah")
    assert agus.xpath(".//details/p/a/@href") == ["/articles/a2#a2-s1"]
    # The event no claim is about gets its own row, reported by the outlet itself.
    assert texts(table, "tbody/tr[@class='row-event']/th") == ["MOBILIZE: Rina Marlina → Badan Penanggulangan Bencana Daerah",
                                                               "AID: Pemerintah Provinsi → Rina Marlina"]


def test_article_page_highlights_metadata_and_removed_lines(client: TestClient, analysis: Analysis) -> None:
    tree = page(client, "/articles/a1")
    body = tree.xpath("//div[@class='body']")[0]
    assert " ".join(body.text_content().split()) == " ".join(analysis.articles[0].body.split())
    assert texts(body, ".//a[contains(@class,'ent-person')]") == ["Rina Marlina", "Rina"]
    assert body.xpath(".//a[text()='Rina']/@href") == ["/entities/e1"]
    assert texts(body, ".//span[@class='timex']") == ["Senin (6/3/2023)"]
    assert texts(body, ".//span[@id='quote-q1']") == ["Kami mengerahkan seluruh petugas ke lokasi banjir,"]
    assert len(body.xpath(".//span[@class='sent']")) == 4
    meta = dict(zip(texts(tree, "//dl/dt"), texts(tree, "//dl/dd"), strict=True))
    assert meta["Media"] == "Kabar Pesisir" and meta["Dateline"] == "Sungaiwangi"
    assert meta["Penulis"] == "Sari Dewi" and meta["Terbit"].startswith("2023-03-06T10:00+07:00")
    removed = tree.xpath("//details[@class='removed']")[0]
    assert "Baris yang dibuang (2)" in removed.xpath("string(summary)")
    assert texts(removed, "(.//tbody)[1]/tr[1]/td") == ["7", "related-link", "Baca juga: Jalan Lintas Timur Lumpuh"]


def test_estimated_date_is_shown_with_its_window(client: TestClient) -> None:
    meta = " ".join(page(client, "/articles/a2").xpath("string(//dl)").split())
    assert "perkiraan" in meta and "2023-03-07 – 2023-03-08" in meta


def test_entity_page_lists_roles_aliases_mentions_quotes_and_events(client: TestClient) -> None:
    tree = page(client, "/entities/e1")
    meta = dict(zip(texts(tree, "//dl/dt"), texts(tree, "//dl/dd"), strict=True))
    assert meta["Peran"] == "Wali Kota Sungaiwangi" and meta["Nama lain"] == "Rina; Rina Marlina"
    mentions = tree.xpath("//table[@class='mentions']/tbody/tr")
    assert len(mentions) == 3
    assert mentions[1].xpath("td[1]/a/@href") == ["/articles/a1#a1-s3"]
    assert texts(tree, "//ul[@class='quotes']/li/q") == ["Kami mengerahkan seluruh petugas ke lokasi banjir,"]
    captions = texts(tree, "//table[@class='edges']/caption")
    assert captions == ["Peristiwa sebagai pelaku", "Peristiwa sebagai sasaran"]


def test_kb_id_is_a_link_not_a_fetch(client: TestClient) -> None:
    tree = page(client, "/entities/e6")
    assert tree.xpath("//dd/a[text()='Q252']/@href") == ["https://www.wikidata.org/wiki/Q252"]
    assert not tree.xpath("//img | //iframe | //link[starts-with(@href,'http')] | //script[starts-with(@src,'http')]")


def test_search_finds_body_text_and_quotes(client: TestClient) -> None:
    tree = page(client, "/search?q=tanggul+utuh")
    hrefs = tree.xpath("//ol[@class='hits']/li/a/@href")
    assert hrefs == ["/articles/a2", "/articles/a2#quote-q2"]
    assert tree.xpath("//input[@id='q']/@value") == ["tanggul utuh"]
    assert "Tidak ada hasil" in page(client, "/search?q=gempa").text_content()
    assert "Ketik kata" in page(client, "/search").text_content()


def test_unknown_ids_are_404_pages(client: TestClient) -> None:
    for url in ("/stories/s9", "/articles/a9", "/entities/e9", "/static/../pyproject.toml", "/static/x.css"):
        response = client.get(url)
        assert response.status_code == 404, url
    assert "article a9" in client.get("/articles/a9").text


def test_static_files_are_served_from_the_package(client: TestClient) -> None:
    css = client.get("/static/warta.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert "--target-bg" in css.text
    assert client.get("/static/warta.js").headers["content-type"].startswith("text/javascript")


# --- empty sections -------------------------------------------------------------------------------------


def test_pages_render_a_bare_analysis_with_empty_sections(validate: Any) -> None:
    article = Article(id="a1", source="x.txt", sha256="0", language="id", title="Judul saja", body="Satu kalimat.",
                      paragraphs=[[0, 13]], sentences=[[0, 13]])
    bare = Analysis(warta_version="0.1.0", created="2023-01-01T00:00:00Z", articles=[article],
                    stories=[Story(id="s1", label="Cerita tunggal", articles=["a1"])])
    validate(bare)
    client = make_client(bare)
    story = page(client, "/stories/s1").text_content()
    for empty in ("Belum ada ringkasan.", "Belum ada linimasa.", "Belum ada peristiwa.", "Belum ada klaim"):
        assert empty in story
    article_page = page(client, "/articles/a1").text_content()
    assert "Tidak ada kutipan." in article_page and "Tidak ada baris yang dibuang." in article_page
    no_stories = make_client(bare.model_copy(update={"stories": []}))
    home = page(no_stories, "/")
    assert "Belum ada cerita." in home.text_content()
    assert home.xpath("//ul[@class='articles']/li/a/@href") == ["/articles/a1"]


# --- safety and links -----------------------------------------------------------------------------------


def test_hostile_text_is_escaped_everywhere(client: TestClient) -> None:
    for url in ("/", "/stories/s2", "/articles/a3", "/entities/e6", "/search?q=pedagang"):
        html = client.get(url).text
        assert "<script>alert" not in html and "<img src=x" not in html, url
        assert "&lt;script&gt;" in html, url
    tree = page(client, "/articles/a3")
    assert not tree.xpath("//script[not(@src)] | //img")
    assert HOSTILE in tree.xpath("string(//div[@class='body'])")


def test_every_internal_link_and_citation_lands_on_an_existing_anchor(client: TestClient) -> None:
    seen: dict[str, Any] = {}
    queue, checked = ["/"], 0
    while queue:
        url = queue.pop()
        path = urlsplit(url).path
        if path in seen:
            continue
        seen[path] = page(client, path)
        for href in seen[path].xpath("//a/@href"):
            if href.startswith("/") and not href.startswith("/static"):
                queue.append(href)
    for path, tree in seen.items():
        for href in tree.xpath("//a/@href"):
            parts = urlsplit(href)
            if parts.fragment and (parts.path or path) in seen:
                target = seen[parts.path or path]
                assert target.xpath(f"//*[@id='{parts.fragment}']"), f"{path} → {href}"
                checked += 1
    assert {"/stories/s1", "/articles/a1", "/articles/a2", "/entities/e1"} <= set(seen)
    assert checked > 10


def test_citation_lands_on_the_sentence_that_says_it(client: TestClient) -> None:
    story = page(client, "/stories/s1")
    href = story.xpath("//ol[@class='summary']/li[2]/a[@class='cite']/@href")[0]
    path, anchor = href.split("#")
    sentence = page(client, path).xpath(f"string(//*[@id='{anchor}'])")
    assert "membantah" in sentence and "tanggul" in sentence


# --- accessibility --------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/", "/stories/s1", "/articles/a1", "/entities/e1", "/search?q=banjir"])
def test_controls_are_labelled_tables_have_scoped_headers_and_lang_is_set(client: TestClient, url: str) -> None:
    tree = page(client, url)
    assert tree.get("lang") == "id"
    labelled = set(tree.xpath("//label/@for"))
    for control in tree.xpath("//input | //select | //textarea"):
        assert control.get("id") in labelled or control.get("aria-label"), lxml.html.tostring(control)
    for button in tree.xpath("//button | //summary"):
        assert button.text_content().strip() or button.get("aria-label")
    for header in tree.xpath("//th"):
        assert header.get("scope") in {"col", "row", "colgroup", "rowgroup"}
    ids = tree.xpath("//@id")
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert tree.xpath("//a[@class='skip']/@href") == ["#main"] and tree.xpath("//main[@id='main']")


def test_lang_follows_the_article_language(analysis: Analysis) -> None:
    english = analysis.model_copy(update={"articles": [a.model_copy(update={"language": "en"}) for a in analysis.articles]})
    tree = page(make_client(english), "/articles/a1")
    assert tree.get("lang") == "en" and tree.xpath("//label[@for='q']/text()") == ["Search articles, quotes and entities"]


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula_matches_known_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_palette_text_reads_at_wcag_aa_on_every_background() -> None:
    palette = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", static_text("warta.css")))
    texts_ = {k: v for k, v in palette.items() if k in {"fg", "muted", "link", "focus"} or k.endswith("-fg")}
    backgrounds = {k: v for k, v in palette.items() if k == "bg" or k.endswith("-bg")}
    assert len(texts_) >= 5 and len(backgrounds) >= 8
    for fg_name, fg in texts_.items():
        for bg_name, bg in backgrounds.items():
            assert contrast(fg, bg) >= 4.5, f"--{fg_name} on --{bg_name}: {contrast(fg, bg):.2f}"
    # The focus ring and table rules are non-text: 3:1 against the page (WCAG 1.4.11).
    assert contrast(palette["focus"], palette["bg"]) >= 3 and contrast(palette["rule"], palette["bg"]) >= 3


def test_css_uses_only_palette_colours() -> None:
    css = static_text("warta.css")
    rules = css.split(":root", 1)[1].split("}", 1)[1]
    assert not re.findall(r"#[0-9a-fA-F]{3,6}\b", rules), "colours outside the checked palette"


# --- the highlighter ------------------------------------------------------------------------------------


class _Balance(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)
        self.ids += [v or "" for k, v in attrs if k == "id"]

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, f"</{tag}> closes the wrong element"

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _spans(draw: Any, length: int) -> list[Span]:
    layers = ["paragraph", "sentence", "quote", "timex", "entity"]
    out = []
    for number in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, length))
        end = draw(st.integers(start, length))
        layer = draw(st.sampled_from(layers))
        out.append(Span(start, end, layer, "span", (("id", f"x{number}"), ("class", layer))))
    return out


@settings(max_examples=150, deadline=None)
@given(st.data(), st.text(alphabet="ab <&\">'", min_size=0, max_size=40))
def test_highlight_keeps_the_text_nests_tags_and_ids_unique(data: Any, text: str) -> None:
    spans = _spans(data.draw, len(text))
    parser = _Balance()
    parser.feed(str(highlight(text, spans)))
    parser.close()
    assert parser.stack == []
    assert "".join(parser.text) == text
    assert len(parser.ids) == len(set(parser.ids))
    assert set(parser.ids) == {dict(s.attrs)["id"] for s in spans if s.end > s.start}


def test_crossing_spans_are_split_and_reopened() -> None:
    html = str(highlight("abcdef", [Span(0, 4, "sentence", attrs=(("id", "s"),)), Span(2, 6, "quote")]))
    assert html == ('<span id="s">ab<span>cd</span></span><span class="cont">ef</span>')


@pytest.mark.parametrize(("value", "expected"), [
    ("2023", "year"), ("2023-03", "month"), ("2023-W10", "week"), ("2023-03-06", "day"),
    ("2023-03-06T10:00", "time"), ("2023-SU", "season"), ("2023-Q2", "quarter"), ("PAST_REF", "vague"),
    (None, "undated"),
])
def test_granularity_of_timex_values(value: str | None, expected: str) -> None:
    assert granularity(value) == expected


def test_front_page_of_a_large_store_lists_the_newest_articles_only(analysis: Analysis, monkeypatch: Any) -> None:
    monkeypatch.setattr("warta.web.render.HOME_LIMIT", 2)
    tree = page(make_client(analysis), "/")
    assert tree.xpath("//ul[@class='articles']/li/a/@href") == ["/articles/a3", "/articles/a2"]
    assert texts(tree, "//h2[@id='articles']") == ["Semua artikel (3)"]
    assert len(tree.xpath("//ul[@class='entities']/li")) == 2


def test_templates_and_static_files_ship_in_the_package() -> None:
    import fnmatch
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    patterns = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]["warta"]
    package = root / "src" / "warta"
    shipped = [p for folder in ("web/templates", "web/static") for p in (package / folder).iterdir() if p.is_file()]
    assert len(shipped) >= 8
    for path in shipped:
        relative = path.relative_to(package).as_posix()
        assert any(fnmatch.fnmatch(relative, pattern) for pattern in patterns), f"{relative} is not package data"


def test_hostile_names_labels_and_statements_are_escaped(analysis: Analysis) -> None:
    evil = '"><script>alert(2)</script>'
    entities = [e.model_copy(update={"name": evil + e.name, "roles": [evil]}) for e in analysis.entities]
    events = [e.model_copy(update={"type": evil, "source": e.source.model_copy(update={"name": evil})})
              for e in analysis.events]
    hostile = analysis.model_copy(update={
        "entities": entities, "events": events,
        "stories": [s.model_copy(update={"label": evil}) for s in analysis.stories],
        "claims": [c.model_copy(update={"statement": evil}) for c in analysis.claims],
        "timeline": [t.model_copy(update={"label": evil}) for t in analysis.timeline],
        "summary": [s.model_copy(update={"sentence": evil}) for s in analysis.summary],
    })
    client = make_client(hostile)
    for url in ("/", "/stories/s1", "/articles/a1", "/entities/e1", "/search?q=" + evil):
        html = client.get(url).text
        assert "<script>alert(2)" not in html and "&lt;script&gt;alert(2)" in html, url
        assert not lxml.html.fromstring(html).xpath("//script[not(@src)]"), url
