"""Where an article's opening words stop being the dateline and the outlet.

"JAKARTA, Kabar Kota - ", "Jakarta (ANTARA News) - ", "Merdeka.com - ", "Jakarta, CNN Indonesia -- ",
and a retelling's "Dilansir dari X, ": not part of what the first sentence says, so story labels
and summaries leave them out.
"""

from __future__ import annotations

import re

from warta.article.datelines import CAPITALISED_LEAD
from warta.article.outlet import find_lead

# "Dilansir dari CNN Indonesia, …", "Seperti dikutip dari Reuters, …", "Seperti dilaporkan
# Reuters, …": whose report it is, not
# what happened; the article's retold_from keeps the attribution.
# ("Mengutip data BPS, …" stays: there the source is the fact's, not the report's.)
# The source's name may be a domain ("Seperti dikutip dari Motorsport.com, …"): a dot inside a
# word is no sentence end.
RETELLING_OPENER = re.compile(r"(?:(?:Seperti\s+)?(?:[Dd]ilansir(?:\s+dari)?|[Mm]elansir|[Dd]ikutip\s+dari)"
                              r"|Seperti\s+(?:dilaporkan|diberitakan)(?:\s+oleh)?)"
                              r"\s+(?:[^,.\n]|\.(?=\w)){2,60},\s+(?=\S)")


# What the retold report heads itself with after the opener: its day ("Senin (16/11/2026), ")
# and its own dateline in capitals ("LONDON - "), as a wire story opens.
_DAY = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)"
RETOLD_HEAD = re.compile(rf"(?:{_DAY}\s*(?:\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\))?,\s+)?"
                         r"(?:[A-Z]{2,}(?:\s+[A-Z]{2,}){0,2}\s*[-–—]{1,2}\s+)?")


def lead_end(text: str) -> int:
    """Offset of the first word after the dateline/outlet lead and a retelling's opener
    ("Dilansir dari X, ") with the retold report's own day and dateline; 0 when the text has
    none."""
    lead = find_lead(text)
    end = lead.end if lead is not None and lead.end < len(text) else 0
    if not end:
        match = CAPITALISED_LEAD.match(text)
        end = match.end() if match else 0
    opener = RETELLING_OPENER.match(text, end)
    if not opener or opener.end() >= len(text):
        return end
    head = RETOLD_HEAD.match(text, opener.end())
    return head.end() if head and head.end() < len(text) else opener.end()


def without_lead(text: str) -> str:
    """The text from its first word after the lead, that word capitalised as a sentence's."""
    rest = text[lead_end(text):]
    return rest[:1].upper() + rest[1:]
