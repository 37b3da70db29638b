"""A body's name run into its member's: "Mitra Kukar Wiganda Pradika" in a match report that names the
club "Mitra Kukar" on its own elsewhere is the club and its player, two mentions, the person the body's.

Capitalisation runs the two names together and the NER model often reads the whole run as one person.
Only a body the article names on its own with evidence of its kind (the gazetteer or the rules' organisation
words, or a model's organisation of two words or more) opens such a split, and only a name of two or three
words is left: a one-word "organisation" may be the model's misreading of a person's name ("Neymar").
"""

from __future__ import annotations

import re
from dataclasses import replace

from warta.article.mentions import Found
from warta.article.tokens import fold, tokenize

_NAME_WORDS = (2, 3)  # the member's name left after the body's


def with_members_split(found: list[Found]) -> list[Found]:
    """``found`` with each run "Body Name Name" cut into the body and the person."""
    bodies = {_key(m.text) for m in found if _named_body(m)}
    people = {_key(m.text) for m in found if m.type == "PERSON" and len(m.text.split()) > 1}
    # a one-word body by the model's type only opens a split before a person the article names on its own
    pairs = {f"{_key(m.text)} {person}" for m in found if (m.type or m.hint) == "ORG"
             and " " not in m.text.strip() for person in people} if people else set()
    if not bodies and not pairs:
        return found
    out: list[Found] = []
    moved: dict[int, int] = {}  # old index -> new index (a split mention -> its person)
    members: list[Found] = []
    for index, mention in enumerate(found):
        pieces = _split(mention, bodies, pairs)
        if pieces is not None:
            out.append(pieces[0])
            members.append(pieces[1])
        moved[index] = len(out)
        out.append(pieces[1] if pieces is not None else mention)
    if not members:
        return found
    for mention in out:
        if mention.acronym_of is not None:
            mention.acronym_of = moved.get(mention.acronym_of)
        mention.role_orgs = [moved[i] for i in mention.role_orgs if i in moved]
    for member in members:
        member.role_orgs = [next(k for k, m in enumerate(out) if m is member) - 1]  # the body just before
    return out


def _named_body(mention: Found) -> bool:
    """An organisation by the gazetteer or the rules, or of two words or more by the model's type or hint."""
    if mention.acronym_of is not None:
        return False
    if mention.type == "ORG" and mention.source != "model":
        return True
    return (mention.type or mention.hint) == "ORG" and len(mention.text.split()) >= 2


_WORD = re.compile(r"\S+")


def _key(text: str) -> str:
    return fold(" ".join(text.split()))


def _split(mention: Found, bodies: set[str], pairs: set[str]) -> tuple[Found, Found] | None:
    if mention.type not in (None, "PERSON") or mention.ids or mention.role or mention.role_orgs:
        return None
    words = list(_WORD.finditer(mention.text))
    whole = _key(mention.text) in pairs  # "Persegres Hari Yudo": a one-word body before a known person
    for cut in range(1, len(words) - 1):
        if len(words) - cut not in _NAME_WORDS \
                or not (_key(mention.text[:words[cut - 1].end()]) in bodies or (whole and cut == 1)):
            continue
        head = mention.text[:words[cut - 1].end()]
        size = len(tokenize(head))
        name_at = mention.start + words[cut].start()
        body = replace(mention, end=mention.start + len(head), text=head, last=mention.first + size,
                       type="ORG", hint=None, role_orgs=[], after=fold(words[cut].group()))
        person = replace(mention, start=name_at, text=mention.text[words[cut].start():],
                         first=mention.first + size, type="PERSON", role_orgs=[],
                         before=fold(words[cut - 1].group()))
        return body, person
    return None
