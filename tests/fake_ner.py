"""A stand-in for the NER model in entity-stage tests: each test states exactly what the model saw."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from warta.article.entities import find_article_entities
from warta.article.model_spans import SpanLike
from warta.models import Entity


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str
    text: str


def model_seeing(seen: Iterable[tuple[str, str]]) -> Callable[[str], Sequence[SpanLike]]:
    """A model that finds each (words, label) wherever the text has the words, in text order."""
    pairs = list(seen)

    def find(text: str) -> Sequence[SpanLike]:
        spans = [Span(m.start(), m.end(), label, words)
                 for words, label in pairs for m in re.finditer(re.escape(words), text)]
        return sorted(spans, key=lambda s: s.start)

    return find


def types_of_mentions(entities: list[Entity]) -> dict[str, str]:
    """Mention text → its entity's type."""
    return {m.text: e.type for e in entities for m in e.mentions}


def mention_types(text: str, seen: Iterable[tuple[str, str]]) -> dict[str, str]:
    """The entity stage on ``text`` with a model that sees ``seen``: mention text → type."""
    return types_of_mentions(find_article_entities(text, find=model_seeing(seen)))
