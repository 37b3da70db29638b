"""When two written names can be the same person: transliteration, typos, initials.

Russian and Ukrainian names reach Indonesian news through English, German and Indonesian
spellings at once (Sergey/Sergei, Dmitry/Dmitri/Dmitriy, Zelenskyy/Zelensky/Zelenskiy),
and scraped text adds typos (Zelesnky). :func:`spelling` folds the systematic variants;
:func:`similar` allows one slip (two for long words) in what remains, counting a swap of
neighbouring letters as one (optimal string alignment distance).
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import OSA

from warta.article.tokens import fold

_VOWELS = frozenset("aeiou")
# Systematic spelling variants, applied in order ("Dmitriy" → "dmitri", "Mikhail" → "mihail").
_REWRITES = (("kh", "h"), ("ph", "f"), ("iy", "i"), ("ii", "i"), ("yy", "y"), ("ey", "ei"),
             ("ay", "ai"), ("ou", "u"), ("dzh", "j"), ("zh", "j"))


@lru_cache(maxsize=65536)
def spelling(word: str) -> str:
    """A transliteration-neutral key: "Sergey" and "Sergei" → "sergei"."""
    key = fold(word).replace("'", "").replace("’", "")
    for old, new in _REWRITES:
        key = key.replace(old, new)
    if len(key) > 3 and key.endswith("y") and key[-2] not in _VOWELS:
        key = key[:-1] + "i"
    return key


@lru_cache(maxsize=65536)
def similar(a: str, b: str) -> bool:
    """Same word up to transliteration and one typo (two in words of eight letters or more)."""
    a, b = spelling(a), spelling(b)
    if a == b:
        return True
    shortest = min(len(a), len(b))
    if shortest < 5 or a[0] != b[0] or _adjective_of(a, b) or _adjective_of(b, a):
        return False
    return OSA.distance(a, b, score_cutoff=2) <= (2 if shortest >= 8 else 1)


def _adjective_of(word: str, name: str) -> bool:
    """``word`` is the English adjective of a name in "-ia" or "-ea" ("Victorian", "Georgian",
    "Korean"): a word of its own, no misspelling of the name ("Odingan" stays a typo of "Odinga")."""
    return name.endswith(("ia", "ea")) and word == name + "n"


def is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1


def compatible_given(a: list[str], b: list[str]) -> bool:
    """Given names agree: equal or similar, or one is the other's initial ("J." ~ "Joe")."""
    if not a or not b:
        return True
    x, y = a[0], b[0]
    if is_initial(x) or is_initial(y):
        return fold(x[0]) == fold(y[0])
    return similar(x, y)


def same_person(a: list[str], b: list[str]) -> bool:
    """Name token lists (without titles) of two full names that may be one person."""
    if not a or not b or not similar(a[-1], b[-1]):
        return False
    return compatible_given(a[:-1], b[:-1])


# Heads of names that are hereditary titles or forms of address written as part of the name ("Andi
# Amran Sulaiman", "Teuku Umar", "Raden Ajeng Kartini"); news drops them as it drops a title ("Amran
# Sulaiman"). Another head is a given name of its own ("Iriana Joko Widodo" is not "Joko Widodo").
NAME_HEAD_TITLES = frozenset({"andi", "raden", "teuku", "tengku", "cut", "gusti", "daeng", "datuk", "habib",
                              "syekh", "sayyid", "tuan", "kiai", "kyai", "haji", "hajah"})


def is_without_title_head(short: list[str], full: list[str]) -> bool:
    """``short`` is ``full`` without its head words, all of them titles of ``NAME_HEAD_TITLES``: [Amran,
    Sulaiman] of [Andi, Amran, Sulaiman]."""
    cut = len(full) - len(short)
    return 2 <= len(short) < len(full) and [fold(w) for w in short] == [fold(w) for w in full[cut:]] \
        and all(fold(w) in NAME_HEAD_TITLES for w in full[:cut])
