"""JSON endpoints under ``/api/``: every list is paged (``limit``, ``offset``, ``total``)."""

from __future__ import annotations

from typing import Annotated, TypeVar, cast

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool

from warta.api import analysis_of, analyze_docs
from warta.errors import Code
from warta.models import (
    Analysis,
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
from warta.options import Options
from warta.store import IngestReport, Store
from warta.web.api_guard import ApiFailure, require_token
from warta.web.api_input import REQUEST_BODY, posted_docs
from warta.web.api_models import ApiError, Hit, Page

MAX_LIMIT = 500
T = TypeVar("T")
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="items per page")]
Offset = Annotated[int, Query(ge=0, description="items to skip")]

router = APIRouter(prefix="/api", responses={400: {"model": ApiError}, 413: {"model": ApiError}})


def _store(request: Request) -> Store:
    return cast(Store, request.app.state.store)


def _page(items: list[T], total: int, limit: int, offset: int) -> Page[T]:
    return Page[T](total=total, limit=limit, offset=offset, items=items)


def _missing(kind: str, ident: str) -> ApiFailure:
    return ApiFailure(404, Code.API_NOT_FOUND, kind=kind, id=ident)


@router.get("/articles", response_model=Page[Article])
def list_articles(request: Request, limit: Limit = 50, offset: Offset = 0) -> Page[Article]:
    return _page(*_store(request).articles_page(limit, offset), limit, offset)


@router.get("/articles/{article_id}", response_model=Article, responses={404: {"model": ApiError}})
def one_article(request: Request, article_id: str) -> Article:
    found = _store(request).article(article_id)
    if found is None:
        raise _missing("article", article_id)
    return found


@router.get("/entities", response_model=Page[Entity])
def list_entities(request: Request, limit: Limit = 50, offset: Offset = 0) -> Page[Entity]:
    return _page(*_store(request).entities_page(limit, offset), limit, offset)


@router.get("/entities/{entity_id}", response_model=Entity, responses={404: {"model": ApiError}})
def one_entity(request: Request, entity_id: str) -> Entity:
    found = _store(request).entity(entity_id)
    if found is None:
        raise _missing("entity", entity_id)
    return found


@router.get("/timexes", response_model=Page[Timex])
def list_timexes(request: Request, limit: Limit = 50, offset: Offset = 0) -> Page[Timex]:
    return _page(*_store(request).timexes_page(limit, offset), limit, offset)


@router.get("/quotes", response_model=Page[Quote])
def list_quotes(request: Request, limit: Limit = 50, offset: Offset = 0) -> Page[Quote]:
    return _page(*_store(request).quotes_page(limit, offset), limit, offset)


@router.get("/events", response_model=Page[Event])
def list_events(request: Request, limit: Limit = 50, offset: Offset = 0) -> Page[Event]:
    return _page(*_store(request).events_page(limit, offset), limit, offset)


@router.get("/stories", response_model=Page[Story])
def list_stories(request: Request, limit: Limit = 50, offset: Offset = 0) -> Page[Story]:
    return _page(*_store(request).stories_page(limit, offset), limit, offset)


@router.get("/stories/{story_id}", response_model=Analysis, responses={404: {"model": ApiError}})
def one_story(request: Request, story_id: str) -> Analysis:
    """The story's part of the analysis: its articles and everything that refers to them."""
    store = _store(request)
    if store.story(story_id) is None:
        raise _missing("story", story_id)
    return store.analysis(story=story_id)


@router.get("/duplicates", response_model=Page[Duplicate])
def list_duplicates(request: Request, limit: Limit = 50, offset: Offset = 0) -> Page[Duplicate]:
    return _page(*_store(request).duplicates_page(limit, offset), limit, offset)


@router.get("/timeline", response_model=Page[TimelineEntry])
def list_timeline(request: Request, limit: Limit = 50, offset: Offset = 0) -> Page[TimelineEntry]:
    return _page(*_store(request).timeline_page(limit, offset), limit, offset)


@router.get("/claims", response_model=Page[Claim])
def list_claims(request: Request, limit: Limit = 50, offset: Offset = 0) -> Page[Claim]:
    return _page(*_store(request).claims_page(limit, offset), limit, offset)


@router.get("/summary", response_model=Page[SummarySentence])
def list_summary(request: Request, limit: Limit = 50, offset: Offset = 0) -> Page[SummarySentence]:
    return _page(*_store(request).summary_page(limit, offset), limit, offset)


@router.get("/search", response_model=Page[Hit])
def search(request: Request, q: Annotated[str, Query(max_length=500, description="words to find")],
           limit: Limit = 50, offset: Offset = 0) -> Page[Hit]:
    """Articles, quotes and entities containing every word of ``q``, best first."""
    hits, total = _store(request).search_page(q, limit, offset)
    return _page([Hit.of(h) for h in hits], total, limit, offset)


@router.post("/analyze", response_model=Analysis, dependencies=[Depends(require_token)],
             openapi_extra=REQUEST_BODY, responses={401: {"model": ApiError}})
async def analyze(request: Request) -> Analysis:
    """Analyse posted articles (JSON, text/plain or text/html) and return the analysis; nothing is stored."""
    docs = await posted_docs(request, many=True)
    options = Options()
    return await run_in_threadpool(lambda: analysis_of(analyze_docs(docs, options)))


@router.post("/articles", response_model=IngestReport, dependencies=[Depends(require_token)],
             openapi_extra=REQUEST_BODY, responses={401: {"model": ApiError}})
async def ingest(request: Request) -> IngestReport:
    """Analyse posted articles and add them to the store; says what was added, unchanged or a new version."""
    docs = await posted_docs(request, many=True)
    store = _store(request)
    return await run_in_threadpool(store.ingest_docs, docs, Options())
