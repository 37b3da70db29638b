"""Train the NER model shipped in ``resources/ner``: ``warta train ner``.

    warta train ner --data ../shared/data

Training data (train splits only, all MIT-licensed, read in place):

- IndoNLU NERGrit train (PERSON, PLACE → LOC, ORGANISATION → ORG);
- idner-news-2k train (PER → PERSON, ORG, LOC);
- IndoNLU NERP train (PPL → PERSON, PLC → LOC, IND → ORG; its EVT and FNB spans
  and the proper nouns it leaves O are unknown to the model, see
  :func:`unknown_where_nerp_is_silent`). NERP is released lowercased; fed as it is,
  it would teach the model that case says nothing about names. Its case is
  restored instead (:func:`restore_case`): a name token (inside a NERP entity or
  POSP-tagged NNP — POSP is the same sentences' POS layer) takes its cased form
  in the cased corpora (``KPK``, ``McDonald``) or else a capital initial; any other
  token takes its usual form there (``Senin``, ``Rp``) or stays lowercase; the
  sentence starts with a capital.

The cased vocabulary comes from NERGrit train, idner-news-2k train and IndoNLU
BaPOS train (MIT), counting forms away from the sentence start.

Development set (checkpoint choice): idner-news-2k dev and a fixed 10 % of
NERGrit train held out of training (NERGrit has no dev split; its valid split
is the test set). The evaluation sets are read here only to drop the training
sentences they share (:func:`evaluation_keys`) and by the closing benchmark
that fills the model card.

Static word vectors: 64 PPMI-SVD dimensions learned from licence-compatible raw
text (:mod:`warta.train.ner_vectors`) for the 20,000 most frequent words; optionally
(``Settings.e5_dims``) more distilled from multilingual-e5-small
(:mod:`warta.train.ner_e5_vectors`; embedding the vocabulary takes about 4 min the
first time, then it is cached).

Scraped text has ALL-CAPS datelines and headlines, so 5 % of the training
sentences (seeded) are added again in upper case with the same labels.

This module trains and writes the model (:func:`run_training`); its parts, importable from here
too: the settings and spaCy config (:mod:`warta.train.ner_config`), NERP's case
(:mod:`warta.train.ner_case`), the sentences (:mod:`warta.train.ner_data`) and the model card
(:mod:`warta.train.ner_card`).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warta.bench.ner import LABELS
from warta.train.ner_card import CARD, E5_ROWS, VECTOR_LICENSE, VECTOR_ROWS, render_card
from warta.train.ner_case import (
    MISSING,
    NAME_PARTICLES,
    cased_vocabulary,
    restore_case,
    restore_case_nerp,
    unknown_where_nerp_is_silent,
)
from warta.train.ner_config import SEED, Settings, config_text
from warta.train.ner_data import (
    NERGRIT_DEV_FRACTION,
    UPPER_FRACTION,
    evaluation_keys,
    training_data,
    write_docbin,
)
from warta.train.spacy_training import TrainCommand, model_size, run_train_command, save_pipeline

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "CARD",
    "E5_ROWS",
    "MISSING",
    "NAME_PARTICLES",
    "NERGRIT_DEV_FRACTION",
    "SEED",
    "UPPER_FRACTION",
    "VECTOR_LICENSE",
    "VECTOR_ROWS",
    "Settings",
    "cased_vocabulary",
    "config_text",
    "evaluation_keys",
    "main",
    "model_size",
    "render_card",
    "restore_case",
    "restore_case_nerp",
    "run_training",
    "train",
    "training_data",
    "unknown_where_nerp_is_silent",
]


_DEFAULT_SETTINGS = Settings()  # frozen, so one shared default is safe


def train(data_dir: Path, out_dir: Path, settings: Settings = _DEFAULT_SETTINGS,
          log: Callable[[str], object] = print) -> dict[str, Any]:
    """Train, keep the best checkpoint on dev and write it to ``out_dir``; return what the card needs."""
    from thinc.api import use_ops

    # numpy's OpenBLAS, one thread: BLIS falls back to a slow generic kernel on newer CPUs
    # (ner_speed.py). Only for the training: the caller's ops are back afterwards.
    with use_ops("numpy", use_blis=False):
        return _train(data_dir, out_dir, settings, log)


def _train(data_dir: Path, out_dir: Path, settings: Settings,
           log: Callable[[str], object]) -> dict[str, Any]:
    from spacy import blank, util
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_loop
    from thinc.api import fix_random_seed

    from warta.article.ner_speed import one_blas_thread
    from warta.bench.ner import evaluate

    fix_random_seed(settings.seed)
    train_set, dev_set = training_data(data_dir, settings.seed, settings.nerp, settings.nergrit_copies)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="warta-ner-") as tmp_name:
        tmp = Path(tmp_name)
        vocab_nlp = blank("id")
        write_docbin(vocab_nlp, train_set, tmp / "train.spacy")
        write_docbin(vocab_nlp, dev_set, tmp / "dev.spacy")
        config = util.load_config_from_str(config_text(settings), interpolate=False)
        paths = {"train": str(tmp / "train.spacy"), "dev": str(tmp / "dev.spacy")}
        if settings.vector_rows:
            from warta.train.ner_vectors import build_vectors

            rows = build_vectors(data_dir, tmp / "vectors", settings.vector_rows, settings.vector_dims,
                                 settings.seed, settings.e5_dims, settings.e5_template, settings.e5_contexts,
                                 settings.type_priors)
            log(f"static vectors: {rows} words x {settings.vector_dims} PPMI + {settings.e5_dims} e5")
            paths["vectors"] = str(tmp / "vectors")
        config = config.merge({"paths": paths})
        nlp = init_nlp(config)
        log(f"training on {len(train_set)} sentences ({sum(len(s.words) for s in train_set)} tokens), "
            f"dev {len(dev_set)}")
        (tmp / "out").mkdir()
        with one_blas_thread():
            train_loop(nlp, tmp / "out", stdout=sys.stderr)
        best = tmp / "out" / "model-best"  # the loop returns model-last; the best on dev is kept here
        trained = util.load_model(best if best.is_dir() else tmp / "out" / "model-last")
    seconds = time.perf_counter() - started
    _write_model(trained, out_dir, settings, seconds)
    return {
        "seconds": round(seconds),
        "train_sentences": len(train_set),
        "train_tokens": sum(len(s.words) for s in train_set),
        "dev_sentences": len(dev_set),
        "dev": evaluate(trained, dev_set),
        "settings": settings,
    }


def _write_model(nlp: Language, out_dir: Path, settings: Settings, seconds: float) -> None:
    """Save with metadata; only the labels are kept of the string store (the parser's moves add them
    back anyway)."""
    nlp.meta.update({
        "name": "warta_ner",
        "version": "0.1.0",
        "description": "Indonesian NER (PERSON, ORG, LOC) for warta; see MODEL_CARD.md",
        "license": "CC-BY-SA-4.0" if settings.vector_rows else "MIT",
        "author": "warta",
        "sources": _sources(settings),
        "warta": {
            "trained": datetime.now(UTC).strftime("%Y-%m-%d"),
            "training_seconds": round(seconds),
            "seed": settings.seed,
            "width": settings.width,
            "depth": settings.depth,
            "rows": list(settings.rows),
            "vector_rows": settings.vector_rows,
            "vector_dims": settings.vector_dims,
            "e5_dims": settings.e5_dims,
            "e5_template": settings.e5_template,
            "e5_contexts": settings.e5_contexts,
            "type_priors": settings.type_priors,
            "nergrit_copies": settings.nergrit_copies,
        },
    })
    if out_dir.exists():
        keep = out_dir / "MODEL_CARD.md"
        card = keep.read_text(encoding="utf-8") if keep.is_file() else None
        shutil.rmtree(out_dir)
        if card is not None:  # rewritten later; kept if the run stops before
            out_dir.mkdir(parents=True)
            keep.write_text(card, encoding="utf-8")
    save_pipeline(nlp, out_dir, LABELS)


def _sources(settings: Settings) -> list[dict[str, str]]:
    sources = [
        {"name": "IndoNLU NERGrit", "license": "MIT"},
        {"name": "IndoNLU NERP, case restored with IndoNLU POSP and BaPOS", "license": "MIT"},
        {"name": "idner-news-2k", "license": "MIT"},
    ]
    if settings.vector_rows:
        sources += [
            {"name": "IndoSum (word vectors only)", "license": "CC BY-SA 4.0"},
            {"name": "IndoNLI (word vectors only)", "license": "CC BY-SA"},
        ]
    return sources


def run_training(data: str | None, out: str | None, *, seed: int | None = None, width: int | None = None,
                 max_epochs: int | None = None, bench: bool = True,
                 log: Callable[[str], object] = print) -> None:
    """``warta train ner``: train, write the model, score it, write the model card."""
    from warta.article.ner import model_path
    from warta.bench.ner import measure

    command = TrainCommand("ner", _DEFAULT_SETTINGS, train, model_path, measure, render_card)
    run_train_command(command, data, out, {"seed": seed, "width": width, "max_epochs": max_epochs},
                      bench=bench, log=log)


def main() -> None:
    """``python -m warta.train.ner [OPTIONS]``: the options of ``warta train ner`` (``--help`` lists them)."""
    from warta.cli import train_ner  # the CLI owns the argument parsing, so both entry points agree

    train_ner(prog_name="python -m warta.train.ner")


if __name__ == "__main__":
    main()
