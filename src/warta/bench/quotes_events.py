"""Benchmark ``quotes-events``: quotes with speakers, PLOVER events and stances.

The gold is warta's own stand-off annotation of real Kompas and IndoSum articles
(``bench/gold/quotes-events/{dev,test}/*.json``, format in that folder's README, rules in
``docs/annotation.md``). Each document's text is rebuilt from ``../shared/data`` by
:func:`document_text`; annotators write text anchors and ``fix-offsets`` fills offsets::

    python -m warta.bench.quotes_events fix-offsets bench/gold/quotes-events/dev/*.json
    python -m warta.bench.quotes_events errors     # the system's errors on the dev split

Scores (per split, prefixed ``dev_`` / ``test_``):

- quotes: span P/R/F1, a system quote matching a gold one when overlap / union ≥ 0.5
  (one-to-one, best first), and exact-span F1; speaker accuracy over matched gold quotes;
- events: P/R/F1 on (type, source, target), matched within the same sentence (evidence
  overlapping the gold sentence), actors by shared name words (None matches None; a gold
  description that is only a kind of body, "polisi", also agrees with a predicted name of a body of
  that kind, "Polda Metro Jaya", as the guideline resolves role-only actors to the named body);
  type-only F1, and date / location accuracy over the type-matched events;
- stances: positions matched by sentence and holder (P/R/F1), label accuracy over them.

Predictions lying wholly in a Kompas headline are ignored: the gold leaves titles out.
Speed is sentences per CPU second of quotes + events + stances over the gold texts
repeated to at least :data:`MIN_SPEED_SENTENCES`; entities (the NER model) and timexes
are computed beforehand and timed apart. English quotes are scored on PolNeAR's dev split
(``quotes_events_polnear``, report only).

This module is the task (:func:`run`) and the command line (:func:`main`); the parts live in
modules of their own and every name is importable from here too: the gold texts
(``quotes_events_texts``), anchors → offsets and value checks (``quotes_events_offsets``), the gold
documents (``quotes_events_gold``), actor comparison (``quotes_events_actors``), counting and pairing
(``quotes_events_matching``), scoring a document (``quotes_events_scoring``) and running the system
(``quotes_events_system``).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from warta.bench import Metrics, default_data_dir
from warta.bench.quotes_events_actors import (
    actor_agrees,
    actor_names,
    entity_aliases,
    head_noun,
    name_words,
    names_body_of_kind,
    names_match,
    speaker_agrees,
)
from warta.bench.quotes_events_gold import (
    GoldDoc,
    GoldEvent,
    GoldQuote,
    GoldStance,
    gold_dir,
    load_gold,
    load_gold_file,
)
from warta.bench.quotes_events_matching import (
    SPAN_MATCH,
    Tally,
    f1,
    greedy_pairs,
    overlaps,
    ratio,
    span_ratio,
)
from warta.bench.quotes_events_offsets import (
    MODALITIES,
    PLOVER_TYPES,
    SPEAKER_KINDS,
    STANCES,
    fill_offsets,
    find_anchor,
    fix_offsets_file,
)
from warta.bench.quotes_events_scoring import (
    PredictedPosition,
    Prediction,
    calendar_part,
    metrics_of,
    positions_of,
    same_date,
    same_location,
    score_document,
    score_events,
    score_quotes,
    score_stances,
)
from warta.bench.quotes_events_system import (
    MIN_SPEED_SENTENCES,
    System,
    SystemInput,
    load_system,
    predict,
    score_split,
    sentences_per_second,
    system_input,
    timexes_of,
)
from warta.bench.quotes_events_texts import GoldError, document_text, title_end

__all__ = [
    "MIN_SPEED_SENTENCES",
    "MODALITIES",
    "PLOVER_TYPES",
    "SPAN_MATCH",
    "SPEAKER_KINDS",
    "SPLITS",
    "STANCES",
    "GoldDoc",
    "GoldError",
    "GoldEvent",
    "GoldQuote",
    "GoldStance",
    "PredictedPosition",
    "Prediction",
    "System",
    "SystemInput",
    "Tally",
    "actor_agrees",
    "actor_names",
    "calendar_part",
    "document_text",
    "entity_aliases",
    "f1",
    "fill_offsets",
    "find_anchor",
    "fix_offsets_file",
    "gold_dir",
    "greedy_pairs",
    "head_noun",
    "load_gold",
    "load_gold_file",
    "load_system",
    "main",
    "metrics_of",
    "name_words",
    "names_body_of_kind",
    "names_match",
    "overlaps",
    "positions_of",
    "predict",
    "ratio",
    "run",
    "same_date",
    "same_location",
    "score_document",
    "score_events",
    "score_quotes",
    "score_split",
    "score_stances",
    "sentences_per_second",
    "span_ratio",
    "speaker_agrees",
    "system_input",
    "timexes_of",
    "title_end",
]

SPLITS = ("dev", "test")


def run(data_dir: Path) -> Metrics:
    system = load_system()
    gold = {split: load_gold(split, data_dir) for split in SPLITS}
    begin = time.process_time()
    inputs = {doc.name: system_input(doc.text, doc.dct) for docs in gold.values() for doc in docs}
    input_seconds = time.process_time() - begin
    metrics: Metrics = {}
    for split, docs in gold.items():
        metrics.update(score_split(docs, inputs, system, split))
    speed, counted = sentences_per_second(system, list(inputs.values()))
    if (data_dir / "polnear" / "dev").is_dir():
        from warta.bench.quotes_events_polnear import score_polnear  # English: report only

        metrics.update(score_polnear(system, data_dir))
    metrics.update({
        "sentences_per_second": round(speed, 1),
        "speed_sentences": counted,
        "entities_timex_cpu_seconds": round(input_seconds, 2),
        "documents": len(inputs),
    })
    return metrics


# --------------------------------------------------------------------------- command line


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m warta.bench.quotes_events")
    commands = parser.add_subparsers(dest="command", required=True)
    fix = commands.add_parser("fix-offsets", help="fill start/end offsets of gold files from their anchors")
    fix.add_argument("files", nargs="+", type=Path)
    fix.add_argument("--data-dir", type=Path, default=default_data_dir())
    errors = commands.add_parser("errors", help="list the system's errors on the dev split (never test)")
    errors.add_argument("--data-dir", type=Path, default=default_data_dir())
    args = parser.parse_args(argv)
    if args.command == "errors":
        from warta.bench.quotes_events_errors import dev_errors

        for line in dev_errors(load_system(), args.data_dir):
            print(line)
        return 0
    problems = [p for path in args.files for p in fix_offsets_file(path, args.data_dir)]
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(args.files)} file(s), {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
