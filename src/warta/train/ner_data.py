"""The NER training and development sentences: harmonised, decontaminated, augmented."""

from __future__ import annotations

import random
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from warta.bench.ner import MIN_KEY_CHARS, Sentence, read_conll, spaces_after
from warta.train.ner_case import MISSING, restore_case_nerp
from warta.train.ner_config import SEED

if TYPE_CHECKING:
    from spacy.language import Language

UPPER_FRACTION = 0.05  # training sentences added again in upper case (datelines, headlines)
NERGRIT_DEV_FRACTION = 0.10  # NERGrit train held out as dev (NERGrit has no dev split)


def evaluation_keys(data_dir: Path) -> set[str]:
    """Sentences of the evaluation sets that the training sets must not contain.

    NERP train holds about 290 of idner-news-2k's 508 test sentences and 100 of
    its dev sentences (the corpora share news text); idner-news-2k train holds
    40 NERP valid sentences. Short sentences ("Ia mengatakan .") are left alone.
    """
    sets = [
        ("idner-news-2k/test.txt", "idner"),
        ("idner-news-2k/dev.txt", "idner"),
        ("indonlu-nergrit/valid_preprocess.txt", "nergrit"),
        ("indonlu-nerp/valid_preprocess.txt", "nerp"),
    ]
    keys = {s.key for path, corpus in sets for s in read_conll(data_dir / path, corpus)}
    return {key for key in keys if len(key) >= MIN_KEY_CHARS}


def training_data(
    data_dir: Path, seed: int = SEED, nerp: bool = True, nergrit_copies: int = 1
) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev) sentences, harmonised to PERSON / ORG / LOC, train augmented."""
    rng = random.Random(seed)
    nergrit = read_conll(data_dir / "indonlu-nergrit" / "train_preprocess.txt", "nergrit")
    held_out = set(rng.sample(range(len(nergrit)), round(NERGRIT_DEV_FRACTION * len(nergrit))))
    train = [s for i, s in enumerate(nergrit) if i not in held_out] * nergrit_copies
    dev = [s for i, s in enumerate(nergrit) if i in held_out]
    train += read_conll(data_dir / "idner-news-2k" / "train.txt", "idner")
    dev += read_conll(data_dir / "idner-news-2k" / "dev.txt", "idner")
    if nerp:
        train += restore_case_nerp(data_dir, "train")
    banned = evaluation_keys(data_dir)
    train = [s for s in train if s.key not in banned]
    upper = rng.sample(train, round(UPPER_FRACTION * len(train)))
    train += [Sentence(tuple(w.upper() for w in s.words), s.tags) for s in upper]
    rng.shuffle(train)
    return train, dev


def write_docbin(nlp: Language, sentences: Iterable[Sentence], path: Path) -> None:
    """The sentences as a spaCy DocBin at ``path``; unknown tags (:data:`MISSING`) stay unset."""
    from spacy.tokens import Doc, DocBin

    docs = DocBin(store_user_data=False)
    for sentence in sentences:
        words = list(sentence.words)
        ents = ["" if tag == MISSING else tag for tag in sentence.tags]  # "": unknown to spaCy
        docs.add(Doc(nlp.vocab, words=words, spaces=spaces_after(words), ents=ents))
    docs.to_disk(path)
