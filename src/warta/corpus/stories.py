"""Stories: articles about the same happening, grouped as they arrive.

Single-pass centroid clustering. Each article becomes a TF-IDF vector of its
content words and one of its entities (rare words and rare entities weigh
most; document frequencies grow with the stream), optionally a sentence
embedding. It joins the most similar story if the similarity reaches
:data:`STORY_THRESHOLD`, else it opens a new story. Only stories that share
one of the article's strongest terms or entities are compared (an inverted
index), so the cost grows with the number of articles, not its square. Two
articles far apart in time rarely tell the same story: similarity decays with
the days between the article and the story's span.

The clusterer's state is plain JSON data (``to_dict``/``from_dict``) so a
store can keep clustering a stream across runs.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from warta.corpus.story_features import StoryFeatures, content_terms, features_of
from warta.models import Analysis, Story

# Chosen on the development topics of `warta bench stories` (odd-numbered ECB+ topics).
STORY_THRESHOLD = 0.3
# How much each kind of evidence counts; components an article lacks are left out.
LEXICAL_WEIGHT = 1.0
ENTITY_WEIGHT = 0.5
EMBEDDING_WEIGHT = 1.0
# Days of distance a story tolerates before time starts to count against it, and the
# scale of the decay after that (90 days apart: about a twentieth of the similarity).
TIME_GRACE_DAYS = 3
TIME_SCALE_DAYS = 30.0
# An article vector keeps its strongest terms only; the rest add cost, not signal.
TOP_TERMS = 60
# Candidate stories come from the postings of the article's strongest keys.
QUERY_TERMS = 15
QUERY_ENTITIES = 10
MAX_CANDIDATES = 40
LABEL_WORDS = 10
STATE_VERSION = 1

Vector = dict[str, float]


@dataclass
class _Centroid:
    """Sum of unit vectors with its squared norm kept up to date (no recomputation)."""

    sums: Vector = field(default_factory=dict)
    norm2: float = 0.0

    def cosine(self, unit: Vector) -> float:
        if not unit or self.norm2 <= 0:
            return 0.0
        return _dot(unit, self.sums) / math.sqrt(self.norm2)

    def add(self, unit: Vector) -> None:
        # |c + v|² = |c|² + 2 c·v + |v|²
        self.norm2 += 2 * _dot(unit, self.sums) + sum(v * v for v in unit.values())
        for key, value in unit.items():
            self.sums[key] = self.sums.get(key, 0.0) + value


@dataclass
class _Story:
    id: str
    articles: list[str] = field(default_factory=list)
    titles: list[str | None] = field(default_factory=list)
    terms: _Centroid = field(default_factory=_Centroid)
    entities: _Centroid = field(default_factory=_Centroid)
    embedding: _Centroid = field(default_factory=_Centroid)
    first_day: int | None = None
    last_day: int | None = None

    def span_gap(self, day: int | None) -> int | None:
        """Days between ``day`` and the story's span (0 inside it); None when either is undated."""
        if day is None or self.first_day is None or self.last_day is None:
            return None
        return max(self.first_day - day, day - self.last_day, 0)


@dataclass
class _Prepared:
    """An article turned into weighted unit vectors."""

    features: StoryFeatures
    terms: Vector
    entities: Vector
    embedding: Vector


class StoryClusterer:
    """Online story clustering: ``add`` one article's features, get its story id."""

    def __init__(self, threshold: float = STORY_THRESHOLD) -> None:
        self.threshold = threshold
        self.documents = 0
        self.term_df: Counter[str] = Counter()
        self.entity_df: Counter[str] = Counter()
        self.entity_names: dict[str, str] = {}
        self._stories: list[_Story] = []
        self._postings: dict[str, set[int]] = {}

    def add(self, features: StoryFeatures) -> str:
        """Put the article in the most similar story (or a new one) and return that story's id."""
        self._count(features)
        prepared = self._prepare(features)
        best, score = self._best_story(prepared)
        if best is None or score < self.threshold:
            best = self._new_story()
        self._join(best, prepared)
        return self._stories[best].id

    def stories(self) -> list[Story]:
        """Every story so far, with a label, in the order the stories were opened."""
        return [Story(id=s.id, label=self._label(s), articles=list(s.articles)) for s in self._stories]

    def story_of(self, article: str) -> str | None:
        for story in self._stories:
            if article in story.articles:
                return story.id
        return None

    # --- similarity -------------------------------------------------------------------

    def _count(self, features: StoryFeatures) -> None:
        self.documents += 1
        self.term_df.update(features.terms.keys())
        self.entity_df.update(features.entities.keys())
        self.entity_names.update(features.entity_names)

    def _idf(self, df: Counter[str], key: str) -> float:
        return math.log((1 + self.documents) / (1 + df[key])) + 1.0

    def _prepare(self, features: StoryFeatures) -> _Prepared:
        terms = {k: (1 + math.log(v)) * self._idf(self.term_df, k)
                 for k, v in features.terms.items() if v > 0}
        strongest = dict(sorted(terms.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TERMS])
        entities = {k: (1 + math.log(v)) * self._idf(self.entity_df, k)
                    for k, v in features.entities.items() if v > 0}
        embedding = {str(i): x for i, x in enumerate(features.embedding or [])}
        return _Prepared(features, _unit(strongest), _unit(entities), _unit(embedding))

    def _candidates(self, item: _Prepared) -> list[int]:
        hits: Counter[int] = Counter()
        for key in _strongest(item.terms, QUERY_TERMS) + _strongest(item.entities, QUERY_ENTITIES, "@"):
            hits.update(self._postings.get(key, ()))
        return [story for story, _ in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_CANDIDATES]]

    def _best_story(self, item: _Prepared) -> tuple[int | None, float]:
        best: int | None = None
        best_score = -1.0
        for index in self._candidates(item):
            score = self.similarity(item, self._stories[index])
            if score > best_score:
                best, best_score = index, score
        return best, best_score

    def similarity(self, item: _Prepared, story: _Story) -> float:
        parts = [(LEXICAL_WEIGHT, story.terms.cosine(item.terms))]
        if item.entities:
            parts.append((ENTITY_WEIGHT, story.entities.cosine(item.entities)))
        if item.embedding and story.embedding.norm2 > 0:
            parts.append((EMBEDDING_WEIGHT, story.embedding.cosine(item.embedding)))
        score = sum(w * s for w, s in parts) / sum(w for w, _ in parts)
        return score * _time_factor(story.span_gap(item.features.day))

    # --- bookkeeping ------------------------------------------------------------------

    def _new_story(self) -> int:
        self._stories.append(_Story(id=f"s{len(self._stories) + 1}"))
        return len(self._stories) - 1

    def _join(self, index: int, item: _Prepared) -> None:
        story = self._stories[index]
        story.articles.append(item.features.article)
        story.titles.append(item.features.title)
        story.terms.add(item.terms)
        story.entities.add(item.entities)
        if item.embedding:
            story.embedding.add(item.embedding)
        day = item.features.day
        if day is not None:
            story.first_day = day if story.first_day is None else min(story.first_day, day)
            story.last_day = day if story.last_day is None else max(story.last_day, day)
        self._index(index, item)

    def _index(self, index: int, item: _Prepared) -> None:
        for key in item.terms:
            self._postings.setdefault(key, set()).add(index)
        for key in item.entities:
            self._postings.setdefault("@" + key, set()).add(index)

    def _index_story(self, index: int) -> None:
        story = self._stories[index]
        for key in story.terms.sums:
            self._postings.setdefault(key, set()).add(index)
        for key in story.entities.sums:
            self._postings.setdefault("@" + key, set()).add(index)

    # --- labels -----------------------------------------------------------------------

    def _label(self, story: _Story) -> str:
        """The title closest to the story's centroid, shortened; else its top entities and term."""
        best_title, best_score = None, -1.0
        for title in story.titles:
            if not title:
                continue
            score = _title_score(title, story.terms.sums)
            if score > best_score:
                best_title, best_score = title, score
        if best_title:
            return _shorten(best_title)
        return self._fallback_label(story)

    def _fallback_label(self, story: _Story) -> str:
        names = [self.entity_names.get(k, k) for k in _strongest(story.entities.sums, 2)]
        words = _strongest(story.terms.sums, 1)
        label = ", ".join(names + words)
        return label or story.articles[0]

    # --- state ------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The whole state as JSON-ready data."""
        return {
            "version": STATE_VERSION,
            "threshold": self.threshold,
            "documents": self.documents,
            "term_df": dict(self.term_df),
            "entity_df": dict(self.entity_df),
            "entity_names": self.entity_names,
            "stories": [_story_dict(s) for s in self._stories],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StoryClusterer:
        """A clusterer that goes on where the one that wrote ``data`` stopped."""
        if data.get("version") != STATE_VERSION:
            raise ValueError(f"story state version {data.get('version')!r}, expected {STATE_VERSION}")
        clusterer = cls(threshold=float(data["threshold"]))
        clusterer.documents = int(data["documents"])
        clusterer.term_df = Counter(data["term_df"])
        clusterer.entity_df = Counter(data["entity_df"])
        clusterer.entity_names = dict(data["entity_names"])
        for raw in data["stories"]:
            clusterer._stories.append(_story_from(raw))
            clusterer._index_story(len(clusterer._stories) - 1)
        return clusterer


def cluster_stories(analysis: Analysis, embeddings: bool = False,
                    threshold: float = STORY_THRESHOLD) -> list[Story]:
    """Every article of the analysis in exactly one story, clustered in input order.

    ``embeddings`` adds multilingual-e5 sentence vectors (the optional ``embeddings``
    extra); without the package installed it is ignored.
    """
    from warta.corpus.story_features import embeddings_available

    clusterer = StoryClusterer(threshold=threshold)
    for features in features_of(analysis, embeddings=embeddings and embeddings_available()):
        clusterer.add(features)
    return clusterer.stories()


def _dot(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


def _unit(vector: Vector) -> Vector:
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {k: v / norm for k, v in vector.items()} if norm > 0 else {}


def _strongest(vector: Vector, count: int, prefix: str = "") -> list[str]:
    ranked = sorted(vector.items(), key=lambda kv: (-kv[1], kv[0]))[:count]
    return [prefix + key for key, _ in ranked]


def _time_factor(gap: int | None) -> float:
    if gap is None or gap <= TIME_GRACE_DAYS:
        return 1.0
    return math.exp(-(gap - TIME_GRACE_DAYS) / TIME_SCALE_DAYS)


def _title_score(title: str, centroid: Vector) -> float:
    terms = content_terms(title)
    if not terms:
        return 0.0
    return sum(centroid.get(t, 0.0) for t in terms) / math.sqrt(len(terms))


def _shorten(title: str) -> str:
    words = title.split()
    if len(words) <= LABEL_WORDS:
        return title.strip()
    return " ".join(words[:LABEL_WORDS]) + " …"


def _centroid_dict(c: _Centroid) -> dict[str, Any]:
    return {"sums": c.sums, "norm2": c.norm2}


def _centroid_from(raw: dict[str, Any]) -> _Centroid:
    return _Centroid(sums={str(k): float(v) for k, v in raw["sums"].items()}, norm2=float(raw["norm2"]))


def _story_dict(s: _Story) -> dict[str, Any]:
    return {"id": s.id, "articles": s.articles, "titles": s.titles, "terms": _centroid_dict(s.terms),
            "entities": _centroid_dict(s.entities), "embedding": _centroid_dict(s.embedding),
            "first_day": s.first_day, "last_day": s.last_day}


def _story_from(raw: dict[str, Any]) -> _Story:
    return _Story(id=str(raw["id"]), articles=list(raw["articles"]), titles=list(raw["titles"]),
                  terms=_centroid_from(raw["terms"]), entities=_centroid_from(raw["entities"]),
                  embedding=_centroid_from(raw["embedding"]),
                  first_day=raw["first_day"], last_day=raw["last_day"])
