"""NER as users get it: the entity stage's mention spans scored on the NER gold sentences.

The entity stage (:mod:`warta.article.entities`) combines the NER model's spans with the
gazetteer, the title grammar and the capitalisation rules, then groups mentions into typed
entities. Here each gold sentence is one text (its words joined by single spaces), each
mention of a PERSON, ORG or LOC entity is one predicted span with its entity's type, and a
span counts only where both of its edges fall on gold token edges (a span ending inside a
word is wrong, as a span of other tokens would be). Coreference links are not scored, only
what they do to types (a short name takes its full name's type).

A title is no part of a name in warta ("Presiden Joko Widodo" → PERSON "Joko Widodo" with
the role "Presiden"); NERGrit and idner-news-2k also leave the title out of the PERSON span,
so there the two agree. Designators are a guideline matter: the sets differ on "Kabupaten X"
and "kota X"; no span is rewritten to fit one set.

Development (tuning) sets: the fixed tenth of NERGrit train that :mod:`warta.train.ner` holds
out, and idner-news-2k dev; never the evaluation sets.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from warta.bench.ner import LABELS, Sentence, Span, read_conll, score

if TYPE_CHECKING:
    from spacy.language import Language

FindFn = Callable[[str], Sequence[object]]


def token_edges(words: Sequence[str]) -> tuple[dict[int, int], dict[int, int]]:
    """Character offset → token index for token starts and (exclusive) token ends of the
    words joined by single spaces."""
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    position = 0
    for i, word in enumerate(words):
        starts[position] = i
        position += len(word)
        ends[position] = i + 1
        position += 1
    return starts, ends


def stage_spans(sentence: Sentence, nlp: Language | None = None) -> list[Span]:
    """The entity stage's PERSON / ORG / LOC mentions in one gold sentence, on its tokens.

    ``nlp``: the NER pipeline the stage consults (the shipped one when None), arbitrated by the CRF
    when the stage would be (``ner.crf_enabled``)."""
    from warta.article.entities import find_article_entities
    from warta.article.ner import crf_enabled, entities_with

    text = " ".join(sentence.words)
    find = partial(entities_with, nlp, crf=crf_enabled()) if nlp is not None else None
    entities = find_article_entities(text, "s", sentences=[(0, len(text))], find=find)
    starts, ends = token_edges(sentence.words)
    return [(starts[m.start], ends[m.end], e.type)
            for e in entities if e.type in LABELS
            for m in e.mentions if m.start in starts and m.end in ends]


def predict_stage(nlp: Language | None, sentences: Sequence[Sentence]) -> list[list[Span]]:
    return [stage_spans(sentence, nlp) for sentence in sentences]


def evaluate_stage(nlp: Language | None, sentences: Sequence[Sentence]) -> dict[str, float]:
    return score([s.spans for s in sentences], predict_stage(nlp, sentences))


def dev_sets(data_dir: Path) -> dict[str, list[Sentence]]:
    """The sets the combination is tuned on: NERGrit's held-out tenth of train (chosen as
    ``warta train ner`` chooses it) and idner-news-2k dev."""
    from warta.train.ner import NERGRIT_DEV_FRACTION, SEED

    nergrit = read_conll(data_dir / "indonlu-nergrit" / "train_preprocess.txt", "nergrit")
    rng = random.Random(SEED)  # the first draw of the training seed, as training_data makes it
    held_out = sorted(rng.sample(range(len(nergrit)), round(NERGRIT_DEV_FRACTION * len(nergrit))))
    return {
        "dev_nergrit": [nergrit[i] for i in held_out],
        "dev_idner": read_conll(data_dir / "idner-news-2k" / "dev.txt", "idner"),
    }
