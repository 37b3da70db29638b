"""Corpus stage ``canonical``: one entity per real thing across all articles of a run.

Each article's entities (``Doc.entities``, ids ``a1/e1``) are joined when they share a
gazetteer row, or when their names agree: people by :func:`warta.article.names.same_person`
(transliterations, typos, initials; different given names keep two people apart), other
entities by a shared name up to case and spelling ("WASHINGTON", "ISW"). A surname-only
person joins a full name only when exactly one person in the run can be meant, or when
their roles agree; so do short forms (:mod:`warta.corpus.name_forms`: "Setnov", "SBY",
"Sufmi Dasco" of "Sufmi Dasco Ahmad"). One name typed differently by different articles is
one entity, of the type most articles give it. The joined entities get run-wide ids
``e1, e2, …`` in order of first mention; :func:`gather_entities` then merges them for the analysis document.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from warta.article.common_words import is_dictionary_word
from warta.article.coref import name_words
from warta.article.datelines import DOMAIN
from warta.article.gazetteer import gazetteer
from warta.article.lexicon import lexicon
from warta.article.names import is_without_title_head, same_person, similar, spelling
from warta.article.outlet import outlet_key
from warta.article.surname_links import roles_part
from warta.article.tokens import fold
from warta.corpus.admin_forms import admin_form
from warta.corpus.name_forms import is_clipped_name, is_given_name, is_leading_part, is_trailing_part
from warta.document import Doc
from warta.models import Entity, EntityType, Relation
from warta.options import Options
from warta.pipeline import corpus_stage
from warta.unionfind import UnionFind

# Shorter names ("AS", "RI", "UI") stand for too many things to join across types.
MIN_CROSS_TYPE_NAME = 4
# A place's abbreviation at most this long is written out inside organisation names ("AS", "RRT").
MAX_ABBREVIATION = 4
# Organisation names of at most this many words may be an outlet's name squashed into its domain.
MAX_OUTLET_WORDS = 3


def _words(entity: Entity) -> list[str]:
    return name_words(entity.name, lexicon())


def _conflict(a: Entity, b: Entity) -> bool:
    return bool(a.gazetteer_id and b.gazetteer_id and a.gazetteer_id != b.gazetteer_id)


def _join_known(entities: list[Entity], groups: UnionFind) -> None:
    first: dict[str, int] = {}
    for i, entity in enumerate(entities):
        if entity.gazetteer_id:
            groups.union(first.setdefault(entity.gazetteer_id, i), i)


def _join_people(entities: list[Entity], groups: UnionFind) -> None:
    people = [i for i, e in enumerate(entities) if e.type == "PERSON"]
    words = {i: _words(entities[i]) for i in people}
    full = [i for i in people if len(words[i]) > 1]
    by_last: dict[str, list[int]] = {}
    for i in full:
        by_last.setdefault(spelling(words[i][-1])[:3], []).append(i)
    for block in by_last.values():
        for n, i in enumerate(block):
            for j in block[n + 1:]:
                if not _conflict(entities[i], entities[j]) and same_person(words[i], words[j]):
                    groups.union(i, j)
    for i in people:
        if len(words[i]) == 1:
            _join_surname(i, words[i][0], entities, full, words, groups)
        else:
            _join_only(i, [j for j in full if is_leading_part(words[i], words[j])
                           or is_without_title_head(words[i], words[j])
                           or _head_read_as_title(entities[i], words[i], words[j])], groups)
    _join_single_names(entities, [i for i in people if len(words[i]) == 1], words, full, groups)


def _head_read_as_title(short: Entity, words: list[str], full: list[str]) -> bool:
    """"Atut Chosiyah" with role "Ratu" is "Ratu Atut Chosiyah": the report read the name's head
    as a title. Without that role the head is a name of its own ("Iriana Joko Widodo" is not
    "Joko Widodo")."""
    if not is_trailing_part(words, full):
        return False
    head = fold(" ".join(full[:len(full) - len(words)]))
    return any(fold(role) == head or fold(role).endswith(" " + head) for role in short.roles)


def _join_single_names(entities: list[Entity], singles: list[int], words: dict[int, list[str]],
                       full: list[int], groups: UnionFind) -> None:
    """One-word names no full name of the run explains ("Kusno" in three reports of one trial)
    are one person when they are spelled alike and their roles share a word ("Hakim Tunggal",
    "hakim"): the same one-word name with no role in common may be two people."""
    with_full = {groups.find(j) for j in full}
    alone = [i for i in singles if groups.find(i) not in with_full]
    for n, i in enumerate(alone):
        for j in alone[n + 1:]:
            if spelling(words[i][0]) == spelling(words[j][0]) and _roles_meet(entities[i], entities[j]):
                groups.union(i, j)


# English role words as Indonesian news writes them, so an English wire's "Judge Kusno" meets
# "hakim Kusno".
ROLE_WORDS_ID = {"judge": "hakim", "president": "presiden", "minister": "menteri", "governor": "gubernur",
                 "director": "direktur", "ambassador": "duta", "prosecutor": "jaksa", "regent": "bupati",
                 "mayor": "walikota", "spokesman": "juru", "spokeswoman": "juru", "spokesperson": "juru"}


def _roles_meet(a: Entity, b: Entity) -> bool:
    def role_words(entity: Entity) -> set[str]:
        words = {fold(word) for role in entity.roles for word in role.split() if len(word) > 2}
        return {ROLE_WORDS_ID.get(word, word) for word in words}

    return bool(role_words(a) & role_words(b))


def _join_surname(i: int, word: str, entities: list[Entity], full: list[int],
                  words: dict[int, list[str]], groups: UnionFind) -> None:
    """A surname alone joins the one person of the run it can name; roles break ties."""
    candidates = {groups.find(j) for j in full if similar(words[j][-1], word)}
    parted = _parted_clusters(entities[i], candidates, entities, full, groups)
    if parted and parted == candidates:
        return  # the only people it could shorten are someone else
    candidates -= parted
    if len(candidates) > 1:
        roles = set(entities[i].roles)
        candidates = {c for c in candidates
                      if any(roles & set(entities[j].roles) for j in full if groups.find(j) == c)}
    if len(candidates) == 1:
        groups.union(candidates.pop(), i)
    elif not candidates:  # "Setnov", "Jokowi", "SBY": a short form of one full name; else "Sandi",
        # "Djarot": the given name the news calls one person of the run by
        fitting = ([j for j in full if is_clipped_name(word, words[j])]
                   or [j for j in full if is_given_name(word, words[j])])
        _join_only(i, fitting, groups)


def _parted_clusters(single: Entity, candidates: set[int], entities: list[Entity], full: list[int],
                     groups: UnionFind) -> set[int]:
    """Candidates a member of which holds a role that parts it from ``single``'s: "Laksamana
    Madya Widodo" of one report is not "Presiden Joko Widodo" of another
    (:func:`warta.article.surname_links.roles_part`, the rule coreference applies in one article)."""
    if not single.roles or not candidates:
        return set()
    return {groups.find(j) for j in full if groups.find(j) in candidates
            and any(roles_part(a, b) for a in single.roles for b in entities[j].roles)}


def _join_swallowed(entities: list[Entity], groups: UnionFind) -> set[int]:
    """A person's name with a place or organisation of the run glued before it ("Catalunya
    Carles Puigdemont" from "Pemimpin Catalunya Carles Puigdemont"), or the words of an office's
    name (:func:`_unit_name`), is that person, when one person of the run has the rest as full
    name. Another person's name before it never counts:
    "Iriana Joko Widodo" is not Joko Widodo. Returns the python ids of the glued forms."""
    named = {fold(alias) for e in entities if e.type in ("LOC", "ORG") for alias in (e.name, *e.aliases)}
    people = [i for i, e in enumerate(entities) if e.type == "PERSON"]
    by_name: dict[str, list[int]] = {}
    for i in people:
        by_name.setdefault(fold(entities[i].name), []).append(i)
    glued: set[int] = set()
    for i in people:
        words = entities[i].name.split()
        for cut in range(1, len(words) - 1):
            head = words[:cut]
            if (fold(" ".join(head)) in named or _unit_name(head)) \
                    and (fitting := by_name.get(fold(" ".join(words[cut:])))):
                _join_only(i, fitting, groups)
                glued.add(id(entities[i]))
                break
    return glued


def _unit_name(head: list[str]) -> bool:
    """Words of an office's name left before a person's name by a title the reader did not
    finish ("Direktur Pembinaan Usaha Hilir Migas Harya Adityawarman"): two words or more,
    most of them ordinary words. A given name before another person's name is one or two
    words that are mostly no dictionary words ("Iriana Joko Widodo")."""
    return len(head) >= 2 and 2 * sum(is_dictionary_word(word) for word in head) > len(head)


def _join_only(i: int, fitting: list[int], groups: UnionFind) -> None:
    """Join ``i`` to the one person the fitting names are; with two or more, to none."""
    candidates = {groups.find(j) for j in fitting}
    if len(candidates) == 1:
        groups.union(candidates.pop(), i)


def _join_names(entities: list[Entity], groups: UnionFind) -> None:
    """Organisations, places and others: a shared name up to case and spelling, a country's
    abbreviation written out ("Kedutaan Besar AS" is "Kedutaan Besar Amerika Serikat"), and an
    outlet's domain read as its name ("wartanusantara.id" is "Warta Nusantara")."""
    countries = _country_abbreviations(entities)
    seen: dict[tuple[str, str], int] = {}
    for i, entity in enumerate(entities):
        if entity.type == "PERSON":
            continue
        for alias in {entity.name, *entity.aliases}:
            for key in _name_keys(entity.type, alias, countries):
                j = seen.setdefault(key, i)
                if j != i and not _conflict(entities[i], entities[j]):
                    groups.union(j, i)


def _join_place_suffixed(entities: list[Entity], groups: UnionFind) -> None:
    """An organisation named without the place its full name ends in ("Persib" of "Persib
    Bandung", "Pengadilan Negeri" of "Pengadilan Negeri Sleman") is that organisation when the
    run has exactly one such: with two ("Polda Jabar", "Polda Bali"), "Polda" stays apart. Only an
    Indonesian region counts (:func:`_indonesian_region`): "Kementerian Luar Negeri" alone is the
    home country's, not Russia's."""
    places = {fold(alias) for e in entities if e.type == "LOC" and _indonesian_region(e.gazetteer_id)
              for alias in (e.name, *e.aliases)}
    orgs = [i for i, e in enumerate(entities) if e.type == "ORG"]
    by_name: dict[str, list[int]] = {}
    for i in orgs:
        words = entities[i].name.split()
        for cut in range(1, len(words)):
            if fold(" ".join(words[cut:])) in places or _known_place(words[cut:]):
                by_name.setdefault(fold(" ".join(words[:cut])), []).append(i)
    for i in orgs:
        for alias in {entities[i].name, *entities[i].aliases}:
            fitting = [j for j in by_name.get(fold(alias), []) if not _conflict(entities[i], entities[j])]
            _join_only(i, fitting, groups)


def _join_clipped_organisations(entities: list[Entity], groups: UnionFind) -> None:
    """An organisation whose name opens with a clipped compound of another's first words is that
    organisation ("Komdis PSSI" of "Komisi Disiplin PSSI", "Kemenlu" of "Kementerian Luar Negeri")
    when exactly one organisation of the run fits."""
    orgs = [i for i, e in enumerate(entities) if e.type == "ORG"]
    for i in orgs:
        words = entities[i].name.split()
        fitting = [j for j in orgs if j != i and _clipped_head(words, entities[j].name.split())
                   and not _conflict(entities[i], entities[j])]
        _join_only(i, fitting, groups)


def _clipped_head(short: list[str], full: list[str]) -> bool:
    """``short``'s first word clips two or more of ``full``'s first words and the rest agree."""
    rest = len(short) - 1
    head = full[:len(full) - rest] if rest else full
    if len(head) < 2 or [fold(w) for w in short[1:]] != [fold(w) for w in full[len(head):]]:
        return False
    return not short[0].isupper() and is_clipped_name(short[0], head)


def _join_admin_variants(entities: list[Entity], groups: UnionFind) -> None:
    """Names of one place or body with or without their administrative level and legal form
    (:mod:`warta.corpus.admin_forms`: "Kabupaten Subang" and "Subang", "Dinas Kesehatan Provinsi
    Jawa Barat" and "Dinkes Jabar", "Perum Bulog" and "Bulog") are one entity. Names of two
    levels ("Kota Bandung", "Kabupaten Bandung") stay two; a bare "Bandung" then joins neither
    here and stays what the gazetteer reads it as (the city), or an entity of its own."""
    variants: dict[tuple[str, str], dict[int, tuple[str, ...]]] = {}
    for i, entity in enumerate(entities):
        if entity.type not in ("LOC", "ORG"):
            continue
        for alias in {entity.name, *entity.aliases}:
            if (form := admin_form(alias)) is not None:
                variants.setdefault((entity.type, form.core), {})[i] = form.levels
    for found in variants.values():
        levels = set(found.values()) - {()}
        for level in levels:
            _join_compatible([i for i, written in found.items() if written == level], entities, groups)
        if len(levels) <= 1:
            # leveled names first, so the bare ones are checked against the level the run writes
            _join_compatible(sorted(found, key=lambda i: not found[i]), entities, groups)


def _join_compatible(members: list[int], entities: list[Entity], groups: UnionFind) -> None:
    """Join each of ``members`` to the first unless their gazetteer rows name two things; two
    Indonesian regions of one core name are the gazetteer's guess at a bare name's level ("Bandung"
    the city), which the level the run writes overrules."""
    for i in members[1:]:
        a, b = entities[members[0]], entities[i]
        if not _conflict(a, b) or (_indonesian_region(a.gazetteer_id) and _indonesian_region(b.gazetteer_id)):
            groups.union(members[0], i)


def _known_place(words: list[str]) -> bool:
    ids = gazetteer().names.get(tuple(fold(w) for w in words), ())
    return any(_indonesian_region(i) for i in ids)


def _indonesian_region(gazetteer_id: str | None) -> bool:
    """An Indonesian town, regency or province the gazetteer knows, never a country. Indonesian
    clubs and courts carry their town in the name ("Persib Bandung"); elsewhere a company with a
    country or city after it is often a branch of its own ("Vodafone India")."""
    entry = gazetteer().entries.get(gazetteer_id or "")
    return entry is not None and entry.type == "LOC" and entry.kind != "country" and entry.country == "ID"


def _name_keys(kind: str, alias: str, countries: dict[str, str]) -> list[tuple[str, str]]:
    words = [countries.get(w, w) if w.isupper() else w for w in alias.split()]
    keys = [(kind, " ".join(spelling(w) for w in fold(" ".join(words)).split()))]
    if kind == "ORG" and (re.fullmatch(DOMAIN, alias) or len(words) <= MAX_OUTLET_WORDS):
        keys.append(("outlet", outlet_key(alias)))  # a domain and the name it squashes meet here
    return keys


def _country_abbreviations(entities: list[Entity]) -> dict[str, str]:
    """Capitalised short aliases of the run's known places ("AS", "RI") -> the place's name."""
    short: dict[str, str] = {}
    for entity in entities:
        if entity.type == "LOC" and entity.gazetteer_id:
            for alias in entity.aliases:
                if alias.isupper() and len(alias) <= MAX_ABBREVIATION and alias != entity.name:
                    short.setdefault(alias, entity.name)
    return short


def _join_across_types(entities: list[Entity], groups: UnionFind) -> None:
    """One name typed differently by different articles ("Juventus" a PERSON in one, an ORG in
    the others) is one thing; an OTHER joins the typed entity its name is an alias of. A
    person is matched on its name only: "Setya" alone is no place named Setya."""
    seen: dict[str, int] = {}
    for i, entity in enumerate(entities):
        names = {entity.name} if entity.type == "PERSON" else {entity.name, *entity.aliases}
        for alias in names:
            key = " ".join(spelling(w) for w in fold(alias).split())
            if len(key) < MIN_CROSS_TYPE_NAME:
                continue
            j = seen.setdefault(key, i)
            if entities[j].type != entity.type and not _conflict(entities[i], entities[j]):
                groups.union(j, i)


def canonicalize(docs: Sequence[Doc]) -> None:
    """Give the entities of all documents run-wide ids, names, types and kb ids."""
    canonicalize_entities([doc.entities for doc in docs])


def canonicalize_entities(per_article: Sequence[list[Entity]]) -> None:
    """:func:`canonicalize` on the entity lists of articles (in place)."""
    entities = [entity for article in per_article for entity in article]
    groups = UnionFind(len(entities))
    _join_known(entities, groups)
    _join_people(entities, groups)
    _join_names(entities, groups)
    _join_place_suffixed(entities, groups)
    _join_clipped_organisations(entities, groups)
    _join_admin_variants(entities, groups)
    _join_across_types(entities, groups)
    glued = _join_swallowed(entities, groups)
    clusters: dict[int, list[Entity]] = {}
    for i, entity in enumerate(entities):
        clusters.setdefault(groups.find(i), []).append(entity)
    renamed: dict[str, str] = {}
    for number, members in enumerate(clusters.values(), start=1):
        _settle(members, f"e{number}", renamed, glued)
    for entity in entities:
        entity.relations = [r.model_copy(update={"target": renamed.get(r.target or "", r.target)})
                            for r in entity.relations]


def _settle(members: list[Entity], new_id: str, renamed: dict[str, str], glued: set[int]) -> None:
    known = _known_member(members)
    # "Catalunya Carles Puigdemont" is nobody's name, however many words it has.
    clean = [e for e in members if id(e) not in glued] or members
    name = known.name if known else _best_name(clean)
    kind = known.type if known else _settled_type(members)
    for entity in members:
        renamed[entity.id] = new_id
        entity.id, entity.name, entity.type = new_id, name, kind
        if known:
            entity.kb_id, entity.gazetteer_id = known.kb_id, known.gazetteer_id


def _known_member(members: list[Entity]) -> Entity | None:
    """The member whose gazetteer row the entity takes: a name that writes its level ("Kabupaten
    Subang") over a bare one whose level the gazetteer guessed."""
    known = [e for e in members if e.gazetteer_id]
    leveled = [e for e in known if (form := admin_form(e.name)) is not None and form.levels]
    return next(iter(leveled or known), None)


def _settled_type(members: list[Entity]) -> EntityType:
    """The type most articles give it (then most mentions); OTHER only when nothing says more."""
    typed = [e for e in members if e.type != "OTHER"] or members
    articles = Counter(e.type for e in typed)
    mentions: Counter[EntityType] = Counter({t: 0 for t in articles})
    for entity in typed:
        mentions[entity.type] += len(entity.mentions)
    return max(articles, key=lambda t: (articles[t], mentions[t]))


def _best_name(members: list[Entity]) -> str:
    """The fullest name, most often seen: "Volodymyr Zelensky" over "Zelensky"."""
    counts = Counter(e.name for e in members)
    return max(counts, key=lambda n: (len(n.split()), counts[n], -len(n)))


def gather_entities(docs: Sequence[Doc]) -> list[Entity]:
    """The run's entities for the analysis: article entities with one id merged into one."""
    merged: dict[str, Entity] = {}
    for doc in docs:
        for entity in doc.entities:
            into = merged.get(entity.id)
            if into is None:
                merged[entity.id] = entity.model_copy(deep=True)
                continue
            into.aliases = list(dict.fromkeys([*into.aliases, *entity.aliases]))
            into.roles = _distinct_roles([*into.roles, *entity.roles])
            into.mentions += entity.mentions
            into.relations = _merge_relations(into.relations, entity.relations)
    return list(merged.values())


def _distinct_roles(roles: list[str]) -> list[str]:
    """Roles in order, one per spelling: "hakim tunggal" and "Hakim tunggal" are one role."""
    seen: dict[str, str] = {}
    for role in roles:
        seen.setdefault(fold(role), role)
    return list(seen.values())


def _merge_relations(a: list[Relation], b: list[Relation]) -> list[Relation]:
    seen = {(r.type, r.target, r.name): r for r in [*a, *b]}
    return list(seen.values())


@corpus_stage("canonical", requires={"entities"}, provides={"canonical"})
def canonical_entities(docs: list[Doc], options: Options) -> None:
    canonicalize(docs)
