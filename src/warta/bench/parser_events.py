"""Does the parser find event actors? Gold sides vs parse sides vs the rule coder's, on quotes-events dev.

    python -m warta.bench.parser_events

For each dev gold event (sentence, trigger, source, target) the sentence is parsed and the
trigger's sides read off the parse (:mod:`warta.bench.parser_sides`). A side is right when its
phrase names the gold actor by the scorer's rule (:func:`quotes_events_actors.names_match`;
no side is right when the gold has none). The rule coder's side is right when the event it
codes in that sentence with the gold type (paired as the scorer pairs) has an agreeing actor
(:func:`quotes_events_actors.actor_agrees`); a gold event it does not code counts as wrong
(``rules_*``), and the same figures are given over the events it does code (``typed_*``).
Dev only: the test split is never read here.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from warta.article.tokens import Token, tokenize
from warta.bench.quotes_events_actors import actor_agrees, entity_aliases, name_words, names_match
from warta.bench.quotes_events_gold import GoldDoc, GoldEvent, gold_dir
from warta.bench.quotes_events_matching import greedy_pairs, overlaps
from warta.models import Event

SIDES = ("source", "target")
VOICES = ("me", "di", "ber", "noun", "other")
_PRONOUNS = frozenset({"ia", "dia", "mereka", "kami", "kita", "saya", "aku", "beliau", "yang", "pihaknya"})


@dataclass(frozen=True)
class EventCase:
    """One gold event and what each system says its sides are."""

    voice: str
    typed: bool  # the rule coder codes an event of the gold type in the sentence
    parser_right: tuple[bool, bool]  # source, target
    parser_head: tuple[bool, bool]  # the gold actor contains the parse's head word (looser than names_match)
    rules_right: tuple[bool, bool]
    parser_pronoun: tuple[bool, bool]
    stated: tuple[bool, bool]  # the gold side is named in the sentence itself (all its name words occur)


def stated_in(sentence_words: set[str], gold: str | None) -> bool:
    """The gold actor's name words all occur in the sentence (a parse of it could find it)."""
    wanted = name_words(gold)
    return gold is not None and bool(wanted) and wanted <= sentence_words


def head_in_gold(head_word: str | None, gold: str | None) -> bool:
    """The brief's looser test: the gold actor is, or contains, the head word the parse gives the side."""
    if gold is None:
        return head_word is None
    return head_word is not None and head_word.casefold() in {t.key for t in tokenize(gold)}


def side_right(found: str | None, gold: str | None) -> bool:
    if gold is None:
        return found is None
    return found is not None and names_match(found, gold)


def trigger_index(tokens: list[Token], trigger: str) -> int | None:
    """Where the trigger's first word occurs in the sentence's tokens (its first occurrence)."""
    words = tokenize(trigger)
    if not words:
        return None
    return next((i for i, t in enumerate(tokens) if t.key == words[0].key), None)


def rule_matches(doc: GoldDoc, events: list[Event]) -> dict[int, Event]:
    """Gold event index → the rule coder's event of the same type in the same sentence (greedy, as scored)."""
    def same_sentence(p: Event, g: GoldEvent) -> bool:
        return any(overlaps((e.start, e.end), (g.start, g.end)) for e in p.evidence)

    scores = [(1.0, i, j) for i, p in enumerate(events) for j, g in enumerate(doc.events)
              if p.type == g.type and same_sentence(p, g)]
    return {j: events[i] for i, j in greedy_pairs(scores)}


def cases(data_dir: Path) -> Iterator[EventCase]:
    from warta.article.parse import parse_tokens
    from warta.bench import quotes_events as qe
    from warta.bench.parser_sides import phrase, sides_of, voice

    system = qe.load_system()
    for doc in qe.load_gold("dev", data_dir):
        raw = json.loads((gold_dir() / "dev" / f"{doc.name}.json").read_text(encoding="utf-8"))["events"]
        given = qe.system_input(doc.text, doc.dct)
        prediction = qe.predict(system, given)
        aliases = entity_aliases(prediction.entities)
        matched = rule_matches(doc, prediction.events)
        for index, (gold, gold_raw) in enumerate(zip(doc.events, raw, strict=True)):
            tokens = tokenize(doc.text[gold.start:gold.end])
            trigger = trigger_index(tokens, gold_raw.get("trigger") or "")
            words = [t.text for t in tokens]
            parse = parse_tokens(words)
            found: tuple[str | None, str | None] = (None, None)
            heads: tuple[str | None, str | None] = (None, None)
            trigger_voice = "other"
            if trigger is not None:
                trigger_voice = voice(words[trigger], parse.upos[trigger])
                sides = sides_of(parse, words, trigger, trigger_voice)
                found = (phrase(parse, words, sides.source), phrase(parse, words, sides.target))
                heads = (_word(words, sides.source), _word(words, sides.target))
            rule = matched.get(index)
            sentence_words = set(name_words(doc.text[gold.start:gold.end]))
            yield EventCase(
                voice=trigger_voice,
                typed=rule is not None,
                parser_right=(side_right(found[0], gold.source), side_right(found[1], gold.target)),
                parser_head=(head_in_gold(heads[0], gold.source), head_in_gold(heads[1], gold.target)),
                rules_right=(rule is not None and actor_agrees(rule.source, gold.source, aliases),
                             rule is not None and actor_agrees(rule.target, gold.target, aliases)),
                parser_pronoun=(_is_pronoun(found[0]), _is_pronoun(found[1])),
                stated=(stated_in(sentence_words, gold.source), stated_in(sentence_words, gold.target)),
            )


def _word(words: list[str], index: int | None) -> str | None:
    return None if index is None else words[index]


def _is_pronoun(found: str | None) -> bool:
    return found is not None and found.casefold() in _PRONOUNS


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def tabulate(rows: list[EventCase]) -> dict[str, dict[str, float]]:
    """Per voice (and ``all``): counts and the share of events each system gets each side right."""
    table: dict[str, dict[str, float]] = {}
    for group in (*VOICES, "all"):
        chosen = [r for r in rows if group in ("all", r.voice)]
        if chosen:
            table[group] = _group_figures(chosen)
    return table


def _group_figures(chosen: list[EventCase]) -> dict[str, float]:
    typed = [r for r in chosen if r.typed]
    figures: dict[str, float] = {"events": len(chosen), "typed": len(typed)}
    for k, side in enumerate(SIDES):
        stated = [r for r in chosen if r.stated[k]]
        figures |= {
            f"parser_{side}": _share(sum(r.parser_right[k] for r in chosen), len(chosen)),
            f"parser_head_{side}": _share(sum(r.parser_head[k] for r in chosen), len(chosen)),
            f"rules_{side}": _share(sum(r.rules_right[k] for r in chosen), len(chosen)),
            f"either_{side}": _share(sum(r.parser_right[k] or r.rules_right[k] for r in chosen), len(chosen)),
            f"typed_parser_{side}": _share(sum(r.parser_right[k] for r in typed), len(typed)),
            f"typed_rules_{side}": _share(sum(r.rules_right[k] for r in typed), len(typed)),
            f"stated_{side}": len(stated),
            f"stated_parser_{side}": _share(sum(r.parser_right[k] for r in stated), len(stated)),
            f"stated_rules_{side}": _share(sum(r.rules_right[k] for r in stated), len(stated)),
            f"parser_pronoun_{side}": _share(sum(r.parser_pronoun[k] for r in chosen), len(chosen)),
        }
    figures["parser_both"] = _share(sum(all(r.parser_right) for r in chosen), len(chosen))
    figures["rules_both"] = _share(sum(all(r.rules_right) for r in chosen), len(chosen))
    return figures


def main() -> None:
    from warta.bench import default_data_dir

    print(json.dumps(tabulate(list(cases(default_data_dir()))), indent=1))


if __name__ == "__main__":
    main()
