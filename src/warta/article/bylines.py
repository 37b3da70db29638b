"""Bylines: "Penulis: X | Editor: Y", "Reporter: X", "Oleh: X", "By X"."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from warta.article.markers import match_marker

ROLE = (
    r"penulis|reporter|wartawan|pewarta|jurnalis|kontributor|editor|redaktur|penyunting|"
    r"penerjemah|editing|oleh|by|written by|author|laporan(?: wartawan| reporter)?(?: [\w.]+)?"
)
BYLINE_PART = re.compile(rf"(?P<role>{ROLE})\s*[:\-]?\s*(?P<names>[^|•·]+)", re.IGNORECASE)
BYLINE_START = re.compile(rf"^(?:{ROLE})\b\s*[:\-]?\s*\S", re.IGNORECASE)
EDITOR_ROLES = {"editor", "redaktur", "penyunting", "editing"}
NAME = re.compile(r"^[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|bin|binti|van|de|al|el))*$")
SPLIT_NAMES = re.compile(r"\s*(?:,|&|\band\b|\bdan\b)\s*")
# Desks and accounts credited in place of a person ("Tim Redaksi", "Redaksi Olahraga", "Admin").
DESK = re.compile(r"^(?:tim\s+)?(?:redaksi|admin|administrator|desk|newsroom|editorial|staff|staf)\b",
                  re.IGNORECASE)


@dataclass
class Byline:
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)


def is_byline(text: str) -> bool:
    """A short line that credits people, and is not spam dressed as a byline."""
    if len(text) > 160 or not BYLINE_START.match(text.strip()):
        return False
    if match_marker(text, len(text.split())) is not None:
        return False  # "Penulis: slot gacor maxwin" is spam, not a byline
    parsed = parse_byline(text)
    return bool(parsed.authors or parsed.editors)


def parse_byline(text: str) -> Byline:
    byline = Byline()
    for part in BYLINE_PART.finditer(text):
        role = part.group("role").lower().split()[0]
        names = [n.strip(" .:-") for n in SPLIT_NAMES.split(part.group("names").strip())]
        people = [n for n in names if _person_like(n)]
        (byline.editors if role in EDITOR_ROLES else byline.authors).extend(people)
    return byline


def is_desk(name: str) -> bool:
    """A newsroom desk or site account credited in place of a person."""
    return bool(DESK.match(name.strip()))


def _person_like(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 5 or is_desk(name):
        return False
    if re.search(r"[A-Za-z0-9-]+\.(com|id|co)\b", name, re.IGNORECASE):
        return False  # "Laporan wartawan Tribunnews.com" names the outlet, not a person
    return bool(NAME.match(name))
