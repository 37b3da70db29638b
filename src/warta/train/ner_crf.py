"""Train the CRF beside the CNN NER model (:mod:`warta.article.ner_crf`) and score both on dev.

    python -m warta.train.ner_crf [--out DIR] [--missing drop|outside]

The data is exactly the shipped CNN's (:func:`warta.train.ner.training_data`, same seed:
NERGrit train less its held-out tenth, twice; idner-news-2k train; case-restored NERP;
evaluation sentences removed; 5 % upper-cased copies), and so is the dev set (NERGrit's
held-out tenth and idner-news-2k dev). A CRF cannot leave a token's label unknown, as
the CNN does for the NERP tokens whose guideline is silent; ``missing="drop"`` drops those
sentences, ``"outside"`` reads them as O. The word clusters are k-means over the shipped
CNN's own PPMI word vectors (no test text in them, see :mod:`warta.train.ner_vectors`).

:func:`dev_report` scores the CRF alone, the CNN alone and their combinations on dev;
no test set is read here.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from warta.article.ner_crf_combine import arbitrate, arbitrate_overlaps, intersection, union
from warta.article.ner_crf_decode import WEIGHTS_FILE, export_weights
from warta.article.ner_crf_features import sentence_features
from warta.article.ner_crf_tagger import CLUSTERS_FILE, MODEL_FILE, VECTORS_FILE, CrfTagger, Tagged
from warta.article.ner_crf_words import Clusters, WordVectors, kmeans, with_vectors
from warta.bench.ner import Sentence, score

if TYPE_CHECKING:
    from spacy.language import Language

CLUSTER_SIZES = (50, 200, 800)
CLUSTER_SEED = 20240611
MISSING = "-"


@dataclass(frozen=True)
class CrfSettings:
    c1: float = 0.05  # L1: drops most rare features, keeps the model small
    c2: float = 0.01
    max_iterations: int = 200
    min_freq: int = 1
    missing: str = "drop"  # NERP tokens with no label: "drop" the sentence or read them as "outside"
    report_only: bool = False  # score the CRF already in the output directory
    dense: bool = False  # the CNN's word vectors as real-valued features of the word itself


def clusters_from_vectors(nlp: Language, sizes: Sequence[int] = CLUSTER_SIZES,
                          seed: int = CLUSTER_SEED) -> Clusters:
    """k-means ids of every word the CNN has a vector for, at each granularity."""
    import numpy as np

    vectors = nlp.vocab.vectors
    data = np.asarray(vectors.data, dtype=np.float64)
    unit = data / np.maximum(np.linalg.norm(data, axis=1, keepdims=True), 1e-9)
    per_size = [kmeans(unit, k, seed + k) for k in sizes]
    ids = {int(key): tuple(int(assigned[row]) for assigned in per_size)
           for key, row in vectors.key2row.items()}
    return Clusters(ids, tuple(sizes))


def vectors_from_model(nlp: Language) -> WordVectors:
    """The CNN's word vectors, rows at unit length times the square root of their width (parts near 1)."""
    import numpy as np

    data = np.asarray(nlp.vocab.vectors.data, dtype=np.float64)
    unit = data / np.maximum(np.linalg.norm(data, axis=1, keepdims=True), 1e-9)
    table = (unit * np.sqrt(data.shape[1])).astype(np.float16)
    return WordVectors({int(k): int(r) for k, r in nlp.vocab.vectors.key2row.items()}, table)


def crf_sentences(train: Sequence[Sentence], missing: str) -> list[Sentence]:
    """Training sentences with no unknown tags: dropped, or unknown read as O."""
    if missing == "drop":
        return [s for s in train if MISSING not in s.tags]
    return [Sentence(s.words, tuple("O" if t == MISSING else t for t in s.tags)) for s in train]


def train_crf(train: Sequence[Sentence], clusters: Clusters, out_dir: Path,
              settings: CrfSettings = CrfSettings(), vectors: WordVectors | None = None) -> CrfTagger:
    """Fit the CRF on ``train`` and write it with its clusters (and vectors, if any) to ``out_dir``."""
    import pycrfsuite

    out_dir.mkdir(parents=True, exist_ok=True)
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence in crf_sentences(train, settings.missing):
        sparse = sentence_features(sentence.words, clusters)
        items = sparse if vectors is None else with_vectors(sparse, sentence.words, vectors)
        trainer.append(items, list(sentence.tags))
    trainer.set_params({
        "c1": settings.c1, "c2": settings.c2, "max_iterations": settings.max_iterations,
        "feature.minfreq": settings.min_freq, "feature.possible_transitions": True,
    })
    trainer.train(str(out_dir / MODEL_FILE))
    if vectors is None:  # the numpy decoder the ensemble runs (dense vectors: CRFsuite only)
        export_weights(out_dir / MODEL_FILE, out_dir / WEIGHTS_FILE)
    clusters.save(out_dir / CLUSTERS_FILE)
    if vectors is not None:
        vectors.save(out_dir / VECTORS_FILE)
    return CrfTagger.load(out_dir)


def cnn_spans(nlp: Language, sentences: Sequence[Sentence]) -> list[list[tuple[int, int, str]]]:
    from warta.bench.ner import predict

    return predict(nlp, sentences)


def combinations(cnn: Sequence[list[tuple[int, int, str]]], tagged: Sequence[Tagged]
                 ) -> dict[str, list[list[tuple[int, int, str]]]]:
    """Each combination's spans per sentence, by name."""
    out = {
        "cnn": [list(c) for c in cnn],
        "crf": [t.spans for t in tagged],
        "union": [union(c, t.spans) for c, t in zip(cnn, tagged, strict=True)],
        "intersection": [intersection(c, t.spans) for c, t in zip(cnn, tagged, strict=True)],
    }
    for add in (0.6, 0.8, 0.9):
        for drop in (0.5, 0.7, 0.8, 0.9, 0.97, 1.01):
            out[f"arbitrate add>{add} drop>{drop}"] = [
                arbitrate(c, t, add, drop) for c, t in zip(cnn, tagged, strict=True)]
    for add in (0.8, 0.9):
        for doubt in (0.2, 0.4):
            out[f"overlaps add>{add} drop>0.8 doubt<{doubt}"] = [
                arbitrate_overlaps(c, t, add, 0.8, doubt) for c, t in zip(cnn, tagged, strict=True)]
    return out


def dev_report(nlp: Language, crf: CrfTagger, dev: dict[str, list[Sentence]]) -> dict[str, dict[str, float]]:
    """F1 / P / R of every combination on each dev set and on all of dev together."""
    from warta.bench.ner import chunks

    per_set: dict[str, dict[str, list[list[tuple[int, int, str]]]]] = {}
    gold: dict[str, list[list[tuple[int, int, str]]]] = {}
    for name, sentences in dev.items():
        tagged = crf.tag([s.words for s in sentences])
        per_set[name] = combinations(cnn_spans(nlp, sentences), tagged)
        gold[name] = [chunks(s.tags) for s in sentences]
    report: dict[str, dict[str, float]] = {}
    for variant in per_set[next(iter(per_set))]:
        row: dict[str, float] = {}
        for name in dev:
            row |= _prf(name, score(gold[name], per_set[name][variant]))
        all_gold = [g for name in dev for g in gold[name]]
        all_pred = [p for name in dev for p in per_set[name][variant]]
        row |= _prf("dev", score(all_gold, all_pred))
        report[variant] = row
    return report


def _prf(prefix: str, scores: dict[str, float]) -> dict[str, float]:
    return {f"{prefix}_{k}": round(scores[k], 4) for k in ("f1", "p", "r")}


def dev_sets(dev: Sequence[Sentence], nergrit_dev_size: int) -> dict[str, list[Sentence]]:
    """``training_data``'s dev list split back into its two parts (NERGrit's tenth comes first)."""
    return {"dev_nergrit": list(dev[:nergrit_dev_size]), "dev_idner": list(dev[nergrit_dev_size:])}


def run(data_dir: Path, out_dir: Path, settings: CrfSettings, log: Callable[[str], object] = print) -> None:
    from warta.article.ner import load_ner
    from warta.bench.ner import read_conll
    from warta.train.ner import NERGRIT_DEV_FRACTION, SEED, training_data

    nlp = load_ner()
    train, dev = training_data(data_dir, SEED, nerp=True, nergrit_copies=2)
    nergrit = read_conll(data_dir / "indonlu-nergrit" / "train_preprocess.txt", "nergrit")
    dev_parts = dev_sets(dev, round(NERGRIT_DEV_FRACTION * len(nergrit)))
    if settings.report_only:  # score an already trained CRF
        log(json.dumps(dev_report(nlp, CrfTagger.load(out_dir), dev_parts), indent=1))
        return
    started = time.perf_counter()
    clusters = clusters_from_vectors(nlp)
    log(f"clusters in {time.perf_counter() - started:.0f} s; "
        f"{len(crf_sentences(train, settings.missing))} of {len(train)} training sentences")
    started = time.perf_counter()
    crf = train_crf(train, clusters, out_dir, settings, vectors_from_model(nlp) if settings.dense else None)
    size = (out_dir / MODEL_FILE).stat().st_size
    log(f"CRF trained in {time.perf_counter() - started:.0f} s, {size} bytes")
    log(json.dumps(dev_report(nlp, crf, dev_parts), indent=1))


def main() -> None:
    from warta.bench import default_data_dir

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--out", default="/tmp/warta-ner-crf")
    parser.add_argument("--missing", default="drop", choices=("drop", "outside"))
    parser.add_argument("--c1", type=float, default=CrfSettings.c1)
    parser.add_argument("--c2", type=float, default=CrfSettings.c2)
    parser.add_argument("--iterations", type=int, default=CrfSettings.max_iterations)
    parser.add_argument("--report-only", action="store_true")
    parser.add_argument("--dense", action="store_true")
    args = parser.parse_args()
    settings = CrfSettings(c1=args.c1, c2=args.c2, max_iterations=args.iterations, missing=args.missing,
                           report_only=args.report_only, dense=args.dense)
    run(Path(args.data) if args.data else default_data_dir(), Path(args.out), settings)


if __name__ == "__main__":
    main()
