"""Combining the trained NER model's spans with the gazetteer and rule mentions.

The model (``warta.article.ner``) is optional at run time: when the module or its
trained weights are missing, the entity stage runs on the gazetteer and rules alone.
When it is there, neither side wins blindly:

- a model span that strictly contains a gazetteer hit with another type replaces it
  ("Michael Jordan" is a person even though "Jordan" is a country), except where the
  hit opens the span, or the words before it are a role: Indonesian puts the
  organisation before the name ("juru bicara Kremlin Dmitry Peskov", "Pejabat
  Washington"), so there the model span is cut after the hit instead;
- an untyped rule mention gets the type of a model span with the same offsets as a hint,
  weaker than a title or a full name it shortens ("Peskov" after "Dmitry Peskov");
- a model span that overlaps no rule mention is added (names the rules missed);
- a gazetteer hit or a titled name the model does not see is kept (the model was
  trained on other news and misses rare foreign names).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from warta.article.lexicon import lexicon
from warta.article.mentions import Found
from warta.article.tokens import key_of
from warta.models import EntityType

_LABELS: dict[str, EntityType] = {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "LOC": "LOC",
                                  "GPE": "LOC", "EVENT": "EVENT"}


class SpanLike(Protocol):
    start: int
    end: int
    label: str
    text: str


ModelFn = Callable[[str], Sequence[SpanLike]]


@cache
def model() -> ModelFn | None:
    """The NER model's ``find_entities``, or None when it is not installed or not trained."""
    try:
        from warta.article import ner
    except ImportError:
        return None
    find: ModelFn | None = getattr(ner, "find_entities", None)
    path_of = getattr(ner, "model_path", None)
    if find is None or (callable(path_of) and not (path_of() / "config.cfg").is_file()):
        return None  # not trained yet: do not pay for importing spaCy
    try:
        find("Presiden Joko Widodo tiba di Jakarta.")
    except Exception:  # a missing or half-written model directory: run on rules alone
        return None
    return find


def with_model(text: str, found: list[Found], find: ModelFn | None = None) -> list[Found]:
    """``found`` revised by the model's spans (unchanged when no model is available)."""
    find = find or model()
    if find is None:
        return found
    spans = [s for s in find(text) if s.label in _LABELS]
    return combine(found, trim_at_leading_hits(found, spans))


@dataclass
class _Span:
    start: int
    end: int
    label: str
    text: str


def trim_at_leading_hits(found: list[Found], spans: Sequence[SpanLike]) -> list[SpanLike]:
    """Cut a model span after a gazetteer hit of another type that opens it, or drop it
    when only a role word stands before such a hit ("Pejabat Washington")."""
    trimmed: list[SpanLike] = []
    span: SpanLike
    for span in spans:
        for mention in found:
            if not mention.ids:
                continue
            inside = span.start <= mention.start and mention.end <= span.end
            if inside and mention.start == span.start and mention.end < span.end:
                rest = span.text[mention.end - span.start:]
                offset = len(rest) - len(rest.lstrip(" ,"))
                span = _Span(mention.end + offset, span.end, span.label, rest.lstrip(" ,"))
            elif inside and mention.end == span.end and _role_before(span, mention):
                span = _Span(mention.start, mention.end, span.label, "")  # dropped: the hit stays
        if span.text:
            trimmed.append(span)
    return trimmed


def _role_before(span: SpanLike, mention: Found) -> bool:
    """Only a role or a not-a-name word ("Pejabat") stands before the hit in the span."""
    if _LABELS[span.label] == mention.type:
        return False
    key = key_of(span.text[: mention.start - span.start].strip(" ,"))
    if not key:
        return False
    return key in lexicon().roles or all(lexicon().kind_of(k, "not-name") for k in key)


def combine(found: list[Found], spans: Sequence[SpanLike]) -> list[Found]:
    """Merge rule mentions and model spans by the rules in the module docstring."""
    kept: list[Found] = []
    covered: list[tuple[int, int]] = []
    by_offsets = {(s.start, s.end): s for s in spans}
    winners = [w for w in (_wider_conflict(m, spans) for m in found) if w is not None]
    for mention in found:
        if any(w.start <= mention.start and mention.end <= w.end for w in winners):
            continue  # inside a longer model span that overrules a gazetteer hit
        same = by_offsets.get((mention.start, mention.end))
        if same is not None and mention.type is None:
            mention.hint = _LABELS[same.label]
        kept.append(mention)
        covered.append((mention.start, mention.end))
    for span in spans:
        if not any(s < span.end and span.start < e for s, e in covered):
            kept.append(_from_span(span))
    kept.sort(key=lambda m: m.start)
    return _reindex(found, kept)


def _reindex(before: list[Found], after: list[Found]) -> list[Found]:
    """Point acronym and role links at the new positions; links to dropped mentions go."""
    position = {id(m): i for i, m in enumerate(after)}
    new_index = {old: position[id(m)] for old, m in enumerate(before) if id(m) in position}
    for mention in after:
        if mention.acronym_of is not None:
            mention.acronym_of = new_index.get(mention.acronym_of)
        mention.role_orgs = [new_index[i] for i in mention.role_orgs if i in new_index]
    return after


def _wider_conflict(mention: Found, spans: Sequence[SpanLike]) -> SpanLike | None:
    if not mention.ids:
        return None
    for span in spans:
        contains = span.start <= mention.start and mention.end <= span.end
        longer = span.end - span.start > mention.end - mention.start
        if contains and longer and _LABELS[span.label] != mention.type:
            return span
    return None


def _from_span(span: SpanLike) -> Found:
    return Found(span.start, span.end, span.text, -1, -1, _LABELS[span.label], source="model")
