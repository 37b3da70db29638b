"""Reading ``resources/gazetteer.tsv`` and finding its names in a token stream.

The TSV is built by ``warta.train.gazetteer`` (see its header for the columns and the
sources); at run time it is only read. Full names match case-insensitively but only
when written capitalised (so the conjunction "as" is never the country "AS"), and
abbreviations match case-sensitively. When one name fits several rows ("Georgia" the
country and the US state) the row of the more prominent kind wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from warta.article.ministry_english import english_names
from warta.article.tokens import Token, fold, key_of, tokenize
from warta.models import EntityType
from warta.resources import read_tsv

# Which row wins when one name fits several: a news reader means the country by
# "Georgia", the capital by "Washington", the person by a full name.
KIND_PRIORITY = (
    "country", "capital", "office", "intl-org", "state-institution", "agency", "outlet",
    "person", "province", "city", "metonym", "org", "subdivision", "regency", "place",
)
_TYPES: dict[str, EntityType] = {"PERSON": "PERSON", "ORG": "ORG", "LOC": "LOC", "EVENT": "EVENT"}


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    type: EntityType
    kind: str
    name: str
    qid: str | None
    country: str | None
    stands_for: str | None  # id of the country whose government this place or office stands for, or
    # of the body a building stands for ("Gedung Bundar": the Attorney General's Office)
    roles: tuple[str, ...]
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Gazetteer:
    entries: dict[str, Entry]
    names: dict[tuple[str, ...], tuple[str, ...]]  # folded token keys -> ids, best first
    abbrevs: dict[tuple[str, ...], tuple[str, ...]]  # exact token texts -> ids
    longest: dict[str, int]  # first folded token -> longest name (in tokens) starting with it
    surnames: dict[str, tuple[str, ...]]  # folded last name -> person ids
    hyphenated: frozenset[tuple[str, ...]] = frozenset()  # keys of names written hyphenated ("Timor-Leste")

    def match(self, tokens: Sequence[Token], i: int) -> tuple[int, tuple[str, ...]] | None:
        """The longest gazetteer name starting at token ``i``: (end index, ids)."""
        first = tokens[i]
        if not first.is_cap:
            return None
        longest = self.longest.get(first.key, 0)
        for length in range(min(longest + _spaced_hyphens(tokens, i, longest), len(tokens) - i), 0, -1):
            window = tokens[i:i + length]
            ids = self.abbrevs.get(tuple(t.text for t in window))
            if ids:
                return i + length, ids
            key = _name_key(window)
            ids = self.names.get(key)
            if ids and len(key) < length and key not in self.hyphenated \
                    and not (_compass_after_hyphen(window) and self.entries[ids[0]].type == "LOC"):
                ids = ()  # "DPR - RI": a name the gazetteer writes without the hyphen ("DPR RI") is two here
            if ids and (window[-1].is_cap or not window[-1].text[0].isalpha()):
                return i + length, ids
        return None

    def person_by_surname(self, word: str) -> Entry | None:
        """The one person in the gazetteer with this last name, if exactly one."""
        ids = self.surnames.get(fold(word), ())
        return self.entries[ids[0]] if len(ids) == 1 else None


def _is_spaced_hyphen(tokens: Sequence[Token], j: int) -> bool:
    """A hyphen written as a token of its own between two words ("Timor - Leste", as IndoSum's
    tokenised text spells every hyphenated name)."""
    return (tokens[j].text == "-" and 0 < j < len(tokens) - 1
            and tokens[j - 1].is_word and tokens[j + 1].is_word)


# Compass words that end places' names ("Korea Selatan", "Jawa Barat", "Asia Tenggara").
COMPASS_WORDS = frozenset({"barat", "timur", "utara", "selatan", "tengah", "tenggara", "daya", "laut"})


def _compass_after_hyphen(window: Sequence[Token]) -> bool:
    """The window's spaced hyphens all stand before a compass word ("Korea - Selatan"): IndoSum's
    tokenised text hyphenates a country's compass word as it hyphenates "Timor-Leste", so the place
    written without the hyphen is meant ("DPR - RI" stays two)."""
    hyphens = [j for j in range(1, len(window) - 1) if _is_spaced_hyphen(window, j)]
    return bool(hyphens) and all(window[j + 1].key in COMPASS_WORDS for j in hyphens)


def _spaced_hyphens(tokens: Sequence[Token], i: int, longest: int) -> int:
    """How many spaced hyphens lie within the ``longest`` words from ``i``: the window grows by them."""
    if not longest:
        return 0
    found = 0
    j = i + 1
    while j < len(tokens) and j < i + longest + found:
        if _is_spaced_hyphen(tokens, j):
            found += 1
        j += 1
    return found


def _name_key(window: Sequence[Token]) -> tuple[str, ...]:
    """Folded key of a name's window, its inner spaced hyphens left out as the tokenizer leaves
    out a written one ("Timor - Leste" is keyed as "Timor-Leste" is)."""
    if len(window) < 3 or all(t.text != "-" for t in window[1:-1]):
        return tuple(t.key for t in window)
    return tuple(t.key for j, t in enumerate(window) if not _is_spaced_hyphen(window, j))


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _entry(row: dict[str, str]) -> Entry:
    aliases = [row["name"], *_split(row["aliases_id"]), *_split(row["aliases_en"]),
               *english_names(row["name"], row["country"] or None)]
    return Entry(
        id=row["id"],
        type=_TYPES.get(row["type"], "OTHER"),
        kind=row["kind"],
        name=row["name"],
        qid=row["qid"] or None,
        country=row["country"] or None,
        stands_for=row["stands_for"] or None,
        roles=tuple(_split(row["roles"])),
        aliases=tuple(dict.fromkeys(aliases)),
    )


def _exact_key(abbrev: str) -> tuple[str, ...]:
    """Token texts of an abbreviation as the tokenizer cuts them, a final period dropped."""
    texts = tuple(t.text for t in tokenize(abbrev))
    return texts[:-1] if len(texts) > 1 and texts[-1] == "." else texts


# Names this short ("c", "RT") are codes: matched case-insensitively, one capital letter anywhere
# ("SIM C", "kelas A") would become a place.
MAX_SHORT_NAME = 2
# A last name this short, in capitals, a numeral or the part of a hyphenated name ("Hen" of "Ng
# Eng Hen", "MD", "II", "moon" of "Ki-moon") is no one's surname on its own.
MIN_SURNAME = 4


_HYPHEN_INSIDE = re.compile(r"\w-\w")


def _is_short(alias: str) -> bool:
    return sum(ch.isalnum() for ch in alias) <= MAX_SHORT_NAME


def _surname(alias: str) -> str | None:
    """The last word of a person's name as a surname can be written alone, if it can be."""
    words = alias.split()
    if len(words) < 2:
        return None
    last = words[-1]
    if len(last) < MIN_SURNAME or last.isupper() or not last.isalpha():
        return None
    return fold(last)


def _rank(entries: dict[str, Entry], ids: list[str]) -> tuple[str, ...]:
    def priority(entry_id: str) -> int:
        kind = entries[entry_id].kind
        return KIND_PRIORITY.index(kind) if kind in KIND_PRIORITY else len(KIND_PRIORITY)

    return tuple(sorted(dict.fromkeys(ids), key=priority))


def build(rows: Sequence[dict[str, str]]) -> Gazetteer:
    """Index gazetteer rows (as read from the TSV) for matching."""
    entries: dict[str, Entry] = {}
    names: dict[tuple[str, ...], list[str]] = {}
    abbrevs: dict[tuple[str, ...], list[str]] = {}
    surnames: dict[str, list[str]] = {}
    hyphenated: set[tuple[str, ...]] = set()
    for row in rows:
        entry = _entry(row)
        entries[entry.id] = entry
        for alias in entry.aliases:
            if _is_short(alias):  # "c", "RT": a letter or two is a code, matched only as written
                abbrevs.setdefault(_exact_key(alias), []).append(entry.id)
            else:
                names.setdefault(key_of(alias), []).append(entry.id)
                if _HYPHEN_INSIDE.search(alias):
                    hyphenated.add(key_of(alias))
        for abbrev in _split(row["abbrevs"]):
            abbrevs.setdefault(_exact_key(abbrev), []).append(entry.id)
        if entry.type == "PERSON":
            for last in {last for alias in entry.aliases if (last := _surname(alias)) is not None}:
                surnames.setdefault(last, []).append(entry.id)
    longest: dict[str, int] = {}
    for key in [*names, *((fold(k[0]), *k[1:]) for k in abbrevs)]:
        longest[key[0]] = max(longest.get(key[0], 0), len(key))
    return Gazetteer(
        entries=entries,
        names={k: _rank(entries, v) for k, v in names.items()},
        abbrevs={k: _rank(entries, v) for k, v in abbrevs.items()},
        longest=longest,
        surnames={k: tuple(dict.fromkeys(v)) for k, v in surnames.items()},
        hyphenated=frozenset(hyphenated),
    )


@cache
def gazetteer() -> Gazetteer:
    """The packaged gazetteer, read once per process."""
    return build(list(read_tsv("gazetteer.tsv")))
