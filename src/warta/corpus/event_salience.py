"""How central each merged event is to its story, from 0 (background) to 1 (the story itself).

Articles mention many events besides the one they report: the war that frames a
meeting, a visit last year, an analyst's "bisa dituding". An analyst's timeline and
claim matrix lead with the story's own events, so each merged event gets a salience,
the weighted sum of:

- coverage (:data:`WEIGHTS` ``coverage``): the share of the story's articles that report it;
- lead: the share of its reporting articles that report it in their first
  :data:`LEAD_SENTENCES` sentences (news puts its event first, background later);
- actors: the share of the story's articles that name its best-known actor;
- time: 1 when its date falls in the story's period (from :data:`BACKGROUND_DAYS`
  before the first article on), 0 when it ends before (background: "sejak Rusia
  menginvasi Ukraina pada Februari"), 0.5 when undated;

times :data:`BACKGROUND` for a background event (it matters to the story only as its
frame, however early an article names it), :data:`DID_NOT_HAPPEN` when the reports say it
did not or may not happen (negated, hypothetical, demanded) and :data:`PLANNED` when it
is only planned, and :data:`INCOMPLETE` for a rejection or a request that names nothing
rejected or asked for (no target, no mode: "Peskov menolak" tells a reader nothing). A
story is the stories part's cluster (the run, when there is none); its language is its
articles' majority language.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from warta.corpus.timevalue import date_span
from warta.models import Analysis, Article, Event

WEIGHTS = {"coverage": 0.35, "lead": 0.25, "actors": 0.2, "time": 0.2}
LEAD_SENTENCES = 2
BACKGROUND_DAYS = 30
DID_NOT_HAPPEN = 0.3
BACKGROUND = 0.4
PLANNED = 0.7
INCOMPLETE = 0.5
_NEEDS_AN_OBJECT = frozenset({"REJECT", "REQUEST"})
UNDATED_TIME = 0.5


@dataclass
class _Story:
    articles: list[str]
    language: str
    start: dt.date | None  # the first publication day, less BACKGROUND_DAYS
    named: Counter[str]  # entity id -> articles of the story naming it


def _day(article: Article) -> dt.date | None:
    try:
        return dt.date.fromisoformat((article.published or "")[:10])
    except ValueError:
        return None


class StoryContext:
    """The story of each article and event, with what salience needs to know of it."""

    def __init__(self, analysis: Analysis) -> None:
        self.articles = {a.id: a for a in analysis.articles}
        groups = [s.articles for s in analysis.stories] or [list(self.articles)]
        self.story_of: dict[str, int] = {a: n for n, group in enumerate(groups) for a in group}
        self.stories = [self._story(group) for group in groups]
        for entity in analysis.entities:  # one pass over the mentions, however many stories
            for article in {m.article for m in entity.mentions}:
                if article in self.story_of:
                    self.stories[self.story_of[article]].named[entity.id] += 1
        self.run_language = _majority([a.language for a in analysis.articles])

    def _story(self, group: list[str]) -> _Story:
        members = [self.articles[a] for a in group if a in self.articles]
        days = [d for a in members if (d := _day(a))]
        start = min(days) - dt.timedelta(days=BACKGROUND_DAYS) if days else None
        return _Story(group, _majority([a.language for a in members]), start, Counter())

    def story(self, event: Event) -> int | None:
        """The story most of the event's articles belong to."""
        found = Counter(self.story_of[e.article] for e in event.evidence if e.article in self.story_of)
        return found.most_common(1)[0][0] if found else None

    def language(self, event: Event) -> str:
        """The language an event is told in: its own when every article reporting it is written
        in one language (an event only an English wire reports keeps its English descriptions,
        "West Java's health chief", in an English sentence), else its story's."""
        own = {self.articles[e.article].language for e in event.evidence if e.article in self.articles}
        if len(own) == 1 and None not in own:
            return own.pop() or self.run_language
        story = self.story(event)
        return self.stories[story].language if story is not None else self.run_language


def _majority(languages: list[str | None]) -> str:
    """The most frequent language; Indonesian on a tie (not whichever article came first)."""
    counts = Counter(x for x in languages if x)
    return max(counts, key=lambda lang: (counts[lang], lang == "id")) if counts else "id"


def _sentence_index(article: Article | None, offset: int) -> int:
    if article is None or not article.sentences:
        return 0
    return max(0, bisect_right([s[0] for s in article.sentences], offset) - 1)


def _lead_share(event: Event, context: StoryContext) -> float:
    reporting: dict[str, bool] = {}
    for evidence in event.evidence:
        early = _sentence_index(context.articles.get(evidence.article), evidence.start) < LEAD_SENTENCES
        reporting[evidence.article] = reporting.get(evidence.article, False) or early
    return sum(reporting.values()) / len(reporting) if reporting else 0.0


def _time(event: Event, story: _Story) -> float:
    span = date_span(event.date)
    if span is None:
        return UNDATED_TIME
    return 0.0 if story.start is not None and span.end < story.start else 1.0


def _actors(event: Event, story: _Story) -> float:
    size = max(1, len(story.articles))
    ids = [a.entity for a in (event.source, event.target) if a is not None and a.entity]
    return max((story.named[i] / size for i in ids), default=0.0)


def event_salience(event: Event, context: StoryContext) -> float:
    index = context.story(event)
    story = context.stories[index] if index is not None else _Story([], context.run_language, None, Counter())
    size = max(1, len(story.articles))
    coverage = min(1.0, len({e.article for e in event.evidence}) / size)
    parts = {"coverage": coverage, "lead": _lead_share(event, context), "actors": _actors(event, story),
             "time": _time(event, story)}
    score = sum(WEIGHTS[name] * value for name, value in parts.items())
    if parts["time"] == 0.0:
        score *= BACKGROUND
    if event.negated or event.modality in ("hypothetical", "demanded"):
        score *= DID_NOT_HAPPEN
    elif event.modality == "planned":
        score *= PLANNED
    if event.type in _NEEDS_AN_OBJECT and event.target is None and not event.mode:
        score *= INCOMPLETE
    return round(min(1.0, score), 3)


def saliences(analysis: Analysis, context: StoryContext | None = None) -> dict[str, float]:
    """Salience of each (merged) event of the analysis, by event id."""
    context = context or StoryContext(analysis)
    return {event.id: event_salience(event, context) for event in analysis.events}
