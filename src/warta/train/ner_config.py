"""What the NER model is and how it trains: :class:`Settings` and the spaCy config made from them."""

from __future__ import annotations

from dataclasses import dataclass

from warta.train.spacy_training import hash_embed_cnn, training_sections, transition_model

SEED = 20240611


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


def config_text(settings: Settings) -> str:
    """spaCy config: one ``ner`` component with its own hash-embedding CNN (no vectors)."""
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

{transition_model("ner", "ner", settings.hidden_width)}

{hash_embed_cnn("components.ner.model.tok2vec", width=settings.width, depth=settings.depth,
                rows=settings.rows, static_vectors=bool(settings.vector_rows))}

{training_sections(dropout=settings.dropout, patience=settings.patience, max_epochs=settings.max_epochs,
                   eval_frequency=settings.eval_frequency)}
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
