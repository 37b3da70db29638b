"""A publication date written into the body's dateline lead.

Regional and wire copy often dates the story in its first words instead of a date line of its
own: "LEMBAH HIJAU, Selasa (25/10/2022) - DPRD …", "Bandung, 25 Oktober 2022 — …",
"Jakarta (Kabar Timur) Selasa (25/10/2022) - …". The date between the place and the lead's dash
is the day the report was filed: the article's ``lead`` date (its place is the dateline).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warta.article.date_finder import FoundDate
from warta.article.date_lines import parse_date_line
from warta.article.datelines import PLACE

LEAD_WITH_DATE = re.compile(
    rf"^(?P<place>{PLACE})(?:\s*\([^()]{{2,30}}\))?\s*,?\s+(?P<date>[^-–—\n]{{6,45}}?)\s*[-–—]{{1,2}}\s*(?=\S)"
)


@dataclass(frozen=True)
class LeadDate:
    place: str
    found: FoundDate


def lead_date(body: str) -> LeadDate | None:
    """The date and place of a lead "PLACE[ (OUTLET)], DATE -" opening ``body``, when the part
    between the place and the dash is a date and nothing else."""
    match = LEAD_WITH_DATE.match(body[:120])
    if match is None:
        return None
    written = match.group("date").strip()
    found = parse_date_line(written)
    if found is None or found.end - found.start < len(written):
        return None
    place = match.group("place")
    return LeadDate(place.title() if place.isupper() else place, found)
