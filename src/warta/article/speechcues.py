"""The speech-cue lexicon (``resources/speech_cues.tsv``) and one regex over all its cues."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from warta.article.tokens import fold
from warta.resources import read_tsv


@dataclass(frozen=True, slots=True)
class Cue:
    word: str  # folded
    pattern: str  # inverted | clitic | verb | prep | clitic-prep
    bare: bool  # a verb whose bare complement is the reported content
    lang: str


@dataclass(frozen=True)
class CueLexicon:
    cues: dict[str, Cue]
    regex: re.Pattern[str]  # every cue as a whole word, longest first

    def at(self, word: str) -> Cue | None:
        cue = self.cues.get(fold(" ".join(word.split())))
        if cue is not None and cue.lang == "en" and cue.pattern == "verb" and word[:1].isupper():
            return None  # "Sudirman Said": a capitalised English verb inside a name
        return cue


@cache
def speech_cues() -> CueLexicon:
    cues: dict[str, Cue] = {}
    for row in read_tsv("speech_cues.tsv"):
        word = fold(row["cue"])
        cues[word] = Cue(word, row["pattern"], row["content"] == "bare", row["lang"])
    return CueLexicon(cues, re.compile(rf"(?<![\w-])(?:{_trie_pattern(list(cues))})(?![\w-])", re.IGNORECASE))


_Trie = dict[str, "_Trie"]
_END = ""  # the key that marks a word ending at a node


def _trie_pattern(words: list[str]) -> str:
    """One regex alternation for ``words`` shared by their common prefixes: with some 400 cues a flat
    alternation tries every word at every position. At each node the longer continuations come
    before the word that ends there, so the longest cue at a position still wins, as it did when
    the words were listed longest first."""
    root: _Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _node_pattern(root)


def _node_pattern(node: _Trie) -> str:
    branches = [_char_pattern(char) + _node_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        body = (body if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})") + "?"
    return body


def _char_pattern(char: str) -> str:
    return r"\s+" if char == " " else re.escape(char)


# "disebut - sebut" (rumoured), "kata - kata" (words): a cue word that repeats the word before it
# across a hyphen is half of a reduplicated word, no cue ("Soedjono disebut - sebut sebagai …").
_HYPHEN_BEFORE = re.compile(r"(\w+)\s*-\s*\Z")
_HYPHEN_AFTER = re.compile(r"\s*-\s*(\w+)")


def reduplicated(text: str, start: int, end: int) -> bool:
    """Is the cue at ``text[start:end]`` half of a reduplicated word?"""
    word = fold(text[start:end])
    before = _HYPHEN_BEFORE.search(text, max(0, start - 30), start)
    after = _HYPHEN_AFTER.match(text, end)
    return (before is not None and fold(before.group(1)).endswith(word)) or (
        after is not None and fold(after.group(1)) == word)

