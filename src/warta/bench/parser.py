"""Benchmark ``parser``: UPOS accuracy, UAS and LAS on UD Indonesian GSD test, and speed.

The parser (:mod:`warta.article.parse`) is trained on PUD and GSD dev and never sees GSD
test. Gold is read as warta tokenizes it (:mod:`warta.train.parser_data`: clitics and
multiword tokens merged, relations reduced to the labels the model learns), every token
counted, punctuation included, as in the CoNLL 2018 shared task's LAS.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from warta.bench import Metrics

if TYPE_CHECKING:
    from spacy.language import Language

    from warta.train.parser_data import ParsedSentence

MIN_SPEED_TOKENS = 30_000


def evaluate(nlp: Language, sentences: Sequence[ParsedSentence]) -> dict[str, float]:
    """UPOS accuracy, UAS and LAS of ``nlp`` over ``sentences``' tokens."""
    from warta.article.parse import ROOT, parse_many

    parses = parse_many([s.words for s in sentences], nlp)
    tokens = upos = heads = labelled = 0
    for gold, parse in zip(sentences, parses, strict=True):
        for i, word_upos in enumerate(gold.upos):
            tokens += 1
            upos += parse.upos[i] == word_upos
            same_head = parse.heads[i] == gold.heads[i]
            heads += same_head
            gold_label = ROOT if gold.heads[i] == i else gold.deprels[i]
            labelled += same_head and parse.deprels[i] == gold_label
    return {"upos": upos / tokens, "uas": heads / tokens, "las": labelled / tokens, "tokens": tokens}


def tokens_per_cpu_second(nlp: Language, sentences: Sequence[ParsedSentence]) -> float:
    """Tokens parsed (tagger included) per CPU-second, batches of 64, repeated to MIN_SPEED_TOKENS."""
    from warta.article.parse import parse_many

    words = [s.words for s in sentences]
    parse_many(words[:64], nlp)  # warm-up: first calls allocate
    done = 0
    started = time.process_time()
    while done < MIN_SPEED_TOKENS:
        parse_many(words, nlp)
        done += sum(len(w) for w in words)
    return done / (time.process_time() - started)


def measure(nlp: Language, data_dir: Path) -> Metrics:
    """Every metric of the task for a given pipeline (``warta train parser`` scores a new model with it)."""
    from warta.train.parser_data import test_sentences

    gold = test_sentences(data_dir)
    scores = evaluate(nlp, gold)
    return {
        "gsd_test_upos": round(scores["upos"], 4),
        "gsd_test_uas": round(scores["uas"], 4),
        "gsd_test_las": round(scores["las"], 4),
        "gsd_test_tokens": int(scores["tokens"]),
        "tokens_per_cpu_s": round(tokens_per_cpu_second(nlp, gold)),
    }


def run(data_dir: Path) -> Metrics:
    from warta.article.parse import load_parser

    return measure(load_parser(), data_dir)
