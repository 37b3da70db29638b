"""Ministers' short titles and their full forms: "Mendagri" is the "Menteri Dalam Negeri".

A person introduced as "Mendagri Nama" and later called "Menteri Dalam Negeri itu" holds one
role written two ways; the entity lists both so that a look-up by either finds the person.
The short titles are listed with the ministries' fields (``resources/ministry_fields.tsv``).
"""

from __future__ import annotations

from functools import cache

from warta.article.ministry_fields import ministry_fields


@cache
def _full_forms() -> dict[str, str]:
    """Each short title (lower case) -> its full form, from the ministries' field table."""
    forms: dict[str, str] = {}
    for row in ministry_fields():
        forms.update({short: f"Menteri {row.field}" for short in row.minister})
        forms.update({short: f"Wakil Menteri {row.field}" for short in row.deputy})
    return forms


def full_title(short: str) -> str | None:
    """The full title a whole short title stands for ("menlu" → "Menteri Luar Negeri"); None for any
    other words."""
    return _full_forms().get(short.casefold())


def full_form(role: str) -> str | None:
    """The full title of a role that opens with a minister's short title, the rest kept
    ("Menlu RI" → "Menteri Luar Negeri RI"); None when the role opens with no short title."""
    words = role.split()
    for size in (2, 1):
        head = " ".join(words[:size]).casefold()
        if len(words) >= size and head in _full_forms():
            return " ".join([_full_forms()[head], *words[size:]])
    return None


def with_full_forms(roles: list[str]) -> list[str]:
    """``roles`` with each short minister's title followed by its full form (no repeats)."""
    out: list[str] = []
    for role in roles:
        out.append(role)
        full = full_form(role)
        if full is not None:
            out.append(full)
    return list(dict.fromkeys(out))
