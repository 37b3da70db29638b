"""Running warta's quote, event and stance finders on the gold texts, as the pipeline would."""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from warta.bench import Metrics
from warta.bench.quotes_events_gold import GoldDoc
from warta.bench.quotes_events_matching import Tally
from warta.bench.quotes_events_scoring import Prediction, metrics_of, score_document
from warta.models import Claim, Entity, Event, Quote, Timex

MIN_SPEED_SENTENCES = 2_000


@dataclass
class SystemInput:
    text: str
    sentences: list[tuple[int, int]]
    entities: list[Entity]
    timexes: list[Timex]


@dataclass(frozen=True)
class System:
    find_quotes: Callable[..., list[Quote]]
    find_events: Callable[..., list[Event]]
    find_claims: Callable[..., list[Claim]]


def load_system() -> System:
    """warta's quote, event and stance finders; a clear error while they are not written yet."""
    try:
        quotes = importlib.import_module("warta.article.quotes")
        events = importlib.import_module("warta.article.events")
        stances = importlib.import_module("warta.article.stances")
    except ImportError as err:
        raise RuntimeError(
            f"bench quotes-events needs warta.article.quotes, .events and .stances (issue 5): {err}"
        ) from err
    return System(quotes.find_quotes, events.find_events, stances.find_claims)


def system_input(text: str, dct: str | None) -> SystemInput:
    """Sentences, entities and timexes of a text, as the pipeline's earlier stages give them."""
    from warta.article.entities import find_article_entities
    from warta.article.sentences import split_sentences

    return SystemInput(text, split_sentences(text), find_article_entities(text, "a1"), timexes_of(text, dct))


def timexes_of(text: str, dct: str | None) -> list[Timex]:
    """Contract timexes of a text anchored on its DCT, the way the ``timex`` stage builds them."""
    from warta.article.timex import find_timexes
    from warta.article.timex.stage import anchor_date, grammar_language

    spans = find_timexes(text, anchor_date(dct), grammar_language(text))
    return [Timex(article="a1", start=s.start, end=s.end, text=s.text, type=s.type, value=s.value,
                  anchor=s.anchor) for s in spans]


def predict(system: System, given: SystemInput) -> Prediction:
    quotes = system.find_quotes(given.text, given.sentences, given.entities, article_id="a1")
    events = system.find_events(given.text, given.sentences, given.entities, given.timexes, article_id="a1",
                                lang="id")
    claims = system.find_claims(given.text, given.sentences, given.entities, events, quotes, article_id="a1")
    return Prediction(quotes, events, claims, given.entities)


def score_split(docs: Sequence[GoldDoc], inputs: dict[str, SystemInput], system: System,
                prefix: str) -> Metrics:
    tally = Tally()
    for doc in docs:
        tally.add("documents")
        score_document(doc, predict(system, inputs[doc.name]), tally)
    return metrics_of(tally, prefix)


def sentences_per_second(system: System, inputs: Sequence[SystemInput]) -> tuple[float, int]:
    """Sentences per CPU second of quotes + events + stances over the inputs, repeated."""
    per_round = sum(len(given.sentences) for given in inputs)
    if per_round == 0:
        return 0.0, 0
    rounds = -(-MIN_SPEED_SENTENCES // per_round)
    begin = time.process_time()
    for _ in range(rounds):
        for given in inputs:
            predict(system, given)
    spent = time.process_time() - begin
    return rounds * per_round / max(spent, 1e-9), rounds * per_round
