"""One-word "names" after a title that the sentence itself glosses as a body.

"Kepala Opsus atau Operasi Khusus", "Deputi Kepala Bakin (sekarang BIN)": the title grammar reads a
title-case short form after "Kepala" as the holder's name, and the model, with nothing else to go on,
agrees. The words around it say otherwise: the full name the short form is spelt from, after "atau"
or in brackets, or a bracket naming what the body is called now or was called before. Such a word
is the body the post heads; no one holds the post in the sentence.
"""

from __future__ import annotations

import re

from warta.article.common_words import is_dictionary_word
from warta.article.mentions import Found, spelled_from

_FULL_NAME = r"[A-Z][\w-]*(?:\s+(?:dan\s+)?[A-Z][\w-]*)+"
# "Opsus atau Operasi Khusus", "Bakin (Badan Koordinasi Intelijen Negara)": the short form's full name.
_OR_FULL_NAME = re.compile(rf"\s+atau\s+(?P<full>{_FULL_NAME})|\s*\(\s*(?P<bracketed>{_FULL_NAME})\s*\)")
# "Bakin (sekarang BIN)": the body's name now or before, in brackets.
_RENAMED = re.compile(r"\s*\(\s*(?:sekarang|kini|dulu|dahulu|kemudian|lalu)\s+(?P<name>[^()]{2,60}?)\s*\)")


def with_glossed_bodies(found: list[Found], text: str) -> list[Found]:
    """``found`` with the one-word people whose sentence glosses them as a body made that body."""
    bodies = {(m.start, m.end) for m in found if m.type == "ORG"}
    for mention in found:
        if mention.type == "PERSON" and not mention.ids and " " not in mention.text \
                and _glossed(mention, text, bodies):
            mention.type, mention.hint, mention.role, mention.role_orgs = "ORG", None, None, []
    return found


def _glossed(mention: Found, text: str, bodies: set[tuple[int, int]]) -> bool:
    full = _OR_FULL_NAME.match(text, mention.end)
    if full is not None and _body_spelt_out(mention.text, full.group("full") or full.group("bracketed")):
        return True
    renamed = _RENAMED.match(text, mention.end)
    return renamed is not None and renamed.span("name") in bodies


def _body_spelt_out(short: str, full: str) -> bool:
    """The full name is made of common words, as a body's is ("Operasi Khusus"), not of names ("Jokowi
    atau Joko Widodo" is a person's short name), and the short form is spelt from it."""
    words = [w for w in full.split() if w != "dan"]
    return all(is_dictionary_word(w) for w in words) and spelled_from(short, full)
