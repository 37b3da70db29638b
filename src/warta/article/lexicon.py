"""Word lists the entity finder reads: titles (``roles.tsv``, and the ministers' titles of
``ministry_fields.tsv``) and name-shaping words (``entity_words.tsv``), plus month and day names
from ``time_words.tsv`` (capitalised but never names)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from warta.article.ministry_fields import ministry_fields
from warta.article.tokens import fold, key_of
from warta.resources import read_tsv


@dataclass(frozen=True)
class RoleWord:
    phrase: str
    kind: str  # title | rank | descriptor | honorific
    lang: str  # id | en


@dataclass(frozen=True)
class Lexicon:
    roles: dict[tuple[str, ...], RoleWord]  # folded token keys -> role word
    role_longest: dict[str, int]  # first folded token -> longest phrase length
    words: dict[str, frozenset[str]]  # kind -> folded words (entity_words.tsv)
    calendar: frozenset[str]  # folded month and day names

    def kind_of(self, key: str, kind: str) -> bool:
        return key in self.words.get(kind, frozenset())


# Short calendar words that are whole names, not abbreviations ("Agus" for Agustus is also
# a common given name, so abbreviations are left out).
_SHORT_CALENDAR = frozenset({"mei", "juni", "juli", "rabu", "ahad", "may", "june", "july"})


def _full_name(word: str) -> bool:
    return len(word) >= 5 or word in _SHORT_CALENDAR


def _minister_titles() -> list[str]:
    """The ministers' and deputies' short titles ("Menteri ESDM", "Wamen BUMN") and the full titles
    they stand for, kept with the ministries' fields so a field added there is a title here too."""
    titles: list[str] = []
    for row in ministry_fields():
        titles += [*row.minister, f"Menteri {row.field}"] if row.minister else []
        titles += [*row.deputy, f"Wakil Menteri {row.field}"] if row.deputy else []
    return titles


@cache
def lexicon() -> Lexicon:
    roles: dict[tuple[str, ...], RoleWord] = {}
    longest: dict[str, int] = {}
    for row in read_tsv("roles.tsv"):
        key = key_of(row["phrase"])
        roles[key] = RoleWord(row["phrase"], row["kind"], row["lang"])
        longest[key[0]] = max(longest.get(key[0], 0), len(key))
    for title in _minister_titles():
        key = key_of(title)
        roles.setdefault(key, RoleWord(title, "title", "id"))  # roles.tsv's row, where it has one, stays
        longest[key[0]] = max(longest.get(key[0], 0), len(key))
    words: dict[str, set[str]] = {}
    for row in read_tsv("entity_words.tsv"):
        words.setdefault(row["kind"], set()).add(fold(row["word"]))
    calendar = frozenset(
        fold(row["word"]) for row in read_tsv("time_words.tsv")
        if row["kind"] in {"month", "weekday"} and _full_name(fold(row["word"]))
    )
    return Lexicon(roles, longest, {k: frozenset(v) for k, v in words.items()}, calendar)
