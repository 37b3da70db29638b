"""Cheap per-line signals the cleaner combines: words, stop-word density, shape."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
TERMINAL = re.compile(r"[.!?…:;。！？][\"'”’)\]」』]*\s*$|[\"”’]\s*$")
ELLIPSIS_END = re.compile(r"(\.\.\.|…)\s*$")

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


def words_of(text: str) -> list[str]:
    return WORD.findall(text)


def choose_stoplist(texts: list[str]) -> frozenset[str] | None:
    """The stop-word list that covers most of the document's words.

    The usual news languages are tried first (fast); only when none covers the
    text are all of jusText's lists tried. None means no list fits (Chinese,
    Japanese, Thai…): the cleaner then judges lines by shape alone.
    """
    tokens = [w.lower() for text in texts for w in words_of(text)]
    if not tokens:
        return stoplists()["Indonesian"]
    for candidates in (stoplists(), all_stoplists()):
        best = max(candidates.values(), key=lambda words: sum(t in words for t in tokens))
        if sum(t in best for t in tokens) / len(tokens) >= COVERED_DENSITY:
            return best
    return None


def features(text: str, stopwords: frozenset[str] | None) -> LineFeatures:
    words = words_of(text)
    n = len(words)
    stop = sum(1 for w in words if w.lower() in stopwords) if stopwords is not None else 0
    caps = sum(1 for w in words if w[0].isupper())
    return LineFeatures(
        words=n,
        density=stop / n if n else 0.0,
        terminal=bool(TERMINAL.search(text)),
        capitalised=caps / n if n else 0.0,
        chars=len(text.strip()),
    )


def headline_like(text: str, feats: LineFeatures) -> bool:
    """A short line shaped like a headline: few words, no sentence end, mostly capitalised."""
    if feats.words < 2 or feats.words > 25:
        return False
    if feats.terminal and not ELLIPSIS_END.search(text) and not text.rstrip().endswith(("?", "!")):
        return False
    return feats.capitalised >= 0.3 or feats.words <= 12
