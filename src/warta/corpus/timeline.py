"""The run's timeline: merged events in date order, grouped by date value and story.

Each entry says how precise its date is (day, week, month, …, vague) and cites the
articles and sentences that report its events. The rules:

- Only what the reports say happened, or will: an event reported as not happening
  (negated), as a possibility or as a demand is no point in time (it stays in
  ``events`` and in the claim matrix).
- Events of one date and one story share an entry; events of different stories never do.
- A date computed from an *estimated* publication date (the article gave none;
  ``anchor: "estimated"``) is not a date the text states, so the entry keeps no date: it
  is marked ``uncertain`` and carries the window of days it can fall in (the article's
  ``published_window`` moved by the same offset), and is ordered by that window.
- An event with no date is not guessed a date either: each gets an entry of its own
  (undated events are not known to share a day), ``uncertain``, with ``reported_by``, the
  first day an article reported it, since it happened by then; it is ordered after the
  dated entries of that day. With no publication date either, it closes the timeline.
- Each entry says how its date was obtained (``date_basis``): ``stated`` by the reports,
  counted from an ``estimated`` publication date, or none stated: ``reported`` (it happened
  by ``reported_by``) or ``unknown``. An undated event's sentence holds no time expression
  dating it (the event stage links those it can), so no day is made up for it.
- Each entry has the ``salience`` of its most salient event
  (:mod:`warta.corpus.event_salience`) and lists its events most salient first; its
  label names the first :data:`LABEL_EVENTS` of them in the story's language
  (:mod:`warta.corpus.event_labels`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from warta.corpus.event_labels import LabelNames, event_label
from warta.corpus.event_salience import StoryContext, saliences
from warta.corpus.timevalue import date_span
from warta.models import Analysis, Article, DateBasis, Entity, Event, Evidence, TimelineEntry, Timex

__all__ = ["build_timeline", "event_label"]

# Events named in one entry's label; the rest are counted.
LABEL_EVENTS = 3
LABEL_CHARS = 160
_MORE = {"id": "lainnya", "en": "more"}


def on_the_timeline(event: Event) -> bool:
    """Whether the reports say the event happened (or is planned): not negated, not a possibility."""
    return not event.negated and event.modality in ("asserted", "planned")


@dataclass(frozen=True)
class _Placed:
    """Where an event goes on the timeline; events placed the same share an entry."""

    date: str | None
    uncertain: bool
    window: tuple[str, str] | None
    reported_by: str | None = None
    story: int | None = None
    alone: str = ""  # an undated event's id: undated events never share an entry
    basis: DateBasis = "stated"

    def sort_key(self) -> tuple[int, dt.date, dt.date, int, str, int, str]:
        tail = (self.date or "", -1 if self.story is None else self.story, self.alone)
        span = date_span(self.date)
        if span is not None:
            return (0, span.start, span.end, 0, *tail)
        if self.window is not None:
            return (0, dt.date.fromisoformat(self.window[0]), dt.date.fromisoformat(self.window[1]), 0, *tail)
        if self.reported_by is not None:  # happened by that day: after what is dated on it
            day = dt.date.fromisoformat(self.reported_by)
            return (0, day, day, 1, *tail)
        return (1, dt.date.max, dt.date.max, 0, *tail)


class _Anchors:
    """Which event dates rest on an estimated publication date, and the window that follows."""

    def __init__(self, analysis: Analysis) -> None:
        self.articles = {a.id: a for a in analysis.articles}
        self.timexes: dict[str, list[Timex]] = {}
        for timex in analysis.timexes:
            self.timexes.setdefault(timex.article, []).append(timex)

    def _estimated(self, evidence: Evidence, value: str) -> bool:
        return any(t.value == value and t.anchor == "estimated" and evidence.start <= t.start < evidence.end
                   for t in self.timexes.get(evidence.article, []))

    def place(self, event: Event, story: int | None) -> _Placed:
        if event.date and not all(self._estimated(e, event.date) for e in event.evidence):
            return _Placed(event.date, False, None, story=story)
        if not event.date:
            reported_by = self.reported_by(event)
            basis: DateBasis = "reported" if reported_by else "unknown"
            return _Placed(None, True, None, reported_by, story, event.id, basis)
        windows = [w for e in event.evidence if (w := self._window(e.article, event.date))]
        window = (min(w[0] for w in windows), max(w[1] for w in windows)) if windows else None
        return _Placed(None, True, window, story=story, basis="estimated")

    def reported_by(self, event: Event) -> str | None:
        """The first day an article reporting the event was out (an estimate's latest day)."""
        days = [day for e in event.evidence if (day := self._latest_publication(e.article))]
        return min(days) if days else None

    def _latest_publication(self, article_id: str) -> str | None:
        article = self.articles.get(article_id)
        if article is None or not article.published:
            return None
        if article.published_source == "estimated":
            window = article.published_window or []
            return window[-1][:10] if window else None
        day = article.published[:10]
        return day if date_span(day) is not None else None

    def _window(self, article_id: str, value: str | None) -> tuple[str, str] | None:
        article = self.articles.get(article_id)
        if article is None or article.published_source != "estimated" or not article.published_window:
            return None
        return _shifted_window(article, value)


def _shifted_window(article: Article, value: str | None) -> tuple[str, str] | None:
    window = article.published_window or []
    if len(window) != 2:
        return None
    try:
        low, high = (dt.date.fromisoformat(day[:10]) for day in window)
        published = dt.date.fromisoformat((article.published or "")[:10]) if article.published else None
    except ValueError:
        return None
    span = date_span(value)
    if span is None or published is None:
        return (low.isoformat(), high.isoformat())
    # The event is as far from the real publication day as its value is from the estimate.
    before, after = (span.start - published), (span.end - published)
    return ((low + before).isoformat(), (high + after).isoformat())


def _label(events: Sequence[Event], entities: dict[str, Entity], language: str) -> str:
    labels = list(dict.fromkeys(event_label(e, entities, language) for e in events))
    label = "; ".join(labels[:LABEL_EVENTS])
    if len(labels) > LABEL_EVENTS:
        label += f" (+{len(labels) - LABEL_EVENTS} {_MORE.get(language, _MORE['id'])})"
    if len(label) > LABEL_CHARS:
        label = label[:LABEL_CHARS - 1].rstrip() + "…"
    return label


def _entry(placed: _Placed, events: Sequence[Event], label: str, salience: float) -> TimelineEntry:
    span = date_span(placed.date)
    return TimelineEntry(
        date=placed.date,
        events=[e.id for e in events],
        label=label,
        granularity=span.granularity if span else "vague",
        uncertain=placed.uncertain,
        window=list(placed.window) if placed.window else None,
        articles=list(dict.fromkeys(x.article for e in events for x in e.evidence)),
        sentences=[x for e in events for x in e.evidence],
        reported_by=placed.reported_by,
        salience=salience,
        date_basis=placed.basis,
    )


def build_timeline(analysis: Analysis, context: StoryContext | None = None) -> list[TimelineEntry]:
    """Entries for the analysis's (merged) events that happened, earliest first."""
    context = context or StoryContext(analysis)
    anchors = _Anchors(analysis)
    names = LabelNames(analysis.entities, analysis.articles)
    salience = saliences(analysis, context)
    groups: dict[_Placed, list[Event]] = {}
    for event in filter(on_the_timeline, analysis.events):
        groups.setdefault(anchors.place(event, context.story(event)), []).append(event)
    entries = []
    for placed in sorted(groups, key=_Placed.sort_key):
        events = sorted(groups[placed], key=lambda e: -salience[e.id])  # stable: ties keep run order
        language = context.language(events[0])
        label = _label(events, names(language), language)
        entries.append(_entry(placed, events, label, salience[events[0].id]))
    return entries
