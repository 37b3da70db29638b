"""People the context names, whatever their names mean as words.

Many given names are also ordinary words ("Budi", "Intan", "Bayu", "Yoga", "Cahaya", "Bintang"),
so the NER model reads them as a body or a place, or misses them, and the common-word filters
drop them at a sentence start. The words around a name outweigh that:

    "…," kata Bintang / ujar Intan / menurut Intan     a speaker
    warga bernama Yoga, akrab disapa Bayu               a name given
    Cahaya (8) / Intan (19 tahun)                        an age
    AKP Bintang, Pak Budi, Bidan Intan                   a rank or a form of address (``titles``)

Such a mention is a person, and a titled one-word name the model left out is kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache, lru_cache

from warta.article.common_words import is_derived_word, is_dictionary_word
from warta.article.lexicon import lexicon
from warta.article.mentions import Found, kept_of
from warta.article.tokens import fold

# Words before a name that say it is a person's: "bernama X", "akrab disapa X", "menurut X".
_NAMING_WORDS = frozenset({"bernama", "alias", "disapa", "dipanggil", "sapaan", "panggilan", "menurut"})
_AGE = re.compile(r"\s*\(\s*\d{1,3}\s*(?:tahun|thn|th)?\s*\)")
# Items of a list before a name: "Sukamaju (12), Cibeber (8) dan [Mekarsari] (5)".
_ITEMS_BEFORE = re.compile(r"(?:[\w-]+\s*\(\s*\d+[^()]{0,12}\)\s*(?:,|dan|serta)\s*)+\Z")
_WORD_BEFORE = re.compile(r"(\w+)\s*\Z")
_LIST_GOES_ON = re.compile(r"\s*,?\s*(?:dan|serta|atau)\b", re.IGNORECASE)
# Word kinds that make a run a body's, a place's or a title's, never a person's name.
_NOT_NAME_KINDS = ("org-head", "loc-head", "area-head", "event-head", "unit-head", "body", "collective",
                   "not-name", "speech")
MAX_WORDS = 4
# Ranks and forms of address take a name right after them and no body ("AKP Bintang", "Bu Intan").
_NAME_TAKING_KINDS = frozenset({"rank", "honorific"})


@cache
def _cue_words() -> frozenset[str]:
    return lexicon().words.get("speech", frozenset()) | _NAMING_WORDS


@lru_cache(maxsize=65536)  # a pure test of the words, asked again of each mention a document repeats
def name_shaped(text: str) -> bool:
    """One to four capitalised words (no acronym), none a word of a body, place, title or speech."""
    words = text.split()
    if not 1 <= len(words) <= MAX_WORDS or is_derived_word(words[0]):
        return False
    lex = lexicon()
    for word in words:
        key = fold(word)
        if not word[:1].isupper() or not word.isalpha() or (word.isupper() and len(word) > 1):
            return False
        if key in lex.role_longest or any(lex.kind_of(key, kind) for kind in _NOT_NAME_KINDS):
            return False
    return True


def cued_person(text: str, mention: Found) -> bool:
    """A speech verb or naming word right before the mention, or an age right after it."""
    if mention.ids or mention.acronym_of is not None or not name_shaped(mention.text):
        return False
    if mention.after in lexicon().role_longest:
        return False  # "kata Deputi Gubernur …": a title the word list lacks opens before a title
    if mention.before in _cue_words() or _after_trade(mention):
        return True
    age = _AGE.match(text, mention.end)
    return age is not None and not _listed_place(text, mention)


# Trades that name a team's or a firm's people as well ("pemain Barcelona", "sopir Grab"): no cue.
_TRADES_OF_BODIES = frozenset({"pemain", "sopir", "supir", "buruh", "pelajar", "eksekutif"})


def _after_trade(mention: Found) -> bool:
    """A full name right after a person's trade ("sutradara Todd Phillips", "aktor Joaquin Phoenix"; lexicon
    kind ``occupation``), which the model may read as a body or a place."""
    before = mention.before or ""
    return " " in mention.text and before not in _TRADES_OF_BODIES \
        and lexicon().kind_of(before, "occupation")


def _listed_place(text: str, mention: Found) -> bool:
    """"di Sukamaju (12), Cibeber (8) dan Mekarsari (5)": counts by place, the list opened by a
    preposition of place; "Budi (35) dan Intan (30)" are two people's ages."""
    locative = lexicon().words.get("locative", frozenset())
    if mention.before in locative:
        return True
    head = text[max(0, mention.start - 200):mention.start]
    items = _ITEMS_BEFORE.search(head)
    if items is None:
        return False
    word = _WORD_BEFORE.search(head, 0, items.start())
    return word is not None and fold(word.group(1)) in locative


# Occupations whose title takes a person's name right after it, never a body's ("Dokter Intan Permata").
_PERSON_OCCUPATIONS = frozenset({"dokter", "bidan", "perawat"})


def person_titled(text: str, rules: Sequence[Found]) -> dict[int, str | None]:
    """The roles of the rules' names right after a rank, a form of address or a person's occupation
    ("Aipda Bintang", "Bu Intan", "Dokter Intan Permata"), or set off from their role, by mention id:
    read before the model revises the mentions, which may drop such a name or read it as a body."""
    lex = lexicon()

    def person_title(m: Found) -> bool:
        word = lex.roles.get((m.before,))
        return word is not None and (word.kind in _NAME_TAKING_KINDS or m.before in _PERSON_OCCUPATIONS)

    def set_off(m: Found) -> bool:
        """"Ketua RT setempat, Bintang", "Ketua RW 05 Bayu": a comma or the unit's number stands
        between the role and the name, which so cannot be the role's last word."""
        listed = _LIST_GOES_ON.match(text, m.end) is not None  # "Pusat Data, Informasi, dan Humas"
        return m.role is not None and (m.before == "," or m.before.isdigit()) and not listed

    return {id(m): m.role for m in rules if m.type == "PERSON" and not m.ids
            and (person_title(m) or set_off(m)) and name_shaped(m.text)}


def with_person_cues(text: str, rules: Sequence[Found], found: list[Found],
                     titled: dict[int, str | None] | None = None) -> list[Found]:
    """``found`` (the rules' mentions as the model revised them) with each cued mention a person,
    and the rules' cued or ``titled`` mentions (:func:`person_titled`), and titled names the article
    names as a person elsewhere, that the model's revision dropped or retyped put back as people
    with their roles."""
    titled = titled or {}
    kept = {id(m): i for i, m in enumerate(found)}
    for mention in found:
        if cued_person(text, mention) and _retypable(mention):
            _make_person(mention)
        if id(mention) in titled:
            mention.role = mention.role if mention.type == "PERSON" else titled[id(mention)]
            _make_person(mention)
    people = {m.text for m in found if cued_person(text, m)}
    lost = [m for m in rules if id(m) not in kept
            and (cued_person(text, m) or id(m) in titled or _titled_person_named_again(m, people))
            and not any(o.start < m.end and m.start < o.end for o in found)]
    if not lost:
        return found
    restored = [replace(m, role=titled.get(id(m), m.role), role_orgs=_orgs_kept(m, rules, kept))
                for m in lost]
    for mention in restored:
        _make_person(mention)
    before = [*found, *restored]
    return kept_of(before, sorted(before, key=lambda m: m.start))


def _titled_person_named_again(mention: Found, people: set[str]) -> bool:
    """"Pelatih Bintang menilai … kata Bintang": a titled name the article also names where its
    context says person."""
    return mention.role is not None and mention.type == "PERSON" and mention.text in people \
        and name_shaped(mention.text)


def _orgs_kept(mention: Found, rules: Sequence[Found], kept: dict[int, int]) -> list[int]:
    """The mention's role organisations (indices into ``rules``) that the revision kept, by their
    index in the revision."""
    return [kept[id(rules[i])] for i in mention.role_orgs if i < len(rules) and id(rules[i]) in kept]


def _retypable(mention: Found) -> bool:
    """Untyped, or typed by the model alone for a name of ordinary words: the model read "Intan"
    (a gem) as a body, but "menurut Bloomberg" stays the organisation it read."""
    if mention.type in (None, "PERSON"):
        return True
    return mention.source == "model" and all(is_dictionary_word(w) for w in mention.text.split())


def _make_person(mention: Found) -> None:
    mention.type, mention.hint, mention.unseen = "PERSON", None, False
