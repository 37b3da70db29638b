"""The fields of Indonesia's ministries (``resources/ministry_fields.tsv``), one table for the
minister's short titles (:mod:`role_forms`) and the ministry's English names (:mod:`ministry_english`),
so a field added or renamed is added or renamed for both."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from warta.resources import read_tsv


@dataclass(frozen=True)
class MinistryField:
    field: str  # as a title writes it after "Menteri" or "Kementerian": "Luar Negeri"
    minister: tuple[str, ...]  # the minister's short titles, lower case: ("menlu",)
    deputy: tuple[str, ...]  # the deputy minister's short titles: ("wamenlu",)
    english: tuple[str, ...]  # the field's English names, the shortest usual one first: ("Foreign", …)


def _listed(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


@cache
def ministry_fields() -> tuple[MinistryField, ...]:
    """Every field's row, loaded once per process (read-only)."""
    return tuple(MinistryField(row["field"], _listed(row["minister"]), _listed(row["deputy"]),
                               _listed(row["english"]))
                 for row in read_tsv("ministry_fields.tsv"))
