"""Full-text search over article titles and bodies, quotes and entity names (SQLite FTS5)."""

from __future__ import annotations

import re
import sqlite3

from warta.web.reader import HitKind, SearchHit

_WORD = re.compile(r"\w+", re.UNICODE)
_SNIPPET_WORDS = 16


def match_expression(query: str) -> str | None:
    """The user's words as an FTS5 query: every word must occur; operators are not interpreted.

    Quoting each word keeps FTS5 syntax ("AND", "-", ":", unbalanced quotes) from turning a
    search box entry into a syntax error.
    """
    words = _WORD.findall(query)
    return " ".join(f'"{word}"' for word in words) if words else None


def search(db: sqlite3.Connection, query: str, limit: int, offset: int) -> list[SearchHit]:
    expression = match_expression(query)
    if expression is None:
        return []
    rows = db.execute(
        "SELECT r.kind, r.ref, r.article, search.title, "
        f"snippet(search, -1, '', '', '…', {_SNIPPET_WORDS}) "
        "FROM search JOIN search_refs r ON r.id = search.rowid "
        "WHERE search MATCH ? ORDER BY rank LIMIT ? OFFSET ?",
        (expression, limit, offset),
    )
    return [SearchHit(_kind(kind), ref, article, title, snippet)
            for kind, ref, article, title, snippet in rows]


def count(db: sqlite3.Connection, query: str) -> int:
    expression = match_expression(query)
    if expression is None:
        return 0
    return int(db.execute("SELECT COUNT(*) FROM search WHERE search MATCH ?", (expression,)).fetchone()[0])


def _kind(value: str) -> HitKind:
    if value == "quote":
        return "quote"
    return "entity" if value == "entity" else "article"
