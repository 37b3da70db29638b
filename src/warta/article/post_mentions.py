"""A post written without its holder's name is its holder: "Kapolres Jayapura Kota dan ajudannya
dianiaya" in a report that names "AKBP Tober Sirait, Kapolres Jayapura" before or after.

Only posts one person holds for a place ("Kapolres Jayapura", "Bupati Sleman") and held by one person of
the article count; a post followed by a name, or set off after one, is that title's, and a post as a
predicate ("menjabat Bupati X") or in a regulation's name ("Peraturan Bupati X") names no one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.article.lexicon import lexicon
from warta.article.titles import PLACE_POSTS, REGIONAL_HEADS
from warta.article.tokens import key_of
from warta.models import Entity, Mention

# Posts one person holds for one place at a time: a police or army command's, a region's head.
_PLACE_POSTS = PLACE_POSTS | REGIONAL_HEADS
# Words before a post or its written form that make it another post or no mention of the holder: a
# former or acting holder ("mantan Kapolres X"), a predicate ("menjabat Bupati X", "sebagai Bupati X"),
# a regulation named after the post ("Peraturan Bupati X").
_QUALIFIERS = frozenset({"mantan", "eks", "bekas", "calon", "plt", "pj", "pjs", "wakil", "cabup",
                         "cagub", "cawalkot"})
_PREDICATES = frozenset({"jadi", "menjadi", "sebagai", "selaku", "menjabat", "peraturan", "keputusan",
                         "instruksi", "surat", "kantor", "rumah", "dinas", "mantan", "eks", "wakil", "calon",
                         "plt", "pj", "pjs"})
_WORD_BEFORE = re.compile(r"(\w+)\W*\Z")
_INITIALS_AFTER = re.compile(r"\s*,?\s*(?:berinisial|inisial)\b", re.IGNORECASE)
# Between a post and its holder's name: capitalised words (a place's rest, a rank) and commas.
_TO_NAME = re.compile(r"(?:[\s,]*(?:[A-Z][\w.'’-]*))*[\s,]*\Z")
_REACH = 40  # characters a post may stand before its holder's name and still be that title
_APPOSITION = re.compile(r"\s*,?\s*\Z")


def with_post_mentions(entities: list[Entity], text: str, article_id: str) -> list[Entity]:
    """``entities`` with the posts their people hold, written alone in the text, as their mentions."""
    posts = [*_posts(entities).items(), *_first_descriptions(entities, text).items()]
    if not posts:
        return entities
    others = [(m.start, m.end) for e in entities if e.type != "PERSON" for m in e.mentions]
    people = sorted((m.start, m.end) for e in entities if e.type == "PERSON" for m in e.mentions)
    for post, holder in posts:
        pattern = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in post.split()) + r"\b", re.IGNORECASE)
        spans = [_through_place(m.start(), m.end(), others) for m in pattern.finditer(text)]
        added = [Mention(article=article_id, start=start, end=end, text=text[start:end])
                 for start, end in spans
                 if not any(_crosses(s, e, start, end) for s, e in others)
                 and not any(s < end and start < e for s, e in people)
                 and not _titles_a_name(text, start, end, people) and _in_its_own_right(text, start, end)]
        if added:
            holder.mentions = sorted([*holder.mentions, *added], key=lambda m: m.start)
    return entities


def _through_place(start: int, end: int, others: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """"Kapolres [Jayapura Kota]": the post runs to the end of the place or body that opens in it."""
    return start, max([end, *(e for s, e in others if start < s < end)])


def _crosses(start: int, end: int, post_start: int, post_end: int) -> bool:
    """A mention overlaps the post other than as the body or place inside it ("Kapolres [Sleman]")."""
    inside = post_start <= start and end <= post_end and (start, end) != (post_start, post_end)
    return start < post_end and post_start < end and not inside


# Words after a role's head that make no field of it: "penasihat yang …", "penasihat itu".
_NO_FIELD = frozenset({"yang", "dan", "atau", "itu", "ini", "tersebut", "di", "ke", "dari", "pada", "untuk",
                       "bagi", "dengan", "juga", "telah", "sudah", "akan", "tidak", "belum", "hukum"})
_LOWER_WORD = re.compile(r"\s+([a-z]+)\b")


def _first_descriptions(entities: Sequence[Entity], text: str) -> dict[str, Entity]:
    """"Pemerintah Kenya menangkap penasihat oposisi …" before "… Ndii, penasihat kebijakan NASA":
    a role's head and one field word in lower case, written before the one person whose role opens
    with that head is first named, is that person."""
    heads: dict[str, list[Entity]] = {}
    described: set[str] = set()  # heads some role writes in lower case, as a description
    for entity in entities:
        if entity.type != "PERSON":
            continue
        for role in entity.roles:
            head = _head(role)
            if head is not None:
                heads.setdefault(head, []).append(entity)
                described.update([head] if role[:1].islower() else [])
    found: dict[str, Entity] = {}
    for head, holders in heads.items():
        if len({id(h) for h in holders}) != 1 or head not in described:
            continue
        first = min(m.start for m in holders[0].mentions)
        for match in re.finditer(rf"\b{head}\b", text[:first]):
            field = _LOWER_WORD.match(text, match.end())
            if field is not None and field.group(1) not in _NO_FIELD:
                found.setdefault(f"{head} {field.group(1)}", holders[0])
    return found


def _head(role: str) -> str | None:
    """The head of a role that is a title, folded ("penasihat"); None for a place's post."""
    words = role.split()
    while words and _rank(words[0]):
        words = words[1:]
    head = words[0].casefold() if words else ""
    if not head or head in _QUALIFIERS or head in _PLACE_POSTS:
        return None
    found = lexicon().roles.get(key_of(head))
    return head if found is not None and found.kind == "title" else None


def _posts(entities: Sequence[Entity]) -> dict[str, Entity]:
    """Each post (as written in a role, without rank or qualifier) held by exactly one person."""
    holders: dict[str, set[str]] = {}
    by_id = {e.id: e for e in entities}
    for entity in entities:
        if entity.type != "PERSON":
            continue
        for role in entity.roles:
            post = _post_of(role)
            if post is not None:
                holders.setdefault(post.casefold(), set()).add(entity.id)
    return {post: by_id[next(iter(ids))] for post, ids in holders.items() if len(ids) == 1}


def _post_of(role: str) -> str | None:
    """"Kapolres Jayapura AKBP" → "Kapolres Jayapura"; None for a bare title ("Presiden"), a rank, or
    a post with no body or place named in it ("pemimpin oposisi")."""
    words = role.split()
    while words and _rank(words[0]):
        words = words[1:]
    while words and _rank(words[-1]):
        words = words[:-1]
    if len(words) < 2 or words[0].casefold() in _QUALIFIERS or not _place_post(words) \
            or not words[-1][:1].isupper():
        return None
    return " ".join(words)


def _place_post(words: list[str]) -> bool:
    return words[0].casefold() in _PLACE_POSTS or " ".join(words[:2]).casefold() in _PLACE_POSTS


def _rank(word: str) -> bool:
    found = lexicon().roles.get(key_of(word))
    return found is not None and found.kind in {"rank", "honorific"}


def _in_its_own_right(text: str, start: int, end: int) -> bool:
    """The post names its holder here: not a predicate, a former or acting post, a regulation named
    after it, nor a post whose holder is then named by initials."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and before.group(1).casefold() in _PREDICATES:
        return False
    return _INITIALS_AFTER.match(text, end) is None


def _titles_a_name(text: str, start: int, end: int, people: Sequence[tuple[int, int]]) -> bool:
    """The post is a title of a name right after it ("Kapolres Jayapura Kota AKBP Sirait") or set off
    after one ("AKBP Tober Sirait, Kapolres Jayapura")."""
    after = next((s for s, _ in people if s >= end), None)
    if after is not None and after - end <= _REACH and _TO_NAME.match(text[end:after]):
        return True
    before = max((e for _, e in people if e <= start), default=None)
    return before is not None and _APPOSITION.match(text[before:start]) is not None
