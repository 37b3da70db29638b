"""Constructors for the documents readers produce."""

from __future__ import annotations

import hashlib

from warta.document import Doc, Hints, InputFormat
from warta.models import Article, ArticleError


def new_doc(source: str, raw: bytes, fmt: InputFormat, hints: Hints | None = None) -> Doc:
    """A document with its id left blank; ``collect`` numbers them in input order."""
    article = Article(id="", source=source, sha256=hashlib.sha256(raw).hexdigest())
    return Doc(article=article, raw=raw, fmt=fmt, hints=hints or Hints())


def failed_doc(source: str, error: ArticleError, raw: bytes = b"") -> Doc:
    """A placeholder document that carries only an error, so the input is still listed."""
    doc = new_doc(source, raw, "txt")
    doc.article.errors.append(error)
    return doc
