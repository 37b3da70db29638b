"""The stored cross-article results, one story at a time: read and replaced by SQL, never as one list.

``stories`` holds each story's record, ``story_members`` which story each article is in,
``story_results`` the merged events, claims, timeline entries, summary sentences and errors
the cross-article step made for each story, ``duplicates`` the near-duplicates store-wide.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from typing import Any

from warta.models import Article, Story
from warta.store.sql import filtered_page, marks
from warta.web.reader import StoryFacts
from warta.web.views import outlet_of

# Parts of the cross-article step kept per story; "sort" orders each part store-wide.
STORY_PARTS = ("events", "claims", "timeline", "summary", "errors")
_UNDATED = "~"  # sorts after every date
_NUMBERED = re.compile(r"s(\d+)")

Record = dict[str, Any]


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# --- writing -------------------------------------------------------------------------------


def save_story(db: sqlite3.Connection, story: Story, articles: Sequence[Article], versions: dict[int, int],
               parts: dict[str, list[Record]]) -> None:
    """Replace one story: its record and list line, its members (article row → version seen)
    and its results."""
    number = story_number(db, story.id)
    days = sorted(a.published[:10] for a in articles if a.published)
    outlets = sorted({outlet_of(a) for a in articles})
    db.execute("INSERT OR REPLACE INTO stories (id, number, record, outlets, first_day, last_day, size) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)",
               (story.id, number, story.model_dump_json(), _json(outlets), days[0] if days else None,
                days[-1] if days else None, len(story.articles)))
    db.executemany("INSERT OR REPLACE INTO story_members (article, story, version) VALUES (?, ?, ?)",
                   [(row, story.id, version) for row, version in versions.items()])
    db.execute("DELETE FROM story_results WHERE story = ?", (story.id,))
    db.executemany(
        "INSERT INTO story_results (part, sort, story_number, position, story, record) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(part, _sort_key(part, record), number, position, story.id, _json(record))
         for part in STORY_PARTS for position, record in enumerate(parts.get(part, []))])


def drop_story(db: sqlite3.Connection, story: str) -> None:
    """Forget a story absorbed by another (its articles are re-saved as the other's members)."""
    db.execute("DELETE FROM story_results WHERE story = ?", (story,))
    db.execute("DELETE FROM stories WHERE id = ?", (story,))


def story_number(db: sqlite3.Connection, story: str) -> int:
    """The number that orders a story: 12 for "s12", else the one after the highest so far."""
    match = _NUMBERED.fullmatch(story)
    if match:
        return int(match.group(1))
    known = db.execute("SELECT number FROM stories WHERE id = ?", (story,)).fetchone()
    if known:
        return int(known[0])
    return int(db.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM stories").fetchone()[0])


def _sort_key(part: str, record: Record) -> str:
    if part != "timeline":
        return ""
    return str(record.get("date") or _UNDATED)


# --- reading -------------------------------------------------------------------------------


def stories(db: sqlite3.Connection, limit: int | None = None, offset: int = 0,
            only: Sequence[str] | None = None) -> list[Record]:
    """Story records in story order: all, a page, or only the given ids."""
    sql, params = filtered_page("SELECT record FROM stories", [], "id", only, "number", limit, offset)
    return [json.loads(row[0]) for row in db.execute(sql, params)]


def story_list(db: sqlite3.Connection) -> list[StoryFacts]:
    """Every story's list line, newest first (by its last day; undated last), then by id."""
    rows = db.execute("SELECT id, json_extract(record, '$.label'), outlets, size, first_day, last_day "
                      "FROM stories ORDER BY COALESCE(last_day, '') DESC, id")
    return [StoryFacts(sid, label, json.loads(outlets), size, first, last)
            for sid, label, outlets, size, first, last in rows]


def count_stories(db: sqlite3.Connection) -> int:
    return int(db.execute("SELECT COUNT(*) FROM stories").fetchone()[0])


def members(db: sqlite3.Connection, story: str) -> list[int]:
    sql = "SELECT article FROM story_members WHERE story = ? ORDER BY article"
    return [int(r[0]) for r in db.execute(sql, (story,))]


def stories_of(db: sqlite3.Connection, articles: Sequence[int]) -> list[str]:
    """The stories the given article rows are in."""
    sql = f"SELECT DISTINCT story FROM story_members WHERE article IN ({marks(articles)})"
    return [str(r[0]) for r in db.execute(sql, list(articles))]


def seen_versions(db: sqlite3.Connection) -> dict[int, int]:
    """Article row → the version of it the cross-article step last saw."""
    return {int(a): int(v) for a, v in db.execute("SELECT article, version FROM story_members")}


def results(db: sqlite3.Connection, part: str, only: Sequence[str] | None = None,
            limit: int | None = None, offset: int = 0) -> list[Record]:
    """One part's records, store-wide (stories in order; the timeline by date) or of some stories."""
    sql, params = filtered_page("SELECT record FROM story_results WHERE part = ?", [part], "story", only,
                                "sort, story_number, position", limit, offset)
    return [json.loads(row[0]) for row in db.execute(sql, params)]


def count_results(db: sqlite3.Connection, part: str) -> int:
    return int(db.execute("SELECT COUNT(*) FROM story_results WHERE part = ?", (part,)).fetchone()[0])


def duplicates(db: sqlite3.Connection, touching: Sequence[int] | None = None,
               limit: int | None = None, offset: int = 0) -> list[Record]:
    """Duplicate records (public ids) in article order: all, a page, or those naming the given rows."""
    sql = "SELECT article, duplicate_of, similarity FROM duplicates"
    params: list[object] = []
    if touching is not None:
        listed = marks(touching)
        sql += f" WHERE article IN ({listed}) OR duplicate_of IN ({listed})"
        params += [*touching, *touching]
    sql += " ORDER BY article"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [{"article": f"a{a}", "duplicate_of": f"a{d}", "similarity": s}
            for a, d, s in db.execute(sql, params)]


def count_duplicates(db: sqlite3.Connection) -> int:
    return int(db.execute("SELECT COUNT(*) FROM duplicates").fetchone()[0])


def parts_of(db: sqlite3.Connection, only: Sequence[str] | None,
             articles: Sequence[int] | None) -> dict[str, list[Record]]:
    """Every stored cross-article part, store-wide (None) or of some stories and article rows."""
    found = {part: results(db, part, only) for part in STORY_PARTS}
    found["stories"] = stories(db, only=only)
    found["duplicates"] = duplicates(db, touching=articles)
    return found
