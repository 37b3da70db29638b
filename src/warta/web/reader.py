"""What the HTML pages and the report read: one small interface over a store or an analysis.

The SQLite store (``warta.store``) implements it for ``warta serve``; :class:`AnalysisReader`
implements it over an in-memory :class:`~warta.models.Analysis` for ``warta report`` and tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

from warta.models import Analysis, Article

HitKind = Literal["article", "quote", "entity"]


@dataclass(frozen=True)
class SearchHit:
    kind: HitKind
    id: str  # article id, quote id or entity id
    article: str | None  # the article the hit is in (None for entities)
    title: str  # what to show as the link text
    snippet: str  # matched text with the query terms, plain text


class Reader(Protocol):
    def analysis(self, story: str | None = None) -> Analysis:
        """The whole analysis, or only the articles of one story with everything about them."""
        ...

    def search(self, query: str, limit: int = 50, offset: int = 0) -> list[SearchHit]:
        """Full-text hits over article bodies, titles, quotes and entity names, best first."""
        ...


@runtime_checkable
class FocusedReader(Protocol):
    """Optional: a reader that can answer an article or entity page without the whole store."""

    def article_analysis(self, article: str) -> Analysis:
        """The article (none when unknown) with its entities, timexes, quotes, events, stories, duplicates."""
        ...

    def entity_analysis(self, entity: str) -> Analysis:
        """The entity (none when unknown) with every article it is mentioned, quoted or acting in."""
        ...


@dataclass(frozen=True)
class StoryFacts:
    """One line of the story list."""

    id: str
    label: str
    outlets: list[str]
    count: int  # articles
    first: str | None  # first and last publication day (YYYY-MM-DD)
    last: str | None


@dataclass(frozen=True)
class EntityFacts:
    """One entity of the front page's most-mentioned list."""

    id: str
    name: str
    type: str
    mentions: int


@dataclass(frozen=True)
class FrontPage:
    """What the front page shows: every story (newest first), the newest articles (their
    metadata; bodies may be left empty), the most mentioned entities, and the totals."""

    stories: list[StoryFacts]
    articles: list[Article]
    entities: list[EntityFacts]
    article_total: int
    entity_total: int


@runtime_checkable
class FrontPageReader(Protocol):
    """Optional: a reader that can answer the front page without assembling the whole analysis."""

    def front_page(self, limit: int) -> FrontPage:
        """Stories, and at most ``limit`` articles and entities."""
        ...


class AnalysisReader:
    """A :class:`Reader` over one in-memory analysis (the report, tests, ``POST /api/analyze``)."""

    def __init__(self, analysis: Analysis) -> None:
        self._analysis = analysis

    def analysis(self, story: str | None = None) -> Analysis:
        if story is None:
            return self._analysis
        return restrict_to_story(self._analysis, story)

    def article_analysis(self, article: str) -> Analysis:
        return restrict_to_articles(self._analysis, {article})

    def entity_analysis(self, entity: str) -> Analysis:
        return restrict_to_articles(self._analysis, articles_of_entity(self._analysis, entity))

    def search(self, query: str, limit: int = 50, offset: int = 0) -> list[SearchHit]:
        words = [w.casefold() for w in query.split() if w]
        hits = [hit for hit, text in _candidates(self._analysis, words) if _matches(text, words)]
        return hits[offset:offset + limit]


def restrict_to_story(analysis: Analysis, story: str) -> Analysis:
    """The part of an analysis about one story: its articles and what refers to them."""
    chosen = next((s for s in analysis.stories if s.id == story), None)
    keep = set(chosen.articles) if chosen else set()
    part = restrict_to_articles(analysis, keep)
    return part.model_copy(update={"stories": [chosen] if chosen else []})


def articles_of_entity(analysis: Analysis, entity: str) -> set[str]:
    """The articles that mention the entity, quote it, or hold evidence of its events."""
    keep = {m.article for e in analysis.entities if e.id == entity for m in e.mentions}
    keep |= {q.article for q in analysis.quotes if q.speaker.entity == entity}
    acting = [e for e in analysis.events
              if entity in {e.source.entity, e.target.entity if e.target else None}]
    return keep | {ev.article for e in acting for ev in e.evidence}


def restrict_to_articles(analysis: Analysis, keep: set[str]) -> Analysis:
    """The part of an analysis about some articles: them, and what refers to them."""
    events = [e for e in analysis.events if any(ev.article in keep for ev in e.evidence)]
    event_ids = {e.id for e in events}
    return analysis.model_copy(update={
        "articles": [a for a in analysis.articles if a.id in keep],
        "entities": [e for e in analysis.entities if any(m.article in keep for m in e.mentions)],
        "timexes": [t for t in analysis.timexes if t.article in keep],
        "quotes": [q for q in analysis.quotes if q.article in keep],
        "events": events,
        "stories": [s for s in analysis.stories if keep & set(s.articles)],
        "duplicates": [d for d in analysis.duplicates if d.article in keep or d.duplicate_of in keep],
        "timeline": [t for t in analysis.timeline if set(t.events) & event_ids],
        "claims": [c for c in analysis.claims if any(p.article in keep for p in c.positions)],
        "summary": [s for s in analysis.summary if set(s.citations) & keep],
    })


def _candidates(analysis: Analysis, words: list[str]) -> list[tuple[SearchHit, str]]:
    """Every searchable item with the whole text it is matched against (article bodies in full)."""
    hits = [(SearchHit("article", a.id, a.id, a.title or a.source, _snippet(a.body, words)),
             f"{a.title or ''} {a.body}") for a in analysis.articles]
    hits += [(SearchHit("quote", q.id, q.article, q.speaker.name or q.speaker.description or "?", q.text),
              f"{q.speaker.name or ''} {q.speaker.description or ''} {q.text}") for q in analysis.quotes]
    hits += [(SearchHit("entity", e.id, None, e.name, " · ".join(e.aliases)), " ".join([e.name, *e.aliases]))
             for e in analysis.entities]
    return hits


def _snippet(text: str, words: list[str], width: int = 90) -> str:
    """The text around the first query word found (the opening when none is)."""
    folded = text.casefold()
    found = [i for i in (folded.find(w) for w in words) if i >= 0]
    start = max(0, min(found) - width) if found else 0
    piece = " ".join(text[start:start + 2 * width + 40].split())
    return ("…" if start else "") + piece + ("…" if start + 2 * width + 40 < len(text) else "")


def _matches(text: str, words: list[str]) -> bool:
    haystack = text.casefold()
    return bool(words) and all(w in haystack for w in words)
