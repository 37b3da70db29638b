"""Indonesian ministries' short forms and their full names: "Kemenpan-RB" is the "Kementerian
Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "Kemenko PMK" the "Kementerian Koordinator
Bidang Pembangunan Manusia dan Kebudayaan".

A short form is "Kemen" (or "Kemenko" for a coordinating ministry) followed by pieces of the
words of the ministry's field, in order: an initial ("PPPA": Pemberdayaan Perempuan Perlindungan
Anak), a syllable or more ("des" for Desa, "pan" for P-A-N, "Polhukam": Politik Hukum Keamanan).
Each word of the field gives a piece that starts with its first letter and is made of its letters
in order; "dan" and "Bidang" give none.
"""

from __future__ import annotations

from functools import lru_cache

_SKIPPED = frozenset({"dan", "bidang"})
# The word "ministry" in full, and its common misspelling.
FULL_WORDS = ("kementerian", "kementrian")


def is_full_ministry(text: str) -> bool:
    """A ministry named in full ("Kementerian Keuangan", "Kementrian Pertahanan")."""
    return _letters(text.split()[0]) in FULL_WORDS if text.split() else False


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalpha())


def _field(full: str, coordinating: bool) -> list[str] | None:
    """The words of a ministry's field, folded; None when ``full`` names no ministry of that kind."""
    words = [_letters(w) for w in full.split()]
    words = [w for w in words if w]
    if words[:1] == ["kementrian"]:
        words[0] = "kementerian"  # the common misspelling names the same ministry
    head = ["kementerian", "koordinator"] if coordinating else ["kementerian"]
    if words[:len(head)] != head or (not coordinating and words[1:2] == ["koordinator"]):
        return None
    return [w for w in words[len(head):] if w not in _SKIPPED]


# A piece may also be a syllable from inside its word: the root's, after the affix ("Kemendag":
# per-DAGang-an, "Kemenhan": perta-HAN-an, "Kementan": per-TANi-an). Such a piece is written as in
# the word, at least this long, and starts after a vowel or after the prefixes below.
MIN_INNER_PIECE = 3
_PREFIXES = ("per", "ter", "ber", "pen", "pem", "peng")


def _inner_pieces_fit(letters: str, words: tuple[str, ...]) -> bool:
    word = words[0]
    for n in range(MIN_INNER_PIECE, len(letters) + 1):
        at = word.find(letters[:n], 1)
        while at > 0:
            if (word[at - 1] in "aeiou" or word[:at] in _PREFIXES) and _pieces_fit(letters[n:], words[1:]):
                return True
            at = word.find(letters[:n], at + 1)
    return False


def _pieces_fit(letters: str, words: tuple[str, ...]) -> bool:
    """Whether ``letters`` is cut into one piece per word, each a run of its word's letters in order
    that starts with the word's first letter, or a syllable from inside the word (``_inner_pieces_fit``)."""
    if not words:
        return not letters
    word = words[0]
    if letters and letters[0] != word[0]:
        return _inner_pieces_fit(letters, words)
    if not letters:
        return False
    at = 1  # letters[:n] fits the word while each next letter is found further on in it
    for n in range(1, len(letters) + 1):
        if n > 1:
            found = word.find(letters[n - 1], at)
            if found < 0:
                return False
            at = found + 1
        if _pieces_fit(letters[n:], words[1:]):
            return True
    return False


@lru_cache(maxsize=4096)
def abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` ("Kemendes PDTT", "Kemenko Polhukam") is a short form of the ministry ``full``."""
    letters = _letters(short)
    # "Kemenkop UKM" opens as "Kemenko" does but is the ministry of cooperatives: both readings are tried
    kinds = (True, False) if letters.startswith("kemenko") else (False,)
    return any(_abbreviates(letters, full, coordinating) for coordinating in kinds)


def _abbreviates(letters: str, full: str, coordinating: bool) -> bool:
    prefix = "kemenko" if coordinating else "kemen"
    if not letters.startswith(prefix) or letters.startswith(FULL_WORDS) or len(letters) < len(prefix) + 2:
        return False
    field = _field(full, coordinating)
    return bool(field) and _pieces_fit(letters[len(prefix):], tuple(field or ()))
