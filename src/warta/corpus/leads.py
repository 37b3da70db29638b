"""Where an article's opening words stop being the dateline and the outlet.

"JAKARTA, Kabar Kota - ", "Jakarta (ANTARA News) - ", "Merdeka.com - ", "Jakarta, CNN Indonesia -- ":
not part of what the first sentence says, so story labels and summaries leave it out.
"""

from __future__ import annotations

import re

from warta.article.outlet import find_lead

_CAPITALISED = r"[A-Z][\w.'-]*"
# "PLACE, Outlet Name - " with no outlet the lead patterns know as such.
DATELINE = re.compile(rf"^(?:{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,2}}\s*,\s*)?"
                      rf"{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}\s+[-–—]{{1,2}}\s+(?=\S)")


def lead_end(text: str) -> int:
    """Offset of the first word after the dateline/outlet lead; 0 when the text has none."""
    lead = find_lead(text)
    if lead is not None and lead.end < len(text):
        return lead.end
    match = DATELINE.match(text)
    return match.end() if match else 0


def without_lead(text: str) -> str:
    return text[lead_end(text):]
