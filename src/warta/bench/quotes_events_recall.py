"""Where event recall goes: each gold event the system did not get right, put in one class.

    python -m warta.bench.quotes_events_recall --held-out dev9- [--show] [--data-dir ../shared/data]

For each gold event of the dev split with no matching system event (type, source and target,
as the scorer matches them):

- ``wrong sides``: a system event of the same type in that sentence (its sides differ: the target
  where one has the gold source, the source where one has the gold target, else both);
- ``other type: G -> S``: system events in that sentence, none of the gold type;
- ``no event``: none in that sentence, then why: the sentence was not reached (a list of
  links, the headline), the lexicon found the gold trigger there but the coder dropped it (the
  rule that did, :mod:`warta.bench.quotes_events_trace`), or the lexicon has no trigger over the
  gold trigger's words: the word is a lexicon word matched nowhere here (its object or an
  ``unless`` word missing), another form of a lexicon word's root (PySastrawi), or absent.

Documents whose names start with a ``--held-out`` prefix are counted apart and never shown
one by one (they are the held-out check); ``--show`` lists the development losses.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from warta.article.event_lexicon import trigger_index
from warta.bench import default_data_dir
from warta.bench.quotes_events_actors import actor_agrees, entity_aliases
from warta.bench.quotes_events_gold import GoldDoc, GoldEvent, gold_dir, load_gold
from warta.bench.quotes_events_matching import greedy_pairs, overlaps
from warta.bench.quotes_events_system import load_system, predict, system_input
from warta.bench.quotes_events_trace import CODED, ArticleTrace, traced_run
from warta.models import Event

WRONG_SIDES = "wrong sides"
NOT_REACHED = "no event / sentence not reached"
DROPPED = "no event / dropped by"
LEXICON_WORD = "no event / lexicon word, not matched here"
ROOT_FORM = "no event / other form of a lexicon root"
ABSENT = "no event / root not in lexicon"
# Words that carry no act of their own in a multi-word trigger ("melakukan penangkapan").
_LIGHT = frozenset({
    "melakukan", "dilakukan", "memberikan", "diberikan", "menggelar", "digelar", "mengadakan", "diadakan",
    "menjadi", "ada", "akan", "telah", "sudah", "untuk", "dan", "atau", "yang", "dengan", "oleh", "ke", "di",
    "dari", "tidak", "tak", "belum", "bukan", "harus", "dapat", "bisa",
})


@dataclass(frozen=True)
class Loss:
    doc: str
    kind: str
    trigger: str
    gold_type: str
    sentence: str
    found: str = ""  # what the lexicon found over the gold trigger and its fate ("COERCE coded")


def gold_triggers(path: Path) -> list[str]:
    """The trigger word(s) of each gold event, in the gold file's order."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    return [str(event.get("trigger") or "") for event in raw.get("events", [])]


@cache
def _stemmer() -> Callable[[str], str]:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    stem: Callable[[str], str] = StemmerFactory().create_stemmer().stem
    return stem


def root(word: str) -> str:
    """The word's PySastrawi root ("penangkapan", "ditangkap" -> "tangkap")."""
    return _stemmer()(word.lower())


@cache
def lexicon_words(lang: str = "id") -> frozenset[str]:
    """The head word of every trigger form: its first word that is no light verb or negation."""
    return frozenset(_head(form) for entries in trigger_index(lang).values() for form, _ in entries) - {""}


def _head(words: Sequence[str]) -> str:
    return next((word for word in words if word not in _LIGHT), "")


@cache
def lexicon_roots(lang: str = "id") -> frozenset[str]:
    return frozenset(root(word) for word in lexicon_words(lang))


def trigger_span(doc: GoldDoc, gold: GoldEvent, trigger: str) -> tuple[int, int]:
    """Where the gold trigger's words stand in the gold sentence (the whole sentence if not found)."""
    sentence = doc.text[gold.start:gold.end].lower()
    at = sentence.find(trigger.lower()) if trigger else -1
    if at < 0:
        return gold.start, gold.end
    return gold.start + at, gold.start + at + len(trigger)


def _lexicon_class(trigger: str) -> str:
    words = [w for w in re.findall(r"\w+(?:-\w+)*", trigger.lower()) if w not in _LIGHT]
    if any(w in lexicon_words() for w in words):
        return LEXICON_WORD
    if any(root(w) in lexicon_roots() for w in words):
        return ROOT_FORM
    return ABSENT


def _no_event_class(doc: GoldDoc, gold: GoldEvent, trigger: str, trace: ArticleTrace) -> str:
    start, end = trigger_span(doc, gold, trigger)
    if start < doc.title_end or not trace.reached(start):
        return NOT_REACHED
    fates = [f for f in trace.fates_over(start, end) if f.fate != CODED]
    if fates:
        return f"{DROPPED} {fates[0].fate}"
    return _lexicon_class(trigger)


def classify(doc: GoldDoc, triggers: Sequence[str], events: Sequence[Event], trace: ArticleTrace,
             aliases: dict[str, list[str]]) -> list[Loss]:
    """The class of each gold event of ``doc`` that no system event matches."""
    events = [e for e in events if any(ev.end > doc.title_end for ev in e.evidence)]

    def in_sentence(event: Event, gold: GoldEvent) -> bool:
        return any(overlaps((ev.start, ev.end), (gold.start, gold.end)) for ev in event.evidence)

    def right(event: Event, gold: GoldEvent) -> bool:
        return in_sentence(event, gold) and event.type == gold.type and actor_agrees(
            event.source, gold.source, aliases) and actor_agrees(event.target, gold.target, aliases)

    pairs = greedy_pairs((1.0, i, j) for i, p in enumerate(events) for j, g in enumerate(doc.events)
                         if right(p, g))
    found = {j for _, j in pairs}
    losses = []
    for j, gold in enumerate(doc.events):
        if j in found:
            continue
        trigger = triggers[j] if j < len(triggers) else ""
        near = sorted({e.type for e in events if in_sentence(e, gold)})
        if gold.type in near:
            typed = [e for e in events if in_sentence(e, gold) and e.type == gold.type]
            kind = f"{WRONG_SIDES}: {_wrong_side(typed, gold, aliases)}"
        elif near:
            kind = f"other type: {gold.type} -> {'/'.join(near)}"
        else:
            kind = _no_event_class(doc, gold, trigger, trace)
        start, end = trigger_span(doc, gold, trigger)
        found_here = ", ".join(f"{f.type} {f.fate}" for f in trace.fates_over(start, end))
        losses.append(Loss(doc.name, kind, trigger, gold.type, doc.text[gold.start:gold.end], found_here))
    return losses


def _wrong_side(typed: Sequence[Event], gold: GoldEvent, aliases: dict[str, list[str]]) -> str:
    """Which side the system events of the gold type in the sentence get wrong: the target (one has
    the gold source), the source (one has the gold target), or both."""
    if any(actor_agrees(e.source, gold.source, aliases) for e in typed):
        return "target"
    if any(actor_agrees(e.target, gold.target, aliases) for e in typed):
        return "source"
    return "both"


@dataclass(frozen=True)
class Drop:
    """A trigger the coder dropped, and whether a gold event stands on its words."""

    doc: str
    reason: str
    type: str
    gold_type: str | None  # the type of the gold event over the trigger's words, None if none
    word: str = ""  # the trigger's words


def drops(doc: GoldDoc, triggers: Sequence[str], trace: ArticleTrace) -> list[Drop]:
    """Every dropped trigger of ``doc`` beyond its headline, matched to the gold triggers."""
    spans = [(trigger_span(doc, gold, trigger), gold.type)
             for gold, trigger in zip(doc.events, triggers, strict=True)]
    found = []
    for fate in trace.fates:
        if fate.fate == CODED or fate.start < doc.title_end:
            continue
        over = [kind for (start, end), kind in spans if fate.start < end and start < fate.end]
        gold_type = fate.type if fate.type in over else (over[0] if over else None)
        found.append(Drop(doc.name, fate.fate, fate.type, gold_type, doc.text[fate.start:fate.end]))
    return found


def split_losses(data_dir: Path) -> tuple[list[Loss], list[Drop]]:
    """Every loss and every dropped trigger of the dev split (the system run as the scorer runs it)."""
    system = load_system()
    losses, dropped = [], []
    for doc in load_gold("dev", data_dir):
        given = system_input(doc.text, doc.dct)
        pred = predict(system, given)
        triggers = gold_triggers(gold_dir() / "dev" / f"{doc.name}.json")
        trace = traced_run(given)
        losses.extend(classify(doc, triggers, pred.events, trace, entity_aliases(pred.entities)))
        dropped.extend(drops(doc, triggers, trace))
    return losses, dropped


def drop_report(dropped: Sequence[Drop], held_out: Sequence[str], show: bool = False) -> list[str]:
    """Per drop rule on the development documents: triggers dropped, and how many of them were gold
    events (of the trigger's type, of any type): a rule's errors are its gold drops."""
    part = [d for d in dropped if not any(d.doc.startswith(prefix) for prefix in held_out)]
    total = Counter(d.reason for d in part)
    same = Counter(d.reason for d in part if d.gold_type == d.type)
    any_type = Counter(d.reason for d in part if d.gold_type is not None)
    lines = ["## development: dropped triggers per rule (dropped, gold of that type, gold of any type)"]
    lines += [f"{n:5d} {same[reason]:5d} {any_type[reason]:5d}  {reason}"
              for reason, n in total.most_common()]
    if show:
        lines.append("## development: dropped triggers")
        lines += [f"{d.doc}\t{d.reason}\t{d.type}\t{d.word}\tgold {d.gold_type or '-'}" for d in part]
    return lines


def _main_class(kind: str) -> str:
    if kind.startswith(DROPPED):
        return DROPPED
    return kind if kind.startswith("no event") else kind.split(":")[0]


def report(losses: Sequence[Loss], held_out: Sequence[str], show: bool) -> list[str]:
    """Counts per class for the development documents and for the held-out ones (counts only)."""
    def is_held(loss: Loss) -> bool:
        return any(loss.doc.startswith(prefix) for prefix in held_out)

    lines = []
    for title, part in (("development", [x for x in losses if not is_held(x)]),
                        ("held out", [x for x in losses if is_held(x)])):
        detailed = Counter(x.kind for x in part)
        broad = Counter(_main_class(x.kind) for x in part)
        lines.append(f"## {title}: {len(part)} gold events not matched")
        lines += [f"{n:5d}  {kind}" for kind, n in broad.most_common()]
        if title == "development":  # the held-out check gives its broad counts only
            lines.append(f"## {title}, in detail")
            lines += [f"{n:5d}  {kind}" for kind, n in detailed.most_common()]
    if show:
        lines.append("## development losses")
        lines += [f"{x.doc}\t{x.kind}\t{x.gold_type}\t{x.trigger}\t[{x.found}]\t{x.sentence[:160]}"
                  for x in losses if not is_held(x)]
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m warta.bench.quotes_events_recall")
    parser.add_argument("--held-out", action="append", default=[], help="name prefix of held-out documents")
    parser.add_argument("--show", action="store_true", help="list each development loss")
    parser.add_argument("--data-dir", type=Path, default=default_data_dir())
    args = parser.parse_args(argv)
    losses, dropped = split_losses(args.data_dir)
    for line in [*report(losses, args.held_out, args.show), *drop_report(dropped, args.held_out, args.show)]:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
