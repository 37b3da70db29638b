"""Royal title words that open a person's own name: "Ratu Tisha Destria", "Raja Sapta Oktohari".

"Ratu", "Raja", "Sultan", "Pangeran" and "Putri" are titles ("Raja Salman", "Ratu Elizabeth II") and
Indonesian personal names as well. A monarch is written with one name after the title, a regnal
number ("Elizabeth II") or the realm ("Raja Yordania Abdullah"); a title word followed by two plain
name words or more is the opening of a person's own name, and so is that word before the same next
word anywhere in the article ("Ratu Tisha" after "Ratu Tisha Destria").
"""

from __future__ import annotations

import re

from warta.article.gazetteer import gazetteer
from warta.article.lexicon import lexicon
from warta.article.tokens import fold, tokenize

NAME_LIKE_ROYAL_TITLES = frozenset({"ratu", "raja", "sultan", "pangeran", "putri"})
_TITLED_RUN = re.compile(r"\b(Ratu|Raja|Sultan|Pangeran|Putri) ([A-Z][a-z]+) ([A-Z][a-z]+)\b")
_REGNAL = re.compile(r"[IVX]+")


def _plain_name_word(word: str) -> bool:
    """A capitalised word that is no regnal number, role, calendar, speech or stop word and no name
    the gazetteer knows (a realm: "Raja Yordania Abdullah")."""
    lex = lexicon()
    key = fold(word)
    if _REGNAL.fullmatch(word) or key in lex.role_longest or key in lex.calendar:
        return False
    if lex.kind_of(key, "not-name") or lex.kind_of(key, "speech") or lex.kind_of(key, "particle"):
        return False
    return gazetteer().match(tokenize(word), 0) is None


def opens_titled_name(words: list[str]) -> bool:
    """``words`` open with a royal title word and two plain name words ("Ratu Anisa Pramesti")."""
    return len(words) >= 3 and fold(words[0]) in NAME_LIKE_ROYAL_TITLES and words[0][:1].isupper() \
        and all(_plain_name_word(word) for word in words[1:3])


def titled_names(text: str) -> frozenset[tuple[str, str]]:
    """(title word, next word), folded, of each name in ``text`` that opens with a royal title word."""
    if not any(title.capitalize() in text for title in NAME_LIKE_ROYAL_TITLES):
        return frozenset()  # asked of every article: most name no royalty
    return frozenset((fold(m.group(1)), fold(m.group(2))) for m in _TITLED_RUN.finditer(text)
                     if _plain_name_word(m.group(2)) and _plain_name_word(m.group(3)))
