"""Read the contract's records back out of the store (latest version of every article only)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from warta.models import Article, Entity, Mention
from warta.store.sql import filtered_page, marks
from warta.web.reader import EntityFacts

LATEST = "SELECT latest FROM articles WHERE latest IS NOT NULL"


def count_articles(db: sqlite3.Connection) -> int:
    return int(db.execute("SELECT COUNT(*) FROM articles WHERE latest IS NOT NULL").fetchone()[0])


def articles(db: sqlite3.Connection, limit: int | None = None, offset: int = 0,
             only: Sequence[int] | None = None) -> list[Article]:
    """Latest versions in store order, a page of them, or only the given article rows."""
    sql, params = filtered_page("SELECT v.record FROM articles a JOIN versions v ON v.id = a.latest", [],
                                "a.id", only, "a.id", limit, offset)
    return [Article.model_validate_json(row[0]) for row in db.execute(sql, params)]


def latest_versions(db: sqlite3.Connection, article_rows: Sequence[int] | None = None) -> list[int]:
    if article_rows is None:
        return [int(r[0]) for r in db.execute(LATEST + " ORDER BY id")]
    sql = (f"SELECT latest FROM articles WHERE id IN ({marks(article_rows)}) AND latest IS NOT NULL "
           f"ORDER BY id")
    return [int(r[0]) for r in db.execute(sql, list(article_rows))]


def records_of(db: sqlite3.Connection, kind: str, versions: Sequence[int] | None = None,
                limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Per-article records of one kind in store order (article, then position in the article)."""
    where = f"version IN ({marks(versions)})" if versions is not None else f"version IN ({LATEST})"
    sql = (f"SELECT n.record FROM annotations n JOIN versions v ON v.id = n.version "
           f"WHERE n.kind = ? AND {where} ORDER BY v.article, n.position")
    params: list[object] = [kind, *(versions or [])]
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [json.loads(row[0]) for row in db.execute(sql, params)]


def annotations_by_article(db: sqlite3.Connection,
                           versions: Sequence[int]) -> dict[int, dict[str, list[dict[str, Any]]]]:
    """Every per-article record of the given versions: {article row: {kind: records}}."""
    sql = (f"SELECT v.article, n.kind, n.record FROM annotations n JOIN versions v ON v.id = n.version "
           f"WHERE n.version IN ({marks(versions)}) ORDER BY v.article, n.kind, n.position")
    found: dict[int, dict[str, list[dict[str, Any]]]] = {}
    for article, kind, record in db.execute(sql, list(versions)):
        found.setdefault(int(article), {}).setdefault(kind, []).append(json.loads(record))
    return found


def count_annotations(db: sqlite3.Connection, kind: str) -> int:
    sql = f"SELECT COUNT(*) FROM annotations WHERE kind = ? AND version IN ({LATEST})"
    return int(db.execute(sql, (kind,)).fetchone()[0])


def entity_rows(db: sqlite3.Connection, versions: Sequence[int] | None = None,
                limit: int | None = None, offset: int = 0, only: Sequence[int] | None = None) -> list[int]:
    """Entities mentioned in the given (default: latest) versions, in store order."""
    where = f"version IN ({marks(versions)})" if versions is not None else f"version IN ({LATEST})"
    params: list[object] = list(versions or [])
    if only is not None:
        where += f" AND entity IN ({marks(only)})"
        params += list(only)
    sql = f"SELECT DISTINCT entity FROM mentions WHERE {where} ORDER BY entity"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [int(row[0]) for row in db.execute(sql, params)]


def articles_naming(db: sqlite3.Connection, entity: int) -> list[int]:
    """Article rows whose latest version mentions the entity, quotes it or has it act."""
    sql = ("SELECT a.id FROM articles a WHERE a.latest IN (SELECT version FROM mentions WHERE entity = ? "
           "UNION SELECT version FROM entity_refs WHERE entity = ?) ORDER BY a.id")
    return [int(row[0]) for row in db.execute(sql, (entity, entity))]


def newest_articles(db: sqlite3.Connection, limit: int) -> list[Article]:
    """The newest articles' metadata (no body), newest first, undated last, then in store order."""
    rows = db.execute("SELECT article, source, sha256, title, outlet, outlet_name, published, "
                      "published_source, language FROM article_facts "
                      "ORDER BY COALESCE(published, '') DESC, article LIMIT ?", (limit,))
    return [Article(id=f"a{r[0]}", source=r[1], sha256=r[2], title=r[3], outlet=r[4], outlet_name=r[5],
                    published=r[6], published_source=r[7], language=r[8]) for r in rows]


def most_mentioned(db: sqlite3.Connection, limit: int) -> list[EntityFacts]:
    """The entities with the most mentions in latest versions, most first, then by name."""
    rows = db.execute(f"SELECT e.id, e.name, e.type, c.n FROM (SELECT entity, COUNT(*) AS n FROM mentions "
                      f"WHERE version IN ({LATEST}) GROUP BY entity) c JOIN entities e ON e.id = c.entity "
                      f"ORDER BY c.n DESC, e.name LIMIT ?", (limit,))
    return [EntityFacts(f"e{r[0]}", r[1], r[2], int(r[3])) for r in rows]


def count_entities(db: sqlite3.Connection) -> int:
    sql = f"SELECT COUNT(DISTINCT entity) FROM mentions WHERE version IN ({LATEST})"
    return int(db.execute(sql).fetchone()[0])


def entities(db: sqlite3.Connection, rows: Sequence[int],
             versions: Sequence[int] | None = None) -> list[Entity]:
    """Entities with their mentions in the given (default: latest) versions."""
    if not rows:
        return []
    mentions = _mentions(db, rows, versions)
    found = db.execute(f"SELECT id, name, type, kb_id, gazetteer_id, aliases, roles, relations "
                       f"FROM entities WHERE id IN ({marks(rows)}) ORDER BY id", list(rows))
    return [Entity(id=f"e{r[0]}", name=r[1], type=r[2], kb_id=r[3], gazetteer_id=r[4],
                   aliases=json.loads(r[5]), roles=json.loads(r[6]), relations=json.loads(r[7]),
                   mentions=mentions.get(int(r[0]), []))
            for r in found]


def _mentions(db: sqlite3.Connection, rows: Sequence[int],
              versions: Sequence[int] | None) -> dict[int, list[Mention]]:
    where = f"m.version IN ({marks(versions)})" if versions is not None else f"m.version IN ({LATEST})"
    sql = (f'SELECT m.entity, v.article, m.start, m."end", m.text FROM mentions m '
           f"JOIN versions v ON v.id = m.version WHERE {where} AND m.entity IN ({marks(rows)}) "
           f"ORDER BY v.article, m.start")
    found: dict[int, list[Mention]] = {}
    for entity, article, start, end, text in db.execute(sql, [*(versions or []), *rows]):
        mention = Mention(article=f"a{article}", start=start, end=end, text=text)
        found.setdefault(int(entity), []).append(mention)
    return found


def corpus(db: sqlite3.Connection) -> dict[str, list[Any]]:
    """The stored results of the cross-article step, by name ({} before it first ran)."""
    return {name: json.loads(record) for name, record in db.execute("SELECT name, record FROM corpus")}


def state(db: sqlite3.Connection, name: str, default: str = "") -> str:
    row = db.execute("SELECT value FROM state WHERE name = ?", (name,)).fetchone()
    return str(row[0]) if row else default
