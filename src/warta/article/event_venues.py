"""Venues in the event coder: a building or a site after "di" is where the event happens,
whatever type the entity layer gave it.

The entity layer types many venues as organisations ("Pengadilan Tipikor Jakarta", "Polresta
Depok") or reads a misfired person ("Stadion Patriot"); the word the name opens with says it is
a place (``resources/venue_words.tsv``). A body named alone ("di DPR sedang dibahas", "di KPK ada
…") is no venue: the organisation is where the matter lies, not a building, so it gives no place.
"""

from __future__ import annotations

from functools import cache

from warta.article.actors import MentionIndex
from warta.article.event_lexicon import Token
from warta.resources import read_tsv


@cache
def venue_words() -> frozenset[str]:
    """First words of building and site names, loaded once per process (read-only)."""
    return frozenset(row["word"] for row in read_tsv("venue_words.tsv"))


def is_venue(name: str) -> bool:
    """Does a name open with a venue word ("Istana Bogor", "Mapolda Jawa Barat")?"""
    words = name.split(maxsplit=1)
    return bool(words) and words[0].lower() in venue_words()


def venue_end(index: MentionIndex, tokens: list[Token], end: int) -> int:
    """Where a venue's name ends: a place named right after it belongs to it ("Mapolda" +
    "Jawa Barat" → "Mapolda Jawa Barat"), so the location reads as the article writes it."""
    token = next((token for token in tokens if token.start >= end), None)
    if token is None:
        return end
    place = next((m for m in index.within(token.start, token.end)
                  if m.start == token.start and m.entity.type == "LOC"), None)
    return place.end if place is not None else end
