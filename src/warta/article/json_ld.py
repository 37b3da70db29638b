"""The article text a page carries in its JSON-LD (``NewsArticle.articleBody``).

A page rendered by script in the reader's browser may hold its report nowhere but there; the
HTML extractor then returns that text with its paragraph breaks turned into spaces. The
paragraphs are read back from the JSON-LD itself."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

JSON_LD = re.compile(r'<script[^>]*type\s*=\s*["\']application/ld\+json["\'][^>]*>(.*?)</script>',
                     re.IGNORECASE | re.DOTALL)
SPACE = re.compile(r"\s+")


def _objects(value: Any) -> Iterator[dict[str, Any]]:
    """Every object in a JSON-LD value: a list, an ``@graph``, nested ones."""
    if isinstance(value, list):
        for item in value:
            yield from _objects(item)
    elif isinstance(value, dict):
        yield value
        yield from _objects(value.get("@graph"))


def article_bodies(html: str) -> list[str]:
    """The ``articleBody`` texts of the page's JSON-LD (scripts that fail to parse are skipped)."""
    bodies = []
    for script in JSON_LD.finditer(html):
        try:
            data = json.loads(script.group(1))
        except ValueError:
            continue
        bodies += [body for obj in _objects(data) if isinstance(body := obj.get("articleBody"), str)]
    return bodies


def with_json_ld_paragraphs(html: str, body: str) -> str:
    """``body`` split into the JSON-LD article's paragraphs when it is that article's text with
    its line breaks lost; ``body`` unchanged otherwise."""
    if "\n" in body.strip() or "ld+json" not in html:
        return body
    flat = SPACE.sub(" ", body).strip()
    for text in article_bodies(html):
        if "\n" in text.strip() and SPACE.sub(" ", text).strip() == flat:
            return "\n".join(line.strip() for line in text.splitlines() if line.strip())
    return body
