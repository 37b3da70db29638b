"""English names of Indonesia's ministries, made from the ministry's field.

English-language news names "Kementerian Perdagangan" the "Trade Ministry" or the "Ministry of
Trade"; the gazetteer row of the ministry takes both as aliases, so a mention in either language
finds one row, and the articles' entities join in the article and across the run.

    Kementerian Perdagangan     Trade Ministry | Ministry of Trade
    Kementerian Luar Negeri     Foreign Ministry | Foreign Affairs Ministry | Ministry of Foreign Affairs
"""

from __future__ import annotations

from functools import cache

from warta.article.ministry_fields import ministry_fields
from warta.article.tokens import fold

_HEAD = "kementerian "
# Fields named by an adjective, which makes no "Ministry of …" ("Ministry of Foreign Affairs" is listed).
_ADJECTIVES = frozenset({"Foreign"})


@cache
def _english_fields() -> dict[str, tuple[str, ...]]:
    """A ministry's field, folded ("luar negeri") -> its English names, from the field table."""
    return {fold(row.field): row.english for row in ministry_fields() if row.english}


def english_names(name: str, country: str | None) -> list[str]:
    """The English names of the Indonesian ministry ``name`` ("Kementerian Perdagangan"); none for
    any other row (a foreign ministry keeps its own names)."""
    key = fold(name)
    if country != "ID" or not key.startswith(_HEAD):
        return []
    fields = _english_fields().get(key[len(_HEAD):].strip(), ())
    names: list[str] = []
    for field in fields:
        names += [f"{field} Ministry", f"Indonesian {field} Ministry"]
        names += [] if field in _ADJECTIVES else [f"Ministry of {field}"]
    return names
