"""Where event precision goes: each system event that no gold event backs, put in one class.

    python -m warta.bench.quotes_events_precision --held-out dev9- --held-out dev10- [--show]

For each system event of the dev split that the scorer pairs with no gold event (type, source and
target in the same sentence, :mod:`warta.bench.quotes_events_scoring`):

- ``wrong sides``: a gold event of the same type in that sentence (the system event's sides
  differ: its source is the gold one and the target not, the other way round, or both), and
  whether the system trigger stands on that gold event's trigger words (a side error) or on other
  words (a trigger the gold does not code); "one too many" where every gold event of the type in
  the sentence is already matched by another system event;
- ``other type: S -> G``: gold events in that sentence, none of the system event's type (on the
  gold trigger: a sense error; on other words: a trigger the gold does not code);
- ``no gold event``: none in that sentence, then what the annotation guideline would ask of it,
  where the text tells it (docs/annotation.md): the same type and sides coded in an earlier
  sentence (the headline, or the body: the guideline codes a happening again where it is stated
  again, so these are events told again or a coder's repeat), inside a quotation, told as
  planned, hypothetical or demanded, negated, the trigger a noun (an act named, perhaps no act
  done), else a plain asserted verb.

Documents whose names start with a ``--held-out`` prefix are counted apart and never shown one
by one (they are the held-out check); ``--show`` lists the development events.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from warta.article.events import events_with_triggers
from warta.bench import default_data_dir
from warta.bench.quotes_events_actors import actor_agrees, entity_aliases
from warta.bench.quotes_events_gold import GoldDoc, GoldEvent, gold_dir, load_gold
from warta.bench.quotes_events_matching import greedy_pairs, overlaps
from warta.bench.quotes_events_recall import gold_triggers, trigger_span
from warta.bench.quotes_events_system import load_system, system_input
from warta.models import ActorRef, Event, Quote

WRONG_SIDES = "wrong sides"
# Every gold event of its type in the sentence is matched by another system event: one too many.
EXTRA = f"{WRONG_SIDES}: one too many, the gold events of its type matched"
OTHER_TYPE = "other type"
NO_GOLD = "no gold event"
HEADLINE_REPEAT = f"{NO_GOLD} / headline repeat"
BODY_REPEAT = f"{NO_GOLD} / coded in an earlier sentence"
QUOTED = f"{NO_GOLD} / inside a quotation"
NOT_ASSERTED = f"{NO_GOLD} / planned, hypothetical or demanded"
NEGATED = f"{NO_GOLD} / negated"
ACT_NOUN = f"{NO_GOLD} / act noun"
ASSERTED = f"{NO_GOLD} / asserted verb"
# Verb prefixes: a word with one of them is no act noun even when it ends in "-an" ("dikirimkan").
_VERB_PREFIX = re.compile(r"^(?:me|di|ber|ter)")
_NOUN_FORM = re.compile(r"^\w{4,}an$")  # pe-an, per-an, ke-an, -an: "penangkapan", "bantuan"
# Words that carry no act of their own at the head of a multi-word trigger.
_LIGHT = frozenset({"melakukan", "dilakukan", "memberikan", "diberikan", "menggelar", "digelar", "mengadakan",
                    "diadakan", "menjadi", "ada", "akan", "telah", "sudah", "tidak", "tak", "belum", "bukan"})


@dataclass(frozen=True)
class Spurious:
    doc: str
    kind: str
    type: str
    trigger: str
    sentence: str
    source: str = ""
    target: str = ""


def act_noun(trigger: str) -> bool:
    """The trigger's head word is a noun of an act (``penangkapan``, ``bantuan``, ``kunjungan``),
    not a verb (``menangkap``, ``dibantu``, ``melakukan``)."""
    words = [w for w in re.findall(r"\w+", trigger.lower()) if w not in _LIGHT]
    if not words:
        return False
    return bool(_NOUN_FORM.match(words[0])) and not _VERB_PREFIX.match(words[0])


def _key(actor: ActorRef | None) -> str:
    if actor is None:
        return ""
    return (actor.entity or actor.name or actor.description or "").lower()


def _label(actor: ActorRef | None) -> str:
    if actor is None:
        return ""
    return actor.name or actor.description or actor.entity or ""


def _same_happening(a: Event, b: Event) -> bool:
    return a.type == b.type and _key(a.source) == _key(b.source) and _key(a.target) == _key(b.target)


def _in_quote(at: int, quotes: Sequence[Quote]) -> bool:
    return any(q.start <= at < q.end for q in quotes)


def _no_gold_class(event: Event, trigger: tuple[int, int], earlier: Sequence[Event], title_end: int,
                   text: str, quotes: Sequence[Quote]) -> str:
    before = [e for e in earlier if _same_happening(e, event)]
    if any(e.evidence[0].start < title_end for e in before):
        return HEADLINE_REPEAT
    if before:
        return BODY_REPEAT
    if _in_quote(trigger[0], quotes):
        return QUOTED
    if event.modality != "asserted":
        return NOT_ASSERTED
    if event.negated:
        return NEGATED
    if act_noun(text[trigger[0]:trigger[1]]):
        return ACT_NOUN
    return ASSERTED


def _side_class(event: Event, typed: Sequence[GoldEvent], aliases: dict[str, list[str]]) -> str:
    """Which side differs from the gold events of its type in the sentence."""
    if any(actor_agrees(event.source, g.source, aliases) for g in typed):
        return "target"
    if any(actor_agrees(event.target, g.target, aliases) for g in typed):
        return "source"
    return "both"


def _sentence_of(event: Event) -> tuple[int, int]:
    return event.evidence[0].start, event.evidence[0].end


def _over_gold_trigger(trigger: tuple[int, int], spans: Sequence[tuple[int, int]]) -> str:
    """Whether the system trigger stands on the words of a gold event's trigger (one of ``spans``)."""
    return "same trigger" if any(overlaps(trigger, span) for span in spans) else "another trigger"


def classify(doc: GoldDoc, coded: Sequence[tuple[Event, tuple[int, int]]], quotes: Sequence[Quote],
             aliases: dict[str, list[str]], triggers: Sequence[str] = ()) -> list[Spurious]:
    """The class of each system event of ``doc`` (beyond its headline) that no gold event matches;
    ``triggers`` are the gold events' trigger words (in their order), telling whether a wrong-sides or
    other-type event stands on a gold trigger or on words the gold codes nothing on."""
    cut = doc.title_end
    spans = [trigger_span(doc, g, triggers[j] if j < len(triggers) else "") for j, g in enumerate(doc.events)]
    scored = [(e, t) for e, t in coded if any(ev.end > cut for ev in e.evidence)]

    def in_sentence(event: Event, gold: GoldEvent) -> bool:
        return any(overlaps((ev.start, ev.end), (gold.start, gold.end)) for ev in event.evidence)

    def right(event: Event, gold: GoldEvent) -> bool:
        return in_sentence(event, gold) and event.type == gold.type and actor_agrees(
            event.source, gold.source, aliases) and actor_agrees(event.target, gold.target, aliases)

    pairs = greedy_pairs((1.0, i, j) for i, (p, _) in enumerate(scored) for j, g in enumerate(doc.events)
                         if right(p, g))
    matched = {i for i, _ in pairs}
    backed = {j for _, j in pairs}
    found = []
    for i, (event, trigger) in enumerate(scored):
        if i in matched:
            continue
        here = [j for j, g in enumerate(doc.events) if in_sentence(event, g)]
        typed = [j for j in here if doc.events[j].type == event.type]
        if typed and all(j in backed for j in typed):
            kind = EXTRA
        elif typed:
            side = _side_class(event, [doc.events[j] for j in typed], aliases)
            kind = f"{WRONG_SIDES}: {side}, {_over_gold_trigger(trigger, [spans[j] for j in typed])}"
        elif here:
            kinds = "/".join(sorted({doc.events[j].type for j in here}))
            on = _over_gold_trigger(trigger, [spans[j] for j in here])
            kind = f"{OTHER_TYPE}: {event.type} -> {kinds}, {on}"
        else:
            earlier = [e for e, _ in coded if _sentence_of(e)[1] <= _sentence_of(event)[0]]
            kind = _no_gold_class(event, trigger, earlier, cut, doc.text, quotes)
        found.append(Spurious(doc.name, kind, event.type, doc.text[trigger[0]:trigger[1]],
                              event.evidence[0].sentence, _label(event.source), _label(event.target)))
    return found


def split_spurious(data_dir: Path) -> list[Spurious]:
    """Every unbacked system event of the dev split (the coder run as the scorer runs it)."""
    system = load_system()
    found = []
    for doc in load_gold("dev", data_dir):
        given = system_input(doc.text, doc.dct)
        coded = events_with_triggers(given.text, given.sentences, given.entities, given.timexes, "a1", "id")
        quotes = system.find_quotes(given.text, given.sentences, given.entities, article_id="a1")
        triggers = gold_triggers(gold_dir() / "dev" / f"{doc.name}.json")
        found.extend(classify(doc, coded, quotes, entity_aliases(given.entities), triggers))
    return found


def _main_class(kind: str) -> str:
    if kind.startswith(NO_GOLD) or kind == EXTRA:
        return kind
    return f"{kind.split(':')[0]}, {kind.rsplit(', ', 1)[-1]}"


def report(found: Sequence[Spurious], held_out: Sequence[str], show: bool) -> list[str]:
    """Counts per class (and per class and type) for the development documents; the held-out
    documents' broad counts only."""
    def is_held(item: Spurious) -> bool:
        return any(item.doc.startswith(prefix) for prefix in held_out)

    development = [x for x in found if not is_held(x)]
    held = [x for x in found if is_held(x)]
    lines = [f"## development: {len(development)} system events no gold event backs"]
    broad = Counter(_main_class(x.kind) for x in development)
    lines += [f"{n:5d}  {kind}" for kind, n in broad.most_common()]
    lines.append("## development, in detail")
    lines += [f"{n:5d}  {kind}" for kind, n in Counter(x.kind for x in development).most_common()]
    lines.append("## development, per class and type")
    lines += [f"{n:5d}  {kind}  {kind_type}" for (kind, kind_type), n in
              Counter((x.kind, x.type) for x in development).most_common()]
    lines.append(f"## held out: {len(held)} system events no gold event backs")
    lines += [f"{n:5d}  {kind}" for kind, n in Counter(_main_class(x.kind) for x in held).most_common()]
    if show:
        lines.append("## development events")
        lines += [f"{x.doc}\t{x.kind}\t{x.type}\t{x.trigger}\t{x.source} -> {x.target}\t{x.sentence[:160]}"
                  for x in development]
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m warta.bench.quotes_events_precision")
    parser.add_argument("--held-out", action="append", default=[], help="name prefix of held-out documents")
    parser.add_argument("--show", action="store_true", help="list each development event")
    parser.add_argument("--data-dir", type=Path, default=default_data_dir())
    args = parser.parse_args(argv)
    for line in report(split_spurious(args.data_dir), args.held_out, args.show):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
