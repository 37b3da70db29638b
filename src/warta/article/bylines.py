"""Bylines: "Penulis: X | Editor: Y", "Reporter: X", "Oleh: X", "By X", "X - detikNews"."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from warta.article.datelines import DOMAIN
from warta.article.markers import match_marker
from warta.article.outlet import known_outlet

ROLE = (
    r"penulis|reporter|wartawan|pewarta|jurnalis|kontributor|editor|redaktur|penyunting|"
    r"penerjemah|editing by|editing|oleh|by|written by|author|laporan(?: wartawan| reporter)?|"
    r"(?:additional )?reporting by"
)
# A wire's closing credit names its people between ";": "(Reporting by X; Editing by Y)".
BYLINE_PART = re.compile(rf"(?P<role>{ROLE})\s*[:\-]?\s*(?P<names>[^|•·;]+)", re.IGNORECASE)
BYLINE_START = re.compile(rf"^(?:{ROLE})\b\s*[:\-]?\s*\S", re.IGNORECASE)
EDITOR_ROLES = {"editor", "redaktur", "penyunting", "editing"}
NAME = re.compile(r"^[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|bin|binti|van|de|al|el))*$")
SPLIT_NAMES = re.compile(r"\s*(?:,|&|\band\b|\bdan\b)\s*")
# "Andi Saputra - detikNews": a reporter credited beside the outlet, with no role word.
NAME_OUTLET = re.compile(r"^(?P<names>[^-–|:]{3,80}?)\s+[-–|]\s+(?P<outlet>[\w.]+(?:\s[\w.]+)?)\s*$")
# A date or place after the names: "Oleh Andi Saputra pada 07 Juli 2023".
AFTER_NAMES = re.compile(r"\s+(?:pada|on|di|in)\s+.*$")
# Desks and accounts credited in place of a person ("Tim Redaksi", "Redaksi Olahraga", "Admin").
DESK = re.compile(r"^(?:tim\s+)?(?:redaksi|admin|administrator|desk|newsroom|editorial|staff|staf)\b",
                  re.IGNORECASE)
# ... or named for the outlet's desk: "Kumparan News", "Detik Team".
DESK_END = re.compile(r"\s(?:news|team|redaksi|newsroom|desk|staff)$", re.IGNORECASE)
# ... or the outlet's team: "Tim Kabar Sehat", "Team Warta Kita" ("Tim Cook" is no outlet).
TEAM_OF = re.compile(r"^(?:tim|team)\s+(?P<outlet>\S.*)$", re.IGNORECASE)


@dataclass
class Byline:
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    outlet: str | None = None  # the outlet credited beside the names ("detikNews")


def _unwrapped(text: str) -> str:
    """A credit line set in parentheses, as wires close their reports, without them."""
    text = text.strip()
    return text[1:-1].strip() if text.startswith("(") and text.endswith(")") else text


def is_byline(text: str) -> bool:
    """A short line that credits people, and is not spam dressed as a byline."""
    if len(text) > 160:
        return False
    text = _unwrapped(text)
    if not BYLINE_START.match(text.strip()):
        return credited_with_outlet(text) is not None
    if match_marker(text, len(text.split())) is not None:
        return False  # "Penulis: slot gacor maxwin" is spam, not a byline
    parsed = parse_byline(text)
    return bool(parsed.authors or parsed.editors)


def credited_with_outlet(text: str) -> Byline | None:
    """ "Andi Saputra - detikNews": people beside an outlet the table knows (or a domain)."""
    match = NAME_OUTLET.match(text.strip())
    if not match:
        return None
    outlet = match.group("outlet")
    if known_outlet(outlet) is None and not re.fullmatch(DOMAIN, outlet):
        return None
    names = [n.strip(" .") for n in SPLIT_NAMES.split(match.group("names"))]
    people = [n for n in names if _person_like(n)]
    return Byline(authors=people, outlet=outlet) if people and len(people) == len(names) else None


# "Ferril Dennys - Rabu, 23 Agustus 2017 - 00:30 WIB": a reporter named in front of the date.
NAME_THEN_REST = re.compile(r"^(?P<names>[^-–|:,\d]{3,60}?)\s+[-–|]\s+(?P<rest>\S.*)$")


def names_before(text: str) -> tuple[list[str], str] | None:
    """People named at the head of a line, before a dash, and the rest of the line: the caller
    says whether the rest is a date. None unless every name is a person's ("Kumparan News",
    "Redaksi", an outlet are no people)."""
    match = NAME_THEN_REST.match(text.strip())
    if not match:
        return None
    names = [n.strip(" .") for n in SPLIT_NAMES.split(match.group("names"))]
    people = [n for n in names if _person_like(n) and known_outlet(n) is None]
    return (people, match.group("rest")) if people and len(people) == len(names) else None


def parse_byline(text: str) -> Byline:
    text = _unwrapped(text)
    if not BYLINE_START.match(text.strip()) and (credited := credited_with_outlet(text)):
        return credited
    byline = Byline()
    for part in BYLINE_PART.finditer(text):
        role = part.group("role").lower().split()[0]
        named = AFTER_NAMES.sub("", part.group("names").strip())
        names = [n.strip(" .:-") for n in SPLIT_NAMES.split(named)]
        if role == "laporan" and len(names) >= 2:
            # "Laporan wartawan CNN Indonesia, Rudi Hartono": the outlet, then its reporter.
            byline.outlet, names = names[0], names[1:]
        people = [n for n in names if _person_like(n)]
        (byline.editors if role in EDITOR_ROLES else byline.authors).extend(people)
    return byline


def is_desk(name: str, outlet_name: str | None = None) -> bool:
    """A newsroom desk or site account credited in place of a person ("Redaksi Olahraga",
    "Kumparan News", the outlet itself, or its team: "Tim Kabar Sehat" on Kabar Sehat)."""
    name = name.strip()
    if DESK.match(name) or DESK_END.search(name) or known_outlet(name) is not None:
        return True
    team = TEAM_OF.match(name)
    return bool(team and outlet_name and _folded(team["outlet"]) == _folded(outlet_name))


def _folded(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


def _person_like(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 5 or is_desk(name):
        return False
    if re.search(r"[A-Za-z0-9-]+\.(com|id|co|net|org|tv|news|info)\b", name, re.IGNORECASE):
        return False  # "Laporan wartawan Tribunnews.com", "JUARA.net - 9 Juni" name the outlet
    return bool(NAME.match(name))
