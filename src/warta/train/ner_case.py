"""NERP's case restored for training (:func:`restore_case_nerp`), and the tokens its guideline leaves
unknown to ours (:func:`unknown_where_nerp_is_silent`).

NERP is released lowercased; a name token (inside a NERP entity or POSP-tagged NNP) takes its cased
form in the cased corpora (``KPK``, ``McDonald``) or else a capital initial; any other token takes its
usual form there (``Senin``, ``Rp``) or stays lowercase; the sentence starts with a capital.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from warta.bench.ner import Sentence, read_columns, read_conll

MISSING = "-"  # a token whose entity tag is unknown (no loss on it)
# Lowercase words that stay lowercase inside names ("Universitas Gadjah Mada dan ...",
# "Abdullah bin Abdul Aziz", "Gunung Kidul di Yogyakarta").
NAME_PARTICLES = frozenset({
    "dan", "di", "ke", "dari", "untuk", "yang", "atas", "bin", "binti",
    "van", "von", "der", "den", "de", "la", "le", "al", "el", "da", "dos", "du", "of", "the", "and",
})


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
