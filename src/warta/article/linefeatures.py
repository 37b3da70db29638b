"""Cheap per-line signals the cleaner combines: words, stop-word density, shape."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]]*\s*$|[\"”’]\s*$")
ELLIPSIS_END = re.compile(r"(\.\.\.|…)\s*$")

# jusText ships stop-word lists; these are the languages warta expects in news input.
STOPLIST_LANGUAGES = ("Indonesian", "English", "German", "French", "Spanish", "Italian",
                      "Portuguese", "Dutch", "Polish", "Malay")


@cache
def stoplists() -> dict[str, frozenset[str]]:
    import justext  # lazy: loading the lists costs a few milliseconds once per process

    return {lang: frozenset(w.lower() for w in justext.get_stoplist(lang))
            for lang in STOPLIST_LANGUAGES}


@dataclass(frozen=True)
class LineFeatures:
    words: int
    density: float  # share of words in the document language's stop-word list
    terminal: bool  # ends like a sentence
    capitalised: float  # share of words that start with a capital letter
    chars: int


def words_of(text: str) -> list[str]:
    return WORD.findall(text)


def choose_stoplist(texts: list[str]) -> frozenset[str]:
    """The stop-word list that covers most of the document's words."""
    tokens = [w.lower() for text in texts for w in words_of(text)]
    if not tokens:
        return stoplists()["Indonesian"]
    best = max(stoplists().items(), key=lambda item: sum(t in item[1] for t in tokens))
    return best[1]


def features(text: str, stopwords: frozenset[str]) -> LineFeatures:
    words = words_of(text)
    n = len(words)
    stop = sum(1 for w in words if w.lower() in stopwords)
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
