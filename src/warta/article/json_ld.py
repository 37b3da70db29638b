"""The article text a page carries in its JSON-LD (``NewsArticle.articleBody``).

A page rendered by script in the reader's browser may hold its report nowhere but there; the
HTML extractor then returns that text with its paragraph breaks turned into spaces. The
paragraphs are read back from the JSON-LD itself."""

from __future__ import annotations

import re

from warta.article.json_ld_objects import json_ld_objects, script_texts

SPACE = re.compile(r"\s+")


def article_bodies(html: str) -> list[str]:
    """The ``articleBody`` texts of the page's JSON-LD."""
    return [body for script in script_texts(html) for obj in json_ld_objects(script)
            if isinstance(body := obj.get("articleBody"), str)]


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
