"""Where a page links to: URLs on the served site, or in-page anchors in the one-file report.

Anchor ids are the same in both (``a1-s3`` is sentence 3 of article a1, ``quote-q2`` a quote),
and are unique across all articles, so the report can hold every page in one document.
"""

from __future__ import annotations

from typing import Protocol
from urllib.parse import quote, urlencode


def sentence_anchor(article: str, index: int) -> str:
    """Anchor id of the article's sentence number ``index`` (1-based)."""
    return f"{article}-s{index}"


def quote_anchor(quote_id: str) -> str:
    return f"quote-{quote_id}"


class Links(Protocol):
    def home(self) -> str: ...
    def story(self, story: str) -> str: ...
    def article(self, article: str, anchor: str | None = None) -> str: ...
    def entity(self, entity: str) -> str: ...
    def search(self, query: str | None = None) -> str: ...
    def static(self, name: str) -> str: ...


class WebLinks:
    """Paths of the pages ``warta serve`` answers."""

    def home(self) -> str:
        return "/"

    def story(self, story: str) -> str:
        return f"/stories/{quote(story, safe='')}"

    def article(self, article: str, anchor: str | None = None) -> str:
        path = f"/articles/{quote(article, safe='')}"
        return f"{path}#{quote(anchor, safe='-')}" if anchor else path

    def entity(self, entity: str) -> str:
        return f"/entities/{quote(entity, safe='')}"

    def search(self, query: str | None = None) -> str:
        return "/search" + (f"?{urlencode({'q': query})}" if query else "")

    def static(self, name: str) -> str:
        return f"/static/{name}"


class ReportLinks:
    """Anchors of the sections of the one-file report."""

    def home(self) -> str:
        return "#stories"

    def story(self, story: str) -> str:
        return f"#story-{story}"

    def article(self, article: str, anchor: str | None = None) -> str:
        return f"#{anchor}" if anchor else f"#article-{article}"

    def entity(self, entity: str) -> str:
        return f"#entity-{entity}"

    def search(self, query: str | None = None) -> str:
        return "#search"

    def static(self, name: str) -> str:
        return ""  # the report inlines its CSS and JS
