"""Brands named in a list after a brand's noun: bodies, not people.

Fashion houses and labels carry their founders' names ("merek busana seperti Burberry, Chanel,
atau Marc Jacobs"), so the NER model reads them as people, and a later "Presiden Marc Jacobs"
(the house's president) then gives that "person" a post. A name in a list that opens right
after "merek", "label", "rumah mode", "butik" or "brand" (maybe a few lower-case qualifiers and
an example word between) names the brand; the whole list does, each item being one, and the
article's other mentions of that name too (the post before it then names no one).
"""

from __future__ import annotations

import re
from functools import cache

from warta.article.common_words import is_derived_word
from warta.article.lexicon import lexicon
from warta.article.mentions import Found, kept_of
from warta.article.tokens import fold

_BRAND_NOUN = r"(?i:merek|merk|label|brand|jenama|butik|rumah\s+mode)"
# Qualifiers between the noun and the list ("busana ternama"): lower-case words that are no
# relative word, owner's preposition or verb ("merek milik Budi", "label yang didirikan Budi").
_NOT_QUALIFIERS = frozenset({"yang", "milik", "dari", "oleh", "karya", "pendiri", "asal", "untuk", "itu",
                             "ini", "tersebut", "dan", "atau", "kata", "ujar", "dengan", "di", "ke", "pada",
                             "bagi", "dalam", "kepada", "terhadap", "sang", "si", "para", "tim"})
_EXAMPLE = r"(?i:seperti|yakni|yaitu|antara\s+lain|termasuk|macam)"
_NAME = r"[A-Z][\w&'.]*(?:\s+[A-Z][\w&'.]*)*"
# From the noun up to the point where the next list item starts.
_LIST_SO_FAR = re.compile(
    rf"\b{_BRAND_NOUN}(?:-{_BRAND_NOUN})?"
    rf"(?P<qualifiers>(?:\s+[a-z]+){{0,3}})(?:\s+{_EXAMPLE})?\s*:?\s+"
    rf"(?:{_NAME}(?:\s*,\s*(?:(?:dan|atau)\s+)?|\s+(?:dan|atau)\s+))*\Z"
)


def with_brands_typed(found: list[Found], text: str) -> list[Found]:
    """``found`` with the people and untyped runs of a brand list made bodies, and the other
    mentions of those names too ("Presiden Marc Jacobs" is the house's president, no name's post);
    a listed brand spelt like a title or rank, which no rule reads as a name ("Gucci, Prada, dan
    Tom Ford": Prada is also a private's rank), is added."""
    found = _with_listed_title_words(found, text)
    brands = {mention.text for mention in found if _in_brand_list(mention, text)}
    for mention in found:
        if mention.text in brands and not mention.ids and mention.type in (None, "PERSON"):
            mention.type, mention.hint, mention.role = "ORG", None, None
    return found


def _with_listed_title_words(found: list[Found], text: str) -> list[Found]:
    """Brand-list items of one word that the lexicon holds as a title or rank and no mention covers."""
    added = []
    for word in _ONE_WORD.finditer(text):
        start, end = word.span()
        if fold(word.group()) not in _title_words() or any(m.start < end and start < m.end for m in found):
            continue
        listed = _LIST_SO_FAR.search(text[max(0, start - 200):start])
        if listed is None or not all(_qualifier(w) for w in listed.group("qualifiers").split()):
            continue
        if _LIST_GOES_ON.match(text, end):
            added.append(Found(start, end, word.group(), -1, -1, "ORG"))
    if not added:
        return found
    return kept_of(found, sorted([*found, *added], key=lambda m: m.start))


_ONE_WORD = re.compile(r"\b[A-Z][a-z]+\b")
# After a list item: anything but a capitalised word (a title before its holder's name).
_LIST_GOES_ON = re.compile(r"(?!\s+[A-Z])")


@cache
def _title_words() -> frozenset[str]:
    """One-word titles and ranks ("Prada", "Mayor"): a brand may be spelt like one."""
    return frozenset(key[0] for key in lexicon().roles if len(key) == 1)


def _in_brand_list(mention: Found, text: str) -> bool:
    if mention.ids or mention.role or mention.type not in (None, "PERSON"):
        return False
    listed = _LIST_SO_FAR.search(text[max(0, mention.start - 200):mention.start])
    return listed is not None and all(_qualifier(word) for word in listed.group("qualifiers").split())


def _qualifier(word: str) -> bool:
    lowered = word.lower()
    verb = lowered.startswith(("me", "di")) and is_derived_word(word)
    return lowered not in _NOT_QUALIFIERS and not verb
