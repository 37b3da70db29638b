"""NER: entity-level exact-span P/R/F1 per type (seqeval-style) and speed.

Sets, all read in place from ``../shared/data``:

- ``idner``: idner-news-2k test (online news, cased; trained on its train split);
- ``nergrit``: IndoNLU NERGrit valid (its test labels are masked upstream);
- ``nerp``: IndoNLU NERP valid *as released*, i.e. lowercased. The model is
  trained on cased text (NERP's train split with its case restored, see
  :mod:`warta.train.ner`), so this row shows what it does on text that lost its
  case. ``nerp_truecased`` runs the same sentences after the training-time case
  restorer, fed only with the cased vocabulary and POSP's gold NNP tags for these
  sentences (never the NER labels) — an optimistic view of NERP's domain;
- ``nerui`` / ``nerugm``: IndoLEM NER-UI and NER-UGM, zero-shot (never trained
  on: no license), the mean over the five test folds as IndoLEM reports it.

Gold labels are mapped to PERSON / ORG / LOC; types the model does not predict
(NERP's EVT and FNB, NER-UGM's TIME and QUANTITY) are dropped from the gold, so
they count neither way. The model sees the gold tokens, as in the literature.

Two systems are scored on each set: the bare model (``idner_*``, ``nergrit_*``, …) and the
entity stage as users get it, the model combined with the gazetteer, the title grammar and
the capitalisation rules (``stage_idner_*``, …; see :mod:`warta.bench.ner_stage`). ``dev_*``
rows are the sets that combination was tuned on (never the evaluation sets above).
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from warta.bench import Metrics

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

LABELS = ("PERSON", "ORG", "LOC")
Span = tuple[int, int, str]  # [start, end) token offsets and type

# Each corpus's entity types → warta's. A type not listed becomes O.
LABEL_MAPS: dict[str, dict[str, str]] = {
    "nergrit": {"PERSON": "PERSON", "PLACE": "LOC", "ORGANISATION": "ORG"},
    "nerp": {"PPL": "PERSON", "PLC": "LOC", "IND": "ORG"},
    "idner": {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC"},
    "indolem": {"PERSON": "PERSON", "ORGANIZATION": "ORG", "LOCATION": "LOC"},
}
FOLDS = ("01", "02", "03", "04", "05")
MIN_SPEED_TOKENS = 60_000
MIN_KEY_CHARS = 20  # shorter sentences ("Ia mengatakan .") recur by chance, not by copying
_NOT_ALNUM = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Sentence:
    words: tuple[str, ...]
    tags: tuple[str, ...]  # BIO over warta's types

    @property
    def spans(self) -> list[Span]:
        return chunks(self.tags)

    @property
    def key(self) -> str:
        """Letters and digits only, lowercased: the same sentence however it was tokenised."""
        return _NOT_ALNUM.sub("", "".join(self.words).lower())


# ---------------------------------------------------------------- reading


def read_columns(path: Path) -> Iterator[list[list[str]]]:
    """Blank-line separated sentences of whitespace-separated columns (CRLF tolerated)."""
    rows: list[list[str]] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            fields = line.rstrip("\r\n").split()
            if fields:
                rows.append(fields)
            elif rows:
                yield rows
                rows = []
    if rows:
        yield rows


def read_conll(path: Path, corpus: str) -> list[Sentence]:
    """Token in the first column, BIO tag in the last, types mapped by ``LABEL_MAPS[corpus]``."""
    mapping = LABEL_MAPS[corpus]
    sentences = []
    for rows in read_columns(path):
        words = tuple(row[0] for row in rows)
        tags = tuple(_map_tag(row[-1], mapping) for row in rows)
        sentences.append(Sentence(words, tags_from_spans(len(words), chunks(tags))))
    return sentences


def _map_tag(tag: str, mapping: dict[str, str]) -> str:
    prefix, _, kind = tag.partition("-")
    if not kind or kind not in mapping:
        return "O"
    return f"{prefix}-{mapping[kind]}"


# ---------------------------------------------------------------- scoring


def chunks(tags: Sequence[str]) -> list[Span]:
    """Entity spans in a BIO / IOB1 / BIOES tag sequence, as conlleval and seqeval read them.

    A chunk starts at B-/S-, at an I-/E- that does not continue a chunk of its
    type, and ends at E-/S-, at O, at B-/S-, or where the type changes.
    """
    spans: list[Span] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        if not label:
            prefix = "O"
        continues = prefix in ("I", "E") and kind == label and start >= 0
        if start >= 0 and not continues:
            spans.append((start, i, kind))
            start, kind = -1, ""
        if prefix in ("B", "S") or (prefix in ("I", "E") and start < 0):
            start, kind = i, label
        if prefix in ("E", "S") and start >= 0:
            spans.append((start, i + 1, kind))
            start, kind = -1, ""
    return spans


def tags_from_spans(length: int, spans: Iterable[Span]) -> tuple[str, ...]:
    """BIO tags of non-overlapping spans."""
    tags = ["O"] * length
    for start, end, label in spans:
        tags[start] = f"B-{label}"
        for i in range(start + 1, end):
            tags[i] = f"I-{label}"
    return tuple(tags)


def score(gold: Sequence[Sequence[Span]], predicted: Sequence[Sequence[Span]]) -> dict[str, float]:
    """Micro and per-type exact-span precision, recall and F1 (a span counts once per sentence)."""
    counts: dict[str, list[int]] = {}  # label -> [true positives, gold, predicted]
    for gold_spans, pred_spans in zip(gold, predicted, strict=True):
        gold_set, pred_set = set(gold_spans), set(pred_spans)
        for span in gold_set | pred_set:
            row = counts.setdefault(span[2], [0, 0, 0])
            row[0] += span in gold_set and span in pred_set
            row[1] += span in gold_set
            row[2] += span in pred_set
    total = [sum(row[i] for row in counts.values()) for i in range(3)]
    out = _prf("", total)
    for label in sorted(counts):
        out |= _prf(f"{label}_", counts[label])
    return out


def _prf(prefix: str, row: Sequence[int]) -> dict[str, float]:
    tp, n_gold, n_pred = row
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {f"{prefix}p": p, f"{prefix}r": r, f"{prefix}f1": f, f"{prefix}support": float(n_gold)}


# ---------------------------------------------------------------- running the model


def spaces_after(words: Sequence[str]) -> list[bool]:
    """Plausible whitespace for pre-tokenised words: none before closing punctuation."""
    no_space_before = {".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "'s"}
    no_space_after = {"(", "[", "{"}
    return [
        i + 1 < len(words) and words[i + 1] not in no_space_before and word not in no_space_after
        for i, word in enumerate(words)
    ]


def docs_of(nlp: Language, sentences: Iterable[Sentence]) -> Iterator[Doc]:
    from spacy.tokens import Doc

    for sentence in sentences:
        words = list(sentence.words)
        yield Doc(nlp.vocab, words=words, spaces=spaces_after(words))


def predict(nlp: Language, sentences: Sequence[Sentence]) -> list[list[Span]]:
    """Predicted spans over the gold tokens, cut at brackets as :func:`warta.article.ner.find_entities` is."""
    from warta.article.ner import model_entities

    out = []
    for doc in nlp.pipe(docs_of(nlp, sentences), batch_size=256):
        out.append([(e.start, e.end, e.label_) for e in model_entities(doc) if e.label_ in LABELS])
    return out


def evaluate(nlp: Language, sentences: Sequence[Sentence]) -> dict[str, float]:
    return score([s.spans for s in sentences], predict(nlp, sentences))


def _rounded(prefix: str, scores: dict[str, float]) -> Metrics:
    keep = ("f1", "p", "r", "support", *(f"{label}_{k}" for label in LABELS for k in ("f1", "p", "r")))
    return {f"{prefix}_{k}": (int(scores[k]) if k.endswith("support") else round(scores[k], 4))
            for k in keep if k in scores}


def gold_sets(data_dir: Path) -> dict[str, list[Sentence]]:
    """The cased held-out sets (not the fold sets)."""
    return {
        "idner": read_conll(data_dir / "idner-news-2k" / "test.txt", "idner"),
        "nergrit": read_conll(data_dir / "indonlu-nergrit" / "valid_preprocess.txt", "nergrit"),
        "nerp": read_conll(data_dir / "indonlu-nerp" / "valid_preprocess.txt", "nerp"),
    }


def tokens_per_second(nlp: Language, texts: Sequence[str]) -> tuple[float, float, int]:
    """Throughput of :func:`warta.article.ner.find_entities` pinned to one core (Linux).

    Returns tokens per second of the process's CPU time, tokens per wall-clock
    second, and the token count. On a shared machine the wall clock counts the
    time other processes held the core; the CPU time does not, so the floor is
    on that one.
    """
    from warta.article.ner import crf_enabled, entities_with

    crf = crf_enabled()  # as find_entities runs: with the CRF when it is on
    pinned = hasattr(os, "sched_getaffinity")
    cores = os.sched_getaffinity(0) if pinned else set()
    if pinned:
        os.sched_setaffinity(0, {min(cores)})
    try:
        entities_with(nlp, texts[0], crf=crf)  # warm-up
        n_tokens = sum(len(nlp.make_doc(text)) for text in texts)
        wall, cpu = time.perf_counter(), time.process_time()
        for text in texts:
            entities_with(nlp, text, crf=crf)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        if pinned:
            os.sched_setaffinity(0, cores)
    return n_tokens / cpu, n_tokens / wall, n_tokens


def training_keys(data_dir: Path) -> set[str]:
    """Sentence keys of everything :mod:`warta.train.ner` trains on (before decontamination)."""
    sets = [
        ("indonlu-nergrit/train_preprocess.txt", "nergrit"),
        ("idner-news-2k/train.txt", "idner"),
        ("indonlu-nerp/train_preprocess.txt", "nerp"),
    ]
    return {s.key for path, corpus in sets for s in read_conll(data_dir / path, corpus)}


Scorer = Callable[["Language", Sequence[Sentence]], dict[str, float]]


def _zero_shot(nlp: Language, name: str, folder: Path, seen: set[str],
               scorer: Scorer | None = None) -> Metrics:
    """Fold means on every test sentence (``NAME_all_*``) and on those never trained on (``NAME_*``).

    idner-news-2k re-annotates the NER-UGM news text: about 1,430 of NER-UGM's
    2,343 sentences are in idner-news-2k train (and 830 in NERP train), so only
    NER-UGM's unseen sentences make a zero-shot test. NER-UI shares none.
    """
    scorer = scorer or evaluate
    every, unseen = [], []
    n_seen = n_all = 0
    for fold in FOLDS:
        sentences = read_conll(folder / f"test.{fold}.tsv", "indolem")
        fresh = [s for s in sentences if len(s.key) < MIN_KEY_CHARS or s.key not in seen]
        every.append(scorer(nlp, sentences))
        unseen.append(scorer(nlp, fresh))
        n_seen += len(sentences) - len(fresh)
        n_all += len(sentences)
    metrics = _rounded(name, _mean(unseen)) | _rounded(f"{name}_all", _mean(every))
    metrics[f"{name}_test_sentences"] = n_all
    metrics[f"{name}_seen_in_training"] = n_seen
    return metrics


def _mean(folds: list[dict[str, float]]) -> dict[str, float]:
    keys = set.intersection(*(set(fold) for fold in folds))
    return {k: sum(fold[k] for fold in folds) / len(folds) for k in keys}


def measure(nlp: Language, data_dir: Path) -> Metrics:
    """Every metric of the task for a given pipeline (``warta train ner`` scores a new model with it)."""
    from warta.bench.corpora import kompas_texts
    from warta.train.ner import restore_case_nerp

    metrics: Metrics = {}
    for name, sentences in gold_sets(data_dir).items():
        metrics |= _rounded(name, evaluate(nlp, sentences))
    truecased = restore_case_nerp(data_dir, "valid", use_ner_labels=False)
    metrics |= _rounded("nerp_truecased", evaluate(nlp, truecased))
    seen = training_keys(data_dir)
    metrics |= _zero_shot(nlp, "nerui", data_dir / "indolem-nerui", seen)
    metrics |= _zero_shot(nlp, "nerugm", data_dir / "indolem-nerugm", seen)
    metrics |= measure_stage(nlp, data_dir, seen)
    metrics |= measure_crf(nlp, data_dir, seen)
    texts = kompas_texts(data_dir)
    while sum(len(t.split()) for t in texts) < MIN_SPEED_TOKENS:
        texts = texts + texts
    cpu, wall, n_tokens = tokens_per_second(nlp, texts)
    metrics["tokens_per_s_1core"] = round(cpu)
    metrics["tokens_per_s_wall"] = round(wall)
    metrics["speed_tokens"] = n_tokens
    return metrics


def measure_stage(nlp: Language, data_dir: Path, seen: set[str]) -> Metrics:
    """``stage_*``: the same sets through the whole entity stage (:mod:`warta.bench.ner_stage`), and
    ``dev_*``: the model and the stage on the sets the combination was tuned on."""
    from warta.bench.ner_stage import dev_sets, evaluate_stage
    from warta.train.ner import restore_case_nerp

    metrics: Metrics = {}
    for name, sentences in gold_sets(data_dir).items():
        metrics |= _rounded(f"stage_{name}", evaluate_stage(nlp, sentences))
    truecased = restore_case_nerp(data_dir, "valid", use_ner_labels=False)
    metrics |= _rounded("stage_nerp_truecased", evaluate_stage(nlp, truecased))
    for name in ("nerui", "nerugm"):
        scores = _zero_shot(nlp, name, data_dir / f"indolem-{name}", seen, evaluate_stage)
        metrics |= {f"stage_{k}": v for k, v in scores.items() if "sentences" not in k and "seen" not in k}
    for name, sentences in dev_sets(data_dir).items():
        metrics |= _rounded(name, evaluate(nlp, sentences))
        metrics |= _rounded(f"stage_{name}", evaluate_stage(nlp, sentences))
    return metrics


def evaluate_crf(nlp: Language, sentences: Sequence[Sentence]) -> dict[str, float]:
    """The CRF alone (:mod:`warta.article.ner_crf`), same tokens and scorer."""
    from warta.article.ner_crf import load_crf

    tagged = load_crf().tag_many([s.words for s in sentences])
    return score([s.spans for s in sentences], [t.spans for t in tagged])


def evaluate_ensemble(nlp: Language, sentences: Sequence[Sentence]) -> dict[str, float]:
    """The CNN's spans arbitrated by the CRF (:func:`warta.article.ner_crf.ensemble`)."""
    from warta.article.ner_crf import ensemble

    spans = ensemble(predict(nlp, sentences), [s.words for s in sentences])
    return score([s.spans for s in sentences], spans)


def measure_crf(nlp: Language, data_dir: Path, seen: set[str]) -> Metrics:
    """``crf_*`` (the CRF alone) and ``ensemble_*`` (CNN + CRF) on the model rows' sets and dev,
    when the CRF and ``python-crfsuite`` are installed; off by default in the entity stage."""
    from warta.article.ner_crf import crf_available
    from warta.bench.ner_stage import dev_sets

    if not crf_available():
        return {}
    metrics: Metrics = {}
    sets = gold_sets(data_dir) | dev_sets(data_dir)
    for prefix, scorer in (("crf", evaluate_crf), ("ensemble", evaluate_ensemble)):
        for name, sentences in sets.items():
            metrics |= _rounded(f"{prefix}_{name}", scorer(nlp, sentences))
        for name in ("nerui", "nerugm"):
            scores = _zero_shot(nlp, name, data_dir / f"indolem-{name}", seen, scorer)
            metrics |= {f"{prefix}_{k}": v for k, v in scores.items()
                        if "sentences" not in k and "seen" not in k}
    return metrics


def run(data_dir: Path) -> Metrics:
    from warta.article.ner import load_ner

    return measure(load_ner(), data_dir)
