"""What every warta spaCy model shares in training: the ``[corpora]`` and ``[training]`` sections, how
a saved model is scored and sized, and the command line its card gives.

The NER model and the dependency parser differ in their components, not in how they are trained: both
read DocBin corpora, batch by words on the same schedule and use the same averaged Adam, so the text is
written once here and each model's config takes it with its own dropout, patience and epochs. Their
components are built of the same parts too (a hash-embedding CNN, a transition-based model), whose
config text is likewise written once (:func:`hash_embed_cnn`, :func:`transition_model`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any


def training_sections(*, dropout: float, patience: int, max_epochs: int, eval_frequency: int) -> str:
    """Config text from ``[corpora]`` to the end of ``[training.optimizer]``."""
    return f"""[corpora]

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
dropout = {dropout}
accumulate_gradient = 1
patience = {patience}
max_epochs = {max_epochs}
max_steps = 0
eval_frequency = {eval_frequency}
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
"""


def hash_embed_cnn(section: str, *, width: int, depth: int, rows: Sequence[int], static_vectors: bool) -> str:
    """Config text of a ``spacy.Tok2Vec.v2`` at ``section``: hash embeddings of NORM, PREFIX, SUFFIX and
    SHAPE (``rows`` each), then a CNN of ``depth`` maxout window layers."""
    return f"""[{section}]
@architectures = "spacy.Tok2Vec.v2"

[{section}.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = {width}
attrs = ["NORM", "PREFIX", "SUFFIX", "SHAPE"]
rows = [{", ".join(str(r) for r in rows)}]
include_static_vectors = {"true" if static_vectors else "false"}

[{section}.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {width}
depth = {depth}
window_size = 1
maxout_pieces = 3"""


def transition_model(component: str, state_type: str, hidden_width: int) -> str:
    """Config text of the transition-based model of ``component`` (``state_type``: "ner" or "parser");
    its ``tok2vec`` section is the caller's."""
    return f"""[components.{component}.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "{state_type}"
extra_state_tokens = false
hidden_width = {hidden_width}
maxout_pieces = 2
use_upper = true
nO = null"""


def model_size(path: Path) -> int:
    """Bytes on disk, model card left out."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and p.name != "MODEL_CARD.md")


def rerun_command(model: str, overrides: Mapping[str, object]) -> str:
    """The ``warta train`` command line that reproduces a run: only the options that were given."""
    return f"warta train {model}" + "".join(
        f" --{k.replace('_', '-')} {v}" for k, v in overrides.items() if v is not None)


def score_saved_model(out_dir: Path, data_dir: Path, measure: Callable[[Any, Path], Mapping[str, Any]],
                      log: Callable[[str], object]) -> dict[str, Any]:
    """The bench task's metrics for the model just written, loaded the way warta's stages load it."""
    import spacy

    from warta.article.ner_speed import use_numpy_blas

    scores = dict(measure(use_numpy_blas(spacy.load(out_dir)), data_dir))
    log(json.dumps(scores, indent=1))
    return scores

