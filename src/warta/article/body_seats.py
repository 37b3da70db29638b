"""A body named by its kind, its short form in parentheses, then its seat or field: "Pengadilan Tata Usaha
Negara (PTUN) Kendari", "Kejaksaan Negeri (Kejari) Samarinda", "Direktorat Jenderal (Ditjen) Bina Marga".

The kind alone ("Pengadilan Tata Usaha Negara") is no one body: every city has one. What follows the
parentheses completes its name, so the court with its seat is one organisation, "Pengadilan Tata Usaha
Negara Kendari", and its later "PTUN Kendari" the same; the seat is no place mentioned on its own there.
Applied to the article's entities after grouping, so a model's reading of the seat is overruled too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.article.tokens import fold
from warta.models import Entity, Mention

# Bodies named by their kind alone, which take their seat or field after their short form: courts,
# prosecutors' offices, police commands, directorates general (folded).
BARE_KINDS = frozenset({
    "pengadilan negeri", "pengadilan tinggi", "pengadilan agama", "pengadilan militer",
    "pengadilan tata usaha negara", "pengadilan tindak pidana korupsi", "pengadilan tipikor",
    "kejaksaan negeri", "kejaksaan tinggi", "kepolisian daerah", "kepolisian resor", "kepolisian resor kota",
    "kepolisian sektor", "direktorat jenderal",
})
_SHORT_FORM = re.compile(r"[ \t]*\([ \t]*([^\s()]+)[ \t]*\)[ \t]*")
_CAPITALS = re.compile(r"[A-Z][\w-]*(?:[ \t]+(?:dan[ \t]+)?[A-Z][\w-]*){0,3}")


def with_body_seats(entities: list[Entity], text: str) -> list[Entity]:
    """``entities`` with each body named "kind (SHORT) seat" called by its kind and seat, the seat's
    mention taken from the place or name it was read as, and the body's other entities ("PTUN Kendari")
    joined to it."""
    if "(" not in text:
        return entities  # most articles write no short form in parentheses
    for body in [e for e in entities if e.type == "ORG"]:
        for mention in list(body.mentions):
            completed = _completion(mention, body, entities, text)
            if completed is not None:
                entities = _completed(body, mention, *completed, entities)
                break
    return entities


def _completion(mention: Mention, body: Entity, entities: Sequence[Entity],
                text: str) -> tuple[str, Entity | None, Mention | str] | None:
    """The short form, and the seat's entity and mention (or the seat's words, where no entity holds
    them), when ``mention`` is a body's kind written "kind (SHORT) Seat"."""
    if fold(" ".join(mention.text.split())) not in BARE_KINDS:
        return None
    short = _SHORT_FORM.match(text, mention.end)
    if short is None:
        return None
    seat = next(((e, m) for e in entities for m in e.mentions if m.start == short.end()), None)
    if seat is None:
        field = _CAPITALS.match(text, short.end())  # "(Ditjen) Bina Marga": a field of common words,
        return (short.group(1), None, field.group(0)) if field else None  # read as no name
    owner = seat[0].type == "ORG" and seat[0].gazetteer_id  # "… (Ditjen) Kementerian X": the body it is in
    if seat[0] is body or (seat[0].type == "PERSON" and seat[0].roles) or owner:
        return None
    return short.group(1), seat[0], seat[1]


def _completed(body: Entity, kind: Mention, short: str, seat: Entity | None, seat_words: Mention | str,
               entities: list[Entity]) -> list[Entity]:
    seat_name = " ".join((seat_words.text if isinstance(seat_words, Mention) else seat_words).split())
    full = f"{' '.join(kind.text.split())} {seat_name}"
    short_name = f"{short} {seat_name}"
    if seat is not None:
        seat.mentions = [m for m in seat.mentions if m is not seat_words]
        seat.aliases = [a for a in seat.aliases if any(" ".join(m.text.split()) == a for m in seat.mentions)]
    body.name = full
    generic = {" ".join(kind.text.split()), short}  # the kind and its short form alone name every such body
    body.aliases = list(dict.fromkeys([full, short_name, *(a for a in body.aliases if a not in generic)]))
    same = {fold(full), fold(short_name)}
    joined = [e for e in entities if e is not body and e is not seat and e.mentions
              and e.type in ("ORG", "LOC", "OTHER") and not e.gazetteer_id
              and (fold(e.name) in same or _only_the_short_form(e, short) or _the_field(e, seat_name))]
    for other in joined:
        _merge(body, other)
    gone = {e.id for e in joined} | ({seat.id} if seat is not None and not seat.mentions else set())
    kept = [e for e in entities if e.id not in gone]
    _retarget(kept, gone, body)
    return kept


def _the_field(entity: Entity, seat_name: str) -> bool:
    """An organisation named by the seat's words alone ("Bina Marga" after "Dirjen"): the body of that
    field; a place of that name stays the place."""
    return entity.type == "ORG" and fold(entity.name) == fold(seat_name)


def _only_the_short_form(entity: Entity, short: str) -> bool:
    """An entity named only by the short form ("Tipikor" read as a place): the body's own short form."""
    return all(m.text == short for m in entity.mentions)


def _merge(body: Entity, other: Entity) -> None:
    body.mentions = sorted([*body.mentions, *other.mentions], key=lambda m: m.start)
    body.aliases = list(dict.fromkeys([*body.aliases, *other.aliases]))
    body.roles = list(dict.fromkeys([*body.roles, *other.roles]))
    body.relations = [*body.relations, *(r for r in other.relations
                                         if all(r.target != mine.target for mine in body.relations))]


def _retarget(entities: Sequence[Entity], gone: set[str], body: Entity) -> None:
    """Relations to a joined entity point at the body, and every relation to the body takes its new name."""
    for entity in entities:
        for relation in entity.relations:
            if relation.target in gone:
                relation.target = body.id
            if relation.target == body.id:
                relation.name = body.name
