"""UD Indonesian treebanks as warta tokenizes them: the parser's training and evaluation sentences.

A treebank's tokens are not always warta's. Indonesian PUD (revised) writes clitics as
tokens of their own with no space before them (``buku`` + ``nya``, ``tidak`` + ``lah``),
and a treebank may carry multiword-token ranges (``3-4 bukunya``); warta's tokenizer
(:func:`warta.article.tokens.tokenize`) keeps ``bukunya`` whole. So each sentence's
``# text`` is tokenized by warta and the gold tokens are mapped onto those tokens by
character offsets:

- several gold tokens inside one warta token become that token; it takes the UPOS,
  relation and head of the part whose head lies outside the group (``buku``, not ``nya``);
- a gold token cut into several warta tokens (``AS-Rusia``) gives its relation to the first
  piece; the others attach to it as ``goeswith``;
- a gold head inside a merged group points at the group's token.

Relations keep their universal part only (``acl:relcl`` → ``acl``), except the subtypes
that :data:`KEPT_SUBTYPES` names: GSD and PUD annotate different subtypes, so a model
trained on both would otherwise be graded on labels that one treebank never uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from warta.article.tokens import tokenize

UD_DIR = "ud-indonesian"
GSD_DEV = "id_gsd-ud-dev.conllu"
GSD_TEST = "id_gsd-ud-test.conllu"
PUD = "id_pud-ud-test-revised-1-0.conllu"
# Subtypes both treebanks use and that tell an event's sides apart (the passive subject).
KEPT_SUBTYPES = frozenset({"nsubj:pass", "csubj:pass"})
SPLIT_PIECE = "goeswith"


@dataclass(frozen=True)
class GoldWord:
    """One CoNLL-U word line (1-based ``head``; 0 is the root)."""

    form: str
    upos: str
    head: int
    deprel: str


@dataclass(frozen=True)
class ParsedSentence:
    """A sentence in warta's tokens: 0-based heads, a root heads itself (spaCy's convention)."""

    text: str
    words: tuple[str, ...]
    upos: tuple[str, ...]
    heads: tuple[int, ...]
    deprels: tuple[str, ...]


def map_label(deprel: str) -> str:
    """The relation the parser learns: the universal part, or a kept subtype."""
    return deprel if deprel in KEPT_SUBTYPES else deprel.split(":", 1)[0]


def read_conllu(text: str) -> Iterator[tuple[str, list[GoldWord]]]:
    """Each sentence's ``# text`` and its word lines; range and empty-node lines are skipped.

    A range line's surface form is not needed: the ``# text`` line holds it, and warta's
    tokenizer cuts it from there.
    """
    sentence_text = ""
    words: list[GoldWord] = []
    for line in text.splitlines():
        if line.startswith("# text = "):
            sentence_text = line[len("# text = "):].strip()
        elif not line.strip():
            if words:
                yield sentence_text, words
            sentence_text, words = "", []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                words.append(GoldWord(cols[1], cols[3], int(cols[6]), cols[7]))
    if words:
        yield sentence_text, words


def read_treebank(path: Path) -> list[ParsedSentence]:
    """A CoNLL-U file's sentences in warta's tokens (left out: a form not in the text, a broken tree)."""
    sentences = (to_warta_tokens(t, w) for t, w in read_conllu(path.read_text(encoding="utf-8")))
    return [s for s in sentences if s is not None]


def to_warta_tokens(text: str, words: list[GoldWord]) -> ParsedSentence | None:
    """The sentence retokenized by warta, gold carried over (None: a form not in the text, a broken tree)."""
    spans = _gold_spans(text, words)
    if spans is None:
        return None
    tokens = tokenize(text)
    owner = _owners(spans, [(t.start, t.end) for t in tokens])
    if owner is None:
        return None
    groups: dict[int, list[int]] = {}
    for gold_index, token_indexes in enumerate(owner):
        for token_index in token_indexes:
            groups.setdefault(token_index, []).append(gold_index)
    upos, heads, deprels = [], [], []
    for token_index in range(len(tokens)):
        members = groups[token_index]
        lead = _group_head(members, words)
        pieces = owner[lead]
        if token_index != pieces[0]:  # a later piece of a gold word warta split
            upos.append(words[lead].upos)
            heads.append(pieces[0])
            deprels.append(SPLIT_PIECE)
            continue
        upos.append(words[lead].upos)
        gold_head = words[lead].head
        heads.append(token_index if gold_head == 0 else owner[gold_head - 1][0])
        deprels.append(map_label(words[lead].deprel))
    if not is_tree(heads):
        return None
    return ParsedSentence(text, tuple(t.text for t in tokens), tuple(upos), tuple(heads), tuple(deprels))


def is_tree(heads: list[int]) -> bool:
    """One root (a token heading itself) that every token reaches without a cycle.

    Merging a group whose parts hang from different places (PUD's ``perusahaan-yang``
    from a dash-set parenthesis) can break the tree; such sentences are left out.
    """
    if sum(head == i for i, head in enumerate(heads)) != 1:
        return False
    for start in range(len(heads)):
        seen, node = set(), start
        while heads[node] != node:
            if node in seen:
                return False
            seen.add(node)
            node = heads[node]
    return True


def _gold_spans(text: str, words: list[GoldWord]) -> list[tuple[int, int]] | None:
    """Character offsets of each gold form in ``text``, searched left to right."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for word in words:
        start = text.find(word.form, cursor)
        if start < 0:
            return None
        spans.append((start, start + len(word.form)))
        cursor = start + len(word.form)
    return spans


def _owners(gold: list[tuple[int, int]], tokens: list[tuple[int, int]]) -> list[list[int]] | None:
    """For each gold word, the warta tokens it overlaps; None if a token or a word is left unowned."""
    owner: list[list[int]] = []
    first = 0
    for start, end in gold:
        while first < len(tokens) and tokens[first][1] <= start:
            first += 1
        hit = [i for i in range(first, len(tokens)) if tokens[i][0] < end and tokens[i][1] > start]
        if not hit:
            return None
        owner.append(hit)
    covered = {i for hit in owner for i in hit}
    return owner if len(covered) == len(tokens) else None


def _group_head(members: list[int], words: list[GoldWord]) -> int:
    """The gold word of a merged group whose head is outside it (the first such, else the first)."""
    inside = set(members)
    for index in members:
        if words[index].head - 1 not in inside:
            return index
    return members[0]


def training_sentences(data_dir: Path) -> list[ParsedSentence]:
    """PUD (revised) and GSD dev, in file order."""
    folder = data_dir / UD_DIR
    return read_treebank(folder / PUD) + read_treebank(folder / GSD_DEV)


def test_sentences(data_dir: Path) -> list[ParsedSentence]:
    """GSD test: the evaluation set, never trained or tuned on."""
    return read_treebank(data_dir / UD_DIR / GSD_TEST)
