"""In-article coreference: grouping one article's mentions into entities.

What joins two mentions: the same gazetteer row ("AS" and "Amerika Serikat"); an acronym
defined in parentheses and its later uses ("Institute for the Study of War (ISW)" …
"ISW"); a short name and the full name it shortens ("Lavrov" → the nearest "Sergei
Lavrov" before it, else the first after it). Metonyms ("Kremlin", "Washington") keep
their own identity and get a ``metonym-of`` relation to the country whose government
they stand for; a person's role organisation gets a ``role-in`` relation.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from warta.article.chunks import PLURAL_NICKNAME
from warta.article.common_words import is_dictionary_word
from warta.article.gazetteer import Entry, Gazetteer, gazetteer
from warta.article.legal_forms import without_legal_forms
from warta.article.lexicon import Lexicon, lexicon
from warta.article.mentions import Found
from warta.article.ministry_acronyms import abbreviates, is_full_ministry
from warta.article.names import is_initial, is_without_title_head, same_person, similar, spelling
from warta.article.regions import region_kind_words
from warta.article.role_forms import with_full_forms
from warta.article.surname_links import roles_part, surname_supported
from warta.article.tokens import fold, tokenize
from warta.models import Entity, EntityType, Mention, Relation
from warta.unionfind import UnionFind


def name_words(text: str, lex: Lexicon) -> list[str]:
    """The words of a name without particles: "Abdullah bin Zayed" → [Abdullah, Zayed]."""
    return [t.text for t in tokenize(text) if t.is_word and not lex.kind_of(t.key, "particle")]


def _is_personish(m: Found) -> bool:
    return m.type in {"PERSON", None} and m.acronym_of is None


def _full_names(found: list[Found], words: list[list[str]]) -> list[int]:
    """Names of two words or more that may be a person's, which shorter mentions can stand for; a group
    of fans ("Fans Persib") is none: the bare club after it is the club."""
    return [i for i, m in enumerate(found)
            if _is_personish(m) and len(words[i]) > 1 and not _fans_of(words[i])]


def _fans_of(name: list[str]) -> bool:
    """"Fans Juventus", "Forza Milan", "Inter Ultras": a word for a club's supporters opening or closing a
    name of two or more words makes a group of fans, never a person."""
    fans = lexicon().words.get("fan-group", frozenset())
    return len(name) > 1 and (fold(name[0]) in fans or fold(name[-1]) in fans)


def _link_short_names(found: list[Found], words: list[list[str]], groups: UnionFind, gaz: Gazetteer) -> None:
    anchors = _by_first_letter(words, _full_names(found, words))
    holders: dict[str, tuple[list[int], ...]] = {}  # one scan of the anchors per distinct word
    parted: dict[str, int] = {}  # the last lone word whose role parts it from its full name
    for i, m in enumerate(found):
        if not _is_personish(m) or len(words[i]) != 1 or m.ids:
            continue
        word = words[i][0]
        if word not in holders:
            holders[word] = _holders(word, words, anchors.get(_first_letter(word), []))
        target = _anchor_for(i, holders[word])
        if target is not None and m.role and roles_part(m.role, found[target].role or ""):
            parted[word] = i  # "Presiden Joko Widodo" … "Laksamana Madya Widodo": two people
        elif target is not None:
            groups.union(_nearer(parted.get(word), target, i) if not m.role else target, i)
        else:
            entry = gaz.person_by_surname(word)
            if entry is not None and surname_supported(entry, m.role, m.before):
                m.ids, m.type = (entry.id,), "PERSON"


def _nearer(parted: int | None, target: int, i: int) -> int:
    """The bare word's antecedent: the parted officer when he was named after the full name."""
    return parted if parted is not None and (target > i or parted > target) else target


# A shortened name leaves out at most this many last words ("Ratna Sari Dewi | Soekarno").
MAX_LEFT_OUT = 2


def _link_leading_parts(found: list[Found], words: list[list[str]], groups: UnionFind) -> None:
    """"Sufmi Dasco" … "Sufmi Dasco Ahmad", "Ratu Tisha" … "Ratu Tisha Destria": a name of two words or
    more that opens exactly one longer person's name of the article is that person, as news shortens a
    name by its last part. The longer name must be a person's (typed so, or holding a role) and end in
    name words: a headline run ("Paul Pogba Senang") holds words of the language after the name."""
    full = [i for i in _full_names(found, words) if found[i].hint in {None, "PERSON"}]
    keys = {i: tuple(fold(w) for w in words[i]) for i in full}
    by_opening: dict[tuple[str, ...], list[int]] = {}
    for i in full:
        if found[i].type == "PERSON" or found[i].role:
            by_opening.setdefault(keys[i][:2], []).append(i)
    for i in full:
        longer = {keys[j] for j in by_opening.get(keys[i][:2], ())
                  if len(keys[j]) > len(keys[i]) and keys[j][:len(keys[i])] == keys[i]}
        if len(longer) != 1:
            continue
        target = next(j for j in by_opening[keys[i][:2]] if keys[j] in longer)
        if _name_words_only(words[target][len(words[i]):]):
            groups.union(target, i)


def _link_without_title_heads(found: list[Found], words: list[list[str]], groups: UnionFind) -> None:
    """"Amran Sulaiman" … "Andi Amran Sulaiman": a name of two words or more that is exactly one longer
    person's name of the article without its hereditary title ("Andi", "Teuku", "Raden") is that person."""
    people = [i for i in _full_names(found, words) if found[i].type == "PERSON" or found[i].role]
    for i in _full_names(found, words):
        holders = [j for j in people if is_without_title_head(words[i], words[j])]
        if len({tuple(fold(w) for w in words[j]) for j in holders}) == 1:
            groups.union(holders[0], i)


def _name_words_only(words: list[str]) -> bool:
    return 0 < len(words) <= MAX_LEFT_OUT and all(
        w.isalpha() and w[:1].isupper() and not w.isupper() and not is_dictionary_word(w) for w in words)


def _first_letter(word: str) -> str:
    """Words that are :func:`similar` share this letter, so only names holding it need a look."""
    return spelling(word)[:1]


def _by_first_letter(words: list[list[str]], names: list[int]) -> dict[str, list[int]]:
    """``names`` (mention indices, in order) under the first letter of each of their words."""
    index: dict[str, list[int]] = {}
    for i in names:
        for letter in dict.fromkeys(_first_letter(w) for w in words[i]):
            index.setdefault(letter, []).append(i)
    return index


def _holders(word: str, words: list[list[str]], anchors: list[int]) -> tuple[list[int], ...]:
    """The anchors (in order) whose last name is ``word``, those with ``word`` spelled alike anywhere, and
    those with a word like it anywhere: "Hendri" is "Hendri Satriadi" before "Hendro Siswanto"."""
    key = fold(word)
    return ([a for a in anchors if _holds(words[a], word, -1)],
            [a for a in anchors if any(fold(w) == key for w in words[a])],
            [a for a in anchors if _holds(words[a], word, None)])


def _anchor_for(i: int, holders: tuple[list[int], ...]) -> int | None:
    """The full name a one-word name shortens: last names first, the nearest before first."""
    for holding in holders:
        before = bisect_left(holding, i)
        if before:
            return holding[before - 1]
        if holding and holding[-1] > i:
            return holding[bisect_right(holding, i)]
    return None


def _holds(name: list[str], word: str, part: int | None) -> bool:
    if part is not None:
        return similar(name[part], word)
    return any(similar(w, word) for w in name if not is_initial(w))


def _link(found: list[Found], words: list[list[str]], gaz: Gazetteer) -> UnionFind:
    groups = UnionFind(len(found))
    by_row: dict[str, int] = {}
    acronyms: dict[str, int] = {}
    for i, m in enumerate(found):
        if m.acronym_of is not None:
            groups.union(m.acronym_of, i)
            acronyms[m.text] = i
        elif m.text in acronyms and not m.ids:
            groups.union(acronyms[m.text], i)
    _link_short_names(found, words, groups, gaz)
    _link_leading_parts(found, words, groups)
    _link_without_title_heads(found, words, groups)
    _link_lone_words(found, words, groups)
    _link_same_names(found, words, groups)
    _link_club_words(found, groups)
    _link_ministry_short_forms(found, groups)
    _link_region_forms(found, groups)
    _link_legal_forms(found, groups)
    _link_initialisms(found, groups)
    _link_bare_heads(found, groups)
    _link_parent_suffixes(found, groups, gaz)
    _link_buildings(found, groups)
    _link_islands(found, groups)
    for i, m in enumerate(found):
        if m.ids:
            first = by_row.setdefault(m.ids[0], i)
            groups.union(first, i)
    # same_person needs similar last names, so only names whose last words share a letter are compared
    by_last = _by_first_letter([w[-1:] for w in words], _full_names(found, words))
    for same_letter in by_last.values():
        for n, i in enumerate(same_letter):
            for j in same_letter[n + 1:]:
                if same_person(words[i], words[j]) and _rows_agree(found[i], found[j]):
                    groups.union(i, j)
    return groups


def _link_ministry_short_forms(found: list[Found], groups: UnionFind) -> None:
    """"Kemendes PDTT" … "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi": a
    ministry's short form joins the full name it abbreviates (``ministry_acronyms``)."""
    shorts = [i for i, m in enumerate(found) if m.text[:5].casefold() == "kemen"
              and not is_full_ministry(m.text) and m.type in {None, "ORG"}]
    if not shorts:
        return
    fulls = [i for i, m in enumerate(found) if is_full_ministry(m.text)]
    for i in shorts:
        for j in fulls:
            if _rows_agree(found[i], found[j]) and abbreviates(found[i].text, found[j].text):
                groups.union(j, i)
                break


def _link_region_forms(found: list[Found], groups: UnionFind) -> None:
    """"Kabupaten Subang" … "Subang", "Dinas Kesehatan Provinsi Jawa Barat" … "Dinas Kesehatan Jawa
    Barat": a place or body written with and without its region's kind word is one, when the article
    writes one kind only ("Kota Bekasi" and "Kabupaten Bekasi" are two regions, and a bare "Bekasi"
    beside both is left alone)."""
    forms: dict[tuple[EntityType | None, tuple[str, ...]], list[tuple[int, frozenset[str]]]] = {}
    for i, m in enumerate(found):
        kind = m.type or m.hint  # a bare "Subang" the model reads as a place
        if kind not in {"LOC", "ORG"} or m.acronym_of is not None:
            continue
        words = [fold(w) for w in m.text.replace(".", " ").split()]
        levels = region_kind_words()  # by level: "Kab. Subang" and "Kabupaten Subang" write one kind
        kinds = frozenset(levels[w] for w in words if w in levels)
        bare = tuple(w for w in words if w not in levels)
        if bare:
            forms.setdefault((kind, bare), []).append((i, kinds))
    for members in forms.values():
        written = {kinds for _, kinds in members}
        if len(written) == 2 and frozenset() in written:
            first = members[0][0]
            for i, _ in members[1:]:
                groups.union(first, i)


@lru_cache(maxsize=65536)
def _core_words(text: str) -> tuple[str, ...]:
    """The words of a mention's text without its legal forms; names repeat, so cut each once."""
    return tuple(without_legal_forms(text.split()))


def _link_legal_forms(found: list[Found], groups: UnionFind) -> None:
    """"Perum Bulog" … "Bulog", "PT Pertamina (Persero)" … "Pertamina": a body's name without its
    legal form (``legal_forms``), which news drops after the first mention, is the same body."""
    full: dict[str, int] = {}
    for i, m in enumerate(found):
        words = m.text.split()
        core = _core_words(m.text)
        if (m.type or m.hint) == "ORG" and core and len(core) < len(words):
            full.setdefault(fold(" ".join(core)), i)
    if not full:
        return
    shortened = _shortened_names(full)
    for i, m in enumerate(found):
        name = fold(" ".join(_core_words(m.text)))
        target = full.get(name, shortened.get(name))
        readable = m.type in {"ORG", None} or (m.source == "model" and not m.ids)  # the model's type is weak
        if target is not None and readable and _rows_agree(m, found[target]):
            groups.union(target, i)


_JOINING_WORDS = frozenset({"dan", "&", "serta", "atau", "and"})
SHORTENED_WORDS = 2  # "Nusantara Karya" of "PT Nusantara Karya Konstruksi": one word alone names too much


def _shortened_names(full: dict[str, int]) -> dict[str, int]:
    """The opening words of a company's name ("Nusantara Karya" of "PT Nusantara Karya Konstruksi (Persero)
    Tbk"), by which news names it after the first mention with its form, -> the company; words that open
    two companies' names name neither."""
    owners: dict[str, set[int]] = {}
    for core, i in full.items():
        words = core.split()
        if any(word in _JOINING_WORDS for word in words):
            continue  # "PT A Konstruksi dan PT A Energi": two companies read as one run
        for size in range(SHORTENED_WORDS, len(words)):
            owners.setdefault(" ".join(words[:size]), set()).add(i)
    return {short: next(iter(held)) for short, held in owners.items() if len(held) == 1 and short not in full}


INITIALISM_WORDS = 3  # a body short enough to be written by its initials alone has at least these


def _link_initialisms(found: list[Found], groups: UnionFind) -> None:
    """"PT Manis Sentosa Abadi" … "PT MSA": a body written later by the initials of its name's words,
    with the same legal form before it, is the same body (no parentheses defined the acronym)."""
    bodies: dict[tuple[str, ...], int] = {}
    for i, m in enumerate(found):
        words = m.text.split()
        core = _core_words(m.text)
        if m.type == "ORG" and len(core) >= INITIALISM_WORDS and all(w[:1].isupper() for w in core):
            form = tuple(fold(w) for w in words[:len(words) - len(core)])
            bodies.setdefault((*form, "".join(w[0] for w in core).casefold()), i)
    if not bodies:
        return
    for i, m in enumerate(found):
        words = m.text.split()
        core = _core_words(m.text)
        if m.ids or m.acronym_of is not None or len(core) != 1 or not _acronym_shaped(core[0]):
            continue
        form = tuple(fold(w) for w in words[:len(words) - len(core)])
        target = bodies.get((*form, core[0].casefold()))
        if target is not None and form:
            groups.union(target, i)


def _link_bare_heads(found: list[Found], groups: UnionFind) -> None:
    """"Satgas Antimafia Bola Polri" … "Kepala Satgas": a body's head word alone, after the one body the
    article named with it, is that body."""
    heads: dict[str, list[int]] = {}
    for i, m in enumerate(found):
        words = m.text.split()
        if m.type == "ORG" and len(words) > 1 and m.acronym_of is None:
            heads.setdefault(fold(words[0]), []).append(i)
    if not heads:
        return  # no body of several words: no head word can stand for one
    for i, m in enumerate(found):
        if m.ids or m.type not in {"ORG", None} or len(m.text.split()) != 1 or not m.text[:1].isupper():
            continue
        bodies = {found[j].text for j in heads.get(fold(m.text), []) if found[j].start < m.start}
        if len(bodies) == 1:
            first = next(j for j in heads[fold(m.text)] if found[j].start < m.start)
            groups.union(first, i)


def _link_parent_suffixes(found: list[Found], groups: UnionFind, gaz: Gazetteer) -> None:
    """"Komisi VI DPR" … "Komisi VI": a part of a body written with and without the body it belongs to
    (the gazetteer's organisation after it) is one part, when the article names one such whole only
    ("Komisi VI DPR" and "Komisi VI DPD" leave a bare "Komisi VI" alone)."""
    wholes: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for i, m in enumerate(found):
        words = m.text.split()
        if m.type != "ORG" or m.ids or len(words) < 3 or m.acronym_of is not None:
            continue
        for cut in range(len(words) - 1, 1, -1):  # the part keeps two words at least ("Komisi VI")
            part = fold(" ".join(words[:cut]))
            if _names_a_body(words[cut:], gaz):
                wholes.setdefault(part, set()).add(fold(m.text))
                first.setdefault(part, i)
    if not wholes:
        return
    for i, m in enumerate(found):
        part = fold(" ".join(m.text.split()))
        if m.type in {"ORG", None} and not m.ids and len(wholes.get(part, ())) == 1:
            groups.union(first[part], i)


def _names_a_body(words: list[str], gaz: Gazetteer) -> bool:
    tokens = tokenize(" ".join(words))
    hit = gaz.match(tokens, 0) if tokens else None
    return hit is not None and hit[0] == len(tokens) and gaz.entries[hit[1][0]].type == "ORG"


_ISLAND_WORDS = frozenset({"pulau"})  # not "kepulauan": "Kepulauan Riau" is no "Riau"


def _link_islands(found: list[Found], groups: UnionFind) -> None:
    """"Pulau Wawonii" … "Wawonii": an island named with and without the word for island is one place,
    whatever type the model read in the bare name."""
    islands: dict[str, int] = {}
    for i, m in enumerate(found):
        words = m.text.split()
        if m.type == "LOC" and len(words) > 1 and fold(words[0]) in _ISLAND_WORDS:
            islands.setdefault(fold(" ".join(words[1:])), i)
    if not islands:
        return
    for i, m in enumerate(found):
        target = islands.get(fold(m.text))
        bare = m.type in {"LOC", None} or (m.source == "model" and not m.ids)
        # at a sentence's start the bare name may be an ordinary word ("Seribu warga …" of "Pulau Seribu")
        if target is not None and bare and not m.role and not m.sentence_start:
            groups.union(target, i)
            m.type = "LOC"  # the island, not a person the model read in its name


_BUILDING_WORDS = frozenset({"gedung"})


def _link_buildings(found: list[Found], groups: UnionFind) -> None:
    """"di Galeri Nasional" … "di Gedung Galeri Nasional": a place named with and without the word for
    its building is one place, when the name without it is of no other type."""
    buildings = {fold(rest): i for i, m in enumerate(found) if m.type == "LOC"
                 for head, _, rest in [" ".join(m.text.split()).partition(" ")]
                 if rest and fold(head) in _BUILDING_WORDS}
    if not buildings:
        return
    for i, m in enumerate(found):
        target = buildings.get(fold(" ".join(m.text.split())))
        if target is not None and m.type in {None, "LOC"} and not m.ids and m.acronym_of is None:
            groups.union(target, i)


def _link_lone_words(found: list[Found], words: list[list[str]], groups: UnionFind) -> None:
    """One-word names written alike that nothing else claimed are one thing ("Agnes" … "Agnes",
    "Iriana" … "Iriana"), whatever type the model gave each; those a full name claimed stay
    with it, so two people sharing a surname are not joined through it."""
    sizes = Counter(groups.find(i) for i in range(len(found)))
    first: dict[str, int] = {}
    for i, m in enumerate(found):
        if m.ids or m.acronym_of is not None or len(words[i]) != 1 or sizes[groups.find(i)] > 1:
            continue
        if m.text in first:
            groups.union(first[m.text], i)
        else:
            first[m.text] = i


def _link_same_names(found: list[Found], words: list[list[str]], groups: UnionFind) -> None:
    """Bodies, places and events of two words or more written alike are one ("Real Madrid" … "Real
    Madrid", "Liga Champions" … "Liga Champions"): people's names are joined by ``same_person``."""
    first: dict[tuple[str, str], int] = {}
    untyped: list[int] = []
    for i, m in enumerate(found):
        kind = m.type or m.hint
        if m.acronym_of is not None or len(words[i]) < 2:
            continue
        if kind is None:
            untyped.append(i)
            continue
        if kind == "PERSON":
            continue
        key = (kind, " ".join(m.text.casefold().split()))
        if key in first and _rows_agree(found[first[key]], m):
            groups.union(first[key], i)
        else:
            first.setdefault(key, i)
    _link_untyped_same_names(found, untyped, first, groups)


def _link_untyped_same_names(found: list[Found], untyped: list[int], first: dict[tuple[str, str], int],
                             groups: UnionFind) -> None:
    """"CEO [Go-Jek] Nadiem Makarim" … "Go-Jek kini …": a run nothing typed, written as exactly one body,
    place or event the article names, is that one."""
    for i in untyped:
        text = " ".join(found[i].text.casefold().split())
        named = [k for (kind, written), k in first.items() if written == text]
        if len(named) == 1 and not found[i].ids:
            groups.union(named[0], i)


def _link_club_words(found: list[Found], groups: UnionFind) -> None:
    """"Manchester United" … "United", "Stoke City" … "City": a club's closing word alone is the club the
    article names most often with it ("West Ham United" named once beside it is not the "United")."""
    lex = lexicon()
    clubs: dict[str, Counter[str]] = {}
    first: dict[str, int] = {}
    nicknames: set[str] = set()
    for i, m in enumerate(found):
        last = m.text.rsplit(None, 1)[-1] if m.type == "ORG" and " " in m.text else ""
        if last and _club_word(lex, last):
            clubs.setdefault(last, Counter())[m.text] += 1
            first.setdefault(m.text, i)
        elif last and _town_team_nickname(m.text):
            clubs.setdefault(last, Counter())[m.text] += 1
            first.setdefault(m.text, i)
            nicknames.add(last)
    if not clubs:
        return
    for i, m in enumerate(found):
        named = clubs.get(m.text)
        if not named or m.ids or m.type not in (None, "ORG", "LOC"):  # the model reads "Thunder" a place too
            continue
        if m.text in nicknames and not _alone_in_group(found, groups, i):
            continue  # "Chiefs" grouped with "Chiefs WR Terrance Copper": a player's name holds the nickname
        groups.union(first[named.most_common(1)[0][0]], i)


def _alone_in_group(found: list[Found], groups: UnionFind, i: int) -> bool:
    """The mention's group holds no mention written otherwise."""
    root = groups.find(i)
    return all(m.text == found[i].text for k, m in enumerate(found) if groups.find(k) == root)


def _town_team_nickname(text: str) -> bool:
    """A team named by its town and its nickname ("Oklahoma City Thunder", "Chicago Bulls"): the words
    before the last are a place the gazetteer knows, the last no word of the language."""
    *town, last = text.split()
    if last.isupper() or not last[:1].isupper():
        return False
    tokens = tokenize(" ".join(town))
    found = gazetteer().match(tokens, 0)
    if found is None or gazetteer().entries[found[1][0]].type != "LOC":
        return False
    lex = lexicon()  # "Oklahoma | City Thunder": a club's word may follow the town
    return all(_club_word(lex, token.text) for token in tokens[found[0]:]) and not is_dictionary_word(last)


def _club_word(lex: Lexicon, word: str) -> bool:
    key = fold(word)
    return lex.kind_of(key, "club-tail") or lex.kind_of(key, "sports-tail")


def _rows_agree(a: Found, b: Found) -> bool:
    return not (a.ids and b.ids and a.ids[0] != b.ids[0])


@lru_cache(maxsize=65536)
def _token_count(text: str) -> int:
    return len(tokenize(text))


def _confirmed(cluster: list[Found], lex: Lexicon, words: dict[str, list[str]]) -> bool:
    """Drop lone capitalised words at sentence starts that nothing else shows to be a name."""
    if any(m.type is not None or m.hint is not None for m in cluster):
        return True
    if _acronym_shaped(cluster[0].text):
        return True  # a sentence's capital letter explains "Polisi", not "KNKT" written all in capitals
    if all(_token_count(m.text) == 1 for m in cluster) and _type_of(cluster, lex, words) == "OTHER":
        return False  # a lone capitalised word that nothing shows to be a name
    if any(not m.sentence_start for m in cluster):
        return True
    return _token_count(cluster[0].text) > 1 and not lex.kind_of(fold(cluster[0].text), "not-name")


def _acronym_shaped(text: str) -> bool:
    """"KNKT", "BPBD": 2 to 6 capital letters that spell no Indonesian word (a heading's "BANJIR" does)."""
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper() and not is_dictionary_word(text)


# "murid bernama Agnes", "Budi Raharjo alias Ce Ming", "akrab disapa Tini", "biasa dipanggil Ucok"
_PERSON_CUES = frozenset({"bernama", "alias", "disapa", "dipanggil", "sapaan", "panggilan"})


@lru_cache(maxsize=4)  # one lexicon per process: the union is built once, not per cluster
def _speech_cues(speech: frozenset[str]) -> frozenset[str]:
    return speech | _PERSON_CUES


# One word of capitalised halves joined by hyphens, nothing else ("Go-Pay", "Hewlett-Packard").
_HYPHENED_WORD = re.compile(r"([A-Z][\w'’]*)(?:-[A-Z][\w'’]*)+")


def hyphened_families(found: list[Found]) -> frozenset[str]:
    """First halves that open two or more different hyphened names in the article ("Go" of "Go-Jek",
    "Go-Pay", "Go-Tix"): a firm's family of brands."""
    halves = Counter(match.group(1) for text in {m.text for m in found}
                     if (match := _HYPHENED_WORD.fullmatch(text)) is not None)
    return frozenset(half for half, count in halves.items() if count > 1)


def _code_hyphened(text: str) -> bool:
    """A hyphened word with a half in capitals or a digit ("GSX-RR", "YZR-M1"): a model's code, which no
    person's name holds."""
    return _HYPHENED_WORD.fullmatch(text) is not None and any(
        (len(half) > 1 and half.isupper()) or any(c.isdigit() for c in half) for half in text.split("-"))


def _brand_family(cluster: list[Found], families: frozenset[str]) -> bool:
    return bool(families) and all((match := _HYPHENED_WORD.fullmatch(m.text)) is not None
                                  and match.group(1) in families for m in cluster)


def _type_of(cluster: list[Found], lex: Lexicon, words: dict[str, list[str]],
             families: frozenset[str] = frozenset()) -> EntityType:
    """Types from the gazetteer, titles and rules first; then a speech verb or "bernama" beside a
    mention (people speak: "kata Agnes" outweighs the model reading "Agnes" as an organisation);
    then the model's types and hints; then the shape of the name."""
    typed = Counter(m.type for m in cluster if m.type is not None and m.source != "model")
    if typed:
        return typed.most_common(1)[0][0]
    if any(_fans_of(words[m.text]) for m in cluster):
        return "ORG"  # a group of fans, whatever the model or the shape of a full name says
    speech = _speech_cues(lex.words.get("speech", frozenset()))
    if any(m.before in speech or m.after in speech for m in cluster):
        return "PERSON"
    typed = Counter(m.type for m in cluster if m.type is not None)
    if typed:
        return typed.most_common(1)[0][0]
    hinted = _fullest_hints(cluster, words)
    if hinted:
        return hinted.most_common(1)[0][0]
    if _brand_family(cluster, families) or all(_code_hyphened(m.text) for m in cluster):
        return "ORG"  # "Go-Pay" beside "Go-Jek" and "Go-Tix"; "YZR-M1": a firm's services and products
    if any(_code_hyphened(word) for m in cluster for word in m.text.split()):
        return "ORG"  # "Yamaha YZR-M1": a maker and its model's code is a product, no person's name
    if any(word.isdigit() for m in cluster for word in words[m.text]):
        return "ORG"  # "Le 10 Sport": a name holding a number is an outlet's or a firm's, no person's
    longest = max(len(words[m.text]) for m in cluster)
    if longest > 1:
        return "PERSON"
    if any(m.before in lex.words.get("locative", ()) for m in cluster):
        return "LOC"
    return "ORG" if cluster[0].text.isupper() else "OTHER"


def _fullest_hints(cluster: list[Found], words: dict[str, list[str]]) -> Counter[EntityType]:
    """The model's hints, the full name's alone where it is read as a person's given name and surname
    and the cluster's other mentions are that surname: "Keisuke Honda" read as a person outweighs the
    bare "Honda" read as the carmaker however often the article repeats it. A team's plural ("Sacramento
    Kings") or a name opened by a word of the language ("Fans Juventus") is no such name."""
    hinted = Counter(m.hint for m in cluster if m.hint is not None)
    full = [m for m in cluster if m.hint == "PERSON" and len(words[m.text]) == 2]
    if not full or hinted.most_common(1)[0][0] == "PERSON":
        return hinted
    given, surname = words[full[0].text]
    if is_dictionary_word(given) or PLURAL_NICKNAME.fullmatch(surname) or not all(
            words[m.text] == [given, surname] or words[m.text] == [surname] for m in cluster):
        return hinted
    return Counter({"PERSON": 1})


_ACRONYM_RUN_BREAK = re.compile(r"[\s/]+")


def _body_acronym(cluster: list[Found], text: str, kind: Callable[[list[Found]], EntityType] | None) -> bool:
    """A body's acronym of five or six letters that spells no word ("UNCLOS", "UNICEF"), written so."""
    return kind is not None and kind(cluster) == "ORG" and _acronym_shaped(text)


def _display(cluster: list[Found], words: dict[str, list[str]],
             kind: Callable[[list[Found]], EntityType] | None = None) -> str:
    """The cluster's name as written; ``kind`` types it, asked only of a name in capitals."""
    best = max(cluster, key=lambda m: (len(words[m.text]), m.acronym_of is None, -m.start))
    text = " ".join(best.text.split())
    # "KUALA LUMPUR" reads as a name in capitals; a run of acronyms ("DPP GMN") and a domain
    # ("JUARA.NET") are written that way.
    all_short = all(len(word) <= 4 for word in _ACRONYM_RUN_BREAK.split(text))  # "PAN/RB": two acronyms
    if text.isupper() and len(text) > 4 and not all_short and "." not in text \
            and not _body_acronym(cluster, text, kind):
        return text.title()
    return text


def group_mentions(found: list[Found], article_id: str) -> list[Entity]:
    """Entities of one article, in order of first mention, ids ``{article_id}/e1`` ..."""
    lex, gaz = lexicon(), gazetteer()
    words = {text: name_words(text, lex) for text in {m.text for m in found}}  # names repeat: cut once
    groups = _link(found, [words[m.text] for m in found], gaz)
    clusters: dict[int, list[int]] = {}
    for i in range(len(found)):
        clusters.setdefault(groups.find(i), []).append(i)
    entities: list[Entity] = []
    entity_of: dict[int, str] = {}

    families = hyphened_families(found)

    def kind(cluster: list[Found]) -> EntityType:
        return _type_of(cluster, lex, words, families)

    for members in clusters.values():
        cluster = [found[i] for i in members]
        if not _confirmed(cluster, lex, words):
            continue
        entity = _entity(cluster, f"{article_id}/e{len(entities) + 1}", article_id, gaz.entries,
                         lambda c: _display(c, words, kind), kind)
        entities.append(entity)
        for i in members:
            entity_of[i] = entity.id
    _relate(entities, found, clusters, entity_of, groups, gaz)
    return entities


def _distinct_roles(roles: list[str]) -> list[str]:
    """One of each role, as first written: "Wasit pemimpin pertandingan" opening a sentence is the
    "wasit pemimpin pertandingan" of a later apposition."""
    first: dict[str, str] = {}
    for role in roles:
        first.setdefault(role.casefold(), role)
    return list(first.values())


def _entity(cluster: list[Found], entity_id: str, article_id: str, rows: dict[str, Entry],
            display: Callable[[list[Found]], str], type_of: Callable[[list[Found]], EntityType]) -> Entity:
    """The entity of one cluster: named and typed by its gazetteer row, else by its mentions."""
    row = next((rows[m.ids[0]] for m in cluster if m.ids), None)
    return Entity(
        id=entity_id,
        name=row.name if row else display(cluster),
        type=row.type if row else type_of(cluster),
        aliases=list(dict.fromkeys(" ".join(m.text.split()) for m in cluster)),
        roles=with_full_forms(_distinct_roles([m.role for m in cluster if m.role])),
        kb_id=row.qid if row else None,
        mentions=[Mention(article=article_id, start=m.start, end=m.end, text=m.text) for m in cluster],
        gazetteer_id=row.id if row else None,
    )


def _metonymic(mention: Found) -> bool:
    """"Washington membantah" stands for a government; "di Washington", "Ankara, Turki" and the
    dateline "JAKARTA, Kabar -" name a place."""
    locative = lexicon().words.get("locative", frozenset())
    return mention.before not in locative | {"", ","} and mention.after not in {",", "-"}


def _relate(entities: list[Entity], found: list[Found], clusters: dict[int, list[int]],
            entity_of: dict[int, str], groups: UnionFind, gaz: Gazetteer) -> None:
    by_id = {e.id: e for e in entities}
    by_row = {e.gazetteer_id: e for e in entities if e.gazetteer_id}
    for root, members in clusters.items():
        entity = by_id.get(entity_of.get(root, ""))
        if entity is None:
            continue
        row = gaz.entries.get(entity.gazetteer_id or "")
        if row and row.stands_for and (row.kind == "office" or any(_metonymic(found[i]) for i in members)):
            target = gaz.entries.get(row.stands_for)
            if target is not None:
                local = by_row.get(target.id)
                entity.relations.append(Relation(type="metonym-of", target=local.id if local else None,
                                                 name=target.name, kb_id=target.qid))
        for i in members:
            for org in found[i].role_orgs:
                org_entity = by_id.get(entity_of.get(groups.find(org), ""))
                if org_entity is None or any(r.target == org_entity.id for r in entity.relations):
                    continue
                entity.relations.append(Relation(type="role-in", target=org_entity.id,
                                                 name=org_entity.name, kb_id=org_entity.kb_id))
