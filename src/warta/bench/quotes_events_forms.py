"""Would deriving trigger forms by morphology find gold events? A probe on the development documents.

    python -m warta.bench.quotes_events_forms --held-out dev9- [--data-dir ../shared/data]

The lexicon lists each trigger form it reads (``menangkap``, ``ditangkap``, ``penangkapan``). A rule
that read any other form of a listed word's root as a trigger (``ter-``, ``pe-…-an``, ``per-…-an``,
``di-``, ``meN-``, ``ber-``, a bare or ``-kan``/``-an`` form: PySastrawi gives the root) would fire on
every word below: one not inside a trigger the lexicon finds, not a listed form, whose root is the
root of a one-word form needing no object. Each fire is counted by the word's affix and by whether
a gold event of a type the root's forms give stands on it. Documents whose names start with a
``--held-out`` prefix are left out.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from warta.article.event_lexicon import Token, find_triggers, tokenize, trigger_index
from warta.bench import default_data_dir
from warta.bench.quotes_events_gold import GoldDoc, gold_dir, load_gold
from warta.bench.quotes_events_recall import gold_triggers, root, trigger_span

_MIN_LETTERS = 5  # shorter words are function words and names ("dia", "oleh")
_CLITIC = "nya"


def affix(word: str) -> str:
    """The derivational shape of a word, read off its spelling."""
    for prefix, name in (("di", "di-"), ("ter", "ter-"), ("me", "meN-"), ("ber", "ber-")):
        if word.startswith(prefix):
            return name
    if word.startswith("pe") and word.endswith("an"):
        return "pe-an/per-an"
    return "-an" if word.endswith("an") and not word.endswith("kan") else "bare/-kan/-i"


@cache
def types_by_root(lang: str = "id") -> dict[str, frozenset[str]]:
    """Root -> the event types of the lexicon's one-word forms of that root that need no object."""
    found: dict[str, set[str]] = {}
    for first, entries in trigger_index(lang).items():
        for form, row in entries:
            if len(form) == 1 and not row.objects:
                found.setdefault(root(first), set()).add(row.type)
    return {key: frozenset(value) for key, value in found.items()}


def _candidates(tokens: list[Token]) -> list[tuple[Token, frozenset[str]]]:
    """Words a root rule would add: outside the lexicon's triggers and forms, of a lexicon root."""
    index = trigger_index("id")
    covered = {i for match in find_triggers(tokens) for i in range(match.first, match.end)}
    found = []
    for i, token in enumerate(tokens):
        word = token.low[: -len(_CLITIC)] if token.low.endswith(_CLITIC) else token.low
        if i in covered or not token.is_word or token.low in index or len(word) < _MIN_LETTERS:
            continue
        kinds = types_by_root().get(root(word))
        if kinds:
            found.append((token, kinds))
    return found


def probe(doc: GoldDoc, triggers: Sequence[str]) -> Counter[tuple[str, bool]]:
    """Fires of a root rule in one document beyond its headline, by (affix, on a gold event of its type)."""
    spans = [(trigger_span(doc, gold, trigger), gold.type)
             for gold, trigger in zip(doc.events, triggers, strict=True)]
    counts: Counter[tuple[str, bool]] = Counter()
    for token, kinds in _candidates(tokenize(doc.text, doc.title_end)):
        gold = {kind for (start, end), kind in spans if token.start < end and start < token.end}
        counts[(affix(token.low), bool(gold & kinds))] += 1
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m warta.bench.quotes_events_forms")
    parser.add_argument("--held-out", action="append", default=[], help="name prefix of held-out documents")
    parser.add_argument("--data-dir", type=Path, default=default_data_dir())
    args = parser.parse_args(argv)
    counts: Counter[tuple[str, bool]] = Counter()
    for doc in load_gold("dev", args.data_dir):
        if not any(doc.name.startswith(prefix) for prefix in args.held_out):
            counts.update(probe(doc, gold_triggers(gold_dir() / "dev" / f"{doc.name}.json")))
    print("affix\tfires\ton a gold event of the root's type")
    for shape in sorted({shape for shape, _ in counts}):
        print(f"{shape}\t{counts[(shape, True)] + counts[(shape, False)]}\t{counts[(shape, True)]}")
    gold = sum(n for (_, hit), n in counts.items() if hit)
    print(f"all\t{sum(counts.values())}\t{gold}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
