"""Stage ``meta``: outlet, publication date, authors, dateline, retold sources.

Each field says where it came from. When no date is stated anywhere, the date
is estimated from the dates the article mentions and marked ``estimated``
with a window, never passed off as known.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import replace

from warta.article import dates
from warta.article.bylines import is_byline, is_desk, names_before, parse_byline
from warta.article.date_estimate import Estimate
from warta.article.date_lines import parse_yearless_date_line, relative_date_line
from warta.article.datelines import MIXED_CASE_DATELINE, wire_month_day
from warta.article.lead_dates import lead_date
from warta.article.mastheads import section_masthead
from warta.article.outlet import (
    find_lead,
    footer_outlet,
    indonesian_outlet,
    known_outlet,
    outlet_key,
    retold_outlets,
    url_outlet,
)
from warta.article.published_zone import zoned
from warta.article.title_marks import trim_decorations
from warta.document import Doc, Line
from warta.errors import Code
from warta.models import Article
from warta.options import Options
from warta.pipeline import article_stage

# Epoch seconds between 2001-09-09 and 2286: ten digits; a bare date ("20170602") has eight.
EPOCH_SECONDS = re.compile(r"\d{10}")
# An RFC 2822 date with its clock time: "Thu, 23 Nov 2017 10:00:00 +0700" (the weekday optional).
RFC2822 = re.compile(r"(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{1,2}:\d{2}")
URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:/|\d|$)")


@article_stage("meta", requires={"body"}, provides={"metadata"})
def metadata(doc: Doc, options: Options) -> None:
    article = doc.article
    if article.title is None:
        # The container's stated title (a JSONL record's "title") before what the page says.
        article.title = _clean_title(doc.hints.title) or trim_decorations(doc.html_meta.get("title"))
    article.url = doc.hints.url or doc.html_meta.get("url")
    set_outlet(doc)
    set_authors(doc)
    set_published(doc)
    set_retold(article)


def set_retold(article: Article) -> None:
    """The outlets the article retells, as seen and as keys (the article's own outlet is no
    retelling; two spellings of one outlet, "Reuters" and "(Rtr)", are one)."""
    names: dict[str, str] = {}
    for name in retold_outlets(article.body):
        names.setdefault(outlet_key(name), name)
    names.pop(article.outlet or "", None)
    article.retold_from = list(names.values())
    article.retold_from_keys = list(names)


def _clean_title(title: str | None) -> str | None:
    return trim_decorations(title.strip()) or None if title else None


def set_outlet(doc: Doc) -> None:
    article = doc.article
    lead = find_lead(article.body)
    if lead is not None:
        article.dateline = lead.place.title() if lead.place and lead.place.isupper() else lead.place
    if article.dateline is None:
        article.dateline = _place_lead(article.body)
    candidates: list[tuple[str | None, str]] = [
        (doc.hints.outlet, "meta"),
        (lead.outlet if lead else None, "lead"),
        (_byline_outlet(doc), "byline"),
        (_date_line_outlet(doc), "dateline"),
        (_masthead_name(doc), "masthead"),
        (_footer_name(doc), "footer"),
        (doc.html_meta.get("sitename"), "meta"),
        (url_outlet(article.url) if article.url else None, "url"),
    ]
    for name, source in candidates:
        if name:
            known = known_outlet(name)
            article.outlet = known[0] if known else _section_site(outlet_key(name), article.url)
            article.outlet_name = name
            article.outlet_source = source
            return


def _section_site(key: str, url: str | None) -> str:
    """The site's key when an unknown name is a section brand of the site the URL is on
    ("kumparanTECH" on kumparan.com is kumparan), else ``key``."""
    host = url_outlet(url) if url else None
    site = outlet_key(host) if host else ""
    return site if len(site) >= 4 and key.startswith(site) else key


# The fields of a date line ("kumparan | 14 September 2017", "Rimanews - Kamis, …").
DATE_LINE_FIELDS = re.compile(r"\s*[|•·]\s*|\s+[-–—]\s+")


def _date_line_outlet(doc: Doc) -> str | None:
    """An outlet the resource table knows, written as a field of the date line."""
    for line in doc.lines:
        if line.label == "meta" and line.reason == "date":
            for field in DATE_LINE_FIELDS.split(line.text):
                if field and known_outlet(field):
                    return field.strip()
    return None


def _masthead_name(doc: Doc) -> str | None:
    """The outlet's name the cleaner read as a masthead above a dump's headline ("Jakarta Wire")."""
    for line in doc.lines:
        if line.label == "meta" and line.reason == "outlet":
            return section_masthead(line.text) or line.text.strip()
    return None


def _footer_name(doc: Doc) -> str | None:
    for line in doc.lines:
        if line.reason == "footer" and (name := footer_outlet(line.text)):
            return name
    return None


def set_authors(doc: Doc) -> None:
    """Authors and editors from the bylines (a date line may carry one: "Oleh X pada 7 Juli
    2023"), else the page's author meta. Editors stay apart: who wrote a report and who
    edited it are different questions. Trailing initials ("(rzk/dna)") are newsroom codes,
    not names, and stay in ``removed``."""
    article = doc.article
    for line in doc.lines:
        if _credits_people(line):
            byline = parse_byline(line.text)
            article.authors.extend(a for a in byline.authors if a not in article.authors)
            article.editors.extend(e for e in byline.editors if e not in article.editors)
        elif line.label == "meta" and line.reason == "date":
            article.authors.extend(a for a in _reporters_before_date(line.text) if a not in article.authors)
    if not article.authors and doc.html_meta.get("author"):
        named = (a.strip() for a in doc.html_meta["author"].split(";"))
        article.authors = [a for a in named if a and not is_desk(a)]
    article.authors = [a for a in article.authors if not is_desk(a, article.outlet_name)]


def _reporters_before_date(text: str) -> list[str]:
    """"Ferril Dennys - Rabu, 23 Agustus 2017 - 00:30 WIB": the reporter a page prints before
    the date, when what follows the dash is the date itself."""
    found = names_before(text)
    if found is None or dates.parse_date_line(found[1]) is None:
        return []
    return [name for name in found[0] if not _known_non_person(name)]


def _place_lead(body: str) -> str | None:
    """The place of a dateline in mixed case opening the body, when the gazetteer knows it as a place."""
    from warta.article.gazetteer import gazetteer
    from warta.article.tokens import fold

    match = MIXED_CASE_DATELINE.match(body[:80])
    if match is None:
        return None
    gaz = gazetteer()
    ids = gaz.names.get(tuple(fold(word) for word in match.group("place").split()), ())
    return match.group("place") if any(gaz.entries[i].type == "LOC" for i in ids) else None


def _known_non_person(name: str) -> bool:
    """A place or body the gazetteer knows: "Jakarta - Kamis, 14 Desember 2017" is a dateline."""
    from warta.article.gazetteer import gazetteer
    from warta.article.tokens import fold

    gaz = gazetteer()
    ids = gaz.names.get(tuple(fold(word) for word in name.split()), ())
    return any(gaz.entries[i].type != "PERSON" for i in ids)


def _credits_people(line: Line) -> bool:
    if line.label != "meta":
        return False
    return line.reason == "byline" or (line.reason == "date" and is_byline(line.text))


def _byline_outlet(doc: Doc) -> str | None:
    """The outlet a byline credits beside its names ("Andi Saputra - detikNews")."""
    for line in doc.lines:
        if line.label == "meta" and line.reason == "byline" and (outlet := parse_byline(line.text).outlet):
            return outlet
    return None


def set_published(doc: Doc) -> None:
    article = doc.article
    given = doc.hints.published
    if given and _parse_given(given) is None:
        # A container's date that reads as no date is said, not silently passed over.
        article.errors.append(Code.GIVEN_DATE_UNREAD.error(stage="meta", value=given[:60]))
    stated = _stated_dates(doc)
    if stated:
        value, source = stated[0]
        value = _completed(value, [other for other, _ in stated[1:]])
        value, warning = zoned(value, title_and_body(article), indonesian_outlet(article.outlet, article.url))
        if warning is not None:
            article.errors.append(warning)
        article.published, article.published_source = _iso(value), source  # type: ignore[assignment]  # sources are contract values
        return
    age_line = _page_age_line(doc)
    if age_line is not None and _published_by_age(doc, age_line):
        return
    estimate = dates.estimate_published(title_and_body(article))
    if estimate is None:
        # A date line counting back from an unknown save time says more than "no date".
        if age_line is None:
            article.errors.append(Code.NO_DATE.error(stage="meta"))
        return
    estimate = _with_wire_day(estimate, article.body)
    article.published = estimate.value.isoformat()
    article.published_source = "estimated"
    article.published_window = [estimate.window[0].isoformat(), estimate.window[1].isoformat()]
    article.errors.append(Code.DATE_ESTIMATED.error(stage="meta", evidence=estimate.evidence or "no detail"))


def _page_age_line(doc: Doc) -> str | None:
    """The date line that counts back from when the page was saved ("Diperbarui 3 jam lalu")."""
    return next((line.text for line in doc.lines
                 if line.label == "meta" and line.reason == "date" and relative_date_line(line.text)), None)


def _published_by_age(doc: Doc, age_line: str) -> bool:
    """Date the article by counting its age back from the input's save time; without one it says
    that the time is unknown (W-META-106). True when the date was set."""
    article, saved = doc.article, _parse_given(doc.hints.saved) if doc.hints.saved else None
    if not isinstance(saved, dt.datetime):
        article.errors.append(Code.AGE_UNRESOLVED.error(stage="meta", line=age_line))
        return False
    age = relative_date_line(age_line)
    assert age is not None  # the line was chosen for its age
    indonesian = indonesian_outlet(article.outlet, article.url)
    value, warning = zoned(saved - age, title_and_body(article), indonesian)
    if age >= dt.timedelta(days=1):
        value = _day(value)  # "2 hari lalu" gives the day (on the readers' clock), not the hour
    elif warning is not None:
        article.errors.append(warning)
    article.published, article.published_source = _iso(value), "dateline"
    article.errors.append(Code.AGE_RESOLVED.error(stage="meta", line=age_line, saved=doc.hints.saved,
                                                  saved_from=doc.hints.saved_from or "given"))
    return True


def _with_wire_day(estimate: Estimate, body: str) -> Estimate:
    """The estimate narrowed to the month and day of a wire's dateline ("JAKARTA, June 7
    (Reuters) -"), in the year nearest the estimate: the day is stated, the year still estimated."""
    lead = find_lead(body)
    month_day = wire_month_day(lead.day) if lead and lead.day else None
    if month_day is None:
        return estimate
    days = [day for year in range(estimate.value.year - 1, estimate.value.year + 2)
            if (day := _valid_day(year, *month_day)) is not None]
    if not days:
        return estimate
    day = min(days, key=lambda candidate: abs(candidate - estimate.value))
    window = (min(estimate.window[0], day), max(estimate.window[1], day))
    evidence = f"wire dateline '{lead.day}' (day stated, year estimated: {estimate.evidence})"  # type: ignore[union-attr]
    return replace(estimate, value=day, window=window, evidence=evidence)


def _valid_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _stated_dates(doc: Doc) -> list[tuple[dt.date | dt.datetime, str]]:
    """Publication dates the input states, best source first."""
    found: list[tuple[dt.date | dt.datetime, str]] = []
    if doc.hints.published:
        parsed = _parse_given(doc.hints.published)
        if parsed is not None:
            found.append((parsed, "meta"))
    for line in doc.lines:
        if line.label == "meta" and line.reason in {"date", "byline"}:
            date_found = (dates.parse_date_line(line.text) or _first_date(line.text)
                          or _yearless_stated(line.text, doc.article.body))
            if date_found is not None:
                found.append((date_found.value, "dateline" if line.reason == "date" else "byline"))
    if doc.fmt == "html":
        html_date = dates.html_published(doc.text, doc.hints.url)
        if html_date is not None:
            found.append((html_date.value, "meta"))
    lead = lead_date(doc.article.body)
    if lead is not None:
        found.append((lead.found.value, "lead"))
        doc.article.dateline = doc.article.dateline or lead.place
    url_date = _url_date(doc.article.url)
    if url_date is not None:
        found.append((url_date, "url"))
    return found


def _completed(value: dt.date | dt.datetime, others: list[dt.date | dt.datetime]) -> dt.date | dt.datetime:
    """The best source's date with the time of day and zone another source adds on that same
    day: a page's date line "Jumat, 25 Agustus 2017 19:05" says no zone, its meta tag says
    +07:00; a dump's "Senin (16/10/2017)" says no time, a JSONL field may."""
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value
    for other in others:
        if not isinstance(other, dt.datetime) or other.tzinfo is None or other.date() != _day(value):
            continue
        if not isinstance(value, dt.datetime):
            return other
        if (other.hour, other.minute) == (value.hour, value.minute):
            return value.replace(tzinfo=other.tzinfo)
    return value


def _day(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _yearless_stated(line: str, body: str) -> dates.FoundDate | None:
    """A date line without a year ("Rabu (5/7) 10:21 WIB") dated by the latest year the body
    states, when the line's weekday fits that year or a neighbour; with no year stated
    anywhere the line is not read (the estimate, marked as one, says more honestly)."""
    stated_years = [found.day.year for found in dates.find_dates(body)]
    if not stated_years:
        return None
    return parse_yearless_date_line(line, max(stated_years))


def _first_date(text: str) -> dates.FoundDate | None:
    hits = dates.find_dates(text)
    return hits[0] if hits else None


def _parse_given(value: str) -> dt.date | dt.datetime | None:
    """A date handed in by the container: ISO 8601, epoch seconds, or an Indonesian date line."""
    if EPOCH_SECONDS.fullmatch(value.strip()):
        return dt.datetime.fromtimestamp(int(value), dt.UTC)
    if (mailed := _rfc2822(value)) is not None:
        return mailed
    try:
        return dt.datetime.fromisoformat(value) if "T" in value else dt.date.fromisoformat(value)
    except ValueError:
        found = dates.parse_date_line(value) or _first_date(value)
        return found.value if found else None


def _rfc2822(value: str) -> dt.datetime | None:
    """An RSS or e-mail date ("Thu, 23 Nov 2017 10:00:00 +0700", "… GMT") with its zone; the
    date-line reader would keep the clock time and drop the zone."""
    if not RFC2822.match(value.strip()):
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo is not None else None


def _url_date(url: str | None) -> dt.date | None:
    match = URL_DATE.search(url or "")
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _iso(value: dt.date | dt.datetime) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="minutes")
    return value.isoformat()


def title_and_body(article: Article) -> str:
    return f"{article.title}\n\n{article.body}" if article.title else article.body
