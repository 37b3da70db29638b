"""Who published an article: leads, copyright footers, URLs, and retold reports.

Outlet names are normalised to one key: the key of ``resources/outlets.tsv``
when the name is known, else derived from the domain ("wartanusantara.id" →
"wartanusantara") or the name ("Warta Nusantara" → "wartanusantara"), so the
same outlet seen in a lead and in a footer gets the same key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlparse

from warta.article.datelines import (
    CAPITALS_DATELINE,
    DOMAIN,
    LEAD_DOMAIN,
    LEAD_GLUED,
    LEAD_NAME,
    LEAD_PAREN,
    LEAD_PLACE_FIRST,
    NAME,
)
from warta.resources import read_tsv

# Any host name, subdomains included ("investasi.kontan.co.id"), as outlet_key reads one.
HOST = r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}"
# A press word in a lead's bare name ("Warta Pos - ") tells an outlet from a mixed-case
# dateline ("Jakarta - ").
PRESS_WORD = re.compile(r"(news|pos|post|times|media|online|daily|tv|berita|warta|kabar|koran|harian)$"
                        r"|^(berita|warta|kabar|koran|harian|tribun|radar|suara|media)", re.IGNORECASE)
FOOTER = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*|copyright\s+)?(?:\d{4}(?:\s*[-–]\s*(?:\d{4})?)?)?\s*,?\s*"
    rf"(?:PT\.?\s+)?(?P<name>{DOMAIN}|[\w][\w &'-]{{1,60}}?)\s*(?:[.,|]|all rights|hak cipta|$)",
    re.IGNORECASE,
)
# A press noun before a name names a publication: "local outlet Kabar Kita reported",
# "the daily Suara Kota", "koran Warta Kita", "situs berita Kabar Nusa" (lower case only:
# "Harian Ekonomi" at a sentence start is itself a name).
PRESS_NOUN = (r"\b(?:outlet|newspaper|daily|tabloid|broadcaster|news\s+(?:site|portal|website|agency)"
              r"|koran|surat\s+kabar|harian|situs\s+berita|portal\s+berita|kantor\s+berita"
              r"|media\s+(?:lokal|daring|online))")
PRESS_CITED = re.compile(r"\b(?:[Mm]enurut|[Aa]ccording\s+to|[Kk]utip|[Cc]ited\s+by|[Qq]uoted\s+by)\b[^.]*$")
PRESS_REPORTS = re.compile(r",?\s*(?:(?:on|pada)\s+\w+\s+)?(?:reported|reports|wrote|said|quoted|cited"
                           r"|melaporkan|memberitakan|menulis|mewartakan|menyebutkan)\b")
RETOLD = re.compile(
    r"\b(?:(?P<lansir>[Dd]ilansir(?:\s+dari)?|[Mm]elansir|[Dd]ikutip\s+dari)|[Mm]engutip|"
    r"[Ss]eperti\s+(?:dilaporkan|diberitakan|dikutip)(?:\s+oleh)?|"
    r"[Ss]ebagaimana\s+(?:dilaporkan|diberitakan)(?:\s+oleh)?|[Mm]enurut\s+laporan|"
    r"[Ll]aporan|[Aa]s\s+reported\s+by|[Aa]ccording\s+to|(?P<press>" + PRESS_NOUN + r"))\s+"
    rf"(?P<outlet>{DOMAIN}|(?:[Tt]he\s+)?{NAME})"
)
# A weekday right after the outlet's name starts the date: "Dilansir dari BBC Indonesia Minggu (7/7)".
TRAILING_DAY = re.compile(r"(?:\s+(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad))+$")

# A credit closing the body: "(BBC)", "(Reuters/AFP)", "(ant/rdn)", "Sumber: Antara", "(Sumber: AFP)".
CLOSING_CREDIT = re.compile(r"(?:\((?:[Ss]umber\s*:\s*)?(?P<credit>[^()\n]{2,40})\)"
                            r"|\b[Ss]umber\s*:\s*(?P<line>[^()\n]{2,40}?))[\s.]*$")


# A US state as wire datelines write it ("BUFFALO, N.Y. —", "OAKLAND, Calif. —", the eight
# states never abbreviated: "TOLEDO, Ohio —"): part of the place, not an outlet.
US_STATE = re.compile(
    r"(?:[A-Z]\.){2,3}|(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn"
    r"|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Vt|Va|Wash|Wis|Wyo|W\.Va)\."
    r"|Alaska|Hawaii|Idaho|Iowa|Maine|Ohio|Texas|Utah")


@dataclass(frozen=True)
class Lead:
    outlet: str | None  # outlet name as seen
    place: str | None  # dateline place
    end: int  # offset just after the dash
    day: str | None = None  # the wire's month and day, no year ("June 7" in "JAKARTA, June 7 (Reuters) -")


@cache
def _aliases() -> dict[str, tuple[str, str]]:
    """alias (lowercase) -> (key, display name)."""
    table: dict[str, tuple[str, str]] = {}
    for row in read_tsv("outlets.tsv"):
        for alias in [row["name"], *row["aliases"].split("|")]:
            table[alias.strip().lower()] = (row["key"], row["name"])
    return table


def known_outlet(name: str) -> tuple[str, str] | None:
    """(key, display name) for an outlet in the resource table."""
    return _aliases().get(name.strip().lower())


@cache
def _countries() -> dict[str, str]:
    """outlet key -> the country its newsroom is in (ISO 3166 code, as the table writes it)."""
    return {row["key"]: row["country"] for row in read_tsv("outlets.tsv") if row.get("country")}


def indonesian_outlet(key: str | None, url: str | None) -> bool:
    """An outlet publishing from Indonesia: the table says so, or its site is under ``.id``."""
    host = url_outlet(url) if url else None
    return (key is not None and _countries().get(key) == "ID") or bool(host and host.endswith(".id"))


def outlet_key(name: str) -> str:
    """Normalise an outlet name or domain to its key."""
    known = known_outlet(name)
    if known:
        return known[0]
    cleaned = name.strip().lower()
    if re.fullmatch(HOST, cleaned) or "/" in cleaned:
        host = urlparse(cleaned if "//" in cleaned else "//" + cleaned).hostname or cleaned
        return _host_key(host) or cleaned
    cleaned = re.sub(r"^(the|pt\.?)\s+", "", cleaned)
    return re.sub(r"[^a-z0-9]", "", cleaned)


# Labels that close a host name without naming the site: top-level domains and the second-level
# ones under them ("co.id", "go.id", "ac.id", "or.id", "web.id", "co.uk").
SUFFIX_LABELS = frozenset({
    "com", "net", "org", "info", "biz", "id", "co", "go", "ac", "or", "web", "sch", "my", "tv",
    "news", "io", "uk", "us", "au", "sg", "kr", "jp", "tr", "in", "ph", "asia",
})  # fmt: skip
# Hosting platforms: the site's own name is the label before theirs ("kabarsaya.blogspot.com").
PLATFORM_LABELS = frozenset({"blogspot", "wordpress", "medium", "substack", "tumblr"})


def _host_key(host: str) -> str | None:
    """The key of the site a host belongs to: a known outlet's, even under a section's subdomain
    ("health.detik.com"), else the host's registrable name ("investasi.kontan.co.id",
    "m.kumparan.com", "en.tempo.co"), never a section's or a mobile prefix's."""
    labels = [label for label in host.split(".") if label]
    for start in range(1, len(labels) - 1):
        known = known_outlet(".".join(labels[start:]))
        if known:
            return known[0]
    while len(labels) > 1 and labels[-1] in SUFFIX_LABELS:
        labels.pop()
    if len(labels) > 1 and labels[-1] in PLATFORM_LABELS:
        labels.pop()
    return (re.sub(r"[^a-z0-9]", "", labels[-1]) or None) if labels else None


def find_lead(paragraph: str) -> Lead | None:
    """The outlet/place lead at the start of a body paragraph, if any."""
    head = paragraph[:120]
    for pattern in (LEAD_DOMAIN, LEAD_PAREN, LEAD_PLACE_FIRST):
        match = pattern.match(head)
        if match:
            outlet = match.group("outlet")
            place = match.groupdict().get("place")
            if pattern is LEAD_PLACE_FIRST and US_STATE.fullmatch(outlet):
                return Lead(None, f"{place}, {outlet}", match.end())  # "BUFFALO, N.Y. —": a dateline
            if pattern is LEAD_PLACE_FIRST and not _is_outlet_name(outlet):
                continue
            return Lead(outlet, place, match.end(), match.groupdict().get("day"))
    match = CAPITALS_DATELINE.match(head)
    if match and len(match.group("place")) >= 3:
        return Lead(None, match.group("place"), match.end())
    match = LEAD_NAME.match(head)
    if match and _bare_outlet_name(match.group("outlet")):
        return Lead(match.group("outlet"), None, match.end())
    match = LEAD_GLUED.match(head)
    if match and known_outlet(match.group("outlet")):
        return Lead(match.group("outlet"), None, match.end())
    return None


def opens_report(lead: Lead | None) -> bool:
    """A lead that opens the report itself: an outlet's ("JAKARTA, KOMPAS.com -") or a wire
    dateline with its US state ("SIOUX FALLS, S.D. –"); a bare place may open a caption too."""
    if lead is None:
        return False
    return lead.outlet is not None or bool(lead.place and US_STATE.fullmatch(lead.place.rsplit(", ", 1)[-1]))


def _bare_outlet_name(name: str) -> bool:
    """A lead's bare name is an outlet when warta knows it or a word of it is a press word."""
    return known_outlet(name) is not None or any(PRESS_WORD.search(word) for word in name.split())


def _is_outlet_name(name: str) -> bool:
    """A name in a "PLACE, NAME -" lead: a domain, a known outlet, or a short proper name."""
    return bool(re.fullmatch(DOMAIN, name)) or known_outlet(name) is not None or len(name) <= 40


# "Padang Today © 2025.": the name written before the mark; "© Kabar Kita 2026": a year after it.
FOOTER_NAME_FIRST = re.compile(
    r"^\s*(?!copyright\b|hak cipta\b)(?P<name>[A-Z][\w &'.-]{1,60}?)\s*(?:©|\(c\))\s*\d{4}\b", re.IGNORECASE)
FOOTER_YEAR_AFTER = re.compile(r"\s+\d{4}(?:\s*[-–]\s*\d{4})?$")


def footer_outlet(line: str) -> str | None:
    """The outlet named in a copyright footer line."""
    match = FOOTER_NAME_FIRST.match(line) or FOOTER.search(line)
    if not match:
        return None
    name = FOOTER_YEAR_AFTER.sub("", match.group("name").strip(" .,-"))
    if len(name) < 2 or name.lower() in {"all rights reserved", "hak cipta"}:
        return None
    if not re.search(r"[^\W\d_]", name):
        return None  # "Copyright © 2017." names a year, not who holds the copyright
    return name


def url_outlet(url: str) -> str | None:
    host = urlparse(url).hostname
    return host.removeprefix("www.") if host else None


def retold_outlets(text: str) -> list[str]:
    """Outlets an article says it retells ("Dilansir dari The Guardian", a closing "(AFP/BBC)")."""
    found: list[str] = []
    for match in RETOLD.finditer(text):
        # The name ends with its line and sentence: "dilansir dari Crash.\n\nMiller …" is "Crash".
        name = TRAILING_DAY.sub("", match.group("outlet").split("\n")[0].strip().rstrip(".,;:"))
        # "Dilansir dari X" / "melansir X" name a publication, even one warta does not know
        # ("Dilansir dari Pos Kota"); "mengutip" or "menurut laporan" may name a person or body.
        named = (_press_reports(text, match) if match.group("press")
                 else match.group("lansir") or known_outlet(name) or re.fullmatch(DOMAIN, name)
                 or name.lower().startswith("the "))
        if named and name not in found:
            found.append(name)
    for name in credited_sources(text):
        if name not in found:
            found.append(name)
    return found


def _press_reports(text: str, match: re.Match[str]) -> bool:
    """A publication named by its press noun is retold only when it is cited ("local outlet X
    reported", "menurut koran X"); "pemimpin redaksi harian X mengatakan" is about it."""
    if not match.group("press"):
        return False
    before = text[max(0, match.start() - 25):match.start()]
    after = text[match.end("outlet"):match.end("outlet") + 25]
    return bool(PRESS_CITED.search(before) or PRESS_REPORTS.match(after))


def credited_sources(text: str) -> list[str]:
    """Known outlets in the source credit an article ends with: "… kepada Madrid. (BBC)",
    "(Reuters/AFP)", "Sumber: Antara". Only known outlets count: "(win)" or "(has/has)" are
    editors' initials."""
    match = CLOSING_CREDIT.search(text)
    if not match:
        return []
    names = [n.strip() for n in re.split(r"[/,;]", match.group("credit") or match.group("line"))]
    return [n for n in names if n and known_outlet(n) is not None]
