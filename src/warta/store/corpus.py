"""The cross-article step over the stored articles, brought up to date one ingest at a time.

After an ingest only what changed is computed:

- the new articles join stories through the saved state of
  :class:`warta.corpus.stories.StoryClusterer` (old articles are never clustered again; an
  article keeps its story when a new version of it arrives);
- new and changed articles are checked for near-duplicates against the whole store
  (:mod:`warta.store.dupindex`);
- every story that received an article, changed one, or absorbed another story is cut out
  of the store on its own and given to ``warta.corpus.across.complete(analysis, options)``,
  which keeps the story as set (every article is in exactly one story) and merges its
  events, builds its timeline, claims and summary. Those results replace the story's stored
  ones (:mod:`warta.store.story_tables`); stories no article touched keep theirs.

The cost of an ingest grows with its articles and the stories they land in, not with the
store. Differences from one ``complete`` over the whole store: the timeline, claims and
summary are made per story (a story's page shows the same; the store-wide lists are their
concatenation, the timeline ordered by date), merged event and claim ids carry their story
("s3-v1"), and a repost joins the story the clusterer picks for it (nearly always its
original's) rather than being put there by rule. Where the cross-article step is not
installed, only stories and duplicates are kept.
"""

from __future__ import annotations

import importlib
import json
import re
import sqlite3
from collections.abc import Iterable
from typing import Any, Protocol

from warta.corpus.stories import StoryClusterer
from warta.corpus.story_features import StoryFeatures, features_of
from warta.models import Analysis, Duplicate, Story
from warta.options import Options
from warta.store import reading
from warta.store.assemble import assemble
from warta.store.dupindex import index_and_match
from warta.store.ids import article_number
from warta.store.story_tables import STORY_PARTS, drop_story, duplicates, save_story, stories_of
from warta.web.reader import restrict_to_articles


class Complete(Protocol):
    """``warta.corpus.across.complete``: the store passes the duplicates its index found."""

    def __call__(self, analysis: Analysis, options: Options, *,
                 duplicates_known: bool) -> Analysis | None: ...


Record = dict[str, Any]
# Ids complete() gives merged events and claims; unique only within one call, so within one story.
_RUN_ID = re.compile(r"[vc]\d+")
# New articles are read, indexed and clustered this many at a time (memory, and SQLite's
# limit on the values one statement may bind).
CHUNK = 1000


def complete_step() -> Complete | None:
    """The cross-article step, or None while the module that provides it is absent."""
    try:
        module = importlib.import_module("warta.corpus.across")
    except ModuleNotFoundError as exc:
        if exc.name not in {"warta.corpus.across"}:
            raise  # the module exists but something it needs is missing: say so
        return None
    step: Complete | None = getattr(module, "complete", None)
    return step


def load_clusterer(db: sqlite3.Connection) -> StoryClusterer:
    raw = reading.state(db, "story_clusterer")
    return StoryClusterer.from_dict(json.loads(raw)) if raw else StoryClusterer()


def clusterer_state(clusterer: StoryClusterer) -> str:
    return json.dumps(clusterer.to_dict(), ensure_ascii=False, separators=(",", ":"))


def pending_articles(db: sqlite3.Connection) -> tuple[dict[int, int], dict[int, int]]:
    """Articles the cross-article step has not seen ({row: version}), and those it saw an older version of."""
    rows = db.execute("SELECT a.id, a.latest, m.version FROM articles a "
                      "LEFT JOIN story_members m ON m.article = a.id "
                      "WHERE a.latest IS NOT NULL AND (m.version IS NULL OR m.version != a.latest)")
    new: dict[int, int] = {}
    changed: dict[int, int] = {}
    for row, latest, seen in rows:
        (new if seen is None else changed)[int(row)] = int(latest)
    return new, changed


def update(db: sqlite3.Connection, clusterer: StoryClusterer, options: Options) -> set[str]:
    """Bring the stored cross-article results up to date (inside the caller's write transaction);
    the ids of the stories whose results were replaced."""
    new, changed = pending_articles(db)
    pending = sorted(new | changed)
    touched: set[str] = set()
    gone: set[str] = set()
    for start in range(0, len(pending), CHUNK):
        rows = pending[start:start + CHUNK]
        part = assemble(db, rows, {}, focused=True)
        index_and_match(db, [(article_number(a.id) or 0, a) for a in part.articles])
        fresh = restrict_to_articles(part, {f"a{row}" for row in rows if row in new})
        joined, absorbed_now = assign(clusterer, features_of(fresh))
        touched |= joined
        gone |= absorbed_now
    touched |= set(stories_of(db, list(changed)))
    merged = clusterer.merged  # a story that received articles may have been absorbed since
    touched = {merged.get(story, story) for story in touched}
    for absorbed in gone:
        drop_story(db, absorbed)
    for story in clusterer.stories():
        if story.id in touched:
            refresh_story(db, story, options)
    return touched


def assign(clusterer: StoryClusterer, features: Iterable[StoryFeatures]) -> tuple[set[str], set[str]]:
    """Add the articles to the clusterer: (stories that received articles, stories absorbed now)."""
    absorbed_before = set(clusterer.merged)
    joined = [clusterer.add(f) for f in features]
    merged = clusterer.merged  # absorbed id → the story holding its articles now
    return {merged.get(story, story) for story in joined}, set(merged) - absorbed_before


def refresh_story(db: sqlite3.Connection, story: Story, options: Options) -> None:
    """Run the cross-article step over one story's articles and replace its stored results."""
    rows = sorted(n for n in (article_number(a) for a in story.articles) if n)
    analysis = assemble(db, rows, {}, focused=True)
    story = story.model_copy(update={"articles": [a.id for a in analysis.articles]})  # store order
    versions = dict(zip(rows, reading.latest_versions(db, rows), strict=True))
    analysis.duplicates = duplicates_within(db, rows)
    save_story(db, story, analysis.articles, versions, story_results(analysis, story, options))


def duplicates_within(db: sqlite3.Connection, rows: list[int]) -> list[Duplicate]:
    """The store's duplicate records between articles of these rows (the index already found them)."""
    inside = {f"a{row}" for row in rows}
    return [Duplicate.model_validate(record) for record in duplicates(db, touching=rows)
            if record["article"] in inside and record["duplicate_of"] in inside]


def story_results(analysis: Analysis, story: Story, options: Options) -> dict[str, list[Record]]:
    """The cross-article parts of one story's analysis, merged event and claim ids scoped to it."""
    step = complete_step()
    if step is None:
        return {}
    analysis.stories = [story]  # every article in exactly one story: complete keeps it
    done = step(analysis, options, duplicates_known=True)
    done = done if isinstance(done, Analysis) else analysis
    parts = {part: [item.model_dump(mode="json") for item in getattr(done, part)] for part in STORY_PARTS}
    return scoped(parts, story.id)


def scoped(parts: dict[str, list[Record]], story: str) -> dict[str, list[Record]]:
    """Give merged events and claims ids unique store-wide ("v1" → "s3-v1"), and follow the references."""
    renamed = {str(r["id"]): f"{story}-{r['id']}" for part in ("events", "claims")
               for r in parts.get(part, []) if _RUN_ID.fullmatch(str(r.get("id")))}
    for record in [*parts.get("events", []), *parts.get("claims", [])]:
        record["id"] = renamed.get(record["id"], record["id"])
    for claim in parts.get("claims", []):
        if claim.get("event"):
            claim["event"] = renamed.get(claim["event"], claim["event"])
    for entry in parts.get("timeline", []):
        entry["events"] = [renamed.get(e, e) for e in entry.get("events", [])]
    return parts
