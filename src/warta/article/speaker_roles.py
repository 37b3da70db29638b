"""Roles the article gives to named people, for speakers called by their role alone.

"… ujar pemimpin sidang" after "Kata pimpinan sidang Munaslub, Rofinus Hutahuruk" or after
"Sidang dipimpin oleh Hakim Yusuf Rahman" is that one person: a report that names who holds a
role once goes on calling them by the role. Only when one person alone holds the role in the
article; two named chairs (or none) leave the description as it is.

Roles are read where the article writes them: the title run right before a person's name
("kuasa hukum Novanto, Fredrich …", "juru bicara Polda Riau Budi …"), the role set off by a
comma right after it ("Rofinus Hutahuruk, pimpinan sidang, …"), and a passive "N dipimpin
(oleh) X", which makes X the "pemimpin N".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from warta.article.actors import ActorTracker
from warta.article.lexicon import lexicon
from warta.article.tokens import fold
from warta.models import ActorRef

Keys = tuple[str, ...]
# (start, end, entity id) of one person's mention.
PersonMention = tuple[int, int, str]

_WORD = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
# Spellings of one role word: "pimpinan sidang" is the "pemimpin sidang", "jubir" a "juru bicara".
_SAME_ROLE: dict[str, Keys] = {"pimpinan": ("pemimpin",), "jubir": ("juru", "bicara"),
                               "persidangan": ("sidang",)}
_ROLE_KINDS = frozenset({"title", "descriptor"})
MAX_ROLE_WORDS = 7  # "Ketua Majelis Hakim Pengadilan Negeri Jakarta Selatan"
# Words that say the role is someone's among several, or a group's: never one person.
_NOT_ONE = frozenset({"para", "seorang", "salah", "satu", "sejumlah", "beberapa", "lain", "lainnya",
                      "kedua", "semua", "seluruh", "mantan", "bekas"})
# Words before a role that make it another role ("Wakil Ketua DPR" holds no "Ketua DPR").
_OTHER_ROLE_BEFORE = frozenset({"wakil", "mantan", "bekas", "eks", "plt", "plh", "calon", "pj", "pejabat"})
# A description pointing back ("menteri ini") goes on from the one just meant: not this reading's.
_POINTERS = frozenset({"itu", "tersebut", "ini"})
_COMMA = re.compile(r"[ \t]*,[ \t]*")
_LIST_GOES_ON = re.compile(r",\s*(?:dan|serta)\b|\s*,?\s*(?:dan|serta)\s")
# Words that cannot stand inside a title run between the role and the name: they join clauses
# or open adjuncts ("Ketua KPK kepada wartawan, Budi …" names no role of Budi's).
_NO_TITLE_WORDS = frozenset({"yang", "oleh", "untuk", "dari", "bagi", "atas", "dan", "atau", "serta", "bahwa",
                             "kepada", "pada", "dalam", "di", "ke", "saat", "ketika", "setelah", "sebelum",
                             "dengan", "melalui", "namun", "tetapi", "sementara", "karena", "seperti",
                             "tentang", "terhadap", "soal", "mengenai", "sebagai"})
# Lower-case words after the role word that a title run may hold ("pimpinan sidang Munaslub"):
# more of them make a clause ("hakim yang … penahanan Buni Yani").
MAX_LOWER_COMPLEMENTS = 2
# A lower-case me-/ber-/di- word that no role holds is a verb: "Ketua KPK mengatakan Budi …".
_VERB_SHAPE = re.compile(r"(?:me[mn]g?|meny|ber|di)[a-z]{4,}")
_LED_BY = re.compile(r"(\w+)\s+(?:yang\s+)?dipimpin\s+(?:langsung\s+)?(?:oleh\s+)?", re.IGNORECASE)
MAX_TITLE_BEFORE_NAME = 4  # "dipimpin oleh Ketua Majelis Hakim X"


def _normal(words: Iterable[str]) -> Keys:
    keys: list[str] = []
    for word in words:
        keys.extend(_SAME_ROLE.get(word, (word,)))
    return tuple(keys)


def _role_head(keys: Keys) -> bool:
    """Do ``keys`` open with a title or descriptor of the role lexicon ("ketua", "juru bicara")?"""
    roles = lexicon().roles
    return any(keys[:n] in roles and roles[keys[:n]].kind in _ROLE_KINDS for n in range(1, 4))


def _verb(word: str) -> bool:
    return bool(_VERB_SHAPE.fullmatch(word)) and not _role_head((word,))


def _titled(words: list[str]) -> bool:
    """Can ``words`` (folded) all stand inside a title run?"""
    return all(w[0].isalnum() and w not in _NO_TITLE_WORDS and not _verb(w) for w in words)


def _few_lower(words: list[str]) -> bool:
    """At most a few lower-case words that are no role words (``words`` as written)."""
    lower = [w for w in words if w[0].islower() and not _role_head((fold(w),))]
    return len(lower) <= MAX_LOWER_COMPLEMENTS


def _title_run(raw: list[str]) -> Keys | None:
    """The role in the words written before a name (``tokens``, folded, boundary to name): from
    the first role word on, over words that can be part of a title."""
    if raw and raw[-1] == ",":
        raw = raw[:-1]
    tokens = [fold(t) for t in raw]  # "kuasa hukum Novanto, Fredrich": the comma sets the name off
    for n in range(len(tokens)):
        keys = _normal(tokens[n:])
        if not _role_head(keys):
            continue
        if n and tokens[n - 1] in _OTHER_ROLE_BEFORE:
            return None
        rest = tokens[n:]
        return keys if len(rest) <= MAX_ROLE_WORDS and _titled(rest) and _few_lower(raw[n:]) else None
    return None


def _words_before(text: str, pos: int) -> list[str]:
    """Tokens before ``pos`` back to a boundary (a comma right before ``pos`` kept)."""
    tokens = [m.group() for m in _WORD.finditer(text, max(0, pos - 120), pos)]
    kept: list[str] = []
    for n, token in enumerate(reversed(tokens)):
        if not token[0].isalnum() and not (token == "," and n == 0):
            break
        kept.append(token)
    return kept[::-1]


def _role_after(text: str, end: int) -> Keys | None:
    """"Rofinus Hutahuruk, pimpinan sidang, …": a role set off by a comma right after the name."""
    comma = _COMMA.match(text, end)
    if comma is None:
        return None
    words: list[str] = []
    for match in _WORD.finditer(text, comma.end(), comma.end() + 120):
        if not match.group()[0].isalnum():
            if _LIST_GOES_ON.match(text, match.start()):
                return None  # "Menteri BUMN Rini Soemarno, Direktur Utama Pertamina, dan …": a list
            break
        words.append(fold(match.group()))
    keys = _normal(words)
    if not words or len(words) > MAX_ROLE_WORDS or not _role_head(keys):
        return None
    return keys if _titled(words) else None


def _led_by(text: str, people: list[PersonMention]) -> Iterable[tuple[Keys, str]]:
    """"Sidang dipimpin oleh Hakim X": X is the "pemimpin sidang"."""
    for match in _LED_BY.finditer(text):
        person = next((p for p in people if match.end() <= p[0]), None)
        if person is None:
            continue
        between = text[match.end():person[0]].split()
        if len(between) <= MAX_TITLE_BEFORE_NAME and all(w[0].isupper() for w in between):
            yield _normal(("pemimpin", fold(match.group(1)))), person[2]


def _apposed_next(text: str, end: int, starts: set[int]) -> bool:
    """Does another person's name follow the mention ending at ``end`` right after a comma?"""
    comma = _COMMA.match(text, end)
    return comma is not None and comma.end() in starts


def role_holders(text: str, people: Iterable[PersonMention]) -> dict[Keys, set[str]]:
    """Each role the article writes for a named person -> the ids of the people it is given to."""
    ordered = sorted(people)
    holders: dict[Keys, set[str]] = {}
    starts = {start for start, _end, _person in ordered}
    for start, end, person in ordered:
        if _apposed_next(text, end, starts):
            continue  # "pimpinan sidang Munaslub, Rofinus": a body read as a person is part of the title
        keys = _title_run(_words_before(text, start)) or _role_after(text, end)
        if keys:  # a name with a title before it is no apposition's head: what follows is a list
            holders.setdefault(keys, set()).add(person)
    for keys, person in _led_by(text, ordered):
        holders.setdefault(keys, set()).add(person)
    return holders


def description_role(description: str) -> Keys | None:
    """The role a speaker description names, when it means one person by it alone ("pemimpin
    sidang", "kuasa hukum tersebut"); None for groups, one of several, or no role."""
    words = [fold(m.group()) for m in _WORD.finditer(description)]
    if not words or any(not w[0].isalnum() for w in words) or set(words) & (_NOT_ONE | _POINTERS):
        return None
    keys = _normal(words)
    return keys if keys and _role_head(keys) else None


def sole_holder(role: Keys, holders: dict[Keys, set[str]]) -> str | None:
    """The one person holding ``role`` (or a fuller form of it: "pemimpin sidang" of "pimpinan
    sidang Munaslub") in the article, or None when nobody or several do."""
    ids = {person for keys, people in holders.items() if keys[:len(role)] == role for person in people}
    return next(iter(ids)) if len(ids) == 1 else None


def sole_role_holder(actor: ActorRef | None, tracker: ActorTracker) -> ActorRef | None:
    """"ujar pemimpin sidang" after "pimpinan sidang Munaslub, Rofinus Hutahuruk": the one person the
    article gives the role a speaker is called by (as seen last, when seen), or None."""
    if actor is None or actor.entity is not None:
        return None
    role = description_role(actor.description or "")
    if role is None:
        return None
    people = [(m.start, m.end, m.entity.id) for m in tracker.index.mentions if m.entity.type == "PERSON"]
    person = sole_holder(role, role_holders(tracker.text, people))
    entity = tracker.index.by_id.get(person) if person else None
    if entity is None:
        return None
    seen = next((s.actor for s in reversed(tracker.seen) if s.actor.entity == entity.id), None)
    return seen or ActorRef(entity=entity.id, name=entity.name, description=actor.description)
