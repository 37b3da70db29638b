"""In-article coreference: grouping one article's mentions into entities.

What joins two mentions: the same gazetteer row ("AS" and "Amerika Serikat"); an acronym
defined in parentheses and its later uses ("Institute for the Study of War (ISW)" …
"ISW"); a short name and the full name it shortens ("Lavrov" → the nearest "Sergei
Lavrov" before it, else the first after it). Metonyms ("Kremlin", "Washington") keep
their own identity and get a ``metonym-of`` relation to the country whose government
they stand for; a person's role organisation gets a ``role-in`` relation.
"""

from __future__ import annotations

from collections import Counter

from warta.article.gazetteer import Gazetteer, gazetteer
from warta.article.lexicon import Lexicon, lexicon
from warta.article.mentions import Found
from warta.article.names import is_initial, same_person, similar
from warta.article.tokens import fold, tokenize
from warta.models import Entity, EntityType, Mention, Relation
from warta.unionfind import UnionFind


def name_words(text: str, lex: Lexicon) -> list[str]:
    """The words of a name without particles: "Abdullah bin Zayed" → [Abdullah, Zayed]."""
    return [t.text for t in tokenize(text) if t.is_word and not lex.kind_of(t.key, "particle")]


def _is_personish(m: Found) -> bool:
    return m.type in {"PERSON", None} and m.acronym_of is None


def _link_short_names(found: list[Found], groups: UnionFind, lex: Lexicon, gaz: Gazetteer) -> None:
    words = [name_words(m.text, lex) for m in found]
    anchors = [i for i, m in enumerate(found) if _is_personish(m) and len(words[i]) > 1]
    for i, m in enumerate(found):
        if not _is_personish(m) or len(words[i]) != 1 or m.ids:
            continue
        target = _anchor_for(i, words, anchors, found)
        if target is not None:
            groups.union(target, i)
        else:
            entry = gaz.person_by_surname(words[i][0])
            if entry is not None:
                m.ids, m.type = (entry.id,), "PERSON"


def _anchor_for(i: int, words: list[list[str]], anchors: list[int], found: list[Found]) -> int | None:
    """The full name a one-word name shortens: last names first, the nearest before first."""
    word = words[i][0]
    for part in (-1, None):
        before = [a for a in anchors if a < i and _holds(words[a], word, part)]
        if before:
            return before[-1]
        after = [a for a in anchors if a > i and _holds(words[a], word, part)]
        if after:
            return after[0]
    return None


def _holds(name: list[str], word: str, part: int | None) -> bool:
    if part is not None:
        return similar(name[part], word)
    return any(similar(w, word) for w in name if not is_initial(w))


def _link(found: list[Found], lex: Lexicon, gaz: Gazetteer) -> UnionFind:
    groups = UnionFind(len(found))
    by_row: dict[str, int] = {}
    acronyms: dict[str, int] = {}
    for i, m in enumerate(found):
        if m.acronym_of is not None:
            groups.union(m.acronym_of, i)
            acronyms[m.text] = i
        elif m.text in acronyms and not m.ids:
            groups.union(acronyms[m.text], i)
    _link_short_names(found, groups, lex, gaz)
    words = [name_words(m.text, lex) for m in found]
    for i, m in enumerate(found):
        if m.ids:
            first = by_row.setdefault(m.ids[0], i)
            groups.union(first, i)
    full = [i for i, m in enumerate(found) if _is_personish(m) and len(words[i]) > 1]
    for n, i in enumerate(full):
        for j in full[n + 1:]:
            if same_person(words[i], words[j]) and _rows_agree(found[i], found[j]):
                groups.union(i, j)
    return groups


def _rows_agree(a: Found, b: Found) -> bool:
    return not (a.ids and b.ids and a.ids[0] != b.ids[0])


def _confirmed(cluster: list[Found], lex: Lexicon) -> bool:
    """Drop lone capitalised words at sentence starts that nothing else shows to be a name."""
    if any(m.type is not None or m.hint is not None for m in cluster):
        return True
    if all(len(tokenize(m.text)) == 1 for m in cluster) and _type_of(cluster, lex) == "OTHER":
        return False  # a lone capitalised word that nothing shows to be a name
    if any(not m.sentence_start for m in cluster):
        return True
    return len(tokenize(cluster[0].text)) > 1 and not lex.kind_of(fold(cluster[0].text), "not-name")


def _type_of(cluster: list[Found], lex: Lexicon) -> EntityType:
    typed = Counter(m.type for m in cluster if m.type is not None)
    if typed:
        return typed.most_common(1)[0][0]
    hinted = Counter(m.hint for m in cluster if m.hint is not None)
    if hinted:
        return hinted.most_common(1)[0][0]
    if any(m.before in lex.words.get("speech", ()) or m.after in lex.words.get("speech", ())
           for m in cluster):
        return "PERSON"
    longest = max(len(name_words(m.text, lex)) for m in cluster)
    if longest > 1:
        return "PERSON"
    if any(m.before in lex.words.get("locative", ()) for m in cluster):
        return "LOC"
    return "ORG" if cluster[0].text.isupper() else "OTHER"


def _display(cluster: list[Found], lex: Lexicon) -> str:
    best = max(cluster, key=lambda m: (len(name_words(m.text, lex)), m.acronym_of is None, -m.start))
    text = " ".join(best.text.split())
    return text.title() if text.isupper() and len(text) > 4 else text


def group_mentions(found: list[Found], article_id: str) -> list[Entity]:
    """Entities of one article, in order of first mention, ids ``{article_id}/e1`` ..."""
    lex, gaz = lexicon(), gazetteer()
    groups = _link(found, lex, gaz)
    clusters: dict[int, list[int]] = {}
    for i in range(len(found)):
        clusters.setdefault(groups.find(i), []).append(i)
    entities: list[Entity] = []
    entity_of: dict[int, str] = {}
    for members in clusters.values():
        cluster = [found[i] for i in members]
        if not _confirmed(cluster, lex):
            continue
        entity = _entity(cluster, f"{article_id}/e{len(entities) + 1}", article_id, lex, gaz)
        entities.append(entity)
        for i in members:
            entity_of[i] = entity.id
    _relate(entities, found, clusters, entity_of, groups, gaz)
    return entities


def _entity(cluster: list[Found], entity_id: str, article_id: str, lex: Lexicon, gaz: Gazetteer) -> Entity:
    row = next((gaz.entries[m.ids[0]] for m in cluster if m.ids), None)
    return Entity(
        id=entity_id,
        name=row.name if row else _display(cluster, lex),
        type=row.type if row else _type_of(cluster, lex),
        aliases=list(dict.fromkeys(" ".join(m.text.split()) for m in cluster)),
        roles=list(dict.fromkeys(m.role for m in cluster if m.role)),
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
