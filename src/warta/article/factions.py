"""A party's faction in a parliament is a part of the party: "Fraksi PKS DPR", "Fraksi Partai Golkar".

The faction stays its own organisation (it votes, its chair speaks for it), with a ``part-of``
relation to its party, as a metonym has its ``metonym-of``: the party the gazetteer knows (by any of
its names, or as "Partai X" when written "Fraksi X"), else the party's name as written ("Fraksi Partai
Buruh Tani" → "Partai Buruh Tani"). The relation's target is the party's entity when the article names
the party too.
"""

from __future__ import annotations

from collections.abc import Sequence

from warta.article.gazetteer import Gazetteer, gazetteer
from warta.article.tokens import Token, fold, tokenize
from warta.models import Entity, Relation

_FACTION = "fraksi"
_PARTY = "partai"
# Parliaments written after the party ("Fraksi PKS DPR", "Fraksi Gerindra DPRD Jawa Barat"): not the party's.
_PARLIAMENTS = frozenset({"dpr", "dprd", "mpr", "dpd", "ri"})
_NOT_PARTIES = frozenset({"state-institution", "office", "intl-org", "agency", "outlet"})


def with_faction_parties(entities: list[Entity]) -> list[Entity]:
    """``entities`` with each faction related to its party."""
    gaz = gazetteer()
    for entity in entities:
        if entity.type != "ORG" or not any(fold(m.text.split()[0]) == _FACTION for m in entity.mentions):
            continue
        party = _party_of(entity, entities, gaz)
        if party is not None and not any(r.type == "part-of" for r in entity.relations):
            entity.relations.append(party)
    return entities


def _party_of(faction: Entity, entities: Sequence[Entity], gaz: Gazetteer) -> Relation | None:
    """The party a faction belongs to, from the longest of its mentions that opens with "Fraksi"."""
    written = max((m.text for m in faction.mentions if fold(m.text.split()[0]) == _FACTION), key=len)
    tokens = [t for t in tokenize(written) if t.is_word][1:]
    row = _known_party(tokens, gaz)
    if row is not None:
        local = next((e for e in entities if e.gazetteer_id == row), None)
        entry = gaz.entries[row]
        return Relation(type="part-of", target=local.id if local else None, name=entry.name, kb_id=entry.qid)
    words = _party_words(tokens)
    if len(words) < 2 or fold(words[0]) != _PARTY:
        return None  # "Fraksi Kebangkitan": no party said
    name = " ".join(words)
    local = next((e for e in entities if e is not faction and fold(e.name) == fold(name)), None)
    return Relation(type="part-of", target=local.id if local else None, name=name,
                    kb_id=local.kb_id if local else None)


def _known_party(tokens: list[Token], gaz: Gazetteer) -> str | None:
    """The gazetteer row of the party the words after "Fraksi" name: as written ("PKS", "Partai
    Golkar") or with "Partai" before them ("Demokrat")."""
    found = gaz.match(tokens, 0) if tokens else None
    if found is None and tokens and tokens[0].key != _PARTY:
        found = gaz.match(tokenize(" ".join(["Partai", *(t.text for t in tokens)])), 0)
    if found is None:
        return None
    entry = gaz.entries[found[1][0]]
    return entry.id if entry.type == "ORG" and entry.kind not in _NOT_PARTIES else None


def _party_words(tokens: list[Token]) -> list[str]:
    """The words after "Fraksi" up to the parliament ("Partai Buruh Tani | DPRD")."""
    words: list[str] = []
    for token in tokens:
        if token.key in _PARLIAMENTS:
            break
        words.append(token.text)
    return words
