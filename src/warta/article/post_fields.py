"""The field of a post written after its title, before the holder's name.

    Direktur Jenderal Pajak Suryo Utomo                        field "Pajak", holder "Suryo Utomo"
    Dirjen Bea dan Cukai Askolani                              field "Bea dan Cukai"
    Deputi Bidang Pencegahan dan Kesiapsiagaan BNPB Nama       field up to the body "BNPB"
    Direktur Reserse Kriminal Umum (Dirreskrimum) Polda X      the post's own acronym after its field
    Jaksa Agung Muda Tindak Pidana Khusus (Jampidsus) Nama     a post that names the unit it heads

Some posts always name their field (a directorate's, a deputy's, a section's) and the field is
written in ordinary capitalised words, which the grammar would otherwise read as the first words of
the holder's name. A name is what is left: the field takes the words of the language after the title
up to a boundary (a comma, a parenthesis, a body), and before a run of capitals goes on to the name,
it leaves the name two words. An acronym in parentheses right after the field that begins as the
post's first word does ("Dir…" for "Direktur", "Jam…" for "Jaksa Agung Muda") is the post's own
short form, not a body. The posts of the prosecution's and agencies' deputies name the unit they head
("Jampidsus": the unit's investigators, "Direktur Penyidikan Jampidsus"): written with that acronym, the
post is also that unit, an organisation.
"""

from __future__ import annotations

from dataclasses import dataclass

from warta.article.chunks import Chunk, Reader, acronym_at, line_break_before, short_form_at
from warta.article.common_words import is_derived_word, is_dictionary_word
from warta.article.lexicon import RoleWord

# Posts whose title is followed by the field they head (folded phrases of ``roles.tsv``).
FIELD_POSTS = frozenset({"direktur", "direktur jenderal", "dirjen", "deputi", "asisten deputi",
                         "jaksa agung muda", "kepala bidang", "kabid", "kepala seksi", "kabag", "kasubdit"})
# Posts that are also the name of the unit they head ("Jaksa Agung Muda Tindak Pidana Khusus" is the
# Attorney General's office for special crimes, "Jampidsus", as well as its head).
UNIT_POSTS = frozenset({"jaksa agung muda", "deputi"})
# Posts whose field is always written and always names a directorate general ("Dirjen Pajak").
DIRECTOR_GENERAL_POSTS = frozenset({"direktur jenderal", "dirjen"})
_JOINERS = frozenset({"dan", "&"})
# Kinds of words that never stand in a post's field: they open a body, a place or an event, or end names.
_NOT_FIELD_KINDS = ("org-head", "body", "loc-head", "event-head", "unit-head", "not-name", "speech")
_NAME_WORDS = 2  # before a name the field leaves it this many words
# Qualifiers that close a field ("Tindak Pidana Khusus", "Reserse Kriminal Umum"): adjectives that open
# no one's name, so the field keeps them even where that leaves the name one word ("… Khusus Arminsyah").
FIELD_CLOSERS = frozenset({"khusus", "umum", "militer", "tertentu"})


@dataclass(frozen=True)
class PostField:
    end: int  # token after the field and the post's own acronym
    orgs: tuple[Chunk, ...]  # the unit the post names and its acronym, when it names one


def post_field(reader: Reader, i: int, words: list[RoleWord], j: int) -> PostField | None:
    """The field after the title of ``words`` (starting at token ``i``; its words end at ``j``)."""
    post = words[-1].phrase.casefold()
    if post not in FIELD_POSTS or words[-1].kind != "title":
        return None
    positions, forced = _field_words(reader, j)
    if not positions:
        return None
    end = _field_end(reader, positions, forced, post in DIRECTOR_GENERAL_POSTS)
    if end is None:
        return None
    acronym = acronym_at(reader, end) or short_form_at(reader, end)
    if acronym is None or not _spells_post(reader, i, acronym):
        return PostField(end, ())
    if post in UNIT_POSTS and len(words) == 1:
        return PostField(acronym.end, (Chunk(i, end, "org"), acronym))
    return PostField(acronym.end, ())


def _field_words(reader: Reader, j: int) -> tuple[list[int], int]:
    """Tokens at ``j`` that may be the field's, in order (joiners left out), and how many of them the
    field must hold: the first, each word after "dan" ("Bea dan Cukai") and a pair such as "Dalam Negeri"."""
    tokens = reader.tokens
    positions: list[int] = []
    forced = 0
    k = j
    while k < len(tokens):
        joined = bool(positions) and tokens[k - 1].key in _JOINERS
        if positions and _stop_pair(reader, k):
            positions += [k, k + 1]  # "Perdagangan Dalam Negeri": a field's "Dalam Negeri", "Luar Negeri"
            forced = len(positions)
            k += 2
            continue
        if not _field_word(reader, k, joined):
            break
        positions.append(k)
        forced = len(positions) if len(positions) == 1 or joined else forced
        k += 1
        if k + 1 < len(tokens) and tokens[k].key in _JOINERS and tokens[k + 1].is_cap:
            k += 1
    return positions, forced


def _field_word(reader: Reader, k: int, joined: bool) -> bool:
    """A capitalised word of the language, neither a name the gazetteer knows nor a word that opens a
    body or a title; after "dan" any capitalised word goes on the field ("… dan Kesiapsiagaan")."""
    token = reader.tokens[k]
    if not token.is_word or not token.is_cap or token.is_upper or line_break_before(reader, k):
        return False
    lex = reader.lex
    if reader.is_role_start(k) or token.key in lex.calendar or any(lex.kind_of(token.key, kind)
                                                                   for kind in _NOT_FIELD_KINDS):
        return False
    if reader.gaz.match(reader.tokens, k) is not None:
        return False
    return joined or is_dictionary_word(token.text) or is_derived_word(token.text)


def _stop_pair(reader: Reader, k: int) -> bool:
    """A capitalised word that is never a name ("Dalam") and a capitalised word of the language after it."""
    tokens = reader.tokens
    return k + 1 < len(tokens) and tokens[k].is_cap and reader.is_stop(tokens[k]) \
        and not line_break_before(reader, k + 1) and _field_word(reader, k + 1, True)


def _field_end(reader: Reader, positions: list[int], forced: int, whole: bool = False) -> int | None:
    """Where the field ends: after all its words at a boundary (a parenthesis, a comma, a body, a
    title, the end of the capitals), else where it leaves the name two words; None when a word in lower
    case follows and no name would be left ("Direktur Intel untuk …": the words may be a body's name), unless
    the field is ``whole`` (a director general's, "Dirjen Pajak mengatakan")."""
    after = positions[-1] + 1
    name_words = _capitals_at(reader, after)
    if name_words == 0 and not _lower_word_at(reader, after):
        return after
    body = next((after + n for n in range(name_words + 1) if _body_at(reader, after + n)), None)
    if body is not None:
        return body  # "Direktur Tindak Pidana Siber | Bareskrim": no name stands before a body
    keep = max(forced, min(len(positions), len(positions) + name_words - _NAME_WORDS), 1,
               _through_closer(reader, positions))
    if keep == len(positions) and name_words == 0:
        return after if whole else None  # "Dirjen Pajak mengatakan": a director general's field names no one
    if name_words == 0 and keep == len(positions) - 1 and is_dictionary_word(reader.tokens[after - 1].text):
        return after  # "Dirjen Bina Marga mengatakan": a word of the language is the field's, no one's name
    return positions[keep - 1] + 1


def _through_closer(reader: Reader, positions: list[int]) -> int:
    """How many of the field's words run through its last qualifier ("Pidana Khusus"), 0 without one."""
    closers = [n for n, k in enumerate(positions, 1) if reader.tokens[k].key in FIELD_CLOSERS]
    return closers[-1] if closers else 0


def _capitals_at(reader: Reader, k: int) -> int:
    """How many capitalised words, none known to the gazetteer nor opening a title, run from ``k``."""
    tokens = reader.tokens
    n = 0
    while k + n < len(tokens) and tokens[k + n].is_word and tokens[k + n].is_cap \
            and not line_break_before(reader, k + n) and not reader.is_role_start(k + n) \
            and reader.gaz.match(tokens, k + n) is None:
        n += 1
    return n


def _body_at(reader: Reader, k: int) -> bool:
    """A body opens at ``k``: one the gazetteer knows ("Bareskrim", "Kementerian ESDM"), an acronym, a
    run headed by a body's word ("Badan …"), or the field's acronym in brackets ("Luar Negeri (PPTKLN)")."""
    tokens = reader.tokens
    if acronym_at(reader, k) is not None:
        return True
    if k >= len(tokens) or line_break_before(reader, k) or not tokens[k].is_cap:
        return False
    found = reader.gaz.match(tokens, k)
    if found is not None:
        return reader.gaz.entries[found[1][0]].type == "ORG"
    word = tokens[k]
    if word.is_upper and len(word.text) >= 3 and word.text.isalpha() and not is_dictionary_word(word.text):
        return True  # "Manajemen Resiko | BKIPM": a body's acronym
    return reader.lex.kind_of(word.key, "org-head") or reader.lex.kind_of(word.key, "body")


def _lower_word_at(reader: Reader, k: int) -> bool:
    """A word in lower case follows (a verb: "… mengatakan"), or nothing: the capitals before it may
    end with a name."""
    tokens = reader.tokens
    return k >= len(tokens) or (tokens[k].is_word and not tokens[k].is_cap)


def _spells_post(reader: Reader, i: int, acronym: Chunk) -> bool:
    """"(Dirreskrimum)" after "Direktur …", "(Jampidsus)" after "Jaksa Agung Muda …": the acronym opens
    as the post's first word does, so it shortens the post, not a body."""
    first = reader.tokens[i].key
    short = reader.tokens[acronym.start + 1].key
    return len(first) >= 2 and short.startswith(first[:2])
