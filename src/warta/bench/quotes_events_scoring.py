"""Scoring one document's quotes, events and stances against its gold, and a split's figures."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from warta.bench import Metrics
from warta.bench.quotes_events_actors import actor_agrees, entity_aliases, names_match, speaker_agrees
from warta.bench.quotes_events_gold import GoldDoc, GoldEvent, GoldQuote, GoldStance
from warta.bench.quotes_events_matching import (
    SPAN_MATCH,
    Tally,
    f1,
    greedy_pairs,
    overlaps,
    ratio,
    span_ratio,
)
from warta.models import ActorRef, Claim, Entity, Event, Quote


@dataclass
class Prediction:
    quotes: list[Quote]
    events: list[Event]
    claims: list[Claim]
    entities: list[Entity]


def score_document(gold: GoldDoc, pred: Prediction, tally: Tally) -> None:
    aliases = entity_aliases(pred.entities)
    cut = gold.title_end
    score_quotes(gold.quotes, [q for q in pred.quotes if q.end > cut], aliases, tally)
    events = [e for e in pred.events if any(ev.end > cut for ev in e.evidence)]
    score_events(gold.events, events, aliases, tally)
    score_stances(gold.stances, positions_of(pred.claims, gold.text, cut), aliases, tally)


def score_quotes(gold: Sequence[GoldQuote], pred: Sequence[Quote], aliases: dict[str, list[str]],
                 tally: Tally) -> None:
    tally.add("gold_quotes", len(gold))
    tally.add("pred_quotes", len(pred))
    scores = [(span_ratio((p.start, p.end), (g.start, g.end)), i, j)
              for i, p in enumerate(pred) for j, g in enumerate(gold)]
    pairs = greedy_pairs(s for s in scores if s[0] >= SPAN_MATCH)
    tally.add("quote_hits", len(pairs))
    exact = sum(1 for i, j in pairs if (pred[i].start, pred[i].end) == (gold[j].start, gold[j].end))
    tally.add("quote_exact", exact)
    tally.add("speaker_right", sum(1 for i, j in pairs if speaker_agrees(pred[i].speaker, gold[j], aliases)))


def _evidence_spans(event: Event) -> list[tuple[int, int]]:
    return [(ev.start, ev.end) for ev in event.evidence]


def _same_sentence(event: Event, gold: GoldEvent) -> bool:
    return any(overlaps(span, (gold.start, gold.end)) for span in _evidence_spans(event))


def _event_pairs(gold: Sequence[GoldEvent], pred: Sequence[Event],
                 agree: Callable[[Event, GoldEvent], bool]) -> list[tuple[int, int]]:
    scores = [(1.0, i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)
              if _same_sentence(p, g) and agree(p, g)]
    return greedy_pairs(scores)


def score_events(gold: Sequence[GoldEvent], pred: Sequence[Event], aliases: dict[str, list[str]],
                 tally: Tally) -> None:
    tally.add("gold_events", len(gold))
    tally.add("pred_events", len(pred))

    def full(p: Event, g: GoldEvent) -> bool:
        return p.type == g.type and actor_agrees(p.source, g.source, aliases) and actor_agrees(
            p.target, g.target, aliases)

    tally.add("event_hits", len(_event_pairs(gold, pred, full)))
    typed = _event_pairs(gold, pred, lambda p, g: p.type == g.type)
    tally.add("event_type_hits", len(typed))
    tally.add("date_right", sum(1 for i, j in typed if same_date(pred[i].date, gold[j].date)))
    tally.add("location_right", sum(1 for i, j in typed if same_location(pred[i], gold[j].location)))


def calendar_part(value: str | None) -> str | None:
    """The calendar part of a TIMEX3 value ("2014-12-28T10:00" → "2014-12-28")."""
    return value.split("T", 1)[0] if value else None


def same_date(pred: str | None, gold: str | None) -> bool:
    return calendar_part(pred) == calendar_part(gold)


def same_location(event: Event, gold: str | None) -> bool:
    name = event.location.name if event.location else None
    if gold is None or name is None:
        return gold is None and name is None
    return names_match(name, gold)


@dataclass(frozen=True)
class PredictedPosition:
    start: int
    end: int
    holder: ActorRef
    stance: str


def positions_of(claims: Iterable[Claim], text: str, cut: int) -> list[PredictedPosition]:
    """Every claim position, placed in the text by its evidence sentence (unplaceable ones count as wrong)."""
    found = []
    for claim in claims:
        for position in claim.positions:
            start = text.find(position.evidence) if position.evidence else -1
            span = (start, start + len(position.evidence)) if start >= 0 else (-1, -1)
            if span[1] > cut or start < 0:
                found.append(PredictedPosition(span[0], span[1], position.holder, position.stance))
    return found


def score_stances(gold: Sequence[GoldStance], pred: Sequence[PredictedPosition],
                  aliases: dict[str, list[str]], tally: Tally) -> None:
    tally.add("gold_stances", len(gold))
    tally.add("pred_stances", len(pred))
    scores = [(1.0, i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)
              if overlaps((p.start, p.end), (g.start, g.end)) and actor_agrees(p.holder, g.holder, aliases)]
    pairs = greedy_pairs(scores)
    tally.add("stance_hits", len(pairs))
    tally.add("stance_right", sum(1 for i, j in pairs if pred[i].stance == gold[j].stance))


def metrics_of(tally: Tally, prefix: str) -> Metrics:
    """The split's figures from its summed counts."""
    t = tally.get
    quote_p, quote_r, quote_f = f1(t("quote_hits"), t("pred_quotes"), t("gold_quotes"))
    event_p, event_r, event_f = f1(t("event_hits"), t("pred_events"), t("gold_events"))
    stance_p, stance_r, stance_f = f1(t("stance_hits"), t("pred_stances"), t("gold_stances"))
    figures: Metrics = {
        "quote_precision": quote_p, "quote_recall": quote_r, "quote_f1": quote_f,
        "quote_exact_f1": f1(t("quote_exact"), t("pred_quotes"), t("gold_quotes"))[2],
        "speaker_accuracy": ratio(t("speaker_right"), t("quote_hits")),
        "event_precision": event_p, "event_recall": event_r, "event_f1": event_f,
        "event_type_f1": f1(t("event_type_hits"), t("pred_events"), t("gold_events"))[2],
        "date_accuracy": ratio(t("date_right"), t("event_type_hits")),
        "location_accuracy": ratio(t("location_right"), t("event_type_hits")),
        "stance_precision": stance_p, "stance_recall": stance_r, "stance_f1": stance_f,
        "stance_accuracy": ratio(t("stance_right"), t("stance_hits")),
        "documents": t("documents"), "gold_quotes": t("gold_quotes"), "gold_events": t("gold_events"),
        "gold_stances": t("gold_stances"),
    }
    return {f"{prefix}_{name}": round(value, 4) if isinstance(value, float) else value
            for name, value in figures.items()}
