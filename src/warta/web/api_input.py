"""Articles posted to the API: a JSON object (or list of them), or a raw text/plain or text/html body."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from fastapi import Request
from pydantic import ValidationError

from warta.document import Doc, Hints, InputFormat
from warta.errors import Code
from warta.ingest import docs_from_bytes
from warta.ingest.records import new_doc
from warta.options import Options
from warta.web.api_guard import ApiFailure
from warta.web.api_models import ArticleInput

# What the OpenAPI schema says the POST endpoints accept.
REQUEST_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {"oneOf": [
                {"$ref": "#/components/schemas/ArticleInput"},
                {"type": "array", "items": {"$ref": "#/components/schemas/ArticleInput"}},
            ]}},
            "text/plain": {"schema": {"type": "string"}},
            "text/html": {"schema": {"type": "string"}},
        },
    }
}


async def posted_docs(request: Request, many: bool) -> list[Doc]:
    """The documents in the request body, numbered a1, a2, …; 400 when there is none."""
    body = await request.body()
    if not body.strip():
        raise _bad("the body is empty")
    media = request.headers.get("content-type", "text/plain").split(";")[0].strip().lower()
    if media == "application/json":
        inputs = _json_inputs(body, many)
        docs = [_doc_of(item) for item in inputs]
    else:
        fmt: InputFormat = "html" if media in {"text/html", "application/xhtml+xml"} else "txt"
        # Read as `warta analyze` reads a file: a text body of several articles gives one each.
        docs = docs_from_bytes(_default_source(body), body, fmt, Options())
    for number, doc in enumerate(docs, start=1):
        doc.article.id = f"a{number}"
    return docs


def _json_inputs(body: bytes, many: bool) -> list[ArticleInput]:
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise _bad(f"not JSON ({exc})") from exc
    items = data if isinstance(data, list) and many else [data]
    if not items:
        raise _bad("the list of articles is empty")
    try:
        return [ArticleInput.model_validate(item) for item in items]
    except ValidationError as exc:
        raise _bad(f"not an article: {exc.errors()[0]['msg']} at {exc.errors()[0]['loc']}") from exc


def _doc_of(item: ArticleInput) -> Doc:
    content = item.html if item.html is not None else item.text
    if content is None or not content.strip():
        raise _bad("an article needs a non-empty 'text' or 'html' field")
    raw = content.encode("utf-8")
    hints = Hints(url=item.url, title=item.title, published=item.published, outlet=item.outlet)
    source = item.source or item.url or _default_source(raw)
    return new_doc(source, raw, "html" if item.html is not None else "txt", hints)


def _default_source(raw: bytes) -> str:
    """A name of its own per content: without a URL or source, two posts are two articles."""
    return f"api:{hashlib.sha256(raw).hexdigest()[:16]}"


def _bad(reason: str) -> ApiFailure:
    return ApiFailure(400, Code.BAD_REQUEST, reason=reason)
