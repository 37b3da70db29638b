"""Write one analysed batch of articles into the store (the caller holds the transaction).

Every id the pipeline gave (a1, e1, a1-q1) is replaced by a store id: articles by their
row in ``articles``, entities by the store-wide entity their keys lead to. Quotes, events
and claims are stored per article version with their references rewritten.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel

from warta.corpus.entities import gather_entities
from warta.document import Doc
from warta.models import Article, Entity, Relation
from warta.store.ids import IdMap, rewrite
from warta.store.keys import article_key, entity_keys
from warta.store.report import IngestItem

ANNOTATION_KINDS = ("timex", "quote", "event", "claim")


@dataclass
class Placed:
    """A document of the batch and where it went in the store."""

    doc: Doc
    article_row: int
    version_row: int
    item: IngestItem


def write_batch(db: sqlite3.Connection, docs: Sequence[Doc]) -> list[IngestItem]:
    ids = IdMap()
    items: list[IngestItem] = []
    placed: list[Placed] = []
    for doc in docs:
        spot = _place(db, doc, ids)
        items.append(spot.item if isinstance(spot, Placed) else spot)
        if isinstance(spot, Placed):
            placed.append(spot)
    entities = gather_entities([p.doc for p in placed])
    for entity in entities:
        ids.entities[entity.id] = f"e{_resolve_entity(db, entity)}"
    for entity in entities:
        _save_entity_details(db, entity, ids)
    for spot in placed:
        _write_article(db, spot, ids, entities)
    return items


def _place(db: sqlite3.Connection, doc: Doc, ids: IdMap) -> Placed | IngestItem:
    """A new article or a new version of a known one; an already stored content is left alone."""
    article = doc.article
    known = db.execute(
        "SELECT v.article, v.number FROM versions v WHERE v.sha256 = ?", (article.sha256,)
    ).fetchone()
    if known:
        return IngestItem(source=article.source, sha256=article.sha256, status="unchanged",
                          article=f"a{known[0]}", version=known[1], title=article.title)
    key = article_key(article)
    row = db.execute("SELECT id FROM articles WHERE key = ?", (key,)).fetchone()
    if row:
        article_row = int(row[0])
        number = int(db.execute("SELECT MAX(number) FROM versions WHERE article = ?",
                                (article_row,)).fetchone()[0]) + 1
    else:
        article_row = int(db.execute("INSERT INTO articles (key) VALUES (?)", (key,)).lastrowid or 0)
        number = 1
    version_row = db.execute(
        "INSERT INTO versions (article, number, sha256, ingested, record) VALUES (?, ?, ?, ?, '{}')",
        (article_row, number, article.sha256, datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")),
    ).lastrowid or 0
    ids.articles[article.id] = f"a{article_row}"
    item = IngestItem(source=article.source, sha256=article.sha256,
                      status="added" if number == 1 else "new-version", article=f"a{article_row}",
                      version=number, title=article.title, errors=article.errors)
    return Placed(doc, article_row, version_row, item)


def _resolve_entity(db: sqlite3.Connection, entity: Entity) -> int:
    """The store entity this run's entity is (found by its keys), created when new."""
    keys = entity_keys(entity)
    for key in keys:
        row = db.execute("SELECT entity FROM entity_keys WHERE key = ?", (key,)).fetchone()
        if row:
            number = int(row[0])
            break
    else:
        number = int(db.execute(
            "INSERT INTO entities (key, name, type, kb_id, gazetteer_id, aliases, roles, relations) "
            "VALUES (?, ?, ?, ?, ?, '[]', '[]', '[]')",
            (keys[0] if keys else f"anon:{entity.id}", entity.name, entity.type, entity.kb_id,
             entity.gazetteer_id),
        ).lastrowid or 0)
    db.executemany("INSERT OR IGNORE INTO entity_keys (key, entity) VALUES (?, ?)",
                   [(key, number) for key in keys])
    return number


def _save_entity_details(db: sqlite3.Connection, entity: Entity, ids: IdMap) -> None:
    """Join this run's aliases, roles and relations into the stored entity; index its names."""
    number = int(ids.entity(entity.id)[1:])
    row = db.execute("SELECT name, kb_id, gazetteer_id, aliases, roles, relations FROM entities "
                     "WHERE id = ?", (number,)).fetchone()
    aliases = list(dict.fromkeys([*json.loads(row[3]), *entity.aliases]))
    roles = list(dict.fromkeys([*json.loads(row[4]), *entity.roles]))
    relations = _merged_relations(json.loads(row[5]), entity.relations, ids)
    db.execute(
        "UPDATE entities SET kb_id = ?, gazetteer_id = ?, aliases = ?, roles = ?, relations = ? WHERE id = ?",
        (row[1] or entity.kb_id, row[2] or entity.gazetteer_id, _json(aliases), _json(roles),
         _json(relations), number),
    )
    _index(db, "entity", f"e{number}", None, row[0], " · ".join([*aliases, *roles]))


def _merged_relations(stored: list[dict[str, Any]], found: list[Relation], ids: IdMap) -> list[Any]:
    fresh = [rewrite(r.model_dump(mode="json"), ids) for r in found]
    seen = {(r["type"], r.get("target"), r["name"]): r for r in [*stored, *fresh]}
    return list(seen.values())


def _write_article(db: sqlite3.Connection, spot: Placed, ids: IdMap, entities: list[Entity]) -> None:
    doc, version = spot.doc, spot.version_row
    public_id = f"a{spot.article_row}"
    record = rewrite(doc.article.model_dump(mode="json"), ids)
    db.execute("UPDATE versions SET record = ? WHERE id = ?", (_json(record), version))
    db.execute("UPDATE articles SET latest = ? WHERE id = ?", (version, spot.article_row))
    _save_facts(db, spot.article_row, doc.article)
    db.execute("DELETE FROM search WHERE rowid IN (SELECT id FROM search_refs WHERE article = ?)",
               (public_id,))
    db.execute("DELETE FROM search_refs WHERE article = ?", (public_id,))
    _index(db, "article", public_id, public_id, doc.article.title or doc.article.source, doc.article.body)
    db.executemany(
        'INSERT INTO mentions (version, entity, start, "end", text) VALUES (?, ?, ?, ?, ?)',
        [(version, int(ids.entity(e.id)[1:]), m.start, m.end, m.text)
         for e in entities for m in e.mentions if m.article == doc.article.id],
    )
    for kind, records in _annotations(doc).items():
        rows = [_scoped(rewrite(r, ids), public_id) for r in records]
        db.executemany("INSERT INTO annotations (version, kind, position, record) VALUES (?, ?, ?, ?)",
                       [(version, kind, n, _json(r)) for n, r in enumerate(rows)])
        db.executemany("INSERT OR IGNORE INTO entity_refs (entity, version) VALUES (?, ?)",
                       [(entity, version) for r in rows for entity in _named_entities(r)])
        if kind == "quote":
            for quote in rows:
                speaker = quote["speaker"].get("name") or quote["speaker"].get("description") or ""
                _index(db, "quote", quote["id"], public_id, speaker, quote["text"])


def _annotations(doc: Doc) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, Sequence[BaseModel]] = {
        "timex": doc.timexes, "quote": doc.quotes, "event": doc.events, "claim": doc.claims,
    }
    return {kind: [item.model_dump(mode="json") for item in items] for kind, items in found.items()}


def _save_facts(db: sqlite3.Connection, row: int, article: Article) -> None:
    """What lists of articles show, kept apart from the whole record (the front page reads it)."""
    db.execute(
        "INSERT OR REPLACE INTO article_facts (article, source, sha256, title, outlet, outlet_name, "
        "published, published_source, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (row, article.source, article.sha256, article.title, article.outlet, article.outlet_name,
         article.published, article.published_source, article.language))


def _named_entities(record: dict[str, Any]) -> list[int]:
    """Store rows of the entities a quote names as speaker or an event as actor."""
    actors = [record.get(role) for role in ("speaker", "source", "target")]
    refs = [a.get("entity") for a in actors if isinstance(a, dict)]
    return [int(ref[1:]) for ref in refs if isinstance(ref, str) and ref[1:].isdigit()]


def _scoped(record: dict[str, Any], article: str) -> dict[str, Any]:
    """Quote, event and claim ids are unique store-wide only when they carry the article id."""
    record_id = record.get("id")
    if isinstance(record_id, str) and not record_id.startswith(f"{article}-"):
        record["id"] = f"{article}-{record_id}"
    return record


def _index(db: sqlite3.Connection, kind: str, ref: str, article: str | None, title: str, body: str) -> None:
    """(Re)index one searchable thing under its ref."""
    old = db.execute("SELECT id FROM search_refs WHERE kind = ? AND ref = ?", (kind, ref)).fetchall()
    for (rowid,) in old:
        db.execute("DELETE FROM search WHERE rowid = ?", (rowid,))
        db.execute("DELETE FROM search_refs WHERE id = ?", (rowid,))
    rowid = db.execute("INSERT INTO search_refs (kind, ref, article) VALUES (?, ?, ?)",
                       (kind, ref, article)).lastrowid
    db.execute("INSERT INTO search (rowid, title, body) VALUES (?, ?, ?)", (rowid, title, body))


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
