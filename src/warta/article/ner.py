"""Named entities: the trained spaCy NER model shipped in ``resources/ner``.

:func:`find_entities` returns PERSON, ORG and LOC spans with character offsets
into the text it was given. The model is trained by ``warta train ner``
(:mod:`warta.train.ner`); its data, licenses and scores are in
``resources/ner/MODEL_CARD.md``. It is a plain spaCy pipeline with one ``ner``
component, its own small CNN token encoder and static word vectors, so
``spacy.load(model_path())`` works, and so does ``nlp.add_pipe("ner", source=...)``
once ``nlp.vocab.vectors`` is the source's.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from warta.article.ner_speed import one_blas_thread, use_numpy_blas
from warta.article.ner_tokens import LineTokenizer

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

MODEL_RESOURCE = "ner"
CRF_SWITCH = "WARTA_NER_CRF"
# One paragraph goes to the model at a time; a paragraph longer than this (a
# dump with no line breaks) is cut at the last sentence end or space before it,
# so memory stays flat and an entity is split only where no whitespace exists.
MAX_CHUNK_CHARS = 5_000
BATCH_SIZE = 64
_LINE = re.compile(r"[^\n]+")
_BRACKETS = frozenset({"(", ")"})
_NEVER_LAST = frozenset({
    ".", ",", ";", ":", "!", "?", "pada", "kemarin", "di", "ke", "dari", "dan", "yang", "ini", "itu",
    "untuk", "dengan", "sejak", "saat", "ketika", "lalu", "pagi", "siang", "sore", "malam", "hari", "tadi",
    "akan", "telah", "sudah", "juga", "bahwa", "adalah", "merupakan", "tersebut", "sebagai", "oleh",
})
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*\s")
_TOKENIZERS: WeakKeyDictionary[Language, LineTokenizer] = WeakKeyDictionary()


@dataclass(frozen=True)
class NerSpan:
    """An entity mention: ``text == source[start:end]``."""

    start: int
    end: int
    label: str
    text: str


def model_path() -> Path:
    """Directory of the shipped model (a real directory: the package is installed unzipped)."""
    return Path(str(resources.files("warta") / "resources" / MODEL_RESOURCE))


@cache
def load_ner() -> Language:
    """The shipped NER pipeline, loaded once per process."""
    import spacy

    return use_numpy_blas(spacy.load(model_path()))


def find_entities(text: str) -> list[NerSpan]:
    """PERSON, ORG and LOC mentions in ``text``, in text order, offsets into ``text``."""
    return entities_with(load_ner(), text, crf=crf_enabled())


def find_entities_cnn(text: str) -> list[NerSpan]:
    """:func:`find_entities` by the CNN alone, whatever ``WARTA_NER_CRF`` says: for English text, where
    the CRF's features (Indonesian word clusters, affixes, gazetteer) mislead it and no dev set has
    measured it (the entity stage reads English text with this, docs/benchmarks.md NER section)."""
    return entities_with(load_ner(), text, crf=False)


def crf_enabled() -> bool:
    """``WARTA_NER_CRF=1`` arbitrates the model's spans with the CRF beside it (``ner_crf.py``).

    Off by default: on dev it gains 1.5 points of F1, entity precision and recall on warta's own
    gold rise and quote speaker accuracy holds, but the entity stage with it measured 17,933
    tokens/CPU-s in a clean CI run, under the 18,000 floor (docs/benchmarks.md, NER section)."""
    from warta.article.ner_crf import crf_available

    return os.environ.get(CRF_SWITCH, "") == "1" and crf_available()


def entities_with(nlp: Language, text: str, crf: bool = False) -> list[NerSpan]:
    """:func:`find_entities` with a given pipeline (benchmarks, training-time evaluation)."""
    pieces = list(chunks(text))
    spans: list[NerSpan] = []
    tokenize = line_tokenizer(nlp)
    tokenized = [tokenize.with_words(piece) for _, piece in pieces]
    with one_blas_thread():  # small matrices: threads only wait for each other (ner_speed.py)
        docs = list(nlp.pipe((doc for doc, _ in tokenized), batch_size=BATCH_SIZE))
    found = [[(e.start, e.end, e.label_) for e in model_entities(doc)] for doc in docs]
    if crf:
        from warta.article.ner_crf import ensemble

        found = ensemble(found, [words for _, words in tokenized])
    for (offset, _), doc, doc_spans in zip(pieces, docs, found, strict=True):
        for first, last, label in doc_spans:
            ent = doc[first:last]
            start, end = offset + ent.start_char, offset + ent.end_char
            spans.append(NerSpan(start, end, label, text[start:end]))
    return spans


def line_tokenizer(nlp: Language) -> LineTokenizer:
    """spaCy's tokens of a line for ``nlp``'s model, made faster (``ner_tokens.py``), one per pipeline."""
    tokenizer = _TOKENIZERS.get(nlp)
    if tokenizer is None:
        tokenizer = _TOKENIZERS[nlp] = LineTokenizer(nlp)
    return tokenizer


def model_entities(doc: Doc) -> list[Span]:
    """The model's entities, each cut at round brackets inside it and trimmed of a run-on tail.

    No training or test set puts a bracket inside a name, but the model now and
    then runs one on over an acronym ("Badan Narkotika Nasional ( BNN )"); the
    pieces keep the label. Worth +0.3 to +0.5 F1 on NERGrit and NER-UI. Nor does
    a name end in a function word or sentence punctuation, which the model
    sometimes takes along ("Kementerian Pertanian kemarin").
    """
    from spacy.tokens import Span

    out = []
    for ent in doc.ents:
        start = ent.start
        for i in range(ent.start, ent.end + 1):
            if i == ent.end or doc[i].text in _BRACKETS:
                end = i
                while end > start and doc[end - 1].text in _NEVER_LAST:
                    end -= 1
                if end > start:
                    out.append(Span(doc, start, end, label=ent.label))
                start = i + 1
    return out


def chunks(text: str, limit: int = MAX_CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """``(offset, piece)`` for each non-blank line, long lines cut under ``limit`` characters."""
    for line in _LINE.finditer(text):
        start, end = line.start(), line.end()
        while end - start > limit:
            cut = _cut_point(text, start, start + limit)
            if text[start:cut].strip():
                yield start, text[start:cut]
            start = cut
        if text[start:end].strip():
            yield start, text[start:end]


def _cut_point(text: str, start: int, stop: int) -> int:
    """Where to cut ``text[start:stop]``: after the last sentence end, else the last space."""
    window = text[start:stop]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    if ends and ends[-1] > len(window) // 2:
        return start + ends[-1]
    space = window.rfind(" ")
    return start + space + 1 if space > 0 else stop
