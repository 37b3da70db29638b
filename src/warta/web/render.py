"""HTML for every page, from an analysis: the served site and the one-file report share the templates.

Each view (story list, story, article, entity, search) renders a fragment; the site wraps one
fragment in a page, the report puts all of them in one document as sections with anchors.
Templates autoescape; the only pre-built HTML they receive comes from :mod:`warta.web.highlight`
and :mod:`warta.web.graph`, which escape their text themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from warta import __version__
from warta.models import Analysis, Article
from warta.web.headings import article_name
from warta.web.labels import page_language, translator
from warta.web.links import Links, ReportLinks, WebLinks, quote_anchor
from warta.web.reader import FrontPage, SearchHit, restrict_to_story
from warta.web.views import StoryRow, article_rows, article_view, entity_view, story_rows, story_view

STATIC_FILES = ("warta.css", "warta.js")
_HIT_KINDS = {"article": "articles", "quote": "quotes", "entity": "entities"}


@cache
def environment() -> Environment:
    return Environment(loader=PackageLoader("warta.web", "templates"),
                       autoescape=select_autoescape(default=True), trim_blocks=True, lstrip_blocks=True)


def static_text(name: str) -> str:
    """A file shipped in ``warta/web/static`` (only the names in STATIC_FILES)."""
    if name not in STATIC_FILES:
        raise FileNotFoundError(name)
    return resources.files("warta.web").joinpath("static", name).read_text(encoding="utf-8")


PageFunction = Callable[[Analysis, str], str]


class PageNotFound(LookupError):
    """The page asks for a story, article or entity the analysis does not have."""


def _fragment(name: str, lang: str, links: Links, prefix: str = "", **context: Any) -> Markup:
    template = environment().get_template(name)
    return Markup(template.render(t=translator(lang), lang=lang, links=links, prefix=prefix, **context))


def _page(content: Markup, title: str, lang: str, links: Links, query: str = "") -> str:
    return environment().get_template("base.html").render(
        content=content, title=title, lang=lang, t=translator(lang), links=links, query=query,
        inline=False, version=__version__, created=None)


# --- fragments (shared by the site and the report) -------------------------------------------------------


def home_fragment(analysis: Analysis, links: Links, lang: str, prefix: str = "",
                  limit: int | None = None) -> Markup:
    """Stories, then articles newest first and entities most mentioned first (``limit`` of each)."""
    entities = sorted(analysis.entities, key=lambda e: (-len(e.mentions), e.name))
    articles = article_rows(analysis.articles, links)
    return _fragment("_home.html", lang, links, prefix, stories=story_rows(analysis, links),
                     articles=articles[:limit], entities=entities[:limit],
                     article_total=len(articles), entity_total=len(entities))


def story_fragment(analysis: Analysis, story_id: str, links: Links, lang: str) -> Markup:
    story = next((s for s in analysis.stories if s.id == story_id), None)
    if story is None:
        raise PageNotFound(f"story {story_id}")
    part = restrict_to_story(analysis, story_id)  # the same whether given the whole run or the story
    return _fragment("_story.html", lang, links, f"{story.id}-", v=story_view(part, story, links))


def article_fragment(analysis: Analysis, article_id: str, links: Links, lang: str) -> Markup:
    article = _article(analysis, article_id)
    return _fragment("_article.html", lang, links, f"{article.id}-", v=article_view(analysis, article, links))


def entity_fragment(analysis: Analysis, entity_id: str, links: Links, lang: str) -> Markup:
    entity = next((e for e in analysis.entities if e.id == entity_id), None)
    if entity is None:
        raise PageNotFound(f"entity {entity_id}")
    return _fragment("_entity.html", lang, links, f"{entity.id}-", v=entity_view(analysis, entity, links))


def _article(analysis: Analysis, article_id: str) -> Article:
    article = next((a for a in analysis.articles if a.id == article_id), None)
    if article is None:
        raise PageNotFound(f"article {article_id}")
    return article


# --- pages of the served site ----------------------------------------------------------------------------


HOME_LIMIT = 200  # a large store's front page lists the newest articles and the most mentioned entities


def home_page(analysis: Analysis) -> str:
    lang = page_language(analysis.articles)
    content = home_fragment(analysis, WebLinks(), lang, limit=HOME_LIMIT)
    return _page(content, translator(lang)("stories"), lang, WebLinks())


def front_page(front: FrontPage) -> str:
    """The same page as :func:`home_page`, from what a store reads for it (no whole analysis)."""
    links = WebLinks()
    lang = page_language(front.articles)
    stories = [StoryRow(s.id, s.label, links.story(s.id), s.outlets, s.count, s.first, s.last)
               for s in front.stories]
    content = _fragment("_home.html", lang, links, stories=stories,
                        articles=article_rows(front.articles, links), entities=front.entities,
                        article_total=front.article_total, entity_total=front.entity_total)
    return _page(content, translator(lang)("stories"), lang, links)


def story_page(analysis: Analysis, story_id: str) -> str:
    """The page of one story; ``analysis`` may be the whole run or only that story's part."""
    lang = page_language(analysis.articles)
    content = story_fragment(analysis, story_id, WebLinks(), lang)
    label = next(s.label for s in analysis.stories if s.id == story_id)
    return _page(content, label, lang, WebLinks())


def article_page(analysis: Analysis, article_id: str) -> str:
    article = _article(analysis, article_id)
    lang = page_language([article])
    content = article_fragment(analysis, article_id, WebLinks(), lang)
    return _page(content, article_name(article), lang, WebLinks())


def entity_page(analysis: Analysis, entity_id: str) -> str:
    mentioned = {m.article for e in analysis.entities if e.id == entity_id for m in e.mentions}
    lang = page_language(a for a in analysis.articles if a.id in mentioned)
    content = entity_fragment(analysis, entity_id, WebLinks(), lang)
    name = next(e.name for e in analysis.entities if e.id == entity_id)
    return _page(content, name, lang, WebLinks())


def search_page(query: str, hits: list[SearchHit], lang: str = "id") -> str:
    links = WebLinks()
    rows = [(hit, _hit_href(hit, links), _HIT_KINDS[hit.kind]) for hit in hits]
    content = _fragment("_search.html", lang, links, query=query, hits=rows)
    return _page(content, translator(lang)("search_results"), lang, links, query)


def _hit_href(hit: SearchHit, links: Links) -> str:
    if hit.kind == "entity":
        return links.entity(hit.id)
    if hit.kind == "quote" and hit.article:
        return links.article(hit.article, quote_anchor(hit.id))
    return links.article(hit.article or hit.id)


def not_found_page(what: str, lang: str = "id") -> str:
    content = Markup("<h1>404</h1><p>{}</p>").format(what)
    return _page(content, "404", lang, WebLinks())


# --- the one-file report ---------------------------------------------------------------------------------


def report_html(analysis: Analysis) -> str:
    """Every view of the analysis in one self-contained HTML document (CSS and JS inline)."""
    links = ReportLinks()
    lang = page_language(analysis.articles)
    stories = [(s.id, story_fragment(analysis, s.id, links, lang)) for s in analysis.stories]
    articles = [(a.id, article_fragment(analysis, a.id, links, lang)) for a in analysis.articles]
    entities = [(e.id, entity_fragment(analysis, e.id, links, lang)) for e in analysis.entities]
    return environment().get_template("report.html").render(
        home=home_fragment(analysis, links, lang, "home-"), stories=stories, articles=articles,
        entities=entities, title=translator(lang)("report"), lang=lang, t=translator(lang), links=links,
        query="", inline=True, css=_inline("warta.css", "</style"), js=_inline("warta.js", "</script"),
        version=__version__, created=analysis.created)


def _inline(name: str, closing: str) -> Markup:
    text = static_text(name)
    if closing in text.lower():
        raise ValueError(f"{name} contains {closing}, which would end the inline block early")
    return Markup(text)
