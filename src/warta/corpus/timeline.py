"""The run's timeline: merged events in date order, grouped by date value.

Each entry says how precise its date is (day, week, month, …, vague) and cites the
articles and sentences that report its events. A date computed from an *estimated*
publication date (the article gave none; ``anchor: "estimated"``) is not a date the
text states, so the entry keeps no date: it is marked ``uncertain`` and carries the
window of days it can fall in (the article's ``published_window`` moved by the same
offset). Events with no date at all close the timeline in one ``vague`` entry.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from warta.corpus.timevalue import date_span
from warta.models import ActorRef, Analysis, Article, Entity, Event, Evidence, TimelineEntry, Timex

# Events named in one entry's label; the rest are counted.
LABEL_EVENTS = 3
LABEL_CHARS = 160

# An Indonesian verb phrase per PLOVER type (the mode refines CONSULT), placed between the actors.
_VERBS = {
    "AGREE": "sepakat dengan", "CONSULT": "bertemu", "SUPPORT": "mendukung", "CONCEDE": "mengalah kepada",
    "COOPERATE": "bekerja sama dengan", "AID": "membantu", "RETREAT": "mundur dari",
    "REQUEST": "meminta kepada", "ACCUSE": "menuduh", "REJECT": "menolak",
    "THREATEN": "mengancam", "PROTEST": "memprotes",
    "SANCTION": "menjatuhkan sanksi kepada", "MOBILIZE": "mengerahkan pasukan terhadap", "COERCE": "menekan",
    "ASSAULT": "menyerang",
}
_MODE_VERBS = {"phone": "berbicara lewat telepon dengan", "visit": "mengunjungi", "meet": "bertemu"}
# A verb phrase ending in a preposition loses it when no target follows ("mundur dari").
_PREPOSITION = re.compile(r" (dengan|kepada|dari|terhadap)$")
_MODALITY_WORDS = {"planned": "akan", "hypothetical": "mungkin", "demanded": "diminta"}


def _actor_name(actor: ActorRef | None, entities: dict[str, Entity]) -> str | None:
    if actor is None:
        return None
    entity = entities.get(actor.entity or "")
    if entity is not None:
        # People by surname, as headlines do ("Burns bertemu Naryshkin").
        return entity.name.split()[-1] if entity.type == "PERSON" else entity.name
    return actor.name or actor.description


def event_label(event: Event, entities: dict[str, Entity]) -> str:
    """A short Indonesian clause: who did what to whom, and where."""
    source = _actor_name(event.source, entities) or "pihak tak disebut"
    verb = _MODE_VERBS.get(event.mode or "", "") if event.type == "CONSULT" else ""
    verb = verb or _VERBS.get(event.type, event.type.lower())
    words = [source]
    if event.negated:
        words.append("tidak")
    elif event.modality in _MODALITY_WORDS:
        words.append(_MODALITY_WORDS[event.modality])
    target = _actor_name(event.target, entities)
    place = event.location.name if event.location else None
    if target is None and verb == "mengunjungi" and place:
        target, place = place, None  # "Burns mengunjungi Ankara"
    words.append(verb if target else _PREPOSITION.sub("", verb))
    if target:
        words.append(target)
    if place:
        words.append(f"di {place}")
    return " ".join(words)


@dataclass(frozen=True)
class _Placed:
    """Where an event goes on the timeline."""

    date: str | None
    uncertain: bool
    window: tuple[str, str] | None

    def sort_key(self) -> tuple[int, dt.date, dt.date]:
        span = date_span(self.date)
        if span is not None:
            return (0, span.start, span.end)
        if self.window is not None:
            return (0, dt.date.fromisoformat(self.window[0]), dt.date.fromisoformat(self.window[1]))
        return (1, dt.date.max, dt.date.max)


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

    def place(self, event: Event) -> _Placed:
        if event.date and not all(self._estimated(e, event.date) for e in event.evidence):
            return _Placed(event.date, False, None)
        windows = [w for e in event.evidence if (w := self._window(e.article, event.date))]
        window = (min(w[0] for w in windows), max(w[1] for w in windows)) if windows else None
        return _Placed(None, True, window)

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


def _entry(placed: _Placed, events: Sequence[Event], entities: dict[str, Entity]) -> TimelineEntry:
    labels = list(dict.fromkeys(event_label(e, entities) for e in events))
    label = "; ".join(labels[:LABEL_EVENTS])
    if len(labels) > LABEL_EVENTS:
        label += f" (+{len(labels) - LABEL_EVENTS} lainnya)"
    if len(label) > LABEL_CHARS:
        label = label[:LABEL_CHARS - 1].rstrip() + "…"
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
    )


def build_timeline(analysis: Analysis) -> list[TimelineEntry]:
    """Entries for the analysis's (merged) events, earliest first, undated last."""
    anchors = _Anchors(analysis)
    entities = {e.id: e for e in analysis.entities}
    groups: dict[_Placed, list[Event]] = {}
    for event in analysis.events:
        groups.setdefault(anchors.place(event), []).append(event)
    ordered = sorted(groups, key=lambda p: (*p.sort_key(), p.date or ""))
    return [_entry(placed, groups[placed], entities) for placed in ordered]
