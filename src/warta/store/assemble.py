"""Put an :class:`~warta.models.Analysis` together from stored rows: all of it or a few articles."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from warta import __version__
from warta.models import Analysis, Entity
from warta.store import reading

# Parts of an analysis only the cross-article step makes (events and claims also exist per article).
STORED_ONLY = ("stories", "duplicates", "timeline", "summary", "errors")


def assemble(db: sqlite3.Connection, rows: Sequence[int] | None, parts: dict[str, list[Any]],
             entities: list[Entity] | None = None, focused: bool = False) -> Analysis:
    """An analysis of all latest versions (rows None) or of the given article rows.

    ``parts``: stored cross-article records by name; where it has no "events" or "claims",
    the per-article ones are read. ``entities``: those to show, else every entity mentioned
    in the articles: with all its mentions store-wide, or (``focused``) with its mentions in
    these articles only, which is what the cross-article step and a story page need.
    """
    versions = None if rows is None else reading.latest_versions(db, rows)
    if entities is None:
        within = versions if focused else None
        entities = reading.entities(db, reading.entity_rows(db, versions), within)
    events = parts["events"] if "events" in parts else reading.records_of(db, "event", versions)
    claims = parts["claims"] if "claims" in parts else reading.records_of(db, "claim", versions)
    return Analysis.model_validate({
        "warta_version": __version__,
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        # Model instances pass through as they are (pydantic does not validate them again).
        "articles": reading.articles(db, only=rows),
        "entities": entities,
        "timexes": reading.records_of(db, "timex", versions),
        "quotes": reading.records_of(db, "quote", versions),
        "events": events,
        "claims": claims,
        **{part: parts.get(part, []) for part in STORED_ONLY},
    })
