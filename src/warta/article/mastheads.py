"""A masthead line that names the outlet and the section of the site the page sits in:
"Kompas.com - Bola", "detikSport | Sepakbola", "Tempo.co › Nasional"."""

from __future__ import annotations

import re

from warta.article.outlet import known_outlet

# An outlet's domain alone on a line: "kompas.com", "Tribunnews.com".
STANDALONE_OUTLET = re.compile(r"^[A-Za-z0-9-]+(?:\.[A-Za-z]{2,6}){1,2}$")
# The outlet, a separator, one to three words of a section name (no digits, no sentence end).
OUTLET_SECTION = re.compile(r"^(?P<outlet>[^-|›»]{2,40}?)\s+[-–—|›»]\s+"
                            r"(?P<section>[^\W\d_][^\W\d]*(?:[ &/-][^\W\d]+){0,2})$")


def section_masthead(text: str) -> str | None:
    """The outlet's name when ``text`` is an outlet's masthead followed by a section's name."""
    match = OUTLET_SECTION.match(text.strip())
    if match is None:
        return None
    outlet = match.group("outlet").strip()
    return outlet if STANDALONE_OUTLET.match(outlet) or known_outlet(outlet) else None
