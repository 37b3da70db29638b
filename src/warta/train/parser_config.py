"""What the dependency parser is and how it trains: :class:`ParserSettings` and its spaCy config."""

from __future__ import annotations

from dataclasses import dataclass

from warta.train.spacy_training import training_sections

PARSER_SEED = 20261122


@dataclass(frozen=True)
class ParserSettings:
    """What sets the parser's size and how long it trains."""

    width: int = 64  # token vector width of the shared CNN encoder
    depth: int = 4  # convolution layers (each sees one more word each side)
    rows: tuple[int, int, int, int] = (5000, 1000, 2500, 500)  # hash rows: NORM, PREFIX, SUFFIX, SHAPE
    hidden_width: int = 64  # the transition parser's hidden layer
    max_epochs: int = 16  # the tuning score peaked near epoch 11 at width 64
    patience: int = 1200  # steps without a better tuning score before stopping
    eval_frequency: int = 100
    dropout: float = 0.2
    tuning_sentences: int = 100  # GSD dev sentences held out for early stopping
    seed: int = PARSER_SEED


def config_text(settings: ParserSettings) -> str:
    """spaCy config: a ``tok2vec`` shared by a ``tagger`` (UPOS) and a ``parser``."""
    rows = ", ".join(str(r) for r in settings.rows)
    return f"""
[paths]
train = null
dev = null

[system]
gpu_allocator = null
seed = {settings.seed}

[nlp]
lang = "id"
pipeline = ["tok2vec", "tagger", "parser"]
batch_size = 256
tokenizer = {{"@tokenizers": "spacy.Tokenizer.v1"}}

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = {settings.width}
attrs = ["NORM", "PREFIX", "SUFFIX", "SHAPE"]
rows = [{rows}]
include_static_vectors = false

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {settings.width}
depth = {settings.depth}
window_size = 1
maxout_pieces = 3

[components.tagger]
factory = "tagger"
label_smoothing = 0.0
neg_prefix = "!"
overwrite = false
scorer = {{"@scorers": "spacy.tagger_scorer.v1"}}

[components.tagger.model]
@architectures = "spacy.Tagger.v2"
nO = null
normalize = false

[components.tagger.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = {settings.width}
upstream = "tok2vec"

[components.parser]
factory = "parser"
learn_tokens = false
min_action_freq = 5
moves = null
scorer = {{"@scorers": "spacy.parser_scorer.v1"}}
update_with_oracle_cut_size = 100

[components.parser.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "parser"
extra_state_tokens = false
hidden_width = {settings.hidden_width}
maxout_pieces = 2
use_upper = true
nO = null

[components.parser.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = {settings.width}
upstream = "tok2vec"

{training_sections(dropout=settings.dropout, patience=settings.patience, max_epochs=settings.max_epochs,
                   eval_frequency=settings.eval_frequency)}
[training.score_weights]
tag_acc = 0.3
dep_uas = 0.0
dep_las = 0.7
dep_las_per_type = null
sents_p = null
sents_r = null
sents_f = null
"""
