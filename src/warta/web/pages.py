"""The HTML pages of ``warta serve``: a router the app includes; it reads ``app.state.reader``.

Routes: ``/`` (story list), ``/stories/{id}``, ``/articles/{id}``, ``/entities/{id}``,
``/search?q=``, and ``/static/{name}`` for the CSS and JS shipped in the package.
"""

from __future__ import annotations

from typing import cast

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from warta.models import Analysis
from warta.web import render
from warta.web.reader import FocusedReader, FrontPageReader, Reader

router = APIRouter(include_in_schema=False)

_MEDIA_TYPES = {"css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8"}
_SECURITY_HEADERS = {
    # Pages load only their own CSS and JS; nothing may leave the machine.
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                               "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def _reader(request: Request) -> Reader:
    return cast(Reader, request.app.state.reader)


def _html(text: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(text, status_code=status, headers=_SECURITY_HEADERS)


def _not_found(what: str) -> HTMLResponse:
    return _html(render.not_found_page(what), 404)


@router.get("/", response_class=HTMLResponse)
def story_list(request: Request) -> HTMLResponse:
    reader = _reader(request)
    if isinstance(reader, FrontPageReader):  # a store reads the list and counts, not every article
        return _html(render.front_page(reader.front_page(render.HOME_LIMIT)))
    return _html(render.home_page(reader.analysis()))


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: str) -> HTMLResponse:
    part = _reader(request).analysis(story=story_id)
    try:
        return _html(render.story_page(part, story_id))
    except render.PageNotFound as missing:
        return _not_found(str(missing))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str) -> HTMLResponse:
    reader = _reader(request)
    # A store that can answer for one article need not assemble everything for its page.
    part = reader.article_analysis(article_id) if isinstance(reader, FocusedReader) else reader.analysis()
    return _render_or_404(render.article_page, part, article_id)


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity(request: Request, entity_id: str) -> HTMLResponse:
    reader = _reader(request)
    part = reader.entity_analysis(entity_id) if isinstance(reader, FocusedReader) else reader.analysis()
    return _render_or_404(render.entity_page, part, entity_id)


def _render_or_404(page: render.PageFunction, analysis: Analysis, ident: str) -> HTMLResponse:
    try:
        return _html(page(analysis, ident))
    except render.PageNotFound as missing:
        return _not_found(str(missing))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = Query("", max_length=500),
           offset: int = Query(0, ge=0)) -> HTMLResponse:
    reader = _reader(request)
    hits = reader.search(q, limit=50, offset=offset) if q.strip() else []
    # Indonesian chrome: the hits do not say their language, and reading the whole store to guess is too dear.
    return _html(render.search_page(q, hits))


@router.get("/static/{name}")
def static(name: str) -> Response:
    try:
        text = render.static_text(name)
    except FileNotFoundError:
        return _not_found(name)
    media = _MEDIA_TYPES[name.rsplit(".", 1)[-1]]
    return Response(text, media_type=media, headers={"Cache-Control": "max-age=3600", **_SECURITY_HEADERS})
