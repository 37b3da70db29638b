"""A director general heads the directorate general of the same field: "Direktur Jenderal Pajak Nama"
holds a post in the Direktorat Jenderal Pajak, "Dirjen Bea dan Cukai Nama" in the Direktorat Jenderal Bea
dan Cukai. The person gets a ``role-in`` relation to the directorate the gazetteer knows by that field,
whether or not the article names it (its entity is the target when it does).
"""

from __future__ import annotations

from warta.article.gazetteer import Entry, Gazetteer, gazetteer
from warta.article.tokens import key_of
from warta.models import Entity, Relation

_HEADS = (("direktur", "jenderal"), ("dirjen",))
_DIRECTORATE = ("direktorat", "jenderal")


def with_directorates(entities: list[Entity]) -> list[Entity]:
    """``entities`` with each director general related to the directorate general of the post's field."""
    gaz = gazetteer()
    for person in entities:
        if person.type != "PERSON" or not person.roles:
            continue
        for role in person.roles:
            row = directorate_of(role, gaz)
            if row is not None and not any(r.name == row.name for r in person.relations):
                local = next((e for e in entities if e.gazetteer_id == row.id), None)
                person.relations.append(Relation(type="role-in", target=local.id if local else None,
                                                 name=row.name, kb_id=row.qid))
    return entities


def directorate_of(role: str, gaz: Gazetteer) -> Entry | None:
    """The directorate general a director general's ``role`` names ("Direktur Jenderal Pajak", "mantan
    Dirjen Bea dan Cukai Kemenkeu"), the longest field the gazetteer knows; None for another post."""
    keys = key_of(role)
    start = next((k + len(head) for k in range(len(keys)) for head in _HEADS
                  if keys[k:k + len(head)] == head), None)
    if start is None:
        return None
    field = keys[start:]
    return next((gaz.entries[ids[0]] for n in range(len(field), 0, -1)
                 if (ids := gaz.names.get((*_DIRECTORATE, *field[:n]))) and _body(gaz.entries[ids[0]])), None)


def _body(entry: Entry) -> bool:
    return entry.type == "ORG"
