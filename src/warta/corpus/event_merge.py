"""One event per real event: reports of the same event across articles merged.

Two reports are the same event when they have the same PLOVER type (and mode, when both
say), compatible actors and compatible dates:

- mode: the same, or one of them unsaid; a visit and a meeting at the same place are
  one event (a visit to Ankara is where the meeting in Ankara happened).
- actors: the same canonical entity, or entities standing for the same government
  (``Kremlin`` is a ``metonym-of`` Russia), or the same name; a side nobody names (or
  only describes, "seorang pejabat") fits any actor, but something must anchor the match:
  one side the same by entity or name, or, for reports of one story, the same place
  ("pertemuan kepala intelijen kedua negara di Ankara" is the meeting Burns and
  Naryshkin held in Ankara), or the same sentence (a repost prints the original's words,
  "pengadilan mengabulkan permohonan …", whoever its sides are). Symmetric types
  (meetings, cooperation, agreements) also match with the actors swapped ("Naryshkin bertemu Burns");
  other types never do, not even half: "KPU dituding" and "KPU menuding …" are two events.
  A shared sentence anchors only across articles: two events one article's coder drew from
  one sentence are two events by its own reading.
  Two descriptions of one side that share no content word describe two actors, not one:
  "penyidik memeriksa 27 saksi" and "penyidik menelusuri aliran dana ke sejumlah pejabat"
  are two acts of one investigation ("seorang pejabat" and "pejabat Kemendag" may be one).
  A side one report names and the other leaves out fits when their dates agree (one of them
  dated, the other dated too or published by then: "menetapkan … berinisial HG sebagai
  tersangka" of the day Hendra Gunawan was named a suspect), or when the report leaving it
  out still mentions it in its own words: an undated "kasus yang tengah diusut Kejaksaan
  Agung" is not the examination of "27 saksi" it never mentions.
- modality: a demanded act is not the act (the demand is its own REQUEST: "meminta MK
  menolak permohonan" is no report of "MK menolak permohonan"), nor is a hypothetical
  one; each merges only with its kind. A plan and its carrying out are one event.
- a side that is the event's place is no actor ("pertemuan Ankara" names where, not
  who), and neither is the lone side of a meeting that is a place entity: both count as
  the place.
- dates: nested at their granularity (``2022-11`` holds ``2022-11-14``), or at most
  :data:`DATE_TOLERANCE_DAYS` apart: outlets that disagree by a day or two about one
  meeting report one event, and the disagreement becomes a conflict. A report with no
  date joins only reports of the same story (two undated "Jokowi bertemu Prabowo" of
  different years are not one event), and is read as recent news: it joins a dated
  event only when that date ends at most :data:`RECENT_DAYS` before the undated
  report's article came out (an undated "Burns warned Moscow" of this week is not the
  warning of last year), and only when that date begins by the day the article came out:
  an article tells what had happened, so an undated report of 22 October is no report of
  a ruling of 3 November (an announced plan may be of a later day).

The date most articles give wins; a copy (``analysis.duplicates``) counts as the article it
copies, and on a tie the value an original gives beats a copy's: a repost published a day
later that rewrites the original's "kemarin" sentence reads it a day late (a sentence it
reprints verbatim was already read on the original's day, :mod:`warta.corpus.copy_dates`).

Places never keep reports apart (outlets name the city, the venue or the country); when
they disagree, as when dates or numbers such as casualty counts do, the event carries a
:class:`~warta.models.Conflict` listing each value with the articles that report it.

Reports are compared only within blocks of (type, actor), and within a block only with
the :data:`BLOCK_LIMIT` most recent events, so the work grows linearly with the run.
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from warta.article.tokens import fold
from warta.corpus.request_content import ASKING_TYPES, ask_alike, asked_words, name_words, side_words
from warta.corpus.story_features import content_terms
from warta.corpus.timevalue import DateSpan, date_span
from warta.models import (
    ActorRef,
    Analysis,
    Conflict,
    ConflictValue,
    Entity,
    Event,
    EventStatus,
    Evidence,
    Location,
    Modality,
)

DATE_TOLERANCE_DAYS = 3
# Evidence sentences at least this long anchor a match when two reports share one verbatim.
MIN_SAME_SENTENCE = 40
# "Pemerintah Amerika Serikat" is the United States as an actor.
_GOVERNMENT = re.compile(r"^(?:pemerintah(?:an)?|(?:the\s+)?government\s+of)\s+(.+)$", re.I)
RECENT_DAYS = 30
# Modes of one type that still report one event when they meet at the same place.
_SAME_AT_ONE_PLACE = frozenset({"meet", "visit"})
BLOCK_LIMIT = 64
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
# Modalities that report one real event together: a plan is carried out as announced, while
# a demanded or hypothetical act is only asked for or supposed.
_MODALITY_KIND: dict[str, str] = {"asserted": "fact", "planned": "fact"}

_NUMBER_WORDS = {"satu": "1", "dua": "2", "tiga": "3", "empat": "4", "lima": "5", "enam": "6",
                 "tujuh": "7", "delapan": "8", "sembilan": "9", "sepuluh": "10", "sebelas": "11",
                 "belasan": "belasan", "puluhan": "puluhan", "ratusan": "ratusan", "ribuan": "ribuan"}
# Nouns that casualty and crowd counts are counted in. The count is keyed by the noun alone:
# "menewaskan 12 orang" and "15 orang tewas" are the same count put two ways.
_COUNTED = ("orang", "warga", "korban", "tentara", "prajurit", "personel", "polisi", "anak", "jiwa",
            "pengungsi", "demonstran", "pengunjuk rasa", "militan", "tahanan", "wni", "penumpang",
            "people", "soldiers", "civilians")
_NUMBER = r"\d{1,3}(?:[.,]\d{3})+|\d+|" + "|".join(_NUMBER_WORDS)
_COUNT = re.compile(rf"\b({_NUMBER})\s+({'|'.join(_COUNTED)})\b", re.I)


@dataclass(frozen=True)
class MergeResult:
    events: list[Event]
    renamed: dict[str, str]  # old event id (per-article or earlier run-wide) -> new id


@dataclass
class _Context:
    """What merging needs from the analysis, looked up once."""

    article_order: dict[str, int]
    outlet: dict[str, str]
    story: dict[str, str]
    root: dict[str, str]  # entity id -> id of the government it stands for (itself otherwise)
    published: dict[str, dt.date]
    places: frozenset[str]  # ids of place (LOC) entities
    place_names: dict[str, str]  # folded name or alias of a place -> its entity id
    copy_of: dict[str, str] = field(default_factory=dict)  # a duplicate -> the original it copies
    language: dict[str, str] = field(default_factory=dict)  # article -> its language
    name_words: dict[str, frozenset[str]] = field(default_factory=dict)  # entity -> its names' words

    @classmethod
    def of(cls, analysis: Analysis) -> _Context:
        story = {a: s.id for s in analysis.stories for a in s.articles}
        outlet = {a.id: a.outlet or a.outlet_name or a.id for a in analysis.articles}
        order = {a.id: i for i, a in enumerate(analysis.articles)}
        published = {a.id: day for a in analysis.articles if (day := _publication_day(a.published))}
        places = [e for e in analysis.entities if e.type == "LOC"]
        names = {fold(name): e.id for e in places for name in (e.name, *e.aliases)}
        copy_of = {d.article: d.duplicate_of for d in analysis.duplicates}
        language = {a.id: a.language for a in analysis.articles if a.language}
        return cls(order, outlet, story, _metonym_roots(analysis.entities), published,
                   frozenset(e.id for e in places), names, copy_of, language, name_words(analysis.entities))

    def original(self, article: str) -> str:
        """The article a copy copies (following chains), the article itself otherwise."""
        seen = {article}
        while (copied := self.copy_of.get(article)) is not None and copied not in seen:
            article = copied
            seen.add(article)
        return article

    def actor_key(self, actor: ActorRef | None) -> str | None:
        if actor is None:
            return None
        if actor.entity:
            return "e:" + self.root.get(actor.entity, actor.entity)
        if actor.name:
            return "n:" + fold(actor.name)
        governed = _GOVERNMENT.match(actor.description or "")
        place = self.place_names.get(fold(governed[1])) if governed else None
        return "e:" + self.root.get(place, place) if place else None

    def described(self, actor: ActorRef | None, article: str) -> str | None:
        """A description, keyed by its article: within one article it names one actor."""
        if actor is None or actor.entity or actor.name or not actor.description:
            return None
        return f"d:{article}:{fold(actor.description)}"

    def location_key(self, location: Location | None) -> str | None:
        if location is None:
            return None
        if location.entity:
            return "e:" + self.root.get(location.entity, location.entity)
        return "n:" + fold(location.name) if location.name else None


def _publication_day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def _metonym_roots(entities: Sequence[Entity]) -> dict[str, str]:
    roots: dict[str, str] = {}
    for entity in entities:
        for relation in entity.relations:
            if relation.type == "metonym-of" and relation.target:
                roots[entity.id] = relation.target
    return roots


@dataclass
class _Report:
    """One input event as the merge sees it."""

    event: Event
    source: str | None
    target: str | None
    span: DateSpan | None
    order: tuple[int, int]
    story: str | None
    place: str | None = None
    published: dt.date | None = None  # its first article's publication day
    place_sides: frozenset[str] = frozenset()  # "source"/"target": sides that name the place
    descriptions: frozenset[str] = frozenset()  # its sides only described, keyed by article
    # its evidence sentences, folded (copies print the same), each with the articles printing it
    sentences: dict[str, frozenset[str]] = field(default_factory=dict)
    language: str | None = None
    asked: frozenset[str] = frozenset()  # what a request asks for (request_content)
    side_words: frozenset[str] = frozenset()  # the words naming its sides
    # side -> the content words of its description, for a side only described ("27 saksi")
    described_words: dict[str, frozenset[str]] = field(default_factory=dict)
    named_by: dict[str, frozenset[str]] = field(default_factory=dict)  # side -> the words naming it
    said: frozenset[str] = frozenset()  # the content words of its evidence sentences
    swapped: bool = False

    @property
    def modality_kind(self) -> str:
        return _MODALITY_KIND.get(self.event.modality, self.event.modality)

    @property
    def tells_the_past(self) -> bool:
        """Whether its article tells it as having happened by then (a plan may be of a later day)."""
        return self.event.modality != "planned"


@dataclass
class _Cluster:
    reports: list[_Report]
    source: str | None
    target: str | None
    mode: str | None
    span: DateSpan | None
    keys: set[str] = field(default_factory=set)
    stories: set[str] = field(default_factory=set)
    place: str | None = None
    undated_published: dt.date | None = None  # the earliest article of its undated reports
    reported_by: dt.date | None = None  # the earliest article telling it happened, undated
    descriptions: set[str] = field(default_factory=set)
    sentences: dict[str, set[str]] = field(default_factory=dict)
    modality_kind: str | None = None
    asked: dict[str, set[str]] = field(default_factory=dict)  # language -> what its requests ask for
    side_words: set[str] = field(default_factory=set)
    described_words: dict[str, set[str]] = field(default_factory=dict)  # side -> its descriptions' words
    named_by: dict[str, set[str]] = field(default_factory=dict)  # side -> the words naming it
    said: set[str] = field(default_factory=set)

    def admit(self, report: _Report, swapped: bool) -> None:
        report.swapped = swapped
        self.modality_kind = self.modality_kind or report.modality_kind
        source, target = (report.target, report.source) if swapped else (report.source, report.target)
        self.source = self.source or source
        self.target = self.target or target
        mode = report.event.mode
        self.mode = "meet" if {self.mode, mode} == _SAME_AT_ONE_PLACE else self.mode or mode
        self.place = self.place or report.place
        self.descriptions |= report.descriptions
        for sentence, articles in report.sentences.items():
            self.sentences.setdefault(sentence, set()).update(articles)
        if report.asked and report.language:
            self.asked.setdefault(report.language, set()).update(report.asked)
        self.side_words |= report.side_words
        for side, words in report.described_words.items():
            self.described_words.setdefault(_turned(side) if swapped else side, set()).update(words)
        for side, words in report.named_by.items():
            self.named_by.setdefault(_turned(side) if swapped else side, set()).update(words)
        self.said |= report.said
        if report.story:
            self.stories.add(report.story)
        if self.span is None or (report.span and self.span.contains(report.span)):
            self.span = report.span or self.span
        if report.span is None and report.published:
            self.undated_published = min(filter(None, (self.undated_published, report.published)))
            if report.tells_the_past:
                self.reported_by = min(filter(None, (self.reported_by, report.published)))
        self.reports.append(report)


def _first_evidence_order(event: Event, context: _Context) -> tuple[int, int]:
    if not event.evidence:
        return (len(context.article_order), 0)
    first = min(event.evidence, key=lambda e: (context.article_order.get(e.article, 0), e.start))
    return (context.article_order.get(first.article, len(context.article_order)), first.start)


def _place_sides(event: Event, context: _Context) -> frozenset[str]:
    """The sides that name the event's place rather than an actor (rules in the docstring)."""
    sides = {"source": event.source, "target": event.target}
    place = event.location.entity if event.location else None
    named = {side for side, actor in sides.items() if actor and actor.entity and actor.entity == place}
    if place is None and event.type in SYMMETRIC_TYPES:
        known = [side for side, actor in sides.items() if context.actor_key(actor)]
        lone = sides[known[0]] if len(known) == 1 else None
        if lone is not None and lone.entity in context.places:
            named.add(known[0])
    return frozenset(named)


def _report(event: Event, context: _Context) -> _Report:
    articles = [e.article for e in event.evidence]
    story = context.story.get(articles[0]) if articles else None
    place_sides = _place_sides(event, context)
    source = None if "source" in place_sides else context.actor_key(event.source)
    target = None if "target" in place_sides else context.actor_key(event.target)
    place = context.location_key(event.location)
    if place is None and place_sides:
        place = context.actor_key(event.source if "source" in place_sides else event.target)
    published = context.published.get(articles[0]) if articles else None
    sides = [a for side, a in (("source", event.source), ("target", event.target)) if side not in place_sides]
    first = event.evidence[0].article if event.evidence else ""
    described = frozenset(d for actor in sides if (d := context.described(actor, first)))
    sentences: dict[str, set[str]] = {}
    for item in event.evidence:
        if len(item.sentence) >= MIN_SAME_SENTENCE:
            sentences.setdefault(_sentence_key(item.sentence), set()).add(item.article)
    asking = event.type in ASKING_TYPES
    return _Report(event, source, target, date_span(event.date), _first_evidence_order(event, context), story,
                   place, published, place_sides, described,
                   {sentence: frozenset(articles) for sentence, articles in sentences.items()},
                   context.language.get(first),
                   asked_words(e.sentence for e in event.evidence) if asking else frozenset(),
                   side_words((event.source, event.target), context.name_words) if asking else frozenset(),
                   _described_words(event, place_sides),
                   _named_by(event, place_sides, context.name_words),
                   frozenset(w for item in event.evidence for w in content_terms(fold(item.sentence))))


def _described_words(event: Event, place_sides: frozenset[str]) -> dict[str, frozenset[str]]:
    """Side -> the content words of its description, for the sides only described."""
    found = {}
    for side, actor in (("source", event.source), ("target", event.target)):
        if actor is None or actor.entity or actor.name or side in place_sides:
            continue
        if words := frozenset(content_terms(fold(actor.description or ""))):
            found[side] = words
    return found


def _named_by(event: Event, place_sides: frozenset[str],
              names: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Side -> the words naming it (its entity's names, its own name and description)."""
    found = {}
    for side, actor in (("source", event.source), ("target", event.target)):
        if side not in place_sides and (words := side_words([actor], names)):
            found[side] = words
    return found


def _left_out_unmentioned(cluster: _Cluster, report: _Report, swapped: bool) -> bool:
    """A side one of them names and the other leaves out without a word of it, dates not agreeing."""
    if _dates_agree(cluster, report):
        return False
    for side in ("source", "target"):
        mine = report.named_by.get(_turned(side) if swapped else side, frozenset())
        theirs = cluster.named_by.get(side, set())
        if mine and not theirs and mine.isdisjoint(cluster.said):
            return True
        if theirs and not mine and theirs.isdisjoint(report.said):
            return True
    return False


def _dates_agree(cluster: _Cluster, report: _Report) -> bool:
    """One of them dated and the other's date, or its article's day when undated, close to it."""
    if cluster.span is not None and report.span is not None:
        return True  # _when_fits has found them nested or close
    dated: DateSpan | None
    if cluster.span is not None:
        dated, day = cluster.span, report.published
    else:
        dated, day = report.span, cluster.undated_published
    if dated is None or day is None:
        return False
    tolerance = dt.timedelta(days=DATE_TOLERANCE_DAYS)
    return dated.start - tolerance <= day <= dated.end + tolerance


def _turned(side: str) -> str:
    return "target" if side == "source" else "source"


def _described_apart(cluster: _Cluster, report: _Report, swapped: bool) -> bool:
    """A side described in words sharing none with the cluster's description of it: two actors."""
    for side, words in report.described_words.items():
        known = cluster.described_words.get(_turned(side) if swapped else side)
        if known and known.isdisjoint(words):
            return True
    return False


def _sentence_key(sentence: str) -> str:
    return " ".join(fold(sentence).split())


def _sides_fit(a: str | None, b: str | None) -> tuple[bool, bool]:
    """(compatible, matched by a known actor)."""
    if a is None or b is None:
        return True, False
    return a == b, a == b


def _same_place_in_story(cluster: _Cluster, report: _Report) -> bool:
    return (cluster.place is not None and cluster.place == report.place and report.story is not None
            and report.story in cluster.stories)


def _reprinted(cluster: _Cluster, report: _Report) -> bool:
    """A sentence both print that two articles print: a repost's. One article's sentence coded
    as two events is two events by that article's reading."""
    return any(len(cluster.sentences[s] | articles) > 1
               for s, articles in report.sentences.items() if s in cluster.sentences)


def _crossed(cluster: _Cluster, source: str | None, target: str | None) -> bool:
    """An actor on one side of the cluster and the other side of the report: "KPU dituding"
    and "KPU menuding" are two events (symmetric types match swapped, when turned round)."""
    return bool((cluster.source and cluster.source == target)
                or (cluster.target and cluster.target == source))


def _actors_fit(cluster: _Cluster, report: _Report, swapped: bool) -> bool:
    source, target = (report.target, report.source) if swapped else (report.source, report.target)
    if _crossed(cluster, source, target) or _described_apart(cluster, report, swapped) \
            or _left_out_unmentioned(cluster, report, swapped):
        return False
    source_fit, source_known = _sides_fit(cluster.source, source)
    target_fit, target_known = _sides_fit(cluster.target, target)
    anchored = (source_known or target_known or _same_place_in_story(cluster, report)
                or bool(cluster.descriptions & report.descriptions)
                or _reprinted(cluster, report))
    return source_fit and target_fit and anchored


def _recent(cluster: _Cluster, report: _Report) -> bool:
    """An undated report is recent news: a dated event it joins ended at most RECENT_DAYS before
    its article, and began by then unless the report is a plan."""
    if report.span is None and cluster.span is not None and report.published:
        reported_by = report.published if report.tells_the_past else None
        return _recent_enough(cluster.span, report.published, reported_by)
    if report.span is not None and cluster.span is None and cluster.undated_published:
        return _recent_enough(report.span, cluster.undated_published, cluster.reported_by)
    return True


def _recent_enough(span: DateSpan, published: dt.date, reported_by: dt.date | None) -> bool:
    begun = reported_by is None or span.start <= reported_by
    return begun and span.end >= published - dt.timedelta(days=RECENT_DAYS)


def _when_fits(cluster: _Cluster, report: _Report) -> bool:
    a, b = cluster.span, report.span
    if a is None or b is None:
        same_story = not (cluster.stories and report.story) or report.story in cluster.stories
        return same_story and _recent(cluster, report)
    return a.nested(b) or a.gap_days(b) <= DATE_TOLERANCE_DAYS


def _asks_alike(cluster: _Cluster, report: _Report) -> bool:
    """Requests in one language ask alike (request_content); other events have nothing asked."""
    asked = cluster.asked.get(report.language or "")
    if not report.asked or not asked:
        return True
    return ask_alike(report.asked, asked, cluster.side_words | report.side_words)


def _modes_fit(cluster: _Cluster, report: _Report) -> bool:
    mode = report.event.mode
    if not cluster.mode or not mode or cluster.mode == mode:
        return True
    return {cluster.mode, mode} == _SAME_AT_ONE_PLACE and cluster.place is not None and \
        cluster.place == report.place


def _fits(cluster: _Cluster, report: _Report) -> bool | None:
    """None when the report is another event; else whether it matched with actors swapped."""
    if cluster.modality_kind != report.modality_kind or not _asks_alike(cluster, report):
        return None
    if not _modes_fit(cluster, report) or not _when_fits(cluster, report):
        return None
    if _actors_fit(cluster, report, swapped=False):
        return False
    if report.event.type in SYMMETRIC_TYPES and _actors_fit(cluster, report, swapped=True):
        return True
    return None


def _block_keys(report: _Report) -> list[str]:
    actors = sorted({k for k in (report.source, report.target) if k})
    place = [f"place:{report.place}"] if report.place else []
    said = [f"s:{zlib.crc32(s.encode())}" for s in sorted(report.sentences)]
    return [f"{report.event.type}|{key}" for key in [*actors, *place, *sorted(report.descriptions), *said]]


def _cluster(reports: list[_Report]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    blocks: dict[str, list[_Cluster]] = {}
    for report in sorted(reports, key=lambda r: r.order):
        keys = _block_keys(report)
        home = _find_home(report, [c for key in keys for c in blocks.get(key, [])[-BLOCK_LIMIT:]])
        if home is None:
            home = _Cluster([], None, None, None, None)
            home.admit(report, swapped=False)
            clusters.append(home)
        for key in keys:
            if key not in home.keys:
                home.keys.add(key)
                blocks.setdefault(key, []).append(home)
    return clusters


def _find_home(report: _Report, candidates: list[_Cluster]) -> _Cluster | None:
    for cluster in candidates:
        swapped = _fits(cluster, report)
        if swapped is not None:
            cluster.admit(report, swapped)
            return cluster
    return None


def _articles_of(event: Event) -> list[str]:
    return list(dict.fromkeys(e.article for e in event.evidence))


def _vote(values: Iterable[tuple[str, list[str]]]) -> str | None:
    """The value reported by the most articles (first seen on ties)."""
    support: Counter[str] = Counter()
    for value, articles in values:
        support[value] += len(set(articles))
    return support.most_common(1)[0][0] if support else None


def _actor(reports: list[_Report], side: str) -> ActorRef | None:
    """The best-known actor on one side: an entity over a bare name over a description."""
    actors: list[ActorRef] = []
    for report in reports:
        own = None if "source" in report.place_sides else report.event.source
        other = None if "target" in report.place_sides else report.event.target
        actor = (other if report.swapped else own) if side == "source" else (own if report.swapped else other)
        if actor is not None:
            actors.append(actor)
    if not actors:
        return None
    counts = Counter(a.entity for a in actors if a.entity)
    if counts:
        best = counts.most_common(1)[0][0]
        return next(a for a in actors if a.entity == best)
    return next((a for a in actors if a.name), actors[0])


def _said(event: Event, name: str, value: str | None) -> list[tuple[str, list[str]]]:
    """(value, articles) as the articles reported a detail; an earlier merge's conflict on
    the detail keeps each article's own value, so merging again loses no disagreement."""
    articles = _articles_of(event)
    earlier = next((c for c in event.conflicts if c.field == name), None)
    if earlier is None:
        return [(value, articles)] if value else []
    listed = {a for v in earlier.values for a in v.articles}
    rest = [a for a in articles if a not in listed]
    return [(v.value, v.articles) for v in earlier.values] + ([(value, rest)] if value and rest else [])


def _dated(reports: list[_Report]) -> list[tuple[str, DateSpan | None, set[str]]]:
    """Each distinct date value with its span and the articles that give it (few values per event,
    however many articles report it, so comparing values pairwise stays cheap)."""
    articles: dict[str, set[str]] = {}
    for report in reports:
        for value, arts in _said(report.event, "date", report.event.date):
            articles.setdefault(value, set()).update(arts)
    return [(value, date_span(value), arts) for value, arts in articles.items()]


_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 4, "year": 5, "decade": 6, "vague": 7}


def _date(reports: list[_Report], context: _Context | None = None) -> str | None:
    """The finest date most articles agree with (a coarse value supports finer ones inside it);
    copies count as their original, and an original's own value beats a copy's on a tie."""
    original = context.original if context else (lambda article: article)
    dated = _dated(reports)
    best: tuple[int, int, int, int] | None = None
    choice: str | None = None
    for n, (value, span, own) in enumerate(dated):
        support = len({original(a) for v, s, arts in dated
                       if v == value or (s and span and s.contains(span)) for a in arts})
        by_original = any(original(a) == a for a in own)
        key = (-support, 0 if by_original else 1, _RANK[span.granularity] if span else 7, n)
        if best is None or key < best:
            best, choice = key, value
    return choice


def _where(report: _Report) -> Location | None:
    """The report's place: its location, else the side that names a place ("pertemuan Ankara")."""
    if report.event.location or not report.place_sides:
        return report.event.location
    actor = report.event.source if "source" in report.place_sides else report.event.target
    return Location(entity=actor.entity, name=actor.name) if actor else None


def _placed(reports: list[_Report], context: _Context) -> list[tuple[str, list[str]]]:
    """(place name, articles) per report, one name per place however it was linked."""
    names: dict[str, str] = {}
    out = []
    for report in reports:
        location = _where(report)
        key = context.location_key(location)
        name = names.setdefault(key, location.name or key) if location and key else None
        out += _said(report.event, "location", name)
    return out


def _location(reports: list[_Report], context: _Context) -> Location | None:
    best = _vote(_placed(reports, context))
    if best is None:
        return None
    located = [where for r in reports if (where := _where(r))]
    return next((loc for loc in located if loc.name == best), Location(name=best))


def _status(reports: list[_Report]) -> EventStatus:
    statuses = {r.event.status for r in reports}
    if "confirmed" in statuses and "denied" in statuses:
        return "reported"  # one side confirms, another denies: the claim matrix says contested
    if "confirmed" in statuses:
        return "confirmed"
    if "denied" in statuses:
        return "denied"
    counted = Counter(r.event.status for r in reports)
    return counted.most_common(1)[0][0]


def _modality(reports: list[_Report]) -> Modality:
    modalities = [r.event.modality for r in reports]
    if "asserted" in modalities:
        return "asserted"
    return Counter(modalities).most_common(1)[0][0]


def _value_conflict(name: str, values: dict[str, set[str]]) -> Conflict | None:
    if len(values) < 2:
        return None
    return Conflict(field=name, values=[ConflictValue(value=v, articles=sorted(a, key=_article_number))
                                        for v, a in values.items()])


def _article_number(article: str) -> tuple[int, str]:
    digits = article.lstrip("a")
    return (int(digits), article) if digits.isdigit() else (0, article)


def _date_conflict(reports: list[_Report]) -> Conflict | None:
    """Dates that are not nested in each other (2022-11 and 2022-11-14 agree; 14 and 15 do not).

    Only the values that disagree are listed: a coarse value holding a finer one agrees with
    it ("pekan ini" holds both the 14th and the 16th), so it takes no side.
    """
    dated = [(value, span, articles) for value, span, articles in _dated(reports) if span]
    clash = any(not a.nested(b) for _, a, _ in dated for _, b, _ in dated if a and b)
    if not clash:
        return None
    values: dict[str, set[str]] = {}
    for value, span, articles in dated:
        if not any(span.contains(other) and span != other for _, other, _ in dated if other):
            values.setdefault(value, set()).update(articles)
    return _value_conflict("date", values)


def _location_conflict(reports: list[_Report], context: _Context) -> Conflict | None:
    values: dict[str, set[str]] = {}
    for name, articles in _placed(reports, context):
        values.setdefault(name, set()).update(articles)
    return _value_conflict("location", values)


def _counts(sentence: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for m in _COUNT.finditer(sentence):
        number = m[1].lower()
        value = _NUMBER_WORDS.get(number, re.sub(r"[.,]", "", number))
        found.setdefault(m[2].lower(), set()).add(value)
    return found


def _count_conflicts(evidence: list[Evidence]) -> list[Conflict]:
    """Counts of the same thing (``orang tewas``) that two articles give differently.

    An article may give several counts for one noun (dead and injured both in ``orang``),
    so only articles whose sets of values share nothing disagree.
    """
    by_noun: dict[str, dict[str, set[str]]] = {}
    for item in evidence:
        for noun, values in _counts(item.sentence).items():
            by_noun.setdefault(noun, {}).setdefault(item.article, set()).update(values)
    conflicts = []
    for noun, per_article in by_noun.items():
        sets = list({frozenset(v) for v in per_article.values()})  # few distinct, however many articles
        if not any(a.isdisjoint(b) for a in sets for b in sets):
            continue
        reported: dict[str, set[str]] = {}
        for article, numbers in per_article.items():
            for number in numbers:
                reported.setdefault(number, set()).add(article)
        if conflict := _value_conflict(f"count:{noun}", reported):
            conflicts.append(conflict)
    return conflicts


def _evidence(reports: list[_Report], context: _Context) -> list[Evidence]:
    unique = {(e.article, e.start, e.end): e for r in reports for e in r.event.evidence}
    return sorted(unique.values(), key=lambda e: (context.article_order.get(e.article, 0), e.start, e.end))


def _merged_ids(reports: list[_Report]) -> list[str]:
    ids = [i for r in reports for i in (r.event.merged_from or [r.event.id])]
    return list(dict.fromkeys(ids))


def _merge(cluster: _Cluster, new_id: str, context: _Context) -> Event:
    reports = cluster.reports
    first = reports[0].event
    evidence = _evidence(reports, context)
    articles = list(dict.fromkeys(e.article for e in evidence))
    conflicts = [c for c in (_date_conflict(reports), _location_conflict(reports, context)) if c]
    return Event(
        id=new_id,
        type=first.type,
        mode=cluster.mode,
        source=_actor(reports, "source") or ActorRef(),
        target=_actor(reports, "target"),
        date=_date(reports, context),
        location=_location(reports, context),
        negated=all(r.event.negated for r in reports),
        modality=_modality(reports),
        status=_status(reports),
        evidence=evidence,
        articles=articles,
        outlets=list(dict.fromkeys(context.outlet.get(a, a) for a in articles)),
        merged_from=_merged_ids(reports),
        conflicts=conflicts + _count_conflicts(evidence),
    )


def merge_events(analysis: Analysis) -> MergeResult:
    """Merged events of the analysis (ids ``v1…`` in order of first report) and the renaming."""
    context = _Context.of(analysis)
    reports = [_report(event, context) for event in analysis.events]
    clusters = sorted(_cluster(reports), key=lambda c: min(r.order for r in c.reports))
    events: list[Event] = []
    renamed: dict[str, str] = {}
    for n, cluster in enumerate(clusters, start=1):
        merged = _merge(cluster, f"v{n}", context)
        events.append(merged)
        for report in cluster.reports:
            renamed[report.event.id] = merged.id
        for old in merged.merged_from:
            renamed[old] = merged.id
    return MergeResult(events, renamed)
