"""A body's name run into its member's: "Mitra Kukar Wiganda Pradika" in a match report that names the
club "Mitra Kukar" and the player "Wiganda Pradika" elsewhere is the club and its player, two mentions, the
person the body's.

Capitalisation runs the two names together and the NER model often reads the whole run as one person. A
run is cut only where both halves are named on their own in the article: the body as an organisation (by
any evidence, the model's hint included) and the rest, two or three words, as a person. Brands and their
products ("Honda Racing Corporation", "Kit Kat Chocolatory Parfait") name no such person and stay whole.
"""

from __future__ import annotations

import re
from dataclasses import replace

from warta.article.common_words import is_dictionary_word
from warta.article.mentions import Found
from warta.article.tokens import fold, tokenize

_NAME_WORDS = (2, 3)  # the member's name left after the body's


def with_members_split(found: list[Found]) -> list[Found]:
    """``found`` with each run "Body Name Name" cut into the body and the person."""
    people = {_key(m.text) for m in found if _named_alone(m)}
    if not people:
        return found
    bodies = {_key(m.text) for m in found if (m.type or m.hint) == "ORG" and m.acronym_of is None}
    out: list[Found] = []
    moved: dict[int, int] = {}  # old index -> new index (a split mention -> its person)
    members: list[Found] = []
    for index, mention in enumerate(found):
        pieces = _split(mention, bodies, people)
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


def _named_alone(mention: Found) -> bool:
    """A name of two or three words that nothing reads as other than a person's, shaped like one: no single
    letters ("G Flex", a phone) and not only words of the language ("Tenaga Kerja")."""
    words = mention.text.split()
    if len(words) not in _NAME_WORDS or mention.ids or mention.type not in (None, "PERSON") \
            or mention.hint not in (None, "PERSON") or mention.sentence_start:
        return False
    return all(len(w) > 1 for w in words) and not all(is_dictionary_word(w) for w in words)


_WORD = re.compile(r"\S+")


def _key(text: str) -> str:
    return fold(" ".join(text.split()))


def _split(mention: Found, bodies: set[str], people: set[str]) -> tuple[Found, Found] | None:
    if mention.type not in (None, "PERSON") or mention.ids or mention.role or mention.role_orgs:
        return None
    words = list(_WORD.finditer(mention.text))
    for cut in range(1, len(words) - 1):
        head = mention.text[:words[cut - 1].end()]
        rest = mention.text[words[cut].start():]
        if len(words) - cut not in _NAME_WORDS or _key(rest) not in people or _key(head) not in bodies:
            continue
        size = len(tokenize(head))
        body = replace(mention, end=mention.start + len(head), text=head, last=mention.first + size,
                       type="ORG", hint=None, role_orgs=[], after=fold(words[cut].group()))
        person = replace(mention, start=mention.start + words[cut].start(), text=rest,
                         first=mention.first + size, type="PERSON", role_orgs=[],
                         before=fold(words[cut - 1].group()))
        return body, person
    return None
