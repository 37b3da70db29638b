"""Cheap per-line signals the cleaner combines: words, stop-word density, shape."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
TERMINAL = re.compile(r"[.!?…:;。！？][\"'”’)\]」』]*\s*$|[\"”’]\s*$")
ELLIPSIS_END = re.compile(r"(\.\.\.|…)\s*$")
# Hangul, kana and CJK ideographs: scripts that write a word in one or two characters.
WIDE = re.compile(
    r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)

# jusText ships stop-word lists; these are the languages warta expects in news input.
STOPLIST_LANGUAGES = ("Indonesian", "English", "German", "French", "Spanish", "Italian",
                      "Portuguese", "Dutch", "Polish", "Malay")


# Below this share of stop words, the document's language has no list among the usual
# ones; above it the choice is settled (Indonesian news scores about 0.45).
COVERED_DENSITY = 0.15


@cache
def stoplists() -> dict[str, frozenset[str]]:
    return _load_stoplists(STOPLIST_LANGUAGES)


@cache
def all_stoplists() -> dict[str, frozenset[str]]:
    import justext

    return _load_stoplists(tuple(justext.get_stoplists()))


def _load_stoplists(languages: tuple[str, ...]) -> dict[str, frozenset[str]]:
    import justext  # lazy: loading the lists costs a few milliseconds once per process

    return {lang: frozenset(w.lower() for w in justext.get_stoplist(lang)) for lang in languages}


@dataclass(frozen=True)
class LineFeatures:
    words: int
    density: float  # share of words in the document language's stop-word list
    terminal: bool  # ends like a sentence
    capitalised: float  # share of words that start with a capital letter
    chars: int
    letters: int = 0  # characters in words
    wide: int = 0  # Hangul, kana and CJK characters, each of which reads like a short word

    @property
    def reading_length(self) -> int:
        """Characters, a wide character counted as three (about a word and its space)."""
        return self.chars + 2 * self.wide


def words_of(text: str) -> list[str]:
    return WORD.findall(text)


def choose_stoplist(texts: list[str], words: list[list[str]] | None = None) -> frozenset[str] | None:
    """The stop-word list that covers most of the document's words.

    The usual news languages are tried first (fast); only when none covers the
    text are all of jusText's lists tried. None means no list fits (Chinese,
    Japanese, Thai…): the cleaner then judges lines by shape alone. ``words``
    are the texts' words when the caller has them already.
    """
    if words is None:
        words = [words_of(text) for text in texts]
    counts = Counter(" ".join(" ".join(line) for line in words).lower().split())
    total = sum(counts.values())
    if not total:
        return stoplists()["Indonesian"]
    vocabulary = frozenset(counts)
    for candidates in (stoplists(), all_stoplists()):
        covered = {name: _covered(counts, vocabulary & stop) for name, stop in candidates.items()}
        best = max(covered, key=lambda name: covered[name])
        if covered[best] / total >= COVERED_DENSITY:
            return candidates[best]
    return None


def _covered(counts: Counter[str], words: frozenset[str]) -> int:
    """How many of the counted tokens are in ``words`` (a subset of the counted ones)."""
    return sum(map(counts.__getitem__, words))


def features(text: str, stopwords: frozenset[str] | None, words: list[str] | None = None) -> LineFeatures:
    if words is None:
        words = words_of(text)
    n = len(words)
    stop = sum(map(stopwords.__contains__, map(str.lower, words))) if stopwords is not None else 0
    caps = sum(map(str.isupper, (w[0] for w in words)))
    return LineFeatures(
        words=n,
        density=stop / n if n else 0.0,
        terminal=bool(TERMINAL.search(text)),
        capitalised=caps / n if n else 0.0,
        chars=len(text.strip()),
        letters=sum(map(len, words)),
        wide=0 if text.isascii() else len(WIDE.findall(text)),
    )


def headline_like(text: str, feats: LineFeatures) -> bool:
    """A short line shaped like a headline: few words, no sentence end, mostly capitalised."""
    if feats.words < 2 or feats.words > 25:
        return False
    if feats.terminal and not ELLIPSIS_END.search(text) and not text.rstrip().endswith(("?", "!")):
        return False
    return feats.capitalised >= 0.3 or feats.words <= 12
