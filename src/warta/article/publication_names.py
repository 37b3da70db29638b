"""Newspapers, magazines and journals named right after the word for what they are.

    harian Sacramento Bee melaporkan        a daily: the paper, no person
    dilansir majalah Nusa Pekan             a magazine

The NER model reads many English titles of papers as people's names; the Indonesian word before the
name says what it is. Only mentions the gazetteer does not know change, and a name with a role keeps it
("redaktur harian Kompas Budi": the person is named after the paper).
"""

from __future__ import annotations

from warta.article.mentions import Found

# Lower-case words for a publication, right before its name ("stasiun", "situs" and "kanal" also name
# railway stations, sites and canals: left out).
PUBLICATION_WORDS = frozenset({
    "harian", "koran", "majalah", "tabloid", "jurnal", "buletin", "laman", "portal", "newspaper", "magazine",
})


def with_publications_typed(found: list[Found], text: str) -> list[Found]:
    """``found`` with the people and untyped runs right after a publication's word made bodies."""
    for mention in found:
        if _publication_named(mention, text):
            mention.type, mention.hint = "ORG", None
    return found


def _publication_named(mention: Found, text: str) -> bool:
    if mention.ids or mention.role or mention.type not in (None, "PERSON"):
        return False
    if mention.before not in PUBLICATION_WORDS:
        return False
    start = text.rfind(" ", 0, max(0, mention.start - 1)) + 1
    return text[start:mention.start].rstrip().islower()  # "harian", not the heading's "Harian"
