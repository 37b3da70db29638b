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
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(cues, key=len, reverse=True))
    return CueLexicon(cues, re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE))


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

