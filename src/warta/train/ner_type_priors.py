"""Name-list type priors for the NER word vectors: how often a word occurs in names of each type.

The labelled sets are small, so most name words of a new text were never seen
labelled. Name lists tell what kind of name a word usually belongs to
(``fc`` and ``partai`` organisations, ``kabupaten`` and ``selatan`` places,
``wijaya`` people). For each word of the vector vocabulary, three numbers go
into the static vector table beside the learned dimensions: for PERSON, ORG
and LOC, ``log(1 + n) / log(1 + max n)``, n the number of names of that type
holding the word. The model learns how far to trust them, as a feature, not a
rule.

Lists, read in place at build time (the model ships only the three numbers per
word): the MDEE gazetteers of ``../shared/data/id-ner-mdee-goldstandard``
(Alfina et al. 2017, from Indonesian DBpedia: 43k people, 140k places, 6.5k
organisations) and warta's own ``resources/gazetteer.tsv`` (names and aliases).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

TYPES = ("PERSON", "ORG", "LOC")
MDEE_FILES = {"PERSON": "person.txt", "ORG": "organization.txt", "LOC": "place.txt"}
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def name_lists(data_dir: Path) -> dict[str, list[str]]:
    """Names of each type: the MDEE lists and warta's gazetteer (names and aliases)."""
    from warta.article.gazetteer import gazetteer

    lists: dict[str, list[str]] = {t: [] for t in TYPES}
    folder = data_dir / "id-ner-mdee-goldstandard" / "gazetteer-mdee"
    for label, name in MDEE_FILES.items():
        lines = (folder / name).read_text(encoding="utf-8", errors="replace").splitlines()
        lists[label] += [line for line in lines if line.strip() and "\ufffd" not in line]
    for entry in gazetteer().entries.values():
        if entry.type in lists:
            lists[entry.type] += [entry.name, *entry.aliases]
    return lists


def word_counts(names: Iterable[str]) -> Counter[str]:
    """Lowercase word → number of names holding it (a word repeated in one name counts once)."""
    counts: Counter[str] = Counter()
    for name in names:
        counts.update({w.lower() for w in _WORD.findall(name)})
    return counts


def type_priors(data_dir: Path, words: Sequence[str]) -> np.ndarray:
    """(len(words), 3) priors in [0, 1] for lowercase ``words``: PERSON, ORG, LOC columns."""
    import numpy as np

    lists = name_lists(data_dir)
    out = np.zeros((len(words), len(TYPES)), dtype=np.float32)
    for column, label in enumerate(TYPES):
        counts = word_counts(lists[label])
        top = math.log1p(max(counts.values(), default=1))
        out[:, column] = [math.log1p(counts.get(word, 0)) / top for word in words]
    return out
