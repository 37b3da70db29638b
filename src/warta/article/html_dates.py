"""Publication dates of HTML pages: :func:`html_published` (htmldate first, Indonesian patterns after)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from htmldate import find_date
from lxml import etree
from lxml import html as lxml_html

from warta.article.date_finder import FoundDate, find_dates, valid_day
from warta.article.date_lines import parse_date_line
from warta.article.json_ld_objects import json_ld_pairs

_SKIP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe")
# Elements whose text starts a new line when a page is flattened to text.
_LINE_TAGS = frozenset(
    {
        "p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "br",
        "header", "footer", "section", "article", "main", "aside", "nav", "time", "span",
        "small", "dd", "dt", "ul", "ol", "table", "figure", "figcaption", "blockquote",
        "pre", "address", "form", "a",
    }
)  # fmt: skip
_H1_MARK = "\ue000h1\ue000"  # private-use characters: never in real text
_META_DATE_RE = re.compile(r"date|time|publish|terbit", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W\d_]{3}")
# CNN-Indonesia-style stamps in URLs: /20231102123456-20-1018530/ (YYYYMMDD, optional hhmmss).
_URL_STAMP_RE = re.compile(r"(?<![\d])(?P<y>20\d{2})(?P<m>\d{2})(?P<d>\d{2})(?:\d{6})?(?![\d])")


def _htmldate(html: str, url: str | None, extensive: bool) -> FoundDate | None:
    """htmldate's original-publication date, as a FoundDate without a text span."""
    try:
        # Bytes, because htmldate downloads a *string* that looks like a URL.
        value = find_date(
            html.encode("utf-8", "replace"),
            original_date=True,
            extensive_search=extensive,
            url=url,
        )
    except Exception:  # htmldate raises assorted errors on broken markup; a miss is enough
        return None
    if not value:
        return None
    day = dt.date.fromisoformat(value)
    return FoundDate(-1, -1, value, day, False)


def _parse_html(html: str) -> lxml_html.HtmlElement | None:
    """The page's tree, or None when it is empty or not markup at all."""
    # A str with an XML encoding declaration is refused as str (ValueError): retry as bytes.
    for source in (html, html.encode("utf-8", "replace")):
        try:
            return lxml_html.document_fromstring(source)
        except ValueError:
            continue
        except etree.LxmlError:
            return None
    return None


def _visible_lines(root: lxml_html.HtmlElement) -> list[str]:
    """Visible text lines, those after the first <h1> first.

    Indonesian portals print *today's* date in their top bar; the article's own date
    line sits under its headline, so lines after the headline are searched first.
    """
    for element in list(root.iter(*_SKIP_TAGS)):
        element.drop_tree()
    heading = next(root.iter("h1"), None)
    if heading is not None:
        heading.text = _H1_MARK + (heading.text or "")
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in _LINE_TAGS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    text = root.text_content().replace(_H1_MARK, "\n" + _H1_MARK + "\n")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if _H1_MARK not in lines:
        return lines
    cut = lines.index(_H1_MARK)
    return lines[cut + 1 :] + lines[:cut]


def _meta_date(root: lxml_html.HtmlElement) -> FoundDate | None:
    """A date written with a month *word* in a date-like <meta>.

    Numeric meta dates are htmldate's job and it reads them well; it misses Indonesian
    month names ("14 Nopember 2022").
    """
    for _, content in _date_metas(root):
        for found in find_dates(content):
            if _WORD_RE.search(found.text):
                return found
    return None


def _date_metas(root: lxml_html.HtmlElement) -> Iterator[tuple[str, str]]:
    """(label, content) of each <meta> whose name, property or itemprop is date-like, in page order."""
    for meta in root.iter("meta"):
        label = " ".join(meta.get(a, "") for a in ("name", "property", "itemprop"))
        if _META_DATE_RE.search(label):
            yield label, meta.get("content", "")


def _first_date_line(root: lxml_html.HtmlElement) -> FoundDate | None:
    for line in _visible_lines(root):
        found = parse_date_line(line)
        if found is not None:
            return found
    return None


def _url_stamp(url: str | None) -> FoundDate | None:
    for match in _URL_STAMP_RE.finditer(url or ""):
        day = valid_day(int(match["y"]), int(match["m"]), int(match["d"]))
        if day is not None:
            return FoundDate(-1, -1, match.group(), day, False)
    return None


_ISO_DATETIME_RE = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"
)
_PUBLISHED_LABEL_RE = re.compile(r"publish|terbit|created|issued|release", re.IGNORECASE)


def _with_markup_time(found: FoundDate, html: str) -> FoundDate:
    """htmldate's day with the time of day the page's markup gives for that day.

    htmldate answers a date only; ``article:published_time`` and ``<time datetime>`` often
    carry the minute too ("2017-11-20T14:35:00+07:00"). Publication labels are read before
    other date-like ones (a modification time is another moment of the same day).
    """
    root = _parse_html(html)
    if root is None:
        return found
    for stamp in _markup_stamps(root):
        value = _iso_datetime(stamp)
        if value is not None and value.date() == found.day:
            return FoundDate(-1, -1, stamp, value, True)
    return found


def _markup_stamps(root: lxml_html.HtmlElement) -> list[str]:
    """ISO timestamps of date-like <meta> tags (publication labels first) and <time> elements."""
    labelled: list[tuple[bool, str]] = []
    for label, content in _date_metas(root):
        labelled.append((not _PUBLISHED_LABEL_RE.search(label), content))
    for element in root.iter("time"):
        labelled.append((True, element.get("datetime", "")))
    labelled.extend(_json_ld_stamps(root))
    labelled.sort(key=lambda pair: pair[0])  # stable: document order within each rank
    return [match.group() for _, text in labelled if (match := _ISO_DATETIME_RE.search(text))]


# The date keys of schema.org structured data.
_JSON_LD_DATE_KEYS = frozenset({"datePublished", "dateCreated", "dateModified", "uploadDate"})


def _json_ld_stamps(root: lxml_html.HtmlElement) -> list[tuple[bool, str]]:
    """(not a publication label, value) of each date in the page's JSON-LD (``NewsArticle``'s
    ``datePublished`` is often the page's only timestamp with its minute and zone)."""
    stamps: list[tuple[bool, str]] = []
    for script in root.iter("script"):
        if "ld+json" in (script.get("type") or "").lower():
            stamps += [(key == "dateModified", value) for key, value in json_ld_pairs(script.text or "")
                       if key in _JSON_LD_DATE_KEYS and isinstance(value, str) and value]
    return stamps


def _iso_datetime(stamp: str) -> dt.datetime | None:
    text = stamp.replace("Z", "+00:00")
    if re.search(r"[+-]\d{4}$", text):
        text = text[:-2] + ":" + text[-2:]
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def _from_page(html: str) -> FoundDate | None:
    root = _parse_html(html)
    if root is None:
        return None
    return _meta_date(root) or _first_date_line(root)


def _year_only(found: FoundDate, url: str | None) -> bool:
    """htmldate answers 1 January when all it found was a year (a copyright line),
    unless the URL itself carries that day (a New Year's post)."""
    day = found.day
    if (day.month, day.day) != (1, 1):
        return False
    spelled = (f"{day.year}/01/01", f"{day.year}-01-01", f"{day.year}0101")
    return not any(form in (url or "") for form in spelled)


def html_published(html: str, url: str | None = None) -> FoundDate | None:
    """Publication date of an HTML page.

    Evidence in order of reliability: markup (meta tags, <time>, structured data, the
    URL) read by htmldate; then dates written with month words in date-like meta tags
    and the first visible date line, both Indonesian-aware; then htmldate's free-text
    heuristics; last, a YYYYMMDD stamp in the URL (CNN Indonesia style). A markup answer
    of 1 January yields to a date line, since it usually means only a year was found.
    Spans of dates found in text refer to the line or attribute they came from, not to
    ``html``; dates from htmldate or the URL have ``start == end == -1``.
    """
    markup = _htmldate(html, url, extensive=False)
    if markup is not None and not _year_only(markup, url):
        return _with_markup_time(markup, html)
    page = _from_page(html)
    if page is not None:
        return page
    return markup or _htmldate(html, url, extensive=True) or _url_stamp(url)
