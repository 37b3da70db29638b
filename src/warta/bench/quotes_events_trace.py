"""Why the event coder drops a trigger: the coder run once with its drop rules watched.

The coder (:mod:`warta.article.events`) leaves a trigger uncoded when a sense or filter rule
says it tells no event, when it is folded into another trigger ("mengancam akan menyerang"),
or when no side is found. :func:`traced_run` runs the same coder on one text with each of those
rules wrapped, so that every trigger the lexicon found ends with a fate: coded, or the name of the
last rule that turned it away ("no sides" where none did). Only the recall report
(:mod:`warta.bench.quotes_events_recall`) uses it; the coder itself is unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from warta.article import events as coder_module
from warta.article.event_lexicon import TriggerMatch, find_triggers, tokenize
from warta.article.event_teasers import teaser_spans
from warta.bench.quotes_events_system import SystemInput

# Rules whose true answer drops the trigger they are asked about.
_DROPPING = (
    "meeting_as_setting", "threatened", "purpose_of", "object_act", "talk_of_meeting",
    "statement", "accident_inquiry", "remains", "regretted_mishap", "described_by_stance", "job_title",
    "aim_of_no_one", "hoped", "tour_of_no_one", "violated", "denied", "agreed_opinion", "clause_cause",
    "hosted_match", "played", "tourists_visit", "released_thing", "judged_helpful", "opinion_clause",
    "fishing_catch", "attended_no_meeting", "hazard_subject", "power_or_duty", "weighed_alternative",
    "rule_of_office", "ready_to_undergo", "undergone", "backed_by_no_one", "pushed_thing", "stepped_down",
    "pledge_to_no_one", "visit_to_no_one",
)
# Rules whose empty answer (None) drops the trigger.
_DROPPING_WHEN_NONE = ("event_slots", "exhorted_sides", "deployment_type")
NO_SIDES = "no sides"
# What a rule's name says as a reason, where the name alone does not tell it.
_REASONS = {"event_slots": NO_SIDES + ": no actor phrase (event_slots)",
            "exhorted_sides": "an exhortation with no one exhorted (exhorted_sides)",
            "deployment_type": "an agency's own deployment (deployment_type)"}
CODED = "coded"


@dataclass(frozen=True)
class TriggerFate:
    start: int  # character span of the trigger's words
    end: int
    type: str
    fate: str  # CODED, or why it was dropped


@dataclass
class ArticleTrace:
    """What the coder did with one text: sentences it skipped and each trigger's fate."""

    skipped: list[tuple[int, int]] = field(default_factory=list)
    fates: list[TriggerFate] = field(default_factory=list)

    def reached(self, at: int) -> bool:
        return not any(first <= at < last for first, last in self.skipped)

    def fates_over(self, start: int, end: int) -> list[TriggerFate]:
        return [f for f in self.fates if f.start < end and start < f.end]


class _Watch:
    """The drop reasons said so far, by (sentence start, trigger's first token, lexicon row)."""

    def __init__(self) -> None:
        self.sentence = 0
        self.current: TriggerMatch | None = None
        self.reasons: dict[tuple[int, int, int], str] = {}

    def note(self, match: TriggerMatch | None, reason: str) -> None:
        if match is not None:
            self.reasons[(self.sentence, match.first, match.row.order)] = reason

    def wrap(self, name: str, fn: Callable[..., Any], when_none: bool) -> Callable[..., Any]:
        def watched(*args: Any, **kwargs: Any) -> Any:
            answer = fn(*args, **kwargs)
            dropped = answer is None if when_none else bool(answer)
            if dropped:
                given = [arg for arg in args if isinstance(arg, TriggerMatch)]
                match = given[0] if given else self.current
                self.note(match, _REASONS.get(name, name))
            return answer
        return watched


@contextmanager
def _watched_rules(watch: _Watch) -> Iterator[None]:
    saved = {name: getattr(coder_module, name) for name in (*_DROPPING, *_DROPPING_WHEN_NONE)}
    try:
        for name, fn in saved.items():
            setattr(coder_module, name, watch.wrap(name, fn, name in _DROPPING_WHEN_NONE))
        yield
    finally:
        for name, fn in saved.items():
            setattr(coder_module, name, fn)


def _traced_coder(watch: _Watch) -> type[Any]:
    base: type[Any] = coder_module._ArticleCoder

    class TracedCoder(base):  # type: ignore[misc]
        def _sentence(self, start: int, end: int) -> None:
            watch.sentence = start
            super()._sentence(start, end)

        def _add(self, match: TriggerMatch, *args: Any) -> None:
            watch.current = match
            super()._add(match, *args)

        def _filtered(self, match: TriggerMatch, tokens: Any, source: Any, target: Any) -> bool:
            if source is None and target is None:
                watch.note(match, NO_SIDES + ": nobody found")
            elif source is None:
                watch.note(match, NO_SIDES + ": no source")  # unless a later rule finds one
            return bool(super()._filtered(match, tokens, source, target))

        def _meeting_again(self, match: TriggerMatch, *args: Any) -> None:
            watch.note(match, "named again, nothing before")
            super()._meeting_again(match, *args)

    return TracedCoder


def traced_run(given: SystemInput, lang: str = "id") -> ArticleTrace:
    """Each trigger's fate in one text, coding it as :func:`warta.article.events.find_events`."""
    watch = _Watch()
    with _watched_rules(watch):
        coder = _traced_coder(watch)(given.text, given.sentences, given.entities, given.timexes, "a1", lang)
        coder.run()
    coded = {start for start, _ in coder.triggers}
    trace = ArticleTrace(skipped=teaser_spans(given.text))
    for start, end in coder.sentences:
        if trace.reached(start):
            trace.fates.extend(_sentence_fates(given.text, start, end, coded, watch.reasons))
    return trace


def _sentence_fates(text: str, start: int, end: int, coded: set[int],
                    reasons: dict[tuple[int, int, int], str]) -> Sequence[TriggerFate]:
    tokens = tokenize(text, start, end)
    fates = []
    for match in find_triggers(tokens):
        at = tokens[match.first].start
        reason = reasons.get((start, match.first, match.row.order), NO_SIDES)
        fates.append(TriggerFate(at, tokens[match.last - 1].end, match.row.type,
                                 CODED if at in coded else reason))
    return fates
