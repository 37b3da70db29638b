"""How the store recognises an entity or an article it has seen in an earlier ingest."""

from __future__ import annotations

from pathlib import Path

from warta.article.tokens import fold
from warta.models import Article, Entity


def _folded(name: str) -> str:
    return " ".join(fold(word) for word in name.split())


def entity_keys(entity: Entity) -> list[str]:
    """Keys best first: the gazetteer row, the canonical name, then the aliases.

    A one-word alias of a person ("Burns") is left out: across a whole store it may name
    several people, and the run's own linking already joined it where only one fits.
    """
    keys = [f"gaz:{entity.gazetteer_id}"] if entity.gazetteer_id else []
    names = [entity.name] + [a for a in entity.aliases if entity.type != "PERSON" or len(a.split()) > 1]
    keys += [f"name:{entity.type}:{_folded(name)}" for name in names if name.strip()]
    return list(dict.fromkeys(keys))


def article_key(article: Article) -> str:
    """One logical article: its URL, else its source (file paths made absolute)."""
    if article.url:
        return f"url:{article.url}"
    path, hash_mark, rest = article.source.partition("#")
    if path not in {"", "-", "<input>"} and Path(path).exists():
        path = str(Path(path).resolve())
    return f"source:{path}{hash_mark}{rest}"
