"""Train the dependency parser shipped in ``resources/parser``: ``warta train parser``.

    warta train parser --data ../shared/data

Data (read in place from ``ud-indonesian``, CC BY-SA upstream; see its SOURCE.md): UD
Indonesian PUD (revised) and GSD dev, as warta tokenizes them (:mod:`warta.train.parser_data`).
A fixed, seeded sample of :attr:`ParserSettings.tuning_sentences` GSD dev sentences is held
out to choose the checkpoint (early stopping); GSD test is only scored, by the closing
benchmark that fills the model card (:mod:`warta.bench.parser`).

The pipeline is a narrow hash-embedding CNN (``tok2vec``) shared by a UPOS ``tagger``
and a transition-based ``parser``: a few MB, no word vectors.
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warta.train.parser_config import ParserSettings, config_text
from warta.train.parser_data import ParsedSentence, training_sentences
from warta.train.spacy_training import TrainCommand, run_train_command, save_pipeline

if TYPE_CHECKING:
    from spacy.language import Language

_DEFAULT_SETTINGS = ParserSettings()  # frozen, so one shared default is safe


def split_tuning(sentences: list[ParsedSentence], gsd_dev_count: int, settings: ParserSettings,
                 ) -> tuple[list[ParsedSentence], list[ParsedSentence]]:
    """Training and tuning sentences: a seeded sample of the GSD dev part (the list's tail) is held out."""
    first_gsd = len(sentences) - gsd_dev_count
    chosen = set(random.Random(settings.seed).sample(range(first_gsd, len(sentences)),
                                                      settings.tuning_sentences))
    train = [s for i, s in enumerate(sentences) if i not in chosen]
    tuning = [s for i, s in enumerate(sentences) if i in chosen]
    return train, tuning


def write_docbin(nlp: Language, sentences: Sequence[ParsedSentence], path: Path) -> None:
    """Gold docs: UPOS as the tag the tagger learns, heads and relations (the root's is spaCy's ``ROOT``)."""
    from spacy.tokens import Doc, DocBin

    docs = DocBin()
    for s in sentences:
        deps = ["ROOT" if head == i else rel
                for i, (head, rel) in enumerate(zip(s.heads, s.deprels, strict=True))]
        docs.add(Doc(nlp.vocab, words=list(s.words), tags=list(s.upos), pos=list(s.upos),
                     heads=list(s.heads), deps=deps))
    docs.to_disk(path)


def train(data_dir: Path, out_dir: Path, settings: ParserSettings = _DEFAULT_SETTINGS,
          log: Callable[[str], object] = print) -> dict[str, Any]:
    """Train, keep the best checkpoint on the tuning split, write it to ``out_dir``; return its figures."""
    from thinc.api import use_ops

    with use_ops("numpy", use_blis=False):  # BLIS's generic kernel is slow on newer CPUs (ner_speed.py)
        return _train(data_dir, out_dir, settings, log)


def _train(data_dir: Path, out_dir: Path, settings: ParserSettings,
           log: Callable[[str], object]) -> dict[str, Any]:
    from spacy import blank, util
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_loop
    from thinc.api import fix_random_seed

    from warta.article.ner_speed import one_blas_thread
    from warta.train.parser_data import GSD_DEV, UD_DIR, read_treebank

    fix_random_seed(settings.seed)
    gsd_dev = len(read_treebank(data_dir / UD_DIR / GSD_DEV))
    train_set, tuning_set = split_tuning(training_sentences(data_dir), gsd_dev, settings)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="warta-parser-") as tmp_name:
        tmp = Path(tmp_name)
        vocab_nlp = blank("id")
        write_docbin(vocab_nlp, train_set, tmp / "train.spacy")
        write_docbin(vocab_nlp, tuning_set, tmp / "dev.spacy")
        config = util.load_config_from_str(config_text(settings), interpolate=False)
        config = config.merge({"paths": {"train": str(tmp / "train.spacy"), "dev": str(tmp / "dev.spacy")}})
        nlp = init_nlp(config)
        log(f"training on {len(train_set)} sentences ({sum(len(s.words) for s in train_set)} tokens), "
            f"tuning {len(tuning_set)}")
        (tmp / "out").mkdir()
        with one_blas_thread():
            train_loop(nlp, tmp / "out", stdout=sys.stderr)
        best = tmp / "out" / "model-best"
        trained = util.load_model(best if best.is_dir() else tmp / "out" / "model-last")
    seconds = time.perf_counter() - started
    _write_model(trained, out_dir, settings, seconds)
    return {
        "seconds": round(seconds),
        "train_sentences": len(train_set),
        "train_tokens": sum(len(s.words) for s in train_set),
        "tuning_sentences": len(tuning_set),
        "settings": settings,
    }


def _write_model(nlp: Language, out_dir: Path, settings: ParserSettings, seconds: float) -> None:
    """Save with metadata, and without the training vocabulary's strings (hash embeddings need none)."""
    nlp.meta.update({
        "name": "warta_parser",
        "version": "0.1.0",
        "description": "Indonesian UPOS tagger and dependency parser for warta; see MODEL_CARD.md",
        "license": "CC-BY-SA-4.0",
        "author": "warta",
        "sources": [{"name": "UD Indonesian PUD (revised, Alfina et al. 2019)", "license": "CC BY-SA"},
                    {"name": "UD Indonesian GSD (dev split)", "license": "CC BY-SA"}],
        "warta": {
            "trained": datetime.now(UTC).strftime("%Y-%m-%d"),
            "training_seconds": round(seconds),
            "seed": settings.seed,
            "width": settings.width,
            "depth": settings.depth,
            "rows": list(settings.rows),
            "hidden_width": settings.hidden_width,
        },
    })
    if out_dir.exists():
        shutil.rmtree(out_dir)
    tagger: Any = nlp.get_pipe("tagger")
    parser: Any = nlp.get_pipe("parser")
    save_pipeline(nlp, out_dir, {*tagger.labels, *parser.labels})


def run_training(data: str | None, out: str | None, *, seed: int | None = None, width: int | None = None,
                 max_epochs: int | None = None, bench: bool = True,
                 log: Callable[[str], object] = print) -> None:
    """``warta train parser``: train, write the model, score it on GSD test, write the model card."""
    from warta.article.parse import model_path
    from warta.bench.parser import measure
    from warta.train.parser_card import render_card

    command = TrainCommand("parser", _DEFAULT_SETTINGS, train, model_path, measure, render_card)
    run_train_command(command, data, out, {"seed": seed, "width": width, "max_epochs": max_epochs},
                      bench=bench, log=log)
