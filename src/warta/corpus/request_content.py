"""What a request asks for, as words: two requests are one event only when they ask alike.

A request is who asks whom for what. Outlets reporting one request repeat something of what
was asked ("membawa kotak suara", "kotak suara dari 14 TPS"), while one panel's two requests
to one party at two hearings ("menjelaskan perbedaan itu", "membawa kotak suara") share only
their sides and the verb of asking. So a request's words are its evidence sentences' content
words without the words naming its sides and without the verbs of asking; requests whose
words share nothing are two events. Reports in different languages cannot be compared this
way and are left to the other rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from warta.article.event_lexicon import trigger_index
from warta.article.tokens import fold
from warta.corpus.story_features import content_terms
from warta.models import ActorRef, Entity

ASKING_TYPES = frozenset({"REQUEST"})


@cache
def _asking_words() -> frozenset[str]:
    """The words of every request trigger, stemmed as content words are."""
    words: set[str] = set()
    for lang in ("id", "en"):
        for entries in trigger_index(lang).values():
            for form, row in entries:
                if row.type in ASKING_TYPES:
                    words.update(content_terms(" ".join(form)))
    return frozenset(words)


def name_words(entities: Iterable[Entity]) -> dict[str, frozenset[str]]:
    """Entity id -> the content words of its name and aliases ("KPU" and "Komisi Pemilihan Umum")."""
    return {e.id: frozenset(content_terms(" ".join((e.name, *e.aliases)))) for e in entities}


def side_words(actors: Iterable[ActorRef | None], names: dict[str, frozenset[str]]) -> frozenset[str]:
    """The words the sides are named by: their entity's names, their own name and description."""
    words: set[str] = set()
    for actor in actors:
        if actor is None:
            continue
        words.update(names.get(actor.entity or "", ()))
        words.update(content_terms(" ".join(filter(None, (actor.name, actor.description)))))
    return frozenset(words)


def asked_words(sentences: Iterable[str]) -> frozenset[str]:
    """The content words of a request's sentences, the verbs of asking left out."""
    words = {w for sentence in sentences for w in content_terms(fold(sentence))}
    return frozenset(words - _asking_words())


def ask_alike(one: frozenset[str] | set[str], other: frozenset[str] | set[str],
              sides: frozenset[str] | set[str]) -> bool:
    """Whether two requests may ask the same: beyond their sides' words they share a word, or
    one of them says nothing more (a bare "meminta KPU" is any request to KPU)."""
    mine, theirs = set(one) - set(sides), set(other) - set(sides)
    return not mine or not theirs or bool(mine & theirs)
