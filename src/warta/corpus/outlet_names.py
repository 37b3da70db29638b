"""One display name per outlet key, the same wherever the run shows the outlet.

Articles spell their outlet as their lead or footer does ("WARTANUSANTARA.ID, Jakarta -",
"© 2022 Warta Nusantara"); the outlet key (``articles[].outlet``) is what identifies it.
The display name of a key is, best first: the name in ``resources/outlets.tsv``; else the
best-shaped of the spellings its articles give (their ``outlet_name`` and the name in
their copyright footer): a proper name ("Warta Nusantara") over a domain in its own case
("KabarHarian.com") over an all-capitals spelling, which reads as the lower-case domain
("wartanusantara.id").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from warta.article.outlet import footer_outlet, outlet_key
from warta.models import Article
from warta.resources import read_tsv

_DOMAIN_END = re.compile(r"\.[a-z]{2,6}$", re.I)


@cache
def _registry() -> dict[str, str]:
    return {row["key"]: row["name"] for row in read_tsv("outlets.tsv")}


def _shape(name: str) -> int:
    """Higher is better: a proper name, a domain in its own case, then all capitals."""
    if name.isupper():
        return 0
    if _DOMAIN_END.search(name):
        return 1
    return 2 if " " in name else 1


def _readable(name: str) -> str:
    return name.lower() if name.isupper() and _DOMAIN_END.search(name) else name


def _spellings(article: Article) -> Iterable[str]:
    if article.outlet_name:
        yield article.outlet_name
    for line in article.removed:
        if line.reason == "footer" and (name := footer_outlet(line.text)):
            yield name


def best_name(key: str, spellings: Sequence[str]) -> str:
    """The display name of an outlet key among the spellings seen for it."""
    known = _registry().get(key)
    if known:
        return known
    ranked = sorted(dict.fromkeys(spellings), key=lambda s: -_shape(s))  # stable: first seen wins ties
    return _readable(ranked[0]) if ranked else key


def display_names(articles: Sequence[Article]) -> dict[str, str]:
    """Outlet key -> display name, for the outlets of ``articles``."""
    seen: dict[str, list[str]] = {}
    for article in articles:
        if not article.outlet:
            continue
        names = seen.setdefault(article.outlet, [])
        names += [s for s in _spellings(article)
                  if s == article.outlet_name or outlet_key(s) == article.outlet]
    return {key: best_name(key, names) for key, names in seen.items()}
