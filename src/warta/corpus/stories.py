"""Stories: articles about the same happening, grouped as they arrive.

Single-pass centroid clustering with merges. Each article becomes a TF-IDF
vector of its content words and one of its entities (rare words and rare
entities weigh most; document frequencies grow with the stream), optionally a
sentence embedding (:mod:`warta.corpus.story_similarity`). It joins the most
similar story if the similarity reaches ``threshold``, else it opens a new
story. The story it joined is then compared with its neighbours: two stories
whose centroids have grown alike (``merge_threshold``) become one, the older
keeping its id. That catches the follow-up that only the story as a whole, not
its first article, resembles.

Only stories that share one of the strongest terms or entities are compared (an
inverted index), so the cost grows with the number of articles, not its square.
Similarity decays with the days between two spans: articles months apart rarely
tell one story.

The state is plain JSON data (``to_dict``/``from_dict``) so a store can go on
clustering a stream across runs; ``merged`` says which story ids were absorbed.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from warta.corpus.story_features import StoryFeatures, content_terms, features_of
from warta.corpus.story_similarity import Centroid, Profile, similarity, strongest, unit
from warta.models import Analysis, Story

# Chosen on the development topics of `warta bench stories` (odd-numbered ECB+ topics,
# best mean B³ F1 over stream orders; see docs/benchmarks.md).
STORY_THRESHOLD = 0.14
MERGE_THRESHOLD = 0.14
# With sentence embeddings the similarity is a mean over three kinds of evidence, not
# two, and runs higher: its own thresholds, chosen the same way.
EMBEDDING_STORY_THRESHOLD = 0.18
EMBEDDING_MERGE_THRESHOLD = 0.2
# Rare words are mostly the names of one event's people and places; what kind of
# event it is (a quake, an arrest, a takeover) is told in commoner words. A damped
# idf lets those count too (sqrt: +2 points of topic-level B³ F1 on the dev topics).
IDF_POWER = 0.5
# An article vector keeps its strongest terms only; the rest add cost, not signal.
TOP_TERMS = 60
# Candidate stories come from the postings of the strongest keys.
QUERY_TERMS = 15
QUERY_ENTITIES = 10
MAX_CANDIDATES = 15
# A word or entity in this many stories already does not tell which one an article is in.
MAX_POSTING = 100
MERGE_CANDIDATES = 8
# Stories are compared with each other on their strongest terms and entities only.
SKETCH_TERMS = 100
SKETCH_ENTITIES = 30
# A story absorbs at most this many others after one article (each merge is rechecked).
MAX_MERGES = 5
# Sentence embeddings count once this many have been seen (their mean must settle first).
EMBEDDING_WARMUP = 10
LABEL_WORDS = 10
# A title scoring this share of the most central title's score is as central: the earliest labels.
LABEL_CENTRAL_SHARE = 0.9
STATE_VERSION = 1
ENTITY_PREFIX = "@"


@dataclass
class _Story:
    id: str
    articles: list[str] = field(default_factory=list)
    titles: list[str | None] = field(default_factory=list)
    titled: list[bool] = field(default_factory=list)  # per title: the article's own, not a first sentence
    days: list[int | None] = field(default_factory=list)  # per title: its article's day (ordinal)
    languages: list[str | None] = field(default_factory=list)  # per title: its article's language
    profile: Profile = field(default_factory=Profile)
    merged_into: int | None = None
    _sketch: Profile | None = None  # cached Profile.sketch, dropped whenever the story changes

    def sketch(self) -> Profile:
        if self._sketch is None:
            self._sketch = self.profile.sketch(SKETCH_TERMS, SKETCH_ENTITIES)
        return self._sketch

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "articles": self.articles, "titles": self.titles, "titled": self.titled,
                "days": self.days, "languages": self.languages, "profile": self.profile.to_dict(),
                "merged_into": self.merged_into}

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> _Story:
        titles = list(raw["titles"])
        return cls(id=str(raw["id"]), articles=list(raw["articles"]), titles=titles,
                   titled=list(raw.get("titled") or [True] * len(titles)),
                   days=list(raw.get("days") or [None] * len(titles)),
                   languages=list(raw.get("languages") or [None] * len(titles)),
                   profile=Profile.from_dict(raw["profile"]), merged_into=raw["merged_into"])


class StoryClusterer:
    """Online story clustering: ``add`` one article's features, get its story id."""

    def __init__(self, threshold: float = STORY_THRESHOLD, merge_threshold: float = MERGE_THRESHOLD) -> None:
        self.threshold = threshold
        self.merge_threshold = merge_threshold
        self.documents = 0
        self.term_df: Counter[str] = Counter()
        self.entity_df: Counter[str] = Counter()
        self.entity_names: dict[str, str] = {}
        # Running sum of the sentence embeddings seen (see _centred).
        self.embedding_sum: list[float] = []
        self.embedding_count = 0
        self._stories: list[_Story] = []
        self._postings: dict[str, set[int]] = {}
        self._home: dict[str, int] = {}  # article id -> index of its (live) story

    # --- the public face -------------------------------------------------------------

    def add(self, features: StoryFeatures) -> str:
        """Put the article in the most similar story (or a new one); the story's id."""
        self._count(features)
        profile = self._profile(features)
        best, score = self._most_similar(profile, self._candidates(profile))
        if best is None or score < self.threshold:
            # A story of one new article is no closer to any other than the article was.
            opened = self._open()
            self._join(opened, features, profile)
            return self._stories[opened].id
        self._join(best, features, profile)
        return self._stories[self._merge_around(best)].id

    def stories(self) -> list[Story]:
        """The current stories (absorbed ones left out), labelled, in the order they were opened."""
        return [Story(id=s.id, label=self._label(s), articles=list(s.articles))
                for s in self._stories if s.merged_into is None]

    def story_of(self, article: str) -> str | None:
        index = self._home.get(article)
        return None if index is None else self._stories[index].id

    @property
    def merged(self) -> dict[str, str]:
        """Absorbed story id -> the id of the story that holds its articles now."""
        return {s.id: self._stories[self._alive(i)].id
                for i, s in enumerate(self._stories) if s.merged_into is not None}

    # --- vectors ---------------------------------------------------------------------

    def _count(self, features: StoryFeatures) -> None:
        self.documents += 1
        self.term_df.update(features.terms.keys())
        self.entity_df.update(features.entities.keys())
        self.entity_names.update(features.entity_names)
        if features.embedding:
            if not self.embedding_sum:
                self.embedding_sum = [0.0] * len(features.embedding)
            self.embedding_sum = [s + x for s, x in zip(self.embedding_sum, features.embedding, strict=True)]
            self.embedding_count += 1

    def _idf(self, df: Counter[str], key: str) -> float:
        idf = math.log((1 + self.documents) / (1 + df[key])) + 1.0
        return float(idf**IDF_POWER)

    def _weighted(self, counts: dict[str, float], df: Counter[str]) -> dict[str, float]:
        return {k: (1 + math.log(v)) * self._idf(df, k) for k, v in counts.items() if v > 0}

    def _profile(self, features: StoryFeatures) -> Profile:
        terms = self._weighted(features.terms, self.term_df)
        top = {k: terms[k] for k in strongest(terms, TOP_TERMS)}
        return Profile(terms=Centroid.of(unit(top)),
                       entities=Centroid.of(unit(self._weighted(features.entities, self.entity_df))),
                       embedding=Centroid.of(unit(self._centred(features.embedding))),
                       first_day=features.day, last_day=features.day)

    def _centred(self, embedding: list[float] | None) -> dict[str, float]:
        """The embedding minus the mean of those seen so far, or nothing while too few were seen.

        multilingual-e5 puts any two news texts at cosine 0.7-0.8: what they share is
        "news in this language". What is left after the run's mean is what they are about.
        """
        if not embedding or self.embedding_count < EMBEDDING_WARMUP:
            return {}
        n = self.embedding_count
        pairs = zip(embedding, self.embedding_sum, strict=True)
        return {str(i): x - total / n for i, (x, total) in enumerate(pairs)}

    # --- finding stories -------------------------------------------------------------

    def _keys(self, profile: Profile) -> list[str]:
        return strongest(profile.terms.sums, QUERY_TERMS) + [
            ENTITY_PREFIX + k for k in strongest(profile.entities.sums, QUERY_ENTITIES)]

    def _candidates(self, profile: Profile, exclude: int | None = None,
                    limit: int = MAX_CANDIDATES) -> list[int]:
        hits: Counter[int] = Counter()
        for key in self._keys(profile):
            posting = self._postings.get(key, ())
            if len(posting) <= MAX_POSTING:
                hits.update(posting)
        hits.pop(exclude, None)  # type: ignore[arg-type]
        return [i for i, _ in sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]

    def _most_similar(self, profile: Profile, candidates: list[int]) -> tuple[int | None, float]:
        best: int | None = None
        best_score = -1.0
        for index in candidates:
            score = similarity(profile, self._stories[index].profile)
            if score > best_score:
                best, best_score = index, score
        return best, best_score

    def _alive(self, index: int) -> int:
        while (target := self._stories[index].merged_into) is not None:
            index = target
        return index

    # --- changing stories ------------------------------------------------------------

    def _open(self) -> int:
        self._stories.append(_Story(id=f"s{len(self._stories) + 1}"))
        return len(self._stories) - 1

    def _join(self, index: int, features: StoryFeatures, profile: Profile) -> None:
        story = self._stories[index]
        story.articles.append(features.article)
        self._home[features.article] = index
        story.titles.append(features.title)
        story.titled.append(features.titled)
        story.days.append(features.day)
        story.languages.append(features.language)
        story.profile.add(profile)
        story._sketch = None
        self._index(index, profile)

    def _index(self, index: int, profile: Profile) -> None:
        for key in self._keys_of(profile):
            self._postings.setdefault(key, set()).add(index)

    @staticmethod
    def _keys_of(profile: Profile) -> list[str]:
        return [*profile.terms.sums, *(ENTITY_PREFIX + k for k in profile.entities.sums)]

    def _merge_around(self, index: int) -> int:
        """Absorb the stories that have become alike; the index of the story that survives."""
        for _ in range(MAX_MERGES):
            sketch = self._stories[index].sketch()
            candidates = self._candidates(sketch, exclude=index, limit=MERGE_CANDIDATES)
            best, best_score = None, -1.0
            for other in candidates:
                score = similarity(sketch, self._stories[other].sketch())
                if score > best_score:
                    best, best_score = other, score
            if best is None or best_score < self.merge_threshold:
                break
            index = self._merge(min(index, best), max(index, best))
        return index

    def _merge(self, keep: int, gone: int) -> int:
        kept, absorbed = self._stories[keep], self._stories[gone]
        kept.articles.extend(absorbed.articles)
        self._home.update(dict.fromkeys(absorbed.articles, keep))
        kept.titles.extend(absorbed.titles)
        kept.titled.extend(absorbed.titled)
        kept.days.extend(absorbed.days)
        kept.languages.extend(absorbed.languages)
        kept.profile.add(absorbed.profile)
        kept._sketch = None
        for key in self._keys_of(absorbed.profile):
            posting = self._postings[key]
            posting.discard(gone)
            posting.add(keep)
        absorbed.articles, absorbed.titles, absorbed.titled, absorbed.days = [], [], [], []
        absorbed.languages = []
        absorbed.profile, absorbed._sketch = Profile(), None
        absorbed.merged_into = keep
        return keep

    # --- labels ----------------------------------------------------------------------

    def _label(self, story: _Story) -> str:
        """The earliest of the titles (or, with none, first sentences) about as close to the story's
        centroid as the closest, shortened; for articles without any text, their top entities and term."""
        days = story.days + [None] * (len(story.titles) - len(story.days))
        dated = [(t, day, n) for n, (t, day) in enumerate(zip(story.titles, days, strict=True)) if t]
        # An article's own title says what the story is; a first sentence only stands in for one.
        own = [item for item in dated if story.titled[item[2]]]
        titled = _in_main_language(own or dated, story.languages, self._run_language())
        if titled:
            return _shorten(_opening_title(titled, story.profile.terms.sums))
        top = strongest(story.profile.entities.sums, 3)
        names = list(dict.fromkeys(self.entity_names.get(k, k) for k in top))
        label = ", ".join(names + strongest(story.profile.terms.sums, 1))
        return label or story.articles[0]

    def _run_language(self) -> str | None:
        """The language most of the clustered articles are in."""
        counts = Counter(lang for story in self._stories for lang in story.languages if lang)
        return counts.most_common(1)[0][0] if counts else None

    # --- state -----------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The whole state as JSON-ready data."""
        return {"version": STATE_VERSION, "threshold": self.threshold,
                "merge_threshold": self.merge_threshold, "documents": self.documents,
                "term_df": dict(self.term_df), "entity_df": dict(self.entity_df),
                "entity_names": self.entity_names, "embedding_sum": self.embedding_sum,
                "embedding_count": self.embedding_count, "stories": [s.to_dict() for s in self._stories]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StoryClusterer:
        """A clusterer that goes on where the one that wrote ``data`` stopped."""
        if data.get("version") != STATE_VERSION:
            raise ValueError(f"story state version {data.get('version')!r}, expected {STATE_VERSION}")
        clusterer = cls(threshold=float(data["threshold"]), merge_threshold=float(data["merge_threshold"]))
        clusterer.documents = int(data["documents"])
        clusterer.term_df = Counter(data["term_df"])
        clusterer.entity_df = Counter(data["entity_df"])
        clusterer.entity_names = dict(data["entity_names"])
        clusterer.embedding_sum = [float(x) for x in data["embedding_sum"]]
        clusterer.embedding_count = int(data["embedding_count"])
        for raw in data["stories"]:
            story = _Story.from_dict(raw)
            clusterer._stories.append(story)
            clusterer._index(len(clusterer._stories) - 1, story.profile)
            clusterer._home.update(dict.fromkeys(story.articles, len(clusterer._stories) - 1))
        return clusterer


def cluster_stories(analysis: Analysis, embeddings: bool = False) -> list[Story]:
    """Every article of the analysis in exactly one story, clustered in input order.

    Stories are numbered s1.. by their first article. ``embeddings`` adds
    multilingual-e5 sentence vectors (the optional ``embeddings`` extra); without
    the package installed it is ignored.
    """
    from warta.corpus.story_features import embeddings_available

    embed = embeddings and embeddings_available()
    clusterer = StoryClusterer(*thresholds(embed))
    for features in features_of(analysis, embeddings=embed):
        clusterer.add(features)
    return renumbered(clusterer.stories(), [a.id for a in analysis.articles])


def thresholds(embeddings: bool) -> tuple[float, float]:
    """(join, merge) thresholds for features with or without sentence embeddings."""
    if embeddings:
        return EMBEDDING_STORY_THRESHOLD, EMBEDDING_MERGE_THRESHOLD
    return STORY_THRESHOLD, MERGE_THRESHOLD


def renumbered(stories: list[Story], order: list[str]) -> list[Story]:
    """Articles in input order within each story, stories by their first article, ids s1.."""
    position = {article: i for i, article in enumerate(order)}
    ordered = [sorted(s.articles, key=lambda a: position.get(a, len(position))) for s in stories]
    ranked = sorted(zip(stories, ordered, strict=True), key=lambda so: position.get(so[1][0], len(position)))
    return [Story(id=f"s{n}", label=s.label, articles=articles)
            for n, (s, articles) in enumerate(ranked, start=1)]


def _in_main_language(titled: list[tuple[str, int | None, int]], languages: list[str | None],
                      run_language: str | None) -> list[tuple[str, int | None, int]]:
    """The titles in the language most of them are in, the run's language breaking a tie: an
    Indonesian story told also by English wires is labelled in Indonesian."""
    def language(n: int) -> str | None:
        return languages[n] if n < len(languages) else None

    counts = Counter(language(n) for _, _, n in titled if language(n))
    if not counts:
        return titled
    most = max(counts.values())
    tied = [lang for lang, count in counts.items() if count == most]
    main = run_language if run_language in tied else tied[0]
    return [item for item in titled if language(item[2]) in (main, None)]


def _opening_title(titled: list[tuple[str, int | None, int]], centroid: dict[str, float]) -> str:
    """The earliest (by day, then arrival) of the titles scoring LABEL_CENTRAL_SHARE of the best:
    a story is named for the event that opened it, unless that title is off its centre (a later
    development that sums up more of the story, "Rusia Panggil Diplomat AS …", comes second)."""
    scores = [_title_score(title, centroid) for title, _, _ in titled]
    bar = LABEL_CENTRAL_SHARE * max(scores)
    central = [item for item, score in zip(titled, scores, strict=True) if score >= bar]
    return min(central, key=lambda item: (item[1] is None, item[1] or 0, item[2]))[0]


def _title_score(title: str, centroid: dict[str, float]) -> float:
    terms = content_terms(title)
    if not terms:
        return 0.0
    return sum(centroid.get(t, 0.0) for t in terms) / math.sqrt(len(terms))


def _shorten(title: str) -> str:
    words = title.split()
    if len(words) <= LABEL_WORDS:
        return title.strip()
    return " ".join(words[:LABEL_WORDS]) + " …"
