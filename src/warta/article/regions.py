"""Where a place's name ends and a person's begins in one run of capitalised words.

    Camat Suka Maju Ahmad Fauzi          place "Suka Maju", person "Ahmad Fauzi"
    Lurah Cilandak Budi Santoso          place "Cilandak", person "Budi Santoso"
    Kepala Dinkes Garut Rina Marlina     place "Garut" (a regency), person "Rina Marlina"

A region the gazetteer knows (by its bare name: "Garut" of "Kabupaten Garut") is the place. Else
villages and districts are often named with ordinary words ("Suka Maju", "Mekar Sari"), while
most people's names hold a word that is none: two such words open the run only when what is
left after them shows a name.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from warta.article.common_words import is_dictionary_word
from warta.article.gazetteer import COMPASS_WORDS as COMPASS_WORDS  # re-exported: readers import it here
from warta.article.gazetteer import gazetteer
from warta.article.tokens import fold
from warta.resources import read_tsv

_REGION_KINDS = frozenset({"regency", "city", "province", "capital"})
MAX_REGION = 3  # "Kepulauan Bangka Belitung"
# Regional words that open many village and district names ("Bojong Gede", "Kebon Jeruk", "Ranca
# Bungur") and no dictionary of Indonesian lists.
_PLACE_OPENERS = frozenset({"bojong", "kebon", "ranca", "leuwi", "tegal", "kali", "pondok", "rawa", "sumber"})


@cache
def region_kind_words() -> dict[str, str]:
    """The words naming a region's kind, folded and without a period ("kab"), -> the level they
    name ("kabupaten"): one list (``resources/region_kinds.tsv``) for every reader."""
    return {row["word"]: row["level"] for row in read_tsv("region_kinds.tsv")}


def is_region_kind(word: str) -> bool:
    """Whether a written word ("Kab.", "Kota") names a region's kind."""
    return fold(word).rstrip(".") in region_kind_words()


@cache
def region_names() -> frozenset[tuple[str, ...]]:
    """Bare names of the gazetteer's regencies, towns and provinces ("Lebak" of "Kabupaten Lebak")."""
    names: set[tuple[str, ...]] = set()
    for entry in gazetteer().entries.values():
        if entry.type != "LOC" or entry.kind not in _REGION_KINDS:
            continue
        for name in (entry.name, *entry.aliases):
            words = name.lower().split()
            bare = words[1:] if len(words) > 1 and is_region_kind(words[0]) else words
            names.add(tuple(fold(w) for w in bare))
    return frozenset(names)


def region_size(keys: Sequence[str]) -> int:
    """How many of the folded ``keys`` a known region opens with, its compass words included
    ("Sumba Barat"); 0 when no region opens them."""
    for size in range(min(MAX_REGION, len(keys)), 0, -1):
        if tuple(keys[:size]) in region_names():
            cut = size
            while cut < len(keys) and keys[cut] in COMPASS_WORDS:
                cut += 1
            return cut
    return 0


def place_words(words: Sequence[str]) -> int:
    """How many words open a run of three or four that is a local place and then a person's name:
    two when both are ordinary words (or a regional opener, "Bojong Gede") and the words after them
    hold one that is none ("Suka Maju | Ahmad Fauzi", "Mekar Jaya | Sutrisno"), or when the second
    is a compass word ("Pulau Seribu Utara"); else one ("Cilandak | Budi Santoso")."""
    if len(words) < 3:
        return 1
    name = words[2:]
    two_word_place = (is_dictionary_word(words[0]) or fold(words[0]) in _PLACE_OPENERS) \
        and is_dictionary_word(words[1]) and fold(words[1]) not in COMPASS_WORDS
    shows_a_name = any(not is_dictionary_word(w) for w in name)
    if two_word_place and shows_a_name:
        return 2
    return 2 if fold(words[1]) in COMPASS_WORDS else 1


@cache
def compass_regions() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Bare names of regencies and towns that end with a compass word ("Pesisir Selatan" of "Kabupaten
    Pesisir Selatan") -> their ids. The gazetteer lists such regencies only with their kind word, and
    their first word is often a common noun ("pesisir", coast) or an island ("Lombok"), so a reader
    would otherwise keep only the compass word or only the island."""
    regions: dict[tuple[str, ...], list[str]] = {}
    for entry in gazetteer().entries.values():
        if entry.type != "LOC" or entry.kind not in _REGION_KINDS:
            continue
        for name in (entry.name, *entry.aliases):
            words = [fold(w) for w in name.lower().split()]
            bare = tuple(words[1:] if len(words) > 1 and is_region_kind(words[0]) else words)
            if 1 < len(bare) <= MAX_REGION and bare[-1] in COMPASS_WORDS:
                regions.setdefault(bare, []).append(entry.id)
    return {bare: tuple(dict.fromkeys(ids)) for bare, ids in regions.items()}


@cache
def compass_region_openers() -> frozenset[str]:
    """The first words of ``compass_regions`` ("pesisir", "lombok")."""
    return frozenset(bare[0] for bare in compass_regions())
