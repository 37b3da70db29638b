"""The REST API's own small models; everything else it returns is a contract model (``warta.models``)."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from warta.web.reader import HitKind, SearchHit

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list: ``items`` from ``offset``, at most ``limit`` of ``total``."""

    total: int
    limit: int
    offset: int
    items: list[T]


class Hit(BaseModel):
    """A full-text search hit (article, quote or entity)."""

    kind: HitKind
    id: str
    article: str | None
    title: str
    snippet: str

    @classmethod
    def of(cls, hit: SearchHit) -> Hit:
        return cls(kind=hit.kind, id=hit.id, article=hit.article, title=hit.title, snippet=hit.snippet)


class ArticleInput(BaseModel):
    """One article posted as JSON: ``text`` (a scraped text dump) or ``html`` (a page), plus hints."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = None
    html: str | None = None
    url: str | None = None
    source: str | None = Field(None, description="name to record as the article's source")
    title: str | None = None
    published: str | None = None
    outlet: str | None = None


class ApiError(BaseModel):
    """Every error answer: a stable code from warta's catalogue and a message."""

    code: str
    message: str
