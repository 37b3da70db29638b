"""Datelines: the place and outlet a news text opens with before a dash.

"JAKARTA, KOMPAS.com -", "Jakarta -", "Jakarta (ANTARA) -", "WASHINGTON (Reuters) —",
"Merdeka.com - ", "GOLD COAST, JUARA.net-". One home for their shapes; the modules that read
them want different things, so each need has its own name here:

- finding the lead's outlet and place (``outlet.find_lead``): the ``LEAD_*`` patterns;
- the place alone: ``CAPITALS_DATELINE`` ("WASHINGTON -") and ``MIXED_CASE_DATELINE``
  ("Semarang - ", the caller asks the gazetteer whether it names a place);
- leaving the lead out before a sentence is read: ``without_dash_opening`` (anything short
  before a spaced dash), ``CAPITALISED_LEAD`` ("PLACE, Outlet Name - "), ``PARAGRAPH_DATELINE``
  (at a paragraph's start) and ``CAPITALS_BEFORE_DASH`` (an English sentence's "WASHINGTON ―");
- one token before a dash: ``ends_dateline`` ("KOMPAS.com", "JAKARTA", ")").
"""

from __future__ import annotations

import re

DOMAIN = r"[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z]{2,6}){1,2}"
# A hyphen inside a name joins words ("Jawa Pos-Group"); one at its end opens the lead's dash
# ("Jakarta, CNN Indonesia-- Pelaporan …").
NAME = r"[A-Z](?:[\w&'.]|-(?=\w))*(?:\s+[A-Z](?:[\w&'.]|-(?=\w))*){0,3}"
PLACE = r"[A-Z][A-Za-z.'’]+(?:[ -][A-Z][A-Za-z.'’]+){0,3}"
# The dash after a lead, spaced ("KOMPAS.com - "), or written against the first word when a
# space stands before it ("JAKARTA –Sekelah") or it is a long dash ("Indonesia--Kuasa"); a bare
# hyphen between two words ("ASEAN-Jepang") is no dash.
DASH = r"(?:\s*[-–—]{1,2}\s+|\s+[-–—]{1,2}(?=[A-Z\"“])|(?:--|[–—]{1,2})(?=[A-Z\"“]))"
# After a domain a bare hyphen is the dash too ("Merdeka.com-Ketua Fraksi …").
DOMAIN_DASH = rf"(?:{DASH}|-(?=[A-Z\"“]))"

# --- leads with an outlet (``outlet.find_lead`` judges the outlet's name)

# "KOMPAS.com -", "Liputan6.com, Jakarta -", "TRIBUNGORONTALO.COM -"
LEAD_DOMAIN = re.compile(rf"^(?P<outlet>{DOMAIN})(?:,\s*(?P<place>{PLACE}))?{DOMAIN_DASH}")
# The day a wire writes between the place and its name ("JAKARTA, June 7 (Reuters) -",
# "JAKARTA, 7 Juni (Reuters) -", "Jakarta, 7/6 (ANTARA) -"): month and day, never a year.
_MONTH = (r"(?:Jan(?:uary|uari)?|Feb(?:ruary|ruari)?|Mar(?:ch|et)?|Apr(?:il)?|May|Mei|June?|Juni|July?|Juli"
          r"|Aug(?:ust)?|Agu(?:s(?:tus)?)?|Sep(?:t(?:ember)?)?|O[ck]t(?:ober)?|Nov(?:ember)?|De[cs](?:ember)?)\.?")
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
WIRE_DAY = rf"(?:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH}|{_DAY}/(?:0?[1-9]|1[0-2]))"
# "Jakarta (ANTARA) -", "WASHINGTON (Reuters) -", with the wire's day ("JAKARTA, June 7
# (Reuters) -"); after the bracket a bare hyphen is the dash too ("Bandarlampung (ANTARA News)-Balai
# Besar …").
LEAD_PAREN = re.compile(rf"^(?P<place>{PLACE})(?:,\s*(?P<day>{WIRE_DAY}))?\s*\((?P<outlet>[^)]{{2,30}})\)"
                        rf"{DOMAIN_DASH}")
# "JAKARTA, KOMPAS.com -", "ANKARA, Suara Kepulauan -"; a domain takes a bare hyphen as its
# dash here too ("GOLD COAST, JUARA.net-Tim …"), a name does not ("Anies-Sandi" joins two).
LEAD_PLACE_FIRST = re.compile(rf"^(?P<place>{PLACE}),\s*"
                              rf"(?P<outlet>{DOMAIN}(?={DOMAIN_DASH})|{NAME}(?={DASH})){DOMAIN_DASH}")
# "Rimanews - ", "Warta Pos - ": an outlet's bare name as the lead, told from a mixed-case
# dateline ("Jakarta - ") by being a known outlet or carrying a press word.
LEAD_NAME = re.compile(rf"^(?P<outlet>[A-Z][\w&'.]*(?:\s+[A-Z][\w&'.]*){{0,2}}){DASH}")
# "Rimanews-Calon Gubernur …": a known outlet's name glued to the lead by a hyphen (only a known
# one: "Anies-Sandi menang …" is a pair of names).
LEAD_GLUED = re.compile(r"^(?P<outlet>[A-Z][\w&'.]*(?:\s+[A-Z][\w&'.]*){0,2})-(?=[A-Z\"“])")

# --- the place alone

# "WASHINGTON -" (a dateline with no outlet); the place must be in capitals.
CAPITALS_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3}),?" + DASH)
# "Semarang - Pedagang …": a dateline written in mixed case; only the gazetteer tells the place
# from a name or a headline word, so the caller asks it.
MIXED_CASE_DATELINE = re.compile(r"^(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})\s*[-–—]{1,2}\s+(?=[A-Z\"“])")

# --- leads left out before a sentence is read

# Anything short with no sentence end before a spaced dash and a capital: "Pangkalan Bun, Selasa
# (6/1/2015) - " (a dateline with its day) is not what anyone says or confirms.
_DASH_OPENING = re.compile(r"^[^.!?]{0,60}?\s[-–—]{1,2}\s+(?=[A-Z])")

_CAPITALISED = r"[A-Z][\w.'-]*"
# "PLACE, Outlet Name - " with no outlet the lead patterns know as such.
CAPITALISED_LEAD = re.compile(rf"^(?:{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,2}}\s*,\s*)?"
                              rf"{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}\s+[-–—]{{1,2}}\s+(?=\S)")

# A dateline opening a paragraph, then one or two dashes: a place, a comma and the outlet's
# capitalised words ("Palu, Kabar Sulawesi --", "JAKARTA, KOMPAS.com -"); words ending in an
# outlet-shaped one ("Tokyo (ANTARA News) -", "BANDUNG -"); or one word alone ("Rimanews -").
# A name with a spaced hyphen ("Abu Salim Al - Hadi") is none of these. Not anchored: callers
# match it at a paragraph's start.
_WORD = r"[A-Z][\w.]*"
_OUTLET_SHAPED = r"(?:\([^()\n]{1,30}\)|[\w.]*\.com|[A-Z]{3,}[\w.]*)"
PARAGRAPH_DATELINE = re.compile(
    rf"(?:(?:{_WORD}\s*){{1,3}},\s*(?:(?:{_WORD}|{_OUTLET_SHAPED})\s*){{1,3}}"
    rf"|(?:{_WORD}\s*,?\s*){{0,3}}{_OUTLET_SHAPED}\s*"
    rf"|{_WORD}\s+)"
    r"(?:[-–—]\s*)+(?=[A-Z])"
)

# A dateline in capitals opening an English sentence ("WASHINGTON ― "), matched where the
# sentence starts.
CAPITALS_BEFORE_DASH = re.compile(r"[A-Z][A-Z.,' ]+\s*[―—–-]+\s*")

# --- one token before a dash

# "Suara.com -", "JAKARTA -", "(ANTARA) -", "- -"
_DATELINE_TOKEN = re.compile(r"\S*\.\S+|[A-Z]{2,}|\)|[-–—]")


_MONTH_NUMBERS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "mei": 5, "jun": 6, "jul": 7, "aug": 8,
                  "agu": 8, "sep": 9, "oct": 10, "okt": 10, "nov": 11, "dec": 12, "des": 12}


def wire_month_day(day: str) -> tuple[int, int] | None:
    """(month, day) of a wire dateline's day ("June 7", "7 Juni", "7/6"); None for no such day."""
    if "/" in day:
        number, month = day.split("/")
        return int(month), int(number)
    words = day.replace(".", " ").split()
    numbers = [int(word) for word in words if word.isdigit()]
    months = [_MONTH_NUMBERS.get(word[:3].lower()) for word in words if not word.isdigit()]
    return (months[0], numbers[0]) if len(numbers) == 1 and len(months) == 1 and months[0] else None


def without_dash_opening(text: str) -> str:
    """The text without a short opening that ends in a spaced dash ("Pangkalan Bun, Selasa
    (6/1/2015) - …"); the whole text when it has none."""
    opening = _DASH_OPENING.match(text)
    return text[opening.end():] if opening else text


def ends_dateline(token: str) -> bool:
    """Could this token close a dateline, right before its dash ("KOMPAS.com", "JAKARTA",
    "(ANTARA" … ")")?"""
    return bool(_DATELINE_TOKEN.fullmatch(token))
