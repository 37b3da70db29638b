"""Turn the ids of one analysis run (a1, e1, a1-q1 ...) into the store's ids.

The pipeline numbers articles and entities per run; the store gives them ids that never
change ("a<row>", "e<row>"). Annotations are rewritten as JSON so that fields added to the
contract later are carried along: a key that names an article or entity is mapped, an id
scoped to an article ("a1-q1", "a1/e2") gets the article's new prefix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

ARTICLE_KEYS = frozenset({"article", "duplicate_of"})
ENTITY_KEYS = frozenset({"entity", "target"})
SCOPED_KEYS = frozenset({"id", "event"})
_SCOPED = re.compile(r"^(a\d+)([-/].*)$")


@dataclass
class IdMap:
    articles: dict[str, str] = field(default_factory=dict)
    entities: dict[str, str] = field(default_factory=dict)

    def article(self, old: str) -> str:
        return self.articles.get(old, old)

    def scoped(self, old: str) -> str:
        """An article id, or an id scoped to an article, with the article's store id."""
        if old in self.articles:
            return self.articles[old]
        match = _SCOPED.match(old)
        if match and match.group(1) in self.articles:
            return self.articles[match.group(1)] + match.group(2)
        return old

    def entity(self, old: str) -> str:
        return self.entities.get(old, old)


def rewrite(value: Any, ids: IdMap) -> Any:
    """A copy of a JSON value with every article and entity reference mapped."""
    if isinstance(value, list):
        return [rewrite(item, ids) for item in value]
    if not isinstance(value, dict):
        return value
    return {key: _rewrite_field(key, item, ids) for key, item in value.items()}


def _rewrite_field(key: str, value: Any, ids: IdMap) -> Any:
    if isinstance(value, str):
        if key in ARTICLE_KEYS:
            return ids.article(value)
        if key in ENTITY_KEYS:
            return ids.entity(value)
        if key in SCOPED_KEYS:
            return ids.scoped(value)
        return value
    return rewrite(value, ids)


def article_number(article_id: str) -> int | None:
    """The store row of a public article id ("a12" → 12), None for anything else."""
    return int(article_id[1:]) if re.fullmatch(r"a[1-9]\d*", article_id) else None


def entity_number(entity_id: str) -> int | None:
    return int(entity_id[1:]) if re.fullmatch(r"e[1-9]\d*", entity_id) else None
