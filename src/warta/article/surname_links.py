"""When one name word alone may stand for a gazetteer person: "Lavrov" is Sergei Lavrov, but
"Abdullah" is not Saifuddin Abdullah.

A full name in the article is found by coreference first; this is the last resort for a word
with no full name beside it. It needs support where the word can name many people:

- Indonesian, Malay and Burmese names have no family name, and Chinese, Korean and Vietnamese
  names put it first, so the last word of such a name is a personal name many people share
  ("Widodo", "Gunawan", "Abdullah"): the mention's role must agree with the person's.
- A word after "di" or "ke" ("di Austin") is a place more likely than a person.
- Any mention with a role ("Kepala ITPC Jeddah Gunawan", "Laksamana Madya Widodo") must hold
  a role of the person's, whatever the country.

Inside one article a lone word joins the full name it shortens (``coref.py``) unless the two
mentions' roles say they are two people: an officer's rank on one and a civilian office an
officer on duty does not hold on the other ("Laksamana Madya Widodo" is not "Presiden Joko Widodo").
"""

from __future__ import annotations

from warta.article.gazetteer import Entry
from warta.article.lexicon import lexicon
from warta.article.role_forms import with_full_forms
from warta.article.tokens import fold

# Countries whose names end in no family name (ISO 3166-1 alpha-2).
NO_TRAILING_FAMILY_NAME = frozenset({"ID", "MY", "BN", "MM", "CN", "TW", "HK", "MO", "KR", "KP", "VN"})
# "di Austin, Texas": a word after these is a place more often than a person.
PLACE_PREPOSITIONS = frozenset({"di", "ke"})
# Role words shorter than this ("di", "RI") say nothing about who holds the role.
MIN_ROLE_WORD = 3
# Words that head posts of every kind: "Kepala ITPC Jeddah" and "Kepala BIN" share no post.
GENERIC_ROLE_WORDS = frozenset({"kepala", "ketua", "wakil", "sekretaris", "jenderal", "direktur", "anggota",
                                "staf", "juru", "bicara", "umum", "utama", "eksekutif", "pelaksana"})


def _role_words(roles: list[str]) -> set[str]:
    words = {fold(word.strip("(),.")) for role in with_full_forms(roles) for word in role.split()}
    return {word for word in words
            if len(word) >= MIN_ROLE_WORD and word.isalpha() and word not in GENERIC_ROLE_WORDS}


def roles_agree(role: str, entry: Entry) -> bool:
    """The mention's role shares a word with one of the person's, beyond the words every kind of
    post opens with ("Menlu" and "Menteri Luar Negeri Rusia (2004–)" share "luar")."""
    return bool(_role_words([role]) & _role_words(list(entry.roles)))


def surname_supported(entry: Entry, role: str | None, before: str = "") -> bool:
    """Whether a lone name word may be linked to ``entry``, the one person with it as last name
    (``before``: the folded word before the mention)."""
    if before in PLACE_PREPOSITIONS:
        return False
    if role:
        return roles_agree(role, entry)
    return entry.country not in NO_TRAILING_FAMILY_NAME


# Civilian offices (first words of the role, folded) no officer on active duty holds; a retired
# general's office is written with his rank beside it ("Menko Polhukam Jenderal (Purn) X").
CIVIL_OFFICE_WORDS = frozenset({"presiden", "wapres", "gubernur", "wagub", "bupati", "wabup", "walikota",
                                "wali", "menteri", "menko", "president", "governor", "minister"})
# Words before a civilian office that keep it civilian ("Wakil Presiden", "Mantan Gubernur").
OFFICE_OPENERS = frozenset({"wakil", "mantan", "vice", "former", "prime"})


def _rank_only(role: str) -> bool:
    """The role is a stack of ranks and nothing else ("Laksamana Madya", "Kombes Pol")."""
    roles = lexicon().roles
    keys = [fold(word.strip(".,()")) for word in role.split()]
    i = 0
    while i < len(keys):
        n = next((n for n in range(len(keys) - i, 0, -1) if tuple(keys[i:i + n]) in roles), 0)
        if not n or roles[tuple(keys[i:i + n])].kind != "rank":
            return False
        i += n
    return bool(keys)


def _civil_office(role: str) -> bool:
    keys = [fold(word) for word in role.split()]
    while keys and keys[0] in OFFICE_OPENERS:
        keys = keys[1:]
    return bool(keys) and keys[0] in CIVIL_OFFICE_WORDS and not any(
        (key,) in lexicon().roles and lexicon().roles[(key,)].kind == "rank" for key in keys)


# Words that say an officer has left the service, so a civilian office may be his now.
RETIRED_WORDS = frozenset({"purn", "purnawirawan", "pensiunan", "mantan", "former", "retired"})
# Longest rank written in several words ("Letnan Jenderal TNI").
MAX_RANK_WORDS = 3


def _holds_rank(keys: list[str]) -> bool:
    roles = lexicon().roles
    return any((entry := roles.get(tuple(keys[i:i + n]))) is not None and entry.kind == "rank"
               for i in range(len(keys)) for n in range(1, MAX_RANK_WORDS + 1))


def _officer_on_duty(role: str) -> bool:
    """A rank alone, or a military post with its rank and no civilian office or retirement in it
    ("Komandan Armada Laksamana Madya")."""
    if _rank_only(role):
        return True
    keys = [fold(word.strip(".,()")) for word in role.split()]
    return _holds_rank(keys) and not any(key in CIVIL_OFFICE_WORDS or key in RETIRED_WORDS for key in keys)


def roles_part(a: str, b: str) -> bool:
    """Two mentions' roles that two people hold: an officer on duty on one, a civilian office on
    the other."""
    return (_civil_office(b) and _officer_on_duty(a)) or (_civil_office(a) and _officer_on_duty(b))
