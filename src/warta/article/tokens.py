"""Word tokens with offsets and the lookup keys that names are compared by.

The entity finder, the gazetteer and the cross-article matcher must cut and fold text
the same way, or "Erdoğan" in an article would never meet "Erdogan" in the gazetteer.
This module is that one way: a token regex and :func:`fold`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# A word (letters/digits, inner hyphens, apostrophes and dots as in "Jong-un", "O'Brien",
# "D.C"), or one punctuation character. Offsets are into the text as given.
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    key: str  # folded form (see fold)

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        """Starts with an upper-case letter (names, acronyms, sentence starts)."""
        return self.text[0].isupper()

    @property
    def is_upper(self) -> bool:
        """ALL CAPS with at least two letters ("AS", "PBB", "WASHINGTON")."""
        return len(self.text) > 1 and self.text.isupper()


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Case- and accent-free form: "Erdoğan" → "erdogan", "WASHINGTON" → "washington"."""
    if word.isascii():
        return word.lower().replace("’", "'")
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text``; capitalised hyphen compounds ("Naryshkin-Burns") are split."""
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        word = match.group()
        start = match.start()
        if "-" in word and _splits(word):
            for part in re.finditer(r"[^-]+", word):
                piece = part.group()
                tokens.append(Token(start + part.start(), start + part.end(), piece, fold(piece)))
            continue
        tokens.append(Token(start, match.end(), word, fold(word)))
    return tokens


def _splits(word: str) -> bool:
    """"AS-Rusia" and "Naryshkin-Burns" are two names; "Jong-un" and "Al-Qaeda" are one."""
    parts = word.split("-")
    if len(parts) != 2 or not all(len(p) > 1 and p[0].isupper() for p in parts):
        return False
    return parts[0].lower() not in {"al", "el", "bin", "abu", "ibn", "ben"}


def key_of(text: str) -> tuple[str, ...]:
    """Folded token keys of a name, a final period dropped: "Washington D.C." → (washington, d.c)."""
    keys = tuple(t.key for t in tokenize(text))
    return keys[:-1] if len(keys) > 1 and keys[-1] == "." else keys
