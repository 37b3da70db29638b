"""What every warta spaCy model shares in training: the ``[corpora]`` and ``[training]`` sections, how
a trained model is saved, scored and sized, the command line its card gives, and the body of ``warta train
<model>`` (:func:`run_train_command`).

The NER model and the dependency parser differ in their components, not in how they are trained: both
read DocBin corpora, batch by words on the same schedule and use the same averaged Adam, so the text is
written once here and each model's config takes it with its own dropout, patience and epochs. Their
components are built of the same parts too (a hash-embedding CNN, a transition-based model), whose
config text is likewise written once (:func:`hash_embed_cnn`, :func:`transition_model`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance
    from spacy.language import Language

Log = Callable[[str], object]
Measure = Callable[[Any, Path], Mapping[str, Any]]  # a bench task's scorer of a loaded pipeline
SettingsT = TypeVar("SettingsT", bound="DataclassInstance")


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


def save_pipeline(nlp: Language, out_dir: Path, labels: Iterable[str]) -> None:
    """Write a trained pipeline to ``out_dir`` without its training run's traces, and with only ``labels``
    in its string store: hash embeddings hash the text itself, so the training vocabulary's strings
    (about 1 MB) are not needed to predict."""
    nlp.meta.pop("performance", None)
    config = nlp.config.copy()  # the training run's temporary paths mean nothing elsewhere
    config["paths"] = {key: None for key in config["paths"]}
    nlp.config = config
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out_dir)
    (out_dir / "vocab" / "strings.json").write_text(json.dumps(sorted(labels)) + "\n", encoding="utf-8")


def model_size(path: Path) -> int:
    """Bytes on disk, model card left out."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and p.name != "MODEL_CARD.md")


def rerun_command(model: str, overrides: Mapping[str, object]) -> str:
    """The ``warta train`` command line that reproduces a run: only the options that were given."""
    return f"warta train {model}" + "".join(
        f" --{k.replace('_', '-')} {v}" for k, v in overrides.items() if v is not None)


def score_saved_model(out_dir: Path, data_dir: Path, measure: Measure, log: Log) -> dict[str, Any]:
    """The bench task's metrics for the model just written, loaded the way warta's stages load it."""
    import spacy

    from warta.article.ner_speed import use_numpy_blas

    scores = dict(measure(use_numpy_blas(spacy.load(out_dir)), data_dir))
    log(json.dumps(scores, indent=1))
    return scores


@dataclass(frozen=True)
class TrainCommand(Generic[SettingsT]):
    """What ``warta train <model>`` needs to know of one model; the rest of the command is the same."""

    model: str  # the subcommand: "ner", "parser"
    defaults: SettingsT  # frozen settings the command-line options override
    train: Callable[[Path, Path, SettingsT, Log], dict[str, Any]]  # returns what the card needs
    shipped_path: Callable[[], Path]  # the shipped model's folder: where --out defaults to
    measure: Measure  # the model's bench task, for the card's scores
    render_card: Callable[[dict[str, Any], dict[str, Any], int, str], str]  # result, scores, size, command


def run_train_command(command: TrainCommand[SettingsT], data: str | None, out: str | None,
                      overrides: Mapping[str, int | None], *, bench: bool, log: Log) -> None:
    """Train with the options given, write the model, score it unless ``bench`` is off, write its card."""
    from warta.bench import default_data_dir

    data_dir = Path(data) if data else default_data_dir()
    out_dir = Path(out) if out else command.shipped_path()
    # "is None", not "or": --seed 0 is a seed of its own, not the default one.
    given = {key: value for key, value in overrides.items() if value is not None}
    settings = replace(command.defaults, **given)
    result = command.train(data_dir, out_dir, settings, log)
    log(_trained_line(result, out_dir))
    scores = score_saved_model(out_dir, data_dir, command.measure, log) if bench else {}
    card = command.render_card(result, scores, model_size(out_dir), rerun_command(command.model, overrides))
    (out_dir / "MODEL_CARD.md").write_text(card, encoding="utf-8")


def _trained_line(result: Mapping[str, Any], out_dir: Path) -> str:
    # A model scored on its dev set during training (the NER model) reports that score too.
    dev = f"dev F1 {result['dev']['f1']:.4f}; " if "dev" in result else ""
    return f"trained in {result['seconds']} s; {dev}wrote {out_dir}"
