"""Dependency parses of tokenized sentences: the small UD-trained model shipped in ``resources/parser``.

:func:`parse_tokens` takes a sentence as warta's tokens (:func:`warta.article.tokens.tokenize`)
and returns each token's head, relation and UPOS tag. The model is trained by
``warta train parser`` (:mod:`warta.train.parser`) on UD Indonesian PUD and GSD dev; its
data, licence (CC BY-SA) and scores are in ``resources/parser/MODEL_CARD.md``. It is a
plain spaCy pipeline (``tok2vec``, ``tagger``, ``parser``), loaded on first use.

Relations are UD's universal ones plus ``nsubj:pass`` and ``csubj:pass``; the root's
relation is ``root`` and its head is itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from warta.article.ner_speed import one_blas_thread, use_numpy_blas

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_RESOURCE = "parser"
ROOT = "root"


@dataclass(frozen=True)
class Parse:
    """One sentence's parse, a value per token: 0-based head indexes (the root heads itself)."""

    heads: tuple[int, ...]
    deprels: tuple[str, ...]
    upos: tuple[str, ...]

    def dependents(self, head: int, relation: str) -> list[int]:
        """Tokens attached to ``head`` by ``relation``, subtypes included (``nsubj`` finds ``nsubj:pass``)."""
        return [i for i, (h, rel) in enumerate(zip(self.heads, self.deprels, strict=True))
                if h == head and i != head and rel.split(":", 1)[0] == relation]


def model_path() -> Path:
    """Directory of the shipped model (a real directory: the package is installed unzipped)."""
    return Path(str(resources.files("warta") / "resources" / MODEL_RESOURCE))


@cache
def load_parser() -> Language:
    """The shipped parser pipeline, loaded once per process."""
    import spacy

    return use_numpy_blas(spacy.load(model_path()))


def parse_tokens(words: Sequence[str]) -> Parse:
    """The parse of one sentence given as its tokens."""
    return parse_many([words])[0]


def parse_many(sentences: Sequence[Sequence[str]], nlp: Language | None = None) -> list[Parse]:
    """Parses of many sentences at once (batched: faster than one at a time)."""
    from spacy.tokens import Doc

    nlp = nlp or load_parser()
    docs = [Doc(nlp.vocab, words=list(words)) for words in sentences if words]
    with one_blas_thread():
        docs = list(nlp.pipe(docs, batch_size=64))  # Doc inputs skip the tokenizer
    parses = iter([_parse_of(doc) for doc in docs])
    return [next(parses) if words else Parse((), (), ()) for words in sentences]


def _parse_of(doc: Doc) -> Parse:
    heads = tuple(token.head.i for token in doc)
    deprels = tuple(ROOT if token.dep_ == "ROOT" else token.dep_ for token in doc)
    return Parse(heads, deprels, tuple(token.tag_ for token in doc))
